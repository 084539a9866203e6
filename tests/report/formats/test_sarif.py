"""formats/sarif: SARIF 2.1.0 valid against the OASIS schema (tests/data), with a full
rule catalogue, repo-relative URIs, regions and fingerprints that survive line moves."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.checks import CHECKS as RULES
from factcheck.findings import Finding, Location
from factcheck.report.formats import render
from factcheck.registry.model import Registry
from factcheck.report.value import Report
from factcheck.verify import verify_paths

jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is a test dependency")

SCHEMA = json.loads((Path(__file__).parents[2] / "data" / "sarif-schema-2.1.0.json")
                    .read_text("utf-8"))
PRODUCT_RULES = ["yaml", "schema", "unit", "value", "text", "quote", "quote-number",
                 "inconsistency", "disagreement", "duplicate", "date", "trend", "rounding",
                 "coverage"]

BROKEN = {
    "bad yaml.yaml": "document:\n  id: x\n  title: [unclosed\n",
    "a.yaml": """\
        document:
          id: doc
          title: T
          text: sources/article.txt
          published: 2023-10-03
          colour: blue
        claims:
          - id: fled
            by: Armenian government
            quote: "over 100,000 of the estimated 120,000 residents of Karabakh have already fled"
            as_of: 2023-10-02
            quantity: karabakh.departed
            value: over 140,000 people
          - id: residents
            by: Armenian government
            quote: "the estimated 120,000 residents of Karabakh"
            quantity: karabakh.population
            value: estimated 120,000 people
          - id: odd
            quote: "the estimated 130,000 residents"
            quantity: town.size
            value: umpteen people
        relations:
          - id: accounting
            holds: karabakh.departed <= karabakh.population
        """,
}


def sarif(report: Report) -> dict:
    data = json.loads(render(report, "sarif"))
    jsonschema.validate(data, SCHEMA, cls=jsonschema.Draft7Validator)
    return data


def test_shipped_registry_is_valid_sarif(shipped):
    data = sarif(verify_paths([shipped]))
    assert data["version"] == "2.1.0"
    [run] = data["runs"]
    assert run["tool"]["driver"]["name"] == "factcheck"
    assert [r["ruleId"] for r in run["results"]] == ["disagreement"]


def test_rule_catalogue_has_every_product_rule(shipped):
    rules = sarif(verify_paths([shipped]))["runs"][0]["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == list(RULES)
    assert set(PRODUCT_RULES) <= set(RULES)
    for entry in rules:
        for key in ("shortDescription", "fullDescription", "help"):
            assert entry[key]["text"].strip(), (entry["id"], key)
        assert entry["defaultConfiguration"]["level"] in ("error", "warning")


def test_broken_registry_results(registry):
    folder = registry(BROKEN, article=True)
    report = verify_paths([folder])
    run = sarif(report)["runs"][0]
    rules = [r["id"] for r in run["tool"]["driver"]["rules"]]
    results = run["results"]
    assert {r["ruleId"] for r in results} >= {"yaml", "unknown-key", "quote", "value",
                                               "inconsistency"}
    for result, finding in zip(results, report.findings):
        assert rules[result["ruleIndex"]] == result["ruleId"] == finding.rule
        assert result["level"] == {"error": "error", "warning": "warning"}[finding.severity]
        location = result["locations"][0]["physicalLocation"]
        assert location["region"] == {"startLine": finding.line,
                                      "startColumn": finding.column}
        assert location["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for r in results}
    assert uris == {"reg/bad%20yaml.yaml", "reg/a.yaml"}
    [conflict] = [r for r in results if r["ruleId"] == "inconsistency"]
    assert conflict["properties"]["claims"] == ["fled", "residents", "accounting"]
    assert "hint: fled would agree" in conflict["message"]["text"]


def test_fingerprints_survive_line_moves(registry):
    folder = registry(BROKEN, article=True)
    before = sarif(verify_paths([folder]))["runs"][0]["results"]
    path = folder / "a.yaml"
    path.write_text("# moved down by a comment\n\n" + path.read_text("utf-8"), "utf-8")
    after = sarif(verify_paths([folder]))["runs"][0]["results"]

    def prints(results):
        return sorted(r["partialFingerprints"]["factcheck/v1"] for r in results)

    assert prints(before) == prints(after)
    lines = {r["locations"][0]["physicalLocation"]["region"]["startLine"]
             for r in before if "a.yaml" in json.dumps(r["locations"])}
    moved = {r["locations"][0]["physicalLocation"]["region"]["startLine"]
             for r in after if "a.yaml" in json.dumps(r["locations"])}
    assert moved == {line + 2 for line in lines}


def test_odd_locations_stay_valid():
    findings = [Finding("inconsistency", "error", "m", Location("<registry>")),
                Finding("yaml", "info", "m", Location("/abs/x y.yaml", 3, 0)),
                Finding("new-rule", "warning", "m", Location("a.yaml"))]
    run = sarif(Report(Registry(root="."), findings))["runs"][0]
    first, second, third = run["results"]
    assert first["locations"] == []
    assert second["level"] == "note"
    assert second["locations"][0]["physicalLocation"] == {
        "artifactLocation": {"uri": "file:///abs/x%20y.yaml"}, "region": {"startLine": 3}}
    assert run["tool"]["driver"]["rules"][third["ruleIndex"]]["id"] == "new-rule"
