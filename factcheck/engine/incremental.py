"""Solving with the cache, group of names by group of names: a group whose key
(components.py) is in the cache is not even built.

A group's entry in the index is what solving it yielded:

- clean (its constraints agreed, nothing undecided or cut short, building it
  noticed nothing): its implied ranges alone;
- with conflicting or rounding sets: its constraints, each with its source (claim,
  relation, declared quantity) as a reference by id, and its groups' results with
  members by position (group_cache.py's form). The sources are looked up again in
  the current registry, so findings speak of the claims as they are now (their
  lines, quotes). A reference that no longer names exactly one object (a repeated
  id) makes the entry a miss.

Groups whose building noticed something (a unit or date finding) or whose solving
was cut short are never kept: they are built and solved as without this. The
entries are one sharded mapping (cache/shards.py: an edit rewrites a shard or
two, not every group's ranges). What a run prints never depends on what the
cache held.
"""

from __future__ import annotations

import hashlib

from ..cache.shards import Sharded
from . import build, consistency, implied, measures
from .components import components, linked
from .constraints import Constraint, is_auxiliary
from .parallel import portable, restore
from .results import GroupResult

KIND = "components"
DIMS = "dimensions"


def solve(registry, jobs, store, ranges: bool):
    """(problem, results, groups of names) as build + consistency.check would give
    (problem, results), the groups of names whose key is cached taken from the
    cache (a clean one's result holds no constraints: only its ranges)."""
    names, dims, dated, linked, display = _known(registry, store)
    known = names, dims, dated
    found = components(registry, names, dims, dated, ranges, linked)
    found.display, found.dated = display, dated
    shards = Sharded(store, KIND)
    index = shards.entries
    sources = _Sources(registry)
    hits: dict[str, tuple[object, list[GroupResult]]] = {}
    for root, key in found.keys.items():
        entry = index.get(key)
        revived = None if entry is None else _revive(entry, sources)
        if revived is not None:
            hits[root] = (entry, revived)
    only = {name for name in names if found.root_of[name] not in hits}
    problem = build.build(registry, only, known)
    results = consistency.check(problem, jobs, store, ranges) if problem.constraints else []
    fresh = {found.keys[root]: entry
             for root, entry in _entries(found, problem, results, sources).items()}
    fresh.update((found.keys[root], entry) for root, (entry, _) in hits.items())
    shards.replace(fresh)
    for _, revived in hits.values():
        results.extend(revived)
    return problem, results, found


def solve_part(registry, names: list[str], dims: dict, dated: set[str],
               store) -> list[GroupResult] | None:
    """The results, ranges found, of the whole groups of names `names` alone, from a
    registry that holds every claim, relation, declared quantity and place they
    read, with the whole registry's dimensions and dated names of theirs: what
    solve() yields for them (report/quick.py re-solves an edited group this way).
    None when a group of constraints straddles them and other names."""
    only = set(names)
    part = build._restricted(registry, only)  # (as build.build(registry, only) does)
    problem = build.build_part(registry, part, names, (names, dims, dated), zones=False)
    results = consistency.check(problem, 1, store, True) if problem.constraints else []
    kept = []
    for result in results:
        found = {key.name for c in result.constraints for key in c.variables
                 if not is_auxiliary(key.name)}
        if found and found <= only:
            kept.append(result)
        elif found & only:
            return None
    return kept


def _known(registry, store) -> tuple[list[str], dict, set[str], tuple, dict]:
    """build.known(registry), the groups of names before their keys
    (components.linked) and the units ranges are shown in (implied.display_units);
    the names, their dimensions, their groups and units from the cache when what
    they are found from is as it was. The names are those of each claim's
    expression, each relation's and each declared quantity; measures.infer reads
    each claim's expression and the kind and unit of its value, the relations and
    the declared units; name_groups the names each claim and relation links and
    each place's `within`; display_units each claim's expression and the kind and
    unit of its value. Not the numbers, so an edited value keeps them all. One
    entry, the latest."""
    # One text, encoded and digested at once (a call per claim cost more than the
    # digest itself). An expression is parsed from its text alone.
    text = "".join([
        *(f"c{claim.quantity}\0{claim.expr is None}\0-\n" if claim.interval is None
          else f"c{claim.quantity}\0{claim.expr is None}\0{claim.interval.kind}\0"
               f"{claim.interval.unit!r}\n" for claim in registry.claims),
        *(f"r{relation.holds}\0{relation.comparison is None}\n"
          for relation in registry.relations),
        *(f"q{name}\0{info.unit!r}\n" for name, info in registry.quantities.items()),
        *(f"p{name}\0{place.within!r}\n" for name, place in registry.places.items())])
    key = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    entry = store.get(DIMS, "latest")
    if isinstance(entry, tuple) and len(entry) == 5 and entry[0] == key:
        _, names, dims, groups, display = entry
    else:
        names = measures.quantity_names(registry)
        dims = measures.infer(registry, names)
        groups = linked(registry, names)
        display = implied.display_units(registry)
        store.put(DIMS, "latest", (key, names, dims, groups, display))
    return names, dims, build.dated_quantities(registry), groups, display


