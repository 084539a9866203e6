"""What each quantity measures: people, time, a date, money, a pure number.

A quantity's dimension comes, in this order, from its declaration
(`quantities: {x: {unit: ...}}`), from claims made directly on it, from its measure
(`.start`/`.end` are dates, `.duration` is time), from relations that compare or add
it to a quantity already known or a number with a unit (the names of a sum compared
with a known non-date side all take its dimension; a date plus a name makes the name
a duration) and from claims on expressions (`a + b` at '100 people'; a share of
`a / b` makes a and b alike), and last from other quantities with the same measure
(`stepanakert.remaining` is counted like `karabakh.remaining`; never a drafted
placeholder's `unnamed_DOC.mN`), which relations and shares then spread again. What
is still unknown is a pure number.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from fractions import Fraction

from .. import expr as expr_mod
from .. import units
from ..findings import FactcheckError
from ..registry.model import Claim, Registry

DATE: units.Dimension = (("[date]", 1),)
DATE_MEASURES = ("start", "end")
TIME_MEASURES = ("duration",)
PLACEHOLDER_PREFIX = "unnamed_"  # what `extract` names when no rule can
MAX_SUSPECTS = 20  # quantities whose measure _blame_the_claim weighs again, per run


def quantity_names(registry: Registry) -> list[str]:
    seen: dict[str, None] = {}
    name_node = expr_mod.Name
    for claim in registry.claims:
        tree = claim.expr
        if type(tree) is name_node:  # most claims: one name (a call less each)
            seen.setdefault(tree.name)
        elif tree is not None:
            for name in expr_mod.names(tree):
                seen.setdefault(name)
    for relation in registry.relations:
        if relation.comparison is not None:
            for name in expr_mod.names(relation.comparison):
                seen.setdefault(name)
    for name in registry.quantities:
        seen.setdefault(name)
    return list(seen)


def resolve_unit(name: str) -> units.Unit:
    """units.resolve, remembered: a registry names a few units, again and again."""
    unit = _RESOLVED.get(name)
    if unit is None:
        unit = _RESOLVED[name] = units.resolve(name)
    return unit


_RESOLVED: dict[str, units.Unit] = {}


def interval_dimension(interval) -> units.Dimension | None:
    """The dimension a value's unit names; None for a bare number (it adopts)."""
    if interval.kind == "date":
        return DATE
    if interval.unit is None:
        return None
    return resolve_unit(interval.unit).dimension


def infer(registry: Registry, names: list[str] | None = None) -> dict[str, units.Dimension]:
    """`names`: quantity_names(registry), when the caller has it already."""
    names = quantity_names(registry) if names is None else names
    dims, claimed = _known(registry, names, skip=frozenset())
    _blame_the_claim(registry, names, dims, claimed)
    for name in names:
        dims.setdefault(name, units.DIMENSIONLESS)
    return dims


def _known(registry: Registry, names: list[str], skip: frozenset[str]):
    """Every dimension the registry gives, and the names its direct claims decided;
    the direct claims on the names in `skip` are left out."""
    dims: dict[str, units.Dimension] = {}
    for name, info in registry.quantities.items():
        if info.unit:
            try:
                dims[name] = resolve_unit(info.unit).dimension
            except FactcheckError:
                pass  # reported by the unit check
    votes: dict[str, Counter] = {}
    for claim in registry.claims:
        if isinstance(claim.expr, expr_mod.Name) and claim.interval is not None \
                and claim.expr.name not in skip and claim.expr.name not in dims:
            dim = interval_dimension(claim.interval)
            if dim is not None:
                votes.setdefault(claim.expr.name, Counter())[dim] += 1
    for name, counts in votes.items():
        # most claims win (the first written on a tie): the odd one is at fault
        dims[name] = counts.most_common(1)[0][0]
    for name in names:
        measure = name.rsplit(".", 1)[-1]
        if measure in DATE_MEASURES:
            dims.setdefault(name, DATE)
        elif measure in TIME_MEASURES:
            dims.setdefault(name, units.TIME)
    _from_relations(registry, dims)
    if _from_measures(names, dims):
        # a share of `malawi.killed / malawi.confirmed_cases` where only the killed
        # are counted like the other tolls: the cases are then people as well
        _from_relations(registry, dims)
    return dims, frozenset(votes)


