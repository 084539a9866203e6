"""Whether a value written without digits restates the number words of its quote.

"The unit word may differ; the number may not": a value "dozens of people" restates
a quote "dozens of Azerbaijani soldiers", whose number words are "dozens of"; a
value "a dozen people" restates "a dozen soldiers". The words are compared whole
("all" is not in "the fall of Artsakh"). After them the quote goes on with a noun
of its own or ends the clause ("injuring dozens"), never with a word that scales the
number: "a few" is not "a few hundred", "hundreds of" is not "hundreds of thousands".
"""

from __future__ import annotations

import re

from .. import units
from ..findings import FactcheckError


def _plain(text: str) -> str:
    return " ".join(text.lower().replace("“", "").replace("”", "").split())


# Words that, after number words, make another number of them.
_SCALES = r"(?:hundreds?|thousands?|millions?|billions?|trillions?|lakhs?|crores?|dozens?)"


def _has(words: str, quote: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(words)}(?!\w)", quote) is not None


def _counts_a_noun(head: str, quote: str) -> bool:
    """The number words are in the quote, followed by a noun or the clause's end,
    never by a scale word ("of" after them is optional: "injuring dozens")."""
    core = head.removesuffix(" of")
    pattern = rf"(?<!\w){re.escape(core)}(?!\w)(?!\s+(?:of\s+)?{_SCALES}\b)"
    return re.search(pattern, quote) is not None


def number_words(value: str) -> str | None:
    """The value without its unit noun: "dozens of people" → "dozens of", "a dozen
    people" → "a dozen"; None when the value has no unit noun to drop."""
    words = _plain(value).split()
    if len(words) < 2:
        return None
    if "of" in words[1:-1]:  # "<number> of <noun phrase>": the number ends at "of"
        cut = len(words) - 1 - words[::-1].index("of")
        if not re.fullmatch(_SCALES, words[cut + 1]):  # (not "a couple of thousand
            return " ".join(words[:cut + 1])  # people": the scale is the number's)
    try:
        units.resolve(words[-1])
    except FactcheckError:
        return None
    return " ".join(words[:-1])


def restated(value: str, quote: str) -> bool:
    """The value's words are in the quote, or its number words are, followed by the
    quote's own noun. "scheduled for", which makes a day read forward ("scheduled for
    next week" beside "lessons resume next week"), is the value's, not the quote's."""
    value = re.sub(r"^\s*scheduled\s+for\s+", "", value, flags=re.I)
    text = _plain(quote)
    if _has(_plain(value), text):
        return True
    head = number_words(value)
    return head is not None and _counts_a_noun(head, text)
