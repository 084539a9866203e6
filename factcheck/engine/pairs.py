"""Conflicting pairs found in Python before MARCO starts (solver.all_conflicts).

Most minimal conflicting sets in reporting are two claims about one quantity on one
day whose ranges do not meet ("12,000 fled" against "about 47,000 fled"). Each such
pair costs MARCO a seed, a shrink and a map question of z3; read exactly from the
constraints' intervals it costs a comparison. A pair is reported only when it is
proved minimal: each member alone leaves its variable a value (floors, the calendar
and whole numbers included), and the two together leave none. Every other set is
still found by MARCO, which starts with these pairs blocked.
"""

from __future__ import annotations

from fractions import Fraction
from math import ceil, floor

# (low, low_open, high, high_open); None for an end that is not bounded
Interval = tuple


def disjoint_pairs(atoms_lists: list, position: dict, whole: list[bool], floor_at: list[int],
                   calendar_at: dict, limit: int) -> list[list[int]]:
    """Pairs [i, j] (i < j) of constraints, each on one variable alone, that conflict
    minimally; at most `limit`."""
    floors = set(floor_at)
    by_variable: dict[int, list[tuple[int, Interval]]] = {}
    for i, atoms in enumerate(atoms_lists):
        variable = _sole_variable(atoms, position)
        if variable is None:
            continue
        interval = _interval(atoms)
        if variable in floors:
            interval = _meet(interval, (0, False, None, False))
        if variable in calendar_at:
            first, last = calendar_at[variable]
            interval = _meet(interval, (first, False, last, False))
        if _has_value(interval, whole[variable]):
            by_variable.setdefault(variable, []).append((i, interval))
    pairs = []
    for variable, members in by_variable.items():
        for a, (i, first) in enumerate(members):
            for j, second in members[a + 1:]:
                if not _has_value(_meet(first, second), whole[variable]):
                    pairs.append([i, j])
                    if len(pairs) >= limit:
                        return sorted(pairs)
    return sorted(pairs)


def _sole_variable(atoms, position: dict) -> int | None:
    """The position of the one variable every atom speaks of (None: several, none)."""
    keys = {key for atom in atoms for key, _ in atom.coeffs}
    if len(keys) != 1 or any(len(atom.coeffs) != 1 for atom in atoms):
        return None
    return position[keys.pop()]


def _interval(atoms) -> Interval:
    """The values `c·x + k op 0` leaves x, over every atom."""
    interval: Interval = (None, False, None, False)
    for atom in atoms:
        ((_, coeff),) = atom.coeffs
        value = Fraction(-atom.constant, coeff)
        op = atom.op if coeff > 0 else _FLIPPED[atom.op]
        if op == "==":
            interval = _meet(interval, (value, False, value, False))
        elif op in ("<=", "<"):
            interval = _meet(interval, (None, False, value, op == "<"))
        else:
            interval = _meet(interval, (value, op == ">", None, False))
    return interval


_FLIPPED = {"<=": ">=", "<": ">", ">=": "<=", ">": "<", "==": "=="}


def _meet(a: Interval, b: Interval) -> Interval:
    low, low_open = _higher_low(a[0], a[1], b[0], b[1])
    high, high_open = _lower_high(a[2], a[3], b[2], b[3])
    return (low, low_open, high, high_open)


def _higher_low(x, x_open, y, y_open):
    if x is None:
        return y, y_open
    if y is None or x > y:
        return x, x_open
    if y > x:
        return y, y_open
    return x, x_open or y_open


def _lower_high(x, x_open, y, y_open):
    if x is None:
        return y, y_open
    if y is None or x < y:
        return x, x_open
    if y < x:
        return y, y_open
    return x, x_open or y_open


def _has_value(interval: Interval, whole: bool) -> bool:
    """Whether some number (a whole one if `whole`) lies in the interval."""
    low, low_open, high, high_open = interval
    if whole:
        if low is not None:
            low, low_open = (floor(low) + 1 if low_open else ceil(low)), False
        if high is not None:
            high, high_open = (ceil(high) - 1 if high_open else floor(high)), False
    if low is None or high is None:
        return True
    if low < high:
        return True
    return low == high and not low_open and not high_open
