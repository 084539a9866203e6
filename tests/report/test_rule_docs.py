"""Rule documentation: one page per registered check, generated into docs/rules/
(current, or the test fails), printed by `factcheck rules`, carried by SARIF."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.checks import CHECKS
from factcheck.checks.base import SECTIONS
from factcheck.report import rule_docs
from factcheck.report.formats import render
from factcheck.verify import verify_paths

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "gen_rule_docs.py"


def test_docs_rules_is_current():
    done = subprocess.run([sys.executable, str(SCRIPT), "--check"], capture_output=True,
                          text=True)
    assert done.returncode == 0, done.stderr + "\nrun: python scripts/gen_rule_docs.py"


def test_one_page_per_rule_and_an_index_linking_each():
    pages = {path.stem for path in (ROOT / "docs" / "rules").glob("*.md")}
    assert pages == set(CHECKS) | {"README"}
    index = (ROOT / "docs" / "rules" / "README.md").read_text("utf-8")
    for rule_id in CHECKS:
        assert f"[`{rule_id}`]({rule_id}.md)" in index


@pytest.mark.parametrize("rule_id", sorted(CHECKS))
def test_a_page_has_every_section_and_its_examples_as_yaml(rule_id):
    text = rule_docs.page(CHECKS[rule_id])
    assert text.startswith(f"# `{rule_id}`: {CHECKS[rule_id].short}\n")
    headings = [line[3:] for line in text.splitlines() if line.startswith("## ")]
    assert headings == list(SECTIONS)
    failing = text.split("## Example that fails\n")[1].split("## Fixed\n")[0]
    assert "```yaml\n" in failing and "document:" in failing


def test_a_multi_file_example_is_one_block_per_file():
    text = rule_docs.page(CHECKS["disagreement"])
    failing = text.split("## Example that fails\n")[1].split("## Fixed\n")[0]
    assert failing.count("```yaml\n") == 2
    assert "`a.yaml`:" in failing and "`b.yaml`:" in failing and "---" not in failing


def test_the_severity_line_offers_the_other_severity():
    assert '`quote = "warning"`' in rule_docs.page(CHECKS["quote"])
    assert '`rounding = "error"`' in rule_docs.page(CHECKS["rounding"])


def test_sarif_carries_each_page_and_links_it_when_pages_are_published(
        tmp_path, monkeypatch):
    (tmp_path / "a.yaml").write_text("document: {id: d, published: 2023-10-03}\n",
                                     encoding="utf-8")
    report = verify_paths([tmp_path])
    rules = json.loads(render(report, "sarif"))["runs"][0]["tool"]["driver"]["rules"]
    for entry in rules:
        assert entry["help"]["markdown"] == rule_docs.page(CHECKS[entry["id"]])
        assert "helpUri" not in entry  # nowhere declared: no link made up

    base = "https://docs.example.net/factcheck/rules/"
    monkeypatch.setattr(rule_docs, "_docs_base", lambda: base)
    rules = json.loads(render(report, "sarif"))["runs"][0]["tool"]["driver"]["rules"]
    assert {entry["id"]: entry["helpUri"] for entry in rules}["quote-number"] == \
        "https://docs.example.net/factcheck/rules/quote-number.md"


def test_rules_command_lists_and_prints_pages(cli):
    listing = cli("rules")
    assert listing.code == 0
    assert [line.split()[0] for line in listing.stdout.splitlines()] == list(CHECKS)
    one = cli("rules", "quote-number")
    assert one.code == 0 and one.stdout == rule_docs.page(CHECKS["quote-number"])
    typo = cli("rules", "quote-numbr")
    assert typo.code == 2
    assert typo.stderr == ("factcheck: no rule 'quote-numbr' (did you mean "
                           "'quote-number'?) (`factcheck rules` lists them)\n")
