"""A number said of each of several places: "Five each died in Khammam and
Karimnagar", "Four other counties reported one death each — Medina, Milam, Travis and
Williamson". The number is every place's own count, so it is drafted once for each
place (`khammam.killed`, `karimnagar.killed`); never as the places' joint count
(`khammam_and_karimnagar.killed`), which would be their sum.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

from ..registry.model import unique_id
from .place_lists import PLACE_NAME, SIMPLE_QUANTITY
from .spellings import snake
from .text import Span

# "five each", "one death each", "one such death each"
_EACH = re.compile(r"(?:\s+[a-z]+){0,2}?\s+each\b")
# the places after it, a few words on: "died in A and B", "— A, B, C and D", "from A and B"
_PLACES = re.compile(rf"(?:\s+[a-z]+){{0,3}}?(?:\s+(?:in|from|at)\s+|\s*[—–:]\s*|\s+-\s+)"
                     rf"(?P<list>{PLACE_NAME}(?:,\s*{PLACE_NAME})*,?\s+and\s+{PLACE_NAME})")


def each_place(draft, text: str, sentence: Span, taken: set[str],
               places_of: Callable[[str], tuple]) -> list:
    """The draft, or one copy per place when its number is said of each of them."""
    said = _EACH.match(text, draft.span[1], sentence.end)
    named = SIMPLE_QUANTITY.fullmatch(draft.quantity)
    if said is None or named is None or draft.quantity.startswith("unnamed_"):
        return [draft]
    listed = _PLACES.match(text, said.end(), sentence.end)
    if listed is None:
        return [draft]
    names = [n.strip() for n in re.split(r",\s*(?:and\s+)?|\s+and\s+", listed["list"])]
    copies = []
    for k, name in enumerate(n for n in names if n):
        quantity = f"{snake(name)}.{named['measure']}"
        ident = draft.id if k == 0 else unique_id(f"{draft.id}-{snake(name)}", taken)
        copies.append(replace(draft, id=ident, quantity=quantity, places=places_of(quantity)))
    return copies
