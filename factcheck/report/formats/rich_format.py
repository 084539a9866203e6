"""The terminal report: the findings with their arithmetic first, then the claims
grouped by quantity in one table whose cells wrap (never cut) to the terminal's
width, the summary last. The same content as the text report."""

from __future__ import annotations

import io

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..value import Report
from .escape import visible
from .grouped import CLAIM_HEADERS, claim_row, groups
from .text import summary_line

STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan", "unchecked": "magenta"}


def _status_style(status: str) -> str:
    return STYLE.get(status.split(":")[0], "green")


GAP = 2  # spaces between columns
MIN_WIDTH = 10  # a column narrower than this wraps nearly every word


def widths(rows: list[tuple[str, ...]], total: int) -> list[int]:
    """Column widths that fit `total`: each column's longest cell when they all fit;
    else the widest column gives way first, the claim ids last, none below MIN_WIDTH
    (cells wrap inside their column, never cut)."""
    out = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    room = total - GAP * (len(out) - 1)
    while sum(out) > room:
        shrinkable = [i for i in range(1, len(out)) if out[i] > MIN_WIDTH] or (
            [0] if out[0] > MIN_WIDTH else [])
        if not shrinkable:
            break
        widest = max(shrinkable, key=lambda i: out[i])
        out[widest] -= 1
    return out


def _grid(sizes: list[int]) -> Table:
    grid = Table.grid(padding=(0, GAP, 0, 0))
    for size in sizes:
        grid.add_column(width=size, overflow="fold")
    return grid


def _claims_table(report: Report, console: Console) -> None:
    """Each quantity on a line of its own (wrapped at the terminal's width), its
    claims under it in columns aligned across the whole table."""
    header = ("claim",) + CLAIM_HEADERS[1:]
    table = [(group, [claim_row(report, c) for c in group.claims])
             for group in groups(report)]
    rows = [header] + [("  " + r[0],) + r[1:] for _, claims in table for r in claims]
    sizes = widths(rows, console.width)
    console.rule(Text("Claims by quantity", style="bold"), align="left", style="dim")
    head = _grid(sizes)
    head.add_row(*(Text(h, style="bold underline") for h in header))
    console.print(head)
    for group, claims in table:
        line = Text(visible(group.name), style="bold")
        implied = group.implied_text()
        if implied:
            line.append(f"  implied {implied}", style="dim")
        console.print(line)
        if claims:
            grid = _grid(sizes)
            for row in claims:
                # Text, never a markup string: a claim's words are not rich markup
                grid.add_row(*(Text(visible(cell)) for cell in ("  " + row[0], *row[1:-1])),
                             Text(row[-1], style=_status_style(row[-1])))
            console.print(grid)
    console.print()


def _findings(report: Report, console: Console) -> None:
    console.rule(Text("Findings", style="bold"), align="left", style="dim")
    for finding in report.findings:
        head = Text()
        head.append(f"{visible(str(finding.location))}: ", style="bold")
        head.append(f"{finding.severity} ", style=STYLE.get(finding.severity, ""))
        head.append(f"[{finding.rule}] ", style="dim")
        head.append(visible(finding.message))
        console.print(head)
        for detail in finding.details:
            console.print(Text("    " + visible(detail)))
        if finding.hint and finding.hint not in finding.details:
            console.print(Text(f"    hint: {visible(finding.hint)}", style="italic"))
    console.print()


def render(report: Report, color: bool = True, width: int | None = None,
           quiet: bool = False) -> str:
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=color, no_color=not color,
                      width=width or 140, highlight=False)
    if report.findings:
        _findings(report, console)
    if not quiet and (report.registry.claims or report.ranges):
        _claims_table(report, console)
    for note in [] if quiet else report.notes:
        console.print(Text(visible(note), style="dim"))
    console.print(Text(summary_line(report), style="bold red" if report.errors else "bold"))
    return buffer.getvalue()
