"""The number's own nouns: a people noun that names a group ("21 students"), a word
that says which kind of thing ("religious buildings"), the verb done to things
right before the number, a thing right after it."""

from __future__ import annotations

import re

from .amounts import SIZE_WORDS
from .clauses import BREAK as _BREAK
from .lexicon import Hit
from .mention import Mention


# People nouns that name everyone counted, not a group apart ("300 people", "863
# civilians", "15 refugees"): no prefix.
GENERIC_PEOPLE = frozenset("""people persons person civilians residents refugees individuals
inhabitants migrants evacuees victims casualties dead deaths fatalities injured wounded
displaced homeless citizens nationals survivors others villagers locals""".split())


def group_noun(text: str, mention: Mention) -> str | None:
    """A people noun right after the number, past one adjective, that names a group of
    its own ("21 students", "215 Pakistani soldiers"): the measure's prefix."""
    from .people import PERSON_NOUNS

    # the number's own words, up to a clause mark ("reached 14, officials said")
    words = re.findall(r"[A-Za-z]+", re.split(r"[,;:.()]", text[mention.end:mention.end + 40],
                                               maxsplit=1)[0])[:2]
    for k, word in enumerate(words):
        low = word.lower()
        if low in PERSON_NOUNS:
            return None if low in GENERIC_PEOPLE else low
        if k == 0 and not (word[0].isupper() or low.endswith(("ian", "ese", "ish", "i"))):
            return None
    return None


def modifier(gap: str) -> str:
    """"73 religious buildings", "112 government buildings": kinds of a thing kept
    apart (`religious_buildings`); not a participle ("600 damaged homes")."""
    words = gap.split()
    if len(words) == 1 and re.fullmatch(r"[a-z]{3,}", words[0]) and not words[0].endswith(
            "ed") and words[0] not in SIZE_WORDS | {"of"}:
        return f"{words[0]}_"
    return ""


def verb_before(text: str, mention: Mention, hits: list[Hit]) -> Hit | None:
    """"The earthquake destroyed 53,000 homes and damaged 77,000 more": the verb whose
    object the number is, right before it, before any word after it."""
    for hit in hits:
        if hit.table == "object_measures" and hit.end <= mention.start \
                and re.fullmatch(r"\s*(?:(?:some|about|nearly|almost|over|more\s+than|"
                                 r"at\s+least|around|an\s+estimated)\s+)?",
                                 text[hit.end:mention.start]):
            return hit
    return None


def attached(hits: list[Hit], mention: Mention, table: str, text: str) -> Hit | None:
    """A noun of `table` right after the number ("600 homes", "215 Pakistani
    soldiers", "dozens of villages")."""
    for hit in hits:
        if hit.table == table and hit.start >= mention.end:
            gap = text[mention.end:hit.start]
            if len(gap.split()) <= 2 and not _BREAK.search(gap) \
                    and not set(gap.lower().split()) & GENERIC_PEOPLE:
                return hit  # not "60 people inside apartments": the people are counted
    return None
