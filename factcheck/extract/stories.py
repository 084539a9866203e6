"""Which story an article tells, so that drafting `--into` a registry of many articles
does not link the counts of two events in one place: a cold wave's deaths in Poland
and a mine's, weeks apart, are both `poland.killed` to a name, never to a reader.

A story is its event's family (the lexicon row it names most, grouped: a cyclone, its
floods and rains are one story; a quake and its aftershocks another) and the storm its
title names ("Cyclone Idai" and "Cyclone Kenneth" are two stories of one family).
Rows that can tell any story (an exodus, a journey, a search, a crisis, a landslide)
leave the story unknown, and an unknown story is never told apart.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from .lexicon import lexicon
from .storms import own_storm

# the lexicon's event rows, grouped into the stories a reader tells apart
_FAMILIES = {
    "conflict": {"invasion", "offensive", "conflict", "blockade", "ceasefire", "occupation",
                 "genocide", "transition"},
    "storm_or_flood": {"storm", "flood", "monsoon", "rains", "tornado"},
    "cold": {"cold_wave", "blizzard"},
    "heat_or_drought": {"heatwave", "drought", "wildfire"},
    "quake_or_volcano": {"earthquake", "aftershock", "tsunami", "eruption", "avalanche"},
    # (a building's or a factory's fire: "fire" names only those, a wildfire its own row)
    "accident": {"crash", "explosion", "gas_leak", "stampede", "fire"},
    "epidemic": {"outbreak"},
}
_FAMILY_OF = {row: family for family, rows in _FAMILIES.items() for row in rows}


@dataclass(frozen=True)
class Story:
    family: str
    storm: str | None = None  # the storm the title names ("idai")


def story_of(text: str) -> Story | None:
    """The story `text` tells, or None when its events do not say."""
    counts = Counter(h.name for h in lexicon().hits(text, 0, len(text)) if h.table == "events")
    if not counts:
        return None
    family = _FAMILY_OF.get(counts.most_common(1)[0][0])
    if family is None:
        return None
    storm = own_storm(text) if family == "storm_or_flood" else None
    return Story(family, storm[0] if storm else None)


def other_story(ours: Story | None, theirs: Story | None) -> bool:
    """Two known stories a reader tells apart: of two families, or of two storms."""
    if ours is None or theirs is None:
        return False
    if ours.family != theirs.family:
        return True
    return ours.storm is not None and theirs.storm is not None and ours.storm != theirs.storm
