"""What strikes a place is an event: "a heatwave hit Karachi", "Karachi would be hit
by heatwave from May 19", "the town was battered by a tornado". The event is the head
noun of the striking phrase, named as the story names it (`heatwave.start`), so that
a date on an event the lexicon does not list still names it rather than a
placeholder. Only a place being struck makes the verb a strike: "prices hit a
record", "hit by a truck" in a clause with no place struck are no events.

A deadline given ("gave the leaders 72 hours to surrender") is
`ultimatum.duration`. An authority's act of one day is named by what it issued
("issued an advisory" -> `advisory.start`).

A mishap told by its verb (the lexicon's `[mishaps]`: collapsed, gave way,
capsized, sank ...) is the event of the thing it befalls: "the South Korean-built
dam gave way on Monday" -> `dam_collapse.start`, "A small wooden boat carrying
around 35 migrants capsized ... yesterday" -> `boat_capsizing.start`; not
"collapsed schools", where the verb is an adjective. The mishap the story's lead tells
is named by its kind alone where the story tells it again (`capsizing.start`), as the
story's own storm is `cyclone.start`.
"""

from __future__ import annotations

import datetime as dt
import re

from .clauses import BREAK
from .forecasts import forecast
from .events import Events
from .lexicon import Hit, lexicon
from .mention import Mention
from .nouns import GENERIC_PEOPLE
from .places import Places, snake
from .text import Span
from .vehicles import SCENE_NOUNS, lead_mishaps, of_the_story

_VERBS = r"(?:hit|hits|struck|strikes|battered|batters|lashed|lashes|pounded|pounds|ravaged|" \
         r"ravages|swept|sweeps|slammed|slams)"
# "Karachi was hit by", "would be hit by", "has been battered by"
_PASSIVE = re.compile(rf"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?{_VERBS}\s+by\s+",
                      re.I)
# "a heatwave hit", "the tornado that struck": an article, at most two modifiers, the noun
_ACTIVE = re.compile(rf"\b(?:[Aa]n?|[Tt]he)\s+((?:[a-z][\w-]*\s+){{0,2}}?)([a-z][a-z-]+)\s+"
                     rf"(?:(?:that|which)\s+)?(?:has\s+|had\s+|have\s+)?{_VERBS}\s+")
# a sentence that opens with what strikes, with no article: "Torrential rain pounded",
# "Heavy monsoon rains lashed", "Rain battered" (a capitalised word before the noun is
# its adjective; alone, only a weather word is read as one: not "Officials hit back")
_OPENING = re.compile(rf"\s*(?:[A-Z][a-z-]+\s+(?:[a-z][\w-]*\s+)?([a-z][a-z-]+)|(Rain|Rains|"
                      rf"Snow|Snowfall|Hail|Winds|Flooding|Floods|Floodwaters|Storms|Fires|"
                      rf"Wildfires|Landslides))\s+(?:has\s+|had\s+|have\s+)?{_VERBS}\s+")
# what lies between the verb and the place struck: "pounded the neighbouring states
# of Telangana", "hit parts of"
_STRUCK_GAP = re.compile(r"(?:the\s+)?(?:[a-z-]+\s+){0,3}of\s+$")
# where a struck-by phrase's noun ends
_PHRASE_END = re.compile(r"\s*(?:[,;.:(]|\b(?:from|on|in|at|that|which|who|and|with|since|"
                         r"during|over|across|last|this|for|after|before|when|as)\b|$)")
# "an earthquake that struck": the relative pronoun is no event
_FUNCTION_WORDS = frozenset("""that which who it they this these those also then and or but
when while as after before""".split())
_DETERMINERS = frozenset("a an the its their his her this that one some two three of".split())
# a noun that is a place's kind is what is struck, never what strikes
_NO_EVENT = GENERIC_PEOPLE | frozenset("""town city village coast region area country state
province district island islands capital border people government army police""".split())


