"""Points that prove, in Python, what z3 would otherwise be asked (ranges.py).

Most groups agree, and their implied ranges are the ends bound propagation proposes.
What z3 proves of them there is that some solution reaches the ends: all lower ends
at once, then all upper ends at once. A point that satisfies every constraint, read
exactly with fractions, proves as much: here one is built greedily (the wanted ends
fixed, then every other variable set to an end of what is left to it, propagation
narrowing the rest after each choice) and checked exactly. Nothing is assumed of
the point: when the greedy choice fails, or the point breaks any constraint, the
answer is None and z3 is asked as before. That no solution goes beyond an end
follows from propagation being sound (each bound holds in every solution).
"""

from __future__ import annotations

from fractions import Fraction

from .propagate import Bounds, Row, settle
from .propagate import made_whole


class Group:
    """One group's rows and what every point must satisfy, for point()."""

    def __init__(self, rows: list[Row], rows_with: list[list[int]], whole: list[bool],
                 found: Bounds, calendar: dict[int, tuple[int, int]], accept):
        self.rows, self.rows_with, self.whole = rows, rows_with, whole
        self.found = found  # the propagated bounds, never changed here
        self.calendar = calendar  # position -> (first, last) day a date may be
        self.accept = accept  # accept(point): whether it satisfies everything, exactly
        self._start: Bounds | None = None  # found, narrowed to the calendar

    def point(self, fixed: dict[int, int | Fraction]) -> list | None:
        """A point with the `fixed` values (positions) that `accept` accepts, as far
        as the greedy choice finds one; None if it does not. First every other
        variable at once at an end of what the fixed ones leave it (usually enough,
        and cheap), then one variable at a time, propagating after each."""
        start = self._start
        if start is None:  # (the same for every point of the group: made once)
            start = self._start = _copy(self.found)
            for i, (first, last) in self.calendar.items():
                _narrow(start, i, first, last)
        bounds = _copy(start)
        if fixed and not self._settle_all(bounds, fixed):
            return None
        at_once = [_choice(bounds, i, self.whole[i]) for i in range(len(bounds.low))]
        if None not in at_once and self.accept(at_once):
            return at_once
        point = self._one_by_one(bounds, fixed)
        return point if point is not None and self.accept(point) else None

    def _settle_all(self, bounds: Bounds, fixed: dict) -> bool:
        """Fix every variable of `fixed` at its value, then propagate once."""
        queue: dict[int, None] = {}
        for i, value in fixed.items():
            if not _fits(bounds, i, value):
                return False
            bounds.low[i] = bounds.high[i] = value
            bounds.low_open[i] = bounds.high_open[i] = False
            queue.update(dict.fromkeys(self.rows_with[i]))
        settle(self.rows, self.rows_with, bounds, self.whole, list(queue))
        return not bounds.empty

    def _one_by_one(self, bounds: Bounds, fixed: dict) -> list | None:
        for i in range(len(bounds.low)):
            if i in fixed:
                continue
            value = _choice(bounds, i, self.whole[i])
            if value is None or not _settle_at(self, bounds, i, value):
                return None
        return list(bounds.low)


def holds(point: list, atoms_lists, position: dict, is_whole, floor: list[int],
          calendar: dict[int, tuple[int, int]]) -> bool:
    """Whether the point satisfies every atom exactly, every floor, every date's
    calendar and every whole-number variable (those an equality makes whole too,
    as the solver is told)."""
    return holds_compiled(point, [compiled(atoms, position, is_whole) for atoms in atoms_lists],
                          floor, calendar)


def compiled(atoms, position: dict, is_whole) -> list[tuple]:
    """Atoms as holds_compiled reads them: (position and coefficient of each term,
    constant, operator, the position of the variable an equality makes whole or
    None). A group's points are checked against the same atoms again and again."""
    out = []
    for atom in atoms:
        made = made_whole(atom, is_whole)
        out.append((tuple([(position[key], coeff) for key, coeff in atom.coeffs]),
                    atom.constant, atom.op, None if made is None else position[made]))
    return out


def holds_compiled(point: list, compiled_lists, floor: list[int],
                   calendar: dict[int, tuple[int, int]]) -> bool:
    """holds() over atoms compiled already. (Loops, not generators and calls: a
    group's points are checked thousands of times.)"""
    for i in floor:
        if point[i] < 0:
            return False
    for i, (first, last) in calendar.items():
        if not first <= point[i] <= last:
            return False
    for atoms in compiled_lists:
        for terms, total, op, made in atoms:
            for i, coeff in terms:
                total += coeff * point[i]
            if op == "<=":
                if total > 0:
                    return False
            elif op == "==":
                if total != 0:
                    return False
            elif not _compare(total, op):
                return False
            if made is not None and not _integral(point[made]):
                return False
    return True


def integral_where_whole(point: list, whole: list[bool]) -> bool:
    for value, is_whole in zip(point, whole):
        if is_whole and type(value) is not int and value.denominator != 1:
            return False
    return True


def _compare(total, op: str) -> bool:
    if op == "<=":
        return total <= 0
    if op == "<":
        return total < 0
    if op == ">=":
        return total >= 0
    if op == ">":
        return total > 0
    return total == 0


def _integral(value) -> bool:
    return type(value) is int or value.denominator == 1


def _copy(found: Bounds) -> Bounds:
    bounds = Bounds.__new__(Bounds)  # (no lists made only to be replaced)
    bounds.empty = False
    bounds.low, bounds.high = list(found.low), list(found.high)
    bounds.low_open, bounds.high_open = list(found.low_open), list(found.high_open)
    return bounds


def _narrow(bounds: Bounds, i: int, first, last) -> None:
    if bounds.low[i] is None or bounds.low[i] < first:
        bounds.low[i], bounds.low_open[i] = first, False
    if bounds.high[i] is None or bounds.high[i] > last:
        bounds.high[i], bounds.high_open[i] = last, False


def _settle_at(group: Group, bounds: Bounds, i: int, value) -> bool:
    """Fix variable i at value and propagate; False if nothing is left."""
    if not _fits(bounds, i, value):
        return False
    bounds.low[i] = bounds.high[i] = value
    bounds.low_open[i] = bounds.high_open[i] = False
    settle(group.rows, group.rows_with, bounds, group.whole, list(group.rows_with[i]))
    return not bounds.empty


def _fits(bounds: Bounds, i: int, value) -> bool:
    low, high = bounds.low[i], bounds.high[i]
    if low is not None and (value < low or (value == low and bounds.low_open[i])):
        return False
    return high is None or value < high or (value == high and not bounds.high_open[i])


def _choice(bounds: Bounds, i: int, whole: bool):
    """A value left to variable i: its lower end, else its upper end, else inside."""
    low, high = bounds.low[i], bounds.high[i]
    if low is not None and not bounds.low_open[i]:
        return low
    if high is not None and not bounds.high_open[i]:
        return high
    if whole:  # (whole-number bounds are never open)
        return 0 if low is None and high is None else None
    if low is not None and high is not None:
        middle = (Fraction(low) + Fraction(high)) / 2
        return middle.numerator if middle.denominator == 1 else middle
    if low is not None:
        return low + 1
    if high is not None:
        return high - 1
    return 0
