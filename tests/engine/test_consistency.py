"""Do the claims agree? The seed scenario, severities, minimal sets, integers, open
ends, ratios and rounding, worked by hand.

Conventions of the registries below: a document without `text:` is a reference
document (quotes unchecked), so most claims carry no quote. Counts of people are
whole numbers and never negative; "estimated N" is ± the larger of the bare precision
and 10 %; "over N" is (N, ∞); "fewer than N" is [0, N).
"""

from __future__ import annotations

import random

import pytest

from factcheck.engine import consistency
from factcheck.engine.consistency import groups
from factcheck.engine.constraints import Atom, Constraint, VarKey

from engine_helpers import (
    PARTS, THREE_SETS, all_minimal_conflicts, closed, consistency_findings, engine,
    ranges, rules, run, satisfiable, seed, summaries, where)


# -- the seed scenario ---------------------------------------------------------------

def test_seed_near_miss_is_consistent(tmp_path):
    report = run(tmp_path, seed())
    assert report.findings == []
    # population: estimated 120,000 = ± max(5,000 bare precision, 12,000 = 10 %)
    #   -> [108,000, 132,000]; the relation does not tighten it (departed + remaining
    #   can be as small as 100,001 + 0).
    # departed@10-02: over 100,000 -> at least 100,001 (whole people);
    #   at most population - remaining = 132,000 - 0 = 132,000.
    # remaining@10-02: fewer than 1,500 -> [0, 1,499]; the relation allows up to
    #   132,000 - 100,001 = 31,999, so it does not tighten it.
    assert ranges(report) == {
        "karabakh.population": closed(108_000, 132_000),
        "karabakh.departed@2023-10-02": closed(100_001, 132_000),
        "karabakh.remaining@2023-10-02": closed(0, 1_499),
    }


def test_seed_with_over_140000_conflicts_with_exactly_three_members(tmp_path):
    text = seed("over 140,000 people")
    report = run(tmp_path, text)
    (finding,) = consistency_findings(report)
    # departed >= 140,001 > 132,000 >= population: the remaining count is not needed
    # (remaining >= 0 holds by itself), so the minimal set is the three below.
    assert set(finding.claims) == {"fled", "residents", "accounting"}
    assert finding.rule == "inconsistency" and finding.severity == "error"
    # positioned at the value of the first claim of the set
    line, column = where(text, "over 140,000 people")
    assert (finding.line, finding.column) == (line, column)
    assert finding.file.endswith("registry.yaml")
    assert report.ranges == []  # a group in conflict has no implied range


def test_seed_conflict_set_is_minimal_by_rerunning_without_each_member(tmp_path):
    text = seed("over 140,000 people")
    assert consistency_findings(run(tmp_path / "all", text))
    without_fled = text.replace("value: over 140,000 people", "value: at least 0 people")
    without_residents = text.replace("estimated 120,000 people", "at least 0 people")
    without_relation = text.split("relations:")[0]
    for n, variant in enumerate((without_fled, without_residents, without_relation)):
        assert consistency_findings(run(tmp_path / str(n), variant)) == []


@pytest.mark.parametrize("by_residents, rule, severity", [
    ("Armenian government", "inconsistency", "error"),  # one document, one speaker
    ("Azerbaijani government", "disagreement", "warning"),  # two speakers
])
def test_severity_follows_the_speakers(tmp_path, by_residents, rule, severity):
    text = seed("over 140,000 people").replace(
        "by: Armenian government\n    quantity: karabakh.population",
        f"by: {by_residents}\n    quantity: karabakh.population")
    (finding,) = consistency_findings(run(tmp_path, text))
    assert (finding.rule, finding.severity) == (rule, severity)


def test_claims_without_by_speak_in_the_documents_voice(tmp_path):
    both_unattributed = seed("over 140,000 people").replace(
        "    by: Armenian government\n", "")
    (finding,) = consistency_findings(run(tmp_path / "a", both_unattributed))
    assert (finding.rule, finding.severity) == ("inconsistency", "error")
    one_unattributed = seed("over 140,000 people").replace(
        "    by: Armenian government\n    quantity: karabakh.population",
        "    quantity: karabakh.population")
    (finding,) = consistency_findings(run(tmp_path / "b", one_unattributed))
    assert (finding.rule, finding.severity) == ("disagreement", "warning")


