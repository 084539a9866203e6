"""Another quake than the story's, told in the same article: after "Kayseri was hit
by a magnitude 4.9 earthquake", "A magnitude 3.8 earthquake jolted the southern
province of Adana" is Adana's quake (`adana_earthquake`), not a second reading of the
story's; "two other earthquakes below magnitude 4" are `other_earthquakes`.

A quake is another place's only when both are told as new ("a ... earthquake"), with
magnitudes that differ, in different sentences, and its own clause names a place the
first one's sentence does not: "A powerful earthquake struck Taiwan. A magnitude 7.4
earthquake struck off Hualien" restates one quake (the first has no magnitude)."""

from __future__ import annotations

import re

from .event_clauses import QUAKE_WORD, QUAKES_BACK
from .lexicon import Hit

# "A magnitude 3.8 earthquake", "a 5.8-magnitude quake", "A strong 6.1 tremor"
_TOLD = re.compile(r"\b[Aa]n?\s+(?:[a-z]+\s+){0,2}?(?:magnitude[\s-]+)?(\d(?:\.\d)?)"
                   r"(?:[\s-]*magnitude)?\s+(?:[a-z]+\s+)?$")
_OTHERS = re.compile(r"\bother\s+(?:[a-z]+\s+)?$")
_SENTENCE_END = re.compile(r"[.!?](?=[\"”’)]*\s)")
_CLAUSE_END = re.compile(r"[.;!?](?=\s)|,?\s+and\s+(?:an?|the)\s")


def quake_elsewhere(text: str, event: Hit, places) -> str | None:
    """The name of a quake of another place or of other quakes, else None."""
    if event.name != "earthquake":
        return None
    if _OTHERS.search(text, max(0, event.start - 20), event.start) \
            and text[event.start:event.end].lower().endswith("s"):
        return "other_earthquakes"
    own = _TOLD.search(text, max(0, event.start - 40), event.start)
    if own is None:
        return None
    earlier = _earlier_told(text, event.start)
    if earlier is None or earlier[0] == own.group(1):
        return None
    theirs = {p.key for p in places.between(*earlier[1])} | {places.main}
    stop = _CLAUSE_END.search(text, event.end)
    place = next((p for p in places.between(event.end, stop.start() if stop else len(text))
                  if not p.qualifier and p.key not in theirs), None)
    return f"{place.key}_earthquake" if place is not None else None


def _earlier_told(text: str, start: int) -> tuple[str, tuple[int, int]] | None:
    """The magnitude and sentence of the last quake told as new in a sentence before."""
    opening = _sentence_start(text, start)
    quakes = list(QUAKE_WORD.finditer(text, 0, opening))[-QUAKES_BACK:]
    for quake in reversed(quakes):
        told = _TOLD.search(text, max(0, quake.start() - 40), quake.start())
        if told is not None:
            end = _SENTENCE_END.search(text, quake.end())
            return told.group(1), (_sentence_start(text, quake.start()),
                                   end.end() if end else len(text))
    return None


def _sentence_start(text: str, at: int) -> int:
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, at - 400), at)]
    return ends[-1] if ends else max(0, at - 400)
