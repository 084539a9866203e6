"""GitHub Actions workflow commands: each finding an annotation on its file and line.

    ::error file=claims/a.yaml,line=46,col=12,endLine=46,endColumn=12,title=factcheck inconsistency::message

The runner shows at most 10 errors, 10 warnings and 10 notices of a step: errors
come first, then warnings, then info findings as notices (at most 9), then one
notice saying how many more there are. The last line is the plain summary.
"""

from __future__ import annotations

from ...findings import Finding
from ..value import Report
from .escape import visible, visible_lines
from .text import summary_line

PER_LEVEL = 10  # annotations the runner shows per level and step
COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _properties(finding: Finding) -> str:
    pairs: list[tuple[str, object]] = []
    if finding.file and not finding.file.startswith("<"):  # "<registry>": no file
        pairs.append(("file", finding.file.replace("\\", "/")))
        if finding.line:
            pairs.append(("line", finding.line))
            if finding.column:
                pairs.append(("col", finding.column))
            pairs.append(("endLine", finding.line))
            if finding.column:
                pairs.append(("endColumn", finding.column))
    pairs.append(("title", f"factcheck {finding.rule}"))
    # Escaped for the command first (a newline in a file name is %0A, the name
    # GitHub decodes), then any other control character made visible.
    return ",".join(f"{key}={visible(escape_property(str(value)))}" for key, value in pairs)


def message(finding: Finding) -> str:
    """The message, then its detail lines and hint, one per line."""
    lines = [finding.message, *finding.details]
    if finding.hint and finding.hint not in finding.details:
        lines.append(f"hint: {finding.hint}")
    # A control character would act in the CI log (colours, a line overwritten).
    return visible_lines("\n".join(lines))


def command(finding: Finding) -> str:
    level = COMMAND.get(finding.severity, "notice")
    return f"::{level} {_properties(finding)}::{escape_data(message(finding))}"


def _more(left: dict[str, int]) -> str:
    total = sum(left.values())
    parts = ", ".join(f"{n} {level}{'s' * (n != 1 and level != 'info')}"
                      for level, n in left.items() if n)
    return (f"::notice title=factcheck::{total} more finding{'s' * (total != 1)} "
            f"not shown as annotations ({parts}); the step summary or `factcheck "
            "verify` lists them all")


def render(report: Report) -> str:
    limits = {"error": PER_LEVEL, "warning": PER_LEVEL, "info": PER_LEVEL - 1}
    lines, left = [], {"error": 0, "warning": 0, "info": 0}
    for level, limit in limits.items():
        found = [f for f in report.findings if f.severity == level]
        lines += [command(f) for f in found[:limit]]
        left[level] = max(0, len(found) - limit)
    if sum(left.values()):
        lines.append(_more(left))
    lines.append(f"factcheck: {visible(summary_line(report))}")
    return "\n".join(lines) + "\n"
