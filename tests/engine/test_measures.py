"""What each quantity measures, in the documented order: declaration, claims made
directly on it, its measure (.start/.end dates, .duration time), relations (and
claims on expressions), other quantities with the same measure, else a pure number.
"""

from __future__ import annotations

import pytest

from factcheck.engine.measures import DATE, infer, quantity_names
from factcheck.units import DIMENSIONLESS, POPULATION, TIME

from engine_helpers import loaded, rules, run


MONEY = (("[currency_USD]", 1),)


def dims(tmp_path, claims: str = "", relations: str = "", quantities: str = ""):
    text = "document:\n  id: doc\n  published: 2023-10-03\n"
    if quantities:
        text += "quantities:\n" + quantities
    if claims:
        text += "claims:\n" + claims
    if relations:
        text += "relations:\n" + relations
    registry, findings = loaded(tmp_path, text)
    assert findings == [], findings
    return infer(registry)


def c(cid: str, quantity: str, value: str) -> str:
    return f"  - id: {cid}\n    quantity: {quantity}\n    value: {value}\n"


def r(rid: str, holds: str) -> str:
    return f"  - id: {rid}\n    holds: {holds}\n"


def test_claims_made_directly_on_a_quantity(tmp_path):
    found = dims(tmp_path, c("a", "k.departed", "over 100 people")
                 + c("b", "j.duration", "40 hours")
                 + c("d", "k.start", "2023-09-19")
                 + c("e", "aid.pledged", "$97 million")
                 + c("f", "k.wars", "two"))
    assert found == {"k.departed": POPULATION, "j.duration": TIME, "k.start": DATE,
                     "aid.pledged": MONEY, "k.wars": DIMENSIONLESS}


def test_a_declared_unit_comes_first(tmp_path):
    found = dims(tmp_path, c("a", "k.count", "40 hours"),
                 quantities="  k.count: {unit: person}\n")
    assert found["k.count"] == POPULATION


def test_the_first_claim_with_a_unit_decides(tmp_path):
    found = dims(tmp_path, c("a", "k.x", "counted on one hand")  # no unit: adopts
                 + c("b", "k.x", "40 hours") + c("c", "k.x", "40 people"))
    assert found["k.x"] == TIME


def test_measures_start_end_duration(tmp_path):
    found = dims(tmp_path, relations=r("x", "trip.end >= trip.start")
                 + r("y", "trip.duration <= trip.duration"))
    assert found == {"trip.end": DATE, "trip.start": DATE, "trip.duration": TIME}


def test_relations_spread_a_known_dimension(tmp_path):
    # departed and remaining are added and compared with a count of people
    found = dims(tmp_path, c("p", "k.population", "estimated 120,000 people")
                 + c("d", "k.departed", "over 100,000 people"),
                 r("acc", "k.departed + k.remaining <= k.population"))
    assert found["k.remaining"] == POPULATION


def test_relations_spread_along_a_chain(tmp_path):
    found = dims(tmp_path, c("z", "c.z", "3 hours"),
                 r("first", "a.x <= b.y") + r("second", "b.y <= c.z"))
    assert found["a.x"] == TIME and found["b.y"] == TIME


def test_every_unknown_name_of_a_sum_takes_the_other_sides_dimension(tmp_path):
    # "dozens killed, hundreds injured, of 2,000 people": the phrases have no unit
    found = dims(tmp_path, c("k", "v.killed", "dozens") + c("i", "v.injured", "hundreds")
                 + c("p", "v.population", "exactly 2,000 people"),
                 r("r", "v.killed + v.injured <= v.population"))
    assert found["v.killed"] == POPULATION and found["v.injured"] == POPULATION


def test_a_claim_on_a_sum_gives_its_names_the_values_unit(tmp_path):
    found = dims(tmp_path, c("s", "v.killed + v.injured", "over 100 people")
                 + c("w", "v.wait + v.travel", "40 hours"))
    assert found == {"v.killed": POPULATION, "v.injured": POPULATION,
                     "v.wait": TIME, "v.travel": TIME}


def test_a_number_with_a_unit_is_known(tmp_path):
    found = dims(tmp_path, relations=r("r", "trip.wait <= 40 hours")
                 + r("s", "k.count >= 0"))  # a bare number says nothing
    assert found == {"trip.wait": TIME, "k.count": DIMENSIONLESS}


def test_a_date_plus_a_name_makes_the_name_a_duration(tmp_path):
    found = dims(tmp_path, relations=r("r", "trip.end == trip.start + trip.travel"))
    assert found["trip.travel"] == TIME


def test_a_name_minus_a_date_is_a_date_but_a_date_minus_a_name_is_unknown(tmp_path):
    found = dims(tmp_path, relations=r("a", "trip.arrival - trip.start >= 0 days")
                 + r("b", "trip.end - trip.gap >= 0 days"))
    assert found["trip.arrival"] == DATE
    # end - gap: gap may be a date (a duration results) or a duration (a date
    # results); the comparison with days says a date, but a sum with a date in it
    # is not pushed: it stays a pure number, and the relation is a unit finding.
    assert found["trip.gap"] == DIMENSIONLESS


def test_other_quantities_with_the_same_measure(tmp_path):
    found = dims(tmp_path, c("k", "karabakh.remaining", "fewer than 1,500 people")
                 + c("s", "stepanakert.remaining", "counted on one hand"))
    assert found["stepanakert.remaining"] == POPULATION


