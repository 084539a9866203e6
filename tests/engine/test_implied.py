"""What a reader sees: the arithmetic of a conflict, the nearest value of each claim
that would make its set agree, and implied ranges in the claims' own units."""

from __future__ import annotations

from fractions import Fraction

from factcheck.engine import consistency, implied
from factcheck.engine import Solution
from factcheck.checks.consistency import solution_findings
from factcheck.engine.implied import Range
from factcheck.engine.constraints import VarKey
from factcheck.engine.solver import Bound, TooHard
from factcheck.units import POPULATION, TIME

from engine_helpers import (
    BLOCKADE, DATED, PARTS, TREND, arithmetic, closed, consistency_findings, nearest,
    ranges, rules, run, seed)


def conflict_findings(results, dims) -> list:
    """The consistency checks' findings on these group results, settled."""
    from factcheck.checks import settle

    return settle(solution_findings(Solution(results, dims)))


def test_the_seed_conflict_shows_its_arithmetic(tmp_path):
    (finding,) = consistency_findings(run(tmp_path, seed("over 140,000 people")))
    # the speaker, then one line per member with the interval each claim allows
    assert "Armenian government" in finding.message and "exodus" in finding.message
    fled, residents, relation = finding.details[:3]
    assert fled.startswith("fled (Armenian government)")
    assert fled.endswith("(140,000, ∞) people")
    assert residents.endswith("[108,000, 132,000] people")
    assert relation.startswith("relation accounting: karabakh.departed + "
                               "karabakh.remaining <= karabakh.population")
    # given the others: departed >= 140,001, population <= 132,000, remaining >= 0:
    # departed - population + remaining >= 140,001 - 132,000 + 0 = 8,001 > 0
    (line,) = arithmetic(finding)
    assert "140,001 − 132,000 + 0 = 8,001" in line and line.endswith("≤ 0")
    # nearest values: departed <= 132,000 - 0; population >= 140,001 + 0
    assert nearest(finding) == {"fled": "at most 132,000 people",
                                "residents": "at least 140,001 people"}


def test_nearest_values_with_whole_numbers_and_a_share(tmp_path):
    # nearly all of the population left, and the population was 0: departed d must be
    # a whole number in [0.9 p, p). For p <= 9 that interval is shorter than 0.1 * 9 <
    # 1 and holds none (p - 1 < 0.9 p), so the smallest population that fits is 10
    # (d = 9).
    report = run(tmp_path, """\
    document:
      id: doc
    claims:
      - id: share
        quantity: k.departed / k.population
        value: nearly all
      - id: pop
        quantity: k.population
        value: {low: 0, high: 0, unit: person}
      - id: dep
        quantity: k.departed
        value: at most 10 people
    """)
    (finding,) = consistency_findings(report)
    assert nearest(finding) == {"pop": "at least 10 people"}


def test_nearest_values_for_a_ratio_boundary(tmp_path):
    report = run(tmp_path, """\
    document:
      id: doc
    claims:
      - id: share
        quantity: k.departed / k.population
        value: nearly all
      - id: pop
        quantity: k.population
        value: exactly 1,000 people
      - id: dep
        quantity: k.departed
        value: exactly 899 people
    """)
    (finding,) = consistency_findings(report)
    # population: 0.9 p <= 899 -> p <= 998.9 -> at most 998;
    # departed: >= 0.9 * 1,000 = 900 (and < 1,000). The share (a ratio) gets none.
    assert nearest(finding) == {"pop": "at most 998 people", "dep": "at least 900 people"}


def test_a_claim_that_no_whole_number_fits_gets_no_false_nearest_value(tmp_path):
    report = run(tmp_path, """\
    document:
      id: doc
    claims:
      - id: odd
        quantity: s.population
        value: {low: 10.2, high: 10.8, unit: person}
    """)
    (finding,) = consistency_findings(report)
    # alone, anything from 0 up is allowed, and 10.2 to 10.8 is "at least 0": saying
    # so would be no help. The general hint stays.
    assert nearest(finding) == {}
    assert finding.hint


