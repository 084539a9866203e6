"""Do the claims agree? Group by shared variables, then solve each group alone.

Each group costs what its own size costs, so a registry of many small groups costs
time in proportion to its size; groups are shared among worker processes when
there are many (parallel.py). Each group yields either its minimal conflicting sets
(with, for every claim in a set, the range the others allow it) or the implied
range of each of its variables; a consistent group that would conflict with every
bare number read exactly yields its rounding sets. Minimal sets are listed in an
order of their own, not in the order z3 happens to find them, so that a run gives
the same report however its groups are shared among processes.
"""

from __future__ import annotations

from functools import partial

from .constraints import Constraint, VarKey, is_auxiliary
from ..workers import worker_count
from . import parallel
from .problem import Problem
from .results import Conflict, GroupResult

# How many minimal sets a group reports, and how many it looks for at most.
CONFLICT_CAP = 20
CONFLICT_LIMIT = 200
# Below this many groups, starting worker processes costs more than it saves.
PARALLEL_FROM = 200


def groups(constraints: list[Constraint]) -> list[list[Constraint]]:
    """Connected components: constraints that share a variable, directly or not.
    Each group keeps the constraints' order, groups in the order of their first
    constraint. (Union-find over numbers given to the variables as first seen:
    every run does this over every constraint, cached or not.)"""
    number: dict[VarKey, int] = {}
    parent: list[int] = []

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = i = parent[parent[i]]  # path halving
        return i

    firsts: list[int | None] = []
    for constraint in constraints:
        first = None
        for key in constraint.variables:
            i = number.get(key)
            if i is None:
                i = number[key] = len(parent)
                parent.append(i)
            if first is None:
                first = find(i)
            else:
                root = find(i)
                if root != first:
                    parent[root] = first
        firsts.append(first)
    buckets: dict[object, list[Constraint]] = {}
    for index, (constraint, first) in enumerate(zip(constraints, firsts)):
        root = find(first) if first is not None else ("alone", index)
        buckets.setdefault(root, []).append(constraint)
    return list(buckets.values())


def check(problem: Problem, jobs: int | None = None, cache=None, ranges: bool = True,
          wanted=None) -> list[GroupResult]:
    """Solve every group; on several cores, many groups are shared among processes.
    `cache`: a cache.Store of solved groups; `ranges`: find the implied ranges (else
    only conflicts, rounding and undecided groups); `wanted(group)`: solve only the
    groups it accepts (the others are left out of the results)."""
    integer_vars, floor_zero = problem.integer_vars(), problem.floor_zero()
    work = groups(problem.constraints)
    if wanted is not None:
        work = [group for group in work if wanted(group)]
    solve = solve_group if ranges else partial(solve_group, ranges=False)
    if cache is not None:
        from .group_cache import solve_cached

        return solve_cached(work, integer_vars, floor_zero, cache, ranges,
                            lambda missing: _solve(missing, integer_vars, floor_zero,
                                                   jobs, solve))
    return _solve(work, integer_vars, floor_zero, jobs, solve)


def _solve(work, integer_vars, floor_zero, jobs, solve) -> list[GroupResult]:
    jobs = jobs or _default_jobs(len(work))
    if jobs > 1:
        return parallel.solve_all(work, integer_vars, floor_zero, jobs, solve)
    return [solve(group, integer_vars, floor_zero) for group in work]


def _default_jobs(count: int) -> int:
    return worker_count() if count >= PARALLEL_FROM else 1


def solve_group(group: list[Constraint], integer_vars, floor_zero,
                ranges: bool = True) -> GroupResult:
    """`ranges`: find the implied ranges too (a format that prints none needs only
    to know whether the group agrees: one check instead of dozens)."""
    from .solver import GroupSolver, TooHard

    keys = {k for c in group for k in c.variables}
    integer_vars, floor_zero = integer_vars & keys, floor_zero & keys
    result = GroupResult(group)
    solver = GroupSolver(group, integer_vars, floor_zero)
    everything = list(range(len(group)))
    try:
        reported = _reported(group) if ranges else []
        bounds = solver.ranges(reported, everything) if ranges else (
            [] if solver.all_agree() else None)
        if bounds is None:
            result.known = "conflict"
            found, _, stopped = solver.all_conflicts(CONFLICT_LIMIT, CONFLICT_LIMIT)
            # One-speaker sets (errors) first, so the cap never hides one behind
            # warnings; the "more" finding takes the worst severity it hides. Then
            # smaller sets first, then by position in the group: the order z3 finds
            # them in can depend on what the process asked z3 before (a sequential
            # and a parallel run could differ), this one on the registry alone.
            found.sort(key=lambda members: (not _one_speaker(group, members),
                                            len(members), members))
            found = _one_per_claims(group, found)
            shown, hidden = found[:CONFLICT_CAP], found[CONFLICT_CAP:]
            result.conflicts = [_conflict(solver, members) for members in shown]
            result.more_conflicts, result.more_unknown = len(hidden), stopped
            result.more_errors = any(_one_speaker(group, members) for members in hidden)
            if any(c.exact_atoms for c in group):  # rounding sets beside the conflicts
                result.rounding = _rounding(group, integer_vars, floor_zero,
                                            solver.deadline, rounded=solver)
            return result
        result.ranges = dict(zip(reported, bounds))
        result.known = "agree"
        # Read exactly, do bare numbers still agree? Usually a quick yes from the
        # solver that found the ranges; else the question is asked in full.
        if any(c.exact_atoms for c in group) and not solver.exact_also_agrees():
            solver.release()
            result.rounding = _rounding(group, integer_vars, floor_zero, solver.deadline)
    except TooHard as error:
        result.too_hard = str(error) or "the solver gave up"
        if result.known is None and solver.agreed:
            result.known = "agree, unranged"  # the ranges were not found in time
    finally:
        solver.release()
    return result


