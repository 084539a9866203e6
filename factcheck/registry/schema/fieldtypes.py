"""Field value validation: a node read as its declared type (string, date, number,
span...), or a `TypeProblem` whose message reads after the field's name.

These are the only types the code knows; which field has which type is data
(data/schema.toml).
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re

from ...yamlsafe import DATE_RE, DATETIME_RE, MapNode, Node, ScalarNode, SeqNode


class TypeProblem(Exception):
    """A field's node is not of its declared type; message reads after the field name."""

    def __init__(self, message: str, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.hint = hint


def describe(node: Node) -> str:
    """How a message names what was written instead: a mapping, a list or the text."""
    if isinstance(node, MapNode):
        return "a mapping"
    if isinstance(node, SeqNode):
        return "a list"
    return f"'{node.value}'"


def check_scalar_type(type_name: str, node: Node):
    """The node's value as the declared type, or TypeProblem."""
    return _TYPE_CHECKS[type_name](node)


def _scalar(node: Node, wanted: str) -> ScalarNode:
    if not isinstance(node, ScalarNode):
        raise TypeProblem(f"must be {wanted}, not {describe(node)}")
    return node


def _string(node: Node) -> str:
    return _scalar(node, "text").value


def _phrase(node: Node) -> str:
    wanted = "a phrase such as 'over 100,000 people' or a mapping {low, high, unit}"
    return _scalar(node, wanted).value


def _date(node: Node) -> dt.date:
    text = _scalar(node, "a date (YYYY-MM-DD)").value.strip()
    if not DATE_RE.fullmatch(text):
        raise TypeProblem(f"must be a date written YYYY-MM-DD, not '{text}'")
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise TypeProblem(f"is not a real date: {text}", _calendar_hint(text)) from None


def _date_or_datetime(node: Node) -> dt.date | dt.datetime:
    text = _scalar(node, "a date (YYYY-MM-DD)").value.strip()
    if DATE_RE.fullmatch(text):
        return _date(node)
    if not DATETIME_RE.fullmatch(text):
        raise TypeProblem(f"must be a date (YYYY-MM-DD) or a date and time "
                          f"(YYYY-MM-DDTHH:MM), not '{text}'")
    try:
        return dt.datetime.fromisoformat(text.replace("z", "Z"))
    except ValueError:
        raise TypeProblem(f"is not a real date and time: {text}",
                          _calendar_hint(text[:10])) from None


def _timezone(node: Node) -> str:
    """An IANA time zone name the system's zone database (zoneinfo) knows."""
    import zoneinfo

    text = _scalar(node, "a time zone name").value.strip()
    try:
        zoneinfo.ZoneInfo(text)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        raise TypeProblem(f"is not a time zone the zone database knows: '{text}'",
                          "give an IANA name such as Asia/Yerevan or Europe/Berlin, "
                          "or UTC") from None
    return text


def _calendar_hint(text: str) -> str | None:
    year, month = int(text[:4]), int(text[5:7])
    if not 1 <= month <= 12:
        return f"there is no month {month}"
    if not 1 <= year:
        return None
    days = calendar.monthrange(year, month)[1]
    return f"{calendar.month_name[month]} {year} has {days} days"


MAX_DIGITS = 30  # as in expressions (expr.MAX_DIGITS)
MAX_NUMBER = 10 ** MAX_DIGITS
_NONZERO_DIGIT = re.compile("[1-9]")


def _mantissa(scalar: ScalarNode) -> str:
    """The digits before any exponent: 1e-400 has a nonzero one, yet reads as 0.0."""
    text = scalar.value.lower()
    return text if text.startswith("0x") else text.split("e")[0]


def _number(node: Node) -> int | float:
    scalar = _scalar(node, "a number")
    if not scalar.plain:
        raise TypeProblem(f"must be a number, not quoted text '{scalar.value}'",
                          hint="remove the quotes")
    value = scalar.resolved()
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeProblem(f"must be a number (digits only, no commas), not '{scalar.value}'")
    overflow = isinstance(value, float) and math.isinf(value) \
        and "." not in scalar.value[:2]  # 1e400, not .inf
    if isinstance(value, float) and not math.isfinite(value) and not overflow:
        raise TypeProblem("must be a finite number", hint="write null for no bound")
    if overflow or abs(value) >= MAX_NUMBER \
            or (value == 0 and _NONZERO_DIGIT.search(_mantissa(scalar))):
        raise TypeProblem(f"is out of range: numbers are written with at most "
                          f"{MAX_DIGITS} digits", hint="write null for no bound")
    return value


def _integer(node: Node) -> int:
    value = _number(node)
    if not isinstance(value, int):
        raise TypeProblem(f"must be a whole number, not {value}")
    return value


def _boolean(node: Node) -> bool:
    scalar = _scalar(node, "true or false")
    value = scalar.resolved()
    if not isinstance(value, bool):
        raise TypeProblem(f"must be true or false, not '{scalar.value}'")
    return value


def _span(node: Node) -> tuple[int, int]:
    wanted = "two character offsets [start, end]"
    if not isinstance(node, SeqNode) or len(node.items) != 2:
        raise TypeProblem(f"must be {wanted}")
    start, end = (_integer(item) for item in node.items)
    if not 0 <= start <= end:
        raise TypeProblem(f"must be {wanted} with 0 <= start <= end, not [{start}, {end}]")
    return start, end


def _strings(node: Node) -> tuple[str, ...]:
    if not isinstance(node, SeqNode) or not all(isinstance(i, ScalarNode) for i in node.items):
        raise TypeProblem(f"must be a list of texts such as [Karabakh, Artsakh], not "
                          f"{describe(node)}")
    return tuple(item.value for item in node.items)


_TYPE_CHECKS = {
    "string": _string, "strings": _strings, "value": _phrase, "date": _date,
    "date-or-datetime": _date_or_datetime, "number": _number, "integer": _integer,
    "boolean": _boolean, "span": _span, "timezone": _timezone,
}
