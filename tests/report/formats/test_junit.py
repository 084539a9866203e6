"""formats/junit: JUnit XML read back by a JUnit parser (junitparser) and xml.etree."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from factcheck.findings import Finding, Location
from factcheck.report.formats import render
from factcheck.registry.model import Registry
from factcheck.report.value import Report
from factcheck.verify import verify_paths

junitparser = pytest.importorskip("junitparser", reason="junitparser is a test dependency")

FILES = {
    "a.yaml": """\
        document:
          id: doc-a
          published: 2023-10-03
          colour: blue
        claims:
          - id: fled
            by: Armenian government
            quantity: karabakh.departed
            value: {low: 100000, high: null, low_open: true, unit: person}
          - id: residents
            by: Armenian government
            quantity: karabakh.population
            value: {low: 90000, high: 95000, unit: person}
          - id: fine
            quantity: town.size
            value: {low: 5, high: 9, unit: person}
        """,
    "b.yaml": """\
        relations:
          - id: accounting
            holds: karabakh.departed <= karabakh.population
        """,
}


def read(text: str, tmp_path):
    path = tmp_path / "report.xml"
    path.write_text(text, "utf-8")
    xml = junitparser.JUnitXml.fromfile(str(path))
    return {suite.name: {case.name: case for case in suite} for suite in xml}, xml


def test_suites_cases_and_failures(registry, tmp_path):
    report = verify_paths([registry(FILES)])
    suites, xml = read(render(report, "junit"), tmp_path)
    assert list(suites) == ["reg/a.yaml"]  # b.yaml holds no claim and no finding
    a = suites["reg/a.yaml"]
    assert list(a) == ["fled", "residents", "fine", "file checks"]
    fled = a["fled"]
    [failure] = fled.result
    assert isinstance(failure, junitparser.Failure)
    assert failure.type == "inconsistency"
    assert failure.message.startswith("[inconsistency] the source contradicts itself")
    assert "reg/a.yaml:9:12: error [inconsistency]" in failure.text
    assert a["residents"].result and a["fine"].result == []
    # the unknown-key warning names no claim: a case of its file, passed, in system-out
    checks = a["file checks"]
    assert checks.result == [] and "warning [unknown-key]" in checks.system_out
    suite = next(iter(xml))
    assert (suite.tests, suite.failures, suite.errors) == (4, 2, 0)


def test_findings_without_claims_and_bad_characters(tmp_path):
    findings = [Finding("yaml", "error", "bad byte \x01 in <here> & 'there'",
                        Location("x.yaml", 2, 1)),
                Finding("inconsistency", "error", "m", Location("<registry>"))]
    text = render(Report(Registry(root="."), findings), "junit")
    root = ET.fromstring(text.encode("utf-8"))  # well-formed XML
    assert root.tag == "testsuites" and root.get("failures") == "2"
    suites, _ = read(text, tmp_path)
    [failure] = suites["x.yaml"]["file checks"].result
    assert failure.message == "[yaml] bad byte \\x01 in <here> & 'there'"
    assert list(suites["<registry>"]) == ["file checks"]


def test_shipped_registry_passes(shipped, cli, tmp_path):
    run = cli("verify", "--format", "junit", "--output", "junit.xml")
    assert run.code == 0 and run.stdout == ""
    xml = junitparser.JUnitXml.fromfile(str(shipped.parent / "junit.xml"))
    cases = [case for suite in xml for case in suite]
    assert len(cases) == 30 and not any(case.result for case in cases)
