"""Exact reasoning over one group of constraints with z3.

- Agreement and conflicts: every constraint is guarded by its own Boolean, so one
  solver answers "do these agree?" for any subset; conflicts are shrunk to minimal
  sets and enumerated with MARCO (Liffiton et al.). Which minimal sets there are does
  not depend on the solver that finds them (consistency.py puts them in an order of
  its own).
- Implied ranges (`ranges`): bound propagation (propagate.py) proposes each end and
  z3 proves it: a solution reaches it, and none goes beyond (one disjunction for all
  of them); an end with no bound is proved infinite by a direction along which every
  constraint keeps holding. The ends left (open ends of real quantities, bounds that
  propagation overshoots) come from one `Optimize` call with `priority='box'`
  (`bounds`, every bound in one call). Same answers, a fraction of the time.
- Cost: z3 reads SMT-LIB text (building terms through its Python API costs ten
  times more) and, in loops, is called through its C API directly (the Python
  wrappers cost more than the questions); one solver per process serves group after
  group in push/pop scopes, with the same names in every group so that z3's context
  does not grow; the legacy arithmetic solver (`arith.solver=2`) finds these
  whole-number optima about ten times faster than the default one, and the same.
- Time: TIMEOUT_MS is a budget for all the questions about one group; past it the
  group is reported as too hard to decide (a warning), never a hang.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

import itertools
import time

import z3
from z3.z3 import _to_expr_ref
from z3.z3core import (
    Z3_ast_vector_dec_ref, Z3_ast_vector_get, Z3_ast_vector_inc_ref, Z3_ast_vector_size,
    Z3_dec_ref, Z3_get_bool_value, Z3_inc_ref, Z3_mk_bool_sort, Z3_mk_const, Z3_mk_false,
    Z3_mk_not, Z3_mk_or, Z3_mk_string_symbol, Z3_model_eval,
    Z3_optimize_get_lower, Z3_optimize_get_upper, Z3_solver_assert,
    Z3_solver_check_assumptions, Z3_solver_get_unsat_core,
)
from z3.z3types import Ast

from .linear import Atom, Constraint, VarKey
from .propagate import implied_whole, propagate, rising_direction, rows_of

# The time z3 may spend on one group, all its questions together (each question
# stops at what is left): past it, the group is reported as too hard to decide
# instead of hanging the run.
TIMEOUT_MS = 10_000
_clock = time.monotonic  # (tests replace it)
# The day numbers of 0001-01-01 and 9999-12-31, the dates there are.
CALENDAR = (1, 3_652_059)
# The arithmetic solver of every solver and Optimize here (see above).
ARITH_SOLVER = 2


class TooHard(Exception):
    """z3 answered `unknown` (time-out or beyond its theory) for a group."""


@dataclass(frozen=True)
class Bound:
    low: Fraction | None
    high: Fraction | None
    low_open: bool = False
    high_open: bool = False


def _smt_number(value: int) -> str:
    return str(value) if value >= 0 else f"(- {-value})"


class GroupSolver:
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
        # Groups never share a solver scope (see _Scopes), so names cannot clash.
        prefix = "fc_"
        keys = sorted({k for c in constraints for k in c.variables})
        self.keys = keys
        self.position = {key: i for i, key in enumerate(keys)}
        self.integer_vars = integer_vars
        self.whole = [k in integer_vars for k in keys]
        self.floor = [i for i, k in enumerate(keys) if k in floor_zero]
        self.names = {key: f"{prefix}{'i' if key in integer_vars else 'r'}{i}"
                      for i, key in enumerate(keys)}
        sort = {k: "Int" if k in integer_vars else "Real" for k in keys}
        self.declarations = [(self.names[k], sort[k]) for k in keys]
        self.floors = "".join(f"(assert (>= {self.names[k]} 0))"
                              for k in keys if k in floor_zero)
        # Day numbers (the whole numbers with no floor: people counts have one) lie
        # in the calendar. Said to the solvers that decide agreement, not to the
        # optimiser (an unbounded date stays unbounded in a report): z3's search
        # over unbounded whole numbers may never end once reals are mixed in
        # (a 40-hour trip between two dates), over bounded ones it does.
        self.calendar = "".join(
            f"(assert (and (>= {self.names[k]} {CALENDAR[0]}) (<= {self.names[k]} {CALENDAR[1]})))"
            for k in keys if k in integer_vars and k not in floor_zero)
        self.header = _declared(None, self.declarations) + self.floors
        self.atoms = [c.exact_atoms if exact and c.exact_atoms else c.atoms
                      for c in constraints]
        self.formulas = [self._formula(atoms) for atoms in self.atoms]
        self.prefix = prefix
        self._solver = None
        self._agreeing = None  # the unguarded solver of every constraint, once sat
        self._questions = itertools.count()
        self._row_cache: dict[int, list] = {}

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
            self._solver = _GUARDED.open(
                self, self.ctx, self.declarations + [(g, "Bool") for g in guard_names],
                self.floors + self.calendar + guarded, self._remaining_ms())
            self.guards = [z3.Bool(g, self.ctx) for g in guard_names]
            self.guard_asts = [g.as_ast() for g in self.guards]
            self.guard_at = {ast.value: i for i, ast in enumerate(self.guard_asts)}
        return self._solver

    # -- encoding --------------------------------------------------------------
    def _term(self, atom: Atom) -> str:
        parts = [self.names[key] if coeff == 1 else f"(* {_smt_number(coeff)} {self.names[key]})"
                 for key, coeff in atom.coeffs]
        if atom.constant or not parts:
            parts.append(_smt_number(atom.constant))
        return parts[0] if len(parts) == 1 else "(+ " + " ".join(parts) + ")"

    def _atom(self, atom: Atom) -> str:
        op = "=" if atom.op == "==" else atom.op
        text = f"({op} {self._term(atom)} 0)"
        whole = self._made_whole(atom)
        return text if whole is None else f"(and {text} (is_int {self.names[whole]}))"

    def _made_whole(self, atom: Atom) -> VarKey | None:
        """The one real variable an equality makes a whole number (x = end - start,
        every other variable whole, coefficients and constant integers), if any.
        Said outright, `(is_int x)`: without it z3 may search the unbounded whole
        numbers for ever (3 < end - start < 4 never ends with x real)."""
        if atom.op != "==" or len(atom.coeffs) < 2:
            return None
        loose = [(key, c) for key, c in atom.coeffs if key not in self.integer_vars]
        if len(loose) == 1 and abs(loose[0][1]) == 1:
            return loose[0][0]
        return None

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
        _PLAIN.close(self)
        return _PLAIN.open(self, self.ctx, self.declarations, self.floors + self.calendar + "".join(
            f"(assert {self.formulas[i]})" for i in subset), self._remaining_ms())

    def release(self) -> None:
        """Give back the solvers this group borrowed; its questions are answered."""
        _PLAIN.close(self)
        _GUARDED.close(self)
        self._agreeing = None
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
        return _check(solver, assumptions)

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
            _PLAIN.close(self)

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
            if self.agrees(trial):
                position += 1
            else:
                current = [i for i in self._core() if i in set(trial)] or trial
                position = min(position, len(current))
        return current

    def all_conflicts(self, cap: int, limit: int) -> tuple[list[list[int]], int, bool]:
        """Minimal conflicting sets (MARCO): the first `cap`, how many beyond it were
        found, and whether the enumeration stopped at `limit` before the end."""
        everything = list(range(len(self.constraints)))
        map_solver = z3.SimpleSolver(ctx=self.ctx)
        map_solver.set("timeout", self._remaining_ms())
        marks = [z3.Bool(f"{self.prefix}m{i}", self.ctx) for i in everything]
        # The z3 calls of z3.Or, z3.Not, Solver.add/check and model.eval, made
        # directly: the Python wrappers cost more than the search itself.
        ref = self.ctx.ref()
        mark_asts = [m.as_ast() for m in marks]
        found: list[list[int]] = []
        while len(found) < limit and self._ask(map_solver, []) == z3.sat:
            model = map_solver.model()
            seed = [i for i in everything if not _is_false(ref, model, mark_asts[i])]
            if self.agrees(seed):
                grown = self._grow(seed)
                outside = [mark_asts[i] for i in everything if i not in grown]
                if outside:
                    _assert_or(map_solver, outside)
                else:
                    _assert_or(map_solver, [_held(ref, Z3_mk_false(ref))], release=True)
            else:
                conflict = self.core(seed)
                found.append(conflict)
                _assert_or(map_solver, [_held(ref, Z3_mk_not(ref, mark_asts[i]))
                                        for i in conflict], release=True)
        stopped = len(found) >= limit and self._ask(map_solver, []) == z3.sat
        return found[:cap], max(0, len(found) - cap), stopped

    def _grow(self, seed: list[int]) -> set[int]:
        grown = set(seed)
        for i in range(len(self.constraints)):
            if i not in grown and self.agrees(sorted(grown | {i})):
                grown.add(i)
        return grown

    def ranges(self, keys: list[VarKey], subset, shared: bool = False,
               agreeing: bool = False) -> list[Bound] | None:
        """The range of each variable over the subset's solutions; None if they
        conflict. The same answer as bounds() with one target per variable, found
        faster: propagation proposes the ends, z3 proves them.

        `shared`: ask the guarded solver, the subset as assumptions (for many small
        subsets: the members of conflicts); else a solver of the subset alone. The
        questions add constraints only under fresh guards: later questions, minimal
        sets included, are not changed by them. `agreeing`: the subset is known to
        agree (a minimal conflicting set less one member): not asked again (were it
        wrong, the answer would still be right, only slower)."""
        subset = list(subset)
        if shared:
            solver = self.solver
            base = [self.guard_asts[i] for i in subset]
            result = z3.sat if agreeing else self._ask(solver, base)
        else:
            solver, base = self._plain(subset), []
            result = self._ask(solver, [])
        if result == z3.unsat:
            return None
        if result != z3.sat:
            raise TooHard(solver.reason_unknown())
        if len(subset) == len(self.constraints) and not shared:
            self._agreeing = solver  # kept for exact_also_agrees()
        rows = [row for i in subset for row in self._rows(i)]
        whole = implied_whole([self.atoms[i] for i in subset], self.position, self.whole)
        found = propagate(rows, len(self.keys), whole, self.floor)
        ends: dict[tuple[VarKey, bool], int | Fraction] = {}  # (key, upper?) -> value
        endless: list[tuple[VarKey, bool]] = []  # ends propagation found no bound for
        if not found.empty:
            for key in keys:
                i = self.position[key]
                for upper, value, is_open in ((False, found.low[i], found.low_open[i]),
                                              (True, found.high[i], found.high_open[i])):
                    if value is None:
                        endless.append((key, upper))
                    elif not is_open:
                        ends[(key, upper)] = value
        tag = f"{self.prefix}q{next(self._questions)}_"  # fresh names for this call
        proved = self._proved(solver, base, tag, ends)
        # An end with a direction found in Python is infinite; z3 looks for the rest.
        rising = [end for end in endless if rising_direction(
            rows, len(self.keys), self.floor, self.position[end[0]], 1 if end[1] else -1)]
        proved.update(dict.fromkeys(rising))
        endless = [end for end in endless if end not in proved]
        proved.update(dict.fromkeys(self._unbounded(solver, base, tag, subset, endless)))
        rest = [key for key in keys if (key, False) not in proved or (key, True) not in proved]
        exact = {}
        if rest:
            optimum = self.bounds([({k: Fraction(1)}, Fraction(0)) for k in rest], subset)
            if optimum is None:
                return None
            exact = dict(zip(rest, optimum))
        return [exact[key] if key in exact else
                Bound(_fraction(proved[(key, False)]), _fraction(proved[(key, True)]))
                for key in keys]

    def _rows(self, i: int) -> list:
        """Constraint i's atoms as propagation rows (made once per group)."""
        rows = self._row_cache.get(i)
        if rows is None:
            rows = self._row_cache[i] = rows_of([self.atoms[i]], self.position)
        return rows

    def _unbounded(self, solver: z3.Solver, base: list, tag: str, subset: list[int],
                   ends: list) -> list:
        """The ends (key, upper?) that are infinite. Such an end has a direction d
        along which no constraint of the subset gets closer to breaking (each
        homogeneous row `sum(c·d) op 0`, strict or not, holds) and the variable
        moves: from any solution, then, ever further solutions, whole numbers
        included (take whole multiples of d)."""
        if not ends:
            return []
        declarations = [(f"{tag}d{i}", "Real") for i in range(len(self.keys))]
        declarations += [(f"{tag}rows", "Bool")] + [(f"{tag}u{j}", "Bool")
                                                   for j in range(len(ends))]
        text = []
        rows = [f"(>= {tag}d{i} 0)" for i in self.floor]
        for i in subset:
            for atom in self.atoms[i]:
                terms = [f"(* {_smt_number(c)} {tag}d{self.position[k]})"
                         for k, c in atom.coeffs]
                if terms:
                    op = {"<": "<=", ">": ">=", "==": "="}.get(atom.op, atom.op)
                    rows.append(f"({op} (+ 0 {' '.join(terms)}) 0)")
        text.append(f"(assert (=> {tag}rows (and true {' '.join(rows)})))")
        for j, (key, upper) in enumerate(ends):
            text.append(f"(assert (=> {tag}u{j} "
                        f"({'>=' if upper else '<='} {tag}d{self.position[key]} "
                        f"{'1' if upper else '(- 1)'})))")
        solver.from_string(_declared(solver, declarations) + "".join(text))
        reached: list = []
        names = [f"{tag}u{j}" for j in range(len(ends))] + [f"{tag}rows"]
        with _Guards(self.ctx, names) as guards:
            self._reach(list(ends), dict(zip(ends, guards)), solver, base + guards[-1:],
                        reached)
        return reached

    def _proved(self, solver: z3.Solver, base: list, tag: str, ends: dict) -> dict:
        """The ends that are the true optimum: some solution reaches each, and no
        solution goes beyond any of them (one check, as a disjunction)."""
        if not ends:
            return {}
        order = list(ends)
        # One guard per end, `guard => variable at (or past) the end`, and one for
        # `some variable beyond its end`: the questions are then assumptions.
        text, beyond = [], []
        for j, (key, upper) in enumerate(order):
            name, number = self.names[key], _smt_value(ends[(key, upper)])
            text.append(f"(assert (=> {tag}e{j} ({'>=' if upper else '<='} {name} {number})))")
            beyond.append(f"({'>' if upper else '<'} {name} {number})")
        solver.from_string(_declared(solver, [(f"{tag}e{j}", "Bool")
                                              for j in range(len(order))]) + "".join(text))
        with _Guards(self.ctx, [f"{tag}e{j}" for j in range(len(order))]) as guards:
            reach = dict(zip(order, guards))
            reached: list = []
            for upper in (False, True):  # all lower ends together, then all upper ends
                self._reach([end for end in order if end[1] == upper], reach, solver,
                            base, reached)
        if not reached:
            return {}
        wanted = set(reached)
        solver.from_string(_declared(solver, [(f"{tag}beyond", "Bool")]) + f"(assert (=> "
                           f"{tag}beyond (or " + " ".join(
                               b for end, b in zip(order, beyond) if end in wanted) + ")))")
        with _Guards(self.ctx, [f"{tag}beyond"]) as (guard,):
            result = self._ask(solver, base + [guard])
        if result == z3.unknown:
            raise TooHard(solver.reason_unknown())
        if result == z3.sat:  # propagation promised too much: leave it all to Optimize
            return {}
        return {end: ends[end] for end in reached}

    def exact_also_agrees(self) -> bool:
        """After ranges() over every constraint found them agreeing: whether they
        still agree with the exact readings of bare numbers added. True proves the
        exact readings agree (each constraint read exactly is among these); False
        proves nothing (an exact reading need not lie inside its rounded one), ask
        the exact GroupSolver."""
        solver = self._agreeing
        exact = [self._formula(c.exact_atoms) for c in self.constraints if c.exact_atoms]
        if solver is None or not exact:
            return False
        solver.from_string(_declared(solver, [(f"{self.prefix}exact", "Bool")]) +
                           f"(assert (=> {self.prefix}exact (and {' '.join(exact)})))")
        with _Guards(self.ctx, [f"{self.prefix}exact"]) as (guard,):
            return self._ask(solver, [guard]) == z3.sat

    def _reach(self, ends: list, reach: dict, solver: z3.Solver, base: list,
               reached: list) -> None:
        """Which ends a solution reaches: all at once when one solution reaches them
        all, else each half in turn."""
        if not ends:
            return
        result = self._ask(solver, base + [reach[end] for end in ends])
        if result == z3.unknown:
            raise TooHard(solver.reason_unknown())
        if result == z3.sat:
            reached.extend(ends)
        elif len(ends) > 1:
            half = len(ends) // 2
            self._reach(ends[:half], reach, solver, base, reached)
            self._reach(ends[half:], reach, solver, base, reached)

    def bounds(self, targets: list[tuple[dict[VarKey, Fraction], Fraction]],
               subset) -> list[Bound] | None:
        """The range of each linear target over the subset's solutions, in one
        box-priority Optimize call (every bound at once); None if they conflict."""
        opt = z3.Optimize(ctx=self.ctx)
        self._tick()
        opt.set("timeout", self._remaining_ms())
        opt.set("smt.arith.solver", ARITH_SOLVER)
        opt.set(priority="box")
        text = [self.header, *(f"(assert {self.formulas[i]})" for i in subset)]
        scales = []
        for coeffs, constant in targets:
            atom = Atom.make(coeffs, constant, "==")
            scales.append(_atom_scale(coeffs, constant, atom))
            term = self._term(atom)
            text.append(f"(minimize {term})(maximize {term})")
        opt.from_string("".join(text))
        result = opt.check()
        if result == z3.unsat:
            return None
        if result != z3.sat:
            raise TooHard(opt.reason_unknown())
        out = []
        ref = self.ctx.ref()
        for index, scale in enumerate(scales):
            low, low_open = _read_bound(_to_expr_ref(
                Z3_optimize_get_lower(ref, opt.optimize, 2 * index), self.ctx))
            high, high_open = _read_bound(_to_expr_ref(
                Z3_optimize_get_upper(ref, opt.optimize, 2 * index + 1), self.ctx))
            out.append(Bound(None if low is None else low / scale,
                             None if high is None else high / scale, low_open, high_open))
        return out


