"""MARCO's map of explored sets (engine/explored.py): a seed keeps every clause of
the sets explored, there is one whenever some marking keeps them all, and the
seeds are the same in every run."""

from __future__ import annotations

from itertools import combinations

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.engine.explored import ExploredMap


def test_seeds_leave_out_one_member_of_each_conflict():
    # 4 constraints: {0, 1} conflicts, so a seed leaves 0 out first (position order)
    explored = ExploredMap(4)
    assert explored.seed() == [0, 1, 2, 3]  # nothing explored yet: everything
    explored.conflicting([1, 0])
    assert explored.seed() == [1, 2, 3]
    # {1, 2, 3} agrees and is maximal: a seed must hold 0, so 1 is left out instead
    explored.agreeing({1, 2, 3})
    assert explored.seed() == [0, 2, 3]
    explored.agreeing({0, 2, 3})
    assert explored.seed() is None  # every subset lies in one of them or holds {0, 1}


def test_a_maximal_set_of_everything_closes_the_map():
    explored = ExploredMap(3)
    explored.agreeing({0, 1, 2})
    assert explored.seed() is None


def test_a_member_a_maximal_sets_clause_needs_stays_in():
    # {0, 1} and {0, 2} conflict, {1, 2, 3} is maximal: a seed must hold 0 (the one
    # constraint outside it), so it leaves out 1 and 2 instead: {0, 3}
    explored = ExploredMap(4)
    explored.conflicting([0, 1])
    explored.conflicting([0, 2])
    explored.agreeing({1, 2, 3})
    assert explored.seed() == [0, 3]
    # (near miss) without the maximal set, 0 is left out first: {1, 2, 3}
    assert ExploredMap(4).seed() == [0, 1, 2, 3]
    alone = ExploredMap(4)
    alone.conflicting([0, 1])
    alone.conflicting([0, 2])
    assert alone.seed() == [1, 2, 3]
    explored.agreeing({0, 3})
    assert explored.seed() is None


def _keeps(seed: set[int], explored: ExploredMap) -> bool:
    return (not explored.closed
            and all(not set(c) <= seed for c in explored.conflicts)
            and all(set(outside) & seed for outside in explored.outside))


@st.composite
def maps(draw):
    count = draw(st.integers(1, 7))
    sets = st.lists(st.integers(0, count - 1), min_size=1, max_size=count, unique=True)
    explored = ExploredMap(count)
    for _ in range(draw(st.integers(0, 8))):
        if draw(st.booleans()):
            explored.conflicting(draw(sets))
        else:
            explored.agreeing(set(draw(st.lists(st.integers(0, count - 1), unique=True))))
    return explored


@settings(max_examples=300, deadline=None)
@given(maps())
def test_a_seed_is_found_whenever_there_is_one(explored):
    everything = range(explored.count)
    some = [set(chosen) for size in range(explored.count + 1)
            for chosen in combinations(everything, size) if _keeps(set(chosen), explored)]
    seed = explored.seed()
    if seed is None:
        assert some == []
    else:
        assert _keeps(set(seed), explored) and seed == sorted(seed)
        assert explored.seed() == seed  # the same seed every time it is asked
