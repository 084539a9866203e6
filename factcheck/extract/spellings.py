"""Place keys, and what is read over a whole text to settle them: countries under
several spellings (the lexicon's `same_places`), names that speak, names only a
title in capitals gives."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import replace
from functools import cache

from .lexicon import lexicon


def one_spelling(found: list, declared: set[str]) -> list:
    """A country under two spellings ("Democratic Republic of Congo" and "DRC", "Burma"
    and "Myanmar"; `same_places` in the lexicon) is one place, under the key of the
    spelling the text uses most (a registry's own id first): counts of both cluster."""
    groups = lexicon().same_places
    counts = Counter(p.key for p in found)
    chosen = {}
    for group in groups:
        used = [k for k in group if counts[k]]
        if len(used) > 1:
            best = max(used, key=lambda k: (k in declared, counts[k]))
            chosen.update({k: best for k in used})
    return [replace(p, key=chosen[p.key]) if p.key in chosen else p for p in found]


def spellings_of(key: str) -> frozenset:
    """The keys of every spelling of the place `key` ("britain": "uk", "united_kingdom"
    ...), itself included."""
    return next((frozenset(group) for group in lexicon().same_places if key in group),
                frozenset((key,)))


@cache
def known_spellings() -> frozenset:
    """Every country key the lexicon spells ("us", "drc", "car" among them)."""
    groups = lexicon().same_places
    return frozenset(key for group in groups for key in group)


# "Baker said", "Baker told NPR": a name that speaks is a person's
_SPEAKS = re.compile(r"\s+(?:said|says|told|tells|added|recalled|explained)\b")
# ... not "police in Miyagi said": the place of the speaker
# (or the last of a list after it: "authorities in New South Wales and Victoria said")
_PLACE_WORD = re.compile(r"\b(?i:in|of|from|at|near|the|for)\s+(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)"
                         r"{0,3},?\s+(?:and|or)\s+)?$")


# "the City Disaster Risk Reduction and Management Council": a body's name, its first half
_BODY_HALF = re.compile(r"\s+and\s+(?:[A-Z][\w-]*\s+){0,3}(?:Council|Office|Agency|Committee|"
                        r"Authority|Commission|Department|Board|Cent(?:er|re))\b")


def not_speakers(found: list, text: str, declared: set[str]) -> list:
    """The places without a name the text makes speak somewhere (a surname read as a
    place after "Wilmington, N.C. Baker ..."), or names as a body's first half, save
    countries and declared places: "Ukraine says" is still Ukraine."""
    countries = known_spellings() | {snake(c) for c in lexicon().demonyms.values()}
    spoken = {p.key for p in found if _SPEAKS.match(text, p.end)
              and not _PLACE_WORD.search(text, max(0, p.start - 50), p.start)}
    spoken |= {p.key for p in found if _BODY_HALF.match(text, p.end)}
    spoken -= countries | declared
    return [p for p in found if p.key not in spoken or p.demonym]


def snake(name: str) -> str:
    # "Democratic Republic of the Congo" and "... of Congo" are one place
    name = re.sub(r"(?<=\S)\s+the\s+(?=\S)", " ", plain(name).lower().replace("’", "'"))
    name = re.sub(r"[^a-z0-9]+", "_", name).strip("_")
    return name if name[:1].isalpha() else f"p_{name}"


# Letters that do not decompose into a base letter and an accent
_UNSPLIT = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                          "ı": "i", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe",
                          "ß": "ss", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D"})


def plain(text: str) -> str:
    """The text with its letters' accents dropped: "Cúcuta" is named cucuta, as a
    person writes it in a name (not c_cuta)."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_UNSPLIT))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def title_case_checked(found: list, text: str) -> list:
    """In a title with every word capitalised ("UN Issues Urgent Appeal for $4.4
    Billion in Famine Aid") capitals say nothing: a name there is a place only when
    the body names it as one too."""
    title_end = len(text) - len(text.lstrip()) + len(text.lstrip().split("\n", 1)[0])
    words = [w for w in re.findall(r"[A-Za-z]{4,}", text[:title_end])]
    if len(words) < 4 or sum(w[0].isupper() for w in words) < 0.7 * len(words):
        return found
    body = {p.key for p in found if p.start >= title_end}
    rest = text[title_end:].lower()
    # "Haiti's Death Toll ..." over a body that speaks of "Haitians": known there
    body |= {snake(place) for adjective, place in lexicon().demonyms.items()
             if re.search(rf"\b{adjective}s?\b", rest)}
    countries = {snake(place) for place in lexicon().demonyms.values()}
    return [p for p in found if p.start >= title_end or p.key in body
            or p.key in countries or text[p.start:p.end].lower() in rest]