def test_same_speaker_in_two_documents_is_a_disagreement(tmp_path):
    main = """\
    document:
      id: first
      published: 2023-10-03
    claims:
      - id: fled
        by: Armenian government
        quantity: karabakh.departed
        value: over 140,000 people
    relations:
      - id: accounting
        holds: karabakh.departed <= karabakh.population
    """
    other = """\
    document:
      id: second
      published: 2023-10-04
    claims:
      - id: residents
        by: Armenian government
        quantity: karabakh.population
        value: estimated 120,000 people
    """
    (finding,) = consistency_findings(run(tmp_path, main, {"other.yaml": other}))
    assert (finding.rule, finding.severity) == ("disagreement", "warning")
    assert set(finding.claims) == {"fled", "residents", "accounting"}


def test_an_article_against_a_reference_fact_is_a_disagreement(tmp_path):
    article = """\
    document:
      id: article
      text: sources/article.txt
      published: 2023-10-03
    claims:
      - id: fled
        quote: "over 140,000 people have fled"
        quantity: karabakh.departed
        value: over 140,000 people
    """
    reference = """\
    document:
      id: census
    claims:
      - id: census-population
        quantity: karabakh.population
        value: at most 130,000 people
    relations:
      - id: subset
        holds: karabakh.departed <= karabakh.population
    """
    report = run(tmp_path, article, {
        "census.yaml": reference,
        "sources/article.txt": "Officials say over 140,000 people have fled.\n"})
    assert rules(report, "quote", "quote-number") == []
    (finding,) = consistency_findings(report)
    assert (finding.rule, finding.severity) == ("disagreement", "warning")
    assert set(finding.claims) == {"fled", "census-population", "subset"}


def test_relations_take_no_side(tmp_path):
    """A relation in a file of its own (another file, no document) does not make a
    one-speaker conflict a disagreement."""
    main = seed("over 140,000 people").split("relations:")[0]
    shared = """\
    relations:
      - id: accounting
        holds: karabakh.departed + karabakh.remaining <= karabakh.population
    """
    (finding,) = consistency_findings(run(tmp_path, main, {"shared.yaml": shared}))
    assert (finding.rule, finding.severity) == ("inconsistency", "error")


def test_relations_alone_can_conflict(tmp_path):
    text = """\
    document:
      id: doc
    claims:
      - id: pop
        quantity: k.population
        value: at most 10 people
    relations:
      - id: impossible
        holds: k.population + 1 people <= k.population
    """
    report = run(tmp_path, text)
    (finding,) = consistency_findings(report)
    assert finding.claims == ("impossible",)
    # the claim is not needed: p + 1 <= p fails for every p


# -- minimal sets --------------------------------------------------------------------

TWO_SETS = """\
document:
  id: doc
  published: 2023-10-03
claims:
  - id: fled
    by: gov
    quantity: k.departed
    value: over 140,000 people
  - id: residents
    by: gov
    quantity: k.population
    value: estimated 120,000 people
  - id: cap
    by: UN
    quantity: k.departed
    value: at most 130,000 people
  - id: remaining
    by: UN
    quantity: k.remaining
    value: fewer than 1,500 people
relations:
  - id: accounting
    holds: k.departed + k.remaining <= k.population
"""


def test_two_conflicts_sharing_a_claim_are_each_reported_once(tmp_path):
    report = run(tmp_path, TWO_SETS)
    found = sorted((f.claims, f.rule, f.severity) for f in consistency_findings(report))
    # fled >= 140,001 > 132,000 >= residents (with remaining >= 0): one speaker;
    # fled >= 140,001 > 130,000 = cap: two speakers.
    # cap, residents and accounting agree (departed 108,000, population 120,000).
    assert found == [
        (("fled", "cap"), "disagreement", "warning"),
        (("fled", "residents", "accounting"), "inconsistency", "error"),
    ]


