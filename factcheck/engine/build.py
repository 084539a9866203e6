"""From a loaded registry to constraints over dated variables.

- A quantity is time-indexed when a claim made directly on it, or on a sum or
  difference it is part of, has an `as_of`, or it declares a `trend`; its claims
  without `as_of` are dated by their document.
- A claim asserts that its expression lies in its value's interval (counts of people
  snapped to whole numbers; a ratio `a / b` linearised with `b > 0`).
- A relation, and each built-in rule, holds at every date at which one of its
  quantities has a value; undated quantities take their single value there.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from fractions import Fraction

from .. import expr as expr_mod
from .. import units
from ..findings import FactcheckError, Finding, problem as noticed
from ..registry.model import Claim, Registry
from . import constraints, instants, measures, rules
from .constraints import Atom, Constraint, VarKey, interval_atoms, ratio_atoms
from .problem import (  # noqa: F401  (Problem and day_number: build's public names)
    Problem, at_day, day_number, linear_atoms, linear_atoms_of, linear_sides,
)
from .measures import interval_scale as _interval_scale, unit_check  # noqa: F401
from .measures import on_canonical_zero
from .rules import Orders, rule_constraints


# A month or a year has no exact length in days, so "nine months" against 281 days is
# calendar spread, not rounding: durations and dates take no part in `rounding`.
CALENDAR_KINDS = ("duration", "date")


def build(registry: Registry, only: set[str] | None = None, known=None) -> Problem:
    """`only`: build just the constraints on these names (a union of whole groups
    of names, components.py: what they yield does not depend on the rest), with
    `known` = (names, dims, dated) of the whole registry (see known())."""
    with constraints.interned():
        return _build(registry, only, known or _known(registry))


def known(registry: Registry) -> tuple[list[str], dict, set[str]]:
    """The whole registry's quantity names, their dimensions and the dated ones."""
    names = measures.quantity_names(registry)
    return names, measures.infer(registry, names), dated_quantities(registry)


_known = known


def _build(registry: Registry, only: set[str] | None, known) -> Problem:
    names, dims, dated = known
    problem = Problem(dims=dims)
    problem.findings.extend(instants.mixed_zones(registry))
    if only is not None:
        registry = _restricted(registry, only)
        names = [name for name in names if name in only]
    _fill(problem, registry, names, dated)
    return problem


def build_part(registry: Registry, part: Registry, names: list[str], known,
               zones: bool, orders: Orders | None = None) -> Problem:
    """The constraints of `part`: the registry with only the claims and relations on
    a union of whole groups of names (`names`, in the registry's order). `zones`:
    report the registry's mixed timezones too (one part of a split does);
    `orders`: rules.Orders(registry), made once for all the parts."""
    with constraints.interned():
        problem = Problem(dims=known[1])
        if zones:
            problem.findings.extend(instants.mixed_zones(registry))
        _fill(problem, part, names, known[2], orders)
        return problem


def _fill(problem: Problem, registry: Registry, names: list[str], dated: set[str],
          orders: Orders | None = None) -> None:
    for claim in registry.claims:
        constraint = _claim_constraint(claim, problem, dated)
        if constraint is not None:
            problem.constraints.append(constraint)
    problem.constraints.extend(rule_constraints(registry, problem, dated, names, orders))


def _restricted(registry: Registry, only: set[str]) -> Registry:
    """The registry's claims and relations on the names in `only` (and those on no
    name at all); everything else (documents, places, quantities) whole."""
    def kept(tree) -> bool:
        found = expr_mod.names(tree)
        return not found or found[0] in only

    return replace(registry,
                   claims=[c for c in registry.claims if c.expr is None or kept(c.expr)],
                   relations=[r for r in registry.relations
                              if r.comparison is None or kept(r.comparison)])


