"""The place of a count whose own words name none: the sentence's local place ("damaged
37 houses in the village"), the paragraph's ("In Mayotte, ... Two more died."), the
heading's ("MOZAMBIQUE" above "People killed: 501"), else the story's, its origin for
a flow.

A place another number of the sentence owns is that part's, never the whole's: in
"six people dead - four in Paraguay and two in Argentina" the six are no country's,
and naming them Argentina's would make the two a second, clashing count of Argentina.
Such a whole falls back to the document's own name.
"""

from __future__ import annotations

import re

from . import scenes
from .clauses import COUNTS, ITS_PLACE
from .factbox import label_place
from .frames import heading_place, paragraph_place
from .mention import Mention
from .periods import FLOWS
from .place_groups import local_place
from .places import Places
from .text import Span

def parts_places(text: str, mention: Mention, sentence: Span, places: Places,
                 mentions: list[Mention]) -> set[str]:
    """Places of the sentence that a later, smaller number of its own owns (a part; not
    "killed 180 people and injured another 1,300 in Gaza", where Gaza is both's)."""
    later = [m for m in mentions if m is not mention and m.kind in COUNTS
             and mention.end <= m.start and m.end <= sentence.end and _smaller(m, mention)]
    return {p.key for p in places.between(mention.end, sentence.end)
            if any(ITS_PLACE.fullmatch(text, m.end, p.start) for m in later)} \
        | _parts_told_next(text, mention, sentence, places, mentions)


# "around 287 people were evacuated from affected regions. Of these, 233 were
# evacuated from Mandi, 51 from Hamirpur": the next sentence parts the count by place
_OF_THESE = re.compile(r"\s*(?:Of|Among)\s+(?:these|them|those|whom)\b,?", re.I)
_PART_FROM = re.compile(r"\s+(?:(?:were|was|are|is)\s+)?(?:[a-z]+\s+){0,2}?(?:in|at|from)\s+")


def _parts_told_next(text: str, mention: Mention, sentence: Span, places: Places,
                     mentions: list[Mention]) -> set[str]:
    """Places a next sentence opening "Of these," gives smaller parts of the count."""
    opening = _OF_THESE.match(text, sentence.end)
    if opening is None:
        return set()
    stop = text.find(".", opening.end())
    end = len(text) if stop == -1 else stop
    parts = [m for m in mentions if m.kind in COUNTS and opening.end() <= m.start
             and m.end <= end and _smaller(m, mention)]
    return {p.key for p in places.between(opening.end(), end)
            if any(_PART_FROM.fullmatch(text, m.end, p.start) for m in parts)}


def fallback_place(text: str, mention: Mention, sentence: Span, measure: str | None,
                   places: Places, mentions: list[Mention]) -> str | None:
    """The place a count with no place of its own is of, or None."""
    parts = parts_places(text, mention, sentence, places, mentions)
    found: list[str | None] = [label_place(text, mention.start)]
    if measure not in FLOWS:
        found.append(local_place(text, sentence.start, sentence.end, places)
                     or scenes.definite_local(text, sentence, places))
        found.append(there_place(text, sentence, places))
        found.append(paragraph_place(text, mention.start, places))
    found.append(heading_place(text, mention.start, places))
    found.append(places.main_origin if measure in FLOWS | {"displaced"} else places.main)
    return next((key for key in found if key is not None and key not in parts), None)


# "The home in the town of Iwaizumi ... Police discovered nine bodies there": "there"
# points back at the place the sentence before named (not "there were", "out there")
_THERE = re.compile(r"(?<!\bout\s)(?<!\bover\s)(?<!\bup\s)\bthere\b(?!\s+(?:is|are|was|were|"
                    r"has|have|had|will|would|could|can|may|might|must|should|seems?|seemed|"
                    r"appears?|appeared|remains?|remained|be|been|being|exists?|existed|"
                    r"lies|lay|stands?|stood|came|comes|used)\b)(?!['’]s)")


# "destroyed the villages of Santuario, Carmelo and Pindalito. A total of 20,000 people
# lived in those towns": all the places the sentence before named, together
_THOSE = re.compile(r"\b(?:those|these|the\s+three|the\s+two|the\s+four)\s+(?:towns|villages|"
                    r"cities|communities|municipalities|districts|provinces|regions|islands|"
                    r"countries|states|places|areas|settlements|camps)\b")


def there_place(text: str, sentence: Span, places: Places) -> str | None:
    """The one place the sentence before names, when "there" points back at it, or
    all of its places together (`a_b_and_c`) when "those towns" does."""
    stop = max(text.rfind(". ", 0, sentence.start - 1), text.rfind("\n", 0, sentence.start - 1))
    named = list(dict.fromkeys(p.key for p in places.between(max(stop, 0), sentence.start)))
    if _THOSE.search(text, sentence.start, sentence.end):
        return "_".join(named[:-1]) + f"_and_{named[-1]}" if len(named) > 1 else None
    if _THERE.search(text, sentence.start, sentence.end) is None:
        return None
    return named[0] if len(named) == 1 else None  # (of two, "there" is either)


def _smaller(part: Mention, whole: Mention) -> bool:
    of_part, of_whole = part.interval, whole.interval
    return of_part is not None and of_whole is not None \
        and None not in (of_part.high, of_whole.low) and of_part.high <= of_whole.low
