"""Plain text: what `verify` prints when piped, and the base of the rich report."""

from __future__ import annotations

from ...findings import Finding
from ..value import Report


def claim_rows(report: Report) -> list[tuple[str, ...]]:
    rows = []
    for claim in report.registry.claims:
        interval = claim.interval.describe() if claim.interval is not None else "?"
        rows.append((claim.id, claim.quantity, claim.value_text, interval,
                     claim.by or "", report.claim_status(claim)))
    return rows


CLAIM_HEADERS = ("id", "quantity", "value", "interval", "by", "status")


def finding_lines(finding: Finding) -> list[str]:
    lines = [f"{finding.location}: {finding.severity} [{finding.rule}] {finding.message}"]
    lines += [f"    {detail}" for detail in finding.details]
    if finding.hint and finding.hint not in finding.details:
        lines.append(f"    hint: {finding.hint}")
    return lines


def summary_line(report: Report) -> str:
    s = report.summary()
    return (f"{s['claims']} claim{'s' * (s['claims'] != 1)}, "
            f"{s['errors']} error{'s' * (s['errors'] != 1)}, "
            f"{s['warnings']} warning{'s' * (s['warnings'] != 1)}")


def _table(headers, rows) -> list[str]:
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(headers)]
    widths[-1] = 0  # no padding after the last column

    def line(cells):
        return "  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()

    return [line(headers)] + [line(r) for r in rows]


def render(report: Report) -> str:
    out: list[str] = []
    rows = claim_rows(report)
    if rows:
        out += ["Claims", *_table(CLAIM_HEADERS, rows), ""]
    if report.findings:
        out.append("Findings")
        for finding in report.findings:
            out += finding_lines(finding)
        out.append("")
    if report.ranges:
        out.append("What the registry implies")
        out += _table(("quantity", "range"), [(str(r.key), r.describe()) for r in report.ranges])
        out.append("")
    out += report.notes
    out.append(summary_line(report))
    return "\n".join(out) + "\n"
