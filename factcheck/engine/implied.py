"""Implied ranges: what the registry as a whole allows each quantity, in the unit
its claims use ("given every claim, between 100,001 and 132,000 people can have
left"), people counts as whole numbers, time-indexed quantities keyed name@date."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from .. import units
from .. import expr
from ..findings import FactcheckError
from ..interval import format_number, ordinal_to_iso, unit_label
from .constraints import VarKey
from .measures import DATE, resolve_unit
from .results import GroupResult

CANONICAL_UNIT = {units.POPULATION: "person", units.HOUSEHOLD: "household", units.TIME: "day",
                  (("[length]", 1),): "meter", (("[mass]", 1),): "kilogram"}


@dataclass(frozen=True)
class Range:
    """An implied range, in the canonical unit of its quantity, for reports."""

    key: VarKey
    low: Fraction | None
    high: Fraction | None
    low_open: bool
    high_open: bool
    unit: str | None
    is_date: bool = False

    def describe(self) -> str:
        if self.is_date:
            lo = "…" if self.low is None else ordinal_to_iso(self.low)
            hi = "…" if self.high is None else ordinal_to_iso(self.high)
            return lo if lo == hi else f"{lo} to {hi}"
        lo = "−∞" if self.low is None else format_number(self.low)
        hi = "∞" if self.high is None else format_number(self.high)
        text = ("(" if self.low_open or self.low is None else "[") + f"{lo}, {hi}" + (
            ")" if self.high_open or self.high is None else "]")
        return f"{text} {unit_label(self.unit)}" if self.unit else text

    def to_json(self) -> dict:
        if self.is_date:
            low = None if self.low is None else ordinal_to_iso(self.low)
            high = None if self.high is None else ordinal_to_iso(self.high)
        else:  # (no function made and called per range: a report has 100,000)
            low, high = self.low, self.high
            if low is not None:
                low = int(low) if low.denominator == 1 else float(low)
            if high is not None:
                high = int(high) if high.denominator == 1 else float(high)
        return {"low": low, "high": high, "low_open": self.low_open,
                "high_open": self.high_open, "unit": "day" if self.is_date else self.unit}


def canonical_unit(dim) -> str | None:
    if dim == units.DIMENSIONLESS:
        return None
    if len(dim) == 1 and dim[0][0].startswith("[currency_"):
        return dim[0][0][len("[currency_"):-1]
    return CANONICAL_UNIT.get(dim, units.describe_dimension(dim))


def ranges(results: list[GroupResult], dims: dict,
           display: dict[str, tuple[str, Fraction]] | None = None) -> list[Range]:
    """Implied ranges, each in the unit its claims use (`display`: name -> (unit,
    factor to canonical)), else in the canonical unit of its dimension."""
    display = display or {}
    out = []
    canonical: dict = {}  # each dimension's unit, found once (a registry has a few)
    for result in results:
        for key, bound in result.ranges.items():
            dim = dims.get(key.name, units.DIMENSIONLESS)
            unit, factor = display.get(key.name, (None, None))
            shown = resolve_unit(unit) if unit is not None else None
            if shown is None or shown.dimension != dim:
                # no claim's unit, or one of another dimension (its unit finding says
                # so): 40 people are never shown as 960 hours
                if dim not in canonical:
                    canonical[dim] = canonical_unit(dim)
                unit, factor, shown = canonical[dim], _ONE, None
            low, high = _per(bound.low, factor), _per(bound.high, factor)
            if shown is not None and shown.offset:  # 319.75 K is shown as 46.6 °C
                low, high = (None if v is None else v - shown.offset for v in (low, high))
            out.append(_range(key, low, high, bound.low_open, bound.high_open,
                              unit, dim == DATE))
    out.sort(key=_order)
    return out


_ONE = Fraction(1)


def _order(found: Range) -> tuple:
    return (found.key.name, found.key.date or 0)


def _range(key, low, high, low_open, high_open, unit, is_date) -> Range:
    """Range(...), its fields set at once: a frozen dataclass's __init__ sets each
    through object.__setattr__, and a report of 100,000 claims has as many ranges."""
    made = object.__new__(Range)
    made.__dict__.update(key=key, low=low, high=high, low_open=low_open,
                         high_open=high_open, unit=unit, is_date=is_date)
    return made


def _per(value, factor: Fraction) -> Fraction | None:
    """value / factor as a Fraction; most ranges are people in people, and a
    Fraction divided by 1 costs a gcd for nothing."""
    if value is None:
        return None
    if factor == 1 and type(value) is Fraction:
        return value
    return value / factor


def unranged_note(results: list[GroupResult]) -> list[str]:
    """A note for the groups that agree but whose ranges were not found in time: no
    finding (nothing in the registry is wrong), but no silent gap in the report."""
    unranged = [r for r in results if r.known == "agree, unranged"]
    if not unranged:
        return []
    first = [c.source.id for r in unranged for c in r.constraints if c.kind == "claim"]
    return [f"The claims of {len(unranged)} group(s) agree, but the solver ran out of time "
            "before it found the ranges they imply (claims "
            + ", ".join(first[:10]) + (", ..." if len(first) > 10 else "") + ")"]


def display_units(registry) -> dict[str, tuple[str, Fraction]]:
    """Each quantity's implied range is shown in the unit its first claim uses
    (hours stay hours), people in people: name -> (unit, factor to canonical)."""
    chosen: dict[str, tuple[str, Fraction]] = {}
    for claim in registry.claims:
        interval = claim.interval
        if not isinstance(claim.expr, expr.Name) or interval is None or not interval.unit \
                or interval.kind == "date" or claim.expr.name in chosen:
            continue
        try:  # (resolve_unit: remembered, a registry names a few units 100,000 times)
            chosen[claim.expr.name] = (interval.unit, resolve_unit(interval.unit).factor)
        except FactcheckError:
            continue
    return chosen
