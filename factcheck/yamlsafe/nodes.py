"""The positioned node tree the loader builds, and how its plain scalars resolve.

Scalars stay strings: the schema decides what a field's type is, and
`resolve_plain` applies YAML 1.2 core rules when it wants a number or a date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Union


@dataclass(slots=True)  # a node per YAML value: many thousands per file read
class ScalarNode:
    value: str
    plain: bool  # written without quotes (and not a block scalar): YAML may resolve it
    line: int
    column: int

    def resolved(self):
        """The scalar's YAML 1.2 core value: quoted text always stays a string."""
        return resolve_plain(self.value) if self.plain else self.value

    @property
    def is_null(self) -> bool:
        """Written as nothing, ~ or null (without quotes)."""
        return self.plain and self.value in NULL_WORDS


@dataclass(slots=True)
class SeqNode:
    items: list[Node]
    line: int
    column: int


@dataclass(slots=True)
class MapNode:
    items: dict[str, tuple[ScalarNode, Node]]
    line: int
    column: int


Node = Union[MapNode, SeqNode, ScalarNode]


# ---------------------------------------------------------------- plain scalars

NULL_WORDS = frozenset(("", "~", "null", "Null", "NULL"))
# Only texts starting with one of these can resolve to something other than text.
NON_TEXT_STARTS = frozenset("0123456789-+.~nNtTfF")
_BOOL = {"true": True, "True": True, "TRUE": True,
         "false": False, "False": False, "FALSE": False}
_INT = re.compile(r"[-+]?[0-9]+")
_OCT = re.compile(r"0o[0-7]+")
_HEX = re.compile(r"0x[0-9a-fA-F]+")
_FLOAT = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?")
_INF = re.compile(r"([-+]?)\.(?:inf|Inf|INF)")
_NAN = re.compile(r"\.(?:nan|NaN|NAN)")
DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
DATETIME_RE = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,6})?)?"
    r"(?:[Zz]|[-+][0-9]{2}(?::?[0-9]{2})?)?")


def resolve_plain(text: str):
    """Resolve an unquoted scalar per the YAML 1.2 core schema, plus ISO dates.

    Returns None, bool, int, float, datetime.date, datetime.datetime or the text
    itself. A date-shaped text that is no real date (2023-02-30) stays a string:
    the schema reports it with a message of its own.
    """
    if text in NULL_WORDS:
        return None
    if text[0] not in NON_TEXT_STARTS:  # fast path: most keys and phrases
        return text
    if text in _BOOL:
        return _BOOL[text]
    if text[0].isalpha():
        return text
    if _INT.fullmatch(text):
        return _whole(text)
    if _OCT.fullmatch(text):
        return int(text[2:], 8)
    if _HEX.fullmatch(text):
        return int(text[2:], 16)
    if _FLOAT.fullmatch(text):
        return float(text)
    if match := _INF.fullmatch(text):
        return float(match.group(1) + "inf")
    if _NAN.fullmatch(text):
        return float("nan")
    return _resolve_date(text)


def _whole(text: str) -> int | float:
    """An integer; one with more digits than Python converts (4,300) is ±inf, a
    number still, that the schema refuses as too large."""
    try:
        return int(text)
    except ValueError:
        return float(text)


def _resolve_date(text: str):
    try:
        if DATE_RE.fullmatch(text):
            return dt.date.fromisoformat(text)
        if DATETIME_RE.fullmatch(text):
            return dt.datetime.fromisoformat(text.replace("z", "Z"))
    except ValueError:
        pass
    return text
