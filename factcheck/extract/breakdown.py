"""A count that breaks down the count before it by who the people were: "56 bodies
have been recovered. They comprise 38 men and 18 women. Ten of them were children
and 46 were adults." Each part is a quantity of its own, the whole's measure for
that group (`jemblung.men_killed`, as "12 children were killed" is
`S.children_killed`), never the whole's quantity: read as the whole, "38" and "56"
would be two disagreeing reports of one toll."""

from __future__ import annotations

import re

from .mention import Mention
from .text import Span

_GROUP = (r"(?P<group>men|women|children|adults|boys|girls|students|pupils|soldiers|"
          r"civilians|foreigners|tourists|policemen|officers|miners|workers|teachers|"
          r"babies|infants|minors|villagers|nationals|locals|pilgrims|passengers|crew|"
          r"sherpas|porters|guides|climbers|trekkers|hikers|firefighters|journalists|"
          r"fishermen|farmers|migrants|refugees|patients|prisoners|inmates|"
          # a people: "Five of the dead are confirmed to have been Ethiopians"
          r"(?-i:[A-Z][a-z]+(?:ians|ans|is|ese|ers)))\b")
# "Ten of them were children", "two of the dead are foreigners"
_OF_THEM = re.compile(r"\s+of\s+(?:them|these|those|whom|the\s+(?:dead|victims|bodies|"
                      r"injured|missing))\s+(?:were|are|was|is)\s+(?:all\s+)?"
                      r"(?:(?:confirmed|said|believed|thought|reported)\s+to\s+"
                      r"(?:have\s+been|be)\s+)?"
                      + _GROUP, re.I)
# "They comprise 38 men and 18 women", "The victims included 4 children"
_THEY = re.compile(r"^(?:They|These|Those|The\s+(?:dead|victims|bodies|injured|fatalities|"
                   r"deaths))\s+(?:comprise|"
                   r"comprised|include|included|are|were)\s+(?:[^.;:]*?(?:,|\band)\s+)?"
                   r"(?:about\s+|some\s+|at\s+least\s+)?$")
_LEAD = 200  # characters of "They comprise ..." before a part
_THE_DEAD = re.compile(r"The\s+(?:dead|victims|fatalities|deaths)\s+(?:included|include)\b")
# "killing all 72 people -- 68 passengers and 4 crew members": the parts after a dash
_DASHED = re.compile(r"\d\s+(?:people|persons|others)\s*(?:--|—|–|:)\s*$")
_AFTER = re.compile(r"\s+" + _GROUP, re.I)
# "... and 46 were adults": the next part of the same breakdown
_AND_WERE = re.compile(r"\s+(?:were|are)\s+" + _GROUP, re.I)
_REACH = 400  # characters before the part's sentence where its whole may stand
_WHOLE = re.compile(r"(?P<subject>[a-z][a-z0-9_]*)\.(?P<measure>killed|injured|missing|"
                    r"rescued|evacuated|displaced|trapped|arrested|infected|cases|sheltered|"
                    r"bodies_recovered|bodies_received)(?P<window>_(?:\d{4}|daily|weekly))?")
# "517, including 371 children": a part of the count right before it
_INCLUDING = re.compile(r",\s*including\s+(?:about\s+|some\s+|at\s+least\s+|more\s+than\s+|"
                        r"nearly\s+|over\s+)?$", re.I)
# the bodies found or brought in are of the dead: their groups are the dead's
# ("56 bodies had been recovered. They comprise 38 men": `S.men_killed`)
_OF_THE_DEAD = {"bodies_recovered": "killed", "bodies_received": "killed"}