def _one_per_claims(group: list[Constraint], found: list[list[int]]) -> list[list[int]]:
    """The first of the sets that hold the same claims and relations and differ only
    in built-in rules: a town above its region's count conflicts with the `within`
    rule between them, and again through every measured place in between. Both are
    minimal; the second says nothing more about which claim to fix. Sets come sorted,
    so the one kept is the smallest."""
    kept, seen = [], set()
    for members in found:
        written = frozenset(i for i in members if group[i].kind in ("claim", "relation"))
        if written not in seen:
            seen.add(written)
            kept.append(members)
    return kept


def _one_speaker(group: list[Constraint], members: list[int]) -> bool:
    """Whether the set's claims come from one document and one speaker (an error)."""
    speakers = {group[i].source.speaker for i in members if group[i].kind == "claim"}
    return len(speakers) <= 1


def _reported(group: list[Constraint]) -> list[VarKey]:
    """The variables whose range the report shows: those a claim speaks of, and
    undated ones. A dated value only a rule instantiates (people remaining on a
    day nobody counted them) is left out: it costs solver time and says little."""
    keys = {k for c in group for k in c.variables
            if (c.kind == "claim" or k.date is None) and not is_auxiliary(k.name)}
    return sorted(keys)


def _conflict(solver, members: list[int], exact: bool = False) -> Conflict:
    """The set, with what the others allow each member: as much of it as the group's
    time allows (the set itself is found already, and is reported whatever)."""
    from .solver import TooHard

    conflict = Conflict([solver.constraints[i] for i in members], exact=exact)
    try:
        _explain(solver, conflict, members)
    except TooHard:
        pass
    return conflict


def _explain(solver, conflict: Conflict, members: list[int]) -> None:
    for i in members:
        constraint = solver.constraints[i]
        target = constraint.target
        others = [j for j in members if j != i]
        if constraint.kind != "claim" and len(constraint.atoms) == 1:
            keys = constraint.atoms[0].variables
            bounds = solver.ranges(list(keys), others, shared=True, agreeing=True)
            if bounds is not None:
                conflict.substituted[constraint.key] = bounds
            continue
        if constraint.kind != "claim" or target is None or target[0] != "linear":
            continue
        _, coeffs, constant, scale = target
        if not constant and len(coeffs) == 1 and next(iter(coeffs.values())) == 1:
            (bound,) = solver.ranges(list(coeffs), others, shared=True,
                                     agreeing=True) or (None,)
        else:
            (bound,) = solver.bounds([(coeffs, constant)], others) or (None,)
        if bound is None:
            continue
        conflict.allowed[constraint.source.id] = (bound, scale)


def _rounding(group, integer_vars, floor_zero, deadline=None,
              rounded=None) -> list[Conflict]:
    """Conflicts that appear when every bare number is read exactly (within the
    group's time: `deadline`). In a group that conflicts as read (`rounded`, its
    solver), the sets read exactly are its conflicts too: a rounding set is one of
    them that agrees as read, and each is reported beside the conflicts it may
    share claims with."""
    from .solver import GroupSolver, TooHard

    solver = GroupSolver(group, integer_vars, floor_zero, exact=True, deadline=deadline)
    try:
        # Read exactly, the bare numbers usually leave some quantity no value at
        # all, which propagation finds without building a solver to ask.
        if not solver.refuted() and solver.consistent(range(len(group))):
            return []
        if rounded is not None and _maximal_sets_agree_exactly(solver, rounded):
            return []
        limit = CONFLICT_CAP if rounded is None else CONFLICT_LIMIT
        found, _, _ = solver.all_conflicts(limit, limit)
        found.sort(key=lambda members: (len(members), members))  # as in solve_group
        found = [members for members in _one_per_claims(group, found)
                 if any(solver.constraints[i].exact_atoms for i in members)]
        if rounded is not None:
            found = [members for members in found
                     if rounded.point_agrees(members) or rounded.consistent(members)]
        return [_conflict(solver, members, exact=True) for members in found[:CONFLICT_CAP]]
    except TooHard:
        if rounded is None:
            raise
        return []  # out of time: the conflicts found stand, rounding sets are extra
    finally:
        solver.release()


def _maximal_sets_agree_exactly(exact, rounded) -> bool:
    """Whether every maximal set that agrees as read (all of them, as the search
    for conflicts found them) agrees read exactly too. Then there is no rounding
    set: one agrees as read, so it lies in such a maximal set, and would agree
    read exactly with it. (False when the search stopped short.)"""
    return rounded.maximal is not None and all(
        exact.point_agrees(members) or exact.consistent(members)
        for members in rounded.maximal)
