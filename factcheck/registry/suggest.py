"""`factcheck suggest`: the relations and trends a registry's names imply and lack.

- accounting: `S.departed + S.remaining <= S.population` for a place with those
  counts (or the two of them it has): every resident left or stayed, some died; not
  for counts told only by articles more than four months from the population's;
- arrivals: `DEST.arrived <= ORIGIN.departed` when a document counts arrivals in a
  destination and the departures from one origin: those who arrived somewhere are
  among those who left;
- trends: `non-decreasing` for a cumulative count (departed, arrived, killed,
  injured, evacuated, rescued) claimed at two dates or more and declaring no trend.
A place `within` another needs no relation: the built-in rule already holds it to
its parent's people. Nothing already in the registry is suggested again.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import defaultdict
from dataclasses import dataclass, field

from ..expr import Name, names, to_text
from .model import Registry, unique_id

# counts that only grow: those who ever left, arrived, died, were hurt, evacuated or
# rescued. Not the stocks a day's report gives, which fall as people return, are
# found, released or struck off: displaced, missing, detained, registered ("247,798
# registered refugees as of April 30, compared to 248,719 as of April 15")
CUMULATIVE = frozenset("""departed arrived killed injured evacuated rescued""".split())
ACCOUNTING_WHY = "every resident either left or stayed; some died"
ARRIVALS_WHY = "those who arrived in {dest} are among those who left {origin}"


@dataclass
class Suggestions:
    relations: list[dict] = field(default_factory=list)  # {id, holds, why}
    trends: dict[str, str] = field(default_factory=dict)  # quantity -> trend

    def __bool__(self) -> bool:
        return bool(self.relations or self.trends)


def suggest(registry: Registry) -> Suggestions:
    used = _names(registry)
    have = {_canonical(r.comparison) for r in registry.relations if r.comparison is not None}
    taken = {r.id for r in registry.relations} | {c.id for c in registry.claims}
    found = Suggestions()
    for holds, why, base in [*_accounting(used, _claimed_when(registry)),
                             *_arrivals(registry)]:
        if holds in have:
            continue
        have.add(holds)
        found.relations.append({"id": unique_id(base, taken), "holds": holds, "why": why})
    found.trends = _trends(registry)
    return found


def _names(registry: Registry) -> set[str]:
    """The quantities the registry declares: those under `quantities:` and those a
    claim is made on directly. A name seen only inside a ratio ("nearly all of the
    population fled") declares nothing: a relation on it would be unknown-quantity."""
    found = set(registry.quantities)
    found.update(claim.expr.name for claim in registry.claims
                 if isinstance(claim.expr, Name))
    return found


def _canonical(comparison) -> str:
    return re.sub(r"@\S+", "", to_text(comparison))


def _accounting(used: set[str], when: dict):
    subjects = sorted({n.split(".")[0] for n in used})
    for subject in subjects:
        population = f"{subject}.population"
        departed, remaining = (f"{subject}.{m}" in used and _near(
            when.get(f"{subject}.{m}"), when.get(population)) for m in ("departed", "remaining"))
        population = population in used
        if not population or not (departed or remaining):
            continue
        parts = [f"{subject}.{m}" for m, has in (("departed", departed),
                                                  ("remaining", remaining)) if has]
        yield (f"{' + '.join(parts)} <= {subject}.population", ACCOUNTING_WHY,
               f"{subject.replace('_', '-')}-accounting")


# a population and a count of those who left, told by articles further apart than
# this, are two episodes: "as many as 28,000" in an Iranian border camp in 2018 and
# "3 million pilgrims left Iran" in 2024 are no accounting of one place's people
APART = dt.timedelta(days=120)


def _claimed_when(registry: Registry) -> dict:
    """Name -> the (document, date) of its claims; a date None when not known."""
    found: dict[str, set] = defaultdict(set)
    for claim in registry.claims:
        if isinstance(claim.expr, Name):
            when = claim.date
            when = when.date() if isinstance(when, dt.datetime) else when
            found[claim.expr.name.split("@")[0]].add((claim.document.id, when))
    return found


def _near(ours, theirs) -> bool:
    """Two names told in one article, or within APART, or with no claims or dates to
    set them apart."""
    if not ours or not theirs:
        return True
    for (doc_a, a), (doc_b, b) in itertools.product(ours, theirs):
        if doc_a == doc_b or a is None or b is None or abs(a - b) <= APART:
            return True
    return False


def _arrivals(registry: Registry):
    by_document: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for claim in registry.claims:
        if claim.expr is None:
            continue
        for name in names(claim.expr):
            subject, _, measure = name.split("@")[0].partition(".")
            by_document[claim.document.id][measure].add(subject)
    seen = set()
    for measures in by_document.values():
        origins = measures.get("departed", set())
        if len(origins) != 1:
            continue  # which origin the arrivals came from is not clear
        origin = next(iter(origins))
        for dest in sorted(measures.get("arrived", set()) - {origin}):
            if (dest, origin) not in seen:
                seen.add((dest, origin))
                yield (f"{dest}.arrived <= {origin}.departed",
                       ARRIVALS_WHY.format(dest=dest, origin=origin),
                       f"{dest.replace('_', '-')}-arrivals")


def _measure(name: str) -> str:
    """The measure of a name, without the year `extract --into` gives another event's
    count (`iran.killed_2005` is a toll as `iran.killed` is)."""
    return re.sub(r"_(?:1[5-9]|20)\d\d$", "", name.split(".")[-1])


def _trends(registry: Registry) -> dict[str, str]:
    dates: dict[str, set] = defaultdict(set)
    for claim in registry.claims:
        if claim.expr is None or type(claim.expr).__name__ != "Name":
            continue
        name = names(claim.expr)[0].split("@")[0]
        if _measure(name) in CUMULATIVE and claim.date is not None:
            dates[name].add(claim.date)
    return {name: "non-decreasing" for name in sorted(dates)
            if len(dates[name]) >= 2 and (name not in registry.quantities
                                          or registry.quantities[name].trend is None)}


