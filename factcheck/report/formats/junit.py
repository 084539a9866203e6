"""JUnit XML, for CI test reports: one <testsuite> per claim file, one <testcase> per
claim.

A case fails (one <failure>) when an error names its claim; the failure's text holds
every error of the claim, so a conflict fails each claim of its set. Warnings and
info findings do not fail a case: they are written to its <system-out>. Findings
that name no claim (YAML, schema, text problems) belong to a case named
"file checks" of their file.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from ...findings import Finding
from ..value import Report
from .escape import visible_lines
from .text import finding_lines

FILE_CASE = "file checks"
# Characters XML 1.0 cannot hold at all, even escaped (a control byte in a quote).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _clean(text: str) -> str:
    # Lines kept; a control character a CI page would act on (\r, ESC) shown escaped.
    text = visible_lines(text)
    return _NOT_XML.sub("\ufffd", text)


class _Case:
    def __init__(self, name: str, file: str, line: int = 0):
        self.name, self.file, self.line = name, file, line
        self.findings: list[Finding] = []

    def element(self) -> ET.Element:
        name, file = _clean(self.name), _clean(self.file)
        case = ET.Element("testcase", name=name, classname=file, file=file)
        if self.line:
            case.set("line", str(self.line))
        errors = [f for f in self.findings if f.severity == "error"]
        if errors:
            failure = ET.SubElement(case, "failure", type=errors[0].rule,
                                    message=_summary(errors))
            failure.text = _lines(errors)
        others = [f for f in self.findings if f.severity != "error"]
        if others:
            ET.SubElement(case, "system-out").text = _lines(others)
        return case

    @property
    def failed(self) -> bool:
        return any(f.severity == "error" for f in self.findings)


def _summary(errors: list[Finding]) -> str:
    first = _clean(f"[{errors[0].rule}] {errors[0].message}")
    return first + (f" (and {len(errors) - 1} more)" if len(errors) > 1 else "")


def _lines(findings: list[Finding]) -> str:
    return _clean("\n".join(line for f in findings for line in finding_lines(f)) + "\n")


def _cases(report: Report) -> dict[str, dict[str, _Case]]:
    """file -> case name -> case, files in registry order."""
    files: dict[str, dict[str, _Case]] = {name: {} for name in report.registry.files}
    by_claim: dict[str, _Case] = {}
    for claim in report.registry.claims:
        case = _Case(claim.id, claim.location.file, claim.location.line)
        files.setdefault(case.file, {})[claim.id] = by_claim[claim.id] = case
    for finding in report.findings:
        owners = [by_claim[c] for c in finding.claims if c in by_claim]
        if not owners:
            cases = files.setdefault(finding.file, {})
            owners = [cases.setdefault(FILE_CASE, _Case(FILE_CASE, finding.file))]
        for case in owners:
            case.findings.append(finding)
    return files


def _suite(file: str, cases: list[_Case]) -> ET.Element:
    failures = sum(case.failed for case in cases)
    suite = ET.Element("testsuite", name=_clean(file), tests=str(len(cases)),
                       failures=str(failures), errors="0", skipped="0")
    suite.extend(case.element() for case in cases)
    return suite


def render(report: Report) -> str:
    root = ET.Element("testsuites", name="factcheck")
    for file, cases in _cases(report).items():
        if cases:
            root.append(_suite(file, list(cases.values())))
    root.set("tests", str(sum(int(s.get("tests")) for s in root)))
    root.set("failures", str(sum(int(s.get("failures")) for s in root)))
    root.set("errors", "0")
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"