def test_nearest_dates_and_durations(tmp_path):
    report = run(tmp_path, BLOCKADE.format(end="2023-09-19", duration="six-month"))
    (finding,) = consistency_findings(report)
    # six months = [5.5, 6.5] months = [167.40625, 197.84375] days.
    # start >= 2023-09-19 - 197.84375 days, a whole day: 2023-09-19 - 197 = 2023-03-06
    #   (6 March to 19 September: 25 + 30 + 31 + 30 + 31 + 31 + 19 = 197).
    # end <= 2022-12-12 + 197 days = 2023-06-27 (19 + 31 + 28 + 31 + 30 + 31 + 27).
    # duration: the dates fix it at 281 days = 281 / 30.4375 = 9.2320... months.
    # (a date is a day, not "days"; a single allowed value is named as such)
    assert nearest(finding) == {"start": "on or after 2023-03-06",
                                "end": "on or before 2023-06-27",
                                "length": "≈9.232033 months"}
    # duration - end + start at most 197.84375 - 281 = -83.15625, but must be 0
    (line,) = arithmetic(finding)
    assert "197.84375 − 2023-09-19 + 2022-12-12 = -83.15625" in line


def test_nearest_values_at_one_date(tmp_path):
    report = run(tmp_path, DATED.format(remaining_1=10_000,
                                        population="exactly 105,000 people"))
    (finding,) = consistency_findings(report)
    # with departed 100,000 and remaining 10,000 on 09-25, the population must be at
    # least 110,000; each count alone: departed <= 105,000 - 10,000 = 95,000 ...
    # and remaining <= 105,000 - 100,000 = 5,000
    assert nearest(finding) == {"dep-1": "at most 95,000 people",
                                "rem-1": "at most 5,000 people",
                                "pop": "at least 110,000 people"}


def test_trend_arithmetic(tmp_path):
    report = run(tmp_path, TREND.format(trend="non-decreasing", early="exactly 80,000 people",
                                        late="exactly 70,000 people", late_by="gov"))
    (finding,) = consistency_findings(report)
    (line,) = arithmetic(finding)
    assert "k.departed@2023-09-28 − k.departed@2023-10-01" in line
    assert "80,000 − 70,000 = 10,000" in line
    # early <= late = 70,000; late >= early = 80,000 (neither is a single value)
    assert nearest(finding) == {"early": "at most 70,000 people",
                                "late": "at least 80,000 people"}


def test_rounding_shows_the_exact_arithmetic(tmp_path):
    (finding,) = consistency_findings(run(tmp_path, PARTS.format(whole="120,000 people")))
    assert "read exactly [120,000, 120,000] people" in finding.details[0]
    # exactly: 55,000 + 70,000 - 120,000 = 5,000, but the sum needs 0
    (line,) = arithmetic(finding)
    assert "55,000 + 70,000 − 120,000 = 5,000" in line
    # read exactly, the whole would have to be 55,000 + 70,000 = 125,000 and each part
    # the whole less the other: 120,000 - 70,000 = 50,000; 120,000 - 55,000 = 65,000
    assert nearest(finding) == {"whole": "125,000 people",
                                "part-a": "50,000 people", "part-b": "65,000 people"}


# -- implied ranges ------------------------------------------------------------------------

def test_ranges_in_the_claims_units(tmp_path):
    report = run(tmp_path, """\
    document:
      id: doc
    claims:
      - id: trip
        quantity: j.duration
        value: as long as 40 hours
      - id: wait
        quantity: j.wait
        value: under 2 days
      - id: wars
        quantity: k.wars
        value: two
      - id: aid
        quantity: aid.pledged
        value: $97 million
    relations:
      - id: r
        holds: j.wait <= j.duration
    """)
    # wait < 2 days and wait <= duration <= 40 hours: [0, 40] hours = [0, 5/3] days
    assert ranges(report) == {
        "j.duration": closed(0, 40, "hour"),
        "j.wait": closed(0, 5 / 3, "day"),
        "k.wars": closed(2, 2, None),
        # $97 million is rounded to its last nonzero digit: ± $0.5 million
        "aid.pledged": closed(96_500_000, 97_500_000, "USD"),
    }


