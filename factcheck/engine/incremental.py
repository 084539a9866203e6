"""Solving with the cache, group of names by group of names: a group whose key
(components.py) is in the cache and which was clean there is not even built.

Clean: its constraints agreed (no conflicting or rounding set, nothing undecided,
nothing cut short by time) and building them noticed nothing (no unit or date
finding on its claims or relations). Such a group's result is its implied ranges
alone, and those are all the cache keeps of it: one entry for every group, read
and written once per run. Every other group is built and solved as without this
(its groups of constraints still cached one by one, group_cache.py), so what a run
prints never depends on what the cache held.
"""

from __future__ import annotations

from . import build, consistency
from .components import components
from .constraints import is_auxiliary
from .results import GroupResult

KIND = "components"
NAME = "index"


def solve(registry, jobs, store, ranges: bool):
    """(problem, results) as build + consistency.check would give, the clean groups
    of names whose key is cached taken from the cache (their results hold no
    constraints: only their ranges)."""
    known = build.known(registry)
    names, dims, dated = known
    found = components(registry, names, dims, dated, ranges)
    index = store.get(KIND, NAME)
    if not isinstance(index, dict):
        index = {}
    hits = {root: index[key] for root, key in found.keys.items() if key in index}
    only = {name for name in names if found.root_of[name] not in hits}
    problem = build.build(registry, only, known)
    results = consistency.check(problem, jobs, store, ranges) if problem.constraints else []
    clean = _clean(found, problem, results)
    fresh = {found.keys[root]: ranges_ for root, ranges_ in clean.items()}
    fresh.update((found.keys[root], value) for root, value in hits.items())
    if fresh.keys() != index.keys():
        store.put(KIND, NAME, fresh)
    results.extend(GroupResult([], ranges=dict(value)) for value in hits.values())
    return problem, results


def _clean(found, problem, results: list[GroupResult]) -> dict[str, dict]:
    """root -> the ranges of each cacheable group of names built this run and clean."""
    ranges: dict[str, dict] = {}
    dirty: set[str] = set()
    for finding in problem.findings:
        dirty.update(found.owner.get(item, "") for item in finding.claims)
    for result in results:
        roots = {found.root(key.name) for c in result.constraints for key in c.variables
                 if not is_auxiliary(key.name)}
        # one group of constraints within one group of names, else never cached
        root = next(iter(roots)) if len(roots) == 1 else None
        if root is None or root not in found.keys:
            dirty.update(r for r in roots if r is not None)
            continue
        if (result.conflicts or result.rounding or result.too_hard is not None
                or result.more_conflicts or result.more_unknown or result.more_errors
                or result.known not in (None, "agree")):
            dirty.add(root)
            continue
        ranges.setdefault(root, {}).update(result.ranges)
    return {root: value for root, value in ranges.items() if root not in dirty}
