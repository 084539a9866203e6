"""A participle next to a number that only says which people are counted:
"33,372 people evacuated from villages ... were housed in 305 relief camps" counts the
sheltered, "4,000 internally displaced people have recently returned" the returned.
"""

from __future__ import annotations

import re

from .amounts import is_whole
from .clauses import COUNTS, clause_end
from .lexicon import Hit
from .mention import Mention

_FINITE_AFTER = re.compile(r"\b(?:were|are|was|is|have|had|has)\s+(?:been\s+)?"
                           r"(?:(?:still|now|being|temporarily|mostly|recently|already|"
                           r"since|also|just)\s+)*$")
# "5,000 displaced had sheltered", "two people died, another one was injured", "11
# perished while scores were injured": the participle is the noun's or the clause's verb
_OWN_VERB = re.compile(r"\s+(?:were|are|was|is|have|had|has)\b|\s*,|.*?\b(?:while|whereas|but|"
                       r"although|though|because|when)\b", re.S)


def reduced_relative(text: str, mention: Mention, measure: Hit, hits: list[Hit],
                     mentions: list[Mention]) -> Hit:
    """"33,372 people evacuated from villages ... were housed in 305 relief camps",
    "4,000 internally displaced people have recently returned": the participle
    before or after the noun only says which people; the clause's own verb says
    what they are counted as (`sheltered`, `returned`)."""
    governing = _governing_verb(text, mention, hits)
    if governing is not None and measure.start > mention.end \
            and text[measure.start:measure.end].endswith("ed") and (
                _RELATIVE.fullmatch(text, mention.end, measure.start)
                or _PEOPLE_NOUN.fullmatch(text, mention.end, measure.start)):
        return governing  # "managed to rescue nine people who were trapped under the
        # debris": rescued, the verb whose object they are
    if measure.start > mention.end and _RELATIVE.fullmatch(text, mention.end, measure.start):
        later = _clause_verb_measure(text, measure, hits, mentions)
        if later is not None:  # "Fourteen people who were reported missing ... have
            return later  # shown up safe": what they are now, not what they were
    if measure.start < mention.end or not text[measure.start:measure.end].endswith("ed") \
            or len(text[mention.end:measure.start].split()) > 1 \
            or is_whole(text, mention, mentions):  # "nearly half of the 127,000 internally
        return measure  # displaced people have returned": the part returned, not the whole
    end = clause_end(text, measure.end)
    for hit in hits:
        if hit.table != "measures" or hit.name == measure.name or not (
                measure.end < hit.start < end) or any(
                measure.end <= m.start < hit.start for m in mentions if m.kind in COUNTS):
            continue
        gap = text[measure.end:hit.start]
        if _OWN_VERB.match(gap):
            break
        finite = _FINITE_AFTER.search(gap) or _FINITE_AFTER.match(text, hit.start) or \
            re.match(r"(?:were|are|was|is|have|had|has)\s", text[hit.start:hit.end])
        if not re.search(r"[;:]", gap) and finite and len(gap.split()) <= 12:
            return hit
    return measure


# a relative clause right after the count: "people who were reported missing"
_RELATIVE = re.compile(r"\s+(?:[a-z]+\s+)?(?:who|that)\s+(?:were|was|had\s+been|have\s+been)\s+"
                       r"(?:(?:initially|first|earlier|previously|reported|listed|declared)\s+)*")


def _clause_verb_measure(text: str, measure: Hit, hits: list[Hit],
                         mentions: list[Mention]) -> Hit | None:
    """The measure the count's own finite verb gives after a relative clause, or None."""
    end = clause_end(text, measure.end)
    for hit in hits:
        if hit.table == "measures" and measure.end < hit.start < end and not any(
                measure.end <= m.start < hit.start for m in mentions if m.kind in COUNTS):
            gap = text[measure.end:hit.start]
            if not re.search(r"[;:,]", gap) and _FINITE_AFTER.search(gap) \
                    and len(gap.split()) <= 10:
                return hit
    return None


_PEOPLE_NOUN = re.compile(r"\s+(?:people|persons|residents|villagers|men|women|children|"
                          r"workers|miners|passengers|migrants|others)\s+")
# what may stand between a verb and the count it governs: "rescued at least nine"
_TO_OBJECT = re.compile(r"\s+(?:(?:at\s+least|some|about|around|another|over|nearly|more\s+than|"
                        r"an\s+estimated)\s+)?")


def _governing_verb(text: str, mention: Mention, hits: list[Hit]) -> Hit | None:
    """The measure verb right before the count, whose object the count is, or None."""
    before = [h for h in hits if h.table == "measures" and h.end <= mention.start
              and text[h.start:h.end].lower().endswith(("ed", "to rescue"))
              and _TO_OBJECT.fullmatch(text, h.end, mention.start)]
    return before[-1] if before else None
