"""`factcheck explain ID`: one claim or quantity, every claim on it, what is implied."""

from __future__ import annotations

from .formats.text import finding_lines
from .value import Report


def explain_text(report: Report, target: str) -> str | None:
    registry = report.registry
    claim = registry.claim(target)
    names = [target] if claim is None else _names(claim)
    on_names = [c for c in registry.claims if c.expr is not None and set(_names(c)) & set(names)]
    if claim is None and not on_names and target not in registry.quantities \
            and not _in_relations(registry, target):
        return None
    out = []
    if claim is not None:
        out.append(f"claim {claim.id} ({claim.location})")
        out.append(f"  quote: {claim.quote!r}" if claim.quote else "  quote: (none)")
        out.append(f"  by: {claim.by or claim.document.id + ' (the document itself)'}")
        out.append("")
    for name in names:
        out.append(f"quantity {name}")
        for c in on_names:
            if name in _names(c):
                interval = c.interval.describe() if c.interval else "(unread)"
                date = f" as of {c.as_of}" if c.as_of else ""
                out.append(f"  {c.id}: {c.quantity} is {c.value_text!r} → {interval}{date}"
                           f"  [{report.claim_status(c)}]")
        out += [f"  bound by: {line}" for line in _bindings(registry, name)]
        implied = [r for r in report.ranges if r.key.name == name]
        for r in implied:
            out.append(f"  implied: {r.key} in {r.describe()}")
        if not implied:
            out.append("  implied: (no range: the quantity is in a conflict or unread)")
        out.append("")
    related = [f for f in report.findings if set(f.claims) & {c.id for c in on_names}]
    if related:
        out.append("findings")
        for finding in related:
            out += ["  " + line for line in finding_lines(finding)]
    return "\n".join(out).rstrip() + "\n"


def _bindings(registry, name: str) -> list[str]:
    """Why the registry constrains the quantity beyond its own claims: the relations
    that name it, its trend, and the places it lies within or contains."""
    from .. import expr

    lines = [f"relation {r.id}: {r.holds}" + (f" ({r.why})" if r.why else "")
             for r in registry.relations
             if r.comparison is not None and name in expr.names(r.comparison)]
    info = registry.quantities.get(name)
    if info is not None and info.trend:
        lines.append(f"trend: {info.trend} over its dates")
    subject, _, measure = name.partition(".")
    place = registry.places.get(subject)
    if place is not None and place.within:
        lines.append(f"rule: {subject} lies within {place.within}, so {name} is at most "
                     f"{place.within}.{measure} (when that is counted)")
    inner = sorted(p.id for p in registry.places.values() if p.within == subject)
    if inner:
        lines.append(f"rule: {name} is at least the {measure} of each place within "
                     f"{subject} ({', '.join(inner)}), when counted")
    return lines


def _in_relations(registry, name: str) -> bool:
    """A quantity no claim speaks of may still be bound by relations (and implied)."""
    from .. import expr

    return any(name in expr.names(r.comparison) for r in registry.relations
               if r.comparison is not None)


def _names(claim) -> list[str]:
    from .. import expr

    return expr.names(claim.expr) if claim.expr is not None else []
