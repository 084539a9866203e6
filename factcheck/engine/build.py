"""From a loaded registry to constraints over dated variables.

- A quantity is time-indexed when a claim made directly on it has an `as_of`, or it
  declares a `trend`; its claims without `as_of` are dated by their document.
- A claim asserts that its expression lies in its value's interval (counts of people
  snapped to whole numbers; a ratio `a / b` linearised with `b > 0`).
- A relation, and each built-in rule, holds at every date at which one of its
  quantities has a value; undated quantities take their single value there.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from fractions import Fraction

from .. import expr as expr_mod
from .. import units
from ..findings import FactcheckError, Finding
from ..registry.model import Claim, Registry
from . import constraints, measures
from .constraints import Atom, Constraint, VarKey, interval_atoms, ratio_atoms


# A month or a year has no exact length in days, so "nine months" against 281 days is
# calendar spread, not rounding: durations and dates take no part in `rounding`.
CALENDAR_KINDS = ("duration", "date")


@dataclass
class Problem:
    constraints: list[Constraint] = field(default_factory=list)
    dims: dict[str, units.Dimension] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)

    def integer_vars(self) -> set[VarKey]:
        whole = (units.POPULATION, measures.DATE)
        return {k for c in self.constraints for k in c.variables if self.dims.get(k.name) in whole}

    def floor_zero(self) -> set[VarKey]:
        return {k for c in self.constraints for k in c.variables
                if self.dims.get(k.name) in (units.POPULATION, units.TIME)}


def day_number(value: dt.date | dt.datetime | None) -> int | Fraction | None:
    """A date's day ordinal; a date-time is an instant: the ordinal plus the fraction
    of its day gone (values at two hours of one day are two values in time)."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        since = value - value.replace(hour=0, minute=0, second=0, microsecond=0)
        return value.toordinal() + Fraction(int(since.total_seconds()), 86400)
    return value.toordinal()


def build(registry: Registry) -> Problem:
    with constraints.interned():
        return _build(registry)


def _build(registry: Registry) -> Problem:
    names = measures.quantity_names(registry)
    problem = Problem(dims=measures.infer(registry, names))
    dated = _dated_quantities(registry)
    for claim in registry.claims:
        constraint = _claim_constraint(claim, problem, dated)
        if constraint is not None:
            problem.constraints.append(constraint)
    from .rules import rule_constraints  # relations and built-in rules

    problem.constraints.extend(rule_constraints(registry, problem, dated, names))
    return problem


def _dated_quantities(registry: Registry) -> set[str]:
    dated = {c.expr.name for c in registry.claims
             if isinstance(c.expr, expr_mod.Name) and c.as_of is not None}
    dated |= {name for name, info in registry.quantities.items() if info.trend}
    return dated


def claim_variables(claim: Claim, dated: set[str]) -> dict[str, VarKey] | None:
    """Each name of the claim's expression as a variable at the claim's date."""
    day = day_number(claim.date)
    keys = {}
    for name in expr_mod.names(claim.expr):
        if name in dated and day is None:
            return None
        keys[name] = constraints.key(name, day if name in dated else None)
    return keys


def _claim_constraint(claim: Claim, problem: Problem, dated: set[str]) -> Constraint | None:
    if claim.expr is None or claim.interval is None:
        return None  # already reported by the value or expression check
    if claim.interval.kind in ("count", "duration") and claim.interval.below_zero:
        return None  # reported by the value check; alone it would only repeat it
    keys = claim_variables(claim, dated)
    if keys is None:
        problem.findings.append(Finding(
            "date", "error", f"claim {claim.id!r} is on a quantity that changes over time "
            "but has no date", claim.location, (claim.id,),
            "add `as_of:` to the claim or `published:` to its document"))
        return None
    try:
        atoms, exact, target = claim_atoms(claim, keys, problem.dims)
    except FactcheckError as error:
        problem.findings.append(Finding("unit", "error", error.message,
                                        claim.value_location or claim.location,
                                        (claim.id,), error.hint))
        return None
    return Constraint(f"claim:{claim.id}", "claim", atoms, f"claim {claim.id}",
                      source=claim, exact_atoms=exact, target=target)


