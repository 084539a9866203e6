"""Relations at every date, and the built-in rules: `within`, durations, trends.

Dates below: 2022-12-12 to 2023-09-19 is 20 days to 1 January (12 → 31 December is
19, plus one) and 261 days to 19 September (31+28+31+30+31+30+31+31 = 243 days to
1 September, plus 18): 281 days. A month is 365.25 / 12 = 30.4375 days.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.engine import build, solver
from factcheck.engine.constraints import VarKey

from engine_helpers import (
    BLOCKADE, DATED, closed, consistency_findings, engine, loaded, problem, ranges, rules,
    run, trend)


def day(text: str) -> int:
    return dt.date.fromisoformat(text).toordinal()


def _key(name: str, date: str | None) -> VarKey:
    return VarKey(name, None if date is None else day(date))


def keys(built, kind: str) -> list[str]:
    return sorted(c.key for c in built.constraints if c.kind == kind)


# -- relations at every date ---------------------------------------------------------

def test_a_relation_is_instantiated_at_each_date(tmp_path):
    built = problem(tmp_path, DATED.format(remaining_1=10_000, population="over 1 people"))
    assert keys(built, "relation") == ["relation:acc@2023-09-25", "relation:acc@2023-10-02"]
    by_key = {c.key: c for c in built.constraints}
    # the undated population is one variable at both dates
    for date in ("2023-09-25", "2023-10-02"):
        (atom,) = by_key[f"relation:acc@{date}"].atoms
        assert dict(atom.coeffs) == {
            _key("k.departed", date): 1, _key("k.remaining", date): 1,
            _key("k.population", None): -1}
        assert (atom.constant, atom.op) == (0, "<=")


def test_an_undated_quantity_takes_one_value_at_every_date(tmp_path):
    # at 09-25: population >= 100,000 + 10,000 = 110,000; at 10-02: >= 100,000.
    # One population for both dates: [110,000, ∞).
    report = run(tmp_path, DATED.format(remaining_1=10_000, population="over 1 people"))
    assert report.findings == []
    assert ranges(report)["k.population"] == closed(110_000, None)


def test_a_conflict_at_one_date_names_that_dates_instance(tmp_path):
    text = DATED.format(remaining_1=10_000, population="at most 105,000 people")
    report = run(tmp_path / "report", text)
    (finding,) = consistency_findings(report)
    # 09-25: 100,000 + 10,000 = 110,000 > 105,000; 10-02: 100,000 <= 105,000 is fine
    assert set(finding.claims) == {"dep-1", "rem-1", "pop", "acc"}
    _, results = engine(tmp_path / "engine", text)
    (conflict,) = [c for r in results for c in r.conflicts]
    assert "relation:acc@2023-09-25" in {m.key for m in conflict.members}


def test_a_dated_quantity_without_a_claim_at_a_date_is_free_there(tmp_path):
    # remaining has no claim at 09-25: the relation holds there with remaining@09-25
    # free (but a count: >= 0), so 130,000 departed > 120,000 people still conflicts.
    text = """\
    document:
      id: doc
    claims:
      - id: dep-1
        as_of: 2023-09-25
        quantity: k.departed
        value: exactly 130,000 people
      - id: rem-2
        as_of: 2023-10-02
        quantity: k.remaining
        value: exactly 1,000 people
      - id: pop
        quantity: k.population
        value: exactly 120,000 people
    relations:
      - id: acc
        holds: k.departed + k.remaining <= k.population
    """
    report = run(tmp_path, text)
    (finding,) = consistency_findings(report)
    assert set(finding.claims) == {"dep-1", "pop", "acc"}


def test_an_undated_claim_on_a_dated_quantity_takes_its_documents_date(tmp_path):
    built = problem(tmp_path, """\
    document:
      id: doc
      published: 2023-10-03
    claims:
      - id: dated
        as_of: 2023-10-01
        quantity: k.departed
        value: over 1 people
      - id: undated
        quantity: k.departed
        value: over 2 people
    """)
    by_key = {c.key: c for c in built.constraints}
    assert by_key["claim:undated"].variables == (_key("k.departed", "2023-10-03"),)
    assert by_key["claim:dated"].variables == (_key("k.departed", "2023-10-01"),)


def test_an_undated_claim_without_a_published_date_is_a_date_finding(tmp_path):
    report = run(tmp_path, """\
    document:
      id: doc
    claims:
      - id: dated
        as_of: 2023-10-01
        quantity: k.departed
        value: over 1 people
      - id: undated
        quantity: k.departed
        value: over 2 people
    """)
    (finding,) = rules(report, "date")
    assert finding.claims == ("undated",) and finding.severity == "error"


def test_a_relation_adding_people_to_hours_is_a_unit_finding(tmp_path):
    text = """\
    document:
      id: doc
    claims:
      - id: dep
        quantity: k.departed
        value: over 100 people
      - id: trip
        quantity: j.duration
        value: as long as 40 hours
    relations:
      - id: mixed
        holds: k.departed + j.duration <= 500 people
      - id: fine
        holds: k.departed <= 90 people
    """
    report = run(tmp_path, text)
    (unit,) = rules(report, "unit")
    assert unit.claims == ("mixed",) and unit.severity == "error"
    assert "people" in unit.message and "time" in unit.message
    # the broken relation is left out; the others are still checked: 101 > 90
    (conflict,) = consistency_findings(report)
    assert conflict.claims == ("dep", "fine")


# -- within ----------------------------------------------------------------------------

PLACES = """\
document:
  id: doc
