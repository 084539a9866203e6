"""checks/coverage: which claims some check could refuse together with another claim.

Each link of the contract is tried on a hand-made registry, beside the near miss
that must stay unchecked (a link with a free end refuses nothing)."""

from __future__ import annotations

from factcheck.checks.coverage import MINIMUM, checked_ids, share, unchecked
from factcheck.registry.load import load

HEAD = """\
document:
  id: doc
  published: 2023-10-03
"""


def claims_yaml(*claims: tuple) -> str:
    """(id, quantity, value[, as_of]) tuples as a `claims:` list."""
    out = ["claims:"]
    for claim in claims:
        cid, quantity, value = claim[:3]
        out += [f"  - id: {cid}", f"    quantity: {quantity}", f"    value: {value}"]
        if len(claim) > 3:
            out.append(f"    as_of: {claim[3]}")
    return "\n".join(out) + "\n"


def loaded(registry, *claims: tuple, extra: str = ""):
    root = registry({"a.yaml": HEAD + extra + claims_yaml(*claims)})
    result = load([root])
    assert result.findings == [], [(f.rule, f.message) for f in result.findings]
    return result.registry


def test_a_claim_alone_is_unchecked(registry):
    reg = loaded(registry, ("a", "x.departed", "100 people"))
    assert unchecked(reg) == ["a"] and share(reg) == (0, 1)


def test_two_claims_on_one_quantity_check_each_other(registry):
    reg = loaded(registry, ("a", "x.departed", "100 people"),
                 ("b", "x.departed", "over 90 people"),
                 ("c", "y.departed", "5 people"))
    assert unchecked(reg) == ["c"] and share(reg) == (2, 3)


def test_other_dates_without_a_trend_are_other_values(registry):
    """Near miss: the same quantity at two dates, no trend: no check links them."""
    reg = loaded(registry, ("a", "x.departed", "100 people", "2023-10-01"),
                 ("b", "x.departed", "200 people", "2023-10-02"))
    assert unchecked(reg) == ["a", "b"]


def test_a_trend_ties_the_dates(registry):
    reg = loaded(registry, ("a", "x.departed", "100 people", "2023-10-01"),
                 ("b", "x.departed", "200 people", "2023-10-02"),
                 extra="quantities:\n  x.departed: {trend: non-decreasing}\n")
    assert unchecked(reg) == []


def test_a_trend_with_one_claim_checks_nothing(registry):
    reg = loaded(registry, ("a", "x.departed", "100 people", "2023-10-01"),
                 extra="quantities:\n  x.departed: {trend: non-decreasing}\n")
    assert unchecked(reg) == ["a"]


RELATION = "relations:\n  - id: r\n    holds: {holds}\n"


def test_a_relation_whose_quantities_all_have_claims(registry):
    reg = loaded(registry, ("a", "x.departed", "100 people"),
                 ("b", "x.remaining", "5 people"), ("c", "x.population", "120 people"),
                 extra=RELATION.format(holds="x.departed + x.remaining <= x.population"))
    assert unchecked(reg) == []


def test_a_relation_with_a_free_quantity_refuses_nothing(registry):
    """Near miss: nothing claims x.population, so `<=` holds whatever a and b say."""
    reg = loaded(registry, ("a", "x.departed", "100 people"),
                 ("b", "x.remaining", "5 people"),
                 extra=RELATION.format(holds="x.departed + x.remaining <= x.population")
                 + "quantities:\n  x.population: {unit: person}\n")
    assert unchecked(reg) == ["a", "b"]


def test_a_relation_with_numbers_alone_checks_its_quantity(registry):
    reg = loaded(registry, ("a", "x.departed", "100 people"),
                 extra=RELATION.format(holds="x.departed <= 50 people"))
    assert unchecked(reg) == []


DURATION = [("d", "trip.duration", "40 hours"), ("s", "trip.start", "2023-09-28"),
            ("e", "trip.end", "2023-09-30")]


def test_the_duration_rule_with_all_three_claimed(registry):
    assert unchecked(loaded(registry, *DURATION)) == []


