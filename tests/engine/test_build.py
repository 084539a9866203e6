"""From claims to constraints: atoms with integer coefficients, canonical units (time
in days), whole-number snapping, ratios, exact readings, dates and unit errors.

`Atom.make` scales `sum(c·x) + k op 0` to integer coefficients: 40 hours is 40/24 =
5/3 days, so `x <= 5/3` becomes `3x - 5 <= 0`.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest

from factcheck.engine import build
from factcheck.engine.constraints import Atom, VarKey
from factcheck.expr import parse_expression
from factcheck.findings import Location
from factcheck.grammar import parse_value
from factcheck.registry.model import Claim, Document, Registry, Relation
from factcheck.expr import parse_comparison

from engine_helpers import consistency_findings, problem, rules, run, where


X = VarKey("x.count")
DOC = Document("doc", Location("mem.yaml"), published=dt.date(2023, 10, 3))


def claim(cid: str, quantity: str, value: str, **kw) -> Claim:
    """A claim built in memory: model dataclass, parsed expression and value."""
    return Claim(cid, Location("mem.yaml", 1, 1), kw.pop("document", DOC), quantity, value,
                 interval=parse_value(value, anchor=dt.date(2023, 10, 3)),
                 expr=parse_expression(quantity), **kw)


def built(*claims: Claim, relations=(), quantities=None) -> build.Problem:
    registry = Registry("mem", documents={"doc": DOC}, claims=list(claims),
                        relations=[Relation(rid, Location("mem.yaml"), holds,
                                            comparison=parse_comparison(holds))
                                   for rid, holds in relations])
    registry.quantities.update(quantities or {})
    return build.build(registry)


def only(problem_, key: str):
    (constraint,) = [c for c in problem_.constraints if c.key == key]
    return constraint


@pytest.mark.parametrize("value, atoms", [
    # people: snapped to whole numbers, closed ends
    ("fewer than 1,500 people", [((1,), 0, ">="), ((1,), -1499, "<=")]),
    ("over 100,000 people", [((1,), -100_001, ">=")]),
    ("estimated 120,000 people", [((1,), -108_000, ">="), ((1,), -132_000, "<=")]),
    ("exactly 15 people", [((1,), -15, ">="), ((1,), -15, "<=")]),
    ("counted on one hand", [((1,), 0, ">="), ((1,), -5, "<=")]),
])
def test_people_claims(value, atoms):
    constraint = only(built(claim("c", "x.count", value)), "claim:c")
    assert constraint.atoms == [Atom(((X, c),), k, op) for (c,), k, op in atoms]
    assert constraint.kind == "claim" and constraint.variables == (X,)


T = VarKey("x.duration")


@pytest.mark.parametrize("value, atoms", [
    # as long as 40 hours = [0, 40] hours = [0, 5/3] days: 3x - 5 <= 0
    ("as long as 40 hours", [(1, 0, ">="), (3, -5, "<=")]),
    # over 40 hours: open end, not snapped: x > 5/3 -> 3x - 5 > 0
    ("over 40 hours", [(3, -5, ">")]),
    # nine months = [8.5, 9.5] months = [258.71875, 289.15625] days
    #   = [8,279/32, 9,253/32]: 32x - 8,279 >= 0, 32x - 9,253 <= 0
    ("nine-month", [(32, -8279, ">="), (32, -9253, "<=")]),
    # two weeks = [1.5, 2.5] weeks = [10.5, 17.5] days: 2x - 21 >= 0, 2x - 35 <= 0
    ("two weeks", [(2, -21, ">="), (2, -35, "<=")]),
])
def test_durations_in_days(value, atoms):
    constraint = only(built(claim("c", "x.duration", value)), "claim:c")
    assert constraint.atoms == [Atom(((T, c),), k, op) for c, k, op in atoms]


def test_a_date_is_a_day_number():
    constraint = only(built(claim("c", "x.start", "2023-09-19")), "claim:c")
    n = dt.date(2023, 9, 19).toordinal()
    key = VarKey("x.start")
    assert constraint.atoms == [Atom(((key, 1),), -n, ">="), Atom(((key, 1),), -n, "<=")]


def test_a_share_is_linearised_with_a_positive_denominator():
    p = built(claim("share", "k.departed / k.population", "nearly all"),
              claim("dep", "k.departed", "over 1 people"),
              claim("pop", "k.population", "over 1 people"))
    dep, pop = VarKey("k.departed"), VarKey("k.population")
    # population > 0; departed - 0.9·population >= 0 (times 10: 10d - 9p >= 0);
    # departed - 1·population < 0
    assert only(p, "claim:share").atoms == [
        Atom(((pop, 1),), 0, ">"),
        Atom(((dep, 10), (pop, -9)), 0, ">="),
        Atom(((dep, 1), (pop, -1)), 0, "<"),
    ]


def test_a_sum_claim_is_not_snapped_but_its_counts_are_whole():
    p = built(claim("sum", "x.a + x.b", "fewer than 10.5 people"),
              claim("a", "x.a", "over 1 people"), claim("b", "x.b", "over 1 people"))
    a, b = VarKey("x.a"), VarKey("x.b")
    # x.a + x.b < 10.5 -> 2a + 2b - 21 < 0 (not snapped: the expression is no name)
    assert only(p, "claim:sum").atoms[-1] == Atom(((a, 2), (b, 2)), -21, "<")
    assert p.integer_vars() == {a, b} and p.floor_zero() == {a, b}


def test_integer_and_non_negative_variables():
    p = built(claim("people", "x.count", "15 people"),
              claim("hours", "x.duration", "40 hours"),
              claim("date", "x.start", "2023-09-19"),
              claim("pure", "x.wars", "two"))
    people, hours = VarKey("x.count"), VarKey("x.duration")
    date, pure = VarKey("x.start"), VarKey("x.wars")
    assert p.integer_vars() == {people, date}  # counts and day numbers
    assert p.floor_zero() == {people, hours}  # counts and durations


def test_exact_atoms_only_for_bare_numbers_that_are_not_calendar_spans():
    p = built(claim("bare", "x.count", "120,000 people"),
              claim("estimate", "y.count", "estimated 120,000 people"),
              claim("qualified", "z.count", "over 100,000 people"),
              claim("months", "x.duration", "nine months"))
    # 120,000 read exactly: x - 120,000 >= 0 and <= 0
    assert only(p, "claim:bare").exact_atoms == [
        Atom(((X, 1),), -120_000, ">="), Atom(((X, 1),), -120_000, "<=")]
    assert only(p, "claim:estimate").exact_atoms is None
    assert only(p, "claim:qualified").exact_atoms is None
    assert only(p, "claim:months").exact_atoms is None


def test_dated_claims_become_dated_variables():
    p = built(claim("a", "k.departed", "over 1 people", as_of=dt.date(2023, 10, 2)),
              claim("b", "k.departed", "over 2 people"),  # dated by its document
              claim("c", "k.population", "over 3 people"))  # undated
    assert only(p, "claim:a").variables == (VarKey("k.departed", 738795),)
    assert only(p, "claim:b").variables == (VarKey("k.departed", 738796),)
    assert only(p, "claim:c").variables == (VarKey("k.population"),)
    assert dt.date.fromordinal(738795) == dt.date(2023, 10, 2)


def test_a_date_time_as_of_is_an_instant():
    p = built(claim("a", "k.departed", "over 1 people",
                    as_of=dt.datetime(2023, 10, 2, 18, 30)),
              claim("b", "k.departed", "over 1 people", as_of=dt.date(2023, 10, 2)))
    # 18:30 is 18.5 / 24 = 37/48 of the day gone
    (key,) = only(p, "claim:a").variables
    assert key == VarKey("k.departed", 738795 + Fraction(37, 48))
    assert str(key) == "k.departed@2023-10-02T18:30:00"
    assert only(p, "claim:b").variables == (VarKey("k.departed", 738795),)


def test_a_declared_trend_dates_a_quantity():
    from factcheck.registry.model import QuantityInfo

    p = built(claim("a", "k.departed", "over 1 people"),
              quantities={"k.departed": QuantityInfo("k.departed", Location("mem.yaml"),
                                                     trend="non-decreasing")})
    assert only(p, "claim:a").variables == (VarKey("k.departed", 738796),)


# -- unit errors: reported, never a crash -----------------------------------------------

UNITS = """\
document:
  id: doc
