"""Points found in Python (engine/witness.py) prove what z3 would: the same group
result with them as without them, on hand-worked groups and on random ones."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.engine import consistency, solver, witness
from factcheck.engine.constraints import Atom, Constraint, VarKey
from factcheck.engine.parallel import portable
from factcheck.engine import propagate as propagate_module
from factcheck.engine.propagate import propagate, rows_by_variable, rows_of

KEYS = [VarKey("w.a"), VarKey("w.b"), VarKey("w.c"), VarKey("w.d", 738795)]


def claim(name: str, coeffs: dict, constant, op: str, exact=None) -> Constraint:
    atoms = [Atom.make({k: Fraction(v) for k, v in coeffs.items()}, Fraction(constant), op)]
    exact_atoms = None if exact is None else [
        Atom.make({k: Fraction(v) for k, v in coeffs.items()}, Fraction(exact), "==")]
    # (as a relation: a claim would need a Claim for its speaker)
    return Constraint(f"relation:{name}", "relation", atoms, name, exact_atoms=exact_atoms)


def without_points(monkeypatch) -> None:
    monkeypatch.setattr(solver.GroupSolver, "point_agrees", lambda self, subset: False)
    monkeypatch.setattr(solver.GroupSolver, "_witnessed", lambda self, keys: None)
    monkeypatch.setattr(solver.GroupSolver, "witnessed_agreement",
                        lambda self, extra=None: False)
    monkeypatch.setattr(solver.GroupSolver, "_reached_ends", lambda self, *args: {})


def test_a_point_at_the_lower_ends_proves_them():
    # a + b <= 10, a >= 2, b >= 3: the point (2, 3) satisfies everything, so 2 and 3
    # are reached; (7, 3) and (2, 8) reach the upper ends, one half at a time.
    a, b = KEYS[:2]
    rows = rows_of([[Atom.make({a: 1, b: 1}, -10, "<=")], [Atom.make({a: 1}, -2, ">=")],
                    [Atom.make({b: 1}, -3, ">=")]], {a: 0, b: 1})
    found = propagate(rows, 2, [True, True], [])
    assert (found.low, found.high) == ([2, 3], [7, 8])
    group = witness.Group(rows, rows_by_variable(rows, 2), [True, True], found, {},
                          lambda point: True)
    assert group.point({0: 2, 1: 3}) == [2, 3]
    assert group.point({0: 7}) == [7, 3]
    # both upper ends at once: a = 7 leaves b exactly 3, so no point has b = 8 too
    assert group.point({0: 7, 1: 8}) is None


def test_a_point_that_breaks_a_constraint_proves_nothing():
    a, b = KEYS[:2]
    atoms = [[Atom.make({a: 1, b: -1}, 0, "<")]]  # a < b
    assert not witness.holds([3, 3], atoms, {a: 0, b: 1}, lambda k: False, [], {})
    assert witness.holds([3, Fraction(7, 2)], atoms, {a: 0, b: 1}, lambda k: False, [], {})
    # a date outside the calendar, a count below zero
    assert not witness.holds([0, 5], atoms, {a: 0, b: 1}, lambda k: False, [], {0: (1, 9)})
    assert not witness.holds([-1, 5], atoms, {a: 0, b: 1}, lambda k: False, [0], {})


def test_a_point_is_checked_against_the_readings_asked_for():
    # a + b <= 10 read as written, a + b == 9 read exactly: (4, 4) satisfies the
    # first and misses the second by one (the atoms compiled once per group are
    # kept apart, by the readings they came from); an equality making b whole too.
    a, b = KEYS[:2]
    group = [claim("sum", {a: 1, b: 1}, -10, "<=", exact=-9),
             claim("b", {a: 1, b: -1}, 0, "==")]
    asked = solver.GroupSolver(group, {a}, set())
    exact = [group[0].exact_atoms]
    assert asked._satisfies([4, 4]) and not asked._satisfies([4, 4], exact)
    assert asked._satisfies([4, 5], exact) and not asked._satisfies([4, 5])  # b == a
    assert not asked._satisfies([Fraction(9, 2), Fraction(9, 2)])  # a is whole
    assert witness.holds([Fraction(9, 2), Fraction(9, 2)], [[group[1].atoms[0]]],
                         {a: 0, b: 1}, {a}.__contains__, [], {}) is False  # b made whole


def test_the_ranges_of_an_agreeing_group_need_no_z3(monkeypatch):
    a, b = KEYS[:2]
    group = [claim("sum", {a: 1, b: 1}, -10, "<="), claim("a", {a: 1}, -2, ">="),
             claim("b", {b: 1}, -3, ">=")]
    asked = []
    monkeypatch.setattr(solver.GroupSolver, "_plain",
                        lambda self, subset: asked.append(subset) or pytest.fail("z3"))
    result = consistency.solve_group(group, {a, b}, {a, b})
    assert result.ranges == {a: solver.Bound(2, 7), b: solver.Bound(3, 8)}
    assert asked == [] and result.known == "agree"


def test_a_group_propagation_refutes_asks_z3_nothing_for_its_ranges(monkeypatch):
    # a >= 10 and a <= 5: propagation leaves a no value, so there is no solution
    # at all (its bounds hold in every solution): no range, and no solver built.
    a = KEYS[0]
    monkeypatch.setattr(solver.GroupSolver, "_plain",
                        lambda self, subset: pytest.fail("z3 asked"))
    refuted = solver.GroupSolver([claim("low", {a: 1}, -10, ">="),
                                  claim("high", {a: 1}, -5, "<=")], {a}, set())
    assert refuted.ranges([a], range(2)) is None
    # (near miss) a >= 5 and a <= 5 leave a exactly 5, a point that proves it
    near = solver.GroupSolver([claim("low", {a: 1}, -5, ">="),
                               claim("high", {a: 1}, -5, "<=")], {a}, set())
    assert near.ranges([a], range(2)) == [solver.Bound(5, 5)]


def test_a_near_miss_with_an_open_end_is_left_to_z3(monkeypatch):
    # a < 5 over real numbers: the end 5 is open, which no point reaches
    a = KEYS[0]
    group = [claim("a", {a: 1}, -5, "<"), claim("floor", {a: 1}, 0, ">=")]
    with_points = consistency.solve_group(group, set(), {a})
    without_points(monkeypatch)
    assert consistency.solve_group(group, set(), {a}).ranges == with_points.ranges \
        == {a: solver.Bound(0, 5, False, True)}


def test_what_a_conflicts_others_allow_is_proved_by_points(monkeypatch):
    # a + b == 10 with a >= 6 and b >= 6 (both at least zero) conflict. Without
    # `a >= 6`, the others allow a = 10 - b with b in [6, 10]: a in [0, 4], both ends
    # reached by points (b = 10, then b = 6); z3's proof of the ends is not needed.
    a, b = KEYS[:2]
    group = [claim("sum", {a: 1, b: 1}, -10, "=="), claim("a", {a: 1}, -6, ">="),
             claim("b", {b: 1}, -6, ">=")]
    monkeypatch.setattr(solver.GroupSolver, "_proved", lambda self, solver, base, tag, ends:
                        pytest.fail("z3 asked to prove an end") if ends else {})
    result = consistency.solve_group(group, {a, b}, {a, b})
    (conflict,) = result.conflicts
    assert conflict.substituted["relation:a"] == [solver.Bound(0, 4)]
    assert conflict.substituted["relation:b"] == [solver.Bound(0, 4)]


def test_an_end_no_point_reaches_is_left_to_z3(monkeypatch):
    # a + b == 10 over real numbers at least zero, a < 6, b <= 4: b = 10 - a > 4.
    # Without `b <= 4` the others allow b in (4, 10]: the open end 4 no point
    # reaches, so z3 answers it; without `a < 6`, a in [6, 10], closed, by points.
    # The answers are the same with points as without.
    a, b = KEYS[:2]
    group = [claim("sum", {a: 1, b: 1}, -10, "=="), claim("a", {a: 1}, -6, "<"),
             claim("b", {b: 1}, -4, "<=")]
    fast = consistency.solve_group(group, set(), {a, b})
    (conflict,) = fast.conflicts
    assert conflict.substituted["relation:b"] == [solver.Bound(4, 10, True, False)]
    assert conflict.substituted["relation:a"] == [solver.Bound(6, 10)]
    without_points(monkeypatch)
    assert portable(consistency.solve_group(group, set(), {a, b})) == portable(fast)


def test_ends_points_reach_are_not_asked_of_z3_when_others_are(monkeypatch):
    # a + b + c <= 10 and a == b == c, all whole and at least zero: propagation
    # proposes [0, 10] for each, and with the rows combined pairwise still [0, 5]
    # (2b + c <= 10), but the true upper end is 3 (3a <= 10). The point (0, 0, 0)
    # proves the lower ends; z3 is asked about the upper ends only.
    a, b, c = KEYS[:3]
    group = [claim("sum", {a: 1, b: 1, c: 1}, -10, "<="),
             claim("ab", {a: 1, b: -1}, 0, "=="), claim("bc", {b: 1, c: -1}, 0, "==")]
    asked = []
    proved = solver.GroupSolver._proved
    monkeypatch.setattr(solver.GroupSolver, "_proved", lambda self, z3solver, base, tag,
                        ends: asked.extend(ends) or proved(self, z3solver, base, tag, ends))
    result = consistency.solve_group(group, {a, b, c}, {a, b, c})
    assert result.ranges == {key: solver.Bound(0, 3) for key in (a, b, c)}
    assert sorted(asked) == [(a, True), (b, True), (c, True)]
    without_points(monkeypatch)
    assert portable(consistency.solve_group(group, {a, b, c}, {a, b, c})) == portable(result)


def test_rows_combined_give_the_ends_propagation_overshoots(monkeypatch):
    # a + b <= 10 and a == b, both whole and at least zero: row by row, propagation
    # proposes [0, 10] for each, but a = b = 10 breaks a + b <= 10. The sum row with
    # `b - a <= 0` (one half of a == b) cancels a: 2b <= 10, so b <= 5, and a <= 5 the
    # same way; the point (5, 5) reaches both. No solver is built.
    a, b = KEYS[:2]
    group = [claim("sum", {a: 1, b: 1}, -10, "<="), claim("same", {a: 1, b: -1}, 0, "==")]
    monkeypatch.setattr(solver.GroupSolver, "_plain",
                        lambda self, subset: pytest.fail("z3 asked"))
    result = consistency.solve_group(group, {a, b}, {a, b})
    assert result.ranges == {a: solver.Bound(0, 5), b: solver.Bound(0, 5)}
    monkeypatch.undo()
    without_points(monkeypatch)
    assert portable(consistency.solve_group(group, {a, b}, {a, b})) == portable(result)


def test_rows_combined_are_sums_of_rows_that_cancel_a_variable():
    # r + d - p <= 0 (the accounting) and 9p - 10d < 0 (d above 0.9 p). Cancelling d:
    # 10 (r + d - p) + (9p - 10d) = 10r - p < 0; cancelling p: 9 (r + d - p) +
    # (9p - 10d) = 9r - d < 0. r is on one side only: nothing cancels it. A strict
    # row makes the sum strict.
    r, d, p = 0, 1, 2
    rows = [([(r, 1), (d, 1), (p, -1)], 0, False), ([(p, 9), (d, -10)], 0, True)]
    assert propagate_module.combined_rows(rows, 3) == [([(r, 10), (p, -1)], 0, True),
                                                       ([(d, -1), (r, 9)], 0, True)]
    # With p <= 1000, all whole and at least zero: row by row, r <= p - d gives only
    # r <= 999 (d's lower end is taken at p's lower end 0: d > 0, so d >= 1); the
    # sum gives 10r < p <= 1000, r <= 99.
    cap = [([(p, 1)], -1000, False)]
    alone = propagate(rows + cap, 3, [True] * 3, [0, 1, 2])
    assert alone.high[r] == 999
    found = propagate(rows + cap + propagate_module.combined_rows(rows, 3), 3, [True] * 3,
                      [0, 1, 2])
    assert found.high[r] == 99


def test_no_combination_for_a_variable_in_many_rows():
    # x <= y_k (4 rows) and x >= z_k (4 rows), every y_k and z_k in one row alone:
    # 16 pairs on x, more than the limit of 12, none combined; (near miss) 3 and 4
    # rows: 12 pairs, each combined into z_j - y_k <= 0.
    x, ys, zs = 0, [1, 2, 3, 4], [5, 6, 7, 8]
    above = [([(x, 1), (y, -1)], 0, False) for y in ys]
    below = [([(x, -1), (z, 1)], 0, False) for z in zs]
    assert propagate_module.combined_rows(above + below, 9) == []
    combined = propagate_module.combined_rows(above[:3] + below, 9)
    assert len(combined) == 12
    assert ([(1, -1), (5, 1)], 0, False) in combined


def test_rounding_is_asked_of_the_exact_solver_alone(monkeypatch):
    # a <= 10 read exactly as a == 10, a >= 9 read exactly as a == 9: as read, a in
    # [9, 10] agrees (points prove it); read exactly they conflict, a rounding set.
    # Propagation finds the exact readings conflicting (a == 10 leaves a == 9 no
    # value), so no solver is built to ask whether they agree: neither one of the
    # readings as rounded with the exact ones added, nor the exact one.
    a = KEYS[0]
    group = [claim("high", {a: 1}, -10, "<=", exact=-10),
             claim("low", {a: 1}, -9, ">=", exact=-9)]
    built = []
    plain = solver.GroupSolver._plain
    monkeypatch.setattr(solver.GroupSolver, "_plain",
                        lambda self, subset: built.append(subset) or plain(self, subset))
    result = consistency.solve_group(group, {a}, {a})
    assert result.known == "agree" and result.ranges == {a: solver.Bound(9, 10)}
    assert [[c.key for c in r.members] for r in result.rounding] == [
        ["relation:high", "relation:low"]]
    assert built == []


def test_exact_readings_propagation_cannot_refute_are_asked_of_z3(monkeypatch):
    # a + b <= 12 read exactly as a + b == 10 beside a - b == 3, whole numbers:
    # propagation narrows nothing to empty, the exact solver finds no whole solution
    # (2a == 13), a rounding set. (Near miss) read as a + b == 11 instead, a == 7,
    # b == 4 agree exactly: no rounding set.
    a, b = KEYS[:2]
    built = []
    plain = solver.GroupSolver._plain
    monkeypatch.setattr(solver.GroupSolver, "_plain",
                        lambda self, subset: built.append(subset) or plain(self, subset))
    for exact, sets in ((-10, [["relation:diff", "relation:sum"]]), (-11, [])):
        group = [claim("sum", {a: 1, b: 1}, -12, "<=", exact=exact),
                 claim("diff", {a: 1, b: -1}, -3, "==")]
        built.clear()
        result = consistency.solve_group(group, {a, b}, {a, b})
        assert result.known == "agree"
        assert [sorted(c.key for c in r.members) for r in result.rounding] == sets
        assert (range(0, 2) in built) == bool(sets)  # the exact readings, asked of z3


ops = st.sampled_from(["<=", "<", ">=", ">", "=="])


@st.composite
def groups(draw):
    """Up to six claims over up to four variables, small whole coefficients; some
    with an exact reading; the variables whole numbers or not, some at least zero.
    (Not a mix of whole and real: z3 may then take seconds on a question, and how
    long depends on what the process asked it before, so that either run could
    stop short at the group's time.)"""
    count = draw(st.integers(1, 6))
    out = []
    for i in range(count):
        names = draw(st.lists(st.sampled_from(KEYS), min_size=1, max_size=3, unique=True))
        coeffs = {k: draw(st.integers(-3, 3).filter(bool)) for k in names}
        constant = draw(st.integers(-40, 40))
        exact = draw(st.one_of(st.none(), st.integers(-40, 40)))
        out.append(claim(f"c{i}", coeffs, constant, draw(ops), exact))
    used = sorted({k for c in out for k in c.variables})
    whole = set(used) if draw(st.booleans()) else set()
    floor = set(draw(st.lists(st.sampled_from(used), unique=True)))
    return out, whole, floor


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(groups(), st.booleans())
def test_points_give_the_result_z3_gives(data, ranges):
    group, whole, floor = data
    fast = portable(consistency.solve_group(group, whole, floor, ranges=ranges))
    with pytest.MonkeyPatch.context() as patch:
        without_points(patch)
        slow = portable(consistency.solve_group(group, whole, floor, ranges=ranges))
    assert fast == slow


def test_a_conflict_is_shrunk_with_points_and_z3s_cores():
    # a >= 10 against a <= 5 beside b >= 0 and a + b <= 100: the minimal set is the
    # first two; each "does the rest agree?" that holds is proved by a point
    a, b = KEYS[:2]
    group = [claim("low", {a: 1}, -10, ">="), claim("high", {a: 1}, -5, "<="),
             claim("b", {b: 1}, 0, ">="), claim("sum", {a: 1, b: 1}, -100, "<=")]
    whole = solver.GroupSolver(group, set(), set())
    asked = []
    real = solver.GroupSolver.agrees
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(solver.GroupSolver, "agrees",
                          lambda self, subset: asked.append(list(subset)) or real(self, subset))
            found, more, stopped = whole.all_conflicts(20, 200)
    finally:
        whole.release()
    assert (found, more, stopped) == ([[0, 1]], 0, False)
    # z3 is asked only about sets holding both ends (they conflict: its "no" comes
    # with a core); every set without one of them agrees, proved by a point
    assert asked and all(0 in subset and 1 in subset for subset in asked)
