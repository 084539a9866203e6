"""The place a paragraph opens with: "In Mayotte, a French overseas territory, at
least 31 people were confirmed dead ... Winds exceeding 220 km/h caused severe damage".

Reporters set the scene of a paragraph once ("In X, ...") and let the sentences after
it speak of X without naming it again. A count or a wind speed in such a sentence,
with no place of its own, is X's, not the story's main place's. Only a paragraph's
first words open such a frame ("In X," or "In X's"): a place named in the middle of
a paragraph ("... a camp in Sudan. Two died.") frames nothing.
"""

from __future__ import annotations

import re

from .places import Places

_OPENS = re.compile(r"[ \t]*In[ \t]+(?:the[ \t]+)?(?=[A-Z])")


def paragraph_place(text: str, start: int, places: Places) -> str | None:
    """The key of the place that opens the paragraph holding `start`, or None."""
    frame = _OPENS.match(text, text.rfind("\n", 0, start) + 1)
    if frame is None:
        return None
    place = next((p for p in places.found if p.start == frame.end() and not p.demonym), None)
    if place is None or place.start >= start or not re.match(r",|['’]s\b", text[place.end:]):
        return None
    return place.key
