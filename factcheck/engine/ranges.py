"""Implied ranges of a group's variables (the questions of GroupSolver about bounds).

Bound propagation (propagate.py) proposes each end. Most often points found in
Python prove them all (witness.py: a point reaching them, checked exactly), and the
group asks z3 nothing. Else z3 proves them: a solution
reaches it, and none goes beyond (one disjunction for all of them); an end with no
bound is proved infinite by a direction along which every constraint keeps holding.
The ends left (open ends of real quantities, bounds that propagation overshoots)
come from one `Optimize` call with `priority='box'` (`bounds`, every bound in one
call). Same answers as optimising each bound, a fraction of the time.
"""

from __future__ import annotations

from fractions import Fraction

import z3
from z3.z3 import _to_expr_ref
from z3.z3core import Z3_optimize_get_lower, Z3_optimize_get_upper

from .constraints import Atom, VarKey
from .results import Bound  # noqa: F401  (ranges' answers; z3-free, as cached)
from .points import PointQuestions
from .propagate import implied_whole, propagate, rising_direction, rows_by_variable, rows_of
from .z3calls import (
    ARITH_SOLVER, Guards, TooHard, atom_scale, declared, fraction, read_bound, smt_number,
    smt_value,
)


class RangeQuestions(PointQuestions):
    """The bound questions of solver.GroupSolver, which holds the group (keys,
    positions, atoms, names), its solvers and its time (`_ask`, `_tick`,
    `_remaining_ms`, `_plain`); those points answer: points.py."""

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
        if not shared and len(subset) == len(self.constraints):
            proved = self._witnessed(keys)
            if proved is not None or self._refuted:  # refuted: no solution at all
                return proved
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
        rows_with = rows_by_variable(rows, len(self.keys))
        found = propagate(rows, len(self.keys), whole, self.floor, rows_with)
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
        # Ends points reached are proved (as z3 would: reached, and propagation is
        # sound); z3 proves the others.
        by_points = self._reached_ends(rows, rows_with, whole, found, subset, ends) if shared \
            else self._by_points if len(subset) == len(self.constraints) else {}
        by_points = {end: value for end, value in by_points.items()
                     if ends.get(end) == value}
        proved = self._proved(solver, base, tag, {end: value for end, value in ends.items()
                                                  if end not in by_points})
        proved.update(by_points)
        # An end with a direction found in Python is infinite; z3 looks for the rest.
        rising = [end for end in endless if rising_direction(
            rows, len(self.keys), self.floor, self.position[end[0]], 1 if end[1] else -1,
            rows_with)]
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
                Bound(fraction(proved[(key, False)]), fraction(proved[(key, True)]))
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
        declarations = [(f"{tag}d{i}", "Real") for i in range(len(self.keys))]
        declarations += [(f"{tag}rows", "Bool")] + [(f"{tag}u{j}", "Bool")
                                                   for j in range(len(ends))]
        text = []
        rows = [f"(>= {tag}d{i} 0)" for i in self.floor]
        for i in subset:
            for atom in self.atoms[i]:
                terms = [f"(* {smt_number(c)} {tag}d{self.position[k]})"
                         for k, c in atom.coeffs]
                if terms:
                    op = {"<": "<=", ">": ">=", "==": "="}.get(atom.op, atom.op)
                    rows.append(f"({op} (+ 0 {' '.join(terms)}) 0)")
        text.append(f"(assert (=> {tag}rows (and true {' '.join(rows)})))")
        for j, (key, upper) in enumerate(ends):
            text.append(f"(assert (=> {tag}u{j} "
                        f"({'>=' if upper else '<='} {tag}d{self.position[key]} "
                        f"{'1' if upper else '(- 1)'})))")
        solver.from_string(declared(solver, declarations) + "".join(text))
        reached: list = []
        names = [f"{tag}u{j}" for j in range(len(ends))] + [f"{tag}rows"]
        with Guards(self.ctx, names) as guards:
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
            name, number = self.names[key], smt_value(ends[(key, upper)])
            text.append(f"(assert (=> {tag}e{j} ({'>=' if upper else '<='} {name} {number})))")
            beyond.append(f"({'>' if upper else '<'} {name} {number})")
        solver.from_string(declared(solver, [(f"{tag}e{j}", "Bool")
                                              for j in range(len(order))]) + "".join(text))
        with Guards(self.ctx, [f"{tag}e{j}" for j in range(len(order))]) as guards:
            reach = dict(zip(order, guards))
            reached: list = []
            for upper in (False, True):  # all lower ends together, then all upper ends
                self._reach([end for end in order if end[1] == upper], reach, solver,
                            base, reached)
        if not reached:
            return {}
        wanted = set(reached)
        solver.from_string(declared(solver, [(f"{tag}beyond", "Bool")]) + f"(assert (=> "
                           f"{tag}beyond (or " + " ".join(
                               b for end, b in zip(order, beyond) if end in wanted) + ")))")
        with Guards(self.ctx, [f"{tag}beyond"]) as (guard,):
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
        if not any(c.exact_atoms for c in self.constraints):
            return False
        if self._agreeing is None and self._witness is not None:
            # The points that proved agreement may prove this too. Else the exact
            # GroupSolver is asked at once: building z3's solver of these constraints
            # here only to ask it the same question costs more than it can save.
            exact = [c.exact_atoms for c in self.constraints if c.exact_atoms]
            return any(self._satisfies(point, exact) for point in self._witnesses) or \
                self.witnessed_agreement(exact)
        solver = self._agreeing
        exact = [self._formula(c.exact_atoms) for c in self.constraints if c.exact_atoms]
        if solver is None:
            return False
        solver.from_string(declared(solver, [(f"{self.prefix}exact", "Bool")]) +
                           f"(assert (=> {self.prefix}exact (and {' '.join(exact)})))")
        with Guards(self.ctx, [f"{self.prefix}exact"]) as (guard,):
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
            scales.append(atom_scale(coeffs, constant, atom))
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
            low, low_open = read_bound(_to_expr_ref(
                Z3_optimize_get_lower(ref, opt.optimize, 2 * index), self.ctx))
            high, high_open = read_bound(_to_expr_ref(
                Z3_optimize_get_upper(ref, opt.optimize, 2 * index + 1), self.ctx))
            out.append(Bound(None if low is None else low / scale,
                             None if high is None else high / scale, low_open, high_open))
        return out
