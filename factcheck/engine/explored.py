"""MARCO's map of explored sets (solver.GroupSolver.all_conflicts), in Python.

Each set explored is kept as a clause over one mark per constraint of the group (a
constraint marked is in the seed):

- a maximal set that agrees, M: every later seed holds some constraint outside M
  (a set inside M agrees: nothing to learn there);
- a minimal conflicting set, C: every later seed leaves some member of C out.

A seed is a marking that keeps every clause; none left means every subset is
explored. The search leaves out as few constraints as it can, in position order,
so seeds are large (as MARCO wants) and the same in every run.

Which minimal sets MARCO finds, when it runs to its end, does not depend on the
seeds the map offers: each seed that conflicts holds a minimal set not found yet,
each that agrees grows to a maximal set not found yet, and the map runs out once
every minimal set is found (consistency.py orders them itself). Only the path
depends on the seeds. (The map was a z3 solver before: a question, its model and
its clauses through z3 cost more than this search.)
"""

from __future__ import annotations

from .z3calls import TooHard

# Steps the search of one seed may take (a step: one constraint tried out). A
# group's map takes some tens; a hostile group's map stops here, out of time.
SEED_STEPS = 200_000


class ExploredMap:
    """The clauses of one group's explored sets, over its `count` constraints."""

    def __init__(self, count: int):
        self.count = count
        self.outside: list[list[int]] = []  # per maximal set: the constraints outside
        self.conflicts: list[list[int]] = []  # the minimal sets, each sorted
        self.closed = False  # a maximal set held every constraint: nothing is left
        self._in_outside: dict[int, list[int]] = {}  # constraint -> its outside clauses

    def agreeing(self, grown) -> None:
        """`grown` (positions) is a maximal set that agrees."""
        outside = [i for i in range(self.count) if i not in grown]
        if not outside:
            self.closed = True
            return
        for i in outside:
            self._in_outside.setdefault(i, []).append(len(self.outside))
        self.outside.append(outside)

    def conflicting(self, members) -> None:
        """`members` (positions) is a minimal set that conflicts."""
        self.conflicts.append(sorted(members))

    def seed(self) -> list[int] | None:
        """An unexplored set (its positions, ascending); None when there is none."""
        if self.closed:
            return None
        inside = [len(clause) for clause in self.outside]  # marked members per clause
        out: set[int] = set()
        if not self._leave_out(0, inside, out, [SEED_STEPS]):
            return None
        return [i for i in range(self.count) if i not in out]

    def _leave_out(self, k: int, inside: list[int], out: set[int], steps: list[int]) -> bool:
        """Leave out one member of each minimal set from the k-th on that `out`
        does not meet yet, keeping a member of every outside clause marked;
        depth first, members in position order (every choice is tried: it finds
        a seed whenever there is one)."""
        conflicts = self.conflicts
        while k < len(conflicts) and not out.isdisjoint(conflicts[k]):
            k += 1
        if k == len(conflicts):
            return True
        for i in conflicts[k]:
            steps[0] -= 1
            if steps[0] < 0:
                raise TooHard("the map of explored sets grew too large")
            clauses = self._in_outside.get(i, ())
            if any(inside[c] == 1 for c in clauses):
                continue  # the last member marked of a clause: it stays in
            out.add(i)
            for c in clauses:
                inside[c] -= 1
            if self._leave_out(k + 1, inside, out, steps):
                return True
            out.discard(i)
            for c in clauses:
                inside[c] += 1
        return False