places:
  region: {{name: Region}}
  town: {{name: Town, within: region}}
  village: {{name: Village, within: town}}
claims:
{claims}
"""


def claims(*entries: tuple[str, str, str]) -> str:
    return "".join(f"  - id: {cid}\n    quantity: {q}\n    value: {v}\n"
                   for cid, q, v in entries)


def test_a_town_with_more_people_than_its_region_is_flagged(tmp_path):
    report = run(tmp_path, PLACES.format(claims=claims(
        ("town-pop", "town.population", "exactly 6,000 people"),
        ("region-pop", "region.population", "exactly 5,000 people"))))
    (finding,) = consistency_findings(report)
    assert finding.claims == ("town-pop", "region-pop")
    assert "within" in finding.message
    assert finding.rule == "inconsistency"


def test_a_town_as_large_as_its_region_is_fine(tmp_path):
    report = run(tmp_path, PLACES.format(claims=claims(
        ("town-pop", "town.population", "exactly 5,000 people"),
        ("region-pop", "region.population", "exactly 5,000 people"))))
    assert report.findings == []


def test_within_is_transitive(tmp_path):
    # village within town within region; the town has no population claim at all
    text = PLACES.format(claims=claims(
        ("village-pop", "village.population", "exactly 6,000 people"),
        ("region-pop", "region.population", "exactly 5,000 people")))
    built = problem(tmp_path / "p", text)
    assert keys(built, "within") == ["within:village.population<=region.population"]
    (finding,) = consistency_findings(run(tmp_path / "r", text))
    assert finding.claims == ("village-pop", "region-pop")


def test_within_links_each_level_to_the_next(tmp_path):
    """village ≤ town ≤ region: the rule village ≤ region follows, and is not made
    (a chain n deep makes n rules, not n²/2)."""
    built = problem(tmp_path, PLACES.format(claims=claims(
        ("v", "village.population", "100 people"),
        ("t", "town.population", "200 people"),
        ("r", "region.population", "300 people"))))
    assert keys(built, "within") == [
        "within:town.population<=region.population",
        "within:village.population<=town.population"]
    # Without a measure in between, the village links to the region itself.
    built = problem(tmp_path / "b", PLACES.format(claims=claims(
        ("v", "village.population", "100 people"),
        ("r", "region.population", "300 people"))))
    assert keys(built, "within") == ["within:village.population<=region.population"]


def test_a_chain_holds_at_the_dates_of_the_places_inside(tmp_path):
    """village@10-01 = 500 ≤ town@10-01 ≤ region (undated, 100): a conflict, though
    the town has a value only on 10-02; its rule to the region must hold on 10-01
    too, the date of the village below it."""
    text = PLACES.replace("document:\n  id: doc\n",
                          "document:\n  id: doc\n  published: 2023-10-03\n").format(
        claims="  - id: v\n    as_of: 2023-10-01\n    quantity: village.population\n"
               "    value: exactly 500 people\n"
               "  - id: t\n    as_of: 2023-10-02\n    quantity: town.population\n"
               "    value: exactly 50 people\n"
               "  - id: r\n    quantity: region.population\n"
               "    value: exactly 100 people\n")
    assert "within:town.population<=region.population@2023-10-01" in keys(
        problem(tmp_path / "p", text), "within")
    found = consistency_findings(run(tmp_path / "r", text))
    assert [sorted(f.claims) for f in found] == [["r", "v"]]
    # Near miss: 80 in the village fits under the region's 100.
    found = consistency_findings(run(tmp_path / "n", text.replace("500", "80")))
    assert found == []


def test_within_skips_places_without_measures_in_a_deep_chain(tmp_path):
    # p0 within p1 within ... within p500; only p0, p250 and p500 count anyone: the
    # rule links each to the nearest measured place above it, and nothing else.
    places = "".join(f"  p{i}: {{within: p{i + 1}}}\n" for i in range(500))
    text = ("document:\n  id: doc\nplaces:\n" + places + "  p500: {name: Top}\n"
            "claims:\n" + claims(("a", "p0.population", "300 people"),
                                  ("b", "p250.population", "200 people"),
                                  ("c", "p500.population", "100 people")))
    assert keys(problem(tmp_path / "p", text), "within") == [
        "within:p0.population<=p250.population",
        "within:p250.population<=p500.population"]
    # 300 > 200 > 100: a and b, b and c conflict through one rule each; a and c
    # through both, by way of p250 (300 ≤ p250 ≤ 100 with b dropped).
    found = consistency_findings(run(tmp_path / "r", text))
    assert sorted((f.claims, f.message.count("rule:")) for f in found) == [
        (("a", "b"), 1), (("a", "c"), 2), (("b", "c"), 1)]


def test_within_in_a_cycle_of_places_ends(tmp_path):
    # a within b within c within a (a schema error): each measured place is linked to
    # the other measured one once, and the walk ends where the cycle closes.
    text = ("document:\n  id: doc\nplaces:\n  a: {within: b}\n  b: {within: c}\n"
            "  c: {within: a}\nclaims:\n" + claims(("x", "a.population", "5 people"),
                                                   ("y", "c.population", "5 people")))
    registry, findings = loaded(tmp_path, text)
    assert [f.rule for f in findings] == ["schema"]  # the cycle
    assert keys(build.build(registry), "within") == [
        "within:a.population<=c.population", "within:c.population<=a.population"]


def test_within_only_for_person_counts_both_places_have(tmp_path):
    built = problem(tmp_path, PLACES.format(claims=claims(
        ("t-dur", "town.duration", "40 hours"),
        ("r-dur", "region.duration", "3 hours"),  # time: no rule
        ("t-wars", "town.wars", "5"),
        ("r-wars", "region.wars", "two"),  # a pure number: no rule
        ("t-dep", "town.departed", "500 people"),  # the region has no departed
        ("t-pop", "town.population", "600 people"),
        ("r-pop", "region.population", "700 people"))))
    assert keys(built, "within") == ["within:town.population<=region.population"]


def test_within_at_each_date(tmp_path):
    built = problem(tmp_path, """\
    document:
      id: doc
    places:
      region: {name: Region}
      town: {name: Town, within: region}
    claims:
      - id: t
        as_of: 2023-10-01
        quantity: town.remaining
        value: fewer than 10 people
      - id: r
        as_of: 2023-10-02
        quantity: region.remaining
        value: fewer than 1,500 people
    """)
    assert keys(built, "within") == [
        "within:town.remaining<=region.remaining@2023-10-01",
        "within:town.remaining<=region.remaining@2023-10-02"]


# -- durations ---------------------------------------------------------------------------

def test_a_nine_month_blockade_of_281_days_is_consistent(tmp_path):
    # nine months = [8.5, 9.5] months = [258.71875, 289.15625] days; 281 is inside.
    report = run(tmp_path, BLOCKADE.format(end="2023-09-19", duration="nine-month"))
    # nor a rounding warning: a month has no exact length in days (calendar spread)
    assert report.findings == []
    # duration = 281 days, shown in the claim's unit: 281 / 30.4375 = 4496/487 months
    assert ranges(report)["blockade.duration"] == closed(4496 / 487, 4496 / 487, "month")
    assert ranges(report)["blockade.start"] == closed("2022-12-12", "2022-12-12", "day")


@pytest.mark.parametrize("end, duration", [
    ("2023-12-19", "nine-month"),  # 281 + 91 = 372 days > 289.15625
    ("2023-09-19", "six-month"),  # 281 days > 6.5 * 30.4375 = 197.84375
])
def test_a_duration_that_does_not_fit_its_dates_conflicts(tmp_path, end, duration):
    report = run(tmp_path, BLOCKADE.format(end=end, duration=duration))
    (finding,) = consistency_findings(report)
    assert finding.claims == ("start", "end", "length")
    # the dates speak in the document's voice, the duration is AP's
    assert (finding.rule, finding.severity) == ("disagreement", "warning")
    assert "blockade.duration = blockade.end − blockade.start" in finding.message


def test_the_duration_rule_needs_all_three_quantities(tmp_path):
    built = problem(tmp_path / "a", BLOCKADE.format(end="2023-09-19", duration="nine-month"))
    assert keys(built, "duration") == ["duration:blockade"]
    without_end = BLOCKADE.format(end="x", duration="nine-month").replace(
        "  - id: end\n    quantity: blockade.end\n    value: x\n", "")
    assert keys(problem(tmp_path / "b", without_end), "duration") == []


def test_duration_implies_a_start_date(tmp_path):
    # start in December 2022 (1st to 31st), end 2023-09-19, nine months:
    # end - start in [258.71875, 289.15625] days, whole days: [259, 289].
    # 2023-09-19 - 289 days = 2022-12-04 (19 Sep back to 31 Dec is 262 days; 27 more);
    # 2023-09-19 - 259 days = 2023-01-03, beyond December, so the month caps it.
    report = run(tmp_path, BLOCKADE.format(end="2023-09-19", duration="nine-month")
                 .replace("value: 2022-12-12", "value: December 2022"))
    assert report.findings == []
    assert ranges(report)["blockade.start"] == closed("2022-12-04", "2022-12-31", "day")


# Between two dates z3 once searched the whole numbers for ever (a false "could not
# decide" after the group's time): day numbers now lie in the calendar, and a duration
# that is end - start of two day numbers is a whole number of days. Each case must be
# decided well inside a short budget.
UNREAD_ENDS = BLOCKADE.replace("value: 2022-12-12", "value: {start}")


@pytest.mark.parametrize("start, end, duration, expected", [
    # (3, ∞) days, whole: at least 4 days
    ("sometime", "sometime", "more than 3 days", {"low": 4, "high": None, "unit": "day"}),
    # [0, 10) days, whole: 0 to 9 days
    ("sometime", "sometime", "fewer than 10 days", closed(0, 9, "day")),
    # [8.5, 9.5] months = [258.71875, 289.15625] days, whole: [259, 289] days,
    # 259 / 30.4375 = 8.509240 and 289 / 30.4375 = 9.494867 months
    ("sometime", "sometime", "nine-month", closed(259 / 30.4375, 289 / 30.4375, "month")),
    # three days exactly ([2.5, 3.5] days, whole: 3), the start unknown
    ("sometime", "2023-09-26", "3 days", closed(3, 3, "day")),
])
def test_a_duration_between_unknown_dates_is_decided(tmp_path, monkeypatch, start, end,
                                                      duration, expected):
    monkeypatch.setattr(solver, "TIMEOUT_MS", 2000)
    report = run(tmp_path, UNREAD_ENDS.format(start=start, end=end, duration=duration))
    assert consistency_findings(report) == []
    found = ranges(report)["blockade.duration"]
    assert found["unit"] == expected["unit"]
    for end_name in ("low", "high"):
        if expected[end_name] is None:
            assert found[end_name] is None
        else:
            assert found[end_name] == pytest.approx(expected[end_name], rel=1e-12)


def test_hours_more_than_a_day_past_the_dates_span_conflict_quickly(tmp_path, monkeypatch):
    # against hours, each date is its whole day, so end - start lies strictly within a
    # day of the day numbers' difference: both 2023-09-26 gives (-1, 1) days, and 40
    # hours = [39.5, 40.5] hours = [1.6458, 1.6875] days lies past it
    monkeypatch.setattr(solver, "TIMEOUT_MS", 2000)
    report = run(tmp_path, BLOCKADE.format(end="2023-09-26", duration="40 hours")
                 .replace("value: 2022-12-12", "value: 2023-09-26"))
    (finding,) = consistency_findings(report)
    assert set(finding.claims) == {"start", "end", "length"} and "could not decide" not in \
        finding.message
    assert "blockade.duration = blockade.end − blockade.start" in finding.message


@pytest.mark.parametrize("start, end, duration, holds", [
    # the contract's cases: Tuesday to Wednesday is (0, 48) hours
    ("2023-09-26", "2023-09-27", "almost 24 hours", True),
    ("2023-09-24", "2023-09-26", "40 hours", True),  # left Sunday, arrived Tuesday
    ("2023-10-26", "2023-10-27", "36 hours", True),  # snowfall on Sunday and Monday
    ("sometime", "2023-09-26", "40 hours", True),  # the start a day or two before
    # near misses: 40 hours = 1.65 to 1.69 days, past Sunday to Wednesday's (2, 4)
    # days; 48 hours (47.5 to 48.5) reaches no further than Tuesday to Wednesday's 48
    ("2023-09-24", "2023-09-27", "40 hours", False),
    ("2023-09-26", "2023-09-27", "exactly 48 hours", False),
    # a duration of days keeps exact day arithmetic: two days ([1.5, 2.5]) are no one
    ("2023-10-26", "2023-10-27", "two days", False),
])
def test_hours_against_whole_days_take_each_day_whole(tmp_path, monkeypatch, start, end,
                                                      duration, holds):
    monkeypatch.setattr(solver, "TIMEOUT_MS", 2000)
    report = run(tmp_path, UNREAD_ENDS.format(start=start, end=end, duration=duration))
    assert (consistency_findings(report) == []) == holds


DIFFERENCE = """\
document:
  id: doc
