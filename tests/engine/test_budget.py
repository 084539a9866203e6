"""A group too hard for its time is a finding that says so, never a hang: the
solver's time (solver.TIMEOUT_MS) is a budget for all of one group's questions
together, and the other groups are decided as usual. What was proved before the
time ran out is reported as proved: a group known to conflict is still a
contradiction (an error for one speaker), the minimal sets found are listed."""

from __future__ import annotations

import random
import time

import pytest

from factcheck.engine import consistency, solver
from factcheck.engine.constraints import Atom, Constraint, VarKey

from engine_helpers import rules, run, seed
from timing import cpu_budget


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
    with cpu_budget(1.0, "a 300 ms budget"):  # a budget, not a hang
        report = run(tmp_path, seed(), {"knapsack.yaml": knapsack()})
    hard = [f for f in rules(report, "undecided") if "could not decide" in f.message]
    assert len(hard) == 1
    assert hard[0].severity == "warning" and "27 linked claims and rules" in hard[0].message
    assert hard[0].claims[0] == "item-0"
    # the seed's group is decided as usual: its ranges are reported
    assert any(r.key.name == "karabakh.departed" for r in report.ranges)
    assert not any(r.key.name.startswith("sack.") for r in report.ranges)


@pytest.mark.parametrize("points, budget_ms", [(False, 5), (True, 1)])
def test_the_budget_covers_all_of_a_groups_questions(monkeypatch, points, budget_ms):
    # Each question is quick, but together they outlast the group's time: a clock
    # that moves a millisecond whenever it is read runs out after a few of them.
    # Without points found in Python (which prove the ends alone) z3 is asked; the
    # points' search reads the clock too.
    if not points:
        monkeypatch.setattr(solver.GroupSolver, "_witnessed", lambda self, keys: None)
    clock = iter(range(10**6))
    monkeypatch.setattr(solver, "_clock", lambda: next(clock) / 1000)
    monkeypatch.setattr(solver, "TIMEOUT_MS", budget_ms)
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
    assert result.ranges[x[0]] == solver.Bound(0, 100)


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


ONE_SPEAKER = """\
document:
  id: doc
  published: 2023-10-03
claims:
  - id: low
    quantity: k.x
    value: more than 10 people
  - id: high
    quantity: k.x
    value: fewer than 5 people
  - id: higher
    quantity: k.x
    value: fewer than 3 people
"""


def test_a_group_known_to_conflict_stays_an_error_when_its_sets_take_too_long(
        tmp_path, monkeypatch):
    # `low` against `high` (and `higher`) cannot hold: the first question proves it.
    # If no minimal set is found in time, the group's contradiction still fails the
    # build (one document, one speaker), naming what ran out.
    def out_of_time(*_):
        raise solver.TooHard("timeout")

    monkeypatch.setattr(solver.GroupSolver, "all_conflicts", out_of_time)
    report = run(tmp_path, ONE_SPEAKER)
    (finding,) = rules(report, "inconsistency", "disagreement")
    assert (finding.severity, finding.claims) == ("error", ("low", "high", "higher"))
    assert finding.message == ("these 3 linked claims and rules cannot all be true; the "
                               "solver ran out of time (timeout) before it found the "
                               "smallest set of them that conflicts")
    assert report.exit_code(False) == 1