def test_every_reported_set_is_minimal_and_complete(tmp_path):
    built, results = engine(tmp_path, TWO_SETS)
    integer_vars, floor_zero = built.integer_vars(), built.floor_zero()
    (result,) = results
    reported = {frozenset(m.key for m in c.members) for c in result.conflicts}
    assert len(reported) == len(result.conflicts) == 2
    for conflict in result.conflicts:
        members = conflict.members
        assert not satisfiable(members, integer_vars, floor_zero)
        for dropped in members:
            rest = [m for m in members if m is not dropped]
            assert satisfiable(rest, integer_vars, floor_zero), dropped.key
    assert reported == all_minimal_conflicts(result.constraints, integer_vars, floor_zero)


def _random_registry(rng: random.Random) -> str:
    """Claims on three counts tied by one relation, values drawn near the edges."""
    lines = ["document:\n  id: doc\nclaims:\n"]
    phrases = ["over {n} people", "at least {n} people", "at most {n} people",
               "fewer than {n} people", "exactly {n} people"]
    for i in range(rng.randint(3, 5)):
        measure = rng.choice(["a", "b", "total"])
        phrase = rng.choice(phrases).format(n=rng.choice([10, 20, 30, 40]))
        lines.append(f"  - id: c{i}\n    by: s{rng.randint(0, 1)}\n"
                     f"    quantity: x.{measure}\n    value: {phrase}\n")
    lines.append("relations:\n  - id: sum\n    holds: x.a + x.b == x.total\n")
    return "".join(lines)


def test_random_registries_report_exactly_the_minimal_sets(tmp_path):
    """Against brute force over every subset: each minimal conflicting set is
    reported exactly once, and nothing else is."""
    rng = random.Random(20231003)
    conflicting = 0
    for n in range(12):
        built, results = engine(tmp_path / str(n), _random_registry(rng))
        integer_vars, floor_zero = built.integer_vars(), built.floor_zero()
        for result in results:
            expected = all_minimal_conflicts(result.constraints, integer_vars, floor_zero)
            got = [frozenset(m.key for m in c.members) for c in result.conflicts]
            assert len(got) == len(set(got))
            assert set(got) == expected
            conflicting += bool(expected)
    assert conflicting >= 3  # the draw does exercise conflicts


def test_three_sets_without_a_cap(tmp_path):
    report = run(tmp_path, THREE_SETS)
    # each of a, b, c exceeds 132,000 on its own: {a|b|c, pop, r}
    assert sorted(f.claims for f in consistency_findings(report)) == [
        ("a", "pop", "r"), ("b", "pop", "r"), ("c", "pop", "r")]
    assert summaries(report) == []


@pytest.mark.parametrize("cap, listed, more", [(1, 1, "2 more"), (2, 2, "1 more")])
def test_cap_lists_the_first_sets_and_says_how_many_more(tmp_path, monkeypatch, cap,
                                                          listed, more):
    monkeypatch.setattr(consistency, "CONFLICT_CAP", cap)
    report = run(tmp_path, THREE_SETS)
    sets = [f for f in consistency_findings(report) if f.claims]
    (summary,) = summaries(report)
    assert len(sets) == listed
    assert len({f.claims for f in sets}) == listed
    assert summary.message.startswith(more + " ")


def test_limit_stops_the_search_and_says_there_may_be_more(tmp_path, monkeypatch):
    monkeypatch.setattr(consistency, "CONFLICT_CAP", 1)
    monkeypatch.setattr(consistency, "CONFLICT_LIMIT", 2)
    report = run(tmp_path, THREE_SETS)
    (summary,) = summaries(report)
    # two found (one listed, one more), the search stopped with the third unseen
    assert summary.message.startswith("1+ more ")


def test_a_self_contradiction_beyond_the_cap_still_fails_the_build(tmp_path, monkeypatch):
    monkeypatch.setattr(consistency, "CONFLICT_CAP", 1)
    report = run(tmp_path, THREE_SETS)
    # {a, pop, r}: a and pop are both by x, an inconsistency (error) listed or not
    assert report.errors >= 1


# -- whole numbers and open ends -----------------------------------------------------

def test_fewer_than_is_snapped_to_the_last_whole_number(tmp_path):
    report = run(tmp_path, """\
    document:
      id: doc
    claims:
      - id: remaining
        quantity: k.remaining
        value: fewer than 1,500 people
      - id: departed
        quantity: k.departed
        value: over 100,000 people
    """)
    assert ranges(report) == {"k.remaining": closed(0, 1_499),
                              "k.departed": {**closed(100_001, None)}}


