"""Exact reasoning over one group of constraints with z3.

Every constraint is guarded by its own Boolean, so one solver answers "do these
agree?" for any subset; conflicts are shrunk to minimal sets and enumerated with
MARCO (Liffiton et al.), implied ranges come from one `Optimize` call with
`priority='box'` (every bound in one call).
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

import z3

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


class GroupSolver:
    def __init__(self, constraints: list[Constraint], integer_vars: set[VarKey],
                 floor_zero: set[VarKey], exact: bool = False):
        self.constraints = constraints
        self.ctx = z3.Context()
        self.vars: dict[VarKey, z3.ArithRef] = {}
        self.integer_vars = integer_vars
        self.hard = [self._var(k) >= 0 for k in sorted(floor_zero)]
        self.guards = [z3.Bool(f"g{i}", self.ctx) for i in range(len(constraints))]
        self.formulas = [self._formula(c.exact_atoms if exact and c.exact_atoms else c.atoms)
                         for c in constraints]
        self.solver = z3.Solver(ctx=self.ctx)
        self.solver.set("timeout", TIMEOUT_MS)
        self.solver.add(*self.hard)
        for guard, formula in zip(self.guards, self.formulas):
            self.solver.add(z3.Implies(guard, formula))

    # -- encoding --------------------------------------------------------------
    def _var(self, key: VarKey) -> z3.ArithRef:
        var = self.vars.get(key)
        if var is None:
            make = z3.Int if key in self.integer_vars else z3.Real
            var = self.vars[key] = make(str(key), self.ctx)
        return var

    def _term(self, atom: Atom) -> z3.ArithRef:
        parts = [coeff * self._var(key) for key, coeff in atom.coeffs]
        if atom.constant or not parts:
            parts.append(z3.IntVal(atom.constant, self.ctx))
        return z3.Sum(*parts) if len(parts) > 1 else parts[0]

    def _atom(self, atom: Atom) -> z3.BoolRef:
        term = self._term(atom)
        return {"<=": term <= 0, "<": term < 0, ">=": term >= 0, ">": term > 0,
                "==": term == 0}[atom.op]

    def _formula(self, atoms: list[Atom]) -> z3.BoolRef:
        if not atoms:
            return z3.BoolVal(True, self.ctx)
        return z3.And(*[self._atom(a) for a in atoms]) if len(atoms) > 1 else self._atom(atoms[0])

    # -- questions -------------------------------------------------------------
    def agrees(self, subset) -> bool:
        result = self.solver.check(*[self.guards[i] for i in subset])
        if result == z3.unknown:
            raise TooHard(self.solver.reason_unknown())
        return result == z3.sat

    def core(self, subset) -> list[int]:
        """A minimal subset of `subset` (known to conflict) that still conflicts."""
        index = {self.guards[i].get_id(): i for i in subset}
        current = sorted(index[g.get_id()] for g in self.solver.unsat_core())
        position = 0
        while position < len(current):
            trial = current[:position] + current[position + 1:]
            if self.agrees(trial):
                position += 1
            else:
                current = sorted(index[g.get_id()] for g in self.solver.unsat_core())
                current = [i for i in current if i in trial] or trial
                position = min(position, len(current))
        return current

    def all_conflicts(self, cap: int, limit: int) -> tuple[list[list[int]], int, bool]:
        """Minimal conflicting sets (MARCO): the first `cap`, how many beyond it were
        found, and whether the enumeration stopped at `limit` before the end."""
        everything = list(range(len(self.constraints)))
        map_solver = z3.Solver(ctx=self.ctx)
        marks = [z3.Bool(f"m{i}", self.ctx) for i in everything]
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
               subset) -> list[Bound]:
        """The range of each linear target over the subset's solutions, in one call."""
        opt = z3.Optimize(ctx=self.ctx)
        opt.set("timeout", TIMEOUT_MS)
        opt.set(priority="box")
        opt.add(*self.hard)
        for i in subset:
            opt.add(self.formulas[i])
        handles = []
        for coeffs, constant in targets:
            atom = Atom.make(coeffs, constant, "==")
            scale = _atom_scale(coeffs, constant, atom)
            term = self._term(atom)
            handles.append((opt.minimize(term), opt.maximize(term), scale))
        result = opt.check()
        if result != z3.sat:
            raise TooHard(opt.reason_unknown() if result == z3.unknown else "no solution")
        out = []
        for low_h, high_h, scale in handles:
            low, low_open = _read_bound(low_h.value())
            high, high_open = _read_bound(high_h.value())
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
        return Fraction(expr.as_long())
    if z3.is_rational_value(expr):
        return Fraction(expr.numerator_as_long(), expr.denominator_as_long())
    raise TooHard(f"unexpected bound {expr}")


def _read_bound(expr) -> tuple[Fraction | None, bool]:
    """z3's optimum: a number, ±oo, or a number ± epsilon (an open end)."""
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
