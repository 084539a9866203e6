"""factcheck.verify: the whole run as a library call, on the shipped registry, the
issue's acceptance scenario, cross-file conflicts and the --files filter."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.findings import Location
from factcheck.engine.implied import display_units
from factcheck.verify import RegistryUnreadable, verify_paths

MAIN_FILE = "claims/karabakh-exodus.yaml"
FLED_VALUE = "value: over 100,000 people"

# What PRODUCT.md says the seed article's numbers mean (the phrase table).
CONTRACT_INTERVALS = {
    "fled": "(100,000, ∞) people",
    "residents": "[108,000, 132,000] people",
    "un-remaining": "[0, 1,500) people",
    "stepanakert-population": "[55,000, 75,000] people",
    "stepanakert-remaining": "[0, 5]",
    "last-bus": "[15, 15] people",
    "journey-hours": "[0, 40] hours",
    "blockade-months": "[8.5, 9.5] months",
    "nearly-all-fled": "[0.9, 1)",
    "virtually-entire": "[0.95, 1]",
    "charged-officials": "[200, 1,000)",
}

IMPLIED = {
    "karabakh.population": "[108,000, 132,000] people",
    # no as-of frame dates the departures: the article's date, bounded by
    # "virtually the entire" (>= 0.95 x 108,000) and "nearly all" (< the population)
    "karabakh.departed@2023-10-03": "[102,600, 131,999] people",
    "karabakh.remaining@2023-10-02": "[0, 1,499] people",
    "stepanakert.population": "[55,000, 75,000] people",
    "stepanakert.remaining": "[0, 5] people",
    "journey.duration": "[0, 40] hours",
    "last_bus.passengers": "[15, 15] people",
}


def fled_value_position(folder: Path, position) -> tuple[int, int]:
    text = (folder / "karabakh-exodus.yaml").read_text("utf-8")
    line, column = position(text, FLED_VALUE, after="- id: fled")
    return line, column + len("value: ")


def set_fled(folder: Path, value: str) -> None:
    path = folder / "karabakh-exodus.yaml"
    text = path.read_text("utf-8")
    assert text.count(FLED_VALUE) == 1
    path.write_text(text.replace(FLED_VALUE, f"value: {value}"), "utf-8")


# ---------------------------------------------------------------- the shipped registry

def test_shipped_registry_has_no_errors(shipped):
    report = verify_paths([shipped])
    assert report.errors == 0, [(f.rule, str(f.location)) for f in report.findings]
    assert report.exit_code() == 0
    intervals = {c.id: c.interval.describe() for c in report.registry.claims}
    assert {k: intervals.get(k) for k in CONTRACT_INTERVALS} == CONTRACT_INTERVALS
    assert all(report.claim_status(c) in ("ok", "unchecked") or report.claim_status(c)
               .startswith("warning") for c in report.registry.claims)
    assert report.claim_status(report.registry.claim("journey-hours")) == "unchecked"


def test_shipped_registry_implied_ranges(shipped):
    ranges = {str(r.key): r.describe() for r in verify_paths([shipped]).ranges}
    assert {k: ranges.get(k) for k in IMPLIED} == IMPLIED


def test_display_units_keep_the_claims_unit(shipped):
    units = display_units(verify_paths([shipped]).registry)
    assert units["journey.duration"][0] == "hour"
    assert units["blockade.duration"][0] == "month"
    assert units["karabakh.population"][0] == "person"


# ---------------------------------------------------------------- the acceptance scenario

def test_acceptance_over_140000_is_an_inconsistency(shipped, position):
    baseline = verify_paths([shipped]).findings
    line, column = fled_value_position(shipped, position)
    original = (shipped / "karabakh-exodus.yaml").read_text("utf-8")
    set_fled(shipped, "over 140,000 people")
    report = verify_paths([shipped])
    assert report.exit_code() == 1
    new = [f for f in report.findings if f not in baseline]
    at_fled = Location(MAIN_FILE, line, column)

    [conflict] = [f for f in new if f.rule == "inconsistency"]
    assert (conflict.severity, conflict.location) == ("error", at_fled)
    assert conflict.claims == ("fled", "residents", "accounting")
    assert "Armenian government" in conflict.message
    arithmetic = [d for d in conflict.details if d.startswith("arithmetic:")]
    assert arithmetic == ["arithmetic: given the others, karabakh.departed@2023-10-03 − "
                          "karabakh.population + karabakh.remaining@2023-10-03 is at least "
                          "140,001 − 132,000 + 0 = 8,001, but relation accounting needs "
                          "it ≤ 0"]
    # each claim's quote is shown, and the nearest agreeing values
    assert any(d.startswith("fled (Armenian government)") and "over 100,000 of the" in d
               for d in conflict.details)
    assert conflict.hint == ("fled would agree if it were at most 132,000 people; "
                             "residents would agree if it were at least 140,001 people")
    # the value no longer restates the quote's number: that is said too; and the
    # article's own "nearly all" / "virtually the entire" of the residents now
    # disagree with the government's count (two voices: warnings)
    assert sorted((f.rule, f.claims) for f in new) == [
        ("disagreement", ("nearly-all-fled", "fled", "residents")),
        ("disagreement", ("virtually-entire", "fled", "residents")),
        ("inconsistency", ("fled", "residents", "accounting")),
        ("quote-number", ("fled",))]
    assert {f.location for f in new if f.rule != "disagreement"} == {at_fled}
    assert {c.id: report.claim_status(c) for c in report.registry.claims
            if c.id in ("fled", "residents")} == {"fled": "error: inconsistency",
                                                  "residents": "error: inconsistency"}
    # the conflicting group has no implied range
    assert not any(str(r.key).startswith("karabakh.") for r in report.ranges)

    (shipped / "karabakh-exodus.yaml").write_text(original, "utf-8")  # restoring it
    restored = verify_paths([shipped])
    assert restored.exit_code() == 0
    assert restored.findings == baseline


def test_acceptance_with_an_explicit_value_is_only_the_inconsistency(shipped, position):
    """An explicit mapping is not compared with the quote: only the conflict remains."""
    baseline = verify_paths([shipped]).findings
    line, column = fled_value_position(shipped, position)
    set_fled(shipped, "{low: 140000, high: null, low_open: true, unit: person}")
    report = verify_paths([shipped])
    new = [f for f in report.findings if f not in baseline and f.rule != "disagreement"]
    assert [(f.rule, f.severity, f.location, f.claims) for f in new] == [
        ("inconsistency", "error", Location(MAIN_FILE, line, column),
         ("fled", "residents", "accounting"))]


# ---------------------------------------------------------------- cross-file and --files

CROSS = {
    "a.yaml": """\
        document:
          id: doc-a
          published: 2023-10-03
        claims:
          - id: fled
            by: Armenian government
            quantity: karabakh.departed
            value: {low: 100000, high: null, low_open: true, unit: person}
        relations:
          - id: accounting
            holds: karabakh.departed <= karabakh.population
        """,
    "b.yaml": """\
        document:
          id: doc-b
          published: 2023-10-03
        claims:
          - id: census
            by: Census office
            quantity: karabakh.population
            value: {low: 90000, high: 95000, unit: person}
        """,
    "c.yaml": """\
        document:
          id: doc-c
          published: 2023-10-03
        claims:
          - id: hours
            quantity: trip.duration
            value: {low: 1, high: 2, unit: hour}
        """,
}


def test_cross_file_conflict_is_a_disagreement(registry):
    report = verify_paths([registry(CROSS)])
    assert [(f.rule, f.severity, f.location, f.claims) for f in report.findings] == [
        ("disagreement", "warning", Location("reg/a.yaml", 8, 12),
         ("fled", "census", "accounting"))]
    assert report.exit_code() == 0 and report.exit_code(strict=True) == 1
    assert report.notes == ["Not checked against a text (reference documents without one): "
                            "doc-a, doc-b, doc-c"]


@pytest.mark.parametrize("spelling", ["reg/a.yaml", "./reg/a.yaml", "reg/../reg/a.yaml",
                                      "ABSOLUTE"])
def test_files_filter_keeps_a_cross_file_conflict(registry, spelling):
    root = registry(CROSS)
    name = str(root / "a.yaml") if spelling == "ABSOLUTE" else spelling
    report = verify_paths([root], only_files=[name])
    assert [(f.rule, f.location) for f in report.findings] == [
        ("disagreement", Location("reg/a.yaml", 8, 12))]
    assert len(report.registry.claims) == 3  # the whole registry is loaded


def test_files_filter_drops_findings_in_other_files(registry):
    report = verify_paths([registry(CROSS)], only_files=["reg/c.yaml"])
    assert report.findings == []
    assert len(report.ranges) > 0


def test_files_filter_reports_a_conflict_involving_a_claim_of_that_file(registry):
    report = verify_paths([registry(CROSS)], only_files=["reg/b.yaml"])
    assert [f.rule for f in report.findings] == ["disagreement"]


# ---------------------------------------------------------------- other verify findings

def test_relation_mixing_people_and_hours(registry):
    root = registry({"a.yaml": """\
        document:
          id: d
          published: 2023-10-03
        claims:
          - id: people
            quantity: trip.passengers
            value: {low: 5, high: 5, unit: person}
          - id: hours
            quantity: trip.duration
            value: {low: 40, high: 40, unit: hour}
        relations:
          - id: mix
            holds: trip.passengers <= trip.duration
        """})
    report = verify_paths([root])
    assert [(f.rule, f.severity, f.location, f.claims) for f in report.findings] == [
        ("unit", "error", Location("reg/a.yaml", 13, 12), ("mix",))]
    assert "people" in report.findings[0].message and "time" in report.findings[0].message
    assert report.exit_code() == 1


def test_unreadable_registry_raises(workdir):
    with pytest.raises(RegistryUnreadable):
        verify_paths([Path("nowhere")])


def test_findings_are_sorted_by_place(registry):
    root = registry({"b.yaml": "oops: [\n", "a.yaml": "places:\n  x: {within: y}\n"})
    report = verify_paths([root])
    assert [f.file for f in report.findings] == ["reg/a.yaml", "reg/b.yaml"]


def test_coverage_worked_out_beside_the_engine_is_the_same(shipped, monkeypatch):
    # a registry large enough has its checked claims found in a forked process
    # while the engine solves: the same unchecked claims, in the same order
    import factcheck.verify as verify_module
    from factcheck.checks import coverage

    alone = verify_paths([shipped])
    assert alone.find_checked is None
    monkeypatch.setattr(verify_module, "BESIDE_FROM", 1)
    monkeypatch.setattr("factcheck.workers.cores", lambda: 2)
    beside = verify_paths([shipped])
    assert beside.find_checked is not None
    assert beside.unchecked == alone.unchecked == coverage.unchecked(alone.registry)
    assert 0 < len(alone.unchecked) < len(alone.registry.claims)  # some of each
    assert beside.findings == alone.findings


NEARLY_FEW = {
    "a.yaml": """\
        document:
          id: doc-a
          published: 2019-11-29
        claims:
          - id: homeless
            quantity: mandaluyong.homeless
            value: nearly 9 people
          - id: dead
            quantity: mandaluyong.killed
            value: almost five people
        """,
}


def test_nearly_a_few_people_is_the_whole_number_below(registry):
    # "nearly 9 people" read as [8.1, 9) held no whole person, and verify reported one
    # claim contradicting itself (Gulf Today, holdout609): it is 8 people
    report = verify_paths([registry(NEARLY_FEW)])
    assert [f.rule for f in report.findings] == []
    assert report.exit_code(strict=True) == 0
