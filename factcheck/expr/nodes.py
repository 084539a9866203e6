"""The expression tree, and reading it back: `names` and the canonical `to_text`.

Every node carries the 0-based `offset` of its text (for BinOp and Comparison: of the
operator); offsets are left out of equality, so `parse(to_text(e)) == e`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction
from typing import Union


@dataclass(frozen=True)
class Name:
    name: str
    offset: int = field(default=0, compare=False)
    # `name@DATE`: the quantity's value at that date (ISO text), whatever the date
    # the claim or relation speaks of; None: at the claim's or relation's own date.
    at: str | None = None

    @property
    def key(self) -> str:
        """How linear forms name it: `karabakh.departed` or `karabakh.departed@2023-10-02`."""
        return self.name if self.at is None else f"{self.name}@{self.at}"


@dataclass(frozen=True)
class Number:
    value: Fraction  # never negative
    unit: str | None = None  # as written: "hours", "people"
    offset: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Neg:
    operand: Expr
    offset: int = field(default=0, compare=False)


@dataclass(frozen=True)
class BinOp:
    op: str  # + - * /
    left: Expr
    right: Expr
    offset: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Comparison:
    op: str  # == <= >= < >
    left: Expr
    right: Expr
    offset: int = field(default=0, compare=False)


Expr = Union[Name, Number, Neg, BinOp]


def names(expr: Expr | Comparison) -> list[str]:
    """The quantity names in order of appearance, each once (`x@DATE` is `x`)."""
    if type(expr) is Name:  # most claims are on one quantity
        return [expr.name]
    found = getattr(expr, "__dict__", {}).get("_names")
    if found is None:
        found = tuple(dict.fromkeys(ref.name for ref in references(expr)))
        _remember(expr, "_names", found)
    return list(found)


def references(expr: Expr | Comparison) -> list[Name]:
    """The Name nodes, each quantity or quantity@date once, in order of appearance."""
    found = getattr(expr, "__dict__", {}).get("_references")
    if found is None:
        found = tuple(_references(expr))
        _remember(expr, "_references", found)
    return list(found)


def summed(expr: Expr) -> list[str]:
    """The quantity names of a sum or difference of quantities ("killed + missing",
    "a - b"), each once; [] for anything else (a ratio, a product, a number)."""
    def walk(node) -> bool:
        if type(node) is Name:
            return True
        if type(node) is Neg:
            return walk(node.operand)
        return type(node) is BinOp and node.op in "+-" and walk(node.left) and walk(node.right)
    return names(expr) if type(expr) is not Name and walk(expr) else []


def _remember(expr, attribute: str, value: tuple) -> None:
    """Kept on the node itself (frozen, so what it names never changes): every stage
    asks a relation's names again, some 80,000 walks at 10,000 claims. Not a field:
    equality, hashing and repr never see it."""
    if hasattr(expr, "__dict__"):
        object.__setattr__(expr, attribute, value)


def _references(expr: Expr | Comparison) -> list[Name]:
    seen: dict[str, Name] = {}

    def walk(node) -> None:
        if isinstance(node, Name):
            seen.setdefault(node.key, node)
        elif isinstance(node, Neg):
            walk(node.operand)
        elif isinstance(node, (BinOp, Comparison)):
            walk(node.left)
            walk(node.right)

    walk(expr)
    return list(seen.values())


_PRECEDENCE = {"+": 1, "-": 1, "*": 2, "/": 2}


def to_text(expr: Expr | Comparison) -> str:
    """The canonical text: single spaces, no digit grouping, the fewest parentheses."""
    if isinstance(expr, Comparison):
        return f"{to_text(expr.left)} {expr.op} {to_text(expr.right)}"
    if isinstance(expr, Name):
        return expr.key
    if isinstance(expr, Number):
        number = _format_number(expr.value)
        return f"{number} {expr.unit}" if expr.unit else number
    if isinstance(expr, Neg):
        inner = to_text(expr.operand)
        return f"-({inner})" if isinstance(expr.operand, BinOp) else f"-{inner}"
    if isinstance(expr, BinOp):
        return f"{_operand(expr.left, expr.op, False)} {expr.op} {_operand(expr.right, expr.op, True)}"
    raise TypeError(f"not an expression: {expr!r}")


def _operand(node: Expr, op: str, right: bool) -> str:
    text = to_text(node)
    if isinstance(node, BinOp):
        mine, theirs = _PRECEDENCE[op], _PRECEDENCE[node.op]
        # Operators are left-associative: a right operand of equal rank needs brackets.
        if theirs < mine or (right and theirs == mine):
            return f"({text})"
    return text


def _format_number(value: Fraction) -> str:
    """Exact decimal digits; a value no decimal can write (1/3) prints as `1/3`,
    which reads back as a division, not as one Number."""
    for places in range(0, 61):
        scaled = value * 10**places
        if scaled.denominator == 1:
            digits = str(abs(scaled.numerator)).rjust(places + 1, "0")
            sign = "-" if value < 0 else ""
            if places == 0:
                return sign + digits
            return f"{sign}{digits[:-places]}.{digits[-places:]}"
    return f"{value.numerator}/{value.denominator}"
