"""Solving groups in several processes: groups are independent, so the work splits.

Workers are forked, so they already hold the groups; only small results travel
back: ranges, and conflicts as positions in their group.
"""

from __future__ import annotations

from ..workers import forked
from .results import Conflict, GroupResult

_GROUPS: list = []
_SETS: tuple = ()  # (integer variables, variables at least zero, the group solver)


def _solve_chunk(bounds: tuple[int, int]) -> list[tuple]:
    integer_vars, floor_zero, solve_group = _SETS
    return [portable(solve_group(_GROUPS[i], integer_vars, floor_zero))
            for i in range(*bounds)]


def portable(result: GroupResult) -> tuple:
    position = {id(c): i for i, c in enumerate(result.constraints)}

    def conflict(c: Conflict) -> tuple:
        return ([position[id(m)] for m in c.members], c.allowed, c.substituted,
                c.exact)

    return (result.ranges, [conflict(c) for c in result.conflicts], result.more_conflicts,
            result.more_unknown, [conflict(c) for c in result.rounding], result.too_hard,
            result.more_errors, result.known)


def restore(group: list, portable: tuple) -> GroupResult:
    ranges, conflicts, more, unknown, rounding, too_hard, more_errors, known = portable

    def conflict(data) -> Conflict:
        members, allowed, substituted, exact = data
        return Conflict([group[i] for i in members], allowed, exact, substituted)

    return GroupResult(group, [conflict(c) for c in conflicts], more_conflicts=more,
                       more_unknown=unknown, more_errors=more_errors, ranges=ranges,
                       rounding=[conflict(c) for c in rounding], too_hard=too_hard,
                       known=known)


def solve_all(groups: list, integer_vars: set, floor_zero: set, jobs: int,
              solve_group) -> list[GroupResult]:
    """solve_group(group, integer_vars, floor_zero) for every group, in `jobs` workers."""
    global _GROUPS, _SETS
    _GROUPS, _SETS = groups, (integer_vars, floor_zero, solve_group)
    size = max(1, len(groups) // (jobs * 8))
    chunks = [(start, min(len(groups), start + size)) for start in range(0, len(groups), size)]
    try:
        with forked(jobs) as pool:
            parts = pool.map(_solve_chunk, chunks) if pool else list(map(_solve_chunk, chunks))
    finally:
        _GROUPS, _SETS = [], ()
    flat = [item for part in parts for item in part]
    return [restore(group, data) for group, data in zip(groups, flat)]
