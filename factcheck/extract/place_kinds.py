"""How places are named: a storm's name is never a place ("Hurricane Gustav" makes
"seek shelter from Gustav" and "Gustav's outer bands" the storm's); and a region
apart from the town of its name.

"The Kinglake region ... has been the worst hit - 550 homes have been razed and 55
deaths had been reported in the area" and "the town of Kinglake, which suffered
eight deaths": a reader keeps them apart, the region's counts hold the town's.
Where the text names a place both as a region and as a town (township, village,
city), the region is `kinglake_region`; a name met only as a region ("the Tigray
region") stays the place itself, and so does "the Bossangoa area" beside "the town
of Bossangoa" (an area is what is around the town, and gold writers take it for the
town).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .spellings import snake

_WIDE = re.compile(r"\s+(region)\b")
_TOWN_BEFORE = re.compile(r"\b(?:town|township|village|city)\s+of\s+$", re.I)
_TOWN_AFTER = re.compile(r"\s+(?:town|township|village)\b")


_STORM = re.compile(r"\b(?:Hurricane|Cyclone|Typhoon|Super\s+Typhoon|Tropical\s+Storm|Storm)"
                    r"\s+([A-Z][a-z]+)\b")


def without_storms(text: str, places: list) -> list:
    """The places, less the names the text gives a storm."""
    storms = {snake(m.group(1)) for m in _STORM.finditer(text)}
    return [p for p in places if p.key not in storms] if storms else places


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