def test_whole_numbers_sharpen_a_relation(tmp_path):
    # departed > 100,000 and departed <= population <= 100,001: with whole people
    # both are exactly 100,001 (as real numbers departed would be (100,000, 100,001]).
    report = run(tmp_path, """\
    document:
      id: doc
    claims:
      - id: departed
        quantity: k.departed
        value: over 100,000 people
      - id: population
        quantity: k.population
        value: at most 100,001 people
    relations:
      - id: r
        holds: k.departed <= k.population
    """)
    assert report.findings == []
    assert ranges(report) == {"k.departed": closed(100_001, 100_001),
                              "k.population": closed(100_001, 100_001)}


@pytest.mark.parametrize("value", [
    "{low: 10.2, high: 10.8, unit: person}",  # no whole number in [10.2, 10.8]
    "{low: 10, high: 11, low_open: true, high_open: true, unit: person}",  # (10, 11)
])
def test_a_count_interval_without_a_whole_number_conflicts_alone(tmp_path, value):
    report = run(tmp_path, f"""\
    document:
      id: doc
    claims:
      - id: odd
        quantity: s.population
        value: {value}
    """)
    (finding,) = consistency_findings(report)
    assert finding.claims == ("odd",)
    assert (finding.rule, finding.severity) == ("inconsistency", "error")


def test_the_same_interval_on_hours_is_fine(tmp_path):
    report = run(tmp_path, """\
    document:
      id: doc
    claims:
      - id: odd
        quantity: s.duration
        value: {low: 10.2, high: 10.8, unit: hour}
    """)
    assert report.findings == []
    assert ranges(report) == {"s.duration": {**closed(10.2, 10.8, "hour")}}


BOUNDARY = """\
document:
  id: doc
claims:
  - id: departed
    quantity: k.departed
    value: {departed}
  - id: population
    quantity: k.population
    value: {population}
relations:
  - id: r
    holds: k.departed <= k.population
"""


@pytest.mark.parametrize("departed, population, agree", [
    ("over 100,000 people", "at most 100,000 people", False),  # 100,001 > 100,000
    ("at least 100,000 people", "at most 100,000 people", True),  # both 100,000
    ("over 100,000 people", "at most 100,001 people", True),
    ("at least 100,000 people", "fewer than 100,000 people", False),  # 100,000 > 99,999
])
def test_open_and_closed_ends_at_the_boundary(tmp_path, departed, population, agree):
    report = run(tmp_path, BOUNDARY.format(departed=departed, population=population))
    assert (consistency_findings(report) == []) == agree
    if not agree:
        assert set(consistency_findings(report)[0].claims) == {"departed", "population", "r"}


def test_touching_closed_ends_give_a_point(tmp_path):
    report = run(tmp_path, BOUNDARY.format(departed="at least 100,000 people",
                                           population="at most 100,000 people"))
    assert ranges(report) == {"k.departed": closed(100_000, 100_000),
                              "k.population": closed(100_000, 100_000)}


@pytest.mark.parametrize("low, high, agree, expected", [
    # real-valued hours: no whole-number snapping, open ends stay open
    ("over 40 hours", "at most 40 hours", False, None),
    ("at least 40 hours", "at most 40 hours", True,
     {"low": 40, "high": 40, "low_open": False, "high_open": False, "unit": "hour"}),
    ("over 40 hours", "under 41 hours", True,
     {"low": 40, "high": 41, "low_open": True, "high_open": True, "unit": "hour"}),
])
def test_open_ends_on_real_quantities(tmp_path, low, high, agree, expected):
    report = run(tmp_path, f"""\
    document:
      id: doc
    claims:
      - id: low
        quantity: trip.duration
        value: {low}
      - id: high
        quantity: trip.duration
        value: {high}
    """)
    assert (consistency_findings(report) == []) == agree
    if agree:
        assert ranges(report) == {"trip.duration": expected}
    else:
        assert consistency_findings(report)[0].claims == ("low", "high")


# -- ratios ----------------------------------------------------------------------------

