"""Bound propagation: a row of one variable is visited once, with the same bounds
as visiting every row again whenever one of its variables moves."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.engine import propagate as propagation
from factcheck.engine.propagate import Bounds, propagate, rows_by_variable, settle


def revisiting(rows, count, whole, floor_zero) -> Bounds:
    """propagate() as it was: every row of a moved variable visited again."""
    bounds = Bounds(count)
    for i in floor_zero:
        bounds.low[i] = 0
    rows_with = rows_by_variable(rows, count)
    changed = [False] * count
    queue = list(range(len(rows)))
    budget = propagation.VISITS_PER_ROW * len(rows) + 50
    while queue and budget > 0:
        dirty: list[int] = []
        for r in queue[:budget]:
            if not propagation._tighten(rows[r], bounds, whole, changed, dirty):
                bounds.empty = True
                return bounds
        budget -= len(queue)
        queue = propagation._rows_of(dirty, rows_with, changed)
    return bounds


def counted(monkeypatch) -> list:
    visited: list = []
    tighten = propagation._tighten

    def counting(row, *rest):
        visited.append(row)
        return tighten(row, *rest)

    monkeypatch.setattr(propagation, "_tighten", counting)
    return visited


def test_a_row_of_one_variable_is_visited_once(monkeypatch):
    # x in [10, 20], y in [0, 100], x + y <= 25 (x at 0, y at 1): y <= 15, then
    # x's rows come round again; its bounds from constants are not visited again.
    rows = [([(0, -1)], 10, False), ([(0, 1)], -20, False), ([(1, -1)], 0, False),
            ([(1, 1)], -100, False), ([(0, 1), (1, 1)], -25, False)]
    visited = counted(monkeypatch)
    found = propagate(rows, 2, [True, True], [])
    assert (found.low, found.high) == ([10, 0], [20, 15])
    assert sum(1 for row in visited if len(row[0]) == 1) == 4  # each once


def test_bounds_applied_already_skip_rows_of_one_variable(monkeypatch):
    rows = [([(0, -1)], 10, False), ([(0, 1)], -20, False), ([(0, 1), (1, 1)], -25, False)]
    found = propagate(rows, 2, [True, True], [])
    visited = counted(monkeypatch)
    found.low[0] = found.high[0] = 12  # x fixed at 12: y <= 13
    settle(rows, rows_by_variable(rows, 2), found, [True, True], [0, 1, 2], applied=True)
    # row 2 moves y, so y's rows come round again: row 2 alone, twice
    assert visited == [rows[2], rows[2]]
    assert found.high[1] == 13


def test_a_fixed_value_outside_a_constant_bound_is_still_found_empty():
    # (near miss) skipping constant rows must not hide a conflict another row finds:
    # x + y == 30 with y <= 15 leaves x >= 15, above x <= 14.
    rows = [([(0, 1)], -14, False), ([(1, 1)], -15, False),
            ([(0, 1), (1, 1)], -30, False), ([(0, -1), (1, -1)], 30, False)]
    assert propagate(rows, 2, [True, True], []).empty


numbers = st.integers(-6, 6)
row = st.tuples(st.lists(st.tuples(st.integers(0, 3), numbers.filter(bool)), min_size=1,
                         max_size=3, unique_by=lambda pair: pair[0]),
                numbers, st.booleans())


@settings(max_examples=300, deadline=None)
@given(st.lists(row, min_size=1, max_size=10), st.lists(st.booleans(), min_size=4,
                                                          max_size=4),
       st.lists(st.integers(0, 3), max_size=2, unique=True))
def test_the_bounds_are_those_of_revisiting_every_row(rows, whole, floor_zero):
    rows = [(coeffs, Fraction(constant, 2) if not all(whole) else constant, strict)
            for coeffs, constant, strict in rows]
    expected = revisiting(rows, 4, whole, floor_zero)
    found = propagate(rows, 4, whole, floor_zero)
    assert found.empty == expected.empty
    if not found.empty:
        assert (found.low, found.high, found.low_open, found.high_open) == (
            expected.low, expected.high, expected.low_open, expected.high_open)
