"""A group too hard for its time is a warning that says so, never a hang: the
solver's time (solver.TIMEOUT_MS) is a budget for all of one group's questions
together, and the other groups are decided as usual."""

from __future__ import annotations

import random
import time

from factcheck.engine import consistency, solver
from factcheck.engine.linear import Atom, Constraint, VarKey

from engine_helpers import rules, run, seed


def knapsack(items: int = 26) -> str:
    """Whole numbers 0 or 1 whose weighted sum must hit a target: subset sum,
    a search no solver finishes in a few milliseconds."""
    rng = random.Random(5)
    weights = [rng.randrange(10_000, 99_999) * 2 + 1 for _ in range(items)]
    lines = ["document:", "  id: knapsack", "  title: A deliberately hard group",
             "  published: 2023-10-03", "", "claims:"]
    for i in range(items):
        lines += [f"  - id: item-{i}", f"    quantity: sack.item{i}",
                  "    value: {low: 0, high: 1, unit: person}"]
    total = " + ".join(f"{w} * sack.item{i}" for i, w in enumerate(weights))
    lines += ["", "relations:", "  - id: total",
              f"    holds: {total} == {sum(weights) // 2 + 1}"]
    return "\n".join(lines) + "\n"


def test_a_hard_group_runs_out_of_time_and_says_so(tmp_path, monkeypatch):
    monkeypatch.setattr(solver, "TIMEOUT_MS", 300)
    started = time.monotonic()
    report = run(tmp_path, seed(), {"knapsack.yaml": knapsack()})
    assert time.monotonic() - started < 10  # a budget, not a hang
    hard = [f for f in rules(report, "inconsistency") if "could not decide" in f.message]
    assert len(hard) == 1
    assert hard[0].severity == "warning" and "27 linked claims and rules" in hard[0].message
    assert hard[0].claims[0] == "item-0"
    # the seed's group is decided as usual: its ranges are reported
    assert any(r.key.name == "karabakh.departed" for r in report.ranges)
    assert not any(r.key.name.startswith("sack.") for r in report.ranges)


def test_the_budget_covers_all_of_a_groups_questions(monkeypatch):
    # Each question is quick, but together they outlast the group's time: a clock
    # that moves a millisecond whenever it is read runs out after a few of them.
    clock = iter(range(10**6))
    monkeypatch.setattr(solver, "_clock", lambda: next(clock) / 1000)
    monkeypatch.setattr(solver, "TIMEOUT_MS", 5)
    x = [VarKey(f"k.x{i}") for i in range(30)]
    group = [Constraint(f"c{i}", "claim", [Atom.make({x[i]: 1, x[i + 1]: -1}, 0, "<=")],
                        f"c{i}") for i in range(29)]
    group.append(Constraint("top", "claim", [Atom.make({x[29]: 1}, -100, "<=")], "top"))
    result = consistency.solve_group(group, set(x), set(x))
    assert result.too_hard == "timeout"
    assert result.ranges == {} and result.conflicts == []
    # with time enough, the same group is decided
    monkeypatch.setattr(solver, "TIMEOUT_MS", 10_000)
    result = consistency.solve_group(group, set(x), set(x))
    assert result.too_hard is None and len(result.ranges) == 30


def test_a_deadline_already_past_stops_before_any_question():
    group = [Constraint("c", "claim", [Atom.make({VarKey("k.x"): 1}, -1, "<=")], "c")]
    past = time.monotonic() - 1
    group_solver = solver.GroupSolver(group, set(), set(), deadline=past)
    try:
        group_solver.ranges([VarKey("k.x")], [0])
    except solver.TooHard as error:
        assert str(error) == "timeout"
    else:
        raise AssertionError("a group past its deadline must not be asked")
    finally:
        group_solver.release()