def part_of_previous(text: str, mention: Mention, sentence: Span,
                     given: dict[int, str | None]) -> str | None:
    """`S.group_measure` for a part of the last named count before `mention`'s
    sentence (or before it in the sentence), else None."""
    group = _group(text, mention, sentence)
    if group is None:
        return None
    # ("The fatalities included seven people who drowned": the toll, however far back)
    dead = _THE_DEAD.match(text, sentence.start)
    earlier = [start for start, name in given.items() if name and start < mention.start and (
        ".killed" in name if dead else sentence.start - _REACH <= start)]
    including = _INCLUDING.search(text, max(sentence.start, mention.start - 40), mention.start)
    # the count of the clause "including" closes ("1,120 people have been caught in the
    # disaster area, including 280 children"; not "a bus carrying 51 ... plunged, killing
    # everyone on board, including 14 children": everyone is the whole)
    inside = [start for start in given if sentence.start <= start < mention.start
              and including is not None and not re.search(r",\s", text[start:including.start()])]
    if inside and not (given[max(inside)] and _WHOLE.fullmatch(given[max(inside)])):
        return None  # "more than 1 million refugees, including 775,000 Ethiopians": the
        # whole right before is no toll, and no earlier toll is its whole
    whole = None
    for start in sorted(earlier, reverse=True):
        whole = _WHOLE.fullmatch(given[start])
        if whole is not None:
            break
    if whole is None:
        return None
    measure = _OF_THE_DEAD.get(whole["measure"], whole["measure"])
    if group == "unidentified" or group.startswith("who_"):  # a state of the dead, or
        # what befell them, not a group: `S.killed_unidentified`, `S.killed_crushed`
        state = group.removeprefix("who_")
        if state in ("critical", "serious"):  # the gravely hurt are a count of their own
            return f"{whole['subject']}.{state}ly_injured" if measure == "injured" else None
        if state == "hospitalized":  # "Two of those injured were hospitalized overnight"
            return f"{whole['subject']}.hospitalized" if measure == "injured" else None
        return f"{whole['subject']}.{measure}_{state}"
    return f"{whole['subject']}.{group.lower()}_{measure}{whole['window'] or ''}"


def an_unnamed_part(text: str, mention: Mention, sentence: Span, given: dict,
                    found: str | None) -> bool:
    """Whether `found` names a part "including" takes of the count right before it by
    that count's own measure ("11.5 million, including 2.7 million uprooted by earlier
    conflicts"): no group names the part, and as its whole's rival it would be a false
    conflict; it is left for a person to name."""
    including = _INCLUDING.search(text, max(sentence.start, mention.start - 40), mention.start)
    if found is None or including is None or _group(text, mention, sentence) is not None:
        return False  # ("including 371 children": the children's part, named)
    before = [at for at in given if sentence.start <= at < including.start()]
    whole = given[max(before)] if before else None
    if not whole or re.search(r",\s", text[max(before):including.start()]):
        return False
    subject, _, measure = whole.partition(".")
    part_subject, _, part_measure = found.partition(".")  # (a place's part has its own)
    return part_subject == subject and (part_measure == measure or measure.endswith(
        "_" + part_measure))  # ("internally_displaced" and "displaced"; not a group's)


# "Six bodies are yet to be identified": the dead no one has named yet
_UNIDENTIFIED = re.compile(r"\s+(?:(?:of\s+the\s+)?(?:bodies|victims|dead)\s+)?(?:are|were|have|"
                           r"has|remain|remained)\s+(?:yet\s+to\s+be\s+identified|not\s+(?:yet\s+)?"
                           r"been\s+identified|unidentified)\b", re.I)


# "Nine of the injured were critical", "12 of them are in serious condition"
_GRAVE_OF_THEM = re.compile(r"\s+of\s+(?:them|these|(?:those|the)(?:\s+(?:injured|wounded))?)\s+"
                            r"(?:were|are|was|is|remain|remained)\s+(?:still\s+)?"
                            r"(?:in\s+(?:a\s+)?)?(critical|serious|grave|hospitali[sz]ed)\b"
                            r"(?!\s+(?:of|about|to)\b)", re.I)
_GRAVITY = {"critical": "critical", "grave": "critical", "serious": "serious",
            "hospitalized": "hospitalized", "hospitalised": "hospitalized"}
