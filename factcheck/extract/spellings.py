"""Countries under several spellings in one text (the lexicon's `same_places`)."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from .lexicon import lexicon


def one_spelling(found: list, declared: set[str]) -> list:
    """A country under two spellings ("Democratic Republic of Congo" and "DRC", "Burma"
    and "Myanmar"; `same_places` in the lexicon) is one place, under the key of the
    spelling the text uses most (a registry's own id first): counts of both cluster."""
    groups = lexicon().same_places
    counts = Counter(p.key for p in found)
    chosen = {}
    for group in groups:
        used = [k for k in group if counts[k]]
        if len(used) > 1:
            best = max(used, key=lambda k: (k in declared, counts[k]))
            chosen.update({k: best for k in used})
    return [replace(p, key=chosen[p.key]) if p.key in chosen else p for p in found]