claims:
  - id: order
    quantity: order.start
    value: {start}
  - id: overtopped
    quantity: overtopping.start
    value: {end}
  - id: lag
    by: AP
    quantity: {expression}
    value: {duration}
"""


@pytest.mark.parametrize("start, end, expression, duration, holds", [
    # the same rule for a difference of two events' dates: an order on Wednesday and
    # water over the walls on Thursday are (0, 48) hours apart, so "less than 12
    # hours" ([0, 0.5) days) holds: the day numbers' 1 lies in (-1, 1.5); it was a
    # false disagreement
    ("2011-09-07", "2011-09-08", "overtopping.start - order.start", "less than 12 hours",
     True),
    ("2011-09-07", "2011-09-07", "overtopping.start - order.start", "about 5 hours", True),
    # near misses: Wednesday to Friday is (24, 72) hours, no less than 12; an order the
    # same day is not 30 hours before; days keep exact day arithmetic
    ("2011-09-07", "2011-09-09", "overtopping.start - order.start", "less than 12 hours",
     False),
    ("2011-09-07", "2011-09-07", "overtopping.start - order.start", "30 hours", False),
    ("2011-09-07", "2011-09-08", "overtopping.start - order.start", "two days", False),
])
def test_hours_between_two_events_dates_take_each_day_whole(tmp_path, monkeypatch, start,
                                                            end, expression, duration,
                                                            holds):
    monkeypatch.setattr(solver, "TIMEOUT_MS", 2000)
    report = run(tmp_path, DIFFERENCE.format(start=start, end=end, expression=expression,
                                             duration=duration))
    assert (consistency_findings(report) == []) == holds


# -- trends ------------------------------------------------------------------------------

def test_a_total_that_falls_is_a_trend_finding_naming_both_claims(tmp_path):
    report = run(tmp_path, trend())
    (finding,) = consistency_findings(report)
    assert finding.rule == "trend"
    assert finding.claims == ("early", "late")
    assert finding.severity == "error"  # one document, one speaker


def test_a_trend_between_two_speakers_is_a_warning(tmp_path):
    (finding,) = consistency_findings(run(tmp_path, trend(late_by="UN")))
    assert (finding.rule, finding.severity) == ("trend", "warning")


def test_a_total_that_stays_equal_is_not_flagged(tmp_path):
    report = run(tmp_path, trend(late="exactly 80,000 people"))
    assert report.findings == []


def test_non_increasing_flags_a_rise(tmp_path):
    report = run(tmp_path, trend(early="exactly 70,000 people",
                                 late="exactly 80,000 people", kind="non-increasing"))
    (finding,) = consistency_findings(report)
    assert finding.rule == "trend"
    assert report.findings == consistency_findings(report)
    assert run(tmp_path / "fall", trend(kind="non-increasing")).findings == []


def test_a_trend_orders_consecutive_dates_only(tmp_path):
    text = trend(late="over 1 people") + """\
  - id: latest
    as_of: 2023-10-02
    quantity: k.departed
    value: over 1 people
