"""Exact reasoning over one group of constraints with z3.

Every constraint is guarded by its own Boolean, so one solver answers "do these
agree?" for any subset; conflicts are shrunk to minimal sets and enumerated with
MARCO (Liffiton et al.), implied ranges come from one `Optimize` call with
`priority='box'` (every bound in one call).
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

import itertools

import z3
from z3.z3 import _to_expr_ref
from z3.z3core import Z3_optimize_get_lower, Z3_optimize_get_upper

from .linear import Atom, Constraint, VarKey

# z3 gives up on a group after this long instead of hanging the run.
TIMEOUT_MS = 10_000


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
        self.names = {key: f"{prefix}v{i}" for i, key in enumerate(keys)}
        sort = {k: "Int" if k in integer_vars else "Real" for k in keys}
        self.header = "".join(f"(declare-fun {self.names[k]} () {sort[k]})" for k in keys)
        self.header += "".join(f"(assert (>= {self.names[k]} 0))"
                               for k in keys if k in floor_zero)
        self.formulas = [self._formula(c.exact_atoms if exact and c.exact_atoms else c.atoms)
                         for c in constraints]
        self.prefix = prefix
        self._solver = None

    @property
    def solver(self) -> z3.Solver:
        """The guarded solver, built only when a question needs it: a group that
        agrees is answered by one Optimize call alone."""
        if self._solver is None:
            guard_names = [f"{self.prefix}g{i}" for i in range(len(self.constraints))]
            guarded = "".join(f"(declare-fun {g} () Bool)(assert (=> {g} {f}))"
                              for g, f in zip(guard_names, self.formulas))
            self._solver = z3.Solver(ctx=self.ctx)
            self._solver.set("timeout", TIMEOUT_MS)
            self._solver.from_string(self.header + guarded)
            self.guards = [z3.Bool(g, self.ctx) for g in guard_names]
            self.guard_index = {g: i for i, g in enumerate(guard_names)}
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

    # -- questions -------------------------------------------------------------
    def agrees(self, subset) -> bool:
        solver = self.solver
        result = solver.check(*[self.guards[i] for i in subset])
        if result == z3.unknown:
            raise TooHard(self.solver.reason_unknown())
        return result == z3.sat

    def _core(self) -> list[int]:
        return sorted(self.guard_index[str(g)] for g in self.solver.unsat_core())

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
        map_solver = z3.Solver(ctx=self.ctx)
        marks = [z3.FreshBool("m", self.ctx) for _ in everything]
        found: list[list[int]] = []
        while len(found) < limit and map_solver.check() == z3.sat:
            model = map_solver.model()
            seed = [i for i in everything if not z3.is_false(model.eval(marks[i]))]
            if self.agrees(seed):
                grown = self._grow(seed)
                map_solver.add(z3.Or([marks[i] for i in everything if i not in grown]
                                     or [z3.BoolVal(False, self.ctx)]))
            else:
                conflict = self.core(seed)
                found.append(conflict)
                map_solver.add(z3.Or([z3.Not(marks[i]) for i in conflict]))
        stopped = len(found) >= limit and map_solver.check() == z3.sat
        return found[:cap], max(0, len(found) - cap), stopped

    def _grow(self, seed: list[int]) -> set[int]:
        grown = set(seed)
        for i in range(len(self.constraints)):
            if i not in grown and self.agrees(sorted(grown | {i})):
                grown.add(i)
        return grown

    def bounds(self, targets: list[tuple[dict[VarKey, Fraction], Fraction]],
               subset) -> list[Bound] | None:
        """The range of each linear target over the subset's solutions, in one
        box-priority Optimize call (every bound at once); None if they conflict."""
        opt = z3.Optimize(ctx=self.ctx)
        opt.set("timeout", TIMEOUT_MS)
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