quantities:
  k.stayed: {unit: person}
claims:
  - id: dep
    quantity: k.departed
    value: over 100 people
  - id: dep-hours
    quantity: k.departed
    value: 40 hours
  - id: share
    quantity: k.stayed
    value: nearly all
  - id: trip
    quantity: j.duration
    value: as long as 40 hours
  - id: date-on-people
    quantity: k.departed
    value: 2023-09-19
  - id: bare-time
    quantity: j.duration
    value: "40"
  - id: people-ratio
    quantity: k.departed / k.stayed
    value: 40 people
  - id: unreadable
    quantity: k.departed
    value: umpteen people
"""


def test_unit_errors_are_findings_on_the_value(tmp_path):
    report = run(tmp_path, UNITS)
    found = {f.claims: f for f in rules(report, "unit")}
    assert set(found) == {("dep-hours",), ("share",), ("date-on-people",), ("bare-time",),
                          ("people-ratio",)}
    for (cid,), finding in found.items():
        assert finding.severity == "error"
        line, _ = where(UNITS, f"id: {cid}\n")
        # the value node: two lines below the id, after "    value: "
        assert (finding.line, finding.column) == (line + 2, 12), cid
    assert "time" in found[("dep-hours",)].message
    assert "share" in found[("share",)].message
    assert "date" in found[("date-on-people",)].message
    assert "no unit" in found[("bare-time",)].message
    (value,) = rules(report, "value")
    assert value.claims == ("unreadable",)


def test_claims_with_unit_errors_take_no_part(tmp_path):
    built_ = problem(tmp_path / "p", UNITS.replace("umpteen people", "over 5 people"))
    assert sorted(c.key for c in built_.constraints) == [
        "claim:dep", "claim:trip", "claim:unreadable"]
    # and the rest is still checked: dep over 100 people, trip [0, 40] hours
    report = run(tmp_path / "r", UNITS)
    assert consistency_findings(report) == []
    assert {str(r.key) for r in report.ranges} == {"k.departed", "j.duration"}


def test_the_first_claim_decides_and_a_declared_unit_beats_it(tmp_path):
    report = run(tmp_path, """\
    document:
      id: doc
    quantities:
      k.count: {unit: person}
    claims:
      - id: hours-first
        quantity: k.count
        value: 40 hours
      - id: people
        quantity: k.count
        value: 40 people
    """)
    (finding,) = rules(report, "unit")
    assert finding.claims == ("hours-first",)


def test_a_number_less_phrase_takes_the_quantitys_unit(tmp_path):
    # "counted on one hand" on a people count is [0, 5] people, whole numbers
    report = run(tmp_path, """\
    document:
      id: doc
    claims:
      - id: pop
        quantity: s.population
        value: between 55,000 and 75,000 people
      - id: hand
        quantity: s.remaining
        value: counted on one hand
    relations:
      - id: r
        holds: s.remaining <= s.population
    """)
    assert report.findings == []
    assert {str(r.key): (r.low, r.high, r.unit) for r in report.ranges}["s.remaining"] == (
        Fraction(0), Fraction(5), "person")


@pytest.mark.parametrize("value, low, high", [
    # open ends at fractions: (2.5, 7.5) holds the whole numbers 3 to 7
    ("{low: 2.5, high: 7.5, low_open: true, high_open: true, unit: person}", 3, 7),
    # open ends at whole numbers: (3, 7) holds 4 to 6
    ("{low: 3, high: 7, low_open: true, high_open: true, unit: person}", 4, 6),
    # closed ends at fractions: [2.5, 7.5] holds 3 to 7
    ("{low: 2.5, high: 7.5, unit: person}", 3, 7),
])
def test_explicit_count_intervals_are_snapped(tmp_path, value, low, high):
    built_ = problem(tmp_path, f"""\
    document:
      id: doc
    claims:
      - id: c
        quantity: x.count
        value: {value}
    """)
    assert only(built_, "claim:c").atoms == [Atom(((X, 1),), -low, ">="),
                                             Atom(((X, 1),), -high, "<=")]


def test_atoms_are_scaled_to_integers_and_evaluate():
    # x/3 + 1/2 <= 0 -> times 6: 2x + 3 <= 0
    atom = Atom.make({X: Fraction(1, 3)}, Fraction(1, 2), "<=")
    assert atom == Atom(((X, 2),), 3, "<=")
    assert atom.holds_at({X: Fraction(-3, 2)}) and not atom.holds_at({X: Fraction(-1)})
    # zero coefficients disappear
    assert Atom.make({X: Fraction(0), T: Fraction(1)}, Fraction(0), ">").coeffs == ((T, 1),)


# -- a unit error sits on the claim at fault -------------------------------------------

SHARES = """\
document:
  id: doc
