"""Claims about change: `name@DATE` in claim and relation expressions, a ratio of two
dated values ("doubled in a week") or their difference ("rose by 5,000 since
Monday"), checked against the dated claims and the quantity's trend. The arithmetic
is worked by hand in each test."""

from __future__ import annotations

import pytest

from engine_helpers import arithmetic, rules, run

HEAD = """\
document:
  id: doc
  published: 2023-10-03
{quantities}
claims:
  - id: before
    as_of: 2023-09-25
    quantity: town.departed
    value: {before}
  - id: after
    as_of: 2023-10-02
    quantity: town.departed
    value: {after}
  - id: change
    quantity: {change}
    value: {value}
"""
RATIO = "town.departed@2023-10-02 / town.departed@2023-09-25"
DIFFERENCE = "town.departed@2023-10-02 - town.departed@2023-09-25"
DOUBLED = "{low: 1.95, high: 2.05}"  # "doubled": 2 ± 0.05


def registry(before="50,000 people", after="99,000 people", change=RATIO,
             value=DOUBLED, trend=None) -> str:
    quantities = f"quantities:\n  town.departed: {{trend: {trend}}}" if trend else ""
    return HEAD.format(quantities=quantities, before=before, after=after,
                       change=change, value=value)


def conflicts(report) -> list:
    return rules(report, "inconsistency", "disagreement", "trend", "rounding")


def test_doubled_within_its_precision_agrees(tmp_path):
    # 50,000 -> [49,500, 50,500] and 99,000 -> [98,500, 99,500] (bare, rounded);
    # their ratio spans 98,500/50,500 = 1.950 .. 99,500/49,500 = 2.010, which meets
    # [1.95, 2.05]; read exactly, 99,000 / 50,000 = 1.98 is inside too: no rounding
    report = run(tmp_path, registry())
    assert conflicts(report) == [] and report.errors == 0


def test_doubled_from_50000_to_90000_is_a_contradiction(tmp_path):
    # the largest ratio 90,000 allows is 90,500 / 49,500 = 1.828 < 1.95
    report = run(tmp_path, registry(after="90,000 people"))
    (finding,) = conflicts(report)
    assert (finding.rule, finding.severity) == ("inconsistency", "error")
    assert set(finding.claims) == {"before", "after", "change"}


def test_at_the_edge_of_doubled_it_agrees_only_within_rounding(tmp_path):
    # 97,000 -> [96,500, 97,500]: 97,500 / 49,500 = 1.9697 >= 1.95, so the claims
    # agree as rounded numbers; read exactly, 97,000 / 50,000 = 1.94 < 1.95
    (finding,) = conflicts(run(tmp_path, registry(after="97,000 people")))
    assert (finding.rule, finding.severity) == ("rounding", "warning")
    assert dict(finding.nearest)["after"] == "at least 97,500 people"  # 1.95 × 50,000


def test_doubled_against_a_non_increasing_trend(tmp_path):
    # the trend wants after <= before, doubling wants after >= 1.95 * before > 0
    report = run(tmp_path, registry(before="over 40,000 people", after="over 70,000 people",
                                    trend="non-increasing"))
    found = conflicts(report)
    assert found and all(f.severity == "error" for f in found)
    assert any("change" in f.claims for f in found)


@pytest.mark.parametrize("value, agrees", [
    ("5,000 people", False),   # 99,000 - 50,000 is at least 98,500 - 50,500 = 48,000
    ("49,000 people", True),   # [48,500, 49,500] meets [48,000, 50,000]
])
def test_a_difference_of_two_dates(tmp_path, value, agrees):
    report = run(tmp_path, registry(change=DIFFERENCE, value=value))
    assert (conflicts(report) == []) is agrees


def test_a_relation_at_fixed_dates(tmp_path):
    text = registry() + """\
relations:
  - id: grew
    holds: town.departed@2023-10-02 >= town.departed@2023-09-25 + 60,000 people
"""
    # 99,500 - 49,500 = 50,000 at most: it cannot have grown by 60,000; nor with
    # the change claim: after <= 2.05 * before and after >= before + 60,000 need
    # before >= 57,143 > 50,500, and before <= after / 1.95 <= 51,026 needs after
    # >= 117,143 > 99,500. Three minimal sets, each with the relation.
    found = conflicts(run(tmp_path, text))
    assert sorted(f.claims for f in found) == [
        ("after", "change", "grew"), ("before", "after", "grew"),
        ("before", "change", "grew")]


@pytest.mark.parametrize("change, value, words", [
    ("town.departed@2023-10-02 / town.departed@2023-10-02", DOUBLED, "with itself"),
    (RATIO, "{low: -2, high: -1}", "cannot be negative"),
])
def test_a_change_claim_that_cannot_mean_a_change_is_a_value_error(tmp_path, change,
                                                                     value, words):
    report = run(tmp_path, registry(change=change, value=value))
    (finding,) = rules(report, "value")
    assert finding.claims == ("change",) and words in finding.message
    assert finding.severity == "error"


def test_a_fall_is_a_ratio_below_one_not_an_error(tmp_path):
    # halved: 0.5 ± 0.05; 24,000 -> [23,500, 24,500]: 24,500 / 49,500 = 0.495 meets it
    report = run(tmp_path, registry(after="24,000 people", value="{low: 0.45, high: 0.55}"))
    assert report.errors == 0 and conflicts(report) == []


# -- change words as values (the phrase table's `ratios`) ---------------------


