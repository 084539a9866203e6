"""Markdown sized for a pull-request comment: a summary line, then tables of errors,
warnings and info findings (where, rule, message with its arithmetic, the claims'
quotes), at most `max_rows` rows in all ("N more ... not shown" after that), the
notes, and the claims grouped by quantity in a collapsed table."""

from __future__ import annotations

from ...findings import Finding
from ..value import Report
from .escape import markdown, visible
from .grouped import CLAIM_HEADERS, claim_row, groups
from .text import summary_line

MAX_ROWS = 20  # a PR comment; the step summary asks for more
MAX_CELL = 300  # characters of one cell
MAX_MESSAGE = 1200  # a message with its arithmetic: 20 of them fit in one comment
MAX_QUOTE = 120
MAX_CLAIMS = 300  # rows of the collapsed claims table: a comment holds 65,536 characters
LEVELS = (("error", "Errors"), ("warning", "Warnings"), ("info", "Info"))


def cell(text: str, limit: int = MAX_CELL) -> str:
    """Text safe in a table cell: no pipes, no raw HTML, one line, capped."""
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return "<br>".join(markdown(line) for line in text.split("\n"))


def _where(finding: Finding) -> str:
    return _code(f"{finding.file}:{finding.line}" if finding.line else finding.file)


def _code(text: str) -> str:
    """A code span in a table cell: Markdown escapes mean nothing inside it, but a
    `|` still ends the cell unless escaped, and a backtick would end the span."""
    return "`" + visible(text).replace("`", "").replace("|", "\\|") + "`"


def _quotes(finding: Finding, report: Report) -> str:
    out = []
    for claim_id in finding.claims:
        claim = report.registry.claim(claim_id)
        if claim is not None and claim.quote:
            out.append(f"**{cell(claim_id)}**: “{cell(claim.quote, MAX_QUOTE)}”")
    return "<br>".join(out)


def _row(finding: Finding, report: Report) -> str:
    lines = [finding.message, *finding.details]
    if finding.hint and finding.hint not in finding.details:
        lines.append(f"hint: {finding.hint}")
    text = "\n".join(lines)
    return (f"| {_where(finding)} | `{finding.rule}` | {cell(text, MAX_MESSAGE)} | "
            f"{_quotes(finding, report)} |")


def _section(title: str, findings: list[Finding], room: int, report: Report) -> list[str]:
    shown = findings[:room]
    lines = [f"#### {title}", ""]
    if shown:
        lines += ["| where | rule | message | quotes |", "|---|---|---|---|"]
        lines += [_row(f, report) for f in shown]
    if len(findings) > len(shown):
        lines += ["", f"_{len(findings) - len(shown)} more {title.lower()} not shown._"]
    return lines + [""]


def _claims(report: Report, limit: int = MAX_CLAIMS) -> list[str]:
    """The claims by quantity, collapsed: the comment leads with the findings."""
    rows = [(g.name, claim_row(report, c)) for g in groups(report) for c in g.claims]
    if not rows:
        return []
    lines = ["<details><summary>Claims by quantity "
             f"({report.checked} of {len(report.registry.claims)} checked)</summary>", "",
             "| quantity | " + " | ".join(CLAIM_HEADERS) + " |",
             "|---" * (len(CLAIM_HEADERS) + 1) + "|"]
    previous = None
    for name, row in rows[:limit]:
        shown = _code(name) if name != previous else ""
        previous = name
        lines.append(f"| {shown} | " + " | ".join(cell(c) for c in row) + " |")
    if len(rows) > limit:
        lines += ["", f"_{len(rows) - limit} more claims not shown._"]
    return lines + ["", "</details>", ""]


def render(report: Report, max_rows: int = MAX_ROWS) -> str:
    lines = [f"### factcheck: {summary_line(report)}", ""]
    room = max_rows
    for level, title in LEVELS:
        found = [f for f in report.findings if f.severity == level]
        if found:
            lines += _section(title, found, room, report)
            room = max(0, room - len(found))
    if not report.findings:
        lines += ["No findings: every check passed.", ""]
    notes = [report.coverage_note()] if report.unchecked else []
    notes += report.notes
    lines += [f"- {cell(note, 1000)}" for note in notes]
    lines += [""] + _claims(report)
    return "\n".join(lines).rstrip("\n") + "\n"
