"""Where a count happened when its sentence names no place of its own: the place an
attack struck ("an attack on Abdo village on July 23" -> `abdo_attack.start`), the
last place before "the village" or "the camp", and the vehicle that carries the
people counted aboard ("the last bus ... carrying 15" -> `bus.aboard`). Not where
the speaker sits: "33 dead, a spokesman at the civil protection agency in Rome said",
nor where a vehicle came from or went ("a bus coming from Musina").
"""

from __future__ import annotations

import re

from .lexicon import Hit
from .mention import Mention
from .place_kinds import country_keys


_ATTACKS = frozenset("attack attacks raid assault ambush massacre".split())
_ON_PLACE = re.compile(r"\s+(?:on|in|against)\s+(?:the\s+(?:village|town|city|camp|"
                       r"settlement)\s+of\s+|the\s+(?=[A-Z]))?")


def attack_on(text: str, mention: Mention, hits: list[Hit], places) -> str | None:
    """The place of "an attack on Abdo village on July 23", "the armed attack on the
    village of Mestri" right before the date: an attack is an event of its own, one
    per place (`abdo_attack.start`), not the war it is part of."""
    for hit in hits:
        if text[hit.start:hit.end].lower() not in _ATTACKS:
            continue
        on = _ON_PLACE.match(text, hit.end)
        place = next((p for p in places if on and p.start == on.end()), None)
        if place is None:
            continue
        if hit.start >= mention.end:  # "On 8 June, an attack on the South Hospital"
            if re.fullmatch(r"\s*,\s*(?:an?|the)\s+(?:[a-z]+\s+)?", text[mention.end:hit.start]):
                return place.key
            continue
        gap = text[place.end:mention.start]
        if re.fullmatch(r"\s+(?:(?:village|town|city|camp)\s+)?(?:on|in|at)?\s*"
                        r"(?:the\s+(?:morning|night|evening)\s+of\s+)?", gap):
            return place.key
    return None


_LOCAL = re.compile(r"\bthe\s+(?:same\s+)?(?:village|camp|town|neighbou?rhood|settlement|"
                    r"municipality|hamlet)\b", re.I)


def definite_local(text: str, sentence, places) -> str | None:
    """"the falling hill damaged 37 houses in the village": a sentence that names no
    place but "the village", "the camp", "the town" is about the last place named
    before it that is not the story's main place (a country holds villages; a
    village is what the story came down to)."""
    if not _LOCAL.search(text, sentence.start, sentence.end):
        return None
    before = [p for p in places.found if p.end <= sentence.start and not p.demonym
              and not p.qualifier and p.key != places.main]
    return before[-1].key if before else None


_CARRIER = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+[“\"‘]?(?:[a-z-]+\s+){0,3}?([a-z]+)\s+"
                      r"(?:(?:was|were|is|are)\s+)?carrying\b")


# the subject of the sentence's first verb: "The last bus rumbled ..., carrying 15"
_OPENING_THING = re.compile(r"\s*(?:[Tt]he|[Aa]n?)\s+(?:[a-z-]+\s+){0,2}?([a-z]+)\s+[a-z]+ed\b")


def vehicle(text: str, sentence) -> str | None:
    """What carries the people counted aboard, when the sentence names no place:
    "the last bus carrying ethnic Armenians ... carrying 15 refugees" -> `bus`."""
    found = _CARRIER.search(text, sentence.start, sentence.end) \
        or _OPENING_THING.match(text, sentence.start, sentence.end)
    return found.group(1) if found else None


# after the count, a clause of attribution: "..., a spokesman at the Interior Ministry's
# civil protection agency in Rome said"
_SEAT_BEFORE = re.compile(r",\s+(?:[\w’'-]+\s+){0,8}?(?:spokes(?:man|woman|person)|agency|"
                          r"ministry|office|officials?|authorities|police|headquarters|cent(?:re|er)|"
                          r"department|institute|service)\b(?:\s+[\w’'-]+){0,3}\s+in\s+$", re.I)
_SPEAKS_AFTER = re.compile(r"\s+(?:said|says|told|reported|announced|added|confirmed)\b")
# "..., said a spokesman at the Interior Ministry's civil protection agency in Rome."
_SEAT_INVERTED = re.compile(r"\b(?:said|says|added|reported)\s+(?:a|an|the)\s+"
                            r"(?:[\w’'-]+\s+){0,9}?in\s+$")


_OFFICE_IN = re.compile(r"\b(?:office|offices|bureau|headquarters|newsroom)\s+in\s+$", re.I)


def speakers_seat(text: str, place, mention: Mention) -> bool:
    """The place names where the speaker of a count told before it sits, not where
    the count was."""
    if _OFFICE_IN.search(text, max(0, place.start - 30), place.start) \
            and place.key not in country_keys():
        return True  # "reports reaching Ghanadot office in Accra revealed that ...": the
        # office's city, wherever the count is (not "Xinhua, which keeps a bureau in Laos,
        # reported that 131 people were missing": the country it reports on)
    if place.start < mention.end:
        return False
    before = max(mention.end, place.start - 120)
    return (_SPEAKS_AFTER.match(text, place.end) is not None
            and _SEAT_BEFORE.search(text, before, place.start) is not None) \
        or _SEAT_INVERTED.search(text, before, place.start) is not None


# "police chief of Banyuwangi in East Java", "a senior official in the capital of Kiev":
# where an official sits, the place of whoever speaks
_ROLE = (r"(?:chief|director|head|officials?|spokes(?:man|woman|person)|governor|mayor|"
         r"minister|commander|commissioner|administrator|superintendent|chair(?:man|woman)?|"
         r"officers?|police|coroner|prosecutor|ambassador|envoy|senator)")
_SEAT_OF = re.compile(rf"\b{_ROLE}\s+(?:of|in|at|for|from)\s+(?:the\s+(?:[a-z]+\s+)?(?:capital|"
                      r"city|town|province|state|district|region|county|port)(?:\s+of)?\s+)?"
                      r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?:,|\s+in)\s+)?$")
# "a bus coming from Musina", "as it sailed to the holiday destination from Indonesia's
# main island Java": where a vehicle came from or went
_ROUTE = re.compile(r"\b(?:sail(?:ed|ing|s)?|travel(?:l?ed|l?ing|s)?|com(?:es|ing)|"
                    r"head(?:ed|ing|s)?|bound|en\s+route|on\s+(?:its|their|the)\s+way|"
                    r"leaving|depart(?:ed|ing|s)?|plying|flying)\b[^.;:!?\n]{0,60}?\b"
                    r"(?:from|to|for|towards?)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?$", re.I)
_ROUTE_AFTER = re.compile(r",?\s+(?:from|to)\s+where\b|\s+port\b", re.I)


def describes_someone(text: str, place) -> bool:
    """Whether `place` only says where an official sits or where a vehicle travelled:
    not where the people counted were."""
    before = text[max(0, place.start - 90):place.start]
    return bool(_SEAT_OF.search(before) or _ROUTE.search(before)
                or _ROUTE_AFTER.match(text, place.end))


_RURAL = re.compile(r"\b(?:rural|remote)\s+$", re.I)


def rural_site(text: str, place, main: str | None) -> str | None:
    """The story's site for a count "in rural Colombia" in a story of the town a
    mudslide struck: the country's countryside the count is in is the site, not the
    whole country (read as Colombia's, the site's own toll would be a second one)."""
    from .place_kinds import country_keys

    if main is None or main == place.key or place.key not in country_keys() \
            or main in country_keys() or not _RURAL.search(text, max(0, place.start - 12),
                                                            place.start):
        return None
    return main
