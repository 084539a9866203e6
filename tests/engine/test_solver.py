"""GroupSolver on hand-made constraints: agreement, minimal cores, MARCO
enumeration with its cap and limit, and box-Optimize bounds (open ends, infinities,
scaled targets)."""

from __future__ import annotations

from fractions import Fraction

import pytest

from factcheck.engine.constraints import Atom, Constraint, VarKey
from factcheck.engine.solver import Bound, GroupSolver
from factcheck.engine.z3calls import smt_number as _smt_number

X, Y, Z = VarKey("t.x"), VarKey("t.y"), VarKey("t.z", 738795)


def c(key: str, coeffs: dict, constant, op: str) -> Constraint:
    """`sum(coeffs) + constant op 0` as one constraint."""
    return Constraint(key, "claim", [Atom.make(
        {k: Fraction(v) for k, v in coeffs.items()}, Fraction(constant), op)], key)


def solver(*constraints, ints=(), floor=()) -> GroupSolver:
    return GroupSolver(list(constraints), set(ints), set(floor))


def bound(s: GroupSolver, key=X, subset=None) -> Bound:
    (b,) = s.bounds([({key: Fraction(1)}, Fraction(0))],
                    range(len(s.constraints)) if subset is None else subset)
    return b


def test_smt_numbers():
    assert (_smt_number(5), _smt_number(0), _smt_number(-5)) == ("5", "0", "(- 5)")


def test_agrees_on_any_subset():
    s = solver(c("low", {X: 1}, -1, ">="),  # x >= 1
               c("high", {X: 1}, 0, "<="),  # x <= 0
               c("other", {Y: 1}, 0, ">="))
    assert s.agrees([0, 2]) and s.agrees([1, 2]) and s.agrees([])
    assert not s.agrees([0, 1]) and not s.agrees([0, 1, 2])


def test_core_is_minimal():
    s = solver(c("a", {X: 1}, -10, ">="),  # x >= 10
               c("b", {Y: 1}, 0, ">="),
               c("c", {X: 1, Y: -1}, 0, "<="),  # x <= y
               c("d", {Y: 1}, -5, "<="),  # y <= 5
               c("e", {X: 1}, -3, "<="))  # x <= 3
    assert not s.agrees(range(5))
    core = s.core(range(5))
    # two minimal sets: {a, e} (10 > 3) and {a, c, d} (10 <= y <= 5)
    assert core in ([0, 4], [0, 2, 3])
    for i in core:
        assert s.agrees([j for j in core if j != i])


def test_all_minimal_conflicts_are_enumerated_once():
    s = solver(c("a", {X: 1}, -10, ">="), c("b", {Y: 1}, 0, ">="),
               c("c", {X: 1, Y: -1}, 0, "<="), c("d", {Y: 1}, -5, "<="),
               c("e", {X: 1}, -3, "<="))
    found, more, stopped = s.all_conflicts(cap=20, limit=200)
    assert sorted(found) == [[0, 2, 3], [0, 4]]
    assert (more, stopped) == (0, False)


def test_guards_and_marks_are_made_once_per_process(monkeypatch):
    # Every group names its guards and marks alike (fc_g0, fc_m0, ...): the second
    # group's enumeration makes no constant, and releasing frees none of them. The
    # sets found are the same each time; (near miss) the fresh names of one question
    # (kept=False) are made and freed each time.
    from factcheck.engine import z3calls

    def group():
        return solver(c("a", {X: 1}, -10, ">="), c("b", {Y: 1}, 0, ">="),
                      c("c", {X: 1, Y: -1}, 0, "<="), c("d", {Y: 1}, -5, "<="),
                      c("e", {X: 1}, -3, "<="))
    first = group().all_conflicts(cap=20, limit=200)
    made, freed = [], []
    make, free = z3calls.Z3_mk_const, z3calls.Z3_dec_ref
    monkeypatch.setattr(z3calls, "Z3_mk_const", lambda *a: made.append(a) or make(*a))
    monkeypatch.setattr(z3calls, "Z3_dec_ref", lambda *a: freed.append(a) or free(*a))
    again = group()
    assert again.all_conflicts(cap=20, limit=200) == first
    again.release()
    kept = {ast.value for ast in z3calls.Guards._kept.values()}
    assert made == [] and not [ast for _, ast in freed if ast.value in kept]
    freed.clear()
    with z3calls.Guards(again.ctx, ["fc_fresh_question"]) as (fresh,):
        assert fresh.value not in kept
    assert len(made) == 1 and [ast.value for _, ast in freed] == [fresh.value]


def test_the_map_of_explored_sets_asks_without_a_timer(monkeypatch):
    # The map's questions are propositional: asked with no timeout (z3 would hand
    # each to a timer thread); the group's time is still checked before each. The
    # same sets are found.
    from factcheck.engine import solver as solver_module

    settings: list[list] = []  # the names set on each solver made
    simple = solver_module.z3.SimpleSolver

    def recording(*args, **kwargs):
        made, names = simple(*args, **kwargs), []
        settings.append(names)
        made.set = lambda *a, **k: names.extend([*a[:1], *k])
        return made

    monkeypatch.setattr(solver_module.z3, "SimpleSolver", recording)
    s = solver(c("a", {X: 1}, -10, ">="), c("b", {Y: 1}, 0, ">="),
               c("c", {X: 1, Y: -1}, 0, "<="), c("d", {Y: 1}, -5, "<="),
               c("e", {X: 1}, -3, "<="))
    found, _, _ = s.all_conflicts(cap=20, limit=200)
    assert sorted(found) == [[0, 2, 3], [0, 4]]
    # the map: the one solver made without the legacy arithmetic, only a resource
    # limit set on it (the group's solver, made here or lent, keeps a timeout)
    assert [names for names in settings if "smt.arith.solver" not in names] == [["rlimit"]]


