"""consistency.groups: the connected components of constraints sharing variables,
each in the constraints' order, groups in the order of their first constraint."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from factcheck.engine.consistency import groups
from factcheck.engine.constraints import Atom, Constraint, VarKey

KEYS = [VarKey(f"g.v{i}") for i in range(8)]


def constraint(index: int, names: list[VarKey]) -> Constraint:
    atoms = [Atom.make({k: 1 for k in names}, -1, "<=")] if names else []
    return Constraint(f"c{index}", "relation", atoms, f"c{index}")


def test_a_chain_links_its_ends_and_leaves_the_rest_apart():
    a, b, c, d, e = KEYS[:5]
    made = [constraint(0, [a, b]), constraint(1, [d]), constraint(2, [c]),
            constraint(3, [b, c]), constraint(4, []), constraint(5, [e, d])]
    assert [[x.key for x in group] for group in groups(made)] == [
        ["c0", "c2", "c3"], ["c1", "c5"], ["c4"]]


def components(made: list[Constraint]) -> list[list[str]]:
    """The same, the slow way: grow each group until no constraint outside it
    shares a variable with it."""
    left, out = list(made), []
    while left:
        group, names = [left.pop(0)], None
        names = set(group[0].variables)
        grown = bool(names)
        while grown:
            grown = False
            for other in list(left):
                if names & set(other.variables):
                    group.append(other)
                    names |= set(other.variables)
                    left.remove(other)
                    grown = True
        out.append(sorted(group, key=made.index))
    return [[x.key for x in group] for group in out]


@given(st.lists(st.lists(st.sampled_from(KEYS), max_size=3, unique=True), max_size=12))
def test_groups_are_the_connected_components(variables):
    made = [constraint(i, names) for i, names in enumerate(variables)]
    assert [[x.key for x in group] for group in groups(made)] == components(made)