def claim_atoms(claim: Claim, keys: dict[str, VarKey], dims: dict):
    """The claim's atoms, its exact-reading atoms (or None) and its linear target."""
    interval = claim.interval
    scale, whole = _interval_scale(claim, dims)
    form = expr_mod.linear_form(claim.expr)
    if isinstance(form, expr_mod.Ratio):
        num, den = _keyed(form.numerator, keys), _keyed(form.denominator, keys)
        make = lambda iv: ratio_atoms(num, den, iv, scale)  # noqa: E731
        target = ("ratio", num, den, scale)
    else:
        coeffs, const = _keyed(form, keys)
        make = lambda iv: interval_atoms(coeffs, const, iv, scale)  # noqa: E731
        target = ("linear", coeffs, const, scale)
    atoms = make(_snap(interval, whole))
    exact = None
    if interval.exact is not None and interval.kind not in CALENDAR_KINDS:
        exact = make(_snap(interval.exact, whole))
    return atoms, exact, target


def _snap(interval, whole: bool):
    if not whole:
        return interval
    snapped = interval.snapped_to_integers()
    if snapped is None:  # no whole number inside: the claim cannot hold
        from ..interval import Interval

        return Interval(Fraction(1), Fraction(0), unit=interval.unit, kind=interval.kind)
    return snapped


def _keyed(form, keys: dict[str, VarKey]) -> tuple[dict[VarKey, Fraction], Fraction]:
    return {keys[name]: coeff for name, coeff in form.coeffs.items()}, form.constant


def _interval_scale(claim: Claim, dims: dict) -> tuple[Fraction, bool]:
    """The factor from the value's unit to the canonical unit, and whether the
    interval is a count of people (snapped to whole numbers)."""
    expr_dim = expr_mod.dimension_of(claim.expr, dims)
    interval = claim.interval
    if interval.kind == "date":
        if expr_dim != measures.DATE:
            raise FactcheckError(
                f"the value is a date but {claim.quantity!r} measures "
                f"{units.describe_dimension(expr_dim)}",
                hint="put dates on an event's `.start` or `.end`")
        return Fraction(1), False
    if interval.unit is None:
        if expr_dim in (units.POPULATION, units.DIMENSIONLESS):
            whole = expr_dim == units.POPULATION and isinstance(claim.expr, expr_mod.Name)
            if interval.kind == "fraction" and expr_dim == units.POPULATION:
                raise FactcheckError(
                    f"{claim.value_text!r} is a share, but {claim.quantity!r} counts people",
                    hint="put shares on a ratio, e.g. `quantity: x.departed / x.population`")
            return Fraction(1), whole
        raise FactcheckError(
            f"{claim.value_text!r} has no unit, but {claim.quantity!r} measures "
            f"{units.describe_dimension(expr_dim)}", hint="write the unit, e.g. '40 hours'")
    unit = measures.resolve_unit(interval.unit)
    if unit.dimension != expr_dim:
        raise FactcheckError(
            f"{claim.value_text!r} is in {units.describe_dimension(unit.dimension)}, but "
            f"{claim.quantity!r} measures {units.describe_dimension(expr_dim)}",
            hint="check the quantity name or the unit of the value")
    whole = unit.dimension == units.POPULATION and isinstance(claim.expr, expr_mod.Name)
    return unit.factor, whole


def linear_atoms(comparison, keys: dict[str, VarKey]) -> list[Atom]:
    """A relation `left op right` as one atom `left - right op 0`."""
    return linear_atoms_of(linear_sides(comparison), comparison.op, keys)


def linear_sides(comparison) -> tuple:
    """Both sides of a relation as linear forms (FactcheckError for a ratio)."""
    left = expr_mod.linear_form(comparison.left)
    right = expr_mod.linear_form(comparison.right)
    if isinstance(left, expr_mod.Ratio) or isinstance(right, expr_mod.Ratio):
        raise FactcheckError("a relation must be linear: multiply out the division",
                             hint="write `a <= 0.5 * b` rather than `a / b <= 0.5`")
    return left, right


def linear_atoms_of(sides: tuple, op: str, keys: dict[str, VarKey]) -> list[Atom]:
    """linear_atoms with the sides' linear forms already made (one relation holds at
    many dates)."""
    left, right = sides
    coeffs = {keys[n]: c for n, c in left.coeffs.items()}
    for name, coeff in right.coeffs.items():
        coeffs[keys[name]] = coeffs.get(keys[name], 0) - coeff
    return [Atom.make(coeffs, left.constant - right.constant, op)]