def test_the_minimal_sets_found_before_time_runs_out_are_kept(monkeypatch):
    # x > 10 against x < 5 and against x < 3: two minimal sets, {0, 1} and {0, 2}.
    # Whenever time runs out, on whichever question, what was found is a list of true
    # minimal sets and the search says it stopped; with no set found yet, TooHard.
    x = VarKey("k.x")
    group = [Constraint("c0", "claim", [Atom.make({x: -1}, 10, "<")], "c0"),
             Constraint("c1", "claim", [Atom.make({x: 1}, -5, "<")], "c1"),
             Constraint("c2", "claim", [Atom.make({x: 1}, -3, "<")], "c2")]
    asked = {"count": 0, "limit": 10**6}
    real_ask = solver.GroupSolver._ask

    def ask(self, *args):
        asked["count"] += 1
        if asked["count"] > asked["limit"]:
            raise solver.TooHard("timeout")
        return real_ask(self, *args)

    monkeypatch.setattr(solver.GroupSolver, "_ask", ask)
    whole = solver.GroupSolver(group, set(), set())
    try:
        found, more, stopped = whole.all_conflicts(20, 200)
        assert (sorted(found), more, stopped) == ([[0, 1], [0, 2]], 0, False)
    finally:
        whole.release()
    questions, outcomes = asked["count"], set()
    for limit in range(questions):
        asked.update(count=0, limit=limit)
        partial = solver.GroupSolver(group, set(), set())
        try:
            found, more, stopped = partial.all_conflicts(20, 200)
        except solver.TooHard:
            outcomes.add(0)
        else:
            # true minimal sets, each once; when both are found the time may still
            # run out before the search proves there is no third
            assert stopped and more == 0 and found
            assert sorted(map(tuple, found)) in ([(0, 1)], [(0, 2)], [(0, 1), (0, 2)])
            outcomes.add(len(found))
        finally:
            partial.release()
    assert outcomes == {0, 1, 2}  # out of time before any set, after one, after both


def test_a_group_that_agrees_says_so_when_the_exact_reading_takes_too_long(
        tmp_path, monkeypatch):
    # The group agrees (its ranges are reported); only the second look, with bare
    # numbers read exactly, ran out of time: an undecided warning says which.
    def out_of_time(*_):
        raise solver.TooHard("timeout")

    monkeypatch.setattr(solver.GroupSolver, "exact_also_agrees", lambda self: False)
    monkeypatch.setattr(consistency, "_rounding", out_of_time)
    report = run(tmp_path, """\
document:
  id: doc
  published: 2023-10-03
claims:
  - id: town
    quantity: town.population
    value: 12,000 people
  - id: region
    quantity: region.population
    value: 47,000 people
relations:
  - id: inside
    holds: town.population <= region.population
""")
    (finding,) = rules(report, "rounding", "inconsistency", "disagreement", "undecided")
    assert (finding.rule, finding.severity, finding.claims) == (
        "undecided", "warning", ("town", "region"))
    assert finding.message == ("these 3 linked claims and rules agree, but the solver ran "
                               "out of time (timeout) before it checked them with bare "
                               "numbers read exactly")
    assert {r.key.name for r in report.ranges} == {"town.population", "region.population"}


def test_a_group_that_agrees_without_ranges_in_time_is_a_note_not_a_finding(
        tmp_path, monkeypatch):
    # The first question proved the seed's claims agree; proving the ends of their
    # ranges ran out of time. Nothing is wrong with the registry: no finding, exit 0,
    # and the report says which ranges are missing instead of leaving a silent gap.
    def out_of_time(*_):
        raise solver.TooHard("timeout")

    monkeypatch.setattr(solver.GroupSolver, "_proved", out_of_time)
    # (no point found in Python either, which would prove the ends without z3)
    monkeypatch.setattr(solver.GroupSolver, "_witnessed", lambda self, keys: None)
    report = run(tmp_path, seed())
    assert rules(report, "inconsistency", "disagreement", "rounding") == []
    assert report.ranges == [] and report.exit_code(False) == 0
    assert ("The claims of 1 group(s) agree, but the solver ran out of time before it "
            "found the ranges they imply (claims fled, residents, un-remaining)"
            ) in report.notes


def test_z3s_two_names_for_a_time_out_are_one_reason():
    # "canceled": z3's timer thread stopped it before it noticed the time itself
    assert str(solver.TooHard("canceled")) == "timeout"
    assert str(solver.TooHard("timeout")) == "timeout"
    assert str(solver.TooHard("(incomplete (theory arithmetic))")) != "timeout"
