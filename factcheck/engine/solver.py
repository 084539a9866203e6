"""Exact reasoning over one group of constraints with z3.

Every constraint is guarded by its own Boolean, so one solver answers "do these
agree?" for any subset; conflicts are shrunk to minimal sets and enumerated with
MARCO (Liffiton et al.). Implied ranges: bound propagation (propagate.py) proposes
each end, z3 proves it (a solution reaches it, and none goes beyond); the ends it
cannot settle so (unbounded, open, or not reached) come from one `Optimize` call
with `priority='box'` (every bound in one call).

z3's arithmetic solvers give the same answers; on these small whole-number problems
its legacy one (`arith.solver=2`) finds optima ten times faster.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

import itertools

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
from .propagate import propagate, rows_of

# z3 gives up on a group after this long instead of hanging the run.
TIMEOUT_MS = 10_000
# The arithmetic solver of the unguarded solvers and of Optimize (see above).
ARITH_SOLVER = 2


class TooHard(Exception):
    """z3 answered `unknown` (time-out or beyond its theory) for a group."""


@dataclass(frozen=True)
class Bound:
    low: Fraction | None
    high: Fraction | None
    low_open: bool = False
    high_open: bool = False


_instances = itertools.count()


def _smt_number(value: int) -> str:
    return str(value) if value >= 0 else f"(- {-value})"


class GroupSolver:
    """One group's constraints, written as SMT-LIB text and parsed by z3 in C:
    building terms through z3's Python API costs ten times more."""

    def __init__(self, constraints: list[Constraint], integer_vars: set[VarKey],
                 floor_zero: set[VarKey], exact: bool = False):
        self.constraints = constraints
        # One context for the run: making a context costs milliseconds, a group less.
        self.ctx = z3.main_ctx()
        prefix = f"s{next(_instances)}_"
        keys = sorted({k for c in constraints for k in c.variables})
        self.keys = keys
        self.position = {key: i for i, key in enumerate(keys)}
        self.whole = [k in integer_vars for k in keys]
        self.floor = [i for i, k in enumerate(keys) if k in floor_zero]
        self.names = {key: f"{prefix}v{i}" for i, key in enumerate(keys)}
        sort = {k: "Int" if k in integer_vars else "Real" for k in keys}
        self.header = "".join(f"(declare-fun {self.names[k]} () {sort[k]})" for k in keys)
        self.header += "".join(f"(assert (>= {self.names[k]} 0))"
                               for k in keys if k in floor_zero)
        self.atoms = [c.exact_atoms if exact and c.exact_atoms else c.atoms
                      for c in constraints]
        self.formulas = [self._formula(atoms) for atoms in self.atoms]
        self.prefix = prefix
        self._solver = None
        self._agreeing = None  # the unguarded solver of every constraint, once sat
        self._questions = itertools.count()

    @property
    def solver(self) -> z3.Solver:
        """The guarded solver, built only when a question needs it: a group that
        agrees never needs it. Plain SMT (no tactics before the first check) with the
        legacy arithmetic: the minimal sets are the same whichever solver finds
        them, and consistency.solve_group puts them in an order of its own."""
        if self._solver is None:
            guard_names = [f"{self.prefix}g{i}" for i in range(len(self.constraints))]
            guarded = "".join(f"(declare-fun {g} () Bool)(assert (=> {g} {f}))"
                              for g, f in zip(guard_names, self.formulas))
            self._solver = z3.SimpleSolver(ctx=self.ctx)
            self._solver.set("timeout", TIMEOUT_MS)
            self._solver.set("smt.arith.solver", ARITH_SOLVER)
            self._solver.from_string(self.header + guarded)
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
        return f"({op} {self._term(atom)} 0)"

    def _formula(self, atoms: list[Atom]) -> str:
        if not atoms:
            return "true"
        if len(atoms) == 1:
            return self._atom(atoms[0])
        return "(and " + " ".join(self._atom(a) for a in atoms) + ")"

    def _plain(self, subset) -> z3.Solver:
        """An unguarded solver of the subset's constraints: for questions about one
        subset it is quicker to build and to ask than the guarded one."""
        solver = z3.SimpleSolver(ctx=self.ctx)
        solver.set("timeout", TIMEOUT_MS)
        solver.set("smt.arith.solver", ARITH_SOLVER)
        solver.from_string(self.header + "".join(f"(assert {self.formulas[i]})"
                                                 for i in subset))
        return solver

    # -- questions -------------------------------------------------------------
    def consistent(self, subset) -> bool:
        """Whether the subset's constraints agree: agrees() without the guards."""
        solver = self._plain(subset)
        result = solver.check()
        if result == z3.unknown:
            raise TooHard(solver.reason_unknown())
        return result == z3.sat

    def agrees(self, subset) -> bool:
        solver = self.solver
        result = _check(solver, [self.guard_asts[i] for i in subset])
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
        marks = [z3.FreshBool("m", self.ctx) for _ in everything]
        # The z3 calls of z3.Or, z3.Not, Solver.add/check and model.eval, made
        # directly: the Python wrappers cost more than the search itself.
        ref = self.ctx.ref()
        mark_asts = [m.as_ast() for m in marks]
        found: list[list[int]] = []
        while len(found) < limit and _check(map_solver, []) == z3.sat:
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
        stopped = len(found) >= limit and _check(map_solver, []) == z3.sat
        return found[:cap], max(0, len(found) - cap), stopped

    def _grow(self, seed: list[int]) -> set[int]:
        grown = set(seed)
        for i in range(len(self.constraints)):
            if i not in grown and self.agrees(sorted(grown | {i})):
                grown.add(i)
        return grown

    def ranges(self, keys: list[VarKey], subset, shared: bool = False
               ) -> list[Bound] | None:
        """The range of each variable over the subset's solutions; None if they
        conflict. The same answer as bounds() with one target per variable, found
        faster: propagation proposes the ends, z3 proves them.

        `shared`: ask the guarded solver, the subset as assumptions (for many small
        subsets: the members of conflicts); else a solver of the subset alone. The
        questions add constraints only under fresh guards: later questions, minimal
        sets included, are not changed by them."""
        subset = list(subset)
        if shared:
            solver = self.solver
            base = [self.guard_asts[i] for i in subset]
            result = _check(solver, base)
        else:
            solver, base = self._plain(subset), []
            result = solver.check()
        if result == z3.unsat:
            return None
        if result != z3.sat:
            raise TooHard(solver.reason_unknown())
        if len(subset) == len(self.constraints) and not shared:
            self._agreeing = solver  # kept for exact_also_agrees()
        found = propagate(rows_of([self.atoms[i] for i in subset], self.position),
                          len(self.keys), self.whole, self.floor)
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

    def _unbounded(self, solver: z3.Solver, base: list, tag: str, subset: list[int],
                   ends: list) -> list:
        """The ends (key, upper?) that are infinite. Such an end has a direction d
        along which no constraint of the subset gets closer to breaking (each
        homogeneous row `sum(c·d) op 0`, strict or not, holds) and the variable
        moves: from any solution, then, ever further solutions, whole numbers
        included (take whole multiples of d)."""
        if not ends:
            return []
        text = [f"(declare-fun {tag}d{i} () Real)" for i in range(len(self.keys))]
        text.append(f"(declare-fun {tag}rows () Bool)")
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
            text.append(f"(declare-fun {tag}u{j} () Bool)(assert (=> {tag}u{j} "
                        f"({'>=' if upper else '<='} {tag}d{self.position[key]} "
                        f"{'1' if upper else '(- 1)'})))")
        solver.from_string("".join(text))
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
            text.append(f"(declare-fun {tag}e{j} () Bool)(assert (=> "
                        f"{tag}e{j} ({'>=' if upper else '<='} {name} {number})))")
            beyond.append(f"({'>' if upper else '<'} {name} {number})")
        solver.from_string("".join(text))
        with _Guards(self.ctx, [f"{tag}e{j}" for j in range(len(order))]) as guards:
            reach = dict(zip(order, guards))
            reached: list = []
            for upper in (False, True):  # all lower ends together, then all upper ends
                self._reach([end for end in order if end[1] == upper], reach, solver,
                            base, reached)
        if not reached:
            return {}
        wanted = set(reached)
        solver.from_string(f"(declare-fun {tag}beyond () Bool)(assert (=> "
                           f"{tag}beyond (or " + " ".join(
                               b for end, b in zip(order, beyond) if end in wanted) + ")))")
        with _Guards(self.ctx, [f"{tag}beyond"]) as (guard,):
            result = _check(solver, base + [guard])
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
        solver.from_string(f"(declare-fun {self.prefix}exact () Bool)(assert (=> "
                           f"{self.prefix}exact (and {' '.join(exact)})))")
        with _Guards(self.ctx, [f"{self.prefix}exact"]) as (guard,):
            return _check(solver, [guard]) == z3.sat

    def _reach(self, ends: list, reach: dict, solver: z3.Solver, base: list,
               reached: list) -> None:
        """Which ends a solution reaches: all at once when one solution reaches them
        all, else each half in turn."""
        if not ends:
            return
        result = _check(solver, base + [reach[end] for end in ends])
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
        opt.set("timeout", TIMEOUT_MS)
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