def _check(solver: z3.Solver, assumptions: list) -> z3.CheckSatResult:
    """solver.check(*assumptions) for assumptions given as ASTs (as_ast())."""
    array = (Ast * len(assumptions))(*assumptions)
    return z3.CheckSatResult(Z3_solver_check_assumptions(
        solver.ctx.ref(), solver.solver, len(assumptions), array))


class _Scopes:
    """One z3 solver per process and kind, lent to one GroupSolver at a time as a
    push/pop scope: building and freeing a solver costs more than most groups'
    questions. A GroupSolver that finds it lent out gets a solver of its own."""

    def __init__(self):
        self.solver: z3.Solver | None = None
        self.owner = None

    def open(self, owner, ctx, declarations: list, body: str, timeout_ms: int
             ) -> z3.Solver:
        if self.owner is not None or (self.solver is not None and self.solver.ctx != ctx):
            solver = _simple_solver(ctx)  # lent out (or another context): a new one
            solver.set("timeout", timeout_ms)
            solver.from_string(_declared(solver, declarations) + body)
            return solver
        if self.solver is None:
            self.solver = _simple_solver(ctx)
        self.solver.set("timeout", timeout_ms)
        self.solver.push()
        self.owner = owner
        try:
            self.solver.from_string(_declared(self.solver, declarations) + body)
        except BaseException:
            self.close(owner)
            raise
        return self.solver

    def close(self, owner) -> None:
        if self.owner is owner and owner is not None:
            self.owner = None
            self.solver.pop()


