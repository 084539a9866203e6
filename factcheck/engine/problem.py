"""The problem the engine solves: constraints over dated variables, what each
quantity measures, and what building them noticed; and relations as linear atoms
(shared by the claims' builder and the rules')."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from fractions import Fraction

from .. import expr as expr_mod
from .. import units
from ..findings import FactcheckError, Finding
from . import instants, measures
from .constraints import Atom, Constraint, VarKey


@dataclass
class Problem:
    constraints: list[Constraint] = field(default_factory=list)
    dims: dict[str, units.Dimension] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)

    def integer_vars(self) -> set[VarKey]:
        whole = (*units.COUNTS, measures.DATE)
        return {k for c in self.constraints for k in c.variables if self.dims.get(k.name) in whole}

    def floor_zero(self) -> set[VarKey]:
        return {k for c in self.constraints for k in c.variables
                if self.dims.get(k.name) in (*units.COUNTS, units.TIME)}



def day_number(value: dt.date | dt.datetime | None,
               timezone: str | None = None) -> int | Fraction | None:
    """A date's day ordinal; a date-time is an instant (in UTC when it has an offset
    or a timezone): the ordinal plus the fraction of its day gone."""
    return instants.day_number(value, timezone)


def at_day(text: str) -> int | Fraction:
    """The day number of `name@DATE`'s date (a date-time: an instant in its day)."""
    if "T" in text:
        return day_number(dt.datetime.fromisoformat(text))
    return day_number(dt.date.fromisoformat(text))


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