claims:
  - id: fled
    quantity: k.departed
    value: {fled}
  - id: residents
    quantity: k.population
    value: 120,000 people
  - id: stayed
    quantity: k.remaining
    value: fewer than 1,500 people
  - id: nearly-all
    quantity: k.departed / k.population
    value: nearly all
relations:
  - id: accounting
    holds: {holds}
"""
ACCOUNTING = "k.departed + k.remaining <= k.population"


def test_a_claim_edited_to_another_unit_is_the_one_error_on_its_line(tmp_path):
    # k.departed is measured only by `fled`; the relation and the share say people.
    # Hours there would make three errors (share, relation... and none on `fled`);
    # people make one, on the edited claim.
    report = run(tmp_path, SHARES.format(fled="over 100,000 hours", holds=ACCOUNTING))
    (finding,) = rules(report, "unit")
    assert finding.claims == ("fled",)
    assert (finding.location.line, finding.location.column) == (6, 12)
    assert "'over 100,000 hours' is in time, but 'k.departed' measures people" \
        in finding.message


def test_a_relation_on_the_wrong_quantity_is_the_one_at_fault(tmp_path):
    # near miss: here the claims are right and the relation adds a duration
    text = SHARES.format(fled="over 100,000 people",
                         holds="k.departed + k.wait <= k.population")
    text = text.replace("relations:", "  - id: wait\n    quantity: k.wait\n"
                        "    value: 3 days\nrelations:")
    report = run(tmp_path, text)
    (finding,) = rules(report, "unit")
    assert finding.claims == ("accounting",)


def test_most_claims_decide_what_a_quantity_measures(tmp_path):
    # two claims say people, the first written says hours: the odd one is at fault
    report = run(tmp_path, """\
    document:
      id: doc
    claims:
      - id: hours-first
        quantity: k.count
        value: 40 hours
      - id: people
        quantity: k.count
        value: 40 people
      - id: more-people
        quantity: k.count
        value: over 30 people
    """)
    (finding,) = rules(report, "unit")
    assert finding.claims == ("hours-first",)
