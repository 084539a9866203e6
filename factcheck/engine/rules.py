"""Relations and the built-in rules, instantiated at every date they speak of.

Built-in rules: a place `within` another has at most as many people for every
person-count measure both have; `X.duration == X.end - X.start` whenever all three
exist; a `trend` orders a quantity's values by date.
"""

from __future__ import annotations

from .. import expr as expr_mod
from .. import units
from ..findings import FactcheckError, Finding, problem as noticed
from ..registry.model import Registry
from . import instants, products
from .problem import Problem, at_day, linear_atoms_of, linear_sides
from .measures import quantity_names
from .constraints import Atom, Constraint, when_text
from .constraints import key as var_key


class Orders:
    """Where each trended quantity and each place stands in the registry's order: a
    part of a split registry (spread.py: its places and quantities are the whole
    registry's) finds its own rules' order here instead of walking every quantity
    and place of the whole registry again, part after part."""

    def __init__(self, registry: Registry):
        self.trended = {name: (k, info) for k, (name, info) in enumerate(
            item for item in registry.quantities.items() if item[1].trend)}
        self.places = {place_id: k for k, place_id in enumerate(registry.places)}


def rule_constraints(registry: Registry, problem: Problem, dated: set[str],
                     quantities: list[str] | None = None,
                     orders: Orders | None = None) -> list[Constraint]:
    """`quantities`: quantity_names(registry), when the caller has it already;
    `orders`: Orders(registry), likewise."""
    orders = orders or Orders(registry)
    dates = _claim_dates(problem)
    out: list[Constraint] = []
    uses = None  # where each quantity appears: counted once, for products only
    for relation in registry.relations:
        if relation.comparison is None:
            continue
        if products.has_product(relation.comparison):
            uses = uses or products.Uses(registry)
            out.extend(_product(relation, problem, dated, dates, uses))
            continue
        out.extend(_relation(relation, problem, dated, dates))
    names = set(quantity_names(registry) if quantities is None else quantities)
    out.extend(_within(registry, names, problem, dated, dates, orders.places))
    out.extend(_durations(names, dated, dates, finer_durations(registry)))
    out.extend(_trends(orders.trended, out + problem.constraints))
    return out


def _claim_dates(problem: Problem) -> dict[str, set[int]]:
    dates: dict[str, set[int]] = {}
    for constraint in problem.constraints:
        for key in constraint.variables:
            if key.date is not None:
                dates.setdefault(key.name, set()).add(key.date)
    return dates


def _instances(refs: list, dated: set[str], dates: dict[str, set[int]]):
    """One variable mapping per date at which any of the names written without a
    date has a value; a `name@DATE` is that date's value in every instance."""
    fixed = {ref.key: var_key(ref.name, at_day(ref.at)) for ref in refs if ref.at}
    names = [ref.name for ref in refs if not ref.at]
    when = sorted(set().union(*(dates.get(n, set()) for n in names if n in dated)))
    if not when:
        yield None, {**{n: var_key(n) for n in names}, **fixed}
        return
    for day in when:
        yield day, {**{n: var_key(n, day if n in dated else None) for n in names}, **fixed}


def _suffix(day) -> str:
    return "" if day is None else "@" + when_text(day)


def _relation(relation, problem: Problem, dated, dates) -> list[Constraint]:
    refs = expr_mod.references(relation.comparison)
    try:
        expr_mod.dimension_of(relation.comparison, problem.dims)
        sides, op = linear_sides(relation.comparison), relation.comparison.op
        instances = [(day, linear_atoms_of(sides, op, keys))
                     for day, keys in _instances(refs, dated, dates)]
    except FactcheckError as error:
        problem.findings.append(noticed("unit", error.message,
                                        relation.holds_location or relation.location,
                                        (relation.id,), error.hint))
        return []
    return [Constraint(f"relation:{relation.id}{_suffix(day)}", "relation", atoms,
                       f"relation {relation.id}", source=relation)
            for day, atoms in instances]


def _product(relation, problem: Problem, dated, dates, uses) -> list[Constraint]:
    """`X == Y * Z` with a claim-only factor Z (products.py); a unit finding when
    the units do not mix or the product cannot be kept linear."""
    refs = expr_mod.references(relation.comparison)
    try:
        expr_mod.dimension_of(relation.comparison, problem.dims)
        return products.product_constraints(relation, problem,
                                            list(_instances(refs, dated, dates)), uses)
    except FactcheckError as error:
        problem.findings.append(noticed("unit", error.message,
                                        relation.holds_location or relation.location,
                                        (relation.id,), error.hint))
        return []


def _measured_ancestors(registry: Registry, measured: set[str]):
    """place id -> its ancestors that have measures of their own, nearest first.
    Places with none are passed over once for all (a memo of each place's nearest
    measured ancestor), so a deep chain of places costs its length, not its square;
    a cycle of places (a schema finding) ends each walk where it closes."""
    nearest: dict[str, str | None] = {}

    def nearest_measured(place_id: str) -> str | None:
        path, on_path = [], {place_id}
        parent = registry.places[place_id].within
        while parent in registry.places and parent not in measured \
                and parent not in nearest and parent not in on_path:
            path.append(parent)
            on_path.add(parent)
            parent = registry.places[parent].within
        if parent in measured and parent in registry.places:
            found = parent
        else:  # memoised, or the chain's top, or a cycle of unmeasured places
            found = nearest.get(parent)
        for step in path:
            nearest[step] = found
        return found

    def ancestors(place_id: str) -> list[str]:
        chain, seen = [], {place_id}
        parent = nearest_measured(place_id)
        while parent is not None and parent not in seen:
            chain.append(parent)
            seen.add(parent)
            parent = nearest_measured(parent)
        return chain

    return ancestors


