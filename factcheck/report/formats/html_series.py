"""What the HTML report charts: per quantity, each claim's interval and the implied
ranges, in one unit, and whether the claim is in a conflict.

A quantity is what a claim's `quantity:` names, a ratio included
("karabakh.departed / karabakh.population"), or a quantity the registry implies a
range for without a claim on it. Bounds are floats here: they only place marks.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from fractions import Fraction

from ... import units
from ...engine.build import day_number
from ...engine.problem import at_day
from ...expr.nodes import BinOp, Name
from ...findings import FactcheckError
from ...interval import Interval
from ..value import Report
from .grouped import quantity_of

# Findings that say claims cannot all hold: their claims are marked on the charts.
CONFLICT_RULES = ("inconsistency", "disagreement", "trend", "date")


@dataclass(frozen=True)
class Bar:
    """One interval to draw: a claim's, or an implied range's."""

    low: float | None  # None: unbounded
    high: float | None
    low_open: bool
    high_open: bool
    date: float | None = None  # the day it speaks of, on a timeline
    claim: object | None = None  # registry.model.Claim; None for an implied range
    mark: str = ""  # "conflict", "rounding", "unchecked" or ""


@dataclass(frozen=True)
class Change:
    """A claim about how a quantity changed between two dates ("doubled in a week":
    `S.x@D2 / S.x@D1`, "rose by 5,000": `S.x@D2 - S.x@D1`), drawn on the quantity's
    timeline as a bracket from the earlier date to the later."""

    claim: object  # registry.model.Claim
    start: float  # day numbers, start < stop
    stop: float
    mark: str = ""


@dataclass
class Series:
    name: str  # as shown and in data-quantity
    is_date: bool = False
    unit: str | None = None
    claims: list[Bar] = field(default_factory=list)
    implied: list[Bar] = field(default_factory=list)
    trend: str | None = None
    changes: list[Change] = field(default_factory=list)

    def days(self) -> list[float]:
        """Every day the chart speaks of, in order."""
        days = {b.date for b in self.claims + self.implied if b.date is not None}
        days.update(day for c in self.changes for day in (c.start, c.stop))
        return sorted(days)

    @property
    def timeline(self) -> bool:
        """A quantity seen at two dates or more is drawn against time."""
        return len(self.days()) > 1

    @property
    def conflict(self) -> bool:
        return any(b.mark == "conflict" for b in self.claims)

    @property
    def unchecked(self) -> bool:
        return all(b.mark == "unchecked" for b in self.claims)

    def bars(self) -> list[Bar]:
        return self.claims + self.implied


def marks(report: Report) -> dict[str, str]:
    """claim id -> "conflict" or "rounding", for claims that findings name."""
    out: dict[str, str] = {}
    for finding in report.findings:
        if finding.severity not in ("error", "warning"):
            continue
        kind = "conflict" if finding.rule in CONFLICT_RULES else (
            "rounding" if finding.rule == "rounding" else "")
        for claim_id in finding.claims if kind else ():
            if out.get(claim_id) != "conflict":
                out[claim_id] = kind
    return out


def series(report: Report) -> list[Series]:
    """One series per quantity: those with a conflict first, then those whose claims
    are checked, then the rest, each by name."""
    marked = marks(report)
    by_name: dict[str, Series] = {}
    for claim in report.registry.claims:
        if claim.interval is None:
            continue
        name = quantity_of(claim)
        one = by_name.setdefault(name, Series(name, claim.interval.kind == "date"))
        bar = _claim_bar(claim, one, marked.get(claim.id) or (
            "" if report.is_checked(claim.id) else "unchecked"))
        if bar is not None:
            one.claims.append(bar)
        _add_change(claim, by_name, marked.get(claim.id, ""))
    for found in report.ranges:
        one = by_name.setdefault(found.key.name, Series(found.key.name, found.is_date))
        one.unit = one.unit or found.unit
        one.implied.append(Bar(_float(found.low), _float(found.high), found.low_open,
                               found.high_open, _float(found.key.date)))
    for name, info in report.registry.quantities.items():
        if info.trend and name in by_name:
            by_name[name].trend = info.trend
    for one in by_name.values():
        _date_the_undated(one)
    return sorted(by_name.values(), key=lambda s: (not s.conflict, s.unchecked, s.name))


def _claim_bar(claim, one: Series, mark: str) -> Bar | None:
    """The claim's interval in the series' unit (the first claim's): hours stay
    hours; a claim whose unit cannot be converted is left out (its unit finding
    says why)."""
    interval: Interval = claim.interval
    convert = Fraction  # into the series' unit; 46.6 °C beside 115.88 °F goes through K
    if interval.unit and interval.kind != "date":
        try:
            unit = units.resolve(interval.unit)
            if one.unit is None:
                one.unit = interval.unit
            base = units.resolve(one.unit)
        except FactcheckError:
            return None
        if unit.dimension != base.dimension:
            return None
        convert = lambda v: base.from_canonical(unit.to_canonical(Fraction(v)))  # noqa: E731
    date = _day(claim.date) if _is_dated(claim) else None
    return Bar(_converted(interval.low, convert), _converted(interval.high, convert),
               interval.low_open, interval.high_open, date, claim, mark)


def _converted(value, convert) -> float | None:
    return None if value is None else float(convert(value))


def _add_change(claim, by_name: dict[str, Series], mark: str) -> None:
    """A change claim also goes on its quantity's timeline, as a bracket."""
    found = change_span(claim)
    if found is None:
        return
    name, start, stop = found
    one = by_name.setdefault(name, Series(name))
    one.changes.append(Change(claim, start, stop, mark))


def change_span(claim) -> tuple[str, float, float] | None:
    """(quantity, earlier day, later day) when the claim compares one quantity at two
    dates (`x@D2 / x@D1` or `x@D2 - x@D1`); a side without `@` speaks of the claim's
    own date. None for any other claim."""
    expr = claim.expr
    if not isinstance(expr, BinOp) or expr.op not in "/-":
        return None
    sides = (expr.left, expr.right)
    if not all(isinstance(side, Name) for side in sides) or sides[0].name != sides[1].name:
        return None
    days = [_at(side.at) if side.at is not None else _day(claim.date) for side in sides]
    if None in days or days[0] == days[1]:
        return None  # the `value` rule names a change with one date twice
    return sides[0].name, min(days), max(days)


def _at(text: str) -> float | None:
    try:
        return _float(at_day(text))
    except ValueError:  # the loader has reported the date already
        return None


def _is_dated(claim) -> bool:
    return claim.as_of is not None


def _date_the_undated(one: Series) -> None:
    """On a quantity with dated claims, a claim without `as_of` speaks of its
    document's date."""
    if any(b.date is not None for b in one.claims):
        one.claims = [b if b.date is not None else replace(b, date=_day(b.claim.date))
                      for b in one.claims]


def _day(when) -> float | None:
    return None if when is None else _float(day_number(when))


def _float(value) -> float | None:
    return None if value is None else float(Fraction(value))
