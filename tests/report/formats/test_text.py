"""formats/text: the plain report printed when piped (and the base of rich)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.findings import Finding, Location
from factcheck.report.formats import render
from factcheck.report.formats.text import (CLAIM_HEADERS, claim_lines, finding_lines,
                                           summary_line)
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


def report_with(summary: tuple[int, int, int], unchecked: int = 0) -> Report:
    claims, errors, warnings = summary
    registry = Registry(root=".")
    registry.claims.extend([None] * claims)  # summary_line only counts them
    findings = [Finding("x", "error", "m", Location("f")) for _ in range(errors)]
    findings += [Finding("x", "warning", "m", Location("f")) for _ in range(warnings)]
    report = Report(registry, findings)
    report.unchecked = [f"u{i}" for i in range(unchecked)]
    return report


@pytest.mark.parametrize("counts, unchecked, line", [
    ((0, 0, 0), 0, "0 of 0 claims checked, 0 errors, 0 warnings"),
    ((1, 1, 1), 0, "1 of 1 claim checked, 1 error, 1 warning"),
    ((1, 0, 0), 1, "0 of 1 claim checked, 0 errors, 0 warnings"),
    ((13, 2, 3), 4, "9 of 13 claims checked, 2 errors, 3 warnings"),
])
def test_summary_line(counts, unchecked, line):
    assert summary_line(report_with(counts, unchecked)) == line


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
    """Findings first, then the claims by quantity, the notes, the summary last."""
    report = verify_paths([registry(MIXED)])
    text = render(report, "text")
    lines = text.splitlines()
    assert text.endswith("\n") and "\x1b[" not in text
    assert all(line == line.rstrip() for line in lines)
    assert lines[:2] == ["Findings",
                         "reg/a.yaml:4:3: warning [unknown-key] unknown key 'colour' in the "
                         "document"]
    assert "reg/a.yaml:11:12: error [value] cannot read the value: unknown word 'umpteen' " \
           "in the value 'umpteen hours'" in lines
    table = lines.index("Claims by quantity")
    assert lines[table - 1] == "" and table > lines.index("Findings")
    header = lines[table + 1]
    assert header.split() == list(CLAIM_HEADERS)
    column = header.index("interval")
    # the quantity with a finding comes first
    assert lines[table + 2] == "trip.other"
    odd = lines[table + 3]
    assert odd.startswith("  odd ") and odd[column:].startswith("? ")
    assert odd.endswith("error: value")
    assert lines[table + 4] == "trip.duration  implied [0, 40] hours"
    trip = lines[table + 5]
    assert trip.startswith("  trip ") and trip[column:].startswith("[0, 40] hours ")
    assert trip.endswith(" unchecked")
    assert lines[-2] == "Not checked against a text (reference documents without one): d"
    assert lines[-1] == "0 of 2 claims checked, 1 error, 1 warning"


def test_quiet_is_findings_and_summary(registry):
    report = verify_paths([registry(MIXED)])
    lines = render(report, "text", quiet=True).splitlines()
    assert lines[0] == "Findings" and lines[-1] == "0 of 2 claims checked, 1 error, 1 warning"
    assert "Claims by quantity" not in lines and not any("Not checked" in l for l in lines)
    assert lines[:-2] == render(report, "text").splitlines()[:len(lines) - 2]


def test_claim_lines_group_by_quantity(shipped):
    """Groups with a finding first, then checked ones, then the unchecked; a ratio is
    a quantity of its own; claims are indented under their quantity."""
    lines = claim_lines(verify_paths([shipped]))
    quantities = [line.split("  ")[0] for line in lines[1:] if not line.startswith("  ")]
    assert quantities[0] == "offensive.start"  # the disagreement
    assert "karabakh.departed / karabakh.population" in quantities
    checked_end = quantities.index("tent_camp_photo.taken")
    assert quantities[checked_end + 1:] == sorted(quantities[checked_end + 1:])
    assert any(line.startswith("  journey-hours ") and line.endswith(" unchecked")
               for line in lines)
    assert not any(line.endswith(" ok") and "journey-hours" in line for line in lines)


def test_empty_registry_is_only_the_summary(registry):
    report = verify_paths([registry({"a.yaml": "places:\n  k: {name: K}\n"})])
    assert render(report, "text") == "0 of 0 claims checked, 0 errors, 0 warnings\n"


def test_auto_is_text_when_not_on_a_terminal(shipped):
    report = verify_paths([shipped])
    assert render(report, "auto", terminal=False) == render(report, "text")


@given(st.lists(st.text(alphabet=st.sampled_from(
    ["a", " ", "\n", "\r", "\t", "\x1b", "\x00", "\x85", "\u202e", "\udc80", "é", "∞"]),
    max_size=12), min_size=1, max_size=5))
def test_the_text_is_made_visible_line_by_line_in_one_pass(lines):
    """visible_lines on the joined text is visible on each line, and a line that
    holds a line break of its own is escaped, never split."""
    from factcheck.report.formats.escape import visible, visible_lines

    joined = "\n".join(lines)
    assert visible_lines(joined) == "\n".join(visible(line) for line in joined.split("\n"))
    finding = Finding("quote", "error", "a\nb", Location("x.yaml", 1, 1), details=tuple(lines))
    out = render(Report(Registry(root="."), [finding]), "text")
    assert out.count("\n") == 4 + len(lines) and "a\\nb" in out
