"""Building and solving in workers, a slice of groups of names each (spread.py),
gives what one process gives: the same constraints for each part, the same
findings, implied ranges and notes."""

from __future__ import annotations

import pytest

from factcheck.engine import build, consistency, implied, spread
from factcheck.engine.components import name_groups
from factcheck.engine.rules import Orders
from factcheck.registry.load import load
from factcheck.verify import verify_paths

from test_parallel import conflict_findings, full, gen_registry


@pytest.fixture(scope="module")
def varied(tmp_path_factory):
    folder = tmp_path_factory.mktemp("varied")
    gen_registry().generate_registry(folder, 600)
    return folder


def _atoms(constraint) -> tuple:
    return (constraint.kind, constraint.label, tuple(constraint.atoms),
            tuple(constraint.exact_atoms or ()), constraint.variables)


def test_parts_hold_whole_groups_of_names(tmp_path):
    # 90 claims: 10 regions of 3 places (a region and its 2 towns) with 3 claims each
    assert gen_registry().generate(tmp_path, 90, layout="simple") == 90
    registry = load([tmp_path]).registry
    names = build.known(registry)[0]
    parts = spread.split(registry, names, 3)
    root_of = name_groups(registry, names)[0]
    # 3 parts of about 30 claims: whole regions of 9 claims each, 4 + 4 + 2 regions
    assert [len(claims) for claims, _, _ in parts] == [36, 36, 18]
    part_of_root = {}
    for index, (claims, _, part_names) in enumerate(parts):
        for name in part_names:
            assert part_of_root.setdefault(root_of[name], index) == index
    assert sorted(i for claims, _, _ in parts for i in claims) == list(range(90))
    assert sorted(n for _, _, part_names in parts for n in part_names) == sorted(names)


@pytest.mark.parametrize("shared", [False, True])
def test_parts_build_the_whole_registrys_constraints(varied, shared):
    # `shared`: one rules.Orders for every part, as a worker builds its parts
    registry = load([varied]).registry
    known = build.known(registry)
    whole = build.build(registry, None, known)
    position = {c.key: i for i, c in enumerate(whole.constraints)}
    parts = spread.split(registry, known[0], 7)
    assert len(parts) >= 5
    orders = Orders(registry) if shared else None
    built = [spread.build_part(registry, known, parts, i, orders)
             for i in range(len(parts))]
    made = [c for problem in built for c in problem.constraints]
    assert sorted(c.key for c in made) == sorted(position)
    by_key = {c.key: c for c in whole.constraints}
    for c in made:
        assert _atoms(c) == _atoms(by_key[c.key])
        assert c.source is by_key[c.key].source  # the registry's own objects
    for problem in built:  # each part keeps the whole build's order
        order = [position[c.key] for c in problem.constraints]
        claims_first = [c.kind == "claim" for c in problem.constraints]
        assert claims_first == sorted(claims_first, reverse=True)
        assert order[:claims_first.count(True)] == sorted(order[:claims_first.count(True)])
    found = sorted(f for problem in built for f in problem.findings)
    assert found == sorted(whole.findings)


@pytest.mark.parametrize("ranges", [True, False])
def test_spread_solve_gives_the_sequential_results(varied, ranges):
    registry = load([varied]).registry
    whole = build.build(registry)
    sequential = consistency.check(whole, jobs=1, ranges=ranges)
    problem, spread_results = spread.solve(registry, 2, ranges)
    assert full(conflict_findings(spread_results, problem.dims)) == full(
        conflict_findings(sequential, whole.dims))
    assert conflict_findings(sequential, whole.dims)  # the registry has conflicts
    assert implied.ranges(spread_results, problem.dims) == implied.ranges(sequential, whole.dims)
    assert sorted(problem.findings) == sorted(whole.findings)
    # groups that agree come back as their ranges alone; the others whole, in order
    kept = [r for r in spread_results if r.constraints]
    others = [r for r in sequential if not spread._agrees(r)]
    assert [[c.key for c in r.constraints] for r in kept] == [
        [c.key for c in r.constraints] for r in others]
    for mine, theirs in zip(kept, others):
        assert all(a.source is b.source for a, b in zip(mine.constraints, theirs.constraints))


def both_ways(folder, monkeypatch, spread_from: int) -> tuple:
    """verify's (findings, ranges, notes) built in one process, and built in two
    forked workers from `spread_from` claims on; spread.solve's worker counts."""
    def report():
        result = verify_paths([folder])
        return (full(result.findings), result.ranges, result.notes)

    monkeypatch.setattr(spread, "SPREAD_FROM", 10**9)
    one_process = report()
    monkeypatch.setattr(spread, "SPREAD_FROM", spread_from)
    monkeypatch.setattr("factcheck.workers.cores", lambda: 2)  # on any machine
    calls, real = [], spread.solve
    monkeypatch.setattr(spread, "solve", lambda *a: calls.append(a[1]) or real(*a))
    return one_process, report(), calls


def test_verify_reports_the_same_spread_or_not(varied, monkeypatch):
    one_process, spread_out, calls = both_ways(varied, monkeypatch, 100)
    assert spread_out == one_process and calls == [2]
    assert any(f[0] == "inconsistency" for f in one_process[0])


def test_small_registries_are_not_spread(tmp_path, monkeypatch):
    gen_registry().generate(tmp_path, 90, layout="simple")
    registry = load([tmp_path]).registry
    calls = []
    monkeypatch.setattr(spread, "solve", lambda *a: calls.append(a))
    found = verify_paths([tmp_path]).findings
    assert calls == [] and len(registry.claims) < spread.SPREAD_FROM
    assert [f.claims for f in found if f.rule == "inconsistency"] == [
        ("region_5-dep", "region_5-pop", "region_5-accounting")]


TOWN = """\
document: {{id: doc-{n}, published: 2023-10-03}}
claims:
  - id: households-{n}
    quantity: town_{n}.households
    value: 500 households
  - id: size-{n}
    quantity: town_{n}.household_size
    value: an average of 4.2 people per household
  - id: people-{n}
    quantity: town_{n}.departed
    value: {people}
relations:
  - id: by-household-{n}
    holds: town_{n}.departed == town_{n}.households * town_{n}.household_size
"""


def test_products_and_trends_spread_or_not(tmp_path, monkeypatch):
    # 500 x [4.15, 4.25] = [2,075, 2,125] people: town 1's 2,200 conflicts (2,200 /
    # 500 = 4.4), town 2's 2,075 agrees only as rounded, the others agree
    people = ["2,100 people", "2,200 people", "2,075 people", "about 2,000 people"]
    for n, value in enumerate(people):
        (tmp_path / f"town-{n}.yaml").write_text(TOWN.format(n=n, people=value), "utf-8")

    one_process, spread_out, calls = both_ways(tmp_path, monkeypatch, 1)
    assert spread_out == one_process and calls == [2]  # built and solved in workers
    rules = sorted(f[0] for f in one_process[0] if f[0] in ("inconsistency", "rounding"))
    assert rules[0] == "inconsistency" and "rounding" in rules
    conflict = next(f for f in one_process[0] if f[0] == "inconsistency")
    assert set(conflict[3]) == {"households-1", "size-1", "people-1", "by-household-1"}