def _within(registry, names, problem, dated, dates, place_order: dict) -> list[Constraint]:
    by_place: dict[str, list[str]] = {}
    for name in names:
        by_place.setdefault(name.split(".", 1)[0], []).append(name)
    edges = []  # (place, parent, name, outer): name <= outer
    ancestors = _measured_ancestors(registry, set(by_place))
    # The places these names measure, in the registry's order of places.
    for place_id in sorted((p for p in by_place if p in place_order),
                           key=place_order.__getitem__):
        for name in sorted(by_place[place_id]):
            if problem.dims.get(name) != units.POPULATION:
                continue
            # Only the nearest place above with this measure: the ones further up
            # follow through it (≤ is transitive), so a chain of places n deep
            # makes n rules, not n²/2.
            for parent in ancestors(place_id):
                outer = parent + name[len(place_id):]
                if outer in names and problem.dims.get(outer) == units.POPULATION:
                    edges.append((place_id, parent, name, outer))
                    break
    reach = _dates_below(edges, dates)
    out = []
    for place_id, parent, name, outer in edges:
        # At the dates of the place and those below it, and at the parent's own.
        days = {name: reach.get(name, set()), outer: dates.get(outer, set())}
        out.extend(_within_rule(place_id, parent, name, outer, dated, days))
    return out


def _dates_below(edges, dates: dict[str, set]) -> dict[str, set]:
    """Each measure's dates and those of every measure below it: a rule between two
    places holds at each date of a place inside them, so the chain from a place to
    a far ancestor is unbroken at that date."""
    up = {name: outer for _, _, name, outer in edges}
    reach = {name: set(days) for name, days in dates.items()}
    for name, days in dates.items():
        seen = {name}
        outer = up.get(name)
        while outer is not None and outer not in seen and days:
            seen.add(outer)
            reach.setdefault(outer, set()).update(days)
            outer = up.get(outer)
    return reach


def _within_rule(place_id, parent, name, outer, dated, dates) -> list[Constraint]:
    out = []
    for day, keys in _instances([expr_mod.Name(name), expr_mod.Name(outer)], dated, dates):
        atom = Atom.make({keys[name]: 1, keys[outer]: -1}, 0, "<=")
        out.append(Constraint(
            f"within:{name}<={outer}{_suffix(day)}", "within", [atom],
            f"rule: {place_id} lies within {parent}, so {name} ≤ {outer}"))
    return out


def _durations(names, dated, dates, finer: set[str]) -> list[Constraint]:
    """`X.duration = X.end − X.start`. A date value is a whole day, so against a
    duration some claim gives in hours or minutes (`finer`) each date is its span
    [00:00, 24:00): the duration lies strictly within one day of end − start ("36
    hours of snowfall on Sunday and Monday" holds). A duration of days keeps exact day
    arithmetic."""
    out = []
    for name in sorted(names):
        if not name.endswith(".duration"):
            continue
        subject = name[: -len(".duration")]
        start, end = subject + ".start", subject + ".end"
        if start in names and end in names:
            triple = [expr_mod.Name(n) for n in (name, start, end)]
            for day, keys in _instances(triple, dated, dates):
                coeffs = {keys[name]: 1, keys[end]: -1, keys[start]: 1}
                atoms = [Atom.make(coeffs, 1, ">"), Atom.make(coeffs, -1, "<")] \
                    if name in finer else [Atom.make(coeffs, 0, "==")]
                spans = ", each date its whole day against hours" if name in finer else ""
                out.append(Constraint(f"duration:{subject}{_suffix(day)}", "duration",
                                      atoms, f"rule: {name} = {end} − {start}{spans}"))
    return out


def finer_durations(registry: Registry) -> set[str]:
    """The `X.duration` names some claim gives in a unit shorter than a day."""
    found = set()
    for claim in registry.claims:
        interval, name = claim.interval, claim.quantity.strip()
        if interval is not None and interval.kind == "duration" and interval.unit \
                and name.endswith(".duration") and shorter_than_a_day(interval.unit):
            found.add(name)
    return found


def shorter_than_a_day(unit: str) -> bool:
    try:
        return units.resolve(unit).factor < 1
    except FactcheckError:
        return False


def _trends(trended: dict, constraints: list[Constraint]) -> list[Constraint]:
    """`trended`: Orders.trended (name -> its place among the registry's trended
    quantities, and its declaration)."""
    out = []
    dates: dict[str, set] = {}  # every date each trended quantity has, in one pass
    for constraint in constraints:
        for key in constraint.variables:
            if key.date is not None and key.name in trended:
                dates.setdefault(key.name, set()).add(key.date)
    # (a trended quantity with no date here makes no rule: only the dated ones are
    # visited, in the registry's order)
    for name in sorted(dates, key=lambda name: trended[name][0]):
        info = trended[name][1]
        days = sorted(dates[name], key=instants.order)
        op = "<=" if info.trend == "non-decreasing" else ">="
        for before, after in zip(days, days[1:]):
            a, b = var_key(name, before), var_key(name, after)
            atom = Atom.make({a: 1, b: -1}, 0, op)
            out.append(Constraint(f"trend:{a}->{b}", "trend", [atom],
                                  f"trend: {name} is {info.trend}, so {a} {op} {b}",
                                  source=info))
    return out
