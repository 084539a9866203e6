"""Coverage with the cache: each group of names' checked claims kept by its key.

Every link coverage.py follows stays inside one group of names (engine/components.py):
claims on the same expression name the same quantities; a relation, the duration
rule and a ratio link the names they join; `within` joins a place's count with the
same count of the places above and below it. And the group's key digests what
those links read: each claim's expression, value (its unit, so whether it counts
people), dates, the relations, each name's trend and the places it lies within.
So a group's checked claims are a function of its key: kept under it, they are
not worked out again while it is unchanged. The claims of groups not in the cache
(and those of no group, or of a group without a key) are worked out as without
this, on their own. A claim id that names two claims turns the cache off: ids are
what the answer is made of.
"""

from __future__ import annotations

from dataclasses import replace

from ..cache.shards import Sharded
from . import coverage

KIND = "coverage"


def checked_ids(registry, groups, store) -> set[str]:
    """coverage.checked_ids(registry), each group of names kept in `store` (a
    cache.Store) under its key in `groups` (components.Components) taken from it."""
    ids = [item.id for item in (*registry.claims, *registry.relations)]
    if len(set(ids)) != len(ids):  # (groups.owner maps claims and relations by id)
        return coverage.checked_ids(registry)
    kept = Sharded(store, KIND)
    known = {root: kept.entries[key] for root, key in groups.keys.items()
             if _is_entry(kept.entries.get(key))}
    checked: set[str] = set()
    for entry in known.values():
        checked.update(entry)
    rest = replace(registry,
                   claims=[c for c in registry.claims if groups.owner.get(c.id) not in known],
                   relations=[r for r in registry.relations
                              if groups.owner.get(r.id) not in known])
    found = coverage.checked_ids(rest)
    checked |= found
    fresh = {groups.keys[root]: entry for root, entry in known.items()}
    for root, key in groups.keys.items():
        fresh.setdefault(key, ())
    for claim in rest.claims:
        root = groups.owner.get(claim.id)
        if claim.id in found and root in groups.keys:
            fresh[groups.keys[root]] += (claim.id,)
    kept.replace(fresh)
    return checked


def _is_entry(entry) -> bool:
    return isinstance(entry, tuple) and all(isinstance(item, str) for item in entry)
