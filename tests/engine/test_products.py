"""A relation with a product of two quantities (`X == Y * Z`): households times a
household size, a rate times a duration. Kept linear when one factor is known from
its own claims alone (engine/products.py). The arithmetic is worked by hand."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from engine_helpers import (
    all_minimal_conflicts, consistency_findings, engine, nearest, problem, ranges, rules,
    run,
)

HOUSEHOLDS = """\
document: {{id: doc, published: 2023-10-03}}
claims:
  - id: households
    quantity: town.households
    value: {households}
  - id: size
    quantity: town.household_size
    value: {size}
  - id: people
    quantity: town.departed
    value: {people}
relations:
  - id: by-household
    holds: {holds}
"""
PRODUCT = "town.departed == town.households * town.household_size"


def households(people="2,100 people", size="an average of 4.2 people per household",
               count="500 households", holds=PRODUCT) -> str:
    return HOUSEHOLDS.format(households=count, size=size, people=people, holds=holds)


@pytest.mark.parametrize("people, verdict", [
    # 500 × [4.15, 4.25] = [2,075, 2,125] people; read exactly 500 × 4.2 = 2,100
    ("2,100 people", None),
    ("about 2,000 people", None),        # [1,800, 2,200] meets [2,075, 2,125]
    ("2,075 people", "rounding"),        # 4.15 = 2,075 / 500: only as rounded
    ("2,125 people", "rounding"),
    ("2,126 people", "inconsistency"),   # 2,126 / 500 = 4.252 > 4.25
    ("2,200 people", "inconsistency"),   # 2,200 / 500 = 4.4
    ("2,074 people", "inconsistency"),   # 4.148 < 4.15
])
def test_households_times_a_household_size(tmp_path, people, verdict):
    report = run(tmp_path, households(people=people))
    found = [f.rule for f in consistency_findings(report)]
    if verdict == "inconsistency":
        # read exactly, 4.2 people per household and 2,126 people leave no whole
        # number of households (506.19): a rounding set may stand beside the conflict
        assert found[0] == "inconsistency" and set(found[1:]) <= {"rounding"}
    else:
        assert found == ([verdict] if verdict else [])
    assert report.errors == (1 if verdict == "inconsistency" else 0)


def test_the_conflict_names_the_three_claims_and_the_relation(tmp_path):
    report = run(tmp_path, households(people="2,200 people"))
    (finding,) = rules(report, "inconsistency")
    assert set(finding.claims) == {"households", "size", "people", "by-household"}
    # 2,200 / 4.25 = 517.6: at least 518 households; 500 × 4.25 = 2,125 people
    assert nearest(finding) == {"households": "at least 518 households",
                                "people": "at most 2,125 people"}


def test_the_sets_are_those_of_an_independent_solver(tmp_path):
    built, results = engine(tmp_path, households(people="2,200 people"))
    found = {frozenset(c.key for c in conflict.members)
             for result in results for conflict in result.conflicts}
    expected = all_minimal_conflicts(built.constraints, built.integer_vars(),
                                     built.floor_zero())
    assert found == expected == {frozenset({"claim:households", "claim:size",
                                            "claim:people", "relation:by-household"})}


def test_without_the_relation_the_size_constrains_nothing_else(tmp_path):
    # the claim on the size also bounds the relation's own X / Y, which are free
    # when the relation is left out: only with it do the claims meet
    built = problem(tmp_path, households(people="2,200 people"))
    claims = [c for c in built.constraints if c.kind == "claim"]
    from engine_helpers import satisfiable

    assert satisfiable(claims, built.integer_vars(), built.floor_zero())


def test_the_relations_own_variables_are_not_reported(tmp_path):
    report = run(tmp_path, households())
    assert set(ranges(report)) == {"town.households", "town.household_size",
                                   "town.departed"}


@pytest.mark.parametrize("holds, people, agrees", [
    # X <= Y * Z bounds X / Y by the size's high end alone: 2,125 at most
    ("town.departed <= town.households * town.household_size", "2,000 people", True),
    ("town.departed <= town.households * town.household_size", "2,200 people", False),
    # X >= Y * Z by its low end: at least 2,075
    ("town.departed >= town.households * town.household_size", "2,200 people", True),
    ("town.departed >= town.households * town.household_size", "2,000 people", False),
    # the product on the left is turned round: Y * Z >= X is X <= Y * Z
    ("town.households * town.household_size >= town.departed", "2,000 people", True),
    ("town.households * town.household_size >= town.departed", "2,200 people", False),
    # a constant factor stays with Y: 2 × 500 × [4.15, 4.25] = [4,150, 4,250]
    ("town.departed == 2 * town.households * town.household_size", "4,200 people", True),
    ("town.departed == 2 * town.households * town.household_size", "2,100 people", False),
])
def test_comparisons_and_constants(tmp_path, holds, people, agrees):
    report = run(tmp_path, households(people=people, holds=holds))
    assert (rules(report, "inconsistency") == []) is agrees


def test_two_claims_on_the_size_each_bound_the_ratio(tmp_path):
    # "4.2" and "over 4.2": X / Y in [4.15, 4.25] ∩ (4.2, ∞); 2,100 / 500 = 4.2 is out
    text = households() + """\
  - id: bigger
    holds: town.departed >= 0
