"""The JSON object of the contract: findings, quantities, unchecked claims, summary."""

from __future__ import annotations

from ..value import Report
from .escape import json_text
from .indented_json import dumps


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
