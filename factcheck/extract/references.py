"""Places named only to say where something else lies: "about 80km north of
Melbourne", "40 miles south of Lampedusa", "20 kilometres from Kunming", or which
way people went: "entered Uganda via the border crossing points at Moyo".

Such a place is a landmark: the fire, the wreck, the region lie away from it, so no
count of the sentence is about it, and naming it again and again ("the worst-affected
areas north of Melbourne") does not make it the story's place. "In the north of
Syria" is different: "the north of X" is a part of X, and a count there is X's.
A people's adjective before a kind of place ("the southern Italian island of
Lampedusa", "near Italian island", "the Somali capital Mogadishu") says in which
country the place lies; the count is the place's, not the country's.
"""

from __future__ import annotations

import re
from dataclasses import replace

_DIRECTION = (r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)"
              r"(?:ward)?")
# "(80km) north of (the capital,) X", not "the north of X"; "12 miles from X"; "via
# the border crossing points at X" (a bare "via X" and "through X" are left alone:
# "storms swept through parts of Iowa" struck Iowa)
_LANDMARK = re.compile(
    rf"(?:(?<![\w-])(?<![Tt]he\s){_DIRECTION}\s+of"
    r"|(?i:km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?)\s+(?:(?:away\s+)?from|off)"
    r"|\bvia(?:\s+the)?(?:\s+[a-z-]+){0,4}\s+(?:at|of)"
    # "breached its banks on the border with Nepal", "near the border with Myanmar"
    r"|\b(?:on|near|close\s+to|along|at)\s+the\s+border\s+with|\bbordering)"
    r"\s+(?:the\s+)?(?:(?:[a-z]+\s+|[A-Z][\w-]*['’]s\s+)?(?:capital|city|town),?\s+)?$")
# "Italian island", "Somali capital": one place, never a plural ("Turkish provinces")
_KIND_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:island|town|city|village|capital|port|province|"
                         r"region|state|district|county|coast)(?![\w-])")
_OWNER = re.compile(r"['’]s\s+(?:[a-z]+\s+)?(?:capital|city|town)\b")


def landmark(text: str, start: int, end: int, demonym: bool = False) -> bool:
    """Whether the place text[start:end] is only a landmark that locates another
    ("northeast of Yunnan's capital, Kunming": the capital is, not Yunnan)."""
    if demonym:
        return _KIND_AFTER.match(text, end) is not None
    return _LANDMARK.search(text[max(0, start - 60):start]) is not None \
        and _OWNER.match(text, end) is None


_LIST_GAP = re.compile(r"\s*(?:,|,?\s+(?:and|or))\s*")


def with_landmarks(text: str, places: list) -> list:
    """The places, each marked `landmark` when it is one, or when it goes on a list
    of landmarks ("via the border crossing points at Moyo, Kuluba and Elegu"), and
    a `qualifier` when it owns the place after it ("Ethiopia's Dollo Ado area": the
    count is Dollo Ado's, as "Vidalia, Louisiana" is Vidalia's)."""
    marked = []
    starts = {p.start for p in places}
    for place in places:
        listed = bool(marked) and marked[-1].landmark and not place.demonym \
            and _LIST_GAP.fullmatch(text, marked[-1].end, place.start) is not None
        owns = text[place.end:place.end + 3] in ("'s ", "’s ") and place.end + 3 in starts
        marked.append(replace(place, landmark=listed or landmark(
            text, place.start, place.end, place.demonym), qualifier=place.qualifier or owns))
    return marked
