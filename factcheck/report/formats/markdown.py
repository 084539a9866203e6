"""Markdown sized for a pull-request comment: a summary line, then tables of errors,
warnings and info findings (where, rule, message, the claims' quotes), at most
`max_rows` rows in all ("N more ... not shown" after that), then the notes."""

from __future__ import annotations

from ...findings import Finding
from ..value import Report
from .text import summary_line

MAX_ROWS = 20  # a PR comment; the step summary asks for more
MAX_CELL = 300  # characters of one message
MAX_QUOTE = 120
LEVELS = (("error", "Errors"), ("warning", "Warnings"), ("info", "Info"))


def cell(text: str, limit: int = MAX_CELL) -> str:
    """Text safe in a table cell: no pipes, no raw HTML, one line, capped."""
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace("|", "\\|").replace("\r", "").replace("\n", "<br>")


def _where(finding: Finding) -> str:
    place = f"{finding.file}:{finding.line}" if finding.line else finding.file
    return f"`{place.replace('`', '')}`"


def _quotes(finding: Finding, report: Report) -> str:
    out = []
    for claim_id in finding.claims:
        claim = report.registry.claim(claim_id)
        if claim is not None and claim.quote:
            out.append(f"**{cell(claim_id)}**: “{cell(claim.quote, MAX_QUOTE)}”")
    return "<br>".join(out)


def _row(finding: Finding, report: Report) -> str:
    text = finding.message + (f"\nhint: {finding.hint}" if finding.hint else "")
    return (f"| {_where(finding)} | `{finding.rule}` | {cell(text)} | "
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
    lines += [f"- {cell(note, 1000)}" for note in report.notes]
    return "\n".join(lines).rstrip("\n") + "\n"
