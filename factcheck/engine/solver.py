"""Exact reasoning over one group of constraints with z3.

- Agreement and conflicts: every constraint is guarded by its own Boolean, so one
  solver answers "do these agree?" for any subset; conflicts are shrunk to minimal
  sets and enumerated with MARCO (Liffiton et al.). Which minimal sets there are does
  not depend on the solver that finds them (consistency.py puts them in an order of
  its own).
- Implied ranges (`ranges`, `bounds`): ranges.py, whose questions GroupSolver
  inherits.
- Cost: z3 reads SMT-LIB text (building terms through its Python API costs ten
  times more) and, in loops, is called through its C API directly (z3calls.py);
  one solver per process serves group after group in push/pop scopes, with the same
  names in every group so that z3's context does not grow.
- Time: TIMEOUT_MS is a budget for all the questions about one group; past it the
  group is reported as too hard to decide (a warning), never a hang.
"""

from __future__ import annotations

import itertools
import time
from functools import cached_property

import z3
from z3.z3core import (
    Z3_ast_vector_dec_ref, Z3_ast_vector_get, Z3_ast_vector_inc_ref, Z3_ast_vector_size,
    Z3_mk_false, Z3_mk_not, Z3_solver_get_unsat_core,
)

from .constraints import Atom, Constraint, VarKey
from .propagate import made_whole
from .ranges import Bound, RangeQuestions
from .z3calls import (
    GUARDED, PLAIN, Guards, TooHard, assert_or, check, declarations, declared, false_constants,
    held, smt_number,
)

__all__ = ["Bound", "GroupSolver", "TooHard", "TIMEOUT_MS", "CALENDAR"]

# The time z3 may spend on one group, all its questions together (each question
# stops at what is left): past it, the group is reported as too hard to decide
# instead of hanging the run.
TIMEOUT_MS = 10_000
# The work one question of the map of explored sets may take (z3's resource units;
# a question of a group that conflicts takes some hundreds): a bound on a hostile
# group's map that needs no timer.
MAP_RLIMIT = 20_000_000
_clock = time.monotonic  # (tests replace it)
# The day numbers of 0001-01-01 and 9999-12-31, the dates there are.
CALENDAR = (1, 3_652_059)


