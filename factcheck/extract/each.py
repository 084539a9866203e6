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


# the places first, as the subject that reports: "Quang Ngai and Vinh Long each
# reported one death", "Binh Dinh and Phu Yen provinces reported one death each"
_LIST = rf"(?P<list>{PLACE_NAME}(?:,\s*{PLACE_NAME})*,?\s+and\s+{PLACE_NAME})"
_TALLIED = r"(?:reported|recorded|registered|confirmed|counted|had|have|saw|lost)\s+"
_PLACES_BEFORE = re.compile(rf"(?:^\s*|[;:,]\s+(?:and\s+)?){_LIST}(?:\s+(?:provinces|districts|states|"
                            rf"counties|regions|cities|towns|villages))?\s+(?P<each>each\s+)?"
                            rf"{_TALLIED}(?:(?:about|some|at\s+least|nearly|more\s+than)\s+)?$")
# a body, not a place: "Save the Children and Oxfam each reported"
_NOT_PLACES = re.compile(r"\b(?:[A-Z]{2,}|Ministry|Agency|Red|Crescent|Cross|Children|Council|"
                         r"Office|Department|Service|Services|Police|Army|Government|Officials)\b")


# "Veracruz has the highest number of deaths at 14, followed by Tabasco, San Luis
# Potosí and Tamaulipas with eight each": the measure of the count before
_FOLLOWED = re.compile(rf"\bfollowed\s+by\s+{_LIST}\s+with\s+$")


def each_place(draft, text: str, sentence: Span, taken: set[str],
               places_of: Callable[[str], tuple], earlier: list = ()) -> list:
    """The draft, or one copy per place when its number is said of each of them;
    `earlier`: the drafts before it."""
    said = _EACH.match(text, draft.span[1], sentence.end)
    followed = _FOLLOWED.search(text, sentence.start, draft.span[0]) if said else None
    before = [d for d in earlier if sentence.start <= d.span[0] < draft.span[0]
              and SIMPLE_QUANTITY.fullmatch(d.quantity) and not d.quantity.startswith("unnamed_")]
    if followed is not None and before and not _NOT_PLACES.search(followed["list"]):
        measure = SIMPLE_QUANTITY.fullmatch(before[-1].quantity)["measure"]
        return _copies(draft, followed["list"], measure, taken, places_of)
    named = SIMPLE_QUANTITY.fullmatch(draft.quantity)
    if named is None or draft.quantity.startswith("unnamed_"):
        return [draft]
    before = _PLACES_BEFORE.search(text[sentence.start:draft.span[0]])
    if before is not None and (before["each"] or said) and not _NOT_PLACES.search(before["list"]):
        # the places are the count's, not who speaks: the reporter is no speaker
        by = None if draft.by and any(n in draft.by for n in _names(before["list"])) \
            else draft.by
        return _copies(replace(draft, by=by), before["list"], named["measure"], taken,
                       places_of)
    listed = _PLACES.match(text, said.end(), sentence.end) if said else None
    if listed is None:
        return [draft]
    return _copies(draft, listed["list"], named["measure"], taken, places_of)


def _copies(draft, places: str, measure: str, taken: set[str],
            places_of: Callable[[str], tuple]) -> list:
    copies = []
    for k, name in enumerate(_names(places)):
        quantity = f"{snake(name)}.{measure}"
        ident = draft.id if k == 0 else unique_id(f"{draft.id}-{snake(name)}", taken)
        copies.append(replace(draft, id=ident, quantity=quantity, places=places_of(quantity)))
    return copies


def _names(places: str) -> list[str]:
    """The names of a list: "Tabasco, San Luis Potosí and Tamaulipas"."""
    return [n.strip() for n in re.split(r",\s*(?:and\s+)?|\s+and\s+", places) if n.strip()]

