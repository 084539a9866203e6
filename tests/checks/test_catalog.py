"""catalog: every rule id the code reports is in the catalogue (SARIF rules, config)."""

from __future__ import annotations

import re
from pathlib import Path

from factcheck.checks.catalog import RULES, rule

PACKAGE = Path(__file__).resolve().parents[2] / "factcheck"
# Finding("rule", ...), RULE = "rule", and the engine's classify(): return "rule", ...
PATTERNS = [re.compile(r'Finding\(\s*"([a-z-]+)"'), re.compile(r'^RULE = "([a-z-]+)"', re.M),
            re.compile(r'return \(?"([a-z-]+)", (?:"\w+"|severity)')]


def test_rule_ids_in_the_code_are_catalogued():
    found = set()
    for path in PACKAGE.rglob("*.py"):
        text = path.read_text("utf-8")
        for pattern in PATTERNS:
            found |= set(pattern.findall(text))
    assert {"yaml", "schema", "quote", "rounding", "trend"} <= found
    assert found <= set(RULES), found - set(RULES)


def test_unknown_rule_gets_a_plain_entry():
    assert rule("quote").short.startswith("A claim's quote")
    assert rule("brand-new").id == "brand-new"
