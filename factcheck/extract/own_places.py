"""The places of a sentence that may be a count's subject: not those another number
of the sentence holds as its own.

- a place with a number between it and the count, or owning another number ("...:
  Congo (21,186); ..."), a demonym that is an agent ("Russian forces") or that says
  what a place is ("In Mayotte, a French overseas territory,"), a place told only as
  the owner of another ("India's Kerala");
- a place inside a "where" clause between commas that does not hold the count ("In
  Rio de Janeiro state, where Brazil has most of its oil reserves, the toll climbed");
- a place the count before told where it was ("31 inches near Mount Rushmore"), when
  the count opens the next item of the list ("and close to 5 feet of snow blanketed
  ... western South Dakota") and its own clause names a place after it.
"""

from __future__ import annotations

import re

from .clauses import AGENT, number_between
from .frames import DESCRIBES, OWN_COUNT, owner_only, owns_number
from .mention import Mention
from .place_words import COMPASS
from .text import Span


def own_places(text: str, mention: Mention, sentence: Span, inside: list, mentions) -> list:
    """The places of `inside` (the sentence's) that may be `mention`'s subject."""
    own = [p for p in inside if not number_between(text, mention, p, mentions)
           and not (p.demonym and AGENT.match(text, p.end))
           and not (p.demonym and DESCRIBES.search(text, 0, p.start))
           and not owner_only(text, p, inside)
           and not OWN_COUNT.match(text, p.end) and not _JOINTLY_OWNED.match(text, p.end)
           and not any(owns_number(text, p, m) for m in mentions
                       if m is not mention and sentence.start <= m.start < sentence.end)
           and not _in_relative_aside(text, p, mention, sentence, inside)
           and not _locates(text, p, inside)]
    after = [p for p in own if p.start >= mention.end
             and not re.search(r"[;:.(]", text[mention.end:p.start])]
    if not after:
        return own
    return [p for p in own if not _the_count_befores(text, p, mention, mentions)]


# "in the direction of Zapasnoye and Yasnaya Polyana (3 hectares)": both places' number
_JOINTLY_OWNED = re.compile(r"\s+and\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*\(\s*"
                            r"(?:about\s+|some\s+)?\d")
# "31 inches near Mount Rushmore": where the number right before was
_WHERE_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:in|near|at|around|across|outside|on)\s+(?:the\s+)?")
# "... and close to 5 feet": the count opens the list's next item
_NEXT_ITEM = re.compile(r"\s*,?\s+and\s+(?:[a-z]+\s+){0,3}")


def _the_count_befores(text: str, place, mention: Mention, mentions) -> bool:
    if place.end > mention.start or not _NEXT_ITEM.fullmatch(text, place.end, mention.start):
        return False
    return any(m.end <= place.start and _WHERE_AFTER.fullmatch(text, m.end, place.start)
               for m in mentions if m is not mention and m.kind not in ("date", "duration"))


# "In Rio de Janeiro state, where Brazil has most of its oil reserves ..., the death
# toll climbed to 55": what a relative clause tells of the place before it
_RELATIVE_ASIDE = re.compile(r",\s*where\b[^,;:()]{0,200}?,")


def _in_relative_aside(text: str, place, mention: Mention, sentence: Span, inside) -> bool:
    """A place inside a "where" clause set off by commas, which tells of the place
    right before it, and does not hold the count (not "Xinhua, which maintains a
    bureau in Laos, reported that 131 people were missing": Laos is the count's)."""
    return any(found.start() < place.start and place.end <= found.end()
               and not found.start() <= mention.start < found.end()
               and any(re.fullmatch(r"(?:\s+(?:state|province|region|district|county))?",
                                    text[other.end:found.start()]) for other in inside)
               for found in _RELATIVE_ASIDE.finditer(text, sentence.start, sentence.end))


_LOCATOR_GAP = re.compile(rf",\s+(?:in\s+)?(?:the\s+)?(?:{COMPASS}[\s-]+)?", re.I)


def _locates(text: str, place, inside: list) -> bool:
    """"In Yambol, south east Bulgaria, around 100 people": the region after a place
    and a compass word says where the place lies; the count is the place's."""
    compass = re.match(COMPASS + r"\b", text[place.start:place.end], re.I)
    return any(q.end < place.start and _LOCATOR_GAP.fullmatch(text, q.end, place.start)
               and (compass or re.search(COMPASS, text[q.end:place.start], re.I))
               for q in inside if q is not place)
