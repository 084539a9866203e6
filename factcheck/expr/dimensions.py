"""What an expression measures (`dimension_of`), refusing units that do not mix.

Two kinds of unitless number adopt the dimension of what they meet:

- a bare `0` takes whatever dimension it is added to or compared with (beside a date
  in a sum, it is a duration): `trip.duration - 0 > 0`;
- any other unitless number (`200000`, `2 * 750`, `-5`) added to or compared with a
  count of people is a count of people: `karabakh.departed <= 200000`,
  `a.departed + 1500 <= a.population`. Against anything else that has a unit (time,
  dates, money, lengths...) it is refused, with a hint naming a fitting unit.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .. import units
from ..findings import FactcheckError
from ..units import DIMENSIONLESS, POPULATION, TIME, Dimension, describe_dimension, multiply
from .nodes import BinOp, Comparison, Expr, Name, Neg, Number, to_text

DATE: Dimension = (("[date]", 1),)  # marker: an affine point in time (a day number)
DATE_MEASURES = ("start", "end")

# Units to suggest for a unitless number met by a quantity of this dimension:
# (after a number, in a product).
_EXAMPLE_UNITS: dict[Dimension, tuple[str, str]] = {
    TIME: ("days", "day"),
    units.HOUSEHOLD: ("households", "household"),
    (("[length]", 1),): ("km", "km"),
    (("[mass]", 1),): ("kg", "kg"),
    **{((f"[currency_{code}]", 1),): (code, code) for code in units.CURRENCIES},
}


@dataclass(frozen=True)
class _Kind:
    dim: Dimension
    is_date: bool = False
    is_zero: bool = False  # a bare 0: takes whatever dimension it is added to
    is_bare: bool = False  # built of unitless numbers only: may become a count of people


def is_date_name(name: str, dims: Mapping[str, Dimension]) -> bool:
    return name.rsplit(".", 1)[-1] in DATE_MEASURES or dims.get(name) == DATE


def dimension_of(expr: Expr | Comparison, dims: Mapping[str, Dimension]) -> Dimension:
    """What the expression measures; for a Comparison, what both its sides measure.

    A date (a `.start`/`.end` name, or one whose dims entry is DATE) gives DATE.
    A unitless number on its own, or among other unitless numbers, is a pure number.
    FactcheckError, in plain words and at the operator, when the units do not mix.
    """
    kind = _comparison_kind(expr, dims) if isinstance(expr, Comparison) else _kind(expr, dims)
    return DATE if kind.is_date else kind.dim


def _describe(kind: _Kind) -> str:
    return "a date" if kind.is_date else describe_dimension(kind.dim)


def _kind(node: Expr, dims: Mapping[str, Dimension]) -> _Kind:
    if isinstance(node, Name):
        if is_date_name(node.name, dims):
            return _Kind(DATE, is_date=True)
        if node.name not in dims:
            raise FactcheckError(f"nothing says what `{node.name}` measures",
                                 hint="make a claim on it or declare its unit under "
                                 "`quantities:`", offset=node.offset)
        return _Kind(dims[node.name])
    if isinstance(node, Number):
        if node.unit is None:
            return _Kind(DIMENSIONLESS, is_zero=node.value == 0, is_bare=True)
        return _Kind(_resolve(node).dimension)
    if isinstance(node, Neg):
        inner = _kind(node.operand, dims)
        if inner.is_date:
            raise FactcheckError(f"a date cannot be negated: `{to_text(node)}`",
                                 hint="subtract two dates to get a duration",
                                 offset=node.offset)
        return inner
    if node.op in "+-":
        return _sum_kind(node, _kind(node.left, dims), _kind(node.right, dims))
    return _product_kind(node, _kind(node.left, dims), _kind(node.right, dims))


def _resolve(number: Number) -> units.Unit:
    try:
        return units.resolve(number.unit)
    except FactcheckError as error:
        raise FactcheckError(error.message, hint=error.hint, offset=number.offset,
                             rule=error.rule) from None


def _adopt_zero(zero: _Kind, other: _Kind) -> _Kind:
    """A bare 0 takes the other side's dimension (a duration beside a date)."""
    if not zero.is_zero or other.is_zero:
        return zero
    return _Kind(TIME if other.is_date else other.dim, is_bare=other.is_bare)