# "Among the deaths are four men and a woman — two who suffered heart attacks and
# three who were crushed": a part of the dead by what befell them
_WHO = re.compile(r"\s+who\s+(?:(?:were|was|had\s+been|have\s+been)\s+)?(?:suffered|"
                  r"died\s+(?:of|from)|succumbed\s+to)?\s*(?:an?\s+|the\s+)?"
                  r"(?P<what>[a-z]{4,}(?:\s+(?!in\b|on\b|at\b|by\b|after\b|when\b|and\b)"
                  r"[a-z]{4,})?)\b")


_PEOPLE = re.compile(r"\s+(?:people|persons|others)\b")


def _group(text: str, mention: Mention, sentence: Span) -> str | None:
    if _UNIDENTIFIED.match(text, mention.end):
        return "unidentified"
    near = text[max(sentence.start, mention.start - 120):mention.start]
    who = _WHO.match(text, mention.end) if mention.kind == "count" and re.search(
        r"[—–:]|\s-\s", near) else None
    if who is not None:
        return "who_" + "_".join(who["what"].split())
    found = _OF_THEM.match(text, mention.end)
    if found is not None:
        return found["group"]
    grave = _GRAVE_OF_THEM.match(text, mention.end)
    if grave is not None:  # "Nine of the injured were critical": `S.critically_injured`
        return "who_" + _GRAVITY[grave[1].lower()]
    lead = text[sentence.start:mention.start]
    if _INCLUDING.search(lead[-40:]) or _DASHED.search(lead[-40:]):
        after = _AFTER.match(text, mention.end)
        return after["group"] if after else None
    if len(lead) <= _LEAD and _THEY.match(lead):  # (bounded: its lazy run backtracks)
        after = _AFTER.match(text, mention.end)
        # ("The fatalities included seven people who drowned": `S.killed_drowned`)
        people = _PEOPLE.match(text, mention.end)
        who = _WHO.match(text, people.end() if people else mention.end) if after is None else None
        return after["group"] if after else ("who_" + "_".join(who["what"].split())
                                             if who else None)
    if _OF_THEM.search(lead):
        after = _AND_WERE.match(text, mention.end)
        return after["group"] if after else None
    return None


# "Several firefighters are among the 59 people injured": a group of the count after
_AMONG = re.compile(r"\s+(?:[a-z]+\s+)?(?P<group>[a-z]+)(?:,?\s+and\s+[\d,]+\s+[a-z]+)?\s+"
                    r"(?:are|were|is|was)\s+(?:also\s+)?"
                    r"among\s+(?:the\s+)?(?:[\d,]+\s+)?(?:people\s+)?(?P<measure>injured|"
                    r"wounded|dead|killed|missing|victims|casualties|"
                    # "630 children ... were among those who lost their lives"
                    r"those\s+(?:who\s+)?(?:lost\s+their\s+lives|died|were\s+killed))\b")
_AMONG_MEASURES = {"wounded": "injured", "dead": "killed", "victims": "killed",
                   "those who lost their lives": "killed", "those who died": "killed",
                   "those who were killed": "killed",
                   "casualties": "killed"}


def among_the(text: str, mention: Mention, found: str | None) -> str | None:
    """`S.group_measure` for a group said to be among a count ("Several firefighters are
    among the 59 people injured": `portugal.firefighters_injured`), the subject the
    count was given; else None."""
    among = _AMONG.match(text, mention.end)
    if among is None or not found or not re.fullmatch(r"[a-z][a-z0-9_]*\.[a-z0-9_]+", found):
        return None
    said = " ".join(among["measure"].split())
    measure = _AMONG_MEASURES.get(said, said)
    return f"{found.split('.')[0]}.{among['group']}_{measure}"