def dated_quantities(registry: Registry) -> set[str]:
    dated = {c.expr.name for c in registry.claims
             if isinstance(c.expr, expr_mod.Name) and c.as_of is not None}
    # ... or a claim on its sum with others ("killed + missing" as of a day): the parts
    # of a count that changes over time change too (not a ratio's: a population)
    dated |= {name for c in registry.claims if c.as_of is not None and c.expr is not None
              for name in expr_mod.summed(c.expr)}
    dated |= {name for name, info in registry.quantities.items() if info.trend}
    # a quantity named at a date (`x@2023-10-02`) anywhere changes over time
    written = [c.expr for c in registry.claims if c.expr is not None]
    written += [r.comparison for r in registry.relations if r.comparison is not None]
    name_node = expr_mod.Name
    dated |= {tree.name for tree in written if type(tree) is name_node and tree.at is not None}
    dated |= {ref.name for tree in written if type(tree) is not name_node
              for ref in expr_mod.references(tree) if ref.at is not None}
    return dated


def claim_variables(claim: Claim, dated: set[str]) -> dict[str, VarKey] | None:
    """Each name of the claim's expression as a variable at the claim's date (a
    `name@DATE` at its own date); None when a dated name has no date to take."""
    day = day_number(claim.date, claim.document.timezone)
    keys = {}
    for ref in expr_mod.references(claim.expr):
        if ref.at is not None:
            keys[ref.key] = constraints.key(ref.name, at_day(ref.at))
        elif ref.name in dated and day is None:
            return None
        else:
            keys[ref.key] = constraints.key(ref.name, day if ref.name in dated else None)
    return keys


def _claim_constraint(claim: Claim, problem: Problem, dated: set[str]) -> Constraint | None:
    if claim.expr is None or claim.interval is None:
        return None  # already reported by the value or expression check
    if claim.interval.kind in ("count", "duration") and claim.interval.below_zero:
        return None  # reported by the value check; alone it would only repeat it
    keys = claim_variables(claim, dated)
    if keys is None:
        problem.findings.append(noticed("date", f"claim {claim.id!r} is on a quantity that changes over time "
            "but has no date", claim.location, (claim.id,),
            "add `as_of:` to the claim or `published:` to its document"))
        return None
    try:
        atoms, exact, target = claim_atoms(claim, keys, problem.dims)
    except FactcheckError as error:
        problem.findings.append(noticed("unit", error.message,
                                        claim.value_location or claim.location,
                                        (claim.id,), error.hint))
        return None
    return Constraint(f"claim:{claim.id}", "claim", atoms, f"claim {claim.id}",
                      source=claim, exact_atoms=exact, target=target)


def claim_atoms(claim: Claim, keys: dict[str, VarKey], dims: dict):
    """The claim's atoms, its exact-reading atoms (or None) and its linear target."""
    interval = on_canonical_zero(claim.interval)  # 46.6 °C and 115.88 °F: one scale
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
        interval = _days_as_spans(interval, form, dims, scale)
    atoms = make(_snap(interval, whole))
    exact = None
    if interval.exact is not None and interval.kind not in CALENDAR_KINDS:
        exact = make(_snap(interval.exact, whole))
    return atoms, exact, target


def _days_as_spans(interval, form, dims: dict, scale: Fraction):
    """A duration finer than a day set against dates: each date is its whole day
    [00:00, 24:00), so `A.start − B.start` of 'less than 12 hours' with B on Wednesday
    and A on Thursday holds (the difference of the day numbers lies within one day of
    the hours for each date in it). Durations of a day or longer keep day arithmetic."""
    if interval.kind != "duration" or not interval.unit \
            or not rules.shorter_than_a_day(interval.unit):
        return interval
    dated = [coeff for name, coeff in form.coeffs.items() if dims.get(name) == measures.DATE]
    below = sum((c for c in dated if c > 0), Fraction(0)) / scale
    above = sum((-c for c in dated if c < 0), Fraction(0)) / scale
    if not below and not above:
        return interval
    return replace(interval,
                   low=None if interval.low is None else interval.low - below,
                   low_open=interval.low_open or bool(below),
                   high=None if interval.high is None else interval.high + above,
                   high_open=interval.high_open or bool(above))


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