def _entries(found, problem, results: list[GroupResult], sources) -> dict[str, object]:
    """root -> the entry of each cacheable group of names built this run."""
    dirty: set[str] = set()
    for finding in problem.findings:
        dirty.update(found.owner.get(item, "") for item in finding.claims)
        # (a repeated id's finding may be any of its claims': none of them is kept)
        dirty.update(root for item in finding.claims for root in found.shared.get(item, ()))
    by_root: dict[str, list[GroupResult]] = {}
    for result in results:
        roots = {found.root(key.name) for c in result.constraints for key in c.variables
                 if not is_auxiliary(key.name)}
        # one group of constraints within one group of names, else never cached
        root = next(iter(roots)) if len(roots) == 1 else None
        if root is None or root not in found.keys:
            dirty.update(r for r in roots if r is not None)
        elif result.too_hard is not None or result.more_unknown:
            dirty.add(root)  # another run, with more time, might decide more
        else:
            by_root.setdefault(root, []).append(result)
    entries: dict[str, object] = {}
    for root, group_results in by_root.items():
        if root in dirty:
            continue
        if all(_is_clean(result) for result in group_results):
            entries[root] = {k: v for result in group_results for k, v in result.ranges.items()}
        elif (entry := _sets_entry(group_results, sources)) is not None:
            entries[root] = entry
    return entries


def _is_clean(result: GroupResult) -> bool:
    return not (result.conflicts or result.rounding or result.more_conflicts
                or result.more_errors or result.known not in (None, "agree"))


def _revive(entry, sources) -> list[GroupResult] | None:
    """The entry's results, their sources found in the current registry (None: an
    entry of an unknown form, or naming a source no longer there exactly once)."""
    if isinstance(entry, dict):
        return [GroupResult([], ranges=dict(entry))]
    if not (isinstance(entry, tuple) and len(entry) == 2):
        return None
    records, parts = entry
    made = []
    for key, kind, atoms, label, reference, exact, target, variables in records:
        source = sources.find(reference)
        if source is _MISSING:
            return None
        made.append(Constraint(key, kind, atoms, label, source, exact, target, variables))
    out, start = [], 0
    for size, data in parts:
        out.append(restore(made[start:start + size], data))
        start += size
    return out


def _sets_entry(results: list[GroupResult], sources) -> tuple | None:
    """A group of names with conflicting or rounding sets, as plain data: each
    constraint with its source as a reference, each result with its size."""
    records = []
    for result in results:
        for c in result.constraints:
            reference = sources.reference(c.source)
            if reference is _MISSING:
                return None
            records.append((c.key, c.kind, c.atoms, c.label, reference, c.exact_atoms,
                            c.target, c.variables))
    return records, [(len(r.constraints), portable(r)) for r in results]


_MISSING = object()


class _Sources:
    """What a constraint comes from, by reference: ("claim", id), ("relation", id),
    ("quantity", name); an id that names several objects names none."""

    def __init__(self, registry):
        self.registry = registry
        self._tables: dict[str, dict] | None = None

    def _table(self, kind: str) -> dict:
        if self._tables is None:  # made on first use: a warm run with no sets needs none
            self._tables = {"claim": _unique(self.registry.claims, "id"),
                            "relation": _unique(self.registry.relations, "id"),
                            "quantity": dict(self.registry.quantities)}
        return self._tables[kind]

    def find(self, reference):
        if reference is None:
            return None
        if not (isinstance(reference, tuple) and len(reference) == 2
                and reference[0] in ("claim", "relation", "quantity")):
            return _MISSING
        kind, name = reference
        return self._table(kind).get(name, _MISSING)

    def reference(self, source):
        if source is None:
            return None
        for kind, attribute in (("claim", "id"), ("relation", "id"), ("quantity", "name")):
            name = getattr(source, attribute, None)
            if name is not None and self._table(kind).get(name) is source:
                return (kind, name)
        return _MISSING


def _unique(items, attribute: str) -> dict:
    table: dict = {}
    repeated = set()
    for item in items:
        name = getattr(item, attribute)
        if name in table:
            repeated.add(name)
        table[name] = item
    for name in repeated:
        del table[name]
    return table
