"""Parsing `quantity:` and `holds:` text into the tree of `nodes`, never evaluating it.

Grammar (a hand-written tokenizer and recursive-descent parser; user text never goes
near eval, compile or Python's ast module):

    comparison := sum ("==" | "<=" | ">=" | "<" | ">") sum
    sum        := term (("+" | "-") term)*
    term       := unary (("*" | "/") unary)*
    unary      := "-" unary | primary
    primary    := NUMBER [UNIT] | NAME ["@" DATE] | "(" sum ")"

- NAME is `subject.measure`, both parts snake_case ASCII (`[a-z][a-z0-9_]*`).
  `NAME@DATE` (an ISO date, or date-time to the minute) is the quantity's value at
  that date: `karabakh.departed@2023-10-02 / karabakh.departed@2023-09-25`.
- NUMBER is digits with an optional decimal part, read as an exact Fraction. Thousands
  may be grouped with commas, Western (1,500 / 723,000) or South Asian (7,23,000),
  as in value phrases; any other comma is an error. At most 30 digits; exponent
  notation (1e5) is refused. Numbers are never negative: `-5` is `Neg(Number(5))`.
- UNIT is one word right after a number (`24 hours`, `1,500 people`, `5km`),
  resolved through `units.resolve` only when dimensions or linear forms are computed.
"""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass
from fractions import Fraction

from ..findings import FactcheckError
from .nodes import BinOp, Comparison, Expr, Name, Neg, Number

MAX_LENGTH = 2000
MAX_NESTING = 50  # parentheses and unary minus, one inside the other
MAX_OPERATORS = 100  # bounds the tree depth, so walking a tree never recurses deeply
MAX_DIGITS = 30
COMPARISON_OPS = ("==", "<=", ">=", "<", ">")

NAME_HINT = "quantity names are `subject.measure`, both snake_case, e.g. `karabakh.departed`"
ALLOWED_HINT = ("an expression holds quantity names, numbers with units, "
                "+ - * / and parentheses")


# ---------------------------------------------------------------- tokens


@dataclass(frozen=True)
class _Token:
    kind: str  # num | word | op | cmp | refused | end
    text: str
    offset: int


_TOKEN = re.compile(r"""
    (?P<space>\s+)
  | (?P<num>[0-9][0-9,]*(?:\.[0-9]+)?)
  | (?P<word>[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]*)*)
  | (?P<at>@[0-9T:+-]*)
  | (?P<refused>\*\*|//|!=|<<|>>|<>|=>|=<)
  | (?P<cmp>==|<=|>=|<|>)
  | (?P<op>[-+*/()])
""", re.VERBOSE)

_REFUSED = {
    "**": ("`**` (power) is not supported", "write the multiplication out, e.g. `x * x`"),
    "//": ("`//` (integer division) is not supported", "use `/`"),
    "%": ("`%` is not supported", "write `percent` after a number, e.g. `50 percent`"),
    "=": ("`=` is not a comparison", "write `==`"),
    "!=": ("`!=` is not supported", "compare with one of == <= >= < >"),
    "=>": ("`=>` is not a comparison", "write `>=`"),
    "=<": ("`=<` is not a comparison", "write `<=`"),
    "[": ("subscripts `[...]` are not supported", NAME_HINT),
    "]": ("subscripts `[...]` are not supported", NAME_HINT),
    "'": ("strings are not allowed", ALLOWED_HINT),
    '"': ("strings are not allowed", ALLOWED_HINT),
    ",": ("`,` is not allowed here",
          "commas only group thousands inside a number (1,500); there are no function calls"),
    ".": ("`.` is not allowed here", "write decimals with a leading digit (0.5); " + NAME_HINT),
}


def _tokenize(text: str) -> list[_Token]:
    tokens, pos = [], 0
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if match is None:  # a character of no token: refused when the parser meets it
            tokens.append(_Token("refused", text[pos], pos))
            pos += 1
            continue
        if match.lastgroup != "space":
            tokens.append(_Token(match.lastgroup, match.group(), pos))
        pos = match.end()
    tokens.append(_Token("end", "", len(text)))
    return tokens


def _refuse(token: _Token, expected: str):
    if token.kind == "refused":
        message, hint = _REFUSED.get(
            token.text, (f"unexpected character `{token.text}`", ALLOWED_HINT))
        raise FactcheckError(message, hint=hint, offset=token.offset)
    if token.kind == "end":
        raise FactcheckError(f"the expression ends too early: expected {expected}",
                             hint=ALLOWED_HINT, offset=token.offset)
    raise FactcheckError(f"unexpected `{token.text}`: expected {expected}",
                         hint=ALLOWED_HINT, offset=token.offset)