@pytest.mark.parametrize("after, value, verdict", [
    # 99,000 / 50,000 = 1.98 within [1.95, 2.05]: the word's ± 0.05 is its meaning,
    # so no rounding either
    ("99,000 people", "doubled", None),
    # at most 90,500 / 49,500 = 1.828 < 1.95
    ("90,000 people", "doubled", "inconsistency"),
    # "more than doubled" is (2, ∞): 101,000 / 50,000 = 2.02
    ("101,000 people", "more than doubled", None),
    # 99,500 / 49,500 = 2.0101 > 2 as rounded numbers; read exactly 1.98 <= 2
    ("99,000 people", "more than doubled", "rounding"),
    # 98,500 / 49,500 = 1.9899 <= 2 even rounded
    ("98,000 people", "more than doubled", "inconsistency"),
    # "nearly doubled" is [1.8, 2): 90,000 / 50,000 = 1.8
    ("90,000 people", "nearly doubled", None),
    # 1.4 ± 0.005: 70,000 / 50,000 = 1.4
    ("70,000 people", "rose by 40 percent", None),
    ("70,000 people", "a 40 % rise", None),
    # 84,000: at least 83,500 / 50,500 = 1.653 > 1.405 (84,000 / 1.4 is whole, so
    # the exact reading makes no rounding set of its own beside the conflict)
    ("84,000 people", "rose by 40 percent", "inconsistency"),
    # a fall: 0.6 ± 0.005; 30,000 / 50,000 = 0.6
    ("30,000 people", "fell by 40 percent", None),
    # 28,500 / 49,500 = 0.576: a fall, not a rise of 40 percent
    ("28,000 people", "rose by 40 percent", "inconsistency"),
    ("100,000 people", "twice as many", None),   # 100,000 / 50,000 = 2
    ("25,000 people", "halved", None),           # 0.5 within [0.45, 0.55]
])
def test_change_words_as_the_value(tmp_path, after, value, verdict):
    report = run(tmp_path, registry(after=after, value=value))
    assert [f.rule for f in conflicts(report)] == ([verdict] if verdict else [])
    assert report.errors == (1 if verdict == "inconsistency" else 0)


def test_doubled_read_from_the_value_against_a_non_increasing_trend(tmp_path):
    # before in (40,000, ∞), after in (70,000, ∞): alone they agree with the trend
    # (after <= before needs before > 70,000), and with doubling; all three cannot:
    # after >= 1.95 * before > before
    report = run(tmp_path, registry(before="over 40,000 people",
                                    after="over 70,000 people", value="doubled",
                                    trend="non-increasing"))
    (finding,) = conflicts(report)
    assert set(finding.claims) == {"change"} and finding.severity == "error"
    assert any("trend" in line for line in finding.details)
    # the arithmetic: the ratio as the comparisons it is checked as
    assert arithmetic(finding) == [
        "arithmetic: change is town.departed@2023-10-02 ≥ 1.95 × "
        "town.departed@2023-09-25 and town.departed@2023-10-02 ≤ 2.05 × "
        "town.departed@2023-09-25, with town.departed@2023-09-25 > 0"]


def test_a_rise_with_a_non_decreasing_trend_is_no_conflict(tmp_path):
    report = run(tmp_path, registry(value="doubled", trend="non-decreasing"))
    assert conflicts(report) == [] and report.errors == 0


def test_a_change_word_on_a_count_is_a_unit_error(tmp_path):
    report = run(tmp_path, registry(change="town.departed", value="doubled"))
    (finding,) = rules(report, "unit")
    assert finding.claims == ("change",) and "is a change" in finding.message
    assert "@" in finding.hint


def test_change_words_restate_their_quotes(tmp_path):
    # the quote checks read "more than doubled" and "a 40% rise" as the quote's own
    # number words and digits
    text = """\
document:
  id: doc
  published: 2023-10-03
  text: sources/doc.txt
claims:
  - id: before
    quote: "50,000 had fled by 25 September"
    as_of: 2023-09-25
    quantity: town.departed
    value: 50,000 people
  - id: after
    quote: "99,000 by 2 October"
    as_of: 2023-10-02
    quantity: town.departed
    value: 99,000 people
  - id: doubled
    quote: "the number of people who had fled more than doubled in a week"
    quantity: town.departed@2023-10-02 / town.departed@2023-09-25
    value: nearly doubled
  - id: rise
    quote: "a 40% rise since Monday"
    quantity: town.departed@2023-10-02 / town.departed@2023-09-25
    value: a 40% rise
"""
    article = ("Officials said 50,000 had fled by 25 September and 99,000 by 2 October: "
               "the number of people who had fled more than doubled in a week. An aid "
               "group spoke of a 40% rise since Monday.\n")
    report = run(tmp_path, text, {"sources/doc.txt": article})
    # "nearly doubled" is not what the quote says ("more than doubled"): the value
    # must restate the quote's number words
    (misquoted,) = rules(report, "quote", "quote-number")
    assert misquoted.claims == ("doubled",)
    assert rules(run(tmp_path, text.replace("value: nearly doubled",
                                            "value: more than doubled"),
                     {"sources/doc.txt": article}), "quote", "quote-number") == []
    # the 40% rise (1.4 ± 0.005) is not 99,000 / 50,000 = 1.98, nor in "nearly
    # doubled" [1.8, 2): two contradictions
    found = {frozenset(f.claims) for f in rules(report, "inconsistency")}
    assert found == {frozenset({"before", "after", "rise"}), frozenset({"doubled", "rise"})}