def _blame_the_claim(registry: Registry, names: list[str], dims: dict,
                     claimed: frozenset[str]) -> None:
    """A quantity measured by its claims alone, where its relations and shares say
    otherwise: the measure that leaves fewer mismatches wins. One claim edited to
    '100,000 hours' on a count of people is then the one unit error, on the edited
    line, not three errors on the relations and shares that use the quantity."""
    suspects = sorted(_in_mismatches(registry, dims) & claimed)
    # Each suspect costs one more inference pass; a registry with many unit errors
    # keeps the first-decided measures beyond the first few.
    for name in suspects[:MAX_SUSPECTS]:
        other = _known(registry, names, skip=frozenset((name,)))[0].get(name)
        if other is None or other == dims[name]:
            continue
        users = _users(registry, name)
        if _mismatches(users, {**dims, name: other}) < _mismatches(users, dims):
            dims[name] = other


def _in_mismatches(registry: Registry, dims: dict) -> set[str]:
    """The names of relations and claims on expressions whose units do not match."""
    items = [r for r in registry.relations if r.comparison is not None]
    items += [c for c in registry.claims
              if c.expr is not None and not isinstance(c.expr, expr_mod.Name)]
    found: set[str] = set()
    for item in items:
        if _mismatches([item], dims):
            found.update(expr_mod.names(_tree(item)))
    return found


def _users(registry: Registry, name: str) -> list:
    return [item for item in (*registry.relations, *registry.claims)
            if _tree(item) is not None and name in expr_mod.names(_tree(item))]


def _tree(item):
    return getattr(item, "comparison", None) if not hasattr(item, "expr") else item.expr


def _mismatches(items, dims: dict) -> int:
    """How many of the claims and relations would be unit errors under `dims`."""
    count = 0
    for item in items:
        try:
            if hasattr(item, "expr"):
                if item.interval is not None:
                    unit_check(item, dims)
            else:
                expr_mod.dimension_of(item.comparison, dims)
        except FactcheckError:
            count += 1
    return count


def _from_relations(registry: Registry, dims: dict) -> None:
    """Spread known dimensions through + - and comparisons until nothing changes."""
    trees = [r.comparison for r in registry.relations if r.comparison is not None]
    trees += filter(None, map(_claim_tree, registry.claims))
    trees = [(tree, expr_mod.names(tree)) for tree in trees]
    changed = True
    while changed:
        changed = False
        for tree, names in trees:
            # a tree whose names are all known has nothing left to give
            if not all(name in dims for name in names):
                changed |= _spread(tree, dims)


def _claim_tree(claim):
    """A claim on an expression, as a comparison to spread through: `a.x + a.y` at
    'over 100 people' is compared with people; a share or percentage of `a / b` says
    that a and b measure alike."""
    expr, interval = claim.expr, claim.interval
    if expr is None or interval is None or isinstance(expr, expr_mod.Name) \
            or interval.kind == "date":
        return None
    if isinstance(expr, expr_mod.BinOp) and expr.op == "/" \
            and interval.kind in ("fraction", "percent", "ratio"):
        return expr_mod.Comparison("==", expr.left, expr.right)
    return expr_mod.Comparison("==", expr, expr_mod.Number(1, interval.unit)) \
        if interval.unit else None


def _spread(node, dims: dict) -> bool:
    """Where one side of + - or a comparison is known, the other side's unknown
    names take its dimension: a lone name, or every name of a sum of names."""
    if not isinstance(node, (expr_mod.BinOp, expr_mod.Comparison)):
        return False
    changed = _spread(node.left, dims) | _spread(node.right, dims)
    if isinstance(node, expr_mod.BinOp) and node.op not in "+-":
        return changed
    for known, unknown in ((node.left, node.right), (node.right, node.left)):
        dim = _known_dimension(known, dims)
        if dim == DATE and isinstance(node, expr_mod.BinOp):
            if node.op == "-" and unknown is node.right:
                continue  # date - x: x may be a date or a duration
            if node.op == "+":
                dim = units.TIME  # date + x: x is a duration
        summed = _summed_names(unknown)
        if dim is None or (len(summed) > 1 and (dim == DATE or any(
                expr_mod.is_date_name(n, dims) for n in summed))):
            continue  # x + y == date, x.end - y <= 3 days: a date and a duration mix
        for name in summed:
            if name not in dims:
                dims[name] = dim
                changed = True
    return changed


def _summed_names(node) -> list[str]:
    """The names of a sum or difference of names and numbers; [] for anything else."""
    if isinstance(node, expr_mod.Name):
        return [node.name]
    if isinstance(node, expr_mod.Neg):
        return _summed_names(node.operand)
    if isinstance(node, expr_mod.BinOp) and node.op in "+-":
        left, right = _summed_names(node.left), _summed_names(node.right)
        ok = all(isinstance(n, expr_mod.Number) or names
                 for n, names in ((node.left, left), (node.right, right)))
        return left + right if ok else []
    return []


