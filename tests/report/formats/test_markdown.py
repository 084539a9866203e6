"""formats/markdown: a pull-request comment: summary, tables with quotes, a cap."""

from __future__ import annotations

from factcheck.findings import Finding, Location
from factcheck.report.formats import render
from factcheck.report.formats.markdown import cell
from factcheck.report.formats.markdown import render as markdown
from factcheck.registry.model import Registry
from factcheck.report.value import Report
from factcheck.verify import verify_paths

FLED = "value: over 100,000 people"


def test_cell_is_one_safe_line():
    assert cell("a | b\nc <b>&") == "a \\| b<br>c &lt;b&gt;&amp;"
    assert cell("x" * 400) == "x" * 299 + "…"


def test_broken_registry_comment(shipped):
    path = shipped / "karabakh-exodus.yaml"
    path.write_text(path.read_text("utf-8").replace(FLED, "value: over 140,000 people"))
    text = render(verify_paths([shipped]), "markdown")
    lines = text.splitlines()
    assert lines[0].startswith("### factcheck: 14 of 30 claims checked, 2 errors, ")
    assert lines[2:5] == ["#### Errors", "", "| where | rule | message | quotes |"]
    [conflict] = [line for line in lines if "`inconsistency`" in line]
    assert conflict.startswith("| `claims/karabakh-exodus.yaml:")
    assert "**fled**: “over 100,000 of the estimated 120,000 residents of Karabakh " \
           "have already fled”" in conflict
    assert "<br>hint: fled would agree if it were at most 132,000 people" in conflict
    # the arithmetic a reader can redo, as the terminal shows it
    assert "<br>arithmetic: given the others, karabakh.departed@2023-10-03 − " \
           "karabakh.population + karabakh.remaining@2023-10-03 is at least 140,001 − " \
           "132,000 + 0 = 8,001, but relation accounting needs it ≤ 0" in conflict
    assert ("- Not checked against a text (reference documents without "
            "one): karabakh-timeline") in lines
    # the claims, collapsed: the comment leads with the findings
    start = lines.index("<details><summary>Claims by quantity (14 of 30 checked)</summary>")
    assert lines[start + 2] == "| quantity | claim | value | interval | by | status |"
    # (a "[" alone is text; a "]" that would close a link is escaped)
    assert "| `karabakh.population` | residents | estimated 120,000 people | " \
           "[108,000, 132,000] people | Armenian government | error: inconsistency |" \
           in lines
    assert "| `last_bus.passengers` | last-bus | 15 refugees | [15, 15] people | " \
           "Associated Press | unchecked |" in lines
    assert lines[-1] == "</details>"


def test_capped_with_n_more():
    findings = [Finding("value", "error", f"e{i}", Location("a.yaml", i + 1, 1))
                for i in range(25)]
    findings += [Finding("schema", "warning", "w", Location("a.yaml", 1, 1))] * 3
    text = markdown(Report(Registry(root="."), findings))
    assert text.count("| `a.yaml:") == 20
    assert "_5 more errors not shown._" in text
    assert "_3 more warnings not shown._" in text
    assert len(markdown(Report(Registry(root="."), findings), max_rows=500)) > len(text)


def test_no_findings():
    text = markdown(Report(Registry(root=".")))
    assert text == "### factcheck: 0 of 0 claims checked, 0 errors, 0 warnings\n\n" \
                   "No findings: every check passed.\n"
