"""The area a number measures as burned or flooded: "the fire spread across 2,170
acres", "a 2,500-acre blaze", "inundated 1.2 million hectares"."""

from __future__ import annotations

import re

from .amounts import AREA_UNITS
from .mention import Mention
from .text import Span

# "Floods covered 30,000 square kilometres", "inundated 1.2 million hectares", "an area
# of 5,000 acres under water"
_FLOODED = re.compile(r"\b(?:flood(?:s|ed|ing|waters)?|inundat\w+|submerg\w+|under\s+water|"
                      r"underwater|waterlogged)\b", re.I)


def flooded_area(text: str, mention: Mention, sentence: Span) -> bool:
    """An area the number's clause says water covered."""
    if mention.unit not in AREA_UNITS:
        return False
    start, end = sentence.start, sentence.end
    for mark in _CLAUSE_MARK.finditer(text, sentence.start, sentence.end):
        if mark.end() <= mention.start:
            start = mark.end()
        elif mark.start() >= mention.end:
            end = mark.start()
            break
    return bool(_FLOODED.search(text, start, end))


_CLAUSE_MARK = re.compile(r"[;:]|,\s+(?:while|but|and|whereas)\s")


_BURNED = re.compile(r"\b(?:burned|burnt|burning|charred|scorched|blackened|consumed|"
                     r"torched|engulfed)\b", re.I)
# (past an aside: "the bushfire, which began at X, ultimately ripped through 11,000 ha")
_FIRE_SPREAD = re.compile(r"\b(?:fire|blaze|wildfire|bushfire|inferno)s?\b[^.;:]{0,80}?\b"
                          r"(?:has\s+|had\s+)?(?:spread|spreads|raced|swept|covered|covers|"
                          r"spanned|spans|grew|grown|expanded|stretched|stretches|ripped\s+through|"
                          r"tore\s+through|torn\s+through|burned\s+through|"
                          # "the forest fire area in Siberia is 7,000 hectares"
                          r"is|was|reached|totals|totaled|totalled|stood\s+at|estimated\s+at)\b",
                          re.I)
_IT_GREW = re.compile(r"\bit\s+(?:has\s+|had\s+)?(?:grown|grew|spread|expanded)\b[^.;:]*$")
_FIRE_WORD = re.compile(r"\b(?:wild)?(?:fire|blaze|bushfire)s?\b", re.I)
# "2,500-acre (1,011.7-hectare) blaze", "a 120,000 hectare inferno"
_FIRE_NOUN = re.compile(r"(?:\s*\([^()]{0,30}\))?-?\s*"
                        r"(?:wild)?(?:fire|blaze|bushfire|inferno)s?\b", re.I)


def burned_area(text: str, mention: Mention, start: int, end: int) -> bool:
    """"charred some 320 acres", "a 2,500-acre blaze", "left 1,600 acres charred": an
    area a fire burned."""
    if mention.unit not in AREA_UNITS:
        return False
    # (the mention may hold its verb: "estimated at 1,000 acres")
    digit = re.search(r"\d", mention.text)
    number_at = mention.start + (digit.start() if digit else 0)
    if _FIRE_NOUN.match(text, mention.end) or _FIRE_SPREAD.search(text, start, number_at):
        return True  # "a 2,500-acre blaze", "the fire spread across 2,170 acres"
    if _IT_GREW.search(text, max(start, mention.start - 60), mention.start) \
            and _FIRE_WORD.search(text, max(0, start - 300), start):
        return True  # "the map showed it had grown even further to 125 hectares": the
        # fire the sentence before tells of
    clause = re.split(r"[;:]|\.\s", text[start:end])
    at = mention.start - start
    for piece in clause:  # the burn verb in the number's own sentence part
        if at < len(piece):
            return bool(_BURNED.search(piece))
        at -= len(piece) + 1
    return False