def struck_event(events: Events, mention: Mention, sentence: Span, hits: list[Hit],
                 places: Places, year: int | None = None) -> str | None:
    """The event quantity of a date or duration, with what strikes a place among the
    events of its clause."""
    if mention.kind == "duration" and _DEADLINE.search(events.text, sentence.start, mention.start) \
            and re.match(r"\s+to\s+[a-z]+", events.text[mention.end:]):
        return "ultimatum.duration"  # "gave the leaders ... 72 hours to surrender"
    # a strike the lexicon also names ("was hit by one of the deadliest heatwaves") is
    # the lexicon's event, struck: its date is its start
    found = events.quantity(mention, sentence, hits + strikes(events.text, sentence, places,
                                                               mention, year))
    # "would be hit by heatwave from May 19": a day not yet come; but "could be a
    # repeat of the 1915 genocide" forecasts no event of another year, and "it will
    # be four months since the start" is a span of time, not a forecast day; with no
    # publication date, no day is known to be still to come
    if found and mention.kind == "date" and not re.search(r"_\d{4}\.", found) \
            and year is not None and not _before_year(mention, year) \
            and forecast(events.text, mention, hits, events.mentions):
        return f"{found}_forecast"
    if found and found.endswith(".start") and mention.kind == "date" \
            and _FORETOLD.search(events.text, max(sentence.start, mention.start - 160),
                                 mention.start):
        return None  # "The department has predicted ... flash floods in 22 provinces two
        # days ago": the day of the forecast, no start of the story's floods
    if found and found.endswith(".duration") and mention.kind == "duration" \
            and not found.endswith("_record.duration") \
            and forecast(events.text, mention, hits, events.mentions):
        return f"{found}_forecast"  # "The flood is expected to last for 10 days"
    return found


# a forecast someone made, its object the events ("the met department predicted heavy
# rains"; not the adjective of "the predicted floods hit on Monday")
_FORETOLD = re.compile(r"(?:\b(?:has|have|had)|\b(?:department|office|agency|service|bureau|"
                       r"centre|center|authorities|officials|forecasters|experts))\s+(?:also\s+)?"
                       r"(?:predicted|forecast|forecasted)\s+(?:(?!(?:before|after|since|until|"
                       r"when|while|which|that|who|where|because|to)\b)[^\s.;:!?]+\s+)*$", re.I)


def _before_year(mention: Mention, year: int | None) -> bool:
    """Whether the date ends before the year before publication began: no forecast
    speaks of it ("fears of a repeat of the 1915 Armenian genocide"). (A day with no
    year is read as the last such day, which may fall in the year before: "from May
    29" in a story of 24 May 2018 reads 29 May 2017, and may still be a forecast.)"""
    high = mention.interval.high
    return year is not None and high is not None \
        and high < dt.date(year - 1, 1, 1).toordinal()


def strikes(text: str, sentence: Span, places: Places, mention: Mention,
            year: int | None = None) -> list[Hit]:
    """Event hits (table `strikes`) for what strikes a place in the date's clause."""
    return [h for h in _all(text, sentence, places, year) if _same_clause(text, mention, h)]


def _same_clause(text: str, mention: Mention, hit: Hit) -> bool:
    """No clause break between the date and the strike, save the comma closing a
    date that opens the sentence ("In 2015, Karachi was hit by ..."); not "On May 17,
    the office issued an advisory, saying that Karachi would be hit".
    """
    if hit.start >= mention.end:
        gap = re.sub(r"^\s*,", "", text[mention.end:hit.start], count=1) \
            if not text[:mention.start].rstrip().endswith((",", ";")) else \
            text[mention.end:hit.start]
    else:
        gap = text[hit.end:mention.start]
    # "capsized off Sabratha, #Libya yesterday": the comma of a place's country; "the
    # Pakistan Meteorological Department (PMD) issued": a name's short form
    if hit.end <= mention.start and _ANOTHER_CLAUSE.search(gap):
        return False  # "overturned on Sunday after it left the islands on Saturday"
    return not BREAK.search(_SHORT_FORM.sub(" ", _QUALIFIER.sub(" ", gap)))