"""
    text = text.replace("claims:\n", "claims:\n  - id: over\n    quantity: "
                        "town.household_size\n    value: over 4.2 people per household\n")
    report = run(tmp_path, text)
    (finding,) = rules(report, "inconsistency")
    assert set(finding.claims) == {"over", "households", "people", "by-household"}


RATE = """\
document: {{id: doc, published: 2023-10-03}}
claims:
  - id: rate
    quantity: flight.rate
    value: {rate}
  - id: days
    quantity: flight.days
    value: {days}
  - id: total
    quantity: flight.departed
    value: {total}
relations:
  - id: flow
    holds: flight.departed == flight.days * flight.rate
"""


@pytest.mark.parametrize("rate, days, total, agrees", [
    # 2,000 people a day is [1,950, 2,050] (two significant digits), nine days
    # [8.5, 9.5]: [16,575, 19,475] people; 18,000 is [17,500, 18,500]
    ("2,000 people a day", "nine days", "18,000 people", True),
    ("2,000 people a day", "nine days", "19,000 people", True),   # 19,000 <= 19,475
    ("2,000 people a day", "nine days", "21,000 people", False),  # 20,500 > 19,475
    ("2,000 people a day", "nine days", "15,000 people", False),  # 15,500 < 16,575
    # the units convert: 100 people an hour is 2,400 a day; 2,400 × [8.5, 9.5] days
    # = [20,400, 22,800]
    ("exactly 100 people an hour", "nine days", "21,000 people", True),
    ("exactly 100 people an hour", "nine days", "18,000 people", False),
    ("exactly 100 people an hour", "exactly 216 hours", "exactly 21,600 people", True),
])
def test_a_rate_times_a_duration(tmp_path, rate, days, total, agrees):
    report = run(tmp_path, RATE.format(rate=rate, days=days, total=total))
    assert report.errors == (0 if agrees else 1)
    assert (rules(report, "inconsistency") == []) is agrees


def test_a_rate_against_a_count_of_people_is_a_unit_error(tmp_path):
    report = run(tmp_path, RATE.format(rate="2,000 people", days="nine days",
                                       total="18,000 people"))
    assert rules(report, "unit")


def test_neither_factor_known_from_its_claims_alone_is_an_error(tmp_path):
    # the size appears in a second relation: it is no longer the claim-only factor,
    # and neither is the count of households
    text = households() + """\
  - id: as-reported
    holds: town.household_size == town.size_reported
  - id: fewer
    holds: town.households <= 1,000 households
"""
    text = text.replace("claims:\n", "claims:\n  - id: reported\n    quantity: "
                        "town.size_reported\n    value: 4.2 people per household\n")
    report = run(tmp_path, text)
    (finding,) = rules(report, "unit")
    assert finding.claims == ("by-household",) and finding.severity == "error"
    assert "known from its own claims alone" in finding.message
    assert "household size" in finding.hint


def test_a_product_shared_across_dates_is_refused_with_the_reason(tmp_path):
    # one undated household size against people and households at two dates: X / Y
    # would have to be equal at both, which no linear constraint says
    text = """\
