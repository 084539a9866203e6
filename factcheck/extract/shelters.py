"""Where people are put up, told through a verb and a count of places: "286,000 are
being housed in more than 900 evacuation centres" (900 counts the centres, and the
verb is 286,000's), "70,000 people remain in over 800 evacuation centers" (they are
sheltered, not left behind)."""

from __future__ import annotations

import re

from .clauses import BREAK
from .lexicon import Hit, lexicon
from .mention import Mention

_SHELTERS = frozenset({"shelters", "relief_camps", "camps"})


# states people "remain" in: "300 remain homeless", "29,000 remained affected by
# outages" count the homeless and those without power, not people who stayed behind
_STATES = frozenset("""homeless trapped stranded without_power without_water without_heat
without_utilities displaced sheltered hospitalized isolated cut_off""".split())
_THING_STATES = frozenset("closed flooded damaged submerged".split())  # "11 remain closed"
_STILL = re.compile(r"\s+(?:(?:still|largely|mostly)\s+)?")
_STAYING = re.compile(r"\s+(?:people\s+|persons\s+|residents\s+)?(?:who\s+are\s+|are\s+)?"
                      r"(?:currently\s+|now\s+|still\s+)?(?:staying|living|sheltering|housed|"
                      r"sheltered|accommodated|camped)\s+(?:in|at)\s+", re.I)


def in_shelters(text: str, measure: Hit, hits: list[Hit]) -> Hit:
    """"70,000 people remain in over 800 evacuation centers": those who stay in
    shelters are the sheltered, not the people who stayed behind; so are the
    homeless who "remain homeless"."""
    state = next((h for h in hits if measure.name == "remaining"
                  and (h.table == "measures" and h.name in _STATES
                       or h.table == "object_measures" and h.name in _THING_STATES)
                  and _STILL.fullmatch(text, measure.end, h.start)), None)
    if state is not None:
        return state
    staying = _STAYING.match(text, measure.end) if measure.name in ("displaced", "evacuated") \
        else None
    if staying is not None and any(h.table == "objects" and h.name in _SHELTERS
                                   and staying.end() <= h.start <= staying.end() + 30
                                   for h in hits):
        # "28,190 displaced people currently staying in shelters": the sheltered, a
        # part of the displaced
        return Hit(measure.start, measure.end, measure.table, "sheltered")
    if measure.name != "remaining" or not re.match(
            r"\s+in\s", text[measure.end:measure.end + 4]):
        return measure
    window = text[measure.end:measure.end + 60]
    shelter = next((h for h in hits if h.table == "objects" and h.name in _SHELTERS
                    and measure.end < h.start <= measure.end + 60), None)
    if shelter is None or BREAK.search(window[:shelter.start - measure.end]):
        return measure
    return Hit(measure.start, measure.end, measure.table, "sheltered")


_ENDS_IN_PREPOSITION = re.compile(r"\b(?:in|into|at|to|from|on)$", re.I)


def counts_where(text: str, hit: Hit, other: Mention) -> bool:
    """"286,000 are being housed in more than 900 evacuation centres": a number after
    a verb's own preposition counts the things where the verb happens, not people."""
    if not _ENDS_IN_PREPOSITION.search(text, hit.start, hit.end):
        return False
    return any(h.table == "objects" and h.start <= other.end + 30
               for h in lexicon().hits(text, other.end, other.end + 60)
               if re.fullmatch(r"[\s\w-]{0,30}", text[other.end:h.start]))
