"""Conflicting pairs proved in Python (engine/pairs.py): hand-worked intervals, the
near misses that are not pairs, and the same minimal sets as z3 alone finds."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.engine import solver
from factcheck.engine.constraints import Atom, Constraint, VarKey
from factcheck.engine.pairs import disjoint_pairs

X, Y = VarKey("p.x"), VarKey("p.y")
POSITION = {X: 0, Y: 1}


def atom(key, coeff, constant, op) -> Atom:
    """coeff·key + constant op 0."""
    return Atom.make({key: Fraction(coeff)}, Fraction(constant), op)


def pairs(atoms_lists, whole=(False, False), floor=(), calendar=None, limit=200):
    return disjoint_pairs(atoms_lists, POSITION, list(whole), list(floor),
                          calendar or {}, limit)


def test_two_counts_that_do_not_meet_are_a_pair():
    # x <= 12,000 ("fewer than 12,000" read closed) against x >= 47,000
    assert pairs([[atom(X, 1, -12_000, "<=")], [atom(X, 1, -47_000, ">=")]]) == [[0, 1]]


def test_ranges_that_touch_at_a_closed_end_are_not_a_pair():
    # x <= 5 and x >= 5 meet at 5
    assert pairs([[atom(X, 1, -5, "<=")], [atom(X, 1, -5, ">=")]]) == []


def test_ranges_that_touch_at_an_open_end_are_a_pair():
    # x < 5 and x >= 5 leave nothing; -2x + 10 > 0 is x < 5 (a negative coefficient)
    assert pairs([[atom(X, -2, 10, ">")], [atom(X, 1, -5, ">=")]]) == [[0, 1]]


def test_whole_numbers_between_two_reals_are_needed():
    # 3 < x < 4 is empty in whole numbers: x > 3 and x < 4 conflict only for a count
    first, second = [atom(X, 1, -3, ">")], [atom(X, 1, -4, "<")]
    assert pairs([first, second], whole=(True, False)) == [[0, 1]]
    assert pairs([first, second], whole=(False, False)) == []


def test_a_constraint_empty_alone_is_in_no_pair():
    # 3.2 <= x <= 3.8 holds no whole number: it conflicts alone (a set of one, for
    # z3 to find), so with x >= 10 it is not a minimal pair
    alone = [atom(X, 5, -16, ">="), atom(X, 5, -19, "<=")]
    assert pairs([alone, [atom(X, 1, -10, ">=")]], whole=(True, False)) == []


def test_the_floor_and_the_calendar_count():
    # x <= -1 is empty above the floor of zero (no pair); a date before the calendar's
    # first day likewise
    below = [[atom(X, 1, 1, "<=")], [atom(X, 1, -3, ">=")]]
    assert pairs(below) == [[0, 1]]
    assert pairs(below, floor=[0]) == []
    assert pairs(below, calendar={0: (1, 100)}) == []


def test_different_variables_and_two_variable_atoms_are_left_to_z3():
    assert pairs([[atom(X, 1, -1, "<=")], [atom(Y, 1, -5, ">=")]]) == []
    both = Atom.make({X: Fraction(1), Y: Fraction(1)}, Fraction(-1), "<=")
    assert pairs([[both], [atom(X, 1, -5, ">=")], [atom(Y, 1, -5, ">=")]]) == []


def test_the_limit_stops_the_list():
    # x == 1, x == 2, x == 3: three pairs, two asked for
    equal = [[atom(X, 1, -k, "==")] for k in (1, 2, 3)]
    assert pairs(equal) == [[0, 1], [0, 2], [1, 2]]
    assert len(pairs(equal, limit=2)) == 2


BOUND = st.tuples(st.sampled_from(["<", "<=", ">", ">=", "=="]),
                  st.integers(-6, 6), st.sampled_from([1, 2, 3]), st.sampled_from([1, -1]))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(BOUND, min_size=1, max_size=2), min_size=2, max_size=5),
       st.booleans(), st.booleans())
def test_the_pairs_are_exactly_the_minimal_sets_of_two_z3_finds(bounds, whole, floor):
    # Each constraint: one or two bounds `sign·x op value/denominator`. z3, asked
    # about every constraint alone and every two, decides which pairs are minimal.
    atoms_lists = [[Atom.make({X: Fraction(sign)}, Fraction(-sign * value, den), op)
                    for op, value, den, sign in constraint] for constraint in bounds]
    group = [Constraint(f"c{i}", "relation", atoms, f"c{i}")
             for i, atoms in enumerate(atoms_lists)]
    integer_vars = {X} if whole else set()
    group_solver = solver.GroupSolver(group, integer_vars, {X} if floor else set())
    try:
        alone = [group_solver.consistent([i]) for i in range(len(group))]
        expected = [[i, j] for i in range(len(group)) for j in range(i + 1, len(group))
                    if alone[i] and alone[j] and not group_solver.consistent([i, j])]
    finally:
        group_solver.release()
    # (a whole number with no floor is a day number: the solver's calendar applies)
    found = disjoint_pairs(atoms_lists, {X: 0}, [whole], [0] if floor else [],
                           group_solver.calendar_at, 200)
    assert found == expected