# a clause of its own between a mishap and a later date: the date is that clause's
_ANOTHER_CLAUSE = re.compile(r"\b(?:after|before|when|while|until)\s+(?:it|they|he|she|"
                             r"the|a|an)\b")


# "gave the leaders of a dissident northern region 72 hours to surrender": a deadline
_DEADLINE = re.compile(r"\b(?:gave|gives|give|giving|given)\s+(?:[\w'’-]+\s+){0,8}$")
# ... or a clock told again in another zone: "collapsed around 9:00 am (0600 GMT) on
# Saturday" is one clause
_SHORT_FORM = re.compile(r"\s\((?:[A-Z][A-Za-z]{1,7}|\d{1,2}[:.]?\d{2}\s*(?:GMT|UTC|[ap]\.?m\.?|"
                         r"hrs|local\s+time))\)")
_QUALIFIER = re.compile(r"(?<=[a-z]),\s*#?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?(?=\s|$)")


def _all(text: str, sentence: Span, places: Places, year: int | None = None) -> list[Hit]:
    found = _mishaps(text, sentence, places, year) + _acts(text, sentence) \
        + _beginnings(text, sentence)
    inside = places.between(sentence.start, sentence.end)
    for match in _PASSIVE.finditer(text, sentence.start, sentence.end):
        struck = [p for p in inside if p.end <= match.start()
                  and len(text[p.end:match.start()].split()) <= 2]
        head = _head(text, match.end(), sentence.end)
        if struck and head is not None:
            found.append(Hit(head[0], head[1], "strikes", _name(text, match.end(), head)))
    actives = [(m, 2) for m in _ACTIVE.finditer(text, sentence.start, sentence.end)]
    if (opening := _OPENING.match(text, sentence.start, sentence.end)) is not None:
        actives.append((opening, 1 if opening.group(1) else 2))
    for match, group in actives:
        noun = match.group(group)
        struck = [p for p in inside if 0 <= p.start - match.end() <= 12
                  or (p.start > match.end() and _STRUCK_GAP.fullmatch(text, match.end(), p.start))]
        if struck and noun.lower() not in _NO_EVENT | _FUNCTION_WORDS:
            found.append(Hit(match.start(group), match.end(group), "strikes", snake(noun)))
    return found


