"""`json.dumps(value, ensure_ascii=False, indent=2)`, the same text, faster.

With an indent, the standard library encodes in pure Python through nested
generators (its C encoder does not indent): a report of 10,000 claims holds some
270,000 values, and encoding them was a tenth of a cached run. This is one plain
recursion over the types reports are made of (dict with string keys, list, tuple,
str, int, float, bool, None), strings escaped by the standard library's own C
function. Anything else (another key type, a subclass, NaN or infinity) is left
to json.dumps, so the text is always exactly the standard one.
"""

from __future__ import annotations

import json
import math
from json.encoder import encode_basestring

_CONSTANTS = {None: "null", True: "true", False: "false"}


class _Unusual(Exception):
    """A value this module leaves to json.dumps."""


def dumps(value) -> str:
    parts: list[str] = []
    try:
        _value(value, parts, "\n")
    except _Unusual:
        return json.dumps(value, ensure_ascii=False, indent=2)
    return "".join(parts)


def value_text(value, newline: str) -> str | None:
    """`value` as dumps writes it nested where lines start with `newline` (None:
    a value dumps leaves to json.dumps)."""
    parts: list[str] = []
    try:
        _value(value, parts, newline)
    except _Unusual:
        return None
    return "".join(parts)


def _value(value, out: list[str], newline: str) -> None:
    kind = type(value)
    if kind is str:
        out.append(encode_basestring(value))
    elif kind is dict:
        _object(value, out, newline)
    elif kind is list or kind is tuple:
        _array(value, out, newline)
    elif value is None or kind is bool:
        out.append(_CONSTANTS[value])
    elif kind is int:
        out.append(int.__repr__(value))
    elif kind is float and math.isfinite(value):
        out.append(float.__repr__(value))
    else:
        raise _Unusual


def _object(value: dict, out: list[str], newline: str) -> None:
    if not value:
        out.append("{}")
        return
    inner = newline + "  "
    separator, comma = "{" + inner, "," + inner
    for key, item in value.items():
        if type(key) is not str:
            raise _Unusual
        kind = type(item)
        # Most values of a report are text, whole numbers, true/false or null:
        # written here in one piece (a report of 100,000 claims has millions).
        if kind is str:
            out.append(f"{separator}{encode_basestring(key)}: {encode_basestring(item)}")
        elif kind is int:
            out.append(f"{separator}{encode_basestring(key)}: {int.__repr__(item)}")
        elif item is None or kind is bool:
            out.append(f"{separator}{encode_basestring(key)}: {_CONSTANTS[item]}")
        else:
            out.append(f"{separator}{encode_basestring(key)}: ")
            _value(item, out, inner)
        separator = comma
    out.append(newline + "}")


def _array(value, out: list[str], newline: str) -> None:
    if not value:
        out.append("[]")
        return
    inner = newline + "  "
    separator = "[" + inner
    for item in value:
        out.append(separator)
        _value(item, out, inner)
        separator = "," + inner
    out.append(newline + "]")
