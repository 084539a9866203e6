"""The registry of checks: every rule id the code reports is a registered check with
a documentation page in the fixed sections, and severity comes from it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from factcheck import checks
from factcheck.checks.base import SECTIONS
from factcheck.findings import Location, problem

PACKAGE = Path(__file__).resolve().parents[2] / "factcheck"
# problem("rule", ...), noticed("rule", ...), RULE = "rule", rule="rule", and the
# consistency rules' classify(): return "rule", ...
PATTERNS = [re.compile(r'(?:problem|noticed)\(\s*"([a-z-]+)"'),
            re.compile(r'^RULE = "([a-z-]+)"', re.M), re.compile(r'rule="([a-z-]+)"'),
            re.compile(r'return \(?"([a-z-]+)", (?:False|across)')]


def test_rule_ids_in_the_code_are_registered_checks():
    found = set()
    for path in PACKAGE.rglob("*.py"):
        text = path.read_text("utf-8")
        for pattern in PATTERNS:
            found |= set(pattern.findall(text))
    assert {"yaml", "schema", "quote", "rounding", "trend", "unit", "unknown-key"} <= found
    assert found <= set(checks.CHECKS), found - set(checks.CHECKS)


@pytest.mark.parametrize("rule", sorted(checks.CHECKS))
def test_every_check_has_its_documentation_page(rule):
    doc = checks.CHECKS[rule].doc
    missing = [section for section in SECTIONS if not doc.get(section)]
    assert not missing, f"{rule}: no section {missing}"
    assert checks.CHECKS[rule].short.endswith(".")


def test_severity_comes_from_the_check_then_the_configuration():
    where = Location("a.yaml", 1, 1)
    found = [problem("quote", "m", where), problem("unknown-key", "m", where),
             problem("trend", "m", where, across=True), problem("trend", "m", where)]
    assert [f.severity for f in checks.settle(found)] == [
        "error", "warning", "warning", "error"]
    settled = checks.settle(found, {"quote": "info"}, disabled={"unknown-key"})
    assert [(f.rule, f.severity) for f in settled] == [
        ("quote", "info"), ("trend", "warning"), ("trend", "error")]


def test_a_rule_that_is_not_ours_keeps_its_finders_severity():
    assert checks.rule("brand-new") is None
    (settled,) = checks.settle([problem("brand-new", "m", Location("a.yaml"))])
    assert settled.severity == "error"
