"""The `Mention` value: one numeric phrase of an article, as `extract --format json`
prints it (README, "Commands")."""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

from ..interval import Interval, ordinal_to_iso

UNPARSED = "unparsed"
NAME = "name"  # digits that name a thing ("iPhone 8", "COVID-19", "5/17/2018")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    kind: str  # count | duration | date | fraction | percent | money | other | unparsed | name
    interval: Interval | None = None  # None for unparsed mentions
    unit: str | None = None
    sentence: str = ""
    future: bool = False  # read as a date in a clause about the future
    note: str | None = field(default=None, compare=False)  # why it is unparsed
    change: str | None = None  # "up" | "down": a verb of change governs the number

    @property
    def qualifier(self) -> str | None:
        return self.interval.qualifier if self.interval is not None else None

    def to_json(self) -> dict:
        low, high, low_open, high_open = _bounds(self)
        return {"start": self.start, "end": self.end, "text": self.text,
                "kind": self.kind, "low": low, "high": high, "low_open": low_open,
                "high_open": high_open, "unit": self.unit, "qualifier": self.qualifier,
                "change": self.change, "sentence": self.sentence}


def _bounds(mention: Mention):
    iv = mention.interval
    if iv is None:
        return None, None, False, False
    if mention.kind == "date":
        return (_iso(iv.low), _iso(iv.high), iv.low_open, iv.high_open)
    return _number(iv.low), _number(iv.high), iv.low_open, iv.high_open


def _iso(value: Fraction | None) -> str | None:
    if value is None:
        return None
    try:
        return ordinal_to_iso(value)
    except (ValueError, OverflowError):
        return None


def _number(value: Fraction | None):
    """Whole numbers as ints, others as floats (JSON has no fractions)."""
    if value is None:
        return None
    if value.denominator == 1:
        return int(value)
    return float(value)


def json_unit(interval: Interval, people: bool) -> str | None:
    """The contract's unit: pint's name; "person" for people counts; None for bare
    numbers, fractions and dates."""
    if interval.kind in ("date", "fraction"):
        return None
    if interval.unit is None and interval.kind == "count" and people:
        return "person"
    return interval.unit
