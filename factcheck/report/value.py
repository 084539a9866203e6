"""What one `verify` run found: the value every output format is a function of."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..findings import Finding
from ..registry.model import Claim, Registry


@dataclass
class Report:
    registry: Registry
    findings: list[Finding] = field(default_factory=list)
    ranges: list = field(default_factory=list)  # engine.explain.Range, sorted by key
    notes: list[str] = field(default_factory=list)  # said once, not findings
    since: dict | None = None  # verify --since: the comparison (since.compare)

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.severity == "error")

    @property
    def warnings(self) -> int:
        return sum(1 for f in self.findings if f.severity == "warning")

    def summary(self) -> dict:
        return {"claims": len(self.registry.claims), "errors": self.errors,
                "warnings": self.warnings}

    def claim_status(self, claim: Claim) -> str:
        """ok, unread (its value or quantity could not be read), or the worst
        finding that names it."""
        worst = None
        for finding in self.findings:
            if claim.id in finding.claims:
                if finding.severity == "error":
                    return f"error: {finding.rule}"
                if finding.severity == "warning" and worst is None:
                    worst = f"warning: {finding.rule}"
        if claim.interval is None or claim.expr is None:
            return "unread"
        return worst or "ok"

    def exit_code(self, strict: bool = False) -> int:
        if self.errors or (strict and self.warnings):
            return 1
        return 0