document: {id: doc, published: 2023-10-03}
claims:
  - {id: size, quantity: town.household_size, value: 4.2 people per household}
  - {id: h1, as_of: 2023-09-25, quantity: town.households, value: 500 households}
  - {id: h2, as_of: 2023-10-02, quantity: town.households, value: 600 households}
  - {id: p1, as_of: 2023-09-25, quantity: town.departed, value: '2,100 people'}
relations:
  - id: by-household
    holds: town.departed == town.households * town.household_size
"""
    report = run(tmp_path, text)
    (finding,) = rules(report, "unit")
    assert "at these dates" in finding.message and "as_of" in finding.hint


TWO_DATES = """\
document: {{id: doc, published: 2023-10-03}}
claims:
  - {{id: size, quantity: town.household_size, value: 4.2 people per household}}
  - {{id: h, quantity: town.households, value: 500 households}}
  - {{id: p1, as_of: 2023-09-25, quantity: town.departed, value: '{first}'}}
  - {{id: p2, as_of: 2023-10-02, quantity: town.departed, value: '{later}'}}
relations:
  - id: by-household
    holds: town.departed == town.households * town.household_size
"""


@pytest.mark.parametrize("later, agrees", [
    ("2,120 people", True),   # 2,120 / 500 = 4.24 within [4.15, 4.25] at both dates
    ("2,400 people", False),  # 2,400 / 500 = 4.8 > 4.25
])
def test_one_household_count_and_size_serve_every_date(tmp_path, later, agrees):
    # households and size are undated: X at each date is their one product, so the
    # people counted at the two dates must be equal, and in [2,075, 2,125]
    report = run(tmp_path, TWO_DATES.format(first="2,120 people", later=later))
    found = rules(report, "inconsistency")
    assert (found == []) is agrees
    if not agrees:  # (and 2,120 against 2,400: one product for both dates)
        assert {frozenset(f.claims) for f in found} >= {
            frozenset({"size", "h", "p2", "by-household"})}


def test_different_people_at_two_dates_conflict_through_one_product(tmp_path):
    # each is within [2,075, 2,125], but X == Y·Z at both dates with one Y and one Z
    report = run(tmp_path, TWO_DATES.format(first="2,100 people", later="2,120 people"))
    (finding,) = rules(report, "inconsistency")
    assert set(finding.claims) == {"p1", "p2", "by-household"}


def test_a_dated_size_converts_at_its_own_date(tmp_path):
    text = """\
document: {id: doc, published: 2023-10-03}
claims:
  - {id: s1, as_of: 2023-09-25, quantity: town.household_size, value: 4.2 people per household}
  - {id: s2, as_of: 2023-10-02, quantity: town.household_size, value: 5.0 people per household}
  - {id: h1, as_of: 2023-09-25, quantity: town.households, value: 500 households}
  - {id: h2, as_of: 2023-10-02, quantity: town.households, value: 500 households}
  - {id: p1, as_of: 2023-09-25, quantity: town.departed, value: '2,100 people'}
  - {id: p2, as_of: 2023-10-02, quantity: town.departed, value: '2,100 people'}
relations:
  - id: by-household
    holds: town.departed == town.households * town.household_size
"""
    # 25 September: 500 × 4.2 = 2,100 agrees; 2 October: 500 × [4.95, 5.05] =
    # [2,475, 2,525], and 2,100 does not
    (finding,) = rules(run(tmp_path, text), "inconsistency")
    assert set(finding.claims) == {"s2", "h2", "p2", "by-household"}


def test_a_duration_held_by_its_dates_is_not_the_claim_only_factor(tmp_path):
    # flight.duration == flight.end - flight.start (a built-in rule) ties the
    # duration to two dates; the rate is claim-only, so the product is still kept
    text = """\
document: {id: doc, published: 2023-10-03}
claims:
  - {id: rate, quantity: flight.rate, value: '2,000 people a day'}
  - {id: start, quantity: flight.start, value: 2023-09-24}
  - {id: end, quantity: flight.end, value: 2023-10-03}
  - {id: total, quantity: flight.departed, value: '25,000 people'}
relations:
  - id: flow
    holds: flight.departed == flight.rate * flight.duration