RATIO = """\
document:
  id: doc
claims:
  - id: share
    quantity: k.departed / k.population
    value: {share}
  - id: pop
    quantity: k.population
    value: {population}
  - id: dep
    quantity: k.departed
    value: {departed}
"""


@pytest.mark.parametrize("share, departed, agree", [
    # nearly all = [0.9, 1) of 1,000: departed in [900, 1,000)
    ("nearly all", "exactly 900 people", True),  # 900 / 1,000 = 0.9, closed end
    ("nearly all", "exactly 899 people", False),  # 0.899 < 0.9
    ("nearly all", "exactly 999 people", True),  # 0.999 < 1
    ("nearly all", "exactly 1,000 people", False),  # 1 is the open end
    # virtually all = [0.95, 1]: the top end is closed
    ("virtually all", "exactly 1,000 people", True),
    ("virtually all", "exactly 949 people", False),  # 0.949 < 0.95
])
def test_ratio_boundaries(tmp_path, share, departed, agree):
    report = run(tmp_path, RATIO.format(share=share, departed=departed,
                                        population="exactly 1,000 people"))
    assert (consistency_findings(report) == []) == agree
    if not agree:
        assert set(consistency_findings(report)[0].claims) == {"share", "pop", "dep"}


def test_ratio_implies_whole_number_ranges(tmp_path):
    # departed / population in [0.9, 1) with population in [108,000, 132,000]:
    # departed >= 0.9 * 108,000 = 97,200; departed < population <= 132,000, so
    # departed <= 131,999 in whole people. departed >= 1 (the claim) says nothing more.
    report = run(tmp_path, RATIO.format(share="nearly all", departed="at least 1 people",
                                        population="estimated 120,000 people"))
    assert report.findings == []
    assert ranges(report) == {"k.departed": closed(97_200, 131_999),
                              "k.population": closed(108_000, 132_000)}


def test_ratio_requires_a_positive_denominator(tmp_path):
    # a share of nobody: population 0 cannot hold departed / population in [0.9, 1)
    report = run(tmp_path, RATIO.format(share="nearly all", departed="at most 10 people",
                                        population="{low: 0, high: 0, unit: person}"))
    (finding,) = consistency_findings(report)
    assert finding.claims == ("share", "pop")


# -- rounding ----------------------------------------------------------------------------

def test_agreement_only_within_rounding_is_a_rounding_warning(tmp_path):
    # read with implied precision: 55,000 -> [54,500, 55,500], 70,000 -> [69,500,
    # 70,500], 120,000 -> [115,000, 125,000]; the parts sum to [124,000, 126,000],
    # which meets the whole in [124,000, 125,000]: they agree.
    # read exactly: 55,000 + 70,000 = 125,000 != 120,000: they do not.
    report = run(tmp_path, PARTS.format(whole="120,000 people"))
    (finding,) = consistency_findings(report)
    assert (finding.rule, finding.severity) == ("rounding", "warning")
    assert set(finding.claims) == {"whole", "part-a", "part-b", "sum"}
    assert rules(report, "inconsistency", "disagreement") == []
    # the group still agrees, so it has implied ranges:
    # whole = a + b in [124,000, 126,000] ∩ [115,000, 125,000] = [124,000, 125,000];
    # a = whole - b >= 124,000 - 70,500 = 53,500 and <= 125,000 - 69,500 = 55,500:
    #   the claim's [54,500, 55,500] stays; b likewise [69,500, 70,500].
    assert ranges(report) == {"r.population": closed(124_000, 125_000),
                              "a.population": closed(54_500, 55_500),
                              "b.population": closed(69_500, 70_500)}


def test_exact_agreement_is_not_flagged(tmp_path):
    # 55,000 + 70,000 = 125,000 exactly
    report = run(tmp_path, PARTS.format(whole="125,000 people"))
    assert report.findings == []


def test_estimates_are_not_bare_numbers(tmp_path):
    # "estimated 120,000" is [108,000, 132,000] by the word, not by rounding: a
    # reader told "estimated" expects no exact figure, so nothing to warn about.
    report = run(tmp_path, PARTS.format(whole="estimated 120,000 people"))
    assert report.findings == []