# "Of those missing, 50 have yet to be confirmed", "Out of the total deaths, ... only 54
# have been confirmed": the part of a count in a state of its own
_OF_THOSE = re.compile(r"\b(?:Of|Out\s+of)\s+(?:those|the)\s+(?:total\s+)?(?P<whole>missing|"
                       r"deaths|dead|injured|victims|cases)\b", re.I)
_STATE = re.compile(r"(?:\s+[a-z]+){0,2}?\s+(?:have|has|had)\s+"
                    r"(?P<not>yet\s+to\s+be|not\s+(?:yet\s+)?been)?(?:been\s+)?\s*"
                    r"(?P<state>confirmed|identified|verified|validated)\b")
_WHOLES = {"deaths": "killed", "dead": "killed", "victims": "killed"}


def part_in_state(text: str, mention: Mention, sentence: Span, found: str | None) -> str | None:
    """`S.missing_unconfirmed`, `S.killed_confirmed` for a part of a count the
    sentence opens with, in a state its verb says; else None."""
    whole = _OF_THOSE.search(text, sentence.start, mention.start)
    state = _STATE.match(text, mention.end)
    if whole is None or state is None or not found or "." not in found:
        return None
    measure = _WHOLES.get(whole["whole"].lower(), whole["whole"].lower())
    return f"{found.split('.')[0]}.{measure}_{'un' if state['not'] else ''}{state['state']}"


# "Among those crossing the border, 348,237 are Syrian citizens and 156,505 are
# Lebanese": the people of one nation among the flow just counted
_AMONG_THOSE = re.compile(r"^[\s“\"]*Among\s+(?:those|them|the\s+people)\s+(?:who\s+)?(?:crossing|"
                          r"crossed|fleeing|fled|arriving|arrived|displaced|evacuated|leaving|"
                          r"left)\b[^,;.]{0,40},", re.I)
_ARE_PEOPLE = re.compile(r"\s+(?:are|were)\s+(?P<people>[A-Z][a-z]+)(?:\s+(?:citizens|nationals|"
                         r"refugees))?\b")


def among_those(text: str, mention: Mention, sentence: Span, given: dict) -> str | None:
    """`S.M_syrians` for the people of a nation among a flow the sentence opens on,
    S.M the name of the last flow counted before it (`given`: start -> name); else
    None."""
    people = _ARE_PEOPLE.match(text, mention.end)
    if people is None or not _AMONG_THOSE.match(text[sentence.start:mention.start]):
        return None
    found = next((name for start, name in sorted(given.items(), reverse=True)
                  if start < sentence.start and name
                  and re.fullmatch(r"[a-z][a-z0-9_]*\.(?:departed|arrived)", name)), None)
    if found is None:
        return None
    word = people["people"].lower()
    return f"{found}_{word if word.endswith(('s', 'ese')) else word + 's'}"


# a place right after the part: "including 170,000 in Indonesia"
_IN_PLACE = re.compile(r"\s+(?:people\s+|of\s+them\s+)?in\s+(?:the\s+)?$", re.I)


def part_of_an_event(text: str, mention: Mention, sentence: Span, given: dict[int, str | None],
                     places, document: str) -> str | None:
    """`EVENT_PLACE` for "the 2004 tsunami that left 230,000 dead or missing, including
    170,000 in Indonesia": the place's part of another event's toll is that event's
    in the place, not the place's own count (the story's toll there)."""
    if not _INCLUDING.search(text, max(sentence.start, mention.start - 40), mention.start):
        return None
    earlier = [name for start, name in sorted(given.items())
               if sentence.start <= start < mention.start and name]
    whole = re.match(r"(?P<event>[a-z][a-z0-9_]*_\d{4})\.", earlier[-1]) if earlier else None
    after = [p for p in places.between(mention.end, sentence.end)
             if _IN_PLACE.fullmatch(text, mention.end, p.start)]
    if whole is None or not after or whole["event"] == document:
        return None  # (a story named for its year, `dawn_us_heatwave_2012`, is no event)
    return f"{whole['event']}_{after[0].key}"
