"""Places the text itself puts inside others ("Mizoram in India", "Champhai district
of Mizoram", "India's Kerala", "the Angola province of Uige"), and places it names in a roll
call. Used to tell one destination named at several scales (people who "entered
Mizoram in India" and "entered India") from several destinations (arrivals in Poland
and in Hungary), and a story's subject from the places it lists."""

from __future__ import annotations

import re

from .place_kinds import country_keys

_KINDS = r"(?:district|state|province|region|county|city|town|village|division|governorate)"
# "Mizoram in India", "Rohtrung village in Kinnaur": the first in the second
_IN = re.compile(r"\s+(?:" + _KINDS + r"\s+)?in\s+(?:the\s+)?", re.I)
# "Champhai district of Mizoram": the first in the second; but "the northern Angola
# province of Uige": a country's province, the second in the first
_KIND_OF = re.compile(r"\s+" + _KINDS + r"\s+of\s+(?:the\s+)?", re.I)
_OWNER = re.compile(r"['’]s\s+")  # "India's Kerala": the second in the first


def containers(text: str, found) -> dict[str, str]:
    """Place key -> the key of the place the text puts it in (the first such). A comma
    puts nothing in anything: "Poland, Hungary" is a list as often as "Vidalia,
    Louisiana" is a place in another."""
    starts = {p.start: p for p in found}
    countries = country_keys()
    outer: dict[str, str] = {}
    for place in found:
        for pattern in (_IN, _KIND_OF, _OWNER):
            gap = pattern.match(text, place.end)
            other = starts.get(gap.end()) if gap else None
            if other is None or other.key == place.key:
                continue
            inner_first = pattern is _IN or (pattern is _KIND_OF and place.key not in countries)
            inner, whole = (place, other) if inner_first else (other, place)
            if inner.key not in _chain(outer, whole.key):
                outer.setdefault(inner.key, whole.key)
    return outer


def outermost(key: str, outer: dict[str, str]) -> str:
    return _chain(outer, key)[-1]


def _chain(outer: dict[str, str], key: str) -> list[str]:
    """key, the place it is in, the place that one is in ... (no cycle)."""
    seen = [key]
    while outer.get(seen[-1]) is not None and outer[seen[-1]] not in seen:
        seen.append(outer[seen[-1]])
    return seen


_LIST_JOIN = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
LIST_LENGTH = 3  # places in a row that make a list


def listed(text: str, found) -> set[int]:
    """The starts of places named in a list of three or more ("the cases were in
    Bauchi, Plateau, Taraba ... and Lagos states"): a roll call, not what the
    story is about."""
    ordered = sorted(found, key=lambda p: p.start)
    starts: set[int] = set()
    run = ordered[:1]
    for place in ordered[1:]:
        if _LIST_JOIN.fullmatch(text, run[-1].end, place.start):
            run.append(place)
            continue
        if len(run) >= LIST_LENGTH:
            starts.update(p.start for p in run)
        run = [place]
    if len(run) >= LIST_LENGTH:
        starts.update(p.start for p in run)
    return starts
