"""People who fled a hazard with nowhere named: "420,000 people fled from the floods",
"70,000 people have fled fighting in Darfur" are displaced inside their country
(`south_sudan.displaced`), as readers and the gold name them, not people who left it
(`departed`, whose count a destination's arrivals check). A destination in the
sentence ("fled the fighting into Chad"), or a story of several destinations (an
exodus across borders), keeps the flow. The part of a flow told in a list of places
("204,000 in Albania, 115,000 in Macedonia") is that place's arrivals. And where a flow
goes: to a destination when the story names several, else from its origin (flow)."""

from __future__ import annotations

import re

from .clauses import BREAK as _BREAK, EXAMPLES, nearest_place as _nearest_place
from .lexicon import Hit
from .mention import Mention
from .peoples import people_counted
from .text import Span

_FLED = re.compile(
    r"(?:\s+[\w’'-]+){0,2}?\s+(?:(?:have|has|had)\s+)?(?:fled|flee|fleeing)\s+(?:from\s+)?"
    r"(?:the\s+)?(?:[a-z]+\s+)?(?:floods?|flooding|fighting|violence|clashes|war|conflict|"
    r"fires?|flames|storm|cyclone|hurricane|typhoon|eruption|drought|bombing|shelling)\b",
    re.I)
_ABROAD = re.compile(r"\b(?:refugees?(?!\s+camps?)|borders?|crossed|crossing)\b", re.I)  # exodus
_ONWARD = re.compile(r"\b(?:to|into|across|towards?)\s+(?:the\s+)?(?:[a-z]+\s+)?[A-Z]")


def internal_flight(text: str, mention: Mention, measure: Hit, sentence_end: int,
                    places) -> Hit:
    """`measure`, or `displaced` for people who fled a hazard with nowhere named, or
    `sheltered` for people on the move counted where they are put up."""
    lead = text[max(0, mention.start - 300):mention.start]
    divided = _DIVIDED.search(lead) if measure.name in ("departed", "arrived") else None
    if divided is not None and not re.search(r"[.;:]\s", lead[divided.end():]):
        # "All of the refugees are divided into six locations including 436 people in
        # the border post in Serasan district, 605 people in Payak village": sheltered
        return Hit(measure.start, measure.end, measure.table, "sheltered")
    if measure.name != "departed" or places.several_destinations:
        return measure
    fled = _FLED.match(text, mention.end)
    if fled is None or _ONWARD.search(text, fled.end(), sentence_end) \
            or _ABROAD.search(text, mention.end, sentence_end):
        return measure
    return Hit(measure.start, measure.end, measure.table, "displaced")


_DIVIDED = re.compile(r"\b(?:divided|spread|distributed|scattered|housed|accommodated|sheltered|"
                      r"staying|sheltering)\s+(?:in|into|across|among|at|over)\s+(?:\w+\s+){0,2}?"
                      r"(?:locations|sites|places|shelters|camps|centres|centers|points)\b", re.I)


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


def flow(namer, mention: Mention, sentence: Span, subject: str,
         said: str = "departed") -> tuple[str, str]:
    """(subject, measure) of people on the move; `said`: the measure the words
    give ("arrivals": arrived); `namer`: the quantity.Namer drafting the document."""
    text, mentions = namer.text, namer.mentions
    inside = namer.places.between(sentence.start, sentence.end)
    destinations = [p for p in inside if p.role == "destination"]
    origins = [p for p in inside if p.role == "origin"]
    destination = _nearest_place(text, mention, destinations, mentions)
    examples = EXAMPLES.search(text, sentence.start, sentence.end)
    if examples:
        destination = None  # "crossed into neighbouring countries including Poland"
    elif destination is None and subject in namer.places.destinations:
        destination = next((p for p in inside if p.key == subject), None)
    if destination is not None and namer.places.several_destinations:
        return destination.key, "arrived"
    host = hosted_part(text, mention, sentence, inside, mentions)
    if host is not None and host.role != "origin" and host.key != namer.places.main_origin:
        return host.key, "arrived"  # "360,000 refugees: 204,000 in Albania, 115,000 in"
    # the place they left, said ("60,000 Afghans had left Pakistan"), before their
    # people's ("40,000 Ethiopians have fled ... in the Tigray region")
    origin = _nearest_place(text, mention, origins, mentions)
    if origin is not None:
        return origin.key, "departed"
    people = people_counted(text, mention, namer.places.registry)
    if people is not None:
        return people, "departed"
    # (the examples are where they went: "countries including Moldova, Romania")
    here = [p for p in inside if p.key not in namer.places.destinations and not p.landmark
            and not (examples and p.start >= examples.start())
            and not _BREAK.search(text[min(p.end, mention.end):max(p.start, mention.start)])]
    nearest = _nearest_place(text, mention, here, mentions)
    several = namer.places.several_destinations or len(
        {p.key for p in inside} - {namer.places.main_origin}) >= 2
    if nearest is not None and said == "arrived" and several \
            and nearest.key != namer.places.main_origin:
        return nearest.key, "arrived"  # "new arrivals ... 1,000 in Tanzania, 500 in Uganda"
    if nearest is not None:  # "100,000 of the 120,000 residents of Karabakh have fled"
        return nearest.key, "departed"
    return namer.places.main_origin or subject, "departed"
