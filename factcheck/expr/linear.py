"""Linear forms: an expression as sum(coefficient · quantity) + constant, or a ratio
of two such, with numbers converted to canonical units."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from fractions import Fraction

from .. import units
from ..findings import FactcheckError
from .nodes import BinOp, Comparison, Expr, Name, Neg, Number, to_text


@dataclass(frozen=True)
class LinearForm:
    """sum(coefficient · quantity) + constant, numbers in canonical units."""

    coeffs: dict[str, Fraction] = field(default_factory=dict, hash=False)  # no zeros
    constant: Fraction = Fraction(0)

    @property
    def is_constant(self) -> bool:
        return not self.coeffs

    def scaled(self, factor: Fraction) -> LinearForm:
        coeffs = {name: c * factor for name, c in self.coeffs.items() if c * factor}
        return LinearForm(coeffs, self.constant * factor)

    def plus(self, other: LinearForm, sign: int = 1) -> LinearForm:
        coeffs = dict(self.coeffs)
        for name, c in other.coeffs.items():
            coeffs[name] = coeffs.get(name, Fraction(0)) + sign * c
        coeffs = {name: c for name, c in coeffs.items() if c}
        return LinearForm(coeffs, self.constant + sign * other.constant)


@dataclass(frozen=True)
class Ratio:
    """numerator / denominator, both linear, the denominator not constant."""

    numerator: LinearForm
    denominator: LinearForm
    offset: int = field(default=0, compare=False)  # of the `/`

    def scaled(self, factor: Fraction) -> Ratio:
        return Ratio(self.numerator.scaled(factor), self.denominator, self.offset)


def _canonical_factor(unit: str) -> Fraction:
    found = units.resolve(unit)
    if found.offset:  # "40 degree_Celsius" in a relation: a reading, or a difference?
        raise FactcheckError(
            f"a number in {unit} inside a relation is ambiguous: a reading counts from "
            f"the scale's zero, a difference does not", rule="unit",
            hint="claim the temperature instead, or write the difference in kelvin")
    return found.factor


def linear_form(expr: Expr, unit_factor: Callable[[str], Fraction] | None = None
                ) -> LinearForm | Ratio:
    """The expression as a linear combination of names, or a ratio of two such.

    A ratio is allowed only at the top (up to constant factors and a sign):
    `a / b`, `-(a / b)`, `100 * a / b`. A product of two quantities, or a division
    by a quantity inside a sum, is FactcheckError "not linear".
    `unit_factor(unit)` converts numbers to canonical units (default: units.resolve).
    """
    if isinstance(expr, Comparison):
        raise TypeError("linear_form takes one side of a comparison at a time")
    return _linear(expr, unit_factor or _canonical_factor)


def _linear(node: Expr, unit_factor) -> LinearForm | Ratio:
    if isinstance(node, Name):
        return LinearForm({node.key: Fraction(1)})
    if isinstance(node, Number):
        if node.unit is None:
            return LinearForm({}, node.value)
        try:
            return LinearForm({}, node.value * unit_factor(node.unit))
        except FactcheckError as error:
            raise FactcheckError(error.message, error.hint, node.offset, error.rule) from None
    if isinstance(node, Neg):
        return _linear(node.operand, unit_factor).scaled(Fraction(-1))
    left, right = _linear(node.left, unit_factor), _linear(node.right, unit_factor)
    if node.op in "+-":
        return _linear_sum(node, left, right)
    if node.op == "*":
        return _linear_product(node, left, right)
    return _linear_quotient(node, left, right)


def _linear_sum(node: BinOp, left, right) -> LinearForm:
    for side in (left, right):
        if isinstance(side, Ratio):
            raise FactcheckError(
                f"not linear: `{to_text(node)}` divides by a quantity inside a sum",
                hint="put the division at the top, e.g. `(a + c * b) / b` for "
                     "`a / b + c`, or multiply both sides of the relation by the divisor",
                offset=side.offset)
    return left.plus(right, 1 if node.op == "+" else -1)


def _linear_product(node: BinOp, left, right) -> LinearForm | Ratio:
    if isinstance(right, LinearForm) and right.is_constant:
        return left.scaled(right.constant)
    if isinstance(left, LinearForm) and left.is_constant:
        return right.scaled(left.constant)
    raise FactcheckError(
        f"not linear: `{to_text(node)}` multiplies two quantities",
        hint="multiply quantities only by numbers; write `a <= b * c` as `a / b <= c`",
        offset=node.offset)


def _linear_quotient(node: BinOp, left, right) -> LinearForm | Ratio:
    if isinstance(right, LinearForm) and right.is_constant:
        if right.constant == 0:
            raise FactcheckError(f"division by zero: `{to_text(node)}`",
                                 hint="divide by a number other than 0", offset=node.offset)
        return left.scaled(1 / right.constant)
    if isinstance(left, Ratio) or isinstance(right, Ratio):
        raise FactcheckError(
            f"not linear: `{to_text(node)}` divides a ratio by a quantity or by a ratio",
            hint="divide only once, by a sum of quantities: `(a + b) / (c + d)`",
            offset=node.offset)
    return Ratio(left, right, node.offset)
