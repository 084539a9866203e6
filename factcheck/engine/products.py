"""A relation with a product of two quantities, `X == Y * Z`, kept linear.

"500 households of 4.2 people each" (`S.departed == S.households * S.household_size`)
and "2,000 people a day for nine days" (`S.departed == S.daily * S.exodus_days`)
multiply two quantities, which the linear engine cannot do in general. It can when
one factor Z is *claim-only*: it appears in no other relation, rule or expression,
only in claims made directly on it, and is no count (a count is a whole number,
which T / U below would not keep). Then Z can be eliminated exactly. The product
Y·Z is a variable T of the relation's own, and Y a variable U:

    relation (at each date):  X op T,  U == Y,  U > 0
    each claim c on Z:        Z ∈ I_c  and  lo_c·U <= T <= hi_c·U  (ends' openness kept)

With the relation, T / U is Z's value, so a claim on Z bounds X / Y; without it, T
and U are free and a claim on Z constrains nothing else. There is a Z in every I_c
with X op Y·Z iff there is such a T, for any choice of claims, so minimal
conflicting sets name the relation and Z's claims. Y > 0 is part of the relation
(as the divisor of a ratio claim): at Y = 0 it is not read as X == 0 (a registry
that needs zero households there conflicts). Z's implied range is its claims'
alone (never narrowed by X / Y: wider than the truth, never narrower).

One value of Z serves all the dates at which Y has one value (X at each is set
against the same T); one value of Z against several values of Y, or any other
product of quantities, is refused with the reason.
"""

from __future__ import annotations

from collections import Counter
from fractions import Fraction

from .. import expr as expr_mod
from .. import units
from ..findings import FactcheckError
from ..interval import Interval
from ..registry.model import Registry
from .constraints import AUXILIARY, Atom, Constraint, ratio_atoms, when_text
from .constraints import key as var_key
from .measures import interval_scale, on_canonical_zero, quantity_names

DATE_MEASURES = ("start", "end")


def has_product(comparison) -> bool:
    """Whether a side of the comparison multiplies quantities (`a * b`)."""
    return any(_product_side(side) for side in (comparison.left, comparison.right))


def _product_side(node) -> bool:
    if isinstance(node, expr_mod.BinOp) and node.op == "*":
        return sum(bool(expr_mod.names(f)) for f in _factors(node)) >= 2
    return False


def _factors(node) -> list:
    """The factors of a product written with `*` (`2 * a * b` -> [2, a, b])."""
    if isinstance(node, expr_mod.BinOp) and node.op == "*":
        return _factors(node.left) + _factors(node.right)
    return [node]


class Uses:
    """Where each quantity appears, to tell a claim-only factor: counted once per
    verify run, when a relation has a product."""

    def __init__(self, registry: Registry):
        self.registry = registry
        self.names: set[str] | None = None  # every quantity name, when asked
        self.in_relations: Counter = Counter()
        for relation in registry.relations:
            if relation.comparison is not None:
                self.in_relations.update(ref.name for ref in _all_refs(relation.comparison))
        self.in_expressions = {
            ref.name for claim in registry.claims if claim.expr is not None
            and not (isinstance(claim.expr, expr_mod.Name) and claim.expr.at is None)
            for ref in expr_mod.references(claim.expr)}

    def claim_only(self, name: str, dims: dict) -> bool:
        info = self.registry.quantities.get(name)
        subject, _, measure = name.rpartition(".")
        return (self.in_relations[name] == 1 and name not in self.in_expressions
                and not (info is not None and info.trend)
                and measure not in DATE_MEASURES
                # a whole number (a count): T / U in its interval is not enough
                and dims.get(name) not in units.COUNTS
                and not (measure == "duration" and self._timed(subject))
                and not (subject in self.registry.places
                         and dims.get(name) == units.POPULATION))  # a within rule

    def _timed(self, subject: str) -> bool:
        """The built-in rule `S.duration == S.end - S.start` holds the duration."""
        if self.names is None:
            self.names = set(quantity_names(self.registry))
        return f"{subject}.start" in self.names and f"{subject}.end" in self.names


def _all_refs(node) -> list:
    """Every Name node, repeats included (`a * a` names a twice)."""
    if isinstance(node, expr_mod.Name):
        return [node]
    if isinstance(node, expr_mod.Neg):
        return _all_refs(node.operand)
    if isinstance(node, (expr_mod.BinOp, expr_mod.Comparison)):
        return _all_refs(node.left) + _all_refs(node.right)
    return []


