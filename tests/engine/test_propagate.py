"""Bound propagation: a row of one variable is visited once, with the same bounds
as visiting every row again whenever one of its variables moves."""

from __future__ import annotations

import math
from fractions import Fraction

from hypothesis import assume, given, settings
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


def one_visit(row, bounds: Bounds, whole: list[bool]) -> tuple[bool, list[int]]:
    """One visit of a row by the textbook formula, with Fractions: each variable
    bounded by the least value the other terms can take (from the bounds before the
    visit), rounded inwards when whole. (empty?, the variables whose end moved)."""
    coeffs, constant, strict = row
    least = {i: (c * bounds.low[i] if c > 0 and bounds.low[i] is not None else
                 c * bounds.high[i] if c < 0 and bounds.high[i] is not None else None,
                 bounds.low_open[i] if c > 0 else bounds.high_open[i]) for i, c in coeffs}
    moved = []
    for i, c in coeffs:
        others = [least[j] for j, _ in coeffs if j != i]
        if any(value is None for value, _ in others):
            continue
        limit = Fraction(-constant) - sum((Fraction(v) for v, _ in others), Fraction(0))
        is_open = strict or any(is_open for _, is_open in others)
        value = limit / c  # c·x <= limit: x <= value for c > 0, x >= value for c < 0
        if whole[i]:
            rounded = math.floor(value) if c > 0 else math.ceil(value)
            if is_open and rounded == value:
                rounded += -1 if c > 0 else 1
            value, is_open = Fraction(rounded), False
        ends = (bounds.high, bounds.high_open) if c > 0 else (bounds.low, bounds.low_open)
        current = ends[0][i]
        tighter = current is None or (value < current if c > 0 else value > current) or (
            value == current and is_open and not ends[1][i])
        if tighter:
            ends[0][i], ends[1][i] = value, is_open
            moved.append(i)
    empty = any(bounds.low[i] is not None and bounds.high[i] is not None and (
        bounds.low[i] > bounds.high[i] or (bounds.low[i] == bounds.high[i] and (
            bounds.low_open[i] or bounds.high_open[i]))) for i, _ in coeffs)
    return empty, moved


end = st.one_of(st.none(), numbers, st.fractions(-6, 6, max_denominator=4))


@settings(max_examples=1000, deadline=None)
@given(row, st.lists(st.tuples(end, end, st.booleans(), st.booleans(), st.booleans()),
                     min_size=4, max_size=4))
def test_one_visit_bounds_each_variable_by_the_others_least_value(row, ends):
    # Rows of one and two terms take a path of their own (most rows): the same
    # bounds as the formula, open ends, Fractions and rounding included.
    bounds, expected = Bounds(4), Bounds(4)
    whole = [is_whole for *_, is_whole in ends]
    for i, (low, high, low_open, high_open, is_whole) in enumerate(ends):
        if is_whole:
            low = None if low is None else math.ceil(low)
            high = None if high is None else math.floor(high)
        for target in (bounds, expected):
            target.low[i], target.high[i] = low, high
            target.low_open[i] = low_open and not is_whole and low is not None
            target.high_open[i] = high_open and not is_whole and high is not None
        assume(low is None or high is None or low < high or (
            low == high and not bounds.low_open[i] and not bounds.high_open[i]))
    empty, moved = one_visit(row, expected, whole)
    dirty: list[int] = []
    assert propagation._tighten(row, bounds, whole, [False] * 4, dirty) is not empty
    if not empty:
        assert dirty == moved
        assert (bounds.low, bounds.high, bounds.low_open, bounds.high_open) == (
            expected.low, expected.high, expected.low_open, expected.high_open)


def test_a_strict_row_of_two_whole_numbers_moves_an_end_it_only_touches():
    # x + y < 10 with y >= 4 and x <= 6, whole numbers: x < 6, so x <= 5 (the
    # limit 6 divides exactly, and the open end rounds inwards by one).
    rows = [([(0, 1), (1, 1)], -10, True)]
    bounds = Bounds(2)
    bounds.high[0], bounds.low[1] = 6, 4
    dirty: list[int] = []
    assert propagation._tighten(rows[0], bounds, [True, True], [False, False], dirty)
    assert (bounds.high[0], dirty) == (5, [0])
    # (near miss) x + y <= 10 leaves x <= 6 where it was: nothing moved
    bounds.high[0] = 6
    dirty = []
    propagation._tighten(([(0, 1), (1, 1)], -10, False), bounds, [True, True],
                         [False, False], dirty)
    assert (bounds.high[0], dirty) == (6, [])