def _adopt_people(bare: _Kind, other: _Kind) -> _Kind:
    """A unitless number beside a count of people counts people too."""
    if bare.is_bare and not other.is_date and other.dim == POPULATION:
        return _Kind(POPULATION)
    return bare


def _sum_kind(node: BinOp, left: _Kind, right: _Kind) -> _Kind:
    left, right = _adopt_zero(left, right), _adopt_zero(right, left)
    left, right = _adopt_people(left, right), _adopt_people(right, left)
    verb = "add" if node.op == "+" else "subtract"
    if left.is_date and right.is_date:
        if node.op == "-":
            return _Kind(TIME)
        _mismatch("cannot add two dates", node, "subtract them to get a duration")
    if left.is_date or right.is_date:
        other = right if left.is_date else left
        if other.dim == TIME and (left.is_date or node.op == "+"):
            return _Kind(DATE, is_date=True)
        if other.dim == TIME:
            _mismatch("cannot subtract a date from a duration", node,
                      "write `date - date` for a duration, `date - duration` for a date")
        hint = "only durations (days, hours...) move a date"
        if other.is_bare:
            side = node.right if left.is_date else node.left
            hint = f"give the number a unit, e.g. `{_with_unit(side, TIME)}`: {hint}"
        _mismatch(f"cannot {verb} {_describe(other)} "
                  f"{'to' if node.op == '+' else 'from'} a date", node, hint)
    if left.dim != right.dim:
        if node.op == "+":
            message = f"cannot add {_describe(left)} to {_describe(right)}"
        else:
            message = f"cannot subtract {_describe(right)} from {_describe(left)}"
        _mismatch(message, node, _unit_hint(node, left, right))
    return _Kind(left.dim, is_zero=left.is_zero and right.is_zero,
                 is_bare=left.is_bare and right.is_bare)


def _product_kind(node: BinOp, left: _Kind, right: _Kind) -> _Kind:
    if left.is_date or right.is_date:
        verb = "multiply" if node.op == "*" else "divide"
        _mismatch(f"cannot {verb} a date", node, "subtract two dates to get a duration first")
    return _Kind(multiply(left.dim, right.dim, 1 if node.op == "*" else -1),
                 is_bare=left.is_bare and right.is_bare)


def _comparison_kind(node: Comparison, dims: Mapping[str, Dimension]) -> _Kind:
    left, right = _kind(node.left, dims), _kind(node.right, dims)
    if not (left.is_date or right.is_date):  # a bare 0 is no date
        left, right = _adopt_zero(left, right), _adopt_zero(right, left)
    left, right = _adopt_people(left, right), _adopt_people(right, left)
    if left.is_date != right.is_date or left.dim != right.dim:
        _mismatch(f"cannot compare {_describe(left)} with {_describe(right)}", node,
                  _unit_hint(node, left, right))
    return left


def _unit_hint(node, left: _Kind, right: _Kind) -> str:
    if {left.dim, right.dim} == {POPULATION, units.HOUSEHOLD} and not (
            left.is_date or right.is_date):
        return ("households and people are counted apart: convert through a claimed "
                "household size, e.g. `x.departed == x.households * x.household_size` "
                "with a claim `x.household_size` of '4.2 people per household'")
    for side, kind, other in ((node.left, left, right), (node.right, right, left)):
        if kind.is_bare and not other.is_bare:
            if other.is_date:
                return ("a date compares only with a date; to move one, add a duration, "
                        f"e.g. `x.start + {_with_unit(side, TIME)}`")
            return _give_a_unit(side, other.dim)
    return "check the quantity names: only quantities measured alike add up or compare"


def _give_a_unit(side: Expr, dim: Dimension) -> str:
    if dim not in _EXAMPLE_UNITS:
        return f"give the number a unit that measures {describe_dimension(dim)}"
    return f"give the number a unit, e.g. `{_with_unit(side, dim)}`"


def _with_unit(side: Expr, dim: Dimension) -> str:
    """The unitless `side` with an example unit of `dim`: `40 days`, `(2 * 20) * 1 day`."""
    plural, singular = _EXAMPLE_UNITS[dim]
    if isinstance(side, Number) or (isinstance(side, Neg) and isinstance(side.operand, Number)):
        return f"{to_text(side)} {plural}"
    return f"({to_text(side)}) * 1 {singular}"


def _mismatch(message: str, node, hint: str):
    raise FactcheckError(f"{message}: `{to_text(node)}`", hint=hint, offset=node.offset)
