"""z3 at the level of its C API and SMT-LIB text, for engine/solver.py and ranges.py.

The Python wrappers (z3.Or, Solver.check, model.eval) cost more than the small
questions a group asks, so loops call the C functions directly; the ASTs made here
are reference-counted by hand (`held`, `Guards`). One solver per process and kind
is lent to one group at a time as a push/pop scope (`Scopes`): building and freeing
a solver costs more than most groups' questions.
"""

from __future__ import annotations

from fractions import Fraction

import z3
from z3.z3core import (
    Z3_dec_ref, Z3_get_app_decl, Z3_get_bool_value, Z3_inc_ref, Z3_mk_bool_sort, Z3_mk_const,
    Z3_mk_or, Z3_mk_string_symbol, Z3_model_get_const_interp, Z3_solver_assert,
    Z3_solver_check_assumptions, Z3_to_app,
)
from z3.z3types import Ast

from .constraints import Atom

# The arithmetic solver of every solver and Optimize of the engine: the legacy one
# (`arith.solver=2`) finds the engine's whole-number optima about ten times faster
# than the default one, and the same.
ARITH_SOLVER = 2


class TooHard(Exception):
    """z3 answered `unknown` (time-out or beyond its theory) for a group.

    z3 gives a time-out two names: "timeout" when it notices the time is up, and
    "canceled" when its timer thread interrupts it first (more often on a loaded
    machine). Both are the group's time running out: one reason for the user."""

    def __init__(self, reason: str = ""):
        super().__init__("timeout" if reason == "canceled" else reason)


def smt_number(value: int) -> str:
    return str(value) if value >= 0 else f"(- {-value})"


def check(solver: z3.Solver, assumptions: list) -> z3.CheckSatResult:
    """solver.check(*assumptions) for assumptions given as ASTs (as_ast())."""
    array = (Ast * len(assumptions))(*assumptions)
    return z3.CheckSatResult(Z3_solver_check_assumptions(
        solver.ctx.ref(), solver.solver, len(assumptions), array))


class Scopes:
    """One z3 solver per process and kind, lent to one GroupSolver at a time as a
    push/pop scope: building and freeing a solver costs more than most groups'
    questions. A GroupSolver that finds it lent out gets a solver of its own."""

    def __init__(self):
        self.solver: z3.Solver | None = None
        self.owner = None

    def open(self, owner, ctx, declarations: list, body: str, timeout_ms: int
             ) -> z3.Solver:
        if self.owner is not None or (self.solver is not None and self.solver.ctx != ctx):
            solver = simple_solver(ctx)  # lent out (or another context): a new one
            solver.set("timeout", timeout_ms)
            solver.from_string(declared(solver, declarations) + body)
            return solver
        if self.solver is None:
            self.solver = simple_solver(ctx)
        self.solver.set("timeout", timeout_ms)
        self.solver.push()
        self.owner = owner
        try:
            self.solver.from_string(declared(self.solver, declarations) + body)
        except BaseException:
            self.close(owner)
            raise
        return self.solver

    def close(self, owner) -> None:
        if self.owner is owner and owner is not None:
            self.owner = None
            self.solver.pop()


def declared(solver: z3.Solver | None, declarations: list) -> str:
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


def simple_solver(ctx) -> z3.Solver:
    """SMT without tactics before the first check, legacy arithmetic (see
    solver.py); its time is set by whoever asks."""
    solver = z3.SimpleSolver(ctx=ctx)
    solver.set("smt.arith.solver", ARITH_SOLVER)
    return solver


PLAIN, GUARDED = Scopes(), Scopes()


