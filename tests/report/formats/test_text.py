"""formats/text: the plain report printed when piped (and the base of rich)."""

from __future__ import annotations

import pytest

from factcheck.findings import Finding, Location
from factcheck.report.formats import render
from factcheck.report.formats.text import (CLAIM_HEADERS, claim_rows, finding_lines, summary_line)
from factcheck.registry.model import Registry
from factcheck.report.value import Report
from factcheck.verify import verify_paths

MIXED = {"a.yaml": """\
    document:
      id: d
      published: 2023-10-03
      colour: blue
    claims:
      - id: trip
        quantity: trip.duration
        value: as long as 40 hours
      - id: odd
        quantity: trip.other
        value: umpteen hours
    """}


def report_with(summary: tuple[int, int, int]) -> Report:
    claims, errors, warnings = summary
    registry = Registry(root=".")
    registry.claims.extend([None] * claims)  # summary_line only counts them
    findings = [Finding("x", "error", "m", Location("f")) for _ in range(errors)]
    findings += [Finding("x", "warning", "m", Location("f")) for _ in range(warnings)]
    return Report(registry, findings)


@pytest.mark.parametrize("counts, line", [
    ((0, 0, 0), "0 claims, 0 errors, 0 warnings"),
    ((1, 1, 1), "1 claim, 1 error, 1 warning"),
    ((13, 2, 3), "13 claims, 2 errors, 3 warnings"),
])
def test_summary_line(counts, line):
    assert summary_line(report_with(counts)) == line


def test_finding_lines():
    finding = Finding("quote", "error", "the quote is not in the text",
                      Location("claims/a.yaml", 8, 12), ("c",), "the closest passage is: x",
                      ("first detail", "second detail"))
    assert finding_lines(finding) == [
        "claims/a.yaml:8:12: error [quote] the quote is not in the text",
        "    first detail",
        "    second detail",
        "    hint: the closest passage is: x"]


def test_finding_lines_without_position_and_hint_shown_once():
    finding = Finding("yaml", "warning", "m", Location("a.yaml"), (), "same", ("same",))
    assert finding_lines(finding) == ["a.yaml: warning [yaml] m", "    same"]


def test_report_sections(registry):
    report = verify_paths([registry(MIXED)])
    text = render(report, "text")
    lines = text.splitlines()
    assert text.endswith("\n") and "\x1b[" not in text
    assert all(line == line.rstrip() for line in lines)
    assert lines[0] == "Claims"
    header, trip, odd = lines[1:4]
    assert header.split() == list(CLAIM_HEADERS)
    column = header.index("interval")
    assert trip.startswith("trip ") and trip[column:].startswith("[0, 40] hours ")
    assert odd.startswith("odd ") and odd[column:].startswith("? ")
    assert odd.endswith("error: value")
    assert lines[4:7] == ["", "Findings",
                          "reg/a.yaml:4:3: warning [schema] unknown key 'colour' in the "
                          "document"]
    assert "reg/a.yaml:11:12: error [value] cannot read the value: unknown word 'umpteen' " \
           "in the value 'umpteen hours'" in lines
    assert "What the registry implies" in lines
    assert any(line.split() == ["trip.duration", "[0,", "40]", "hours"] for line in lines)
    assert lines[-2] == "Not checked against a text (reference documents without one): d"
    assert lines[-1] == "2 claims, 1 error, 1 warning"


def test_claim_rows(registry):
    report = verify_paths([registry(MIXED)])
    assert claim_rows(report) == [
        ("trip", "trip.duration", "as long as 40 hours", "[0, 40] hours", "", "ok"),
        ("odd", "trip.other", "umpteen hours", "?", "", "error: value")]


def test_empty_registry_is_only_the_summary(registry):
    report = verify_paths([registry({"a.yaml": "places:\n  k: {name: K}\n"})])
    assert render(report, "text") == "0 claims, 0 errors, 0 warnings\n"


def test_auto_is_text_when_not_on_a_terminal(shipped):
    report = verify_paths([shipped])
    assert render(report, "auto", terminal=False) == render(report, "text")