def _declared(solver: z3.Solver | None, declarations: list) -> str:
    """SMT-LIB declarations of the names `solver` has not seen yet (all of them for
    None). A solver remembers what its texts declared, pops included, and refuses a
    second declaration of a name."""
    if solver is None:
        return "".join(f"(declare-fun {name} () {sort})" for name, sort in declarations)
    seen = getattr(solver, "_fc_declared", None)
    if seen is None:
        seen = solver._fc_declared = set()
    text = []
    for name, sort in declarations:
        if name not in seen:
            seen.add(name)
            text.append(f"(declare-fun {name} () {sort})")
    return "".join(text)


def _simple_solver(ctx) -> z3.Solver:
    """SMT without tactics before the first check, legacy arithmetic (see above)."""
    solver = z3.SimpleSolver(ctx=ctx)
    solver.set("timeout", TIMEOUT_MS)
    solver.set("smt.arith.solver", ARITH_SOLVER)
    return solver


_PLAIN, _GUARDED = _Scopes(), _Scopes()


class _Guards:
    """Boolean constants (declared already) as ASTs, referenced while in use."""

    def __init__(self, ctx, names: list[str]):
        self.ref = ctx.ref()
        bool_sort = Z3_mk_bool_sort(self.ref)
        self.asts = [_held(self.ref, Z3_mk_const(self.ref, Z3_mk_string_symbol(
            self.ref, name), bool_sort)) for name in names]

    def __enter__(self) -> list:
        return self.asts

    def __exit__(self, *_) -> None:
        for ast in self.asts:
            Z3_dec_ref(self.ref, ast)