class GroupSolver(RangeQuestions):
    """One group's constraints, written as SMT-LIB text and parsed by z3 in C:
    building terms through z3's Python API costs ten times more."""

    def __init__(self, constraints: list[Constraint], integer_vars: set[VarKey],
                 floor_zero: set[VarKey], exact: bool = False,
                 deadline: float | None = None):
        self.constraints = constraints
        # when the group's time is up (on _clock); shared with the exact-reading
        # solver of the same group
        self.deadline = deadline if deadline is not None else (
            _clock() + TIMEOUT_MS / 1000)
        # One context for the run: making a context costs milliseconds, a group less.
        self.ctx = z3.main_ctx()
        # The same names in every group (a variable is named by its position and
        # sort, guards by constraint position): names are never freed from z3's
        # context, so fresh ones for each group would make a long run's memory grow.
        # Groups never share a solver scope (see Scopes), so names cannot clash.
        prefix = "fc_"
        keys = sorted({k for c in constraints for k in c.variables})
        self.keys = keys
        self.position = {key: i for i, key in enumerate(keys)}
        self.integer_vars = integer_vars
        self.whole = [k in integer_vars for k in keys]
        self.floor = [i for i, k in enumerate(keys) if k in floor_zero]
        # (the calendar's bounds by position, for points checked in Python: witness.py)
        self.calendar_at = {i: CALENDAR for i, k in enumerate(keys)
                            if k in integer_vars and k not in floor_zero}
        self._floor_zero = floor_zero
        self.atoms = [c.exact_atoms if exact and c.exact_atoms else c.atoms
                      for c in constraints]
        self.prefix = prefix
        self._solver = None
        self._agreeing = None  # the unguarded solver of every constraint, once sat
        self._witness = None  # or a point (witness.py) that proved they agree
        self._witnesses: list = []  # that point and the others that reached ends
        self._by_points: dict = {}  # the ends points reached, when not all (ranges.py)
        self._refuted = False  # propagation found every constraint together empty
        self._questions = itertools.count()
        self._row_cache: dict[int, list] = {}
        self._last_rows = None  # (rows, rows_by_variable of them) of the last _bounds_of
        self._atom_cache: dict = {}  # id(atoms) -> (atoms, compiled); None -> all
        # The maximal agreeing sets MARCO grew, all of them (None until
        # all_conflicts() has run to its end): every set that agrees lies in one.
        self.maximal: list[list[int]] | None = None

    # -- SMT-LIB text, written when z3 is first asked: most groups agree and are
    # proved by points in Python, and never need it --------------------------------
    @cached_property
    def names(self) -> dict:
        return {key: f"{self.prefix}{'i' if key in self.integer_vars else 'r'}{i}"
                for i, key in enumerate(self.keys)}

    @cached_property
    def declarations(self) -> list:
        return [(self.names[k], "Int" if k in self.integer_vars else "Real") for k in self.keys]

    @cached_property
    def floors(self) -> str:
        return "".join(f"(assert (>= {self.names[k]} 0))"
                       for k in self.keys if k in self._floor_zero)

    @cached_property
    def calendar(self) -> str:
        """Day numbers (the whole numbers with no floor: people counts have one) lie
        in the calendar. Said to the solvers that decide agreement, not to the
        optimiser (an unbounded date stays unbounded in a report): z3's search over
        unbounded whole numbers may never end once reals are mixed in (a 40-hour
        trip between two dates), over bounded ones it does."""
        return "".join(
            f"(assert (and (>= {self.names[k]} {CALENDAR[0]}) (<= {self.names[k]} {CALENDAR[1]})))"
            for k in self.keys if k in self.integer_vars and k not in self._floor_zero)

    @cached_property
    def header(self) -> str:
        return declared(None, self.declarations) + self.floors

    @cached_property
    def formulas(self) -> list[str]:
        return [self._formula(atoms) for atoms in self.atoms]

    @property
    def solver(self) -> z3.Solver:
        """The guarded solver, built only when a question needs it: a group that
        agrees never needs it. Plain SMT (no tactics before the first check) with the
        legacy arithmetic: the minimal sets are the same whichever solver finds
        them, and consistency.solve_group puts them in an order of its own."""
        if self._solver is None:
            guard_names = [f"{self.prefix}g{i}" for i in range(len(self.constraints))]
            guarded = "".join(f"(assert (=> {g} {f}))"
                              for g, f in zip(guard_names, self.formulas))
            self._solver = GUARDED.open(
                self, self.ctx, self.declarations + [(g, "Bool") for g in guard_names],
                self.floors + self.calendar + guarded, self._remaining_ms())
            # (made through the C API: z3.Bool costs more than most questions)
            self._guards = Guards(self.ctx, guard_names, kept=True)
            self.guard_asts = self._guards.asts
            self.guard_at = {ast.value: i for i, ast in enumerate(self.guard_asts)}
        return self._solver

    # -- encoding --------------------------------------------------------------
    def _term(self, atom: Atom) -> str:
        parts = [self.names[key] if coeff == 1 else f"(* {smt_number(coeff)} {self.names[key]})"
                 for key, coeff in atom.coeffs]
        if atom.constant or not parts:
            parts.append(smt_number(atom.constant))
        return parts[0] if len(parts) == 1 else "(+ " + " ".join(parts) + ")"

    def _atom(self, atom: Atom) -> str:
        op = "=" if atom.op == "==" else atom.op
        text = f"({op} {self._term(atom)} 0)"
        # Said outright, or z3 may search the unbounded whole numbers for ever
        # (3 < end - start < 4 never ends with the duration real).
        whole = made_whole(atom, self.integer_vars.__contains__)
        return text if whole is None else f"(and {text} (is_int {self.names[whole]}))"

    def _formula(self, atoms: list[Atom]) -> str:
        if not atoms:
            return "true"
        if len(atoms) == 1:
            return self._atom(atoms[0])
        return "(and " + " ".join(self._atom(a) for a in atoms) + ")"

    def _plain(self, subset) -> z3.Solver:
        """An unguarded solver of the subset's constraints (until release(), or
        the next _plain): for questions about one subset it is quicker to build
        and to ask than the guarded one."""
        PLAIN.close(self)
        return PLAIN.open(self, self.ctx, self.declarations, self.floors + self.calendar + "".join(
            f"(assert {self.formulas[i]})" for i in subset), self._remaining_ms())

    @property
    def agreed(self) -> bool:
        """Whether every constraint of the group was found to agree (by ranges())."""
        return self._agreeing is not None or self._witness is not None

    def release(self) -> None:
        """Give back the solvers this group borrowed; its questions are answered."""
        PLAIN.close(self)
        GUARDED.close(self)
        self._agreeing = self._witness = None
        self._witnesses = []
        if self._solver is not None:
            self._guards.release()
        self._solver = None

    # -- time ----------------------------------------------------------------------
    def _remaining_ms(self) -> int:
        """What is left of the group's time, for z3's timeout (at least 1 ms)."""
        self._tick()
        return max(1, int((self.deadline - _clock()) * 1000))

    def _tick(self) -> None:
        if _clock() >= self.deadline:
            raise TooHard("timeout")

    def _ask(self, solver: z3.Solver, assumptions: list) -> z3.CheckSatResult:
        """solver.check(assumptions), unless the group's time is up."""
        self._tick()
        return check(solver, assumptions)

    # -- questions -------------------------------------------------------------
    def consistent(self, subset) -> bool:
        """Whether the subset's constraints agree: agrees() without the guards."""
        solver = self._plain(subset)
        try:
            result = self._ask(solver, [])
            if result == z3.unknown:
                raise TooHard(solver.reason_unknown())
            return result == z3.sat
        finally:
            PLAIN.close(self)

    def all_agree(self) -> bool:
        """Whether every constraint of the group agrees, the solver kept for
        exact_also_agrees() as ranges() keeps it: ranges() without the ranges."""
        return self.witnessed_agreement() or self.agreeing_solver()

    def agreeing_solver(self) -> bool:
        """all_agree() asked of z3 alone; the solver is kept when they agree."""
        solver = self._plain(range(len(self.constraints)))
        result = self._ask(solver, [])
        if result == z3.unknown:
            raise TooHard(solver.reason_unknown())
        if result == z3.sat:
            self._agreeing = solver
        return result == z3.sat

    def agrees(self, subset) -> bool:
        solver = self.solver
        result = self._ask(solver, [self.guard_asts[i] for i in subset])
        if result == z3.unknown:
            raise TooHard(self.solver.reason_unknown())
        return result == z3.sat

    def _core(self) -> list[int]:
        ref, solver = self.ctx.ref(), self.solver.solver
        core = Z3_solver_get_unsat_core(ref, solver)
        Z3_ast_vector_inc_ref(ref, core)
        try:
            return sorted(self.guard_at[Z3_ast_vector_get(ref, core, i).value]
                          for i in range(Z3_ast_vector_size(ref, core)))
        finally:
            Z3_ast_vector_dec_ref(ref, core)

    def core(self, subset) -> list[int]:
        """A minimal subset of `subset` (known to conflict) that still conflicts."""
        current = [i for i in self._core() if i in set(subset)] or sorted(subset)
        position = 0
        while position < len(current):
            trial = current[:position] + current[position + 1:]
            # (a point found in Python proves agreement without z3; only z3's "no"
            # comes with the core that shrinks the set faster)
            if self.point_agrees(trial) or self.agrees(trial):
                position += 1
            else:
                current = [i for i in self._core() if i in set(trial)] or trial
                position = min(position, len(current))
        return current

    def all_conflicts(self, cap: int, limit: int) -> tuple[list[list[int]], int, bool]:
        """Minimal conflicting sets (MARCO): the first `cap`, how many beyond it were
        found, and whether the enumeration stopped (at `limit`, or out of time once
        some were found) before the end. TooHard when time ran out before any."""
        everything = list(range(len(self.constraints)))
        # The map is propositional (a mark per constraint, clauses blocking the sets
        # explored), each of its questions decided at once; the group's time is
        # checked before each (_ask). It has no timeout of its own: z3 hands every
        # question asked with one to a timer thread and waits for that thread to
        # take it back, 30 to 200 us more per question on a busy machine (half the
        # questions of a group that conflicts are the map's). A resource limit
        # (counted work, no thread) still bounds any one question: a map question
        # costs some hundreds of units, a hostile one stops as out of time.
        map_solver = z3.SimpleSolver(ctx=self.ctx)
        map_solver.set("rlimit", MAP_RLIMIT)
        self._tick()
        # The z3 calls of z3.Bool, z3.Or, z3.Not, Solver.add/check and model.eval,
        # made directly (_enumerate): the Python wrappers cost more than the search.
        # (Sets known before the search, blocked in the map up front, would save
        # questions but change the path MARCO takes: on exact readings some of the
        # seeds it then meets cost z3 seconds each, where the path from the whole
        # group costs milliseconds. The path is left as it is.)
        found: list[list[int]] = []
        maximal: list[list[int]] = []
        with Guards(self.ctx, [f"{self.prefix}m{i}" for i in everything],
                    kept=True) as mark_asts:
            try:
                self._enumerate(map_solver, mark_asts, found, limit, maximal)
                stopped = len(found) >= limit and self._ask(map_solver, []) != z3.unsat
            except TooHard:
                if not found:
                    raise
                stopped = True  # out of time: the sets found are minimal, maybe more
        self.maximal = None if stopped else maximal
        return found[:cap], max(0, len(found) - cap), stopped

    def _enumerate(self, map_solver, mark_asts: list, found: list, limit: int,
                   maximal: list) -> None:
        everything = list(range(len(self.constraints)))
        ref = self.ctx.ref()
        marks = declarations(ref, mark_asts)
        while len(found) < limit:
            answer = self._ask(map_solver, [])
            if answer == z3.unsat:
                return  # every subset is explored
            if answer != z3.sat:
                raise TooHard(map_solver.reason_unknown())
            model = map_solver.model()
            unmarked = false_constants(ref, model, marks)
            seed = [i for i in everything if i not in unmarked]
            if self.point_agrees(seed) or self.agrees(seed):
                grown = self._grow(seed, found)
                maximal.append(sorted(grown))
                outside = [mark_asts[i] for i in everything if i not in grown]
                if outside:
                    assert_or(map_solver, outside)
                else:
                    assert_or(map_solver, [held(ref, Z3_mk_false(ref))], release=True)
            else:
                conflict = self.core(seed)
                found.append(conflict)
                assert_or(map_solver, [held(ref, Z3_mk_not(ref, mark_asts[i]))
                                        for i in conflict], release=True)

    def _grow(self, seed: list[int], found: list[list[int]]) -> set[int]:
        """The seed (which agrees) grown to a maximal set that agrees, adding
        constraints in order. A constraint that would complete a conflicting set
        found already cannot join: it is passed over without a question (the set
        grown is the one the questions alone would grow)."""
        grown = set(seed)
        completing: dict[int, list[list[int]]] = {}
        for members in found:
            for i in members:
                completing.setdefault(i, []).append(members)
        for i in range(len(self.constraints)):
            if i in grown or any(all(j == i or j in grown for j in members)
                                 for members in completing.get(i, ())):
                continue
            if self.agrees(sorted(grown | {i})):
                grown.add(i)
        return grown