def test_a_map_question_past_its_resource_limit_is_too_hard(monkeypatch):
    # a map allowed no work at all cannot answer: the group is too hard, not hung
    from factcheck.engine import solver as solver_module

    monkeypatch.setattr(solver_module, "MAP_RLIMIT", 1)
    s = solver(c("a", {X: 1}, -10, ">="), c("e", {X: 1}, -3, "<="))
    with pytest.raises(solver_module.TooHard):
        s.all_conflicts(cap=20, limit=200)


def test_cap_and_limit():
    # x >= 10 against three caps x <= 1, x <= 2, x <= 3: three minimal sets
    s = solver(c("a", {X: 1}, -10, ">="), c("b", {X: 1}, -1, "<="),
               c("c", {X: 1}, -2, "<="), c("d", {X: 1}, -3, "<="))
    found, more, stopped = s.all_conflicts(cap=1, limit=200)
    assert len(found) == 1 and more == 2 and not stopped
    found, more, stopped = s.all_conflicts(cap=1, limit=2)
    assert len(found) == 1 and more == 1 and stopped  # stopped with one unseen


@pytest.mark.parametrize("constraints, ints, floor, expected", [
    # real x in (40, 41): both ends open
    ([({X: 1}, -40, ">"), ({X: 1}, -41, "<")], (), (), Bound(40, 41, True, True)),
    # whole x > 40: at least 41, no upper end
    ([({X: 1}, -40, ">")], (X,), (), Bound(41, None)),
    # nothing known, no floor: unbounded both ways
    ([({X: 1, Y: -1}, 0, "<=")], (), (), Bound(None, None)),
    # a count or duration is never negative
    ([({X: 1, Y: -1}, 0, "<=")], (), (X,), Bound(0, None)),
    # x > 0 on a real: 0, open (z3 answers epsilon)
    ([({X: 1}, 0, ">"), ({X: 1}, -1, "<=")], (), (), Bound(0, 1, True, False)),
    # negative and fractional ends: -5/2 <= x < -1/3
    ([({X: 2}, 5, ">="), ({X: 3}, 1, "<")], (), (), Bound(Fraction(-5, 2), Fraction(-1, 3),
                                                           False, True)),
])
def test_bounds(constraints, ints, floor, expected):
    s = solver(*[c(f"k{i}", co, k, op) for i, (co, k, op) in enumerate(constraints)],
               ints=ints, floor=floor)
    assert bound(s) == expected


def test_bounds_of_a_conflict_are_none():
    s = solver(c("a", {X: 10}, -102, ">="), c("b", {X: 10}, -108, "<="), ints=(X,))
    # 10.2 <= x <= 10.8 has no whole number
    assert s.bounds([({X: Fraction(1)}, Fraction(0))], [0, 1]) is None
    # as a real it has
    assert bound(solver(c("a", {X: 10}, -102, ">="), c("b", {X: 10}, -108, "<="))) == Bound(
        Fraction(51, 5), Fraction(54, 5))


def test_bounds_of_scaled_and_shifted_targets():
    s = solver(c("a", {X: 1}, 0, ">="), c("b", {X: 1}, -3, "<="))  # x in [0, 3]
    targets = [({X: Fraction(2)}, Fraction(1)),  # 2x + 1 in [1, 7]
               ({X: Fraction(1, 2)}, Fraction(0)),  # x / 2 in [0, 3/2]
               ({X: Fraction(-1)}, Fraction(0))]  # -x in [-3, 0]
    assert s.bounds(targets, [0, 1]) == [Bound(1, 7), Bound(0, Fraction(3, 2)),
                                        Bound(-3, 0)]


def test_bounds_over_a_subset():
    s = solver(c("a", {X: 1}, -10, ">="), c("b", {X: 1}, -3, "<="), ints=(X,))
    assert bound(s, subset=[0]) == Bound(10, None)
    assert bound(s, subset=[1]) == Bound(None, 3)
    assert s.bounds([({X: Fraction(1)}, Fraction(0))], [0, 1]) is None


def test_several_solvers_share_one_context_without_clashing():
    first = solver(c("a", {X: 1}, -10, ">="), ints=(X,))
    second = solver(c("a", {X: 1}, -3, "<="), ints=(X,))
    # same variable names, separate groups: each answers for itself
    assert bound(first) == Bound(10, None)
    assert bound(second) == Bound(None, 3)
    assert first.agrees([0]) and second.agrees([0])
    assert bound(first) == Bound(10, None)


def test_a_dated_variable_is_a_variable_like_any_other():
    s = solver(c("a", {Z: 1, X: -1}, 0, "=="), c("b", {X: 1}, -7, "=="))
    assert bound(s, key=Z) == Bound(7, 7)


def test_exact_mode_uses_the_exact_atoms():
    rounded = Constraint("whole", "claim", [Atom.make({X: 1}, -115, ">="),
                                            Atom.make({X: 1}, -125, "<=")], "whole",
                         exact_atoms=[Atom.make({X: 1}, -120, "==")])
    cap = c("cap", {X: 1}, -124, ">=")  # x >= 124
    assert GroupSolver([rounded, cap], set(), set()).agrees([0, 1])
    assert not GroupSolver([rounded, cap], set(), set(), exact=True).agrees([0, 1])