def test_temperatures_in_two_scales_are_compared_from_their_own_zeros(tmp_path):
    registry = """\
    document:
      id: doc
    claims:
      - id: c
        quantity: lytton.max_temperature
        value: 46.6°C
      - id: f
        quantity: lytton.max_temperature
        value: {fahrenheit}
    """
    # 46.6 °C is [46.55, 46.65] °C = [319.70, 319.80] K; 115.88 °F is [115.875, 115.885]
    # °F = ((F + 459.67) × 5/9) [319.7472, 319.7528] K, inside: one reading, no conflict.
    # Shown in the first claim's unit: (319.7472.. - 273.15, 319.7528.. - 273.15) °C
    report = run(tmp_path, registry.format(fahrenheit="115.88°F"))
    assert consistency_findings(report) == []
    shown = ranges(report)["lytton.max_temperature"]
    assert shown["unit"] == "degree_Celsius"
    assert abs(shown["low"] - 46.5972222) < 1e-6 and abs(shown["high"] - 46.6027778) < 1e-6
    # near miss: 115 °F is [114.5, 115.5] °F = [45.83, 46.39] °C, below 46.55 °C
    report = run(tmp_path, registry.format(fahrenheit="115°F"))
    (finding,) = consistency_findings(report)
    assert finding.rule == "inconsistency"
    # the nearest values go back past each scale's zero: c at most 115.5 °F =
    # (115.5 - 32) × 5/9 = 46.3888.. °C; f at least 46.55 °C = 46.55 × 9/5 + 32 = 115.79 °F
    assert nearest(finding) == {"c": "at most ≈46.388889 degree_Celsius",
                                "f": "at least 115.79 degree_Fahrenheit"}


def test_dated_ranges_are_keyed_by_date(tmp_path):
    report = run(tmp_path, seed())
    assert sorted(ranges(report)) == ["karabakh.departed@2023-10-02", "karabakh.population",
                                      "karabakh.remaining@2023-10-02"]


def test_a_dated_value_only_a_rule_speaks_of_has_no_range(tmp_path):
    # remaining has a claim on 10-02 only; the relation makes remaining@09-25 too
    report = run(tmp_path, """\
    document:
      id: doc
    claims:
      - id: dep-1
        as_of: 2023-09-25
        quantity: k.departed
        value: over 1 people
      - id: rem-2
        as_of: 2023-10-02
        quantity: k.remaining
        value: fewer than 10 people
    relations:
      - id: acc
        holds: k.departed + k.remaining <= k.population
    """)
    assert sorted(ranges(report)) == ["k.departed@2023-09-25", "k.population",
                                      "k.remaining@2023-10-02"]
    # population >= departed@09-25 + remaining@09-25 >= 2 + 0
    assert ranges(report)["k.population"] == closed(2, None)


def test_range_json_and_description():
    people = Range(VarKey("k.departed", 738795), Fraction(100_001), None, False, False,
                   "person")
    assert people.to_json() == closed(100_001, None)
    assert people.describe() == "[100,001, ∞) people"
    hours = Range(VarKey("j.duration"), Fraction(40), Fraction(81, 2), True, False, "hour")
    assert hours.to_json() == {"low": 40, "high": 40.5, "low_open": True,
                               "high_open": False, "unit": "hour"}
    assert hours.describe() == "(40, 40.5] hours"
    day = Range(VarKey("x.start"), Fraction(738501), Fraction(738782), False, False,
                "day", is_date=True)
    assert day.to_json() == closed("2022-12-12", "2023-09-19", "day")
    assert day.describe() == "2022-12-12 to 2023-09-19"
    assert str(people.key) == "k.departed@2023-10-02"


def test_ranges_convert_canonical_units_for_display():
    result = consistency.GroupResult([], ranges={
        VarKey("j.duration"): Bound(Fraction(5, 3), Fraction(5, 3)),  # days
        VarKey("k.count"): Bound(Fraction(3), None)})
    dims = {"j.duration": TIME, "k.count": POPULATION}
    shown = implied.ranges([result], dims, {"j.duration": ("hour", Fraction(1, 24))})
    # 5/3 days / (1/24 day per hour) = 40 hours
    assert [r.to_json() for r in shown] == [closed(40, 40, "hour"), closed(3, None)]


# -- findings about the search itself ----------------------------------------------------

def test_a_group_the_solver_gives_up_on_is_a_warning(tmp_path, monkeypatch):
    from factcheck.engine import solver

    def give_up(self, targets, subset):
        raise TooHard("timeout")

    monkeypatch.setattr(solver.GroupSolver, "bounds", give_up)
    monkeypatch.setattr(solver.GroupSolver, "ranges", give_up)
    report = run(tmp_path, seed())
    (finding,) = rules(report, "undecided")
    assert finding.severity == "warning"
    assert "could not decide" in finding.message and "timeout" in finding.message
    assert set(finding.claims) == {"fled", "residents", "un-remaining"}
    assert report.ranges == []


def test_a_claim_in_the_wrong_unit_does_not_set_the_display_unit(tmp_path):
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
        value: exactly 40 people
    """)
    (unit,) = rules(report, "unit")
    assert unit.claims == ("hours-first",)
    # 40 people, not 40 people read as days and shown as 960 hours
    assert ranges(report) == {"k.count": closed(40, 40)}
