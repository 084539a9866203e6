"""Which story an article tells, so that drafting `--into` a registry of many articles
does not link the counts of two events in one place: a cold wave's deaths in Poland
and a mine's, weeks apart, are both `poland.killed` to a name, never to a reader.

A story is its event's family (the lexicon row it names most, grouped: a cyclone, its
floods and rains are one story; a quake and its aftershocks another) and the storm its
title names ("Cyclone Idai" and "Cyclone Kenneth" are two stories of one family); a
disease the title names makes an epidemic's story, in a flood's wake too.
Rows that can tell any story (an exodus, a journey, a search, a crisis, a landslide)
leave the story unknown, and an unknown story is never told apart.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

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
    # (lightning kills in a storm's season, a story of its own beside the floods)
    "lightning": {"lightning"},
}
_FAMILY_OF = {row: family for family, rows in _FAMILIES.items() for row in rows}


@dataclass(frozen=True)
class Story:
    family: str
    storm: str | None = None  # the storm the title names ("idai")
    disease: str | None = None  # an epidemic's, the one the text names most ("mpox")


# the diseases of an epidemic story: Rwanda's Marburg cases and its mpox cases, the
# same year, are two stories' counts
DISEASE_WORDS = (r"cholera|ebola|marburg|mpox|monkeypox|measles|dengue|malaria|"
                 r"typhoid|meningitis|yellow\s+fever|lassa|diphtheria|covid|coronavirus|"
                 r"sars|mers|swine\s+flu|bird\s+flu|avian\s+flu|h1n1|polio|plague|zika|"
                 r"chikungunya|nipah|anthrax|hepatitis|leptospirosis|rat\s+fever|typhus|"
                 r"scarlet\s+fever|hantavirus|encephalitis|oropouche")
DISEASES = re.compile(rf"\b({DISEASE_WORDS})\b", re.I)
_SAME_DISEASE = {"monkeypox": "mpox", "coronavirus": "covid", "h1n1": "swine flu",
                 "rat fever": "leptospirosis"}


@lru_cache(maxsize=64)
def story_of(text: str) -> Story | None:
    """The story `text` tells, or None when its events do not say."""
    title = _disease(text.lstrip().split("\n", 1)[0])
    if title is not None:  # "'Rat fever' kills 9 in flood battered Kerala": the disease's
        return Story("epidemic", None, title)
    counts = Counter(h.name for h in lexicon().hits(text, 0, len(text)) if h.table == "events")
    if not counts:  # ("vaccination against mpox": a disease's story, no event word)
        disease = _disease(text)
        return Story("epidemic", None, disease) if disease else None
    family = _FAMILY_OF.get(counts.most_common(1)[0][0])
    if family is None:
        return None
    storm = own_storm(text) if family == "storm_or_flood" else None
    return Story(family, storm[0] if storm else None,
                 _disease(text) if family == "epidemic" else None)


def disease_named(word: str) -> str:
    """The disease `word` names, as a name part ("Coronavirus": `covid`)."""
    word = " ".join(word.lower().split())
    return _SAME_DISEASE.get(word, word).replace(" ", "_")


def _disease(text: str) -> str | None:
    named = Counter(_SAME_DISEASE.get(d, d) for d in (
        " ".join(m.group(1).lower().split()) for m in DISEASES.finditer(text)))
    return named.most_common(1)[0][0] if named else None


def other_story(ours: Story | None, theirs: Story | None) -> bool:
    """Two known stories a reader tells apart: of two families, or of two storms."""
    if ours is None or theirs is None:
        return False
    if ours.family != theirs.family:
        return True
    return (ours.storm is not None and theirs.storm is not None and ours.storm != theirs.storm) \
        or (ours.disease is not None and theirs.disease is not None
            and ours.disease != theirs.disease)