def _known_dimension(node, dims: dict):
    """What the node measures when every name in it is known; None when it holds no
    name and no unit (a unitless number says nothing: it adopts what it meets)."""
    names = expr_mod.names(node)
    if not all(n in dims for n in names):
        return None
    try:
        dim = expr_mod.dimension_of(node, dims)
    except FactcheckError:
        return None
    return None if not names and dim == units.DIMENSIONLESS else dim


def _from_measures(names: list[str], dims: dict) -> bool:
    """Names still unknown take the one dimension of the others of their measure; a
    drafted placeholder (`unnamed_DOC.m3`) is linked to nothing: its `m3` is no
    measure another document's `m3` shares. Whether any name was decided."""
    by_measure: dict[str, set] = {}
    for name, dim in dims.items():
        if not name.startswith(PLACEHOLDER_PREFIX):
            by_measure.setdefault(name.rsplit(".", 1)[-1], set()).add(dim)
    decided = False
    for name in names:
        if name not in dims and not name.startswith(PLACEHOLDER_PREFIX):
            known = by_measure.get(name.rsplit(".", 1)[-1], set())
            if len(known) == 1:
                dims[name] = next(iter(known))
                decided = True
    return decided


def unit_check(claim: Claim, dims: dict) -> None:
    """FactcheckError when the claim's value and its quantity measure different
    things (measures.infer weighs where to put the blame)."""
    interval_scale(claim, dims)


def on_canonical_zero(interval):
    """The interval moved onto a scale whose zero is the canonical unit's, so that its
    unit's factor alone takes it there: 46.6 °C is 46.6 + 273.15, then × 1 kelvin;
    115.88 °F is 115.88 + 459.67, then × 5/9 (both 319.75 K). Other units: as is."""
    if not interval.unit or interval.kind == "date":
        return interval
    try:
        offset = resolve_unit(interval.unit).offset
    except FactcheckError:
        return interval
    if not offset:
        return interval
    exact = on_canonical_zero(interval.exact) if interval.exact is not None else None
    return replace(interval, low=None if interval.low is None else interval.low + offset,
                   high=None if interval.high is None else interval.high + offset,
                   exact=exact)


def interval_scale(claim: Claim, dims: dict) -> tuple[Fraction, bool]:
    """The factor from the value's unit to the canonical unit, and whether the
    interval is a count of people (snapped to whole numbers)."""
    expr_dim = expr_mod.dimension_of(claim.expr, dims)
    interval = claim.interval
    if interval.kind == "date":
        if expr_dim != DATE:
            raise FactcheckError(
                f"the value is a date but {claim.quantity!r} measures "
                f"{units.describe_dimension(expr_dim)}",
                hint="put dates on an event's `.start` or `.end`")
        return Fraction(1), False
    if interval.unit is None:
        if expr_dim in (*units.COUNTS, units.DIMENSIONLESS):
            whole = expr_dim in units.COUNTS and isinstance(claim.expr, expr_mod.Name)
            if interval.kind == "fraction" and expr_dim == units.POPULATION:
                raise FactcheckError(
                    f"{claim.value_text!r} is a share, but {claim.quantity!r} counts people",
                    hint="put shares on a ratio, e.g. `quantity: x.departed / x.population`")
            if interval.kind == "ratio" and expr_dim in units.COUNTS:
                raise FactcheckError(
                    f"{claim.value_text!r} is a change, but {claim.quantity!r} counts "
                    f"{units.describe_dimension(expr_dim)}",
                    hint="put a change on the ratio of two dates, e.g. `quantity: "
                         "x.departed@2023-10-02 / x.departed@2023-09-25`")
            return Fraction(1), whole
        raise FactcheckError(
            f"{claim.value_text!r} has no unit, but {claim.quantity!r} measures "
            f"{units.describe_dimension(expr_dim)}", hint="write the unit, e.g. '40 hours'")
    unit = resolve_unit(interval.unit)
    if unit.dimension != expr_dim:
        raise FactcheckError(
            f"{claim.value_text!r} is in {units.describe_dimension(unit.dimension)}, but "
            f"{claim.quantity!r} measures {units.describe_dimension(expr_dim)}",
            hint="check the quantity name or the unit of the value")
    whole = unit.dimension in units.COUNTS and isinstance(claim.expr, expr_mod.Name)
    return unit.factor, whole
