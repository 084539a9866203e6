"""Whether a value written without digits restates the number words of its quote.

"The unit word may differ; the number may not": a value "dozens of people" restates
a quote "dozens of Azerbaijani soldiers", whose number words are "dozens of"; a
value "a dozen people" restates "a dozen soldiers". The words are compared whole
("all" is not in "the fall of Artsakh"), and after them the quote must go on with
a word of its own, the noun the number counts.
"""

from __future__ import annotations

import re

from .. import units
from ..findings import FactcheckError


def _plain(text: str) -> str:
    return " ".join(text.lower().replace("“", "").replace("”", "").split())


def _has(words: str, quote: str, then_a_word: bool = False) -> bool:
    follow = r"\s+\w" if then_a_word else r"(?!\w)"
    return re.search(rf"(?<!\w){re.escape(words)}{follow}", quote) is not None


def number_words(value: str) -> str | None:
    """The value without its unit noun: "dozens of people" → "dozens of", "a dozen
    people" → "a dozen"; None when the value has no unit noun to drop."""
    words = _plain(value).split()
    if len(words) < 2:
        return None
    if "of" in words[1:-1]:  # "<number> of <noun phrase>": the number ends at "of"
        cut = len(words) - 1 - words[::-1].index("of")
        return " ".join(words[:cut + 1])
    try:
        units.resolve(words[-1])
    except FactcheckError:
        return None
    return " ".join(words[:-1])


def restated(value: str, quote: str) -> bool:
    """The value's words are in the quote, or its number words are, followed by the
    quote's own noun."""
    text = _plain(quote)
    if _has(_plain(value), text):
        return True
    head = number_words(value)
    return head is not None and _has(head, text, then_a_word=True)