def product_constraints(relation, problem, instances: list, uses: Uses) -> list[Constraint]:
    """The relation's constraints at each date (`instances`: (day, keys)), and the
    claims on its claim-only factor extended in `problem.constraints`.
    FactcheckError when the product cannot be kept linear."""
    x_side, product, op = _sides(relation.comparison)
    factors = _factors(product)
    z = next((f for f in reversed(factors) if isinstance(f, expr_mod.Name)
              and f.at is None and uses.claim_only(f.name, problem.dims)), None)
    if z is None:
        raise FactcheckError(
            f"cannot check `{expr_mod.to_text(product)}`: a product of two quantities is "
            "checked only when one of them is known from its own claims alone (and "
            "is no count of people or households), and each of these appears in "
            "another relation, rule or expression, or is a count",
            hint="state the factor that converts (a household size, a rate) only in "
                 "claims on it, e.g. `x.household_size` at '4.2 people per household'")
    rest = [f for f in factors if f is not z]
    y_side = rest[0]
    for factor in rest[1:]:
        y_side = expr_mod.BinOp("*", y_side, factor)
    x_form, y_form = expr_mod.linear_form(x_side), expr_mod.linear_form(y_side)
    if isinstance(x_form, expr_mod.Ratio) or isinstance(y_form, expr_mod.Ratio):
        raise FactcheckError(f"cannot check `{relation.holds}`: a product and a "
                             "division of quantities in one relation",
                             hint="keep the product alone against a sum of quantities")
    return _instances(relation, op, (x_form, y_form), z, problem, instances)


_TURNED = {"<=": ">=", ">=": "<=", "<": ">", ">": "<", "==": "=="}


def _sides(comparison):
    """(X, Y * Z, op) for `X op Y * Z`; `Y * Z op X` is turned round."""
    left, right = _product_side(comparison.left), _product_side(comparison.right)
    if left and right:
        raise FactcheckError(f"cannot check `{expr_mod.to_text(comparison)}`: products "
                             "of quantities on both sides",
                             hint="keep one product, against a sum of quantities")
    if right:
        return comparison.left, comparison.right, comparison.op
    return comparison.right, comparison.left, _TURNED[comparison.op]


def _instances(relation, op, forms, z, problem, instances) -> list[Constraint]:
    products = _products(relation, forms, z, instances)
    on_z: dict = {}  # Z's variable -> the positions of the claims on it
    for index, constraint in enumerate(problem.constraints):
        claim = constraint.claim
        if claim is not None and isinstance(claim.expr, expr_mod.Name) \
                and claim.expr.name == z.name and constraint.variables:
            on_z.setdefault(constraint.variables[0], []).append(index)
    for z_key, (t, u) in products.items():
        for index in on_z.get(z_key, ()):
            problem.constraints[index] = _glued(problem.constraints[index], (t, u),
                                                problem.dims)
    out = []
    for day, keys in instances:
        t, u = products[keys[z.key]]
        when = "" if day is None else "@" + when_text(day)
        out.append(Constraint(f"relation:{relation.id}{when}", "relation",
                              _relation_atoms(op, forms, keys, t, u),
                              f"relation {relation.id}", source=relation))
    return out


def _products(relation, forms, z, instances) -> dict:
    """Z's variable -> (T, U): one product for each value of Z, shared by the dates
    at which Y has the same value (X at each date is then set against the same
    T); FactcheckError when one value of Z meets different values of Y."""
    products: dict = {}
    factors: dict = {}
    for day, keys in instances:
        y_keys = tuple(sorted(keys[name] for name in forms[1].coeffs))
        z_key = keys[z.key]
        if z_key not in products:
            products[z_key] = (var_key(f"{AUXILIARY}{relation.id}.product", day),
                               var_key(f"{AUXILIARY}{relation.id}.factor", day))
            factors[z_key] = y_keys
        elif factors[z_key] != y_keys:
            raise FactcheckError(
                f"cannot check `{relation.holds}` at these dates with one value of "
                f"{z.name}: the ratio of the two sides would have to be the same at "
                "every date", hint=f"date the claims on {z.name} (`as_of`), one for "
                "each date the other quantities have")
    return products


def _relation_atoms(op: str, forms, keys, t, u) -> list[Atom]:
    """X op T, U == Y and U > 0: T stands for Y * Z, which the claims on Z bound."""
    x_form, y_form = forms
    x = _difference(x_form, keys, t)  # X − T
    y = _difference(y_form, keys, u)  # Y − U
    return [Atom.make(x[0], x[1], op),
            Atom.make(y[0], y[1], "=="),
            Atom.make({u: Fraction(1)}, Fraction(0), ">")]


def _difference(form, keys, aux) -> tuple[dict, Fraction]:
    """The linear form minus the variable `aux`: (coefficients, constant)."""
    coeffs = {keys[name]: coeff for name, coeff in form.coeffs.items()}
    coeffs[aux] = coeffs.get(aux, 0) - 1
    return coeffs, form.constant


def _glued(constraint: Constraint, aux: tuple, dims: dict) -> Constraint:
    """The claim on Z, also saying T / U (that is Z) lies in its interval."""
    claim = constraint.claim
    scale, whole = interval_scale(claim, dims)

    def glue(interval) -> list[Atom]:
        if whole:
            interval = interval.snapped_to_integers() or Interval(
                Fraction(1), Fraction(0), kind=interval.kind)  # no whole number: none
        return ratio_atoms(({aux[0]: 1}, 0), ({aux[1]: 1}, 0), interval, scale)

    interval = on_canonical_zero(claim.interval)
    exact = None
    if constraint.exact_atoms is not None and interval.exact is not None:
        exact = constraint.exact_atoms + glue(interval.exact)
    return Constraint(constraint.key, constraint.kind, constraint.atoms + glue(interval),
                      constraint.label, source=claim, exact_atoms=exact,
                      target=constraint.target)