def test_drafted_placeholders_share_no_measure(tmp_path):
    # two documents' unnamed_X.m3: one a date, the other a share; neither decides
    # the other (a false unit error before)
    found = dims(tmp_path, c("a", "unnamed_gulf.m3", "2018-08-08")
                 + c("b", "unnamed_famine.m3", "about two-thirds")
                 + c("k", "karabakh.m3", "5 people") + c("s", "stepanakert.m3", "a few"))
    assert found["unnamed_famine.m3"] == DIMENSIONLESS
    # a named quantity still takes its measure's dimension from its kin
    assert found["stepanakert.m3"] == POPULATION


def test_two_dimensions_for_one_measure_decide_nothing(tmp_path):
    found = dims(tmp_path, c("a", "a.size", "3 hours") + c("b", "b.size", "4 people")
                 + c("c", "c.size", "a few"))
    assert found["c.size"] == DIMENSIONLESS


def test_quantity_names_in_order_of_appearance(tmp_path):
    text = ("document:\n  id: doc\nquantities:\n  z.declared: {unit: person}\n"
            "claims:\n" + c("a", "k.b / k.a", "nearly all")
            + "relations:\n" + r("r", "k.c <= k.a"))
    registry, _ = loaded(tmp_path, text)
    assert quantity_names(registry) == ["k.b", "k.a", "k.c", "z.declared"]


def test_inferred_dimensions_check_cleanly_end_to_end(tmp_path):
    report = run(tmp_path, """\
    document:
      id: doc
    claims:
      - id: k
        quantity: v.killed
        value: dozens
      - id: i
        quantity: v.injured
        value: hundreds
      - id: p
        quantity: v.population
        value: exactly 2,000 people
      - id: end
        quantity: trip.end
        value: 2023-09-21
      - id: start
        quantity: trip.start
        value: 2023-09-19
    relations:
      - id: r
        holds: v.killed + v.injured <= v.population
      - id: s
        holds: trip.end == trip.start + trip.travel
      - id: t
        holds: trip.wait <= 40 hours
    """)
    assert rules(report, "unit") == []
    got = {str(x.key): x.to_json() for x in report.ranges}
    # dozens [24, 100) -> [24, 99] people; hundreds [200, 1,000) -> [200, 999] people
    assert got["v.killed"]["low"] == 24 and got["v.killed"]["high"] == 99
    assert got["v.injured"]["low"] == 200 and got["v.injured"]["high"] == 999
    # travel = 21 September - 19 September = 2 days
    assert got["trip.travel"] == {"low": 2, "high": 2, "low_open": False,
                                  "high_open": False, "unit": "day"}


@pytest.mark.parametrize("holds", ["k.departed + j.duration <= k.population",
                                   "k.departed <= j.duration"])
def test_mixed_dimensions_are_not_spread_over(tmp_path, holds):
    found = dims(tmp_path, c("d", "k.departed", "over 1 people")
                 + c("j", "j.duration", "3 hours") + c("p", "k.population", "5 people"),
                 r("mixed", holds))
    assert (found["k.departed"], found["j.duration"]) == (POPULATION, TIME)


@pytest.mark.parametrize("value", ["nearly all", "83 percent", "half"])
def test_a_share_of_a_ratio_makes_both_sides_alike(tmp_path, value):
    # "nearly all of the residents have fled", with no count of those who fled
    found = dims(tmp_path, c("share", "k.departed / k.population", value)
                 + c("pop", "k.population", "estimated 120,000 people"))
    assert found["k.departed"] == POPULATION


def test_a_share_spreads_a_dimension_its_side_took_from_its_measure(tmp_path):
    # "15,064 and 470 respectively ... Case Fatality Rate at 3.12%": both bare; the
    # killed are people as Lilongwe's killed are, and then the cases are people too
    # (a unit error on the 3.12% before: people over a pure number)
    found = dims(tmp_path, c("cases", "malawi.confirmed_cases", "15,064")
                 + c("toll", "malawi.killed", "470")
                 + c("rate", "malawi.killed / malawi.confirmed_cases", "3.12%")
                 + c("city", "lilongwe.killed", "13 people"))
    assert found["malawi.killed"] == POPULATION
    assert found["malawi.confirmed_cases"] == POPULATION
    # near miss: with no share, a bare count whose measure has no kin stays a pure number
    found = dims(tmp_path, c("cases", "malawi.confirmed_cases", "15,064")
                 + c("city", "lilongwe.killed", "13 people"))
    assert found["malawi.confirmed_cases"] == DIMENSIONLESS


def test_a_ratio_with_a_unit_says_nothing_of_its_sides(tmp_path):
    # people per day: the sides are not alike
    found = dims(tmp_path, c("rate", "k.departed / k.days", "40 people")
                 + c("d", "k.days", "3 days"))
    assert found["k.departed"] == DIMENSIONLESS


def test_a_bare_number_on_a_ratio_says_nothing_of_its_sides(tmp_path):
    # 15 refugees per bus: buses are not people
    found = dims(tmp_path, c("per", "bus.passengers / bus.count", "15")
                 + c("p", "bus.passengers", "at most 100 people"))
    assert found["bus.count"] == DIMENSIONLESS