def test_the_duration_rule_with_one_member_free(registry):
    """Near miss: without an end, any duration fits any start."""
    reg = loaded(registry, DURATION[0], DURATION[1])
    assert unchecked(reg) == ["d", "s"]


PLACES = "places:\n  outer: {name: Outer}\n  inner: {name: Inner, within: outer}\n" \
         "  core: {name: Core, within: inner}\n"


def test_within_links_person_counts_of_nested_places(registry):
    reg = loaded(registry, ("o", "outer.remaining", "1,500 people"),
                 ("c", "core.remaining", "5 people"), extra=PLACES)
    assert unchecked(reg) == []  # two levels apart, either way round


def test_within_needs_the_same_measure(registry):
    """Near miss: inner.population says nothing about outer.remaining."""
    reg = loaded(registry, ("o", "outer.remaining", "1,500 people"),
                 ("i", "inner.population", "50 people"), extra=PLACES)
    assert unchecked(reg) == ["o", "i"]


def test_within_needs_people(registry):
    """Near miss: a place within another has no fewer hours of anything."""
    reg = loaded(registry, ("o", "outer.curfew", "8 hours"),
                 ("i", "inner.curfew", "10 hours"), extra=PLACES)
    assert unchecked(reg) == ["o", "i"]


RATIO = [("r", "x.departed / x.population", "nearly all"),
         ("a", "x.departed", "100 people"), ("p", "x.population", "120 people")]


def test_a_ratio_whose_parts_have_claims(registry):
    assert unchecked(loaded(registry, *RATIO)) == []


def test_a_ratio_with_a_free_part(registry):
    """Near miss: with no population claimed, "nearly all" fits any departures."""
    reg = loaded(registry, RATIO[0], RATIO[1])
    assert unchecked(reg) == ["r", "a"]


def test_unreadable_claims_are_not_checked(registry):
    root = registry({"a.yaml": HEAD + claims_yaml(("a", "x.departed", "umpteen people"),
                                                  ("b", "x.departed", "5 people"))})
    reg = load([root]).registry
    assert unchecked(reg) == ["a", "b"]


def test_the_shipped_registry(shipped):
    """14 of the 30 shipped claims meet another value; the 16 others (photo dates,
    the last bus, the journey's hours...) are touched by nothing."""
    reg = load([shipped]).registry
    assert share(reg) == (14, 30)
    assert {"fled", "residents", "un-remaining", "nearly-all-fled", "virtually-entire",
            "stepanakert-remaining", "stepanakert-population", "invasion-ago",
            "offensive-began", "tent-camp-photo", "ceasefire-agreed", "blockade-months",
            "blockade-began", "blockade-ended"} == checked_ids(reg)


def run_coverage(root, minimum):
    from factcheck import checks

    context = checks.Context(load([root]).registry)
    context.memo[MINIMUM] = minimum
    return checks.settle(checks.CHECKS["coverage"].function(context))


def test_the_documented_examples(registry):
    """The check's page: its failing example fails at 100 %, the fixed one passes."""
    from factcheck import checks

    doc = checks.CHECKS["coverage"].doc
    failing = run_coverage(registry({"a.yaml": doc["Example that fails"]}, folder="bad"), 100)
    assert [(f.rule, f.severity, f.claims) for f in failing] == [
        ("coverage", "error", ("last-bus",))]
    assert run_coverage(registry({"a.yaml": doc["Fixed"]}, folder="good"), 100) == []


def test_no_minimum_no_finding_and_the_boundary(registry):
    reg = registry({"a.yaml": HEAD + claims_yaml(("a", "x.departed", "100 people"),
                                                 ("b", "x.departed", "over 90 people"),
                                                 ("c", "y.departed", "5 people"),
                                                 ("d", "z.departed", "5 people"))})
    assert run_coverage(reg, None) == []
    assert run_coverage(reg, 50) == []  # 2 of 4 is exactly 50 %: not below
    [finding] = run_coverage(reg, 50.1)
    assert finding.claims == ("c", "d")
    assert finding.message.startswith("only 2 of 4 claims are checked (50.0%, below the "
                                      "minimum of 50.1%)")
