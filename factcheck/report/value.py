"""What one `verify` run found: the value every output format is a function of."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from ..checks import coverage
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

    @cached_property
    def unchecked(self) -> list[str]:
        """The claims no check could refuse together with another (checks/coverage),
        in registry order."""
        return coverage.unchecked(self.registry)

    @cached_property
    def _unchecked_set(self) -> frozenset[str]:
        return frozenset(self.unchecked)

    @property
    def checked(self) -> int:
        return len(self.registry.claims) - len(self.unchecked)

    def is_checked(self, claim_id: str) -> bool:
        return claim_id not in self._unchecked_set

    def coverage_note(self, limit: int = 20) -> str:
        """"N of M claims checked", and which are not (the first `limit`)."""
        total = len(self.registry.claims)
        note = f"{self.checked} of {total} claim{'s' * (total != 1)} checked"
        if not self.unchecked:
            return note
        shown = ", ".join(self.unchecked[:limit])
        more = f" and {len(self.unchecked) - limit} more" if len(self.unchecked) > limit else ""
        return (f"{note}; nothing cross-validates the other {len(self.unchecked)} "
                f"(unchecked): {shown}{more}")

    def summary(self) -> dict:
        return {"claims": len(self.registry.claims), "errors": self.errors,
                "warnings": self.warnings, "checked": self.checked,
                "unchecked": len(self.unchecked)}

    def claim_status(self, claim: Claim) -> str:
        """ok, unchecked (nothing could refuse it), unread (its value or quantity
        could not be read), or the worst finding that names it."""
        worst = None
        for finding in self.findings:
            # a coverage finding names every unchecked claim: they say `unchecked`
            if claim.id in finding.claims and finding.rule != coverage.RULE:
                if finding.severity == "error":
                    return f"error: {finding.rule}"
                if finding.severity == "warning" and worst is None:
                    worst = f"warning: {finding.rule}"
        if claim.interval is None or claim.expr is None:
            return "unread"
        if worst:
            return worst
        return "ok" if self.is_checked(claim.id) else "unchecked"

    def exit_code(self, strict: bool = False) -> int:
        if self.errors or (strict and self.warnings):
            return 1
        return 0
