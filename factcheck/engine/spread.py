"""A large registry built and solved in forked workers, a slice of groups of names
each: building the problem is then no longer serial in the main process.

The groups of names are found first (components.name_groups, before any constraint
exists); every group lies wholly in one part, so a part builds exactly the
constraints the whole registry gives its names (as a cached run builds only its
missed groups). Each worker builds its parts, groups their constraints and solves
each group, and sends back:

- for a group that agrees (nothing undecided, no conflicting or rounding set), its
  implied ranges alone: nothing printed needs its constraints (as a cached run's
  clean groups);
- for any other group, its constraints as plain data, each source (claim,
  relation, declared quantity) by its position in the registry, and its result
  with members by position (parallel.portable).

Results come back in the order one process would give them: a group's place is
its first constraint's (a claim's position in the registry; rules come after the
claims, part by part). Findings are sorted before printing; the order kept is for
what is not (the note on groups left unranged).
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from ..workers import forked
from . import build, consistency
from .components import name_groups
from .constraints import Constraint
from .parallel import portable, restore
from .problem import Problem
from .results import GroupResult
from .rules import Orders

# Below this many claims one process builds and solves (consistency.py's own split).
SPREAD_FROM = 2_000
PARTS_PER_WORKER = 8

_JOB: tuple = ()  # (registry, known, parts, ranges): forked workers inherit it
_POSITIONS: dict = {}  # id(registry) -> (claim positions, relation positions)
_ORDERS: dict = {}  # id(registry) -> (registry, rules.Orders): made once per worker


def solve(registry, jobs: int, ranges: bool) -> tuple[Problem, list[GroupResult]]:
    """(problem, results) as build.build + consistency.check give them, the
    problem's constraints left out (only its dimensions and findings are kept)."""
    global _JOB
    known = build.known(registry)
    parts = split(registry, known[0], jobs * PARTS_PER_WORKER)
    _JOB = (registry, known, parts, ranges)
    try:
        with forked(jobs) as pool:
            done = (pool.map(_run, range(len(parts)), chunksize=1) if pool
                    else [_run(i) for i in range(len(parts))])
    finally:
        _JOB = ()
        _ORDERS.clear()  # (filled here only where no worker could be made)
    problem = Problem(dims=known[1])
    keyed = []
    for findings, groups in done:
        problem.findings.extend(findings)
        keyed.extend(groups)
    keyed.sort(key=lambda item: item[0])
    return problem, [_revive(registry, data) for _, data in keyed]


def split(registry, names: list[str], count: int) -> list[tuple[list, list, list]]:
    """About `count` parts of whole groups of names, of similar numbers of claims:
    each part's claim positions, relation positions and names, in registry order.
    Claims and relations on no name at all go with the first part."""
    root_of, claim_names, relation_names, _ = name_groups(registry, names)
    size: dict[str, int] = {}
    for group in claim_names:
        if group:
            size[root_of[group[0]]] = size.get(root_of[group[0]], 0) + 1
    share = max(1, len(registry.claims) // max(1, count))
    part_of: dict[str, int] = {}
    part, filled = 0, 0
    for name in names:  # groups in the order of their first name
        root = root_of[name]
        if root in part_of:
            continue
        if filled >= share:
            part, filled = part + 1, 0
        part_of[root] = part
        filled += size.get(root, 0)
    parts = [([], [], []) for _ in range(part + 1)]
    for i, group in enumerate(claim_names):
        if registry.claims[i].expr is not None:
            parts[part_of[root_of[group[0]]] if group else 0][0].append(i)
    for i, group in enumerate(relation_names):
        if registry.relations[i].comparison is not None:
            parts[part_of[root_of[group[0]]] if group else 0][1].append(i)
    for name in names:
        parts[part_of[root_of[name]]][2].append(name)
    return parts


def build_part(registry, known, parts, index: int, orders=None) -> Problem:
    """Part `index`'s problem (the registry's mixed-zone findings with the first);
    `orders`: rules.Orders(registry), made once for all the parts."""
    claims, relations, names = parts[index]
    part = replace(registry, claims=[registry.claims[i] for i in claims],
                   relations=[registry.relations[i] for i in relations])
    return build.build_part(registry, part, names, known, zones=index == 0,
                            orders=orders)


def _run(index: int) -> tuple[list, list]:
    registry, known, parts, ranges = _JOB
    problem = build_part(registry, known, parts, index, _orders(registry))
    solve_group = consistency.solve_group if ranges else partial(consistency.solve_group,
                                                                 ranges=False)
    integer_vars, floor_zero = problem.integer_vars(), problem.floor_zero()
    claim_at, relation_at = _positions(registry)
    out = []
    for position, group in enumerate(consistency.groups(problem.constraints)):
        first = group[0]
        place = ((0, claim_at[id(first.source)]) if first.kind == "claim"
                 and id(first.source) in claim_at else (1, index, position))
        result = solve_group(group, integer_vars, floor_zero)
        if _agrees(result):
            out.append((place, result.ranges))
        else:
            records = [_record(c, claim_at, relation_at) for c in group]
            out.append((place, (records, portable(result))))
    return problem.findings, out


def _agrees(result: GroupResult) -> bool:
    return not (result.conflicts or result.rounding or result.more_conflicts
                or result.more_unknown or result.more_errors or result.too_hard
                or result.known not in (None, "agree"))


def _positions(registry) -> tuple[dict, dict]:
    """id(object) -> its position, for the registry's claims and relations (made
    once per worker)."""
    found = _POSITIONS.get(id(registry))
    if found is None:
        _POSITIONS.clear()
        found = _POSITIONS[id(registry)] = (
            {id(c): i for i, c in enumerate(registry.claims)},
            {id(r): i for i, r in enumerate(registry.relations)})
    return found


def _orders(registry):
    """rules.Orders(registry), made once per worker."""
    found = _ORDERS.get(id(registry))
    if found is None or found[0] is not registry:
        _ORDERS.clear()
        found = _ORDERS[id(registry)] = (registry, Orders(registry))
    return found[1]


def _record(c: Constraint, claim_at: dict, relation_at: dict) -> tuple:
    source = c.source
    if source is None:
        reference = None
    elif id(source) in claim_at:
        reference = ("claim", claim_at[id(source)])
    elif id(source) in relation_at:
        reference = ("relation", relation_at[id(source)])
    else:  # a declared quantity (a trend's source)
        reference = ("quantity", source.name)
    return (c.key, c.kind, c.atoms, c.label, reference, c.exact_atoms, c.target,
            c.variables)


def _revive(registry, data) -> GroupResult:
    if isinstance(data, dict):
        return GroupResult([], ranges=data)
    records, result = data
    made = [Constraint(key, kind, atoms, label, _source(registry, reference), exact,
                       target, variables)
            for key, kind, atoms, label, reference, exact, target, variables in records]
    return restore(made, result)


def _source(registry, reference):
    if reference is None:
        return None
    kind, at = reference
    if kind == "claim":
        return registry.claims[at]
    if kind == "relation":
        return registry.relations[at]
    return registry.quantities[at]