# ---------------------------------------------------------------- numbers and names

_GROUPED = re.compile(r"[0-9]+|[0-9]{1,3}(?:,[0-9]{3})+|[0-9]{1,2}(?:,[0-9]{2})*,[0-9]{3}")
_EXPONENT = re.compile(r"[eE][+-]?[0-9]")
_SNAKE = re.compile(r"[a-z][a-z0-9_]*")
_UNIT_WORD = re.compile(r"[A-Za-z][A-Za-z0-9_]*")


def _number_value(token: _Token, text: str) -> Fraction:
    whole, _, decimals = token.text.partition(".")
    if not _GROUPED.fullmatch(whole):
        raise FactcheckError(
            f"`{token.text}` is not a number", offset=token.offset,
            hint="group thousands by commas (1,500 or 7,23,000) and write decimals with `.`")
    after = token.offset + len(token.text)
    if _EXPONENT.match(text, after):
        raise FactcheckError("exponent notation is not supported", offset=token.offset,
                             hint="write the number out in digits, e.g. 100000")
    digits = whole.replace(",", "") + decimals
    if len(digits) > MAX_DIGITS:
        raise FactcheckError(f"the number `{token.text}` is too long ({len(digits)} digits)",
                             hint=f"numbers have at most {MAX_DIGITS} digits",
                             offset=token.offset)
    return Fraction(whole.replace(",", "") + ("." + decimals if decimals else ""))


def _check_name(token: _Token) -> str:
    word = token.text
    parts = word.split(".")
    if len(parts) == 1 and keyword.iskeyword(word):
        raise FactcheckError(f"`{word}` is not part of the expression language",
                             hint=ALLOWED_HINT, offset=token.offset)
    if len(parts) != 2:
        raise FactcheckError(f"`{word}` is not a quantity name", hint=NAME_HINT,
                             offset=token.offset)
    if not all(_SNAKE.fullmatch(part) for part in parts):
        lower = word.lower().strip("_")
        hint = NAME_HINT
        if all(_SNAKE.fullmatch(p) for p in lower.split(".")) and lower.count(".") == 1:
            hint = f"write `{lower}`"
        raise FactcheckError(f"`{word}` is not a quantity name: both parts must be "
                             "snake_case (lowercase letters, digits and `_`)",
                             hint=hint, offset=token.offset)
    return word


_AT = re.compile(r"@([0-9]{4}-[0-9]{2}-[0-9]{2})(?:T([0-9]{2}:[0-9]{2}(?::[0-9]{2})?))?")


def _check_date(token: _Token) -> str:
    """The ISO date (or date-time) after `@`, checked against the calendar."""
    import datetime as dt

    match = _AT.fullmatch(token.text)
    hint = "write the date as YYYY-MM-DD, e.g. `karabakh.departed@2023-10-02`"
    if match is None:
        raise FactcheckError(f"`{token.text}` is not a date", hint=hint, offset=token.offset)
    text = match.group(1) + (f"T{match.group(2)}" if match.group(2) else "")
    try:
        (dt.datetime if match.group(2) else dt.date).fromisoformat(text)
    except ValueError:
        raise FactcheckError(f"`{token.text}` is not a day of the calendar", hint=hint,
                             offset=token.offset) from None
    return text


# ---------------------------------------------------------------- the parser


