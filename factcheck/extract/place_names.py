"""The shapes of place names: compass words, a continent part's adjective ("Central
American"), a surname that looks like a place ("the Ortega government" when the text
names "Daniel Ortega"), and a hyphenated name folded to the part the text also uses
("Nagorno-Karabakh" and "Karabakh")."""

from __future__ import annotations

import re
from dataclasses import replace

from .place_words import NO_NAMES, NOT_PLACES
from .spellings import known_spellings, snake

DIRECTIONS = frozenset("""north south east west northern southern eastern western
central upper lower new greater""".split())


# adjectives of a continent's part: "Central American", "West African", "South Asian"
# (not "the South Pacific")
# short forms in capitals that spell one place wherever they stand, as readers key
# them ("UP has recorded maximum casualties", "in UP": Uttar Pradesh); not forms that
# also spell a body or a title ("MP", "AP")
SHORT_FORMS = {"UP": "uttar_pradesh", "UK": "uk"}  # (not "US": "the US state of", "US envoy")
REGION_PEOPLE = r"(?:american|african|asian|european)s?"
# first words of a place's name of two words ("South Sudan", "San Jose"): no person's
_NAME_PARTS = frozenset("""north south east west new upper lower central northern southern
eastern western saint st san santa port great little greater""".split())


def surname(text: str, name: str) -> bool:
    """`name` is the last word of a person's name the text gives in full ("Daniel
    Ortega"), not a place of one word ("South Sudan" keeps "Sudan" a place)."""
    for found in re.finditer(rf"\b([A-Z][a-z]+)\s+{re.escape(name)}\b", text):
        first = found.group(1)
        if first.lower() not in _NAME_PARTS | NO_NAMES | NOT_PLACES \
                and snake(found.group()) not in known_spellings() \
                and not re.search(r"(?:^|[.!?]\s+|\n)$", text[:found.start()]):
            return True
    return False


def fold_compounds(found: list, text: str, declared: set[str]) -> list:
    """"Nagorno-Karabakh" in a text that also says "Karabakh" is that place: one hyphen
    joins a name's parts, so its last part names it ("North-West" and the like, a
    direction, stay a place of their own)."""
    keys = {p.key for p in found if not p.demonym}
    folded = {}
    for place in found:
        surface = text[place.start:place.end]
        if place.key in declared or "-" not in surface or " " in surface.strip():
            continue
        head, _, last = surface.rpartition("-")
        short = snake(last)
        if short in keys and short != place.key and head.lower() not in DIRECTIONS \
                and head[:1].isupper():
            folded[place.key] = short
    if not folded:
        return found
    return [replace(p, key=folded.get(p.key, p.key)) for p in found]


# the particles of a Spanish or Portuguese name ("Viña del Mar", "Mar del Plata")
_PARTICLES = frozenset("del de da do dos das la las los".split())


def name_words(name: str) -> list[str]:
    """A name's words in lower case; in a name joined by a particle, the words beside
    the particle are the name's own ("Mar" of "Viña del Mar" is no month)."""
    words = [w.lower().rstrip(".") for w in name.split()]
    if not _PARTICLES & set(words[1:-1]):
        return words
    return [w for n, w in enumerate(words) if w in _PARTICLES
            or not ({words[n - 1] if n else "", words[n + 1] if n + 1 < len(words) else ""}
                    & _PARTICLES)]