def _held(ref, ast):
    """A new AST, counted as referenced (z3 may free one nobody references)."""
    Z3_inc_ref(ref, ast)
    return ast


def _assert_or(solver: z3.Solver, asts: list, release: bool = False) -> None:
    """solver.add(z3.Or(terms)) for terms given as ASTs; `release`: the terms were
    _held for this call only."""
    ref = solver.ctx.ref()
    array = (Ast * len(asts))(*asts)
    disjunction = _held(ref, Z3_mk_or(ref, len(asts), array))
    try:
        Z3_solver_assert(ref, solver.solver, disjunction)
    finally:
        Z3_dec_ref(ref, disjunction)
        if release:
            for ast in asts:
                Z3_dec_ref(ref, ast)


def _is_false(ref, model: z3.ModelRef, ast) -> bool:
    """z3.is_false(model.eval(term)) for a term given as an AST."""
    value = (Ast * 1)()
    if not Z3_model_eval(ref, model.model, ast, False, value):
        raise z3.Z3Exception("failed to evaluate expression in the model")
    result = _held(ref, value[0])
    try:
        return Z3_get_bool_value(ref, result) == z3.Z3_L_FALSE
    finally:
        Z3_dec_ref(ref, result)


def _fraction(value: int | Fraction | None) -> Fraction | None:
    return None if value is None else Fraction(value)


