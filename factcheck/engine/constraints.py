"""Constraints as plain data: linear atoms over variables, independent of z3.

A variable is a quantity at a date (`VarKey`); a constraint is what one claim,
relation or built-in rule asserts, as a conjunction of atoms `sum(c·x) + k  op  0`.
Keeping this layer free of z3 lets the engine split the registry into groups, take a
fast path for one-variable groups and show the arithmetic without a solver.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
from dataclasses import dataclass, field
from fractions import Fraction
from math import lcm

OPS = ("<=", "<", ">=", ">", "==")


# Slotted: a registry of 100,000 claims makes hundreds of thousands of these.
@dataclass(frozen=True, slots=True)
class VarKey:
    name: str
    # day ordinal for a time-indexed value; plus the fraction of the day for an instant
    date: int | Fraction | None = None
    _hash: int = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        # hashed again and again (groups, solver positions): hashed once
        object.__setattr__(self, "_hash", hash((self.name, self.date)))

    def __hash__(self) -> int:
        return self._hash

    def __reduce__(self):  # rebuilt (and hashed) anew, never with a stale hash
        return (_varkey, (self.name, self.date))

    # Ordered by name, then date, an undated value first: one group may hold a
    # time-indexed quantity's undated variable (a relation on it where it has no
    # dated value) beside its dated ones.
    def _order(self) -> tuple:
        return (self.name, self.date is not None, self.date or 0)

    def __lt__(self, other: VarKey) -> bool:  # sorting atoms' terms: kept cheap
        if self.name != other.name:
            return self.name < other.name
        if self.date is None or other.date is None:
            return self.date is None and other.date is not None
        return self.date < other.date

    def __le__(self, other: VarKey) -> bool:
        return self._order() <= other._order()

    def __gt__(self, other: VarKey) -> bool:
        return self._order() > other._order()

    def __ge__(self, other: VarKey) -> bool:
        return self._order() >= other._order()

    def __str__(self) -> str:
        if self.date is None:
            return self.name
        return f"{self.name}@{when_text(self.date)}"


def _varkey(name: str, date) -> VarKey:
    """VarKey(name, date) as unpickling makes it (a cached group's ranges hold
    thousands): set slot by slot, without the frozen class's __setattr__ calls."""
    made = object.__new__(VarKey)
    _set_name(made, name)
    _set_date(made, date)
    _set_hash(made, hash((name, date)))
    return made


_set_name, _set_date, _set_hash = (getattr(VarKey, name).__set__
                                   for name in ("name", "date", "_hash"))


# Variables of the engine's own (a product relation's X and Y: products.py) are
# named with this mark, never a quantity name (`subject.measure`): reports skip them.
AUXILIARY = "~"


def is_auxiliary(name: str) -> bool:
    return name.startswith(AUXILIARY)


# While a build interns them (interned()), one VarKey object per variable: a large
# registry instantiates its rules at many dates, each naming the same variables.
_KEYS: dict | None = None


def key(name: str, date: int | Fraction | None = None) -> VarKey:
    """VarKey(name, date), the same object each time while interned()."""
    if _KEYS is None:
        return VarKey(name, date)
    found = _KEYS.get((name, date))
    if found is None:
        found = _KEYS[(name, date)] = VarKey(name, date)
    return found


@contextlib.contextmanager
def interned():
    global _KEYS
    saved, _KEYS = _KEYS, {}
    try:
        yield
    finally:
        _KEYS = saved


