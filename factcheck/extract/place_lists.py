"""A whole broken down by place, each part in brackets after its place: "15 states
reported 1,825 suspected cases – Zamfara (524), Bauchi (347), ... and Taraba (one)",
"250,473 people have been registered as refugees in Democratic Republic of the Congo
(21,186); Rwanda (73,926); ...". Each bracketed number is its place's count of the
whole's measure (`zamfara.suspected_cases_weekly`, `rwanda.registered`), never the
whole itself. Two such items at least make a list, and the list says its capitalised
names are places, in a gazetteer or not; one bracket alone ("Hurricane Maria (2017)",
"2,000 families (10,000 people)") is no list.
"""

from __future__ import annotations

import re

from .places import Places
from .spellings import snake
from .text import Span

# a place's name right before the bracket that holds the number: "Zamfara (",
# "Democratic Republic of the Congo (", "Kaduna("
_ITEM = re.compile(r"(?:^|(?<=[\s,;–—-]))([A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*)"
                   r"{0,5})\s*\(\s*$")
# the item's number and what may follow it inside the bracket: "(22,330 since November 2014)"
_CLOSE = re.compile(r"[^()]{0,40}\)")
# every item of the list in the sentence: a capitalised word, its bracket, a number
_ITEMS = re.compile(r"[A-Z][\w'’.-]*\s*\(\s*(?:\d|one\b|two\b|three\b|four\b|five\b)")
_MEASURE = re.compile(r"[a-z][a-z0-9_]*\.([a-z][a-z0-9_]*)")


def place_part(text: str, start: int, end: int, sentence: Span, places: Places,
               earlier: list) -> str | None:
    """`place.measure` for the bracketed number at start..end of a list of places, the
    measure the list's whole (the last named draft of the sentence before the list)
    has; None for a number that is no item of such a list."""
    item = _ITEM.search(text, sentence.start, start)
    if item is None or not _CLOSE.match(text, end):
        return None
    items = list(_ITEMS.finditer(text, sentence.start, sentence.end))
    if len(items) < 2:
        return None
    first = items[0].start()
    wholes = [d for d in earlier if sentence.start <= d.span[0] < first
              and _MEASURE.fullmatch(d.quantity)]
    if not wholes:
        return None
    measure = _MEASURE.fullmatch(wholes[-1].quantity).group(1)
    return f"{_place_key(item, places)}.{measure}"


def _place_key(item: re.Match, places: Places) -> str:
    """The place's registry id or known key when the places found it, else its name."""
    for place in places.between(item.start(1), item.end(1)):
        if place.start == item.start(1) and place.end == item.end(1):
            return place.key
    return snake(item.group(1))
