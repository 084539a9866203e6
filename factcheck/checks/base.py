"""The one mechanism every rule goes through: a registered check.

A check is a small function `(Context) -> iterable of Finding` registered under its
rule id with a default severity. Its docstring is its documentation page, in fixed
sections (ruff's way): what it checks, why it matters to a fact-checker, an example
registry that fails it, the same example fixed. The docs pages and SARIF's rule
catalogue are generated from it, and the examples run as tests, so a rule cannot
exist undocumented or with an example that does not fail.

Findings leave their finder without a severity; `settle` gives each the severity of
its rule, from the configuration when it sets one, else from the check. A rule that
speaks for one voice (`voiced`) is a warning when the set spans several documents or
speakers: the contract's inconsistency/disagreement rule, whatever the rule id.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from ..findings import SEVERITIES, UNSETTLED, Finding

SECTIONS = ("What it checks", "Why it matters", "Example that fails", "Fixed",
            "How to fix")


@dataclass
class Context:
    """What the checks read: the registry, what loading and solving noticed."""

    registry: object  # registry.model.Registry
    noticed: list[Finding] = field(default_factory=list)  # loader's and engine's finds
    solution: object | None = None  # engine.Solution, when the registry was solved
    table: object | None = None  # the phrase table values were read with (None: shipped)
    done: dict[str, list[Finding]] | None = None  # per-claim checks run while loading
    memo: dict = field(default_factory=dict)  # what several checks read, computed once

    def noticed_as(self, *rules: str) -> list[Finding]:
        return [f for f in self.noticed if f.rule in rules]


@dataclass(frozen=True)
class Check:
    id: str
    severity: str
    function: Callable[[Context], Iterable[Finding]]
    per_claim: bool = False  # its findings on a claim depend on that claim alone
    voiced: bool = False  # a set spanning several voices is a warning

    @property
    def doc(self) -> dict[str, str]:
        return doc_sections(self.function.__doc__ or "")

    @property
    def short(self) -> str:
        """One line: what a finding of this rule says."""
        return (self.function.__doc__ or self.id).strip().splitlines()[0]

    @property
    def full(self) -> str:
        """A paragraph: when it fires."""
        return " ".join(self.doc.get("What it checks", self.short).split())

    @property
    def help(self) -> str:
        """What to do about it."""
        return " ".join(self.doc.get("How to fix", "See the message.").split())


CHECKS: dict[str, Check] = {}


def check(rule: str, severity: str = "error", *, per_claim: bool = False,
          voiced: bool = False):
    """Register the decorated function as the check of `rule`."""
    assert severity in SEVERITIES and rule not in CHECKS, rule

    def register(function: Callable[[Context], Iterable[Finding]]):
        CHECKS[rule] = Check(rule, severity, function, per_claim, voiced)
        return function
    return register


def doc_sections(docstring: str) -> dict[str, str]:
    """The docstring's sections by heading (a line `Heading:` of SECTIONS), each
    dedented; the text before the first heading is under "summary"."""
    import textwrap

    text = textwrap.dedent("\n".join(docstring.splitlines()[1:]))
    first = docstring.strip().splitlines()[0] if docstring.strip() else ""
    parts: dict[str, str] = {"summary": first}
    heading = None
    pattern = re.compile(rf"^({'|'.join(map(re.escape, SECTIONS))}):\s*$")
    lines: list[str] = []
    for line in text.splitlines():
        found = pattern.match(line)
        if found:
            if heading:
                parts[heading] = textwrap.dedent("\n".join(lines)).strip("\n")
            heading, lines = found.group(1), []
        elif heading:
            lines.append(line)
    if heading:
        parts[heading] = textwrap.dedent("\n".join(lines)).strip("\n")
    return parts


def settle(findings: Iterable[Finding], severity: dict[str, str] | None = None,
           disabled: Iterable[str] = ()) -> list[Finding]:
    """Each finding with its rule's severity; findings of disabled rules dropped."""
    severity, disabled = severity or {}, set(disabled)
    out = []
    for finding in findings:
        if finding.rule in disabled:
            continue
        wanted = severity.get(finding.rule) or _default(finding)
        out.append(finding if wanted == finding.severity else finding.with_severity(wanted))
    return out


def _default(finding: Finding) -> str:
    spec = CHECKS.get(finding.rule)
    if spec is None:  # not a rule of ours: keep what the finder said, else an error
        return finding.severity or "error"
    if spec.voiced and finding.across and spec.severity == "error":
        return "warning"
    return spec.severity


def run(context: Context) -> list[Finding]:
    """Every registered check over the context, in registration order, unsettled."""
    findings: list[Finding] = []
    for spec in CHECKS.values():
        if context.done is not None and spec.per_claim:
            # run file by file while loading; what the engine noticed comes on top
            findings.extend(context.done.get(spec.id, ()))
            findings.extend(context.noticed_as(spec.id))
            continue
        findings.extend(spec.function(context))
    return findings


def per_claim_findings(registry, table=None) -> dict[str, list[Finding]]:
    """The per-claim checks' findings on these claims (a file read in a worker)."""
    context = Context(registry, table=table)
    return {spec.id: list(spec.function(context))
            for spec in CHECKS.values() if spec.per_claim}


__all__ = ["CHECKS", "Check", "Context", "UNSETTLED", "check", "doc_sections",
           "per_claim_findings", "run", "settle"]