"""
    # 9 days exactly (3 October − 24 September) × [1,950, 2,050] = [17,550, 18,450]
    (finding,) = rules(run(tmp_path, text), "inconsistency")
    assert set(finding.claims) == {"rate", "start", "end", "total", "flow"}
    near = run(tmp_path, text.replace("25,000", "18,000"))
    assert rules(near, "inconsistency", "unit") == []


# -- property: the linear reading agrees with brute force ----------------------

PROPERTY = """\
document: {{id: doc, published: 2023-10-03}}
claims:
  - {{id: x, quantity: s.departed, value: {{low: {x0}, high: {x1}, unit: person}}}}
  - {{id: y, quantity: s.households, value: {{low: {y0}, high: {y1}, unit: household}}}}
  - id: z
    quantity: s.size
    value: {{low: {z0}, high: {z1}, low_open: {zlo}, high_open: {zho},
             unit: person / household}}
relations:
  - id: r
    holds: s.departed {op} s.households * s.size
"""
OPS = {"==": lambda a, b: a == b, "<=": lambda a, b: a <= b, ">=": lambda a, b: a >= b}


def _truth(x, y, z, op) -> bool:
    """Whole people and households, the households above 0, some size in z."""
    (z0, z1, zlo, zho) = z
    for households in range(max(y[0], 1), y[1] + 1):
        for people in range(x[0], x[1] + 1):
            ratio = Fraction(people, households)
            if op == "==":
                ok = (ratio > z0 if zlo else ratio >= z0) and (ratio < z1 if zho else ratio <= z1)
            elif op == "<=":  # people <= households · z for some z: ratio below z1
                ok = ratio < z1 if zho else ratio <= z1
            else:
                ok = ratio > z0 if zlo else ratio >= z0
            if ok and (z0 < z1 or not (zlo or zho)):
                return True
    return False


small = st.tuples(st.integers(0, 12), st.integers(0, 6)).map(lambda t: (t[0], t[0] + t[1]))


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(x=small, y=small, z=st.tuples(st.integers(1, 8), st.integers(0, 8),
                                     st.booleans(), st.booleans()),
       op=st.sampled_from(sorted(OPS)))
def test_the_product_agrees_exactly_when_some_whole_values_fit(tmp_path_factory, x, y,
                                                               z, op):
    z0, width, zlo, zho = Fraction(z[0], 2), Fraction(z[1], 2), z[2], z[3]
    z1 = z0 + width
    folder = tmp_path_factory.mktemp("p")
    report = run(folder, PROPERTY.format(
        x0=x[0], x1=x[1], y0=y[0], y1=y[1], z0=float(z0), z1=float(z1),
        zlo=str(zlo).lower(), zho=str(zho).lower(), op=op))
    if z0 == z1 and (zlo or zho):  # the size's own interval is empty
        assert rules(report, "inconsistency") or rules(report, "value")
        return
    conflict = bool(rules(report, "inconsistency"))
    assert conflict is not _truth(x, y, (z0, z1, zlo, zho), op)


def test_a_count_is_never_the_eliminated_factor(tmp_path):
    # "12 buses carrying 50 people each": the people per bus are a whole count, so
    # the number of buses (a pure number) is the factor eliminated, and the count
    # stays whole
    text = """\
document: {{id: doc, published: 2023-10-03}}
claims:
  - {{id: buses, quantity: convoy.buses, value: '12'}}
  - {{id: each, quantity: convoy.per_bus, value: 50 people}}
  - {{id: total, quantity: convoy.departed, value: '{total}'}}
relations:
  - id: carried
    holds: convoy.departed == convoy.buses * convoy.per_bus
"""
    def sets(total):
        report = run(tmp_path, text.format(total=total))
        assert rules(report, "unit") == []
        return {frozenset(f.claims) for f in rules(report, "inconsistency")}

    assert sets("600 people") == set()  # 12 × 50
    # 648 = 12 × 54: a whole number per bus, but not 50
    assert sets("648 people") == {frozenset({"buses", "each", "total", "carried"})}
    # 640 / 12 = 53.3: no whole number of people per bus at all, whatever "each" says
    assert sets("640 people") == {frozenset({"buses", "total", "carried"})}