def test_a_real_conflict_is_not_also_a_rounding_warning(tmp_path):
    report = run(tmp_path, PARTS.format(whole="100,000 people"))
    # 100,000 -> [95,000, 105,000] < 124,000: a conflict even with rounding
    (finding,) = consistency_findings(report)
    assert finding.rule == "inconsistency"


# -- groups ------------------------------------------------------------------------------

def _constraint(key, *names):
    return Constraint(key, "relation", [Atom.make({VarKey(n): 1 for n in names}, 0, ">=")],
                      key)


def test_groups_are_connected_components():
    a, b = _constraint("a", "x.a", "x.b"), _constraint("b", "x.b", "x.c")
    c, d = _constraint("c", "y.a"), _constraint("d", "x.c", "x.d")
    empty = Constraint("e", "relation", [Atom((), 1, "<=")], "e")
    got = [[m.key for m in group] for group in groups([a, c, b, empty, d])]
    # a-b share x.b, b-d share x.c; c stands alone; a constraint with no variable too
    assert sorted(got) == [["a", "b", "d"], ["c"], ["e"]]


def test_independent_groups_report_separately(tmp_path):
    text = seed("over 140,000 people") + """\
  - id: other
    holds: stepanakert.remaining <= stepanakert.population
"""
    text = text.replace("claims:\n", """claims:
  - id: st-pop
    quantity: stepanakert.population
    value: between 55,000 and 75,000 people
""")
    report = run(tmp_path, text)
    assert [f.claims for f in consistency_findings(report)] == [
        ("fled", "residents", "accounting")]
    # the Stepanakert group agrees: its ranges are shown
    assert ranges(report)["stepanakert.population"] == closed(55_000, 75_000)
    assert ranges(report)["stepanakert.remaining"] == closed(0, 75_000)


def test_a_percentage_of_a_population(tmp_path):
    # 83 percent = [82.5, 83.5] % of exactly 1,000 people = [825, 835] people; nothing
    # but the share speaks of departed, so its unit comes from the population
    report = run(tmp_path, """\
    document:
      id: doc
    places:
      k: {name: K}
    claims:
      - id: pct
        quantity: k.departed / k.population
        value: 83 percent
      - id: pop
        quantity: k.population
        value: exactly 1,000 people
    """)
    assert report.findings == []
    assert ranges(report) == {"k.departed": closed(825, 835),
                              "k.population": closed(1_000, 1_000)}


def test_the_seed_shares_and_trend_together(tmp_path):
    text = seed().replace("relations:", """\
  - id: nearly-all
    as_of: 2023-10-01
    quantity: karabakh.departed / karabakh.population
    value: nearly all
  - id: virtually-entire
    as_of: 2023-10-01
    quantity: karabakh.departed / karabakh.population
    value: virtually the entire
quantities:
  karabakh.departed: {trend: non-decreasing}
relations:""")
    report = run(tmp_path, text)
    assert report.findings == []
    # on 10-01: departed / population in [0.95, 1] ∩ [0.9, 1) = [0.95, 1), so
    #   departed >= 0.95 * 108,000 = 102,600 and departed < population <= 132,000;
    # on 10-02: departed >= departed@10-01 >= 102,600 (the trend; "over 100,000" says
    #   less) and <= 132,000 - 0 (the accounting relation).
    assert ranges(report) == {
        "karabakh.population": closed(108_000, 132_000),
        "karabakh.departed@2023-10-01": closed(102_600, 131_999),
        "karabakh.departed@2023-10-02": closed(102_600, 132_000),
        "karabakh.remaining@2023-10-02": closed(0, 1_499),
    }


def test_sets_differing_only_in_built_in_rules_are_reported_once():
    kinds = ["claim", "claim", "within", "within", "within", "relation", "relation"]
    group = [Constraint(f"c{i}", kind, [], f"c{i}") for i, kind in enumerate(kinds)]
    found = [[0, 1, 2],  # claims 0, 1 and a direct rule
             [0, 1, 3, 4],  # the same claims through two rules: dropped
             [0, 1, 5],  # the same claims and a relation the user wrote: kept
             [0, 1, 6],  # another relation: kept
             [0, 1, 2, 5, 3]]  # claims 0, 1 and relation 5 again: dropped
    assert consistency._one_per_claims(group, found) == [[0, 1, 2], [0, 1, 5], [0, 1, 6]]
