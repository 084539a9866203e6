"""A count of a people: "Over 40,000 Ethiopians have fled to neighboring Sudan".

The people the number counts name the country they left, even when the clause names
another place nearer the number ("as government forces pursue an offensive in the
Tigray region"): a count of Ethiopians on the move is Ethiopia's `departed`. Only the
number's own noun counts ("40,000 Ethiopians", "1.06 million Ukrainians"); a people
named elsewhere in the sentence ("40,000 people, most of them Ethiopians") does not
say whose count it is.
"""

from __future__ import annotations

import re

from .lexicon import lexicon
from .mention import Mention
from .places import snake

# the number's noun, at most one lower-case word between ("40,000 more Syrians")
_NOUN = re.compile(r"[ \t]+(?:[a-z]+[ \t]+)?([A-Z][a-z]+)s\b")


def people_counted(text: str, mention: Mention, registry: dict) -> str | None:
    """The country whose people the number counts, or None."""
    match = _NOUN.match(text, mention.end)
    name = lexicon().demonyms.get(match.group(1).lower()) if match else None
    if name is None:
        return None
    return registry.get(snake(name)) or snake(name)


# what follows a demonym that counts people ("6,000 South Sudanese are staying",
# "300 Syrian refugees", "three German skiers"), not things ("10 Turkish provinces")
_PEOPLE_AFTER = re.compile(r"\s+(?:are|were|is|was|have|had|who|asylum)\b")
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")


def _people_after(text: str, end: int) -> bool:
    from .people import PERSON_NOUNS

    word = _NEXT_WORD.match(text, end)  # ("eight million Catalan residents": the people
    # of a place are its population, the demonym its name)
    return bool(_PEOPLE_AFTER.match(text, end) or (
        word and word[1] in PERSON_NOUNS and word[1] not in ("residents", "inhabitants")))


# "a boat carrying migrants from North Africa": where the people come from, said of
# a people noun, not where what the sentence counts happened
_COME_FROM = re.compile(r"\b(?:migrants|refugees|asylum[ \t]+seekers|passengers|people|"
                        r"nationals|workers|evacuees)[ \t]+(?:[a-z]+[ \t]+)?from[ \t]+"
                        r"(?:the[ \t]+)?$")


_AMONG_THE = re.compile(r"[^.;:]{0,100}?\b(?:were|was|are|is)\s+(?:also\s+)?among\s+the\s+"
                        r"(?:dead|injured|wounded|victims|killed|missing|survivors)\b")


def without_the_people(text: str, mention: Mention, places: list) -> list:
    """The places a count that is no flow may be of, less the people it counts when
    another place is named: "6,000 South Sudanese are staying in the Pagiarinya
    settlement" are not where they are counted, and the 250 missing "after a boat
    carrying migrants from North Africa capsized ... near Lampedusa" are Lampedusa's.
    With only the people's origin named, the count has no place of its own."""
    if not _AMONG_THE.match(text, mention.end):  # ("three people from the Dominican
        # Republic ... were among the injured": those of that country among them)
        places = [p for p in places if not _COME_FROM.search(text, max(0, p.start - 50), p.start)]
    if all(p.demonym for p in places):
        return places
    return [p for p in places if not (
        p.demonym and re.fullmatch(r"\s+(?:[a-z]+\s+){0,2}", text[mention.end:p.start])
        and _people_after(text, p.end))]
