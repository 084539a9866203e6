"""Coverage: which claims some check could refuse together with another claim.

A claim is *checked* when its value meets another value through a check:

- another claim on the same quantity at the same date (at another date only through
  the quantity's `trend`);
- a relation that names its quantity, when each other quantity of the relation has
  a claim (a quantity nothing claims can absorb any value, so the relation alone
  could never refuse);
- a place `within` another, when the same person count of a place above or below
  it has a claim;
- the duration rule `X.duration == X.end - X.start`, when the two other members
  have claims;
- a ratio (or any expression) of quantities: a claim on `a / b` when `a` and `b`
  both have claims, and a claim on `a` when a claim on an expression naming `a` has
  its other parts claimed.

Everything else is *unchecked*: its quote and grammar were checked, nothing
cross-validates its number, and no report may call it "ok". Where a link could
refuse only in some cases the claim counts as unchecked: an unchecked claim shown
as checked is the error a reader cannot see.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from .. import expr as expr_mod
from ..engine.build import dated_quantities
from ..engine.measures import interval_dimension
from ..findings import Finding, Location, problem
from ..registry.model import Claim, Registry
from ..units import POPULATION
from .base import Context, check

RULE = "coverage"
MINIMUM = "min_coverage"  # Context.memo key: `verify --min-coverage`, when given


def unchecked(registry: Registry, checked: set[str] | None = None) -> list[str]:
    """The ids of the unchecked claims, in registry order (`checked`: checked_ids,
    when already known)."""
    if checked is None:
        checked = checked_ids(registry)
    return [c.id for c in registry.claims if c.id not in checked]


def checked_ids(registry: Registry) -> set[str]:
    readable = [c for c in registry.claims if c.expr is not None and c.interval is not None]
    index = _Index(registry, readable)
    checked = _shared_values(registry, readable, index)
    for claim in readable:
        if claim.id in checked:
            continue
        names = index.names[claim.id]
        if _parts_claimed(claim, names, index) or any(
                _in_relation(claim, name, index) or _in_duration(claim, name, index)
                or _in_within(claim, name, index) for name in names):
            checked.add(claim.id)
    _mark_parts_of_expressions(readable, index, checked)
    return checked


def share(registry: Registry) -> tuple[int, int]:
    """(checked, all claims)."""
    return len(checked_ids(registry)), len(registry.claims)


@check(RULE)
def coverage(context: Context) -> Iterable[Finding]:
    """Too few claims are checked against another.

    What it checks:
        With `verify --min-coverage PERCENT`: the share of claims that some check
        could refuse together with another claim is below PERCENT. A claim is
        checked when another claim shares its quantity (at its date, or at any date
        through a trend), or its quantity takes part in a relation whose other
        quantities have claims, a place within another, the duration rule
        (X.duration, X.start, X.end) or a ratio whose parts have claims.

    Why it matters:
        An unchecked claim's quote and wording are checked, but nothing
        cross-validates its number: a registry where most claims stand alone passes
        every check while verifying little.

    Example that fails:
        # verify --min-coverage 100
        document: {id: d, published: 2023-10-03}
        claims:
          - id: last-bus
            quantity: last_bus.passengers
            value: 15 refugees

    Fixed:
        # verify --min-coverage 100
        document: {id: d, published: 2023-10-03}
        claims:
          - id: last-bus
            quantity: last_bus.passengers
            value: 15 refugees
        relations:
          - id: bus-seats
            holds: last_bus.passengers <= 60 people
            why: a coach seats at most 60

    How to fix:
        Tie the unchecked claims to others: a claim from another source on the same
        quantity, or a relation between quantities; or lower --min-coverage.
    """
    minimum = context.memo.get(MINIMUM)
    if minimum is not None:
        found = below_minimum(context.registry, unchecked(context.registry), minimum)
        if found is not None:
            yield found


def below_minimum(registry: Registry, unchecked_ids: list[str],
                  minimum: float) -> Finding | None:
    """An error when the checked share is below `minimum` percent, placed at the
    first unchecked claim and naming them all."""
    total = len(registry.claims)
    checked = total - len(unchecked_ids)
    if not total or checked * 100 >= minimum * total:
        return None
    first = registry.claim(unchecked_ids[0])
    shown = ", ".join(unchecked_ids[:10]) + (", ..." if len(unchecked_ids) > 10 else "")
    return problem(
        RULE,
        f"only {checked} of {total} claims are checked ({100 * checked / total:.1f}%, "
        f"below the minimum of {minimum:g}%); nothing cross-validates {shown}",
        first.location if first is not None else Location(registry.root),
        tuple(unchecked_ids),
        "tie the unchecked claims to others: a claim from another source on the same "
        "quantity, or a relation between quantities")


class _Index:
    """What the links look up, built once: large registries hold 100,000 claims."""

    def __init__(self, registry: Registry, claims: list[Claim]):
        self.claimed: dict[str, set[str]] = defaultdict(set)  # name -> claim ids
        self.people: set[str] = set()  # names with a claim counting people
        self.names = {c.id: expr_mod.names(c.expr) for c in claims}  # read once
        for claim in claims:
            for name in self.names[claim.id]:
                self.claimed[name].add(claim.id)
            if isinstance(claim.expr, expr_mod.Name) and \
                    interval_dimension(claim.interval) == POPULATION:
                self.people.add(claim.expr.name)
        self.relations: dict[str, list[list[str]]] = defaultdict(list)
        for relation in registry.relations:
            if relation.comparison is not None:
                names = expr_mod.names(relation.comparison)
                for name in names:
                    self.relations[name].append(names)
        self.places = registry.places
        self.children: dict[str, list[str]] = defaultdict(list)
        for place in registry.places.values():
            if place.within in registry.places:
                self.children[place.within].append(place.id)

    def others(self, name: str, claim_id: str) -> bool:
        """Whether a claim other than `claim_id` names `name`."""
        ids = self.claimed.get(name)
        return bool(ids) and (len(ids) > 1 or claim_id not in ids)


def _shared_values(registry: Registry, claims: list[Claim], index: _Index) -> set[str]:
    """Claims that share a value with another claim: the same expression at the same
    date, or at different dates of a quantity with a trend."""
    dated = dated_quantities(registry)  # (the engine's own reading of what changes)
    trended = {name for name, info in registry.quantities.items() if info.trend}
    groups: dict[tuple, list[str]] = defaultdict(list)
    for claim in claims:
        names = index.names[claim.id]
        if isinstance(claim.expr, expr_mod.Name) and claim.expr.name in trended:
            when = "trend"  # every date of the quantity is tied to the others
        else:
            when = claim.date if any(n in dated for n in names) else None
        groups[(expr_mod.to_text(claim.expr), when)].append(claim.id)
    return {i for ids in groups.values() if len(ids) > 1 for i in ids}


def _parts_claimed(claim: Claim, names: list[str], index: _Index) -> bool:
    """A claim on an expression of several quantities (a ratio, a sum), each of which
    another claim pins down."""
    if isinstance(claim.expr, expr_mod.Name) or not names:
        return False
    return all(index.others(name, claim.id) for name in names)


def _mark_parts_of_expressions(claims, index: _Index, checked: set[str]) -> None:
    """A claim on `a` is checked by a claim on `a / b` when that claim's other parts
    are claimed too: the three can refuse each other."""
    by_name: dict[str, list[str]] = defaultdict(list)
    for claim in claims:
        if isinstance(claim.expr, expr_mod.Name):
            by_name[claim.expr.name].append(claim.id)
    for whole in claims:
        if isinstance(whole.expr, expr_mod.Name):
            continue
        names = index.names[whole.id]
        if _parts_claimed(whole, names, index):
            for name in names:
                checked.update(by_name.get(name, ()))


def _in_relation(claim: Claim, name: str, index: _Index) -> bool:
    # with no other name, a bound by numbers alone ("x <= 100 people") refuses too
    return any(all(index.others(n, claim.id) for n in names if n != name)
               for names in index.relations.get(name, ()))


def _in_duration(claim: Claim, name: str, index: _Index) -> bool:
    subject, _, measure = name.rpartition(".")
    if measure not in ("duration", "start", "end") or not subject:
        return False
    others = [f"{subject}.{m}" for m in ("duration", "start", "end") if m != measure]
    return all(index.others(other, claim.id) for other in others)


def _in_within(claim: Claim, name: str, index: _Index) -> bool:
    """Person counts of places nested in one another: stepanakert.remaining against
    karabakh.remaining, either way round."""
    place, _, measure = name.partition(".")
    if name not in index.people or place not in index.places:
        return False
    return any(f"{other}.{measure}" in index.people
               and index.others(f"{other}.{measure}", claim.id)
               for other in _nested(place, index))


def _nested(place: str, index: _Index) -> set[str]:
    """Every place above `place` (its `within` chain) and below it; a cycle of places
    (a schema finding) ends each walk where it closes."""
    found: set[str] = set()
    step = index.places[place].within
    while step in index.places and step not in found and step != place:
        found.add(step)
        step = index.places[step].within
    stack = list(index.children.get(place, ()))
    while stack:
        child = stack.pop()
        if child not in found and child != place:
            found.add(child)
            stack.extend(index.children.get(child, ()))
    return found
