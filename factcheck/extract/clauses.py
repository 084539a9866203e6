"""How a number's clause reads, for naming its quantity: a forecast ("could flee",
"expected to reach"), a sum ("dead or missing"), a noun that says who is counted
against a predicate that says what ("3,075 residents were living in shelters"), a
measure word that belongs to an earlier number, a place that belongs to another
number ("Kyiv, home to nearly 3 million, ..."), destinations given as examples.
"""

from __future__ import annotations

import re

from .lexicon import Hit
from .mention import Mention
from .places import GENERIC_DESTINATION, Place

COUNTS = frozenset({"count", "fraction", "percent"})
BREAK = re.compile(r"[,;:](?!\d)|[()—–]|\s-\s")  # not the comma of "120,000"
EXAMPLES = re.compile(rf"(?:{GENERIC_DESTINATION.pattern}),?\s+(?:including|such\s+as|like)\s+(?:the\s+)?[A-Z]")
_OR = re.compile(r"^\s+or\s+(?:\w+\s+){0,2}$")
SUMMABLE = frozenset({"killed", "injured", "missing", "displaced", "evacuated"})


def forecast(text: str, mention: Mention, hits: list[Hit], mentions: list[Mention]) -> bool:
    """A forecast word in the number's clause, no other number between: "could
    flee", "expected to reach"."""
    before = [m.end() for m in BREAK.finditer(text, max(0, mention.start - 200), mention.start)]
    start = max([_clause_start(text, mention.start), *before])
    after = BREAK.search(text, mention.end)
    end = min(_clause_end(text, mention.end), after.start() if after else len(text))
    return any(h.table == "forecast" and start <= h.start and h.end <= end
               and not any(min(h.end, mention.end) <= m.start < max(h.start, mention.start)
                           for m in mentions if m.kind in COUNTS) for h in hits)


def _clause_start(text: str, at: int) -> int:
    cut = max(text.rfind(mark, 0, at) for mark in (";", ":", ".\n", ". ", "\n", "“", "\""))
    return cut + 1


def _clause_end(text: str, at: int) -> int:
    ends = [k for k in (text.find(mark, at) for mark in (";", ". ", ".\n", "\n", "”", "\""))
            if k != -1]
    return min(ends, default=len(text))


def either(text: str, measure: Hit, hits: list[Hit]) -> Hit | None:
    """The other measure of "dead or missing", "killed or injured": a sum."""
    if measure.name not in SUMMABLE:
        return None
    for hit in hits:
        if hit.table != "measures" or hit.name not in SUMMABLE - {measure.name}:
            continue
        first, second = sorted((measure, hit), key=lambda h: h.start)
        if _OR.match(text[first.end:second.start]):
            return hit
    return None


def predicate_over_noun(text: str, mention: Mention, measure: Hit, hits: list[Hit],
                         mentions: list[Mention]) -> Hit:
    """"3,075 residents were still living in shelters": the noun says who is counted,
    the predicate what is measured."""
    if measure.name != "population" or measure.start < mention.end:
        return measure
    if re.search(r"\bof\s+(?:the\s+)?(?:\w+\s+)?$", text[max(0, mention.start - 30):mention.start]):
        return measure  # "100,000 of the estimated 120,000 residents ... have fled"
    end = _clause_end(text, mention.end)
    later = [h for h in hits if h.table == "measures" and h.name != "population"
             and measure.end <= h.start < end and not BREAK.search(text[mention.end:h.start])
             and not any(mention.end <= m.start < h.start for m in mentions
                         if m.kind in COUNTS)]
    return later[0] if later else measure


_CAUSES = frozenset({"has left", "have left", "had left"})


def causative(text: str, mention: Mention, hit: Hit) -> bool:
    """"The invasion has left hundreds of thousands without water": the number is the
    object of "left", those it happened to, not people who left."""
    phrase = " ".join(text[hit.start:hit.end].lower().split())
    return phrase in _CAUSES and hit.end <= mention.start and len(
        text[hit.end:mention.start].split()) <= 1


def earlier_numbers(text: str, mention: Mention, hit: Hit, mentions: list[Mention]) -> bool:
    """"8,649 people had been confirmed dead and 13,262 listed as missing": "dead"
    comes after the first number and is its word, not the second's."""
    if hit.start >= mention.end:
        return False
    for other in mentions:
        if other.kind in COUNTS and other.end <= hit.start and other is not mention:
            gap = text[other.end:hit.start]
            if len(gap.split()) <= 5 and not BREAK.search(gap) \
                    and re.fullmatch(r"\s+and\s+", text[hit.end:mention.start]) \
                    and not any(hit.end <= m.start < mention.start for m in mentions
                                if m.kind in COUNTS):
                return True
    return False


def number_between(text: str, mention: Mention, place: Place,
                    mentions: list[Mention]) -> bool:
    """A place past another number belongs to that number: "100,000 of the 120,000
    residents of Karabakh", "Kyiv, home to nearly 3 million, ... 160,000"; but "India
    reported 360 killed and 900 injured" speaks of India twice."""
    low, high = min(mention.end, place.end), max(mention.start, place.start)
    between = [m for m in mentions if m is not mention and m.kind in COUNTS
               and low <= m.start and m.end <= high]
    if not between or place.start > mention.end:
        return bool(between)
    aside = re.match(r",[^,;:.()]*[,;:)]", text[place.end:])  # "Kyiv, home to 3 million,"
    return aside is not None and place.end + aside.end() <= mention.start and any(
        m.end <= place.end + aside.end() for m in between)
