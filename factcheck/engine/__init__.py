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
    `source`); with a cache, a `wanted` that names the files it accepts groups of
    (`wanted.files`: their names as claims' locations give them) builds only the
    groups of names that may hold one."""
    from . import build, consistency, implied

    groups = None
    if cache is not None and wanted is None:
        from . import incremental

        problem, results, groups = incremental.solve(registry, jobs, cache, ranges)
    elif cache is not None and getattr(wanted, "files", None) is not None:
        problem, results, groups = _solve_wanted(registry, jobs, cache, ranges, wanted)
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


def _solve_wanted(registry, jobs, store, ranges: bool, wanted):
    """(problem, results, groups of names) of the groups `wanted` accepts, as build +
    consistency.check(wanted) give them, built from the groups of names that may
    hold one: those of the claims, relations and declared quantities written in
    `wanted.files` (a group of constraints lies within one group of names), and
    every group whose key is not in the cache. Only those can have a finding of
    building (a group that had one is never kept), the rest are not even built."""
    from ..cache.shards import Sharded
    from . import build, consistency, incremental
    from .components import components

    names, dims, dated, linked, display = incremental._known(registry, store)
    found = components(registry, names, dims, dated, ranges, linked)
    found.display, found.dated = display, dated
    index = Sharded(store, incremental.KIND).entries
    touched = _touched(registry, found, wanted.files)
    only = None if touched is None else {
        name for name in names if (root := found.root_of[name]) in touched
        or found.keys.get(root) not in index}
    problem = build.build(registry, only, (names, dims, dated))
    results = consistency.check(problem, jobs, store, ranges, wanted) \
        if problem.constraints else []
    return problem, results, found


def _touched(registry, found, files: set[str]) -> set[str] | None:
    """The groups of names of what is written in the files (None: a claim or relation
    there in no group, which its constraints might still reach: build everything)."""
    roots = set()
    items = (*registry.claims, *registry.relations)
    if len({item.id for item in items}) != len(items):
        return None  # (an id of two claims names one group: the other's is unknown)
    for item in items:
        if item.location.file in files:
            root = found.owner.get(item.id)
            if root is None and getattr(item, "expr", True) is not None:
                return None
            roots.add(root)
    for name, info in registry.quantities.items():
        if getattr(getattr(info, "location", None), "file", None) in files:
            roots.add(found.root(name))
    roots.discard(None)
    return roots


def _spread_jobs(registry, jobs: int | None) -> int:
    """How many workers build and solve an uncached run (1: this process builds,
    consistency.py shares out the solving)."""
    from ..workers import worker_count
    from .spread import SPREAD_FROM

    if jobs is None:
        return worker_count() if len(registry.claims) >= SPREAD_FROM else 1
    return jobs if len(registry.claims) >= SPREAD_FROM else 1
