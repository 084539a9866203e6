"""A person named with where they come from before a speech verb: "Zolile Qaza from the
traditional council in Shushu village in the Tamarha administrative area said", "Giang
A. Thinh from Sa Pa District claimed". The person speaks, not the place at the end of
the phrase."""

from __future__ import annotations

import re

from .speaker_offices import PERSON_NAME

# two or three capitalised words, a middle initial allowed ("Giang A. Thinh")
_NAME = re.compile(r"[A-Z][\w’'-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w’'-]+){1,2}")
# what ends the origin's phrase: a clause's punctuation or words
_BOUNDARY = frozenset(",;:()“”\"—–".split() + list(",;:()“”\"—–")) | frozenset(
    "and who which that said says told".split())
_LONGEST = 14  # tokens from "from" to the verb


def person_from(tokens: list[str]) -> str:
    """The name before the last "from" of the tokens (the words before a speech verb),
    when nothing after it ends the phrase; else ""."""
    ats = [k for k, token in enumerate(tokens) if token == "from"]
    if not ats or len(tokens) - ats[-1] > _LONGEST \
            or any(token in _BOUNDARY for token in tokens[ats[-1] + 1:]):
        return ""
    k = ats[-1]
    for size in (4, 3, 2):
        name = " ".join(tokens[max(0, k - size):k])
        if k >= size and _NAME.fullmatch(name) \
                and PERSON_NAME.fullmatch(re.sub(r"\s+[A-Z]\.", "", name)):
            return name
    return ""
