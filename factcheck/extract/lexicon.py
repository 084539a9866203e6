"""The measure lexicon (`factcheck/data/measures.toml`): which words say what a
number measures, which name an event, which adjectives name a place.

`Hit` is one occurrence of a lexicon phrase in the text; `hits` finds them all in a
stretch of text, longest phrase first, so "internally displaced" is one hit and
not also a "displaced".
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    table: str  # measures | objects | object_measures | groups | events | event_measures
    name: str


@dataclass(frozen=True)
class Lexicon:
    tables: dict  # table -> {name: [phrases]}
    demonyms: dict  # adjective -> place name
    same_events: tuple  # groups of event names that are one event
    same_places: tuple  # groups of place keys that spell one country
    pattern: re.Pattern
    owners: dict  # phrase -> [(table, name)]

    def hits(self, text: str, start: int, end: int) -> list[Hit]:
        found = []
        lower = same_length_lower(text)
        for match in self.pattern.finditer(lower, start, end):
            phrase = " ".join(match.group().split())
            warned = _WARNED.match(lower, match.end()) is not None
            for table, name in self.owners[phrase]:
                if not (warned and table == "events"):
                    found.append(Hit(match.start(), match.end(), table, name))
        return found

    def event_names(self, name: str) -> tuple[str, ...]:
        for group in self.same_events:
            if name in group:
                return tuple(group)
        return (name,)


def same_length_lower(text: str) -> str:
    """`text` in lower case, each character one: "İ" lowers to two ("i" and a dot
    above), which would move every offset after it ("KAYSERİ" in a dateline)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(char.lower()[:1] for char in text)


# "a tsunami warning", "the Pacific Tsunami Warning Center", "flood alerts": a warning
# of the event, no event
_WARNED = re.compile(r"\s+(?:warnings?|alerts?|advisory|advisories|sirens?|watch(?:es)?)\b")


@cache
def lexicon() -> Lexicon:
    path = resources.files("factcheck") / "data" / "measures.toml"
    return build(tomllib.loads(path.read_text(encoding="utf-8")))


def build(data: dict) -> Lexicon:
    tables = {key: value for key, value in data.items()
              if key not in ("demonyms", "same_events", "same_places") and isinstance(value, dict)}
    owners: dict[str, list] = {}
    for table, rows in tables.items():
        for name, phrases in rows.items():
            for phrase in phrases:
                owners.setdefault(" ".join(phrase.lower().split()), []).append((table, name))
    ordered = sorted(owners, key=len, reverse=True)  # the longest phrase wins
    body = "|".join(r"\s+".join(map(re.escape, p.split())) for p in ordered)
    # "7.8-magnitude" and "magnitude-7.8" are hits; "flood-hit" holds no "flood"
    pattern = re.compile(rf"(?<!\w)(?:{body})(?!\w|-(?!\d))")
    same = tuple(tuple(g) for g in (data.get("same_events") or {}).get("groups", []))
    places = tuple(tuple(g) for g in (data.get("same_places") or {}).get("groups", []))
    return Lexicon(tables, dict(data.get("demonyms") or {}), same, places, pattern, owners)
