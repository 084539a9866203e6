"""SARIF 2.1.0, for code-scanning upload (github/codeql-action/upload-sarif).

One run; the driver's `rules` catalogue holds every rule id factcheck has (from
the registered checks), each result points at its rule by `ruleId` and `ruleIndex`. File URIs
are relative to the working folder (`uriBaseId` %SRCROOT%: run from the repository
root). `partialFingerprints` carry the fingerprint of fingerprint.py, which stays
the same when lines move.
"""

from __future__ import annotations

import json
import os
from urllib.parse import quote

from ... import __version__
from ...checks import CHECKS as RULES
from ...checks import rule
from ...findings import Finding
from ..fingerprint import fingerprint
from ..rule_docs import help_uri, page
from ..value import Report
from .escape import json_text
from .indented_json import dumps
from .github import message

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT_KEY = "factcheck/v1"


def _rule_entry(rule_id: str) -> dict:
    entry = rule(rule_id)
    short = entry.short if entry else f"factcheck rule {rule_id}."
    result = {
        "id": rule_id,
        "name": "".join(part.capitalize() for part in rule_id.split("-")),
        "shortDescription": {"text": short},
        "fullDescription": {"text": entry.full if entry else short},
        "help": {"text": entry.help if entry else "See the message."},
        "defaultConfiguration": {"level": LEVEL[entry.severity if entry else "error"]},
    }
    if entry is not None:
        # the whole page: code scanning shows it with the alert, link or no link
        result["help"]["markdown"] = page(entry)
        uri = help_uri(rule_id)
        if uri:
            result["helpUri"] = uri
    return result


def _uri(file: str) -> dict:
    # The bytes of the name, so that a name that is not UTF-8 is its own %XX escapes.
    path = os.fsencode(file.replace("\\", "/"))
    if path.startswith(b"/"):
        return {"uri": "file://" + quote(path, safe="/")}
    return {"uri": quote(path, safe="/"), "uriBaseId": "%SRCROOT%"}


def _locations(finding: Finding) -> list[dict]:
    if not finding.file or finding.file.startswith("<"):  # "<registry>": nowhere
        return []
    physical: dict = {"artifactLocation": _uri(finding.file)}
    if finding.line:
        physical["region"] = {"startLine": finding.line}
        if finding.column:
            physical["region"]["startColumn"] = finding.column
    return [{"physicalLocation": physical}]


def _result(finding: Finding, index: dict[str, int]) -> dict:
    result = {
        "ruleId": finding.rule,
        "ruleIndex": index[finding.rule],
        "level": LEVEL.get(finding.severity, "note"),
        "message": {"text": message(finding)},
        "locations": _locations(finding),
        "partialFingerprints": {FINGERPRINT_KEY: fingerprint(finding)},
    }
    if finding.claims:
        result["properties"] = {"claims": list(finding.claims)}
    return result


def _invocation(report: Report) -> dict:
    """Coverage is no finding (unless --min-coverage makes it one): a note of the run."""
    return {"executionSuccessful": True,
            "toolExecutionNotifications": [{"level": "note",
                                            "message": {"text": report.coverage_note()}}]}


def as_dict(report: Report) -> dict:
    rule_ids = list(RULES) + sorted({f.rule for f in report.findings} - RULES.keys())
    index = {rule_id: i for i, rule_id in enumerate(rule_ids)}
    driver = {"name": "factcheck", "version": __version__,
              "rules": [_rule_entry(r) for r in rule_ids]}
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": driver},
            "columnKind": "unicodeCodePoints",
            "results": [_result(f, index) for f in report.findings],
            "invocations": [_invocation(report)],
            "properties": {"checked": report.checked, "unchecked": list(report.unchecked)},
        }],
    }


def render(report: Report) -> str:
    return json_text(dumps(as_dict(report))) + "\n"
