"""What a value phrase means: an interval with open or closed ends in a unit.

Bounds are exact `Fraction`s (never floats); `None` is an unbounded end. Dates are
whole-day intervals whose bounds are proleptic Gregorian day ordinals
(`datetime.date.toordinal()`), kind "date", unit "day".
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, replace
from fractions import Fraction

KINDS = ("count", "duration", "date", "fraction", "percent", "money", "ratio", "other")


@dataclass(frozen=True)
class Interval:
    low: Fraction | None
    high: Fraction | None
    low_open: bool = False
    high_open: bool = False
    unit: str | None = None  # pint unit name as written ("person", "hour"); None: bare
    kind: str = "other"
    qualifier: str | None = None  # the phrase that set the bounds ("over", "estimated")
    # The reading with every bare number exact (no implied precision), when it
    # differs from this one: what the `rounding` check compares against.
    exact: Interval | None = None

    @classmethod
    def point(cls, value, **kw) -> Interval:
        v = Fraction(value)
        return cls(v, v, **kw)

    @property
    def is_point(self) -> bool:
        return (self.low is not None and self.low == self.high
                and not self.low_open and not self.high_open)

    def contains(self, value) -> bool:
        v = Fraction(value)
        if self.low is not None and (v < self.low or (self.low_open and v == self.low)):
            return False
        if self.high is not None and (v > self.high or (self.high_open and v == self.high)):
            return False
        return True

    @property
    def below_zero(self) -> bool:
        """Wholly negative: impossible for a count of people or a duration."""
        return self.high is not None and (self.high < 0 or (self.high == 0 and self.high_open))

    def snapped_to_integers(self) -> Interval | None:
        """The whole numbers inside, as a closed interval; None when there are none."""
        low = high = None
        if self.low is not None:
            low = Fraction(math.floor(self.low) + 1 if self.low_open else math.ceil(self.low))
        if self.high is not None:
            high = Fraction(math.ceil(self.high) - 1 if self.high_open else math.floor(self.high))
        if low is not None and high is not None and low > high:
            return None
        exact = self.exact.snapped_to_integers() if self.exact is not None else None
        return replace(self, low=low, high=high, low_open=False, high_open=False,
                       exact=exact)

    def describe(self) -> str:
        """Interval notation for people: [108,000, 132,000], (100,000, ∞)."""
        if self.kind == "date":
            return _describe_dates(self)
        lo = "−∞" if self.low is None else format_number(self.low)
        hi = "∞" if self.high is None else format_number(self.high)
        text = ("(" if self.low_open or self.low is None else "[") + f"{lo}, {hi}" + (
            ")" if self.high_open or self.high is None else "]")
        return f"{text} {unit_label(self.unit)}" if self.unit else text


_PLURALS = {"person": "people", "metric_ton": "tonnes", "century": "centuries",
            "decade_of_years": "decades"}
_COUNTABLE = {"second", "minute", "hour", "day", "week", "month", "year", "meter",
              "kilometer", "kilogram", "mile", "household"}


def unit_label(unit: str | None, value: Fraction | None = None) -> str:
    """How a reader says a pint unit: people, hours; "1 hour" stays singular."""
    if not unit:
        return ""
    if value is not None and abs(value) == 1:
        return "person" if unit == "person" else unit.replace("_", " ")
    if unit in _PLURALS:
        return _PLURALS[unit]
    return unit + "s" if unit in _COUNTABLE else unit


def format_number(value: Fraction) -> str:
    """A number as a reader writes it: 120,000; 8.5; 2/3 when it has no short decimal."""
    if value.denominator == 1:
        return f"{value.numerator:,}"
    as_float = float(value)
    text = f"{as_float:,.6f}".rstrip("0").rstrip(".")
    if Fraction(text.replace(",", "")) == value:
        return text
    return f"{as_float:,.4g}" if abs(as_float) >= 1e6 else f"≈{text}"


def ordinal_to_iso(value: Fraction | int) -> str:
    """A day number as an ISO date; beyond the calendar's ends (years 1 to 9999) it says
    so instead of failing."""
    day = int(value)
    if day < 1:
        return "before 0001-01-01"
    if day > dt.date.max.toordinal():
        return "after 9999-12-31"
    return dt.date.fromordinal(day).isoformat()


def _describe_dates(iv: Interval) -> str:
    low = iv.low + (1 if iv.low_open else 0) if iv.low is not None else None
    high = iv.high - (1 if iv.high_open else 0) if iv.high is not None else None
    if low is not None and low == high:
        return ordinal_to_iso(low)
    lo = "…" if low is None else ordinal_to_iso(low)
    hi = "…" if high is None else ordinal_to_iso(high)
    return f"{lo} to {hi}"