class Guards:
    """Boolean constants (declared already) as ASTs, referenced while in use.
    `kept`: names every group uses again (a constraint's guard, its mark in the
    map): made once per process and context, and held for good (a few hundred at
    most), instead of made and freed again for each group."""

    _kept: dict[tuple[int, str], object] = {}  # (context, name) -> AST, held for good

    def __init__(self, ctx, names: list[str], kept: bool = False):
        self.ref = ctx.ref()
        self.kept = kept
        if kept:
            self.asts = [self._kept.get((self.ref.value, name)) or self._keep(name)
                         for name in names]
        else:
            self.asts = [self._make(name) for name in names]

    def _make(self, name: str):
        return held(self.ref, Z3_mk_const(self.ref, Z3_mk_string_symbol(self.ref, name),
                                          Z3_mk_bool_sort(self.ref)))

    def _keep(self, name: str):
        ast = self._kept[(self.ref.value, name)] = self._make(name)
        return ast

    def __enter__(self) -> list:
        return self.asts

    def __exit__(self, *_) -> None:
        self.release()

    def release(self) -> None:
        if not self.kept:
            for ast in self.asts:
                Z3_dec_ref(self.ref, ast)
        self.asts = []


def held(ref, ast):
    """A new AST, counted as referenced (z3 may free one nobody references)."""
    Z3_inc_ref(ref, ast)
    return ast


def assert_or(solver: z3.Solver, asts: list, release: bool = False) -> None:
    """solver.add(z3.Or(terms)) for terms given as ASTs; `release`: the terms were
    held for this call only."""
    ref = solver.ctx.ref()
    array = (Ast * len(asts))(*asts)
    disjunction = held(ref, Z3_mk_or(ref, len(asts), array))
    try:
        Z3_solver_assert(ref, solver.solver, disjunction)
    finally:
        Z3_dec_ref(ref, disjunction)
        if release:
            for ast in asts:
                Z3_dec_ref(ref, ast)


def declarations(ref, asts: list) -> list:
    """The declarations of constants given as ASTs (valid while those are held)."""
    return [Z3_get_app_decl(ref, Z3_to_app(ref, ast)) for ast in asts]


def false_constants(ref, model: z3.ModelRef, decls: list) -> set[int]:
    """The positions of the Boolean constants (by declaration) the model makes false;
    one the model leaves unassigned is not. (One call per constant, where evaluating
    each in the model costs five.)"""
    out = set()
    for i, decl in enumerate(decls):
        value = Z3_model_get_const_interp(ref, model.model, decl)
        if value and Z3_get_bool_value(ref, value) == z3.Z3_L_FALSE:
            out.add(i)
    return out


def fraction(value: int | Fraction | None) -> Fraction | None:
    return None if value is None else Fraction(value)


def smt_value(value: int | Fraction) -> str:
    """A number in SMT-LIB: 5, (- 5), (/ 1 3), (- (/ 1 3))."""
    if type(value) is int:
        return smt_number(value)
    magnitude = f"(/ {abs(value.numerator)} {value.denominator})"
    return magnitude if value >= 0 else f"(- {magnitude})"


def atom_scale(coeffs, constant, atom: Atom) -> Fraction:
    """The factor Atom.make multiplied the target by (to undo it afterwards)."""
    for key, value in atom.coeffs:
        return Fraction(value) / Fraction(coeffs[key])
    return Fraction(1) if not constant else Fraction(atom.constant) / Fraction(constant)


def number(expr) -> Fraction:
    if z3.is_int_value(expr):
        return Fraction(int(expr.as_string()))
    if z3.is_rational_value(expr):
        return Fraction(expr.as_fraction())
    raise TooHard(f"unexpected bound {expr}")


def read_bound(expr) -> tuple[Fraction | None, bool]:
    """z3's optimum: a number, ±oo, or a number ± epsilon (an open end)."""
    if z3.is_int_value(expr) or z3.is_rational_value(expr):
        return number(expr), False
    text = expr.sexpr()
    if "oo" in text:
        return None, False
    if z3.is_add(expr):
        numbers = [c for c in expr.children() if "epsilon" not in c.sexpr()]
        value = sum((number(c) for c in numbers), Fraction(0))
        return value, True
    if "epsilon" in text:  # epsilon alone, or k * epsilon: the bound is 0, open
        return Fraction(0), True
    return number(expr), False

