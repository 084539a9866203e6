"""The claims grouped by the quantity they speak of, as the terminal, Markdown and
HTML reports list them: the groups that hold a finding first, then those whose
claims are checked, then the unchecked rest, each by name."""

from __future__ import annotations

from dataclasses import dataclass, field

from ... import expr as expr_mod
from ..value import Report

CLAIM_HEADERS = ("claim", "value", "interval", "by", "status")


def quantity_of(claim) -> str:
    """The claim's quantity in canonical form (one spelling per quantity)."""
    return expr_mod.to_text(claim.expr) if claim.expr is not None else claim.quantity


@dataclass
class Group:
    name: str
    claims: list = field(default_factory=list)  # registry.model.Claim
    implied: list = field(default_factory=list)  # engine.explain.Range

    def implied_text(self) -> str:
        """"[108,000, 132,000] people", or one range per date of a dated quantity."""
        return "; ".join((f"{str(r.key).split('@', 1)[1]}: " if r.key.date is not None
                          else "") + r.describe() for r in self.implied)


def groups(report: Report) -> list[Group]:
    by_name: dict[str, Group] = {}
    for claim in report.registry.claims:
        _group(by_name, quantity_of(claim)).claims.append(claim)
    for found in report.ranges:
        _group(by_name, found.key.name).implied.append(found)
    named = {cid for finding in report.findings if finding.rule != "coverage"
             for cid in finding.claims}

    def order(group: Group):
        found = any(c.id in named for c in group.claims)
        checked = any(report.is_checked(c.id) for c in group.claims)
        return (not found, not checked, group.name)

    return sorted(by_name.values(), key=order)


def _group(by_name: dict[str, Group], name: str) -> Group:
    """The group of that name, made the first time (not once per claim, as
    setdefault would make it: a table has 100,000 claims)."""
    group = by_name.get(name)
    if group is None:
        group = by_name[name] = Group(name)
    return group


def claim_row(claim, status: str) -> tuple[str, ...]:
    """`status`: the claim's, from Report.statuses()."""
    interval = claim.interval.describe() if claim.interval is not None else "?"
    return (claim.id, claim.value_text, interval, claim.by or "", status)