"""
    built = problem(tmp_path, text)
    assert keys(built, "trend") == [
        "trend:k.departed@2023-09-28->k.departed@2023-10-01",
        "trend:k.departed@2023-10-01->k.departed@2023-10-02"]
    # 80,000 at 09-28 carries forward through 10-01 to 10-02
    assert ranges(run(tmp_path / "r", text))["k.departed@2023-10-02"] == closed(80_000, None)


def test_a_trend_ties_a_date_only_a_relation_speaks_of(tmp_path):
    # departed is 50,000 on 09-25; on 10-02 only remaining (80,000) is counted, so the
    # relation holds there with departed@10-02 free — unless the trend carries 50,000
    # forward: 50,000 + 80,000 = 130,000 > 120,000.
    text = """\
    document:
      id: doc
    {quantities}
    claims:
      - id: dep
        as_of: 2023-09-25
        quantity: k.departed
        value: exactly 50,000 people
      - id: rem
        as_of: 2023-10-02
        quantity: k.remaining
        value: exactly 80,000 people
      - id: pop
        quantity: k.population
        value: exactly 120,000 people
    relations:
      - id: acc
        holds: k.departed + k.remaining <= k.population
    """
    free = run(tmp_path / "free", text.format(quantities=""))
    assert free.findings == []
    tied = run(tmp_path / "tied", text.format(
        quantities="quantities:\n      k.departed: {trend: non-decreasing}"))
    (finding,) = consistency_findings(tied)
    assert finding.rule == "trend"
    assert set(finding.claims) == {"dep", "rem", "pop", "acc"}


def test_two_hours_of_one_day_are_two_values_in_time(tmp_path):
    """`as_of` may be a date-time when a source gives the hour: a count that grows
    between morning and evening is no contradiction, one that falls is a trend."""
    text = trend(early="exactly 100,000 people", late="exactly 100,417 people").replace(
        "as_of: 2023-09-28", "as_of: 2023-10-02T09:00:00").replace(
        "as_of: 2023-10-01", "as_of: 2023-10-02T18:00:00")
    report = run(tmp_path / "grows", text)
    assert report.findings == []
    assert ranges(report)["k.departed@2023-10-02T18:00:00"] == closed(100_417, 100_417)
    falls = text.replace("exactly 100,417 people", "exactly 99,000 people")
    (finding,) = consistency_findings(run(tmp_path / "falls", falls))
    assert finding.rule == "trend" and finding.claims == ("early", "late")


# The within rule links a place to every measured place above it. It follows a memo
# of each place's nearest measured ancestor; against a plain walk up the chain, on
# random forests with cycles and parents that are no place:
@given(st.lists(st.tuples(st.integers(0, 12), st.booleans()), min_size=1, max_size=12),
       st.randoms(use_true_random=False))
@settings(max_examples=300, deadline=None)
def test_measured_ancestors_are_those_of_a_plain_walk(parents, rng):
    from types import SimpleNamespace

    from factcheck.engine.rules import _measured_ancestors

    ids = [f"p{i}" for i in range(len(parents))]
    places = {pid: SimpleNamespace(within=f"p{up}" if up < 12 else "elsewhere")
              for pid, (up, _) in zip(ids, parents)}
    measured = {pid for pid, (_, has) in zip(ids, parents) if has}

    def plain_walk(pid):
        chain, seen, parent = [], {pid}, places[pid].within
        while parent in places and parent not in seen:
            chain.append(parent)
            seen.add(parent)
            parent = places[parent].within
        return [p for p in chain if p in measured]

    ancestors = _measured_ancestors(SimpleNamespace(places=places), measured)
    for pid in rng.sample(ids, len(ids)):  # the memo must not depend on the order
        if pid in measured:
            assert ancestors(pid) == plain_walk(pid)
