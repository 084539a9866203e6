"""A person named with where they come from before a speech verb: "Zolile Qaza from the
traditional council in Shushu village in the Tamarha administrative area said", "Giang
A. Thinh from Sa Pa District claimed", "Gillian Kearney from the Bathurst RFS says".
The person speaks, not the place at the end of the phrase."""

from __future__ import annotations

import re

from .speaker_offices import PERSON_NAME
from .speaker_roles import ROLES

_INITIAL = re.compile(r"[A-Z]\.")  # a middle initial ("Giang A. Thinh")
# what ends the origin's phrase: a clause's punctuation or words
_BOUNDARY = frozenset(",;:()“”\"—–") | frozenset("and who which that said says told".split())
_LONGEST = 14  # tokens from "from" to the verb


def named_before(tokens: list[str], k: int) -> str:
    """A person's name of two or three words right before `tokens[k]`, a middle initial
    allowed, or ""."""
    for size in (4, 3, 2):
        words = tokens[max(0, k - size):k]
        plain = [w for n, w in enumerate(words) if not (0 < n < len(words) - 1
                                                         and _INITIAL.fullmatch(w))]
        if k >= size and 2 <= len(plain) <= 3 and size - len(plain) <= 1 \
                and PERSON_NAME.fullmatch(" ".join(plain)) \
                and all(w[:1].isupper() for w in words) \
                and not any(w.lower() in ROLES for w in words):
            return " ".join(words)
    return ""


def person_from(tokens: list[str]) -> str:
    """The name before the last "from" of the tokens (the words before a speech verb),
    when nothing after it ends the phrase; else ""."""
    ats = [k for k, token in enumerate(tokens) if token == "from"]
    if not ats or len(tokens) - ats[-1] > _LONGEST \
            or any(token in _BOUNDARY for token in tokens[ats[-1] + 1:]):
        return ""
    return named_before(tokens, ats[-1])
