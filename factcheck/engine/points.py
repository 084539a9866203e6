"""The questions of a group that points found in Python answer (witness.py): its
implied ranges when every end is reached (`_witnessed`), whether it or a subset of
it agrees (`witnessed_agreement`, `point_agrees`), whether propagation refutes it,
and which ends of a subset points reach. Each answer is proved exactly or is None /
False, and z3 is asked instead (ranges.py, solver.py); a mixin of
solver.GroupSolver, which holds the group (keys, positions, atoms, floors, calendar,
time)."""

from __future__ import annotations

from .constraints import VarKey
from .propagate import (
    combined_rows, implied_whole, propagate, rising_direction, rows_by_variable, rows_of,
)
from .results import Bound
from . import witness
from .z3calls import fraction


class PointQuestions:
    """What GroupSolver answers with points (see the module's docstring)."""

    def _witnessed(self, keys: list[VarKey]) -> list[Bound] | None:
        """Every key's range proved without z3 (witness.py): each end propagation
        proposes is closed and reached by a point, all lower ends by one, all upper
        ends by another, or infinite along a rising direction. None: ask z3, which
        then proves only the ends no point reached (`_by_points` keeps those that
        were). (Within the group's time, as z3's questions are.)"""
        self._tick()
        self._by_points = {}
        rows, found = self._propagated()
        if found is None:
            self._refuted = True  # propagation leaves some variable no value
            return None
        rows_with = self._rows_with(rows)
        proved, reached, points, complete = self._attempt(keys, rows, rows_with, found,
                                                          rows_with)
        if proved is None and complete and points:
            # A point shows the group agrees, yet some end was not reached: bounds
            # propagated row by row may overshoot (x <= y - z bounded with y and z
            # apart, where another row ties them). Rows combined to cancel a shared
            # variable are implied by the rows: propagated too, the bounds are as
            # sound and often the exact ones, which points then reach.
            tighter_rows = rows + combined_rows(rows, len(self.keys))
            tighter = propagate(tighter_rows, len(self.keys), self._whole_rows, self.floor)
            if not tighter.empty:
                again = self._attempt(keys, tighter_rows,
                                      rows_by_variable(tighter_rows, len(self.keys)),
                                      tighter, rows_with, rows)
                if again[0] is not None:
                    proved, points = again[0], again[2]
        if proved is None:
            self._by_points = reached
            return None
        self._witness, self._witnesses = points[0], points
        return proved

    def _attempt(self, keys, rows, rows_with, found, direction_rows_with,
                 direction_rows=None) -> tuple:
        """_witnessed with these rows and their propagated bounds: (the ranges or
        None, the ends points reached, the points, whether every end is closed or
        rising). Rising directions are looked for in the group's own rows
        (`direction_rows`, default `rows`, and their `direction_rows_with`)."""
        direction_rows = rows if direction_rows is None else direction_rows
        wanted: tuple[dict, dict] = ({}, {})
        complete = True
        for key in keys:
            i = self.position[key]
            for upper, value, is_open in ((0, found.low[i], found.low_open[i]),
                                          (1, found.high[i], found.high_open[i])):
                if is_open or (value is None and not rising_direction(
                        direction_rows, len(self.keys), self.floor, i, 1 if upper else -1,
                        direction_rows_with)):
                    complete = False
                elif value is not None:
                    wanted[upper][(key, bool(upper))] = value
        group = witness.Group(rows, rows_with, self._whole_rows, found, self.calendar_at,
                              self._satisfies)
        points: list = []
        reached = {end: value for ends in wanted
                   for end, value in self._reached(group, ends, points).items()}
        if not points:  # no end to reach: still a point must show that they agree
            points.extend(point for point in [group.point({})] if point is not None)
        if not complete or not points or len(reached) < len(wanted[0]) + len(wanted[1]):
            return None, reached, points, complete
        return ([Bound(fraction(found.low[i]), fraction(found.high[i]))
                 for i in (self.position[key] for key in keys)], reached, points, complete)

    def _reached_ends(self, rows, rows_with, whole, found, subset, ends: dict) -> dict:
        """The `ends` proved in Python for a subset (a conflict's members less one):
        points satisfying the subset exactly reach them, and none goes beyond
        (propagation is sound), as _proved would find with z3."""
        if not ends or found.empty:
            return {}
        atoms = [self.atoms[i] for i in subset]
        group = witness.Group(rows, rows_with, whole, found, self.calendar_at,
                              lambda point: self._satisfies(point, atoms))
        wanted: tuple[dict, dict] = ({}, {})
        for (key, upper), value in ends.items():
            wanted[upper][(key, upper)] = value
        return {end: value for part in wanted
                for end, value in self._reached(group, part, []).items()}

    def _reached(self, group, ends: dict, points: list) -> dict:
        """The ends ((key, upper?) -> value) points reach: all at once when one point
        reaches them all, else each half in turn (as _reach asks z3); the points
        found go to `points`."""
        if not ends:
            return {}
        self._tick()
        point = group.point({self.position[key]: value for (key, _), value in ends.items()})
        if point is not None:
            points.append(point)
            return dict(ends)
        if len(ends) < 2:
            return {}
        order = list(ends)
        half = len(order) // 2
        return {end: ends[end] for part in (order[:half], order[half:])
                for end in self._reached(group, {e: ends[e] for e in part}, points)}

    def witnessed_agreement(self, extra: list | None = None) -> bool:
        """Whether a point found in Python satisfies every constraint, and the
        `extra` atoms (exact readings) if given; False proves nothing. Without
        extra atoms, the point is kept (exact_also_agrees)."""
        self._tick()
        rows, found = self._propagated(extra or [])
        point = self._point(rows, self._whole_rows, found, lambda point: self._satisfies(
            point) and (not extra or self._satisfies(point, extra)))
        if point is None:
            return False
        if not extra:
            self._witness, self._witnesses = point, [point]
        return True

    def refuted(self) -> bool:
        """Whether propagation alone finds the group's constraints conflicting (its
        bounds are sound: no solution lies outside them, so none at all when they
        leave some variable no value); False proves nothing."""
        self._tick()
        return self._propagated()[1] is None

    def point_agrees(self, subset: list[int]) -> bool:
        """Whether a point found in Python satisfies every constraint of the subset
        (exactly, as witnessed_agreement for the whole group); False proves nothing.
        Cheap for the small subsets a conflict is shrunk through."""
        self._tick()
        atoms = [self.atoms[i] for i in subset]
        rows, whole, found = self._bounds_of(subset, atoms)
        return self._point(rows, whole, found,
                           lambda point: self._satisfies(point, atoms)) is not None

    def _point(self, rows: list, whole: list[bool], found, accept) -> list | None:
        """A point within the propagated bounds `found` (None: empty) that `accept`
        accepts, as far as witness.py's greedy choice finds one."""
        if found is None:
            return None
        return witness.Group(rows, self._rows_with(rows), whole, found,
                             self.calendar_at, accept).point({})

    def _propagated(self, extra: list = ()):
        """Every constraint's rows (and the extra atoms') and their propagated
        bounds (None: empty)."""
        rows, self._whole_rows, found = self._bounds_of(
            range(len(self.constraints)), [*self.atoms, *extra], rows_of(extra, self.position))
        return rows, found

    def _bounds_of(self, indices, atoms_lists: list, extra_rows: list = ()):
        """The rows of the constraints at `indices` (and `extra_rows`), the variables
        their equalities make whole, and the propagated bounds (None: empty)."""
        rows = [row for i in indices for row in self._rows(i)] + list(extra_rows)
        whole = implied_whole(atoms_lists, self.position, self.whole)
        rows_with = rows_by_variable(rows, len(self.keys))
        self._last_rows = (rows, rows_with)
        found = propagate(rows, len(self.keys), whole, self.floor, rows_with)
        return rows, whole, (None if found.empty else found)

    def _rows_with(self, rows: list) -> list[list[int]]:
        """rows_by_variable(rows), taken from _bounds_of when it made these rows
        (the same list) last: points go on from the bounds propagated there."""
        last = self._last_rows
        if last is not None and last[0] is rows:
            return last[1]
        return rows_by_variable(rows, len(self.keys))

    def _satisfies(self, point: list, atoms_lists=None) -> bool:
        if atoms_lists is None:  # the whole group (most points): compiled once
            compiled = self._atom_cache.get(None)
            if compiled is None:
                compiled = self._atom_cache[None] = [self._compiled(a) for a in self.atoms]
        else:
            compiled = [self._compiled(atoms) for atoms in atoms_lists]
        return witness.integral_where_whole(point, self.whole) and witness.holds_compiled(
            point, compiled, self.floor, self.calendar_at)

    def _compiled(self, atoms: list) -> list:
        """A constraint's atoms (or exact readings) compiled for points (witness.py),
        once per group: kept by the list's identity, the list kept alive with them."""
        found = self._atom_cache.get(id(atoms))
        if found is None:
            found = self._atom_cache[id(atoms)] = (atoms, witness.compiled(
                atoms, self.position, self.integer_vars.__contains__))
        return found[1]

    def _rows(self, i: int) -> list:
        """Constraint i's atoms as propagation rows (made once per group)."""
        rows = self._row_cache.get(i)
        if rows is None:
            rows = self._row_cache[i] = rows_of([self.atoms[i]], self.position)
        return rows
