"""Forked workers give exactly the sequential results: findings (with their
wording, arithmetic and hints), implied ranges, rounding sets and give-ups."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from factcheck.checks import settle
from factcheck.checks.consistency import solution_findings
from factcheck.engine import Solution, build, consistency, implied
from factcheck.engine.parallel import solve_all
from factcheck.registry.load import load
from factcheck.verify import verify_paths

from engine_helpers import PARTS, THREE_SETS, seed, write


SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "gen_registry.py"


def conflict_findings(results, dims) -> list:
    """The consistency checks' findings on these group results, settled."""
    from factcheck.checks import settle

    return settle(solution_findings(Solution(results, dims)))


def gen_registry():
    spec = importlib.util.spec_from_file_location("gen_registry", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def full(findings) -> list[tuple]:
    """Findings compared on everything, wording included."""
    return [(f.rule, f.severity, f.location, f.claims, f.message, f.hint, f.details)
            for f in findings]


def both(problem):
    sequential = consistency.check(problem, jobs=1)
    parallel = consistency.check(problem, jobs=3)
    return sequential, parallel


def same(problem, sequential, parallel) -> None:
    assert len(sequential) == len(parallel)
    assert full(conflict_findings(sequential, problem.dims)) == full(
        conflict_findings(parallel, problem.dims))
    assert implied.ranges(sequential, problem.dims) == implied.ranges(parallel, problem.dims)
    for one, other in zip(sequential, parallel):
        assert [c.key for c in one.constraints] == [c.key for c in other.constraints]
        assert [[m.key for m in c.members] for c in one.conflicts] == [
            [m.key for m in c.members] for c in other.conflicts]
        assert [c.exact for c in one.rounding] == [c.exact for c in other.rounding]
        assert (one.more_conflicts, one.more_unknown, one.too_hard) == (
            other.more_conflicts, other.more_unknown, other.too_hard)


def test_generated_registry_same_in_parallel(tmp_path):
    # 90 claims: 10 regions of 3 places with 3 claims each; every tenth region
    # (here region 5) claims more departures than people.
    assert gen_registry().generate(tmp_path, 90, layout="simple") == 90
    problem = build.build(load([tmp_path]).registry)
    sequential, parallel = both(problem)
    same(problem, sequential, parallel)
    # one group per region (its towns are within it); one conflict, in region 5
    assert len(sequential) == 10
    findings = conflict_findings(parallel, problem.dims)
    assert [f.claims for f in findings] == [
        ("region_5-dep", "region_5-pop", "region_5-accounting")]
    # each place of an agreeing group shows population, departed@day and
    # remaining@day: 9 groups x 3 places x 3 = 81; the conflicting group shows none
    assert len(implied.ranges(parallel, problem.dims)) == 81


def test_varied_registry_same_in_parallel(tmp_path):
    # several reports per region on several dates, trends, towns within regions,
    # evacuations with dates and durations, and one region in ten contradicted
    made = gen_registry().generate_registry(tmp_path, 600)
    problem = build.build(load([tmp_path]).registry)
    sequential, parallel = both(problem)
    same(problem, sequential, parallel)
    assert len(sequential) == made.groups
    rules = {f.rule for f in conflict_findings(sequential, problem.dims)}
    assert {"disagreement", "trend"} <= rules


@pytest.mark.parametrize("text", [seed("over 140,000 people"), THREE_SETS,
                                  PARTS.format(whole="120,000 people")])
def test_hand_registries_same_in_parallel(tmp_path, text):
    write(tmp_path, {"registry.yaml": text})
    problem = build.build(load([tmp_path]).registry)
    same(problem, *both(problem))


def test_cap_and_more_travel_back_from_workers(tmp_path, monkeypatch):
    monkeypatch.setattr(consistency, "CONFLICT_CAP", 1)
    monkeypatch.setattr(consistency, "CONFLICT_LIMIT", 2)
    write(tmp_path, {"registry.yaml": THREE_SETS})
    problem = build.build(load([tmp_path]).registry)
    sequential, parallel = both(problem)
    same(problem, sequential, parallel)
    assert (parallel[0].more_conflicts, parallel[0].more_unknown) == (1, True)


def test_solve_all_keeps_group_order(tmp_path):
    assert gen_registry().generate(tmp_path, 45, conflicts_every=0, layout="simple") == 45
    problem = build.build(load([tmp_path]).registry)
    work = consistency.groups(problem.constraints)
    results = solve_all(work, problem.integer_vars(), problem.floor_zero(), jobs=2,
                        solve_group=consistency.solve_group)
    assert [r.constraints for r in results] == work
    assert all(r.conflicts == [] and r.ranges for r in results)


def test_verify_chooses_workers_for_many_groups(tmp_path, monkeypatch):
    from factcheck.engine import parallel

    gen_registry().generate(tmp_path, 90, layout="simple")
    calls = []
    real = parallel.solve_all
    monkeypatch.setattr(parallel, "solve_all", lambda *a: calls.append(a[3]) or real(*a))
    monkeypatch.setattr("factcheck.workers.cores", lambda: 4)
    monkeypatch.setattr(consistency, "PARALLEL_FROM", 10**9)
    alone = verify_paths([tmp_path])
    assert calls == []
    monkeypatch.setattr(consistency, "PARALLEL_FROM", 2)
    shared = verify_paths([tmp_path])
    assert calls == [4]  # 10 groups >= 2: min(4 cores, 8) workers
    assert full(alone.findings) == full(shared.findings)
    assert alone.ranges == shared.ranges
