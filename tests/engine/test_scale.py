"""Issue 14, kind 7: one group at scale. Work is counted, not timed: the Python
lines propagation runs (sys.settrace), and the rules a chain of places makes."""

from __future__ import annotations

import sys

from factcheck.engine import propagate as propagate_module
from factcheck.engine.propagate import propagate

from engine_helpers import consistency_findings, problem, run


def lines_run(function, *args) -> int:
    """How many lines of propagate.py run for this call."""
    count = 0
    source = propagate_module.__file__

    def tracer(frame, event, arg):
        nonlocal count
        if frame.f_code.co_filename != source:
            return None
        if event == "line":
            count += 1
        return tracer

    sys.settrace(tracer)
    try:
        function(*args)
    finally:
        sys.settrace(None)
    return count


def hub(n: int):
    """total (variable 0) >= part_i (1..n), each part exactly n + 1 - i. Rows are
    `sum(c·x) + k <= 0`: part_i - total <= 0; part_i - v <= 0 and v - part_i <= 0.
    A last-in-first-out queue raises total's lower bound n times, one part at a
    time; each raise used to re-queue all n of total's rows (n² steps)."""
    relations = [([(i, 1), (0, -1)], 0, False) for i in range(1, n + 1)]
    exact = [row for i in range(1, n + 1)
             for row in (([(i, 1)], -(n + 1 - i), False), ([(i, -1)], n + 1 - i, False))]
    return relations + exact, n + 1


def test_propagation_through_a_hub_is_linear():
    """About 86 lines a row today; before, some 900 a row, and the work limit cut
    the propagation short (next test)."""
    small = lines_run(propagate, *hub(200), [True] * 201, [])
    large = lines_run(propagate, *hub(400), [True] * 401, [])
    assert large / small < 2.5, (small, large)
    assert large < 150 * len(hub(400)[0]), large


def test_propagation_through_a_hub_finds_the_bound():
    rows, count = hub(300)
    found = propagate(rows, count, [True] * count, [])
    assert (found.low[0], found.high[0]) == (300, None)  # the largest part
    assert (found.low[1], found.high[1]) == (300, 300)
    assert not found.empty


def chain(depth: int, step: int = 10) -> str:
    """p0 ⊃ p1 ⊃ ... ⊃ p{depth-1}; each place counts `100,000 - step·i` people."""
    places = "".join(f"  p{i}: {{name: P{i}, within: p{i - 1}}}\n" for i in range(1, depth))
    claims = "".join(f"  - id: c{i}\n    quantity: p{i}.residents\n"
                     f"    value: exactly {100_000 - step * i} people\n" for i in range(depth))
    return ("document:\n  id: doc\n  published: 2023-10-03\nplaces:\n  p0: {name: P0}\n"
            + places + "claims:\n" + claims)


def test_a_chain_600_deep_makes_one_rule_per_level(tmp_path):
    built = problem(tmp_path, chain(600))
    within = [c for c in built.constraints if c.kind == "within"]
    assert len(within) == 599  # was 599·600/2 = 179,700


def test_a_chain_600_deep_agrees_and_a_bad_link_is_found(tmp_path):
    assert consistency_findings(run(tmp_path / "ok", chain(600))) == []
    # p300 counts 97,015: 5 more than p299 around it (100,000 - 2,990 = 97,010), 5
    # fewer than p298 (97,020). One conflict, c299 and c300, through one rule.
    bad = chain(600).replace("exactly 97000 people", "exactly 97015 people")
    [found] = consistency_findings(run(tmp_path / "bad", bad))
    assert sorted(found.claims) == ["c299", "c300"]
    assert found.message.count("rule:") == 1
    # Near miss: 97,010, as many as p299, agrees.
    near = chain(600).replace("exactly 97000 people", "exactly 97010 people")
    assert consistency_findings(run(tmp_path / "near", near)) == []