@functools.lru_cache(maxsize=4096)  # a registry speaks of few days, many times
def when_text(day: int | Fraction) -> str:
    """A day ordinal as an ISO date; one with a fraction of a day as a date-time."""
    whole = int(day // 1)
    if day == whole:
        return dt.date.fromordinal(whole).isoformat()
    seconds = round((day - whole) * 86400)
    return (dt.datetime.fromordinal(whole) + dt.timedelta(seconds=seconds)).isoformat()


@dataclass(frozen=True, slots=True)
class Atom:
    """sum(coeff · var) + constant  op  0, with integer coefficients."""

    coeffs: tuple[tuple[VarKey, int], ...]
    constant: int
    op: str
    _variables: tuple = field(init=False, repr=False, compare=False)

    @classmethod
    def make(cls, coeffs: dict[VarKey, Fraction], constant: Fraction, op: str) -> Atom:
        # Integers stay integers: most atoms (rules, whole-number bounds) need no
        # Fraction arithmetic, and building thousands of them is most of `build`.
        pairs = []
        scale = 1
        for key, value in coeffs.items():
            if not value:
                continue
            if type(value) is not int:
                value = _rational(value)
                if type(value) is not int:
                    scale = lcm(scale, value.denominator)
            pairs.append((key, value))
        if type(constant) is not int:
            constant = _rational(constant)
            if type(constant) is not int:
                scale = lcm(scale, constant.denominator)
        if scale != 1:
            pairs = [(k, _scaled(v, scale)) for k, v in pairs]
            constant = _scaled(constant, scale)
        if len(pairs) > 1:
            pairs.sort(key=_first)
        return cls(tuple(pairs), constant, op)

    def __post_init__(self):
        # asked for again and again (groups, rules, solver): made once
        object.__setattr__(self, "_variables", tuple([pair[0] for pair in self.coeffs]))

    def __reduce__(self):
        # A cached group with conflicting sets holds its atoms: rebuilt by one call,
        # not through the state dataclasses give frozen slotted classes (a Python
        # loop over the fields, most of the time spent reading such entries back).
        return (_atom, (self.coeffs, self.constant, self.op))

    @property
    def variables(self) -> tuple[VarKey, ...]:
        return self._variables

    def holds_at(self, values: dict[VarKey, Fraction]) -> bool:
        total = sum(c * values[k] for k, c in self.coeffs) + self.constant
        return {"<=": total <= 0, "<": total < 0, ">=": total >= 0, ">": total > 0,
                "==": total == 0}[self.op]


def _atom(coeffs: tuple, constant: int, op: str) -> Atom:
    """Atom(coeffs, constant, op), as unpickling makes it: slot by slot."""
    made = object.__new__(Atom)
    _set_coeffs(made, coeffs)
    _set_constant(made, constant)
    _set_op(made, op)
    _set_variables(made, tuple([pair[0] for pair in coeffs]))
    return made


_set_coeffs, _set_constant, _set_op, _set_variables = (
    getattr(Atom, name).__set__ for name in ("coeffs", "constant", "op", "_variables"))


def _rational(value) -> int | Fraction:
    """An exact number: a whole Fraction as an int, anything else as a Fraction."""
    if type(value) is not Fraction:
        value = Fraction(value)
    return value.numerator if value.denominator == 1 else value


def _scaled(value: int | Fraction, scale: int) -> int:
    if type(value) is int:
        return value * scale
    return value.numerator * (scale // value.denominator)


def _first(pair: tuple):
    return pair[0]


@dataclass(slots=True)
class Constraint:
    """What one claim, relation or rule asserts, tracked as one unit in conflicts."""

    key: str  # unique inside a run: "claim:fled", "relation:accounting@2023-10-02"
    kind: str  # claim | relation | within | trend | duration
    atoms: list[Atom]
    label: str  # how a report names it
    source: object | None = None  # the Claim or Relation it comes from
    # For claims read with implied precision: the atoms with every bare number exact.
    exact_atoms: list[Atom] | None = None
    target: object | None = None  # the claim's linear form or ratio (nearest values)
    variables: tuple[VarKey, ...] = field(default=())

    def __post_init__(self):
        if not self.variables and len(self.atoms) == 1:
            self.variables = self.atoms[0].variables  # the same tuple: one fewer
        elif not self.variables:
            seen: dict[VarKey, None] = {}
            for atom in self.atoms:
                for key in atom.variables:
                    seen.setdefault(key)
            self.variables = tuple(seen)

    @property
    def claim(self):
        return self.source if self.kind == "claim" else None


def interval_atoms(coeffs: dict[VarKey, Fraction], constant: Fraction, interval,
                   scale: Fraction) -> list[Atom]:
    """Atoms saying `expression ∈ interval`, the interval's bounds times `scale`."""
    atoms = []
    if interval.low is not None:
        bound = _times(interval.low, scale)
        atoms.append(Atom.make(coeffs, constant - bound if constant else -bound,
                               ">" if interval.low_open else ">="))
    if interval.high is not None:
        bound = _times(interval.high, scale)
        atoms.append(Atom.make(coeffs, constant - bound if constant else -bound,
                               "<" if interval.high_open else "<="))
    return atoms


def _times(value: Fraction, scale: Fraction) -> int | Fraction:
    """value · scale, as an int when both are whole (most bounds: counts of people)."""
    if scale == 1 and value.denominator == 1:
        return value.numerator
    return value * scale


def ratio_atoms(num: tuple[dict, Fraction], den: tuple[dict, Fraction], interval,
                scale: Fraction) -> list[Atom]:
    """`num / den ∈ interval` linearised with `den > 0`: lo·den ≤ num ≤ hi·den."""
    (n_coeffs, n_const), (d_coeffs, d_const) = num, den
    atoms = [Atom.make(d_coeffs, d_const, ">")]

    def num_minus(bound: Fraction):
        coeffs = dict(n_coeffs)
        for key, value in d_coeffs.items():
            coeffs[key] = coeffs.get(key, 0) - bound * value
        return coeffs, n_const - bound * d_const

    if interval.low is not None:
        coeffs, const = num_minus(interval.low * scale)
        atoms.append(Atom.make(coeffs, const, ">" if interval.low_open else ">="))
    if interval.high is not None:
        coeffs, const = num_minus(interval.high * scale)
        atoms.append(Atom.make(coeffs, const, "<" if interval.high_open else "<="))
    return atoms
