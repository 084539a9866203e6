"""Names that exist (rule `unknown-quantity`): a relation, a `within`, a
`quantities:` entry or a ratio in a claim's `quantity` that names a quantity or
place nothing else declares is an error with the closest known names, so that a
typo never silently removes a check.

What declares a quantity: a claim on that quantity alone (`quantity:
karabakh.departed`, at any date) or a `quantities:` entry; in a ratio or other
expression in a claim's `quantity`, also a subject declared under `places:` (the
share "nearly all of Karabakh has fled" is `karabakh.departed /
karabakh.population` before any count of Karabakh is claimed). A `quantities:` entry
itself must be used by some claim or relation. (A `within` that names no place is
reported by the loader under this rule, with the closest places.)
"""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Iterable

from ..expr import names
from ..findings import Finding, problem
from ..registry.model import Registry
from .base import Context, check

RULE = "unknown-quantity"
CLOSEST = 3
# Up to this many known names, every one is compared with the unknown name; above it,
# only the names sharing the most three-letter pieces with it (a registry of 10,000
# claims has about 2,000 names, and comparing each of a thousand typos with all of
# them took minutes).
EXHAUSTIVE = 400
CANDIDATES = 64


class Closest:
    """The known names closest to an unknown one (difflib's ratio >= 0.8), each
    unknown name looked up once."""

    def __init__(self, known: Iterable[str]):
        self._names = known
        self.found: dict[str, list[str]] = {}
        self.pieces: dict[str, list[str]] | None = None  # made on the first lookup:
        # most registries have no unknown name, and indexing 4,000 names costs

    def __call__(self, name: str) -> list[str]:
        if name not in self.found:
            self.found[name] = difflib.get_close_matches(
                name, self._candidates(name), n=CLOSEST, cutoff=0.8)
        return self.found[name]

    def _index(self) -> None:
        self.known = sorted(set(self._names))
        self.pieces = {}
        if len(self.known) > EXHAUSTIVE:
            for name in self.known:
                for piece in _pieces(name):
                    self.pieces.setdefault(piece, []).append(name)
            # a piece most names share (".de", "ed ") tells them apart no better
            # than chance, and counting it would cost as much as comparing them all
            common = len(self.known) // 8
            self.pieces = {p: n for p, n in self.pieces.items() if len(n) <= common}

    def _candidates(self, name: str) -> list[str]:
        if self.pieces is None:
            self._index()
        if not self.pieces:
            return self.known
        shared = Counter(other for piece in _pieces(name) for other in self.pieces.get(piece, ()))
        if not shared:  # nothing rare in the name: compare with every name
            return self.known
        return sorted(other for other, _ in shared.most_common(CANDIDATES))


def _pieces(name: str) -> set[str]:
    padded = f"  {name} "
    return {padded[i:i + 3] for i in range(len(padded) - 2)}


def bare(name: str) -> str:
    """`karabakh.departed@2023-10-02` names `karabakh.departed`."""
    return name.split("@", 1)[0]


def declared(registry: Registry) -> set[str]:
    """The quantity names a claim (on that quantity alone) or `quantities:` declares."""
    found = set(registry.quantities)
    found.update(_bare_all({claim.expr.name for claim in registry.claims
                            if type(claim.expr).__name__ == "Name"}))
    return found


def used(registry: Registry) -> set[str]:
    """Every quantity name some claim or relation uses, in any expression."""
    found = set()
    for claim in registry.claims:
        if type(claim.expr).__name__ == "Name":  # (most claims: a call less each)
            found.add(claim.expr.name)
        elif claim.expr is not None:
            found.update(names(claim.expr))
    for relation in registry.relations:
        if relation.comparison is not None:
            found.update(names(relation.comparison))
    return _bare_all(found)


def _bare_all(found: set[str]) -> set[str]:
    """Each name bare: the set itself when none names a date (a call per distinct
    name at most, not one per claim)."""
    if any("@" in name for name in found):
        return {bare(name) for name in found}
    return found


@check("unknown-quantity")
def names_that_exist(context: Context) -> Iterable[Finding]:
    """A name refers to a quantity or place nothing declares.

    What it checks:
        A relation, a `quantities:` entry or a ratio in a claim's `quantity` that
        names a quantity no claim and no `quantities:` entry declares (a ratio's
        parts may also be counts of a place under `places:`), and a `within` that
        names no place. The message gives the closest known names.

    Why it matters:
        A misspelled name in a relation makes a new, free quantity: the relation
        then holds whatever the claims say, and a check the registry seems to make
        is silently gone.

    Example that fails:
        document: {id: d, published: 2023-10-03}
        claims:
          - id: fled
            quantity: karabakh.departed
            value: over 100,000 people
          - id: residents
            quantity: karabakh.population
            value: about 120,000 people
        relations:
          - id: fewer-left
            holds: karabakh.departd <= karabakh.population

    Fixed:
        document: {id: d, published: 2023-10-03}
        claims:
          - id: fled
            quantity: karabakh.departed
            value: over 100,000 people
          - id: residents
            quantity: karabakh.population
            value: about 120,000 people
        relations:
          - id: fewer-left
            holds: karabakh.departed <= karabakh.population

    How to fix:
        Correct the name (the message gives the closest known names), or declare it
        with a claim, under `quantities:` or under `places:`.
    """
    yield from context.noticed_as(RULE)  # a within naming no place, from the loader
    yield from unknown_names(context.registry)


def unknown_names(registry: Registry) -> Iterable[Finding]:
    known = declared(registry)
    closest = Closest(known)
    for relation in registry.relations:
        if relation.comparison is None:
            continue
        for name in _missing(names(relation.comparison), known):
            yield _finding(f"relation {relation.id!r}", name, closest,
                           relation.holds_location or relation.location)
    places = set(registry.places)
    for claim in registry.claims:
        if claim.expr is None or "/" not in claim.quantity:
            continue  # a claim on one quantity declares it; the contract asks of ratios
        parts = [n for n in names(claim.expr) if bare(n).split(".")[0] not in places]
        for name in _missing(parts, known):
            yield _finding(f"claim {claim.id!r}", name, closest,
                           claim.quantity_location or claim.location, (claim.id,))
    in_use = used(registry)
    unused = [info for info in registry.quantities.values() if info.name not in in_use]
    closest_used = Closest(in_use) if unused else None
    for info in unused:
        yield _finding("the `quantities:` entry", info.name, closest_used, info.location,
                       what="no claim or relation uses it")


def _missing(found: list[str], known: set[str]) -> list[str]:
    return [name for name in dict.fromkeys(bare(n) for n in found) if name not in known]


def _finding(where: str, name: str, closest: Closest, location, claims=(),
             what: str | None = None) -> Finding:
    close = closest(name)
    guess = f"; did you mean {' or '.join(close)}?" if close else ""
    message = f"{name}: no such quantity ({where} names it, {what or 'nothing declares it'}){guess}"
    return problem(RULE, message, location, tuple(claims),
                   f"correct the name, or declare {name} with a claim or under `quantities:`")
