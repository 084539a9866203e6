"""A count of one of several: "the first convoy included 13 ambulances and 20 buses",
"the second group of 149 people". The count is that convoy's (`first_convoy.vehicles`),
a part of what all of them carried ("a total of 21 buses had left east Aleppo"), never
a rival report of the whole."""

from __future__ import annotations

import re

from .text import Span

_ORDINAL = r"(first|second|third|fourth|fifth|last|final|latest)"
_GROUP = r"(convoy|batch|group|flight|plane|bus|boat|wave|column|contingent|train|airlift)"
# the ordinal's group, then its verb of holding, then the count (after the list's earlier
# items: "included 13 ambulances and 20 buses"); or "the second group of 149 people"
_ONE_OF_SEVERAL = re.compile(
    rf"\b(?:the|a)\s+{_ORDINAL}\s+{_GROUP}\s+(?:(?:of\s+)?$|(?:[a-z]+\s+){{0,2}}?"
    r"(?:included|includes|carried|carrying|carries|brought|took|consisted\s+of|comprised|"
    r"with)\s+(?:(?:about|some|around|nearly|at\s+least)\s+)?"
    r"(?:\d[\d,]*\s+[a-z]+(?:\s+and|,)\s+(?:about\s+|some\s+)?)?$)", re.I)
_SIMPLE = re.compile(r"[a-z][a-z0-9_]*\.([a-z][a-z0-9_]*)")


def one_of_several(text: str, sentence: Span, start: int, quantity: str) -> str:
    """`quantity` as the count of the ordinal's group that holds the number."""
    simple = _SIMPLE.fullmatch(quantity)
    found = _ONE_OF_SEVERAL.search(text, max(sentence.start, start - 90), start)
    if simple is None or found is None or quantity.startswith(("unnamed_", "unknown")):
        return quantity  # (a placeholder stays one: no measure to give the group)
    return f"{found.group(1).lower()}_{found.group(2).lower()}.{simple.group(1)}"
