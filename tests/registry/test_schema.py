"""The registry schema: data-declared fields, positioned findings, typed RawFile."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.checks import settle
from factcheck.findings import Location
from factcheck.registry.schema import (KEY_FIELDS, RECORD_CLASSES, ExplicitValue, RawFile, check_unique_ids, load_schema, validate)
from factcheck.yamlsafe import load_text

PRODUCT = Path(__file__).resolve().parents[3] / "shared" / "PRODUCT.md"

# The example registry file of PRODUCT.md ("Registry files"), kept here so the test
# runs without shared/; test_product_example_validates_cleanly reads the real one.
EXAMPLE = """\
document:
  id: karabakh-exodus
  title: Nagorno-Karabakh exodus report
  text: sources/karabakh-exodus-2023.txt   # the article, relative to this file
  url: https://example.org/...              # optional
  published: 2023-10-03

places:
  karabakh: {name: Nagorno-Karabakh}
  stepanakert: {name: Stepanakert, within: karabakh}

claims:
  - id: fled
    quote: "over 100,000 of the estimated 120,000 residents of Karabakh have already fled"
    by: Armenian government
    as_of: 2023-10-02
    quantity: karabakh.departed
    value: over 100,000 people
  - id: nearly-all
    quote: "nearly all of the ethnic Armenian Christians ... have fled"
    quantity: karabakh.departed / karabakh.population
    value: nearly all

relations:
  - id: accounting
    holds: karabakh.departed + karabakh.remaining <= karabakh.population
    why: every resident either left or stayed; some died
