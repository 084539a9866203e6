"""The terminal report: rich tables of claims, findings and implied ranges."""

from __future__ import annotations

import io

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..value import Report
from .text import CLAIM_HEADERS, claim_rows, summary_line

STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def _status_style(status: str) -> str:
    return STYLE.get(status.split(":")[0], "green")


def _claims_table(report: Report) -> Table:
    table = Table(title="Claims", title_justify="left", expand=False)
    for header in CLAIM_HEADERS:
        table.add_column(header, overflow="fold")
    for row in claim_rows(report):
        table.add_row(*row[:-1], Text(row[-1], style=_status_style(row[-1])))
    return table


def _findings(report: Report, console: Console) -> None:
    console.print(Text("Findings", style="bold"))
    for finding in report.findings:
        head = Text()
        head.append(f"{finding.location}: ", style="bold")
        head.append(f"{finding.severity} ", style=STYLE.get(finding.severity, ""))
        head.append(f"[{finding.rule}] ", style="dim")
        head.append(finding.message)
        console.print(head)
        for detail in finding.details:
            console.print(Text("    " + detail))
        if finding.hint and finding.hint not in finding.details:
            console.print(Text(f"    hint: {finding.hint}", style="italic"))


def _ranges_table(report: Report) -> Table:
    table = Table(title="What the registry implies", title_justify="left")
    table.add_column("quantity")
    table.add_column("range")
    for r in report.ranges:
        table.add_row(str(r.key), r.describe())
    return table


def render(report: Report, color: bool = True, width: int | None = None) -> str:
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=color, no_color=not color,
                      width=width or 140, highlight=False)
    if report.registry.claims:
        console.print(_claims_table(report))
    if report.findings:
        _findings(report, console)
    if report.ranges:
        console.print(_ranges_table(report))
    for note in report.notes:
        console.print(Text(note, style="dim"))
    console.print(Text(summary_line(report), style="bold red" if report.errors else "bold"))
    return buffer.getvalue()
