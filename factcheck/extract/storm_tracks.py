"""A storm's day in another country than the story's: "The typhoon, which killed 41
people and left thousands homeless when it tore through the Philippines last week",
in a story of its landfall in China, is when it struck the Philippines
(`typhoon_philippines.start`, as gold writers name it), no rival of the day it struck
China (`typhoon.start`)."""

from __future__ import annotations

import re

from .mention import Mention
from .place_kinds import country_keys
from .spellings import snake

# a storm's blow, then the country it struck, then the day
_STRUCK = re.compile(r"\b(?:hit|hits|struck|strikes|tore\s+(?:through|across)|swept\s+(?:through|"
                     r"across|over)|battered|lashed|pounded|slammed\s+into|ravaged|made\s+"
                     r"landfall\s+(?:in|on|over))\s+(?:the\s+)?((?:[A-Z][\w'’-]*\s+){1,3}?)"
                     r"(?:(?:early|late)\s+)?(?:on\s+)?$")
_STORMS = frozenset("typhoon hurricane cyclone storm tropical".split())


def struck_abroad(text: str, mention: Mention, label: str, places) -> str:
    """`label` with the country a storm struck on the mention's day, when that country
    is not the story's: not its main place, nor named in its title."""
    found = _STRUCK.search(text, max(0, mention.start - 80), mention.start)
    if found is None or label.split("_")[0] not in _STORMS:
        return label
    country = snake(found.group(1).strip())
    title = text.lstrip().split("\n", 1)[0].lower()
    if country not in country_keys() or (places is not None and places.main == country) \
            or found.group(1).strip().lower() in title:
        return label
    return f"{label}_{country}"