"""


def check(text: str, name: str = "f.yaml"):
    root, findings = load_text(textwrap.dedent(text), name)
    assert findings == [], findings
    return validate(root, name)


def only(findings, severity="error"):
    """The single finding, settled as a run settles it: an unknown key is rule
    unknown-key (a warning), every other schema problem rule schema (an error)."""
    assert len(findings) == 1, findings
    (finding,) = settle(findings)
    rule = "unknown-key" if severity == "warning" else "schema"
    assert (finding.rule, finding.severity) == (rule, severity)
    return finding


def at(finding):
    return finding.line, finding.column


# ---------------------------------------------------------------- good files

def test_example_validates_into_typed_records():
    raw, findings = check(EXAMPLE, "ex.yaml")
    assert findings == []
    assert raw.document.id == "karabakh-exodus"
    assert raw.document.published == dt.date(2023, 10, 3)
    assert [place.id for place in raw.places] == ["karabakh", "stepanakert"]
    assert raw.places[1].within == "karabakh"
    fled = raw.claims[0]
    assert (fled.id, fled.by, fled.value) == ("fled", "Armenian government",
                                              "over 100,000 people")
    assert fled.as_of == dt.date(2023, 10, 2)
    assert raw.relations[0].holds.endswith("<= karabakh.population")


def test_records_keep_where_each_field_was_written():
    raw, _ = check(EXAMPLE, "ex.yaml")
    fled, nearly_all = raw.claims
    assert fled.location == Location("ex.yaml", 13, 5)
    assert fled.where("quote") == Location("ex.yaml", 14, 12)
    assert fled.where("value") == Location("ex.yaml", 18, 12)
    assert nearly_all.where("quantity") == Location("ex.yaml", 21, 15)
    assert nearly_all.where("by") == nearly_all.location  # absent: the claim itself
    assert raw.places[1].location == Location("ex.yaml", 10, 3)  # where its id is written
    assert raw.relations[0].where("holds") == Location("ex.yaml", 26, 12)


@pytest.mark.skipif(not PRODUCT.exists(), reason="shared/PRODUCT.md not beside the repo")
def test_product_example_validates_cleanly():
    contract = PRODUCT.read_text(encoding="utf-8")
    example = re.search(r"## Registry files.*?```yaml\n(.*?)```", contract, re.S).group(1)
    raw, findings = check(example, "product.yaml")
    assert findings == []
    assert len(raw.claims) == 5 and raw.claims[3].value == "three weeks ago"


def test_explicit_value_mapping():
    raw, findings = check("""\
        document: {id: d}
        claims:
          - id: c
            quantity: a.b
            value: {low: 100000, high: null, low_open: true, high_open: true, unit: person}
        """)
    assert findings == []
    value = raw.claims[0].value
    assert isinstance(value, ExplicitValue)
    assert (value.low, value.high, value.low_open, value.high_open, value.unit) == (
        100000, None, True, True, "person")
    assert value.where("unit") == Location("f.yaml", 5, 77)
    assert value.as_text() == ("{low: 100000, high: null, low_open: true, "
                               "high_open: true, unit: person}")


def test_date_times_and_spans_and_optional_sections():
    raw, findings = check("""\
        document: {id: d, published: 2023-10-03T14:05+04:00}
        quantities:
          karabakh.departed: {trend: non-decreasing, unit: person}
          karabakh.population:
        events:
          offensive: {name: the September offensive, place: karabakh}
        claims:
          - {id: c, quantity: a.b, value: 40 hours, as_of: "2023-10-02 08:00", span: [3, 11]}
        relations:
        """)
    assert findings == []
    assert raw.document.published.utcoffset() == dt.timedelta(hours=4)
    assert raw.claims[0].as_of == dt.datetime(2023, 10, 2, 8, 0)
    assert raw.claims[0].span == (3, 11)
    assert [q.name for q in raw.quantities] == ["karabakh.departed", "karabakh.population"]
    assert raw.quantities[0].trend == "non-decreasing"
    assert raw.events[0].place == "karabakh"


def test_bare_number_value_is_kept_as_written():
    raw, findings = check("document: {id: d}\nclaims: [{id: c, quantity: a.b, value: 120000}]\n")
    assert findings == [] and raw.claims[0].value == "120000"


def test_file_with_only_shared_entries_needs_no_document():
    raw, findings = check("places:\n  karabakh: {name: Nagorno-Karabakh}\n")
    assert findings == [] and raw.document is None


# ---------------------------------------------------------------- unknown keys

def test_misspelt_field_is_a_warning_with_did_you_mean():
    raw, findings = check("""\
        document: {id: d}
        claims:
          - id: fled
            qoute: over 100,000 have fled
            quantity: a.b
            value: over 100,000
        """)
    finding = only(findings, "warning")
    assert at(finding) == (4, 5) and finding.claims == ("fled",)
    assert "unknown key 'qoute'" in finding.message
    assert "did you mean 'quote'?" in finding.message
    assert raw.claims[0].quote is None  # ignored, the claim is still usable


def test_unknown_section_suggests_the_known_one():
    _, findings = check("document: {id: d}\nclam: []\n")
    finding = only(findings, "warning")
    assert at(finding) == (2, 1) and "did you mean 'claims'?" in finding.message


def test_unknown_key_without_a_close_match_lists_known_keys():
    _, findings = check("document: {id: d, zzz: 1}\n")
    finding = only(findings, "warning")
    assert "did you mean" not in finding.message and "title" in finding.hint


# ---------------------------------------------------------------- errors

def test_missing_required_field_points_at_the_claim_and_drops_it():
    raw, findings = check("""\
        document: {id: d}
        claims:
          - id: fled
            value: over 100,000
        """)
    finding = only(findings)
    assert at(finding) == (3, 5) and finding.claims == ("fled",)
    assert "claim 'fled' has no 'quantity'" in finding.message
    assert raw.claims == []


def test_claim_without_id_is_named_by_position():
    _, findings = check("document: {id: d}\nclaims:\n  - {id: a, quantity: x.y, value: 1}\n"
                        "  - {quantity: x.y, value: 2}\n")
    finding = only(findings)
    assert at(finding) == (4, 5) and "claim #2 has no 'id'" in finding.message


def test_empty_required_field_points_at_its_key():
    raw, findings = check("relations:\n  - id: r\n    holds:\n")
    finding = only(findings)
    assert at(finding) == (3, 5) and "'holds' of relation 'r' is empty" in finding.message
    assert raw.relations == []


def test_impossible_date_is_named():
    raw, findings = check("document:\n  id: d\n  published: 2023-02-30\n")
    finding = only(findings)
    assert at(finding) == (3, 14)
    assert "2023-02-30" in finding.message and "not a real date" in finding.message
    assert "28 days" in finding.hint
    assert raw.document.published is None  # optional field: reported, read as absent


@pytest.mark.parametrize("written", ["October 3, 2023", "2023-10", "03/10/2023",
                                     "2023-13-01", "2023-10-02T25:00"])
def test_malformed_dates_are_errors(written):
    _, findings = check(f"document: {{id: d, published: '{written}'}}\n")
    assert "date" in only(findings).message


@pytest.mark.parametrize("field, written, words", [
    ("title", "[a, b]", "must be text, not a list"),
    ("id", "Karabakh", "not a valid name"),
    ("id", "has space", "not a valid name"),
])
def test_document_field_types(field, written, words):
    text = "document:\n  id: d\n" if field != "id" else "document:\n"
    _, findings = check(text + f"  {field}: {written}\n")
    assert words in only(findings).message


@pytest.mark.parametrize("value, words, where", [
    ("{low: '5', high: 7}", "not quoted text", (5, 18)),
    ("{low: 5, high: 7, low_open: yes}", "true or false", (5, 40)),
    ("{low: 1.000.000, high: 7}", "must be a number", (5, 18)),
    ("{low: .nan, high: 7}", "finite number", (5, 18)),
    ("{low: 9, high: 7}", "above its high", (5, 12)),
    ("{high: 7}", "has no 'low'", (5, 12)),
    ("{low: 5, high: 7, unit: [a]}", "must be text", (5, 36)),
    ("[1, 2]", "not a list", (5, 12)),
])
def test_explicit_value_problems(value, words, where):
    raw, findings = check(f"""\
        document: {{id: d}}
        claims:
          - id: c
            quantity: a.b
            value: {value}
        """)
    finding = only(findings)
    assert words in finding.message and at(finding) == where
    assert finding.claims == ("c",)
    assert raw.claims == []


def test_trend_must_be_an_allowed_value_with_suggestion():
    raw, findings = check("quantities:\n  a.b: {trend: increasing}\n")
    finding = only(findings)
    assert at(finding) == (2, 16) and "did you mean 'non-increasing'?" in finding.message
    assert raw.quantities[0].trend is None


def test_quantity_names_are_subject_dot_measure():
    raw, findings = check("quantities:\n  Karabakh-Departed: {}\n  ok.fine: {}\n")
    finding = only(findings)
    assert at(finding) == (2, 3) and "subject.measure" in finding.message
    assert [q.name for q in raw.quantities] == ["ok.fine"]


def test_claim_quantity_may_be_an_expression():
    raw, findings = check("document: {id: d}\nclaims: [{id: c, quantity: 'a.b / (a.c + 2)', "
                          "value: nearly all}]\n")
    assert findings == [] and raw.claims[0].quantity == "a.b / (a.c + 2)"


@pytest.mark.parametrize("span, words", [
    ("[5]", "two character offsets"), ("[5, 2]", "start <= end"),
    ("[a, 2]", "must be a number"), ("[1.5, 2]", "whole number"), ("7", "two character"),
])
def test_span_problems(span, words):
    _, findings = check(f"document: {{id: d}}\nclaims: [{{id: c, quantity: a.b, value: x, "
                        f"span: {span}}}]\n")
    assert words in only(findings).message


def test_status_must_be_known():
    _, findings = check("document: {id: d}\nclaims: [{id: c, quantity: a.b, value: x, "
                        "status: reviewd}]\n")
    assert "did you mean 'reviewed'?" in only(findings).message


@pytest.mark.parametrize("text, words", [
    ("- a\n- b\n", "must be a mapping of sections"),
    ("just text\n", "must be a mapping of sections"),
    ("claims: {a: 1}\n", "'claims' must be a list"),
    ("places: [a]\n", "'places' must be a mapping"),
    ("document: [a]\n", "the document must be a mapping"),
    ("document: {id: d}\nclaims: [7]\n", "claim #1 must be a mapping"),
])
def test_wrong_shapes(text, words):
    _, findings = check(text)
    assert words in only(findings).message


def test_claims_need_a_document_in_their_file():
    _, findings = check("claims:\n  - {id: c, quantity: a.b, value: x}\n")
    finding = only(findings)
    assert at(finding) == (1, 1) and "no document" in finding.message


def test_every_problem_of_a_file_is_reported_in_one_run():
    _, findings = check("""\
        document: {id: D, published: 2023-02-30}
        claims:
          - {id: a, value: x}
          - {id: b, quantity: a.b, value: x, as_of: someday}
        """)
    assert [at(f) for f in sorted(findings)] == [(1, 16), (1, 30), (3, 5), (4, 45)]


# ---------------------------------------------------------------- ids across the registry

def test_ids_repeated_across_files_name_both_places():
    first, _ = check(EXAMPLE, "a.yaml")
    second, _ = check("""\
        document: {id: karabakh-exodus}
        places:
          karabakh: {name: Karabakh}
        quantities:
          x.y: {}
        claims:
          - {id: fled, quantity: a.b, value: x}
          - {id: other, quantity: a.b, value: x}
        relations:
          - {id: accounting, holds: a.b <= 1}
        """, "b.yaml")
    third, _ = check("quantities:\n  x.y: {}\n", "c.yaml")
    findings = check_unique_ids([first, second, third])
    assert {(f.file, f.line, f.column) for f in findings} == {
        ("b.yaml", 1, 16), ("b.yaml", 3, 3), ("b.yaml", 7, 10), ("b.yaml", 10, 10),
        ("c.yaml", 2, 3)}
    claim = next(f for f in findings if f.claims)
    assert claim.claims == ("fled",) and "a.yaml:13:9" in claim.message
    assert all(f.rule == "schema" and f.severity == "error" for f in settle(findings))


def test_unique_ids_give_no_finding():
    raw, _ = check(EXAMPLE)
    assert check_unique_ids([raw]) == []
    assert check_unique_ids([RawFile("empty.yaml")]) == []


def test_unique_ids_place_only_the_entries_named_twice(monkeypatch):
    # Locations are made for a duplicate and the entry it repeats, not for every id
    # (100,000 of them in a large registry, checked in one process): one claim id
    # used twice among 3 claims places exactly those 2.
    from factcheck.registry.schema import records

    raw, _ = check("""\
        claims:
          - {id: one, quantity: a.b, value: x}
          - {id: two, quantity: a.b, value: x}
          - {id: one, quantity: a.b, value: x}
        """, "d.yaml")
    placed = []
    where = records.RawRecord.where
    monkeypatch.setattr(records.RawRecord, "where",
                        lambda self, name: placed.append(self.id) or where(self, name))
    (finding,) = check_unique_ids([raw])
    assert sorted(placed) == ["one", "one"]
    assert finding.line == 4 and "also at d.yaml:2:" in finding.message
    placed.clear()
    raw, _ = check("claims:\n  - {id: one, quantity: a.b, value: x}\n", "e.yaml")
    assert check_unique_ids([raw]) == [] and placed == []


# ---------------------------------------------------------------- the schema data

def test_every_schema_field_has_a_dataclass_attribute():
    schema = load_schema()
    for record, fields in schema.records.items():
        attributes = {f.name for f in dataclasses.fields(RECORD_CLASSES[record])}
        assert set(fields) <= attributes, record
        extra = attributes - set(fields) - {"location", "locations"} - set(KEY_FIELDS.values())
        assert not extra, (record, extra)


def test_schema_types_and_patterns_are_known():
    schema = load_schema()
    types = {"string", "date", "date-or-datetime", "number", "integer", "boolean",
             "value", "span", "timezone", "strings"}
    for fields in schema.records.values():
        for spec in fields.values():
            assert spec.type in types
            assert spec.pattern is None or spec.pattern in schema.patterns
    for section in schema.sections.values():
        assert section.shape in {"record", "map", "list"}
        assert section.record in schema.records
        assert section.shape != "map" or section.name in KEY_FIELDS


# ---------------------------------------------------------------- never an exception

@settings(max_examples=80, deadline=2000)
@given(st.lists(st.tuples(st.integers(0, len(EXAMPLE)), st.booleans(),
                          st.sampled_from(list(" :-\n'\"{}[]#&*!?ab1,"))),
                min_size=1, max_size=6))
def test_mutated_registry_never_raises(edits):
    text = EXAMPLE
    for offset, delete, char in edits:
        offset = min(offset, len(text))
        text = text[:offset] + text[offset + 1:] if delete else \
            text[:offset] + char + text[offset:]
    root, findings = load_text(text, "mutant.yaml")
    if root is not None:
        raw, schema_findings = validate(root, "mutant.yaml")
        check_unique_ids([raw, raw])
        assert all(f.rule in ("schema", "unknown-key") for f in schema_findings)


def test_empty_optional_fields_are_absent_not_errors():
    raw, findings = check("document: {id: d, title: }\n"
                          "claims: [{id: c, quantity: a.b, value: x, by: , as_of: ~}]\n")
    assert findings == []
    assert raw.document.title is None and raw.claims[0].by is None
    assert raw.claims[0].where("by") == Location("f.yaml", 2, 43)


def test_a_claim_with_any_bad_field_is_left_out():
    raw, findings = check("document: {id: d, published: 2023-02-30}\n"
                          "claims: [{id: c, quantity: a.b, value: x, as_of: 2023-02-30}]\n")
    assert len(findings) == 2
    assert raw.document is not None and raw.claims == []
