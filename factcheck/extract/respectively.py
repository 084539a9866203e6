"""Numbers matched to their nouns by "respectively": in "cumulative confirmed cases and
deaths ... is 15,064 and 470 respectively", the first number counts the first noun
(confirmed cases), the second the second (deaths). Read by distance, both would be
deaths: the nearest measure word.

Only an exact match is read: the list of numbers right before "respectively" and as
many measures named, in order, before the first number. Anything else (a list whose
length differs from the nouns', numbers of other kinds between) reads as before.
"""

from __future__ import annotations

import re

from .lexicon import Hit
from .mention import Mention

_RESPECTIVELY = re.compile(r"\s*,?\s+respectively\b", re.I)
_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
_CASES = re.compile(r"\b(?:(?P<status>confirmed|suspected|probable)\s+)?cases\b", re.I)


def respective_measure(text: str, mention: Mention, mentions: list[Mention],
                       hits: list[Hit], sentence_start: int) -> str | None:
    """The measure a "respectively" list gives this number, or None."""
    run = _run(text, mention, mentions)
    if run is None:
        return None
    measures = _measures_before(text, run[0].start, hits, sentence_start)
    if len(measures) != len(run):
        return None
    return measures[run.index(mention)]


def _run(text: str, mention: Mention, mentions: list[Mention]) -> list[Mention] | None:
    """The numbers joined by commas and "and" that hold the mention and end right
    before "respectively"."""
    ordered = sorted(mentions, key=lambda m: m.start)
    at = next((k for k, m in enumerate(ordered) if m is mention), None)
    if at is None:
        return None
    first = last = at
    while first > 0 and _JOIN.fullmatch(text[ordered[first - 1].end:ordered[first].start]):
        first -= 1
    while last + 1 < len(ordered) and _JOIN.fullmatch(
            text[ordered[last].end:ordered[last + 1].start]):
        last += 1
    run = ordered[first:last + 1]
    if len(run) < 2 or not _RESPECTIVELY.match(text, run[-1].end):
        return None
    return run


def _measures_before(text: str, end: int, hits: list[Hit], sentence_start: int) -> list[str]:
    """The measures named before `end` in the sentence, in order: lexicon measures
    and counts of cases ("confirmed cases" -> confirmed_cases)."""
    found = [(h.start, h.name) for h in hits
             if h.table == "measures" and sentence_start <= h.start and h.end <= end]
    for match in _CASES.finditer(text, sentence_start, end):
        status = (match["status"] or "").lower()
        found.append((match.start(), f"{status}_cases" if status else "cases"))
    found.sort()
    names: list[str] = []
    for _, name in found:
        if name not in names:
            names.append(name)
    return names
