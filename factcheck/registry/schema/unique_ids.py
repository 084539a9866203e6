"""The registry-wide check: each id, and each quantity name, declared only once.

Unlike `validate`, which sees one file, this runs over the RawFiles of the whole
registry.
"""

from __future__ import annotations

from ...findings import Finding, problem, Location
from .records import RawFile
from .validation import RULE


_ID_KINDS = (("document", lambda raw: [raw.document] if raw.document else []),
             ("place", lambda raw: raw.places), ("speaker", lambda raw: raw.speakers),
             ("event", lambda raw: raw.events),
             ("quantity", lambda raw: raw.quantities), ("claim", lambda raw: raw.claims),
             ("relation", lambda raw: raw.relations))


def check_unique_ids(files: list[RawFile]) -> list[Finding]:
    """Each kind of id (and each quantity name) may be declared once in the registry."""
    findings = []
    for kind, entries_of in _ID_KINDS:
        field = "name" if kind == "quantity" else "id"
        # Each entry's Location is made only when its name is taken already: a large
        # registry has 100,000 ids and no duplicate, checked in one process.
        first_seen: dict[str, object] = {}
        for raw in files:
            for entry in entries_of(raw):
                name = entry.name if kind == "quantity" else entry.id
                if name not in first_seen:
                    first_seen[name] = entry
                    continue
                first: Location = first_seen[name].where(field)
                findings.append(problem(RULE, f"{kind} {field} '{name}' is used "
                    f"twice: also at {first}; rename or remove one of them",
                    entry.where(field), (name,) if kind == "claim" else (),
                    hint=f"{kind} ids must be unique across the whole registry"))
    return findings
