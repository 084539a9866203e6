"""A day told by what someone or something did, when no event word names it: "United
Nations relief personnel arrived in Nagorno-Karabakh on Sunday" ->
`personnel_arrival.start`, "A lone survivor was spotted on Tuesday morning" ->
`survivor_sighting.start`. The verb says what happened (a lexicon of verbs of one
moment), the common noun before it whose it was; with a pronoun or a name there
instead, whose event it is stays unsaid (a placeholder: two arrivals of one story
must not become one). Only past forms: "will arrive on Monday" has not come. A day
attached to a noun of such an act names the act by the noun ("the evacuation on
Thursday", "Tuesday's evacuation": `evacuation.start`).
"""

from __future__ import annotations

import re

from .mention import Mention
from .spellings import snake
from .text import Span

# past verb -> the event it tells of
VERB_EVENTS = {
    "arrived": "arrival", "left": "departure", "departed": "departure",
    "opened": "opening", "reopened": "reopening", "closed": "closure",
    "voted": "vote", "pardoned": "pardon", "launched": "launch",
    "rescued": "rescue", "spotted": "sighting", "evacuated": "evacuation",
    "returned": "return", "released": "release", "arrested": "arrest",
    "detained": "detention", "resigned": "resignation", "sentenced": "sentencing",
    "convicted": "conviction", "expelled": "expulsion", "deported": "deportation",
    "derailed": "derailment", "landed": "landing", "docked": "docking",
    "intercepted": "interception", "suspended": "suspension", "lifted": "lifting",
    "found": "find",
}
_AUXILIARY = r"(?:(?:was|were|had|has|have)\s+(?:been\s+)?)?"
_VERB = re.compile(rf"\b(?P<subject>[A-Za-z][\w'’-]*)\s+{_AUXILIARY}"
                   rf"(?P<verb>{'|'.join(VERB_EVENTS)})\b(?P<rest>[^,;:.()“”\"]*)$")
# words that name no one whose the event is
_NO_OWNER = frozenset("""it they he she we i you this that these those who which there
also then later earlier first finally had has have was were been the a an and or but
when after before as once since just only to not never already still even reportedly
previously recently initially eventually subsequently officially temporarily partially
fully be being""".split())  # ("will be closed as soon as this weekend": no owner, no past)


_NUMBER = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|"
                     r"hundreds|thousands|scores)\b", re.I)
# verbs done to a thing named after them: "opened its border", "closed the airport"
_TRANSITIVE = frozenset({"opened", "reopened", "closed", "lifted", "suspended"})
_OBJECT = re.compile(r"\s+(?:its|the|their|his|her)\s+([a-z]+)\b")
# a number right before the owner: the verb's subject is a count ("five patients")
_COUNTED = re.compile(r"\d[\d,.]*\s+(?:[a-z-]+\s+)?$|\b(?:one|two|three|four|five|six|seven|"
                      r"eight|nine|ten|dozens|hundreds|thousands|scores)\s+(?:[a-z-]+\s+)?$",
                      re.I)


# verbs done to a place: "Grindavik was evacuated on Saturday" is the town's evacuation
_DONE_TO_PLACES = frozenset("evacuated reopened closed".split())


# one person's death right before the date: "he succumbed to serious injuries on Sunday
# morning" is the day he died, not the landslide's of the clause before
_ONE_DIED = re.compile(r"\b(?:he|she|[Hh]is\s+\w+|[Hh]er\s+\w+|(?:[Tt]he|[Aa]n?)\s+"
                       r"(?:\d+-year-old\s+)?(?:man|woman|boy|girl|driver|child|baby|worker|"
                       r"pilot|victim))\s+"
                       r"(?:later\s+|also\s+|then\s+)?(?:died|succumbed|passed\s+away)\b"
                       r"(?P<rest>[^,;:.()“”\"]*)$")


def verb_event_first(text: str, mention: Mention, sentence: Span, places, struck):
    """A verb of one moment right before the date ("rescuers found a body Friday
    afternoon ..., bringing the death toll from the earthquake to 12": the find's
    day, not the quake's) or a noun of one the date is attached to ("the evacuation
    on Thursday") before the event the sentence names (`struck()`), then a verb
    further away. A day one person died dates no event: None."""
    died = _ONE_DIED.search(text, sentence.start, mention.start)
    if mention.kind == "date" and died is not None and len(died.group("rest").split()) <= 5:
        return None
    return verb_event(text, mention, sentence, places, near=True) \
        or noun_event(text, mention, sentence) or struck() \
        or verb_event(text, mention, sentence, places)