def _head(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the last word of the noun phrase starting at `start`."""
    stop = _PHRASE_END.search(text, start, end)
    phrase_end = stop.start() if stop else end
    words = list(re.finditer(r"[\w’'-]+", text[start:phrase_end]))
    if not words or len(words) > 6:
        return None
    last = words[-1]
    word = last.group()
    if not word[:1].islower() or word.lower() in _NO_EVENT | _DETERMINERS:
        return None  # a name ("hit by Morakot") is read as a name elsewhere
    return start + last.start(), start + last.end()


def _name(text: str, start: int, head: tuple[int, int]) -> str:
    """The head noun; one of several ("one of the deadliest heatwaves") is one."""
    word = text[head[0]:head[1]].lower()
    if re.match(r"one\s+of\b", text[start:head[0]], re.I) and word.endswith("s"):
        word = word[:-1]
    return snake(word)


# the determiner of the thing a mishap befalls
_THING = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Tt]heir|[Ii]ts|[Hh]is|[Hh]er)\s+")


def _mishaps(text: str, sentence: Span, places: Places, year: int | None) -> list[Hit]:
    """"the South Korean-built dam gave way on Monday": `dam_collapse`; the story's own
    mishap, the one its lead tells, by its kind alone ("Ferry sinks ... the boat sank
    at around 5:30 p.m." -> `sinking`), as the story's own storm is `cyclone`."""
    found, own = [], None
    for hit in lexicon().hits(text, sentence.start, sentence.end):
        if hit.table != "mishaps":
            continue
        if own is None:  # (most sentences tell no mishap: no lead to read for them)
            own = lead_mishaps(text) if of_the_story(text, sentence, places, year) else ()
        nouns = [_thing(text, m.end(), hit.start)
                 for m in _THING.finditer(text, sentence.start, hit.start)]
        # (not "the province" of "the mine in the province collapsed": a place is
        # where it befell, not what)
        nouns = [n for n in nouns if n and n not in _NO_EVENT | _FUNCTION_WORDS | _DETERMINERS]
        if nouns:
            name = hit.name if hit.name in own and nouns[-1] in SCENE_NOUNS \
                else f"{nouns[-1]}_{hit.name}"  # (not "the dam gave way": `dam_collapse`)
            found.append(Hit(hit.start, hit.end, "strikes", name))
        elif hit.name in own and _NAMED_THING.search(text, sentence.start, hit.start):
            # "the sunken Pinak-6 which sank on Monday": the lead's own, by a name
            found.append(Hit(hit.start, hit.end, "strikes", hit.name))
    return found


# a name, then the mishap's verb: "Pinak-6 which sank", "the MV Nyerere capsized"
_NAMED_THING = re.compile(r"\b[A-Z][\w-]*\d*\s+(?:(?:which|that)\s+)?(?:had\s+)?$")


def _thing(text: str, start: int, verb: int) -> str | None:
    """The noun, after at most three modifiers from `start`, that the verb at `verb`
    is said of."""
    for word in list(re.finditer(r"[\w-]+", text[start:verb]))[:4]:
        noun = word.group()
        if (re.fullmatch(r"[a-z]+", noun) or noun.lower() in _NAMED_KINDS) \
                and noun not in _AUXILIARIES and _befalls(text[start + word.end():verb]):
            return noun.lower()
    return None


# a thing's kind at the end of its name: "the Arbaat Dam ... burst" is a dam's collapse
_NAMED_KINDS = SCENE_NOUNS | frozenset("dam dyke dike levee barrage embankment".split())


# "was being repaired when it buckled": verbs, no thing
_AUXILIARIES = frozenset("is are was were be been being has have had".split())


def _befalls(gap: str) -> bool:
    """The words between the thing and the verb: none ("the dam gave way"), or a
    participle's short phrase ("A small wooden boat carrying around 35 migrants
    capsized"); not "the streets and villagers pulled debris from collapsed
    schools", where "collapsed" is an adjective of another noun."""
    gap = _MANNER.sub("", gap)  # "partially crumbled": the verb's manner
    words = gap.split()
    return not words or (words[0].endswith("ing") and len(words) <= 8 and not BREAK.search(gap)) \
        or bool(_BACK_TO_THING.fullmatch(gap)) or bool(_WHERE_THING.fullmatch(gap))


_MANNER = re.compile(r"\b[a-z]+ly\s+$")
# "the mine in Central Sulawesi province's Parigi Moutong district collapsed": where
# the thing stands, a short phrase with no clause of its own
_WHERE_THING = re.compile(r"\s*(?:in|at|near|on|over|across|off|outside)\s+"
                          r"(?:(?!(?:and|or|but|when|which|that|who|after|as)\b)[\w'’-]+\s+){1,6}")


# "the boat when it overturned", "the dam, which collapsed": the verb is the thing's
# "the bridge was being repaired when it buckled": a state of the thing, then its verb
_BACK_TO_THING = re.compile(r"\s*,?\s*(?:(?:(?:was|were|had\s+been)\s+(?:being\s+)?[a-z]+ed\s+)?"
                            r"(?:when|after|as|before|until)\s+(?:it|they)|which|that)\s*")


# an authority's act of one day, named by what it issued: "the Pakistan Meteorological
# Department (PMD) issued an advisory" -> `advisory.start`, "declared a state of
# emergency" -> `state_of_emergency.start`
_ISSUED = re.compile(r"\b(?:issued|declared|imposed|ordered|signed|lifted|adopted|passed)\s+"
                     r"(?:a|an|the|its|their)\s+")
_ACT_END = re.compile(r"\s*(?:[,;.:(]|\b(?:on|in|at|from|to|for|that|which|who|and|with|"
                      r"after|before|since|saying|amid|as|over|against)\b|$)")


# the same act told in the passive: "A state of high alert for forest fires was declared
# in the region on July 14" -> `state_of_high_alert`
_ISSUED_PASSIVE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+((?:[a-z-]+\s+){0,3}?[a-z-]+)"
                             r"(?:\s+(?:for|over|in|on|against)\s+"
                             r"(?:(?!\b(?:as|it|which|that|after|when|while)\b)[^.;,]){0,40}?)?"
                             r"\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
                             r"(?:issued|declared|imposed|ordered|lifted)\b")


def _acts(text: str, sentence: Span) -> list[Hit]:
    found = []
    for match in _ISSUED_PASSIVE.finditer(text, sentence.start, sentence.end):
        words = match.group(1).split()
        if words[-1] not in _NO_EVENT | _FUNCTION_WORDS and words[0] not in _DETERMINERS:
            # (the hit holds the whole phrase: "forest fires" in it is the alert's)
            found.append(Hit(match.start(1), match.end(), "acts", snake(" ".join(words))))
    for match in _ISSUED.finditer(text, sentence.start, sentence.end):
        stop = _ACT_END.search(text, match.end(), sentence.end)
        end = stop.start() if stop else sentence.end
        words = re.findall(r"[A-Za-z-]+", text[match.end():end])
        if 1 <= len(words) <= 4 and all(w.islower() for w in words) \
                and words[-1] not in _NO_EVENT | _FUNCTION_WORDS:
            found.append(Hit(match.end(), end, "acts", snake(" ".join(words))))
    return found


# what a verb of beginning says began: "The attacks began Friday", "the violence that
# broke out on Sunday", "the blockade, which started on May 3" -> `attack.start`
# (not "the ministry has started a campaign", "the vessel began to flounder": the
# campaign's, the foundering's; an eruption is the lexicon's)
_BEGAN = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat|[Tt]hese)\s+"
                    r"(?:[a-z][\w-]*\s+){0,2}?([a-z][a-z-]+)(?:\s*,\s*which\s+|\s+(?:that|which)"
                    r"\s+|\s+)(?:had\s+|has\s+|have\s+)?(?:began|begun|started|broke\s+out|"
                    r"commenced|set\s+in|kicked\s+off|got\s+under\s*way)\b"
                    r"(?!\s+(?:a|an|the|its|their|his|her|to)\s|\s+(?:[a-z]+ly\s+)?[a-z]+ing\b)")


def _beginnings(text: str, sentence: Span) -> list[Hit]:
    found = []
    for match in _BEGAN.finditer(text, sentence.start, sentence.end):
        noun = match.group(1)
        if noun not in _NO_EVENT | _FUNCTION_WORDS | _DETERMINERS | _AUXILIARIES:
            found.append(Hit(match.start(1), match.end(1), "strikes", snake(_singular(noun))))
    return found


def _singular(noun: str) -> str:
    """"attacks" -> "attack", "clashes" -> "clash", "hostilities" stays; not "crisis"
    or "virus"."""
    if noun in _PLURAL_ONLY or re.search(r"(?:is|us|ss)$", noun) or not noun.endswith("s"):
        return noun
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    return noun[:-2] if re.search(r"(?:sh|ch|x|ss|z)es$", noun) else noun[:-1]


_PLURAL_ONLY = frozenset("rains floods hostilities talks protests".split())
