"""Where a mention's span begins and ends.

The grammar reads "on September 21, 2023", "somewhere between 55,000 and 75,000"
and "15 refugees" whole; the mention is the part that carries the number:
"September 21, 2023", "between 55,000 and 75,000", "15" (a person noun gives the
unit, not the span). A preposition stays before a weekday ("on Monday": the day is
the phrase), and "next" stays ("next Monday"). A word is only left out when the
grammar reads the rest to the very same interval.
"""

from __future__ import annotations

import bisect

from ..findings import FactcheckError
from ..interval import Interval

KEEP_MARKERS = frozenset({"next"})


def span(scan, i: int, start: int, end: int, interval: Interval | None,
         future: bool) -> tuple[int, int]:
    start = _trim_front(scan, i, end, interval, future)
    if interval is not None and interval.unit == "person":
        end = _trim_person_noun(scan, start, end)
    if end - start > 1 and scan.text[end - 1] == "." and scan.text[end - 2].isalpha() \
            and interval is not None and interval.kind == "date":
        end -= 1  # "on Sunday. 160 flights": the sentence's period, not the day's
    return start, end


def _same(a: Interval, b: Interval) -> bool:
    return (a.low, a.high, a.low_open, a.high_open, a.unit, a.kind) == (
        b.low, b.high, b.low_open, b.high_open, b.unit, b.kind)


def _removable(scan, i: int) -> bool:
    ctx, table = scan.matcher.ctx, scan.table
    words = ctx.words
    if table.qualifiers_before.match(words, i) is not None:
        filler = table.fillers.match(words, i)
        qualifier = table.qualifiers_before.match(words, i)
        if filler is None or qualifier[1] > filler[1]:
            return False  # "just under" is a qualifier, not a filler
    if table.fillers.match(words, i) is not None:
        return True
    marker = table.dates.future_markers.match(words, i)
    if marker is not None:
        return words[i] not in KEEP_MARKERS
    preposition = table.dates.prepositions.match(words, i)
    if preposition is not None:
        return table.dates.weekdays.match(words, preposition[1]) is None
    return False


def _skip(scan, i: int) -> int:
    """The token after the removable words at token i."""
    words, table = scan.matcher.ctx.words, scan.table
    for index in (table.fillers, table.dates.future_markers, table.dates.prepositions):
        found = index.match(words, i)
        if found is not None:
            return found[1]
    return i + 1


def _trim_front(scan, i: int, end: int, interval: Interval | None, future: bool) -> int:
    tokens = scan.tokens
    start = tokens[i].start
    while i < len(tokens) and tokens[i].end < end and _removable(scan, i):
        j = _skip(scan, i)
        if j >= len(tokens) or tokens[j].start >= end:
            break
        if interval is not None:
            try:
                found = scan.matcher.match_at(tokens[j].start, future=future)
            except FactcheckError:
                break
            if found is None or found[1] != end or not _same(found[0], interval):
                break
        i, start = j, tokens[j].start
    return start


def _trim_person_noun(scan, start: int, end: int) -> int:
    """ "15 refugees" -> "15"; "tens of thousands of people" -> "tens of thousands"."""
    tokens, words, table = scan.tokens, scan.matcher.ctx.words, scan.table
    last = bisect.bisect_left(scan.starts, end) - 1
    first = bisect.bisect_left(scan.starts, start)
    unit = table.units.match(words, last)
    if last <= first or unit is None or tokens[last].kind != "word":
        return end
    last -= 1
    if last > first and words[last] in table.vague_joiners.words:
        last -= 1
    return tokens[last].end
