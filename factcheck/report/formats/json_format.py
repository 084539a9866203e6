"""The JSON object of the contract: findings, quantities, unchecked claims, summary."""

from __future__ import annotations

from json.encoder import encode_basestring

from ..value import Report
from .escape import json_text
from .indented_json import dumps, value_text


def as_dict(report: Report) -> dict:
    data = {
        "findings": [f.to_json() for f in report.findings],
        "quantities": {str(r.key): r.to_json() for r in report.ranges},
        "unchecked": list(report.unchecked),
        "summary": report.summary(),
    }
    if report.since is not None:  # only with --since: what the edit changed
        data["since"] = report.since
    return data


def render(report: Report) -> str:
    return json_text(dumps(as_dict(report))) + "\n"


# The same text from pieces kept by the cache (report/quick.py): each finding and
# each quantity written as it stands nested in the whole, joined as dumps joins them.
_NESTED = "\n    "


def finding_piece(finding) -> str | None:
    """A finding as it stands in the findings array (None: not one dumps writes)."""
    return value_text(finding.to_json(), _NESTED)


def range_piece(found) -> str | None:
    """An implied range as it stands in the quantities object, its key with it."""
    text = value_text(found.to_json(), _NESTED)
    return None if text is None else f"{encode_basestring(str(found.key))}: {text}"


def assemble(findings: list[str], quantities: list[str], unchecked: list[str],
             summary: dict) -> str | None:
    """render(report) from the pieces of its findings and ranges, in order, with its
    unchecked claims and summary (a report with no `since`)."""
    tail = value_text(unchecked, "\n  "), value_text(summary, "\n  ")
    if None in tail:
        return None
    return json_text("".join([
        '{\n  "findings": ', _joined(findings, "[", "]"),
        ',\n  "quantities": ', _joined(quantities, "{", "}"),
        ',\n  "unchecked": ', tail[0], ',\n  "summary": ', tail[1], "\n}"])) + "\n"


def _joined(pieces: list[str], opening: str, closing: str) -> str:
    if not pieces:
        return opening + closing
    return f"{opening}{_NESTED}{(',' + _NESTED).join(pieces)}\n  {closing}"
