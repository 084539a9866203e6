"""A region and a town of one name: "The Kinglake region ... has been the worst hit -
550 homes have been razed and 55 deaths had been reported in the area" and "the town
of Kinglake, which suffered eight deaths". A reader keeps them apart: the region's
counts hold the town's. Where the text names a place both as a region and as a
town (township, village, city), the region is `kinglake_region`; a name met only as
a region ("the Tigray region") stays the place itself, and so does "the Bossangoa
area" beside "the town of Bossangoa" (an area is what is around the town, and gold
writers take it for the town).
"""

from __future__ import annotations

import re
from dataclasses import replace

_WIDE = re.compile(r"\s+(region)\b")
_TOWN_BEFORE = re.compile(r"\b(?:town|township|village|city)\s+of\s+$", re.I)
_TOWN_AFTER = re.compile(r"\s+(?:town|township|village)\b")


def regions_apart(text: str, places: list) -> list:
    """The places, a region renamed `KEY_region` when a town of its name is named."""
    towns = {p.key for p in places if _TOWN_BEFORE.search(text[max(0, p.start - 20):p.start])
             or _TOWN_AFTER.match(text, p.end)}
    result = []
    for place in places:
        wide = _WIDE.match(text, place.end)
        if wide is not None and place.key in towns and not place.demonym:
            place = replace(place, key=f"{place.key}_{wide.group(1)}")
        result.append(place)
    return result