# nouns of an act of one moment that a date can be attached to, as gold writers name
# the act (`evacuation.start`, `shootings.start`); not "return" nor "fall" (a verb, a
# season), nor "strike" (a walk-out lasts)
NOUN_EVENTS = frozenset("""evacuation evacuations repatriation rescue arrival departure
closure reopening release capture shootings shooting airstrike airstrikes shelling
bombardment derailment abduction kidnapping assassination killings withdrawal handover
deportation deportations expulsion expulsions eviction evictions demolition raid ambush
coup uprising riots unrest blackout outage verdict verdicts sentencing arrest arrests
inauguration""".split())
_NOUNS = "|".join(sorted(NOUN_EVENTS, key=len, reverse=True))
# "the evacuation on Thursday", "after the shootings on Friday", "its closure last week"
_NOUN_THEN_DAY = re.compile(rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Ll]ast)\s+(?:[a-z-]+\s+)?"
                            rf"(?P<noun>{_NOUNS})\s+$")
# "the repatriation operation, which started on November 13"
_NOUN_WHICH = re.compile(rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[a-z-]+\s+)?(?P<noun>{_NOUNS})"
                         r"(?:\s+operation)?,?\s+(?:which|that)\s+(?:started|began)\s+"
                         r"(?:on\s+|in\s+)?$")
# "Tuesday's evacuation"
_DAYS_NOUN = re.compile(rf"\s+(?P<noun>{_NOUNS})\b")
# "had already completed its evacuation on Monday": the day it ended
_COMPLETED = re.compile(r"\b(?:completed|finished|ended|concluded)\s+(?:its|their|the)\s+"
                        r"(?:[a-z-]+\s+)?[a-z]+\s+$")


def noun_event(text: str, mention: Mention, sentence: Span) -> str | None:
    """`noun.start` for a date attached to a noun of one act ("the evacuation on
    Thursday", "Tuesday's evacuation"), else None."""
    if mention.kind != "date":
        return None
    if re.search(r"['’]s$", mention.text):
        found = _DAYS_NOUN.match(text, mention.end)
    else:
        before = text[max(sentence.start, mention.start - 80):mention.start]
        found = _NOUN_THEN_DAY.search(before) or _NOUN_WHICH.search(before)
    if found is None:
        return None
    done = _COMPLETED.search(text, max(sentence.start, mention.start - 80), mention.start)
    return f"{found.group('noun')}.{'end' if done else 'start'}"


def verb_event(text: str, mention: Mention, sentence: Span, places=None,
               near: bool = False) -> str | None:
    """`owner_event.start` for a date the clause's past verb of one moment dates
    ("personnel arrived ... on Sunday"), at most six words between; else None."""
    if mention.kind != "date":
        return None
    found = _VERB.search(text, sentence.start, mention.start)
    if found is None or len(found.group("rest").split()) > (3 if near else 6):
        return None
    if near and (found.group("verb") == "left" or _NUMBER.search(found.group("rest"))):
        return None  # "floods left 20 dead on Sunday": a count's day, the event's to say
    owner = found.group("subject")
    thing = _OBJECT.match(found.group("rest")) if found.group("verb") in _TRANSITIVE else None
    if thing is not None:  # "Turkey opened its border on Friday": the border's opening
        owner = thing.group(1)
    elif found.group("verb") in _DONE_TO_PLACES and places is not None and re.match(
            r"\s+(?:was|were|had\s+been|has\s+been)\s", text[found.end("subject"):]) \
            and any(p.end == found.end("subject") and not p.demonym for p in places.found):
        owner = next(p.key for p in places.found if p.end == found.end("subject"))
    elif owner.lower() in _NO_OWNER or not owner.islower():
        return None  # "who have arrived", "Pakistan arrived": whose arrival is unsaid
    if _COUNTED.search(text, max(sentence.start, found.start() - 30), found.start()):
        return None  # "20 people were rescued on Sunday": the day of a count, no event
    return f"{snake(owner)}_{VERB_EVENTS[found.group('verb')]}.start"
