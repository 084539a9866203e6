"""Plain text: what `verify` prints when piped, and the base of the rich report.

What matters comes first: the findings, each with its arithmetic; then the claims,
grouped by quantity with what the registry implies for each; the summary last.
`quiet` keeps the findings and the summary only.
"""

from __future__ import annotations

from ...findings import Finding
from ..value import Report
from .escape import visible, visible_lines
from .grouped import CLAIM_HEADERS, claim_row, groups

__all__ = ["CLAIM_HEADERS", "claim_lines", "finding_lines", "render", "summary_line"]

INDENT = "  "  # a claim under its quantity


def finding_lines(finding: Finding) -> list[str]:
    lines = [f"{finding.location}: {finding.severity} [{finding.rule}] {finding.message}"]
    lines += [f"    {detail}" for detail in finding.details]
    if finding.hint and finding.hint not in finding.details:
        lines.append(f"    hint: {finding.hint}")
    return lines


def summary_line(report: Report) -> str:
    s = report.summary()
    return (f"{s['checked']} of {s['claims']} claim{'s' * (s['claims'] != 1)} checked, "
            f"{s['errors']} error{'s' * (s['errors'] != 1)}, "
            f"{s['warnings']} warning{'s' * (s['warnings'] != 1)}")


def claim_lines(report: Report) -> list[str]:
    """The table: a line per quantity (its name, what the registry implies), the
    quantity's claims indented under it, their columns aligned across the table."""
    lines: list[tuple[str, ...] | str] = [(INDENT + CLAIM_HEADERS[0],) + CLAIM_HEADERS[1:]]
    statuses = report.statuses()
    for group in groups(report):
        implied = group.implied_text()
        lines.append(f"{group.name}  implied {implied}" if implied else group.name)
        for claim in group.claims:
            row = claim_row(claim, statuses[claim.id])
            lines.append((INDENT + row[0],) + row[1:])
    rows = [line for line in lines if isinstance(line, tuple)]
    widths = [max(map(len, column)) for column in zip(*rows)]
    # each cell padded with spaces to its column's width, as str.ljust pads it (one
    # format per row: a table of 100,000 rows is built in a blink)
    row_format = "  ".join(f"{{:<{width}}}" for width in widths).format
    return [line if isinstance(line, str) else row_format(*line).rstrip()
            for line in lines]


def render(report: Report, quiet: bool = False) -> str:
    out: list[str] = []
    if report.findings:
        out.append("Findings")
        for finding in report.findings:
            out += finding_lines(finding)
        out.append("")
    if not quiet and (report.registry.claims or report.ranges):
        out += ["Claims by quantity", *claim_lines(report), ""]
    if not quiet:
        out += report.notes
    out.append(summary_line(report))
    text = "\n".join(out)
    if text.count("\n") == len(out) - 1:  # no line holds a line break: in one pass
        return visible_lines(text) + "\n"
    return "\n".join(visible(line) for line in out) + "\n"
