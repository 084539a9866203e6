"""What one `verify` run found: the value every output format is a function of."""

from __future__ import annotations

from collections.abc import Callable
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
    # () -> coverage.checked_ids(registry), from the cache (verify.py); None: work
    # it out here
    find_checked: Callable[[], set[str]] | None = field(default=None, repr=False)
    # (text) -> None: keep this report's JSON text in pieces for the next cached
    # run (report/quick_record.py); None: not a cached run
    keep_json: Callable[[str], None] | None = field(default=None, repr=False)

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
        checked = self.find_checked() if self.find_checked is not None else None
        return coverage.unchecked(self.registry, checked)

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
        return self._status(claim, self._worst())

    def statuses(self) -> dict[str, str]:
        """Every claim's status, in one pass over the findings (a report of 100,000
        claims has thousands of findings)."""
        worst = self._worst()
        return {claim.id: self._status(claim, worst) for claim in self.registry.claims}

    def _worst(self) -> dict[str, str]:
        """claim id -> its first error finding, else its first warning."""
        worst: dict[str, str] = {}
        for finding in self.findings:
            # a coverage finding names every unchecked claim: they say `unchecked`
            if finding.rule == coverage.RULE or finding.severity not in ("error", "warning"):
                continue
            for claim_id in finding.claims:
                known = worst.get(claim_id)
                if known is None or (finding.severity == "error"
                                     and not known.startswith("error")):
                    worst[claim_id] = f"{finding.severity}: {finding.rule}"
        return worst

    def _status(self, claim: Claim, worst: dict[str, str]) -> str:
        found = worst.get(claim.id)
        if found and found.startswith("error"):
            return found
        if self._unread(claim):
            return "unread"
        if found:
            return found
        return "ok" if self.is_checked(claim.id) else "unchecked"

    def _unread(self, claim: Claim) -> bool:
        """Whether the claim's value or quantity could not be read (report/quick_view.py
        keeps the answer with each claim's row)."""
        return claim.interval is None or claim.expr is None

    def exit_code(self, strict: bool = False) -> int:
        if self.errors or (strict and self.warnings):
            return 1
        return 0
