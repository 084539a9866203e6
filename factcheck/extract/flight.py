"""People who fled a hazard with nowhere named: "420,000 people fled from the floods",
"70,000 people have fled fighting in Darfur" are displaced inside their country
(`south_sudan.displaced`), as readers and the gold name them, not people who left it
(`departed`, whose count a destination's arrivals check). A destination in the
sentence ("fled the fighting into Chad"), or a story of several destinations (an
exodus across borders), keeps the flow. The part of a flow told in a list of places
("204,000 in Albania, 115,000 in Macedonia") is that place's arrivals."""

from __future__ import annotations

import re

from .lexicon import Hit
from .mention import Mention

_FLED = re.compile(
    r"(?:\s+[\w’'-]+){0,2}?\s+(?:(?:have|has|had)\s+)?(?:fled|flee|fleeing)\s+(?:from\s+)?"
    r"(?:the\s+)?(?:[a-z]+\s+)?(?:floods?|flooding|fighting|violence|clashes|war|conflict|"
    r"fires?|flames|storm|cyclone|hurricane|typhoon|eruption|drought|bombing|shelling)\b",
    re.I)
_ABROAD = re.compile(r"\b(?:refugees?(?!\s+camps?)|borders?|crossed|crossing)\b", re.I)  # exodus
_ONWARD = re.compile(r"\b(?:to|into|across|towards?)\s+(?:the\s+)?(?:[a-z]+\s+)?[A-Z]")


def internal_flight(text: str, mention: Mention, measure: Hit, sentence_end: int,
                    places) -> Hit:
    """`measure`, or `displaced` for people who fled a hazard with nowhere named."""
    if measure.name != "departed" or places.several_destinations:
        return measure
    fled = _FLED.match(text, mention.end)
    if fled is None or _ONWARD.search(text, fled.end(), sentence_end) \
            or _ABROAD.search(text, mention.end, sentence_end):
        return measure
    return Hit(measure.start, measure.end, measure.table, "displaced")


# "204,000 in Albania": a count and the place right after it
_IN_PLACE = re.compile(r"\s+(?:people\s+|refugees\s+)?in\s+(?:the\s+)?")


def hosted_part(text: str, mention, sentence, inside: list, mentions: list):
    """The place of "204,000 in Albania" when the sentence lists two or more counts
    so ("360,000 refugees: 204,000 in Albania, 115,000 in Macedonia"): the place that
    holds that part of the people on the move. Else None."""
    def place_after(m):
        found = _IN_PLACE.match(text, m.end)
        return next((p for p in inside if found and p.start == found.end()), None)

    place = place_after(mention)
    if place is None:
        return None
    others = [m for m in mentions if m is not mention and sentence.start <= m.start < sentence.end
              and place_after(m) is not None]
    return place if others else None