def _smt_value(value: int | Fraction) -> str:
    """A number in SMT-LIB: 5, (- 5), (/ 1 3), (- (/ 1 3))."""
    if type(value) is int:
        return _smt_number(value)
    magnitude = f"(/ {abs(value.numerator)} {value.denominator})"
    return magnitude if value >= 0 else f"(- {magnitude})"


def _atom_scale(coeffs, constant, atom: Atom) -> Fraction:
    """The factor Atom.make multiplied the target by (to undo it afterwards)."""
    for key, value in atom.coeffs:
        return Fraction(value) / Fraction(coeffs[key])
    return Fraction(1) if not constant else Fraction(atom.constant) / Fraction(constant)


def _number(expr) -> Fraction:
    if z3.is_int_value(expr):
        return Fraction(int(expr.as_string()))
    if z3.is_rational_value(expr):
        return Fraction(expr.as_fraction())
    raise TooHard(f"unexpected bound {expr}")


def _read_bound(expr) -> tuple[Fraction | None, bool]:
    """z3's optimum: a number, ±oo, or a number ± epsilon (an open end)."""
    if z3.is_int_value(expr) or z3.is_rational_value(expr):
        return _number(expr), False
    text = expr.sexpr()
    if "oo" in text:
        return None, False
    if z3.is_add(expr):
        numbers = [c for c in expr.children() if "epsilon" not in c.sexpr()]
        value = sum((_number(c) for c in numbers), Fraction(0))
        return value, True
    if "epsilon" in text:  # epsilon alone, or k * epsilon: the bound is 0, open
        return Fraction(0), True
    return _number(expr), False
