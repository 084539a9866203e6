"""The JSON object of the contract: findings, quantities, summary."""

from __future__ import annotations

import json

from ..report import Report


def as_dict(report: Report) -> dict:
    return {
        "findings": [f.to_json() for f in report.findings],
        "quantities": {str(r.key): r.to_json() for r in report.ranges},
        "summary": report.summary(),
    }


def render(report: Report) -> str:
    return json.dumps(as_dict(report), ensure_ascii=False, indent=2) + "\n"