class _Parser:
    def __init__(self, text: str):
        if not isinstance(text, str):
            raise FactcheckError("an expression must be text", hint=ALLOWED_HINT)
        if len(text) > MAX_LENGTH:
            raise FactcheckError(f"the expression is too long ({len(text)} characters)",
                                 hint=f"write at most {MAX_LENGTH} characters",
                                 offset=MAX_LENGTH)
        if not text.strip():
            raise FactcheckError("the expression is empty", hint=ALLOWED_HINT)
        self.text = text
        self.tokens = _tokenize(text)
        self.pos = 0
        self.nesting = 0
        self._count_operators()

    def _count_operators(self) -> None:
        operators = [t for t in self.tokens if t.kind == "op" and t.text in "+-*/"]
        if len(operators) > MAX_OPERATORS:
            raise FactcheckError(
                f"the expression has too many operations ({len(operators)})",
                hint=f"use at most {MAX_OPERATORS} of + - * /",
                offset=operators[MAX_OPERATORS].offset)

    def peek(self) -> _Token:
        return self.tokens[self.pos]

    def advance(self) -> _Token:
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def at_op(self, ops: str) -> bool:
        token = self.peek()
        return token.kind == "op" and token.text in ops

    def sum(self) -> Expr:
        left = self.term()
        while self.at_op("+-"):
            op = self.advance()
            left = BinOp(op.text, left, self.term(), op.offset)
        return left

    def term(self) -> Expr:
        left = self.unary()
        while self.at_op("*/"):
            op = self.advance()
            left = BinOp(op.text, left, self.unary(), op.offset)
        return left

    def unary(self) -> Expr:
        if not self.at_op("-"):
            return self.primary()
        minus = self.advance()
        self.enter(minus)
        operand = self.unary()
        self.nesting -= 1
        return Neg(operand, minus.offset)

    def enter(self, token: _Token) -> None:
        self.nesting += 1
        if self.nesting > MAX_NESTING:
            raise FactcheckError(
                f"the expression is nested too deeply (more than {MAX_NESTING} levels)",
                hint="simplify the expression", offset=token.offset)

    def primary(self) -> Expr:
        token = self.peek()
        if token.kind == "num":
            return self.number()
        if token.kind == "word":
            self.advance()
            self.refuse_call(token)
            name = _check_name(token)
            if self.peek().kind == "at":
                return Name(name, token.offset, _check_date(self.advance()))
            return Name(name, token.offset)
        if token.kind == "op" and token.text == "(":
            return self.parenthesised()
        _refuse(token, "a quantity name, a number or `(`")

    def refuse_call(self, word: _Token) -> None:
        if self.at_op("("):
            raise FactcheckError(f"function calls are not supported: `{word.text}(`",
                                 hint=ALLOWED_HINT, offset=word.offset)

    def number(self) -> Number:
        token = self.advance()
        value = _number_value(token, self.text)
        unit = self.peek()
        if unit.kind != "word":
            return Number(value, None, token.offset)
        self.advance()
        self.refuse_call(unit)
        if "." in unit.text:
            raise FactcheckError(
                f"a number followed by a quantity name: `{token.text} {unit.text}`",
                hint=f"write `{token.text} * {unit.text}`", offset=unit.offset)
        if not _UNIT_WORD.fullmatch(unit.text):
            raise FactcheckError(f"`{unit.text}` is not a unit", offset=unit.offset,
                                 hint="write a unit word, e.g. `40 hours`, `1,500 people`")
        return Number(value, unit.text, token.offset)

    def parenthesised(self) -> Expr:
        opening = self.advance()
        self.enter(opening)
        inner = self.sum()
        if not self.at_op(")"):
            _refuse(self.peek(), f"`)` to close the `(` at character {opening.offset}")
        self.advance()
        self.nesting -= 1
        return inner

    def expect_end(self) -> None:
        token = self.peek()
        if token.kind == "end":
            return
        if token.kind == "op" and token.text == ")":
            raise FactcheckError("`)` without a matching `(`", hint=ALLOWED_HINT,
                                 offset=token.offset)
        _refuse(token, "an operator (+ - * /) or the end")


def parse_expression(text: str) -> Expr:
    """A claim's `quantity`: an arithmetic expression, no comparison."""
    parser = _Parser(text)
    expr = parser.sum()
    token = parser.peek()
    if token.kind == "cmp":
        raise FactcheckError(f"a quantity cannot contain a comparison (`{token.text}`)",
                             hint="comparisons belong in a relation's `holds`",
                             offset=token.offset)
    parser.expect_end()
    return expr


def parse_comparison(text: str) -> Comparison:
    """A relation's `holds`: two expressions and exactly one comparison."""
    parser = _Parser(text)
    left = parser.sum()
    op = parser.peek()
    if op.kind != "cmp":
        if op.kind == "end":
            raise FactcheckError("a relation needs a comparison (==, <=, >=, <, >)",
                                 hint="e.g. `a.departed + a.remaining <= a.population`",
                                 offset=op.offset)
        _refuse(op, "an operator (+ - * /) or a comparison (==, <=, >=, <, >)")
    parser.advance()
    right = parser.sum()
    extra = parser.peek()
    if extra.kind == "cmp":
        raise FactcheckError(f"only one comparison is allowed, found a second `{extra.text}`",
                             hint="write two relations", offset=extra.offset)
    parser.expect_end()
    return Comparison(op.text, left, right, op.offset)

