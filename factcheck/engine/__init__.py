"""The engine: from a loaded registry to what its claims imply, by exact reasoning.

One front door, `solve(registry) -> Solution`: the registry's claims, relations and
built-in rules become constraints over dated variables (build), linked constraints
form groups solved one by one (consistency, in several processes when there are
many), and each group yields its minimal conflicting sets with their arithmetic or
the implied range of each of its quantities (implied). Everything else in this
package is private to it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .measures import DATE
from .results import Conflict, GroupResult

__all__ = ["Conflict", "GroupResult", "Solution", "solve"]


@dataclass
class Solution:
    """What the engine found: the groups' results, the implied ranges for reports,
    what building the problem noticed (unit mismatches, undated claims), notes."""

    results: list[GroupResult] = field(default_factory=list)
    dims: dict = field(default_factory=dict)  # quantity name -> dimension
    ranges: list = field(default_factory=list)  # implied.Range, sorted by key
    noticed: list = field(default_factory=list)  # unsettled findings
    notes: list[str] = field(default_factory=list)
    # components.Components of a cached run (the groups of names and their keys)
    groups: object | None = None

    def is_date(self, key) -> bool:
        return self.dims.get(key.name) == DATE


def solve(registry, jobs: int | None = None, cache=None, ranges: bool = True,
          wanted=None) -> Solution:
    """Solve the registry: every group's conflicts or implied ranges.

    `cache`: a cache.Store of solved groups (None: solve them all); `ranges`: find
    the implied ranges (a report that shows none need not); `wanted(group)`: solve
    only the groups it accepts (a group is a list of constraints, each with its
    `source`)."""
    from . import build, consistency, implied

    groups = None
    if cache is not None and wanted is None:
        from . import incremental

        problem, results, groups = incremental.solve(registry, jobs, cache, ranges)
    elif wanted is None and (workers := _spread_jobs(registry, jobs)) > 1:
        from . import spread

        problem, results = spread.solve(registry, workers, ranges)
    else:
        problem = build.build(registry)
        results = consistency.check(problem, jobs, cache, ranges, wanted) \
            if problem.constraints else []
    display = getattr(groups, "display", None)  # (kept in the cache with the names)
    ranges = implied.ranges(results, problem.dims,
                            implied.display_units(registry) if display is None else display)
    return Solution(results, problem.dims, ranges, list(problem.findings),
                    implied.unranged_note(results), groups)


def _spread_jobs(registry, jobs: int | None) -> int:
    """How many workers build and solve an uncached run (1: this process builds,
    consistency.py shares out the solving)."""
    from ..workers import worker_count
    from .spread import SPREAD_FROM

    if jobs is None:
        return worker_count() if len(registry.claims) >= SPREAD_FROM else 1
    return jobs if len(registry.claims) >= SPREAD_FROM else 1
