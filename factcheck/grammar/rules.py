"""The arithmetic of qualifier rules: from what was written to an Interval.

An `Amount` is what a quantity phrase says before any qualifier: nominal low and
high (equal for a single number), the bare precision of a single number, its unit
and kind. `bare` reads it with no qualifier; `apply` applies one rule of the phrase
table ("estimate", "above", ...). Qualifiers work on the nominal value, so "more
than half" is (0.5, 1], not (0.45, 1].
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from fractions import Fraction

from ..findings import FactcheckError
from ..interval import Interval

ZERO, ONE = Fraction(0), Fraction(1)
TEN_PERCENT = Fraction(1, 10)
NEARLY = Fraction(9, 10)
# Kinds that cannot go below zero: "fewer than 1,500" starts at 0.
NON_NEGATIVE = ("count", "duration", "fraction", "percent", "money", "ratio")


@dataclass(frozen=True)
class Amount:
    low: Fraction
    high: Fraction
    low_open: bool = False
    high_open: bool = False
    precision: Fraction = ZERO  # bare precision of a single number, by its kind
    unit: str | None = None
    kind: str = "count"
    single: bool = True  # one written number (not a range, vague word, proportion)
    age: bool = False  # "35-year-old": a floor, [35, 36)
    label: str | None = None  # the vague or proportion phrase, as a qualifier

    @property
    def is_fraction(self) -> bool:
        return self.kind == "fraction"


def bare(amount: Amount) -> Interval:
    """The amount read with no qualifier."""
    if amount.age:
        return _interval(amount, amount.low, amount.high + 1, False, True)
    if amount.single and amount.precision:
        p = amount.precision
        exact = _interval(amount, amount.low, amount.high, False, False)
        read = _interval(amount, amount.low - p, amount.high + p, False, False)
        return _with_exact(read, exact)
    return _interval(amount, amount.low, amount.high, amount.low_open, amount.high_open,
                     qualifier=amount.label)


def apply(rule: str, amount: Amount, qualifier: str,
          tolerance: Fraction = TEN_PERCENT, whole: bool = False) -> Interval:
    """The amount under a qualifier rule of the phrase table; `tolerance` is the
    table's estimate tolerance (10 % unless a user's table or config says); `whole`:
    the amount counts whole things (people, households, a bare count of them)."""
    low, high = amount.low, amount.high
    top = ONE if amount.is_fraction else None
    floor = ZERO if _non_negative(amount) and high >= 0 else None
    if rule == "estimate":
        return _estimate(amount, qualifier, tolerance)
    shapes = {
        "above": (low, top, True, False),
        "at_least": (low, top, False, False),
        "below": (floor, high, False, True),
        "at_most": (floor, high, False, False),
        "nearly": (_nearly(amount, whole) if low >= 0 else low, high, False, True),
        "exactly": (low, high, False, False),
    }
    if rule not in shapes:
        raise FactcheckError(f"unknown qualifier rule {rule!r}")
    lo, hi, lo_open, hi_open = shapes[rule]
    if lo is not None and hi is not None and lo > hi:
        raise FactcheckError(f"{qualifier!r} leaves no possible value here")
    return _interval(amount, lo, hi, lo_open, hi_open, qualifier=qualifier)


def _nearly(amount: Amount, whole: bool) -> Fraction:
    """The low end of "nearly N": 0.9 N, and for a count of fewer than ten whole things
    at least the whole number below N ("nearly 5 people" is 4: [4.5, 5) holds no whole
    person, and verify would call the one claim a contradiction)."""
    low = amount.low * NEARLY
    if whole and amount.low.denominator == 1 and amount.low >= 1:
        return min(low, amount.low - 1)
    return low


def _non_negative(amount: Amount) -> bool:
    """Counts, durations, money ... and measures (lengths, masses, data), not
    temperatures: "up to 32GB" is [0, 32], "up to 41C" has no floor."""
    if amount.kind in NON_NEGATIVE:
        return True
    return amount.kind == "other" and amount.unit is not None \
        and not amount.unit.startswith("degree_")


def _estimate(amount: Amount, qualifier: str, tolerance: Fraction) -> Interval:
    """± the larger of the bare precision and the tolerance (10 %) of each end."""
    p = amount.precision if amount.single else ZERO

    def widen(precision: Fraction) -> Interval:
        low = amount.low - max(precision, abs(amount.low) * tolerance)
        high = amount.high + max(precision, abs(amount.high) * tolerance)
        return _interval(amount, low, high, False, False, qualifier=qualifier)

    return _with_exact(widen(p), widen(ZERO))


def _interval(amount: Amount, low, high, low_open, high_open, qualifier=None) -> Interval:
    if amount.is_fraction:
        low, high, low_open, high_open = _clip01(low, high, low_open, high_open)
    kind = "duration" if amount.age else amount.kind
    unit = "year" if amount.age and amount.unit is None else amount.unit
    return Interval(low, high, low_open, high_open, unit=unit, kind=kind,
                    qualifier=qualifier)


def _clip01(low, high, low_open, high_open):
    """Fractions of a whole stay within [0, 1]."""
    if low is None or low < 0:
        low, low_open = ZERO, False
    if high is None or high > 1:
        high, high_open = ONE, False
    return low, high, low_open, high_open


def _with_exact(read: Interval, exact: Interval) -> Interval:
    """Attach the exact reading when it differs from the one with precision."""
    same = (read.low, read.high, read.low_open, read.high_open) == (
        exact.low, exact.high, exact.low_open, exact.high_open)
    return read if same else replace(read, exact=exact)
