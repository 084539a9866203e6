"""How places are named: a storm's name is never a place ("Hurricane Gustav" makes
"seek shelter from Gustav" and "Gustav's outer bands" the storm's); a region apart
from the town of its name; a part told by a compass point ("in north India") apart
from the whole, when the body never names the whole alone.

"The Kinglake region ... has been the worst hit - 550 homes have been razed and 55
deaths had been reported in the area" and "the town of Kinglake, which suffered
eight deaths": a reader keeps them apart, the region's counts hold the town's.
Where the text names a place both as a region and as a town (township, village,
city), the region is `kinglake_region`; a name met only as a region ("the Tigray
region") stays the place itself, and so does "the Bossangoa area" beside "the town
of Bossangoa" (an area is what is around the town, and gold writers take it for the
town).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from .lexicon import lexicon
from .spellings import known_spellings, snake
from .text import title_end

# a place told by its kind: "the town of Oso", "Agra was the most-affected district",
# "Dholapur district in Rajasthan"; and the place that holds it ("... district in UP")
KIND_BEFORE = re.compile(r"\b(?:capital|city|town|village|port)(?:,|\s+of)?\s+$")
KIND_AFTER_BE = re.compile(r"\s+(?:was|is|remains|remained)\s+(?:the|a)\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:district|state|province|city|town|village|region|county)\b")
KIND_IN = re.compile(KIND_AFTER_BE.pattern + r"\s+in\s+(?:the\s+)?")
# "Yubari, a city on Japan's northern island of Hokkaido": the kind in an appositive,
# then where (not "Smith, a district official": no place word after the kind)
# ("Emil Dragomir, the mayor of the village of ...": no "of" before the kind)
KIND_APPOSED = re.compile(r",\s+(?:the|a|an)\s+(?:(?!of\b)[\w'’-]+\s+){0,3}?(?:district|"
                          r"province|city|town|village|county|port|capital)\s+(?:in|on|of|near|"
                          r"outside|located|some|about|with|(?:north|south|east|west)\w*\s+of)"
                          r"\s+(?:the\s+)?")
# "Dholapur district in Rajasthan", "Kurigram district has recorded" (not "district
# officials": whose officials, the place is elsewhere)
KIND_AFTER = re.compile(r"\s+(?:(?:district|province|county|prefecture|governorate|region|"
                        r"state|block)\s+(?:in|of)\s+(?:the\s+)?[A-Z]|(?:district|prefecture|"
                        r"governorate|oblast|taluka?|tehsil|mandal)\b(?!\s+(?:of|officials?|"
                        r"authorities|administration)\b))")
# a name's last word that says its kind: "Mures County"
KIND_LAST = frozenset("county province district prefecture governorate oblast".split())
LEVEL_OF = re.compile(r"(?:State|Province|Region|County|District|City)\s+of\s+[A-Z]")
# a place that names whose officials act or speak: "Burma state-run television",
# "the Uttar Pradesh government", "UP chief secretary"
STATE_AFTER = re.compile(r"\s+(?:(?:state|provincial|regional|district|county|city)\s+)?"
                    r"(?:state-run|state\s+media|government|govt|military|junta|authorities|"
                    r"prime\s+minister|president|army|police|foreign\s+minister|"
                    r"officials|chief\s+minister|chief\s+secretary|governor)\b")
RULES_AFTER = re.compile(r"\s+(?:(?:state|provincial)\s+)?(?:government|govt|chief\s+secretary)\b")
# "the Bossangoa area of Central African Republic": the second names where the first is
WITHIN = re.compile(r"\s+(?:area\s+of\s+(?:the\s+)?|(?:(?:province|region|state|prefecture|"
                    r"district|city|county|town|municipality|village|(?:refugee\s+)?camp|"
                    r"block|taluka?|tehsil|mandal)\s+)?"
                    r"in\s+(?:the\s+(?:north|south|east|west|north-?east|"
                    r"north-?west|south-?east|south-?west|centre|center)\s+of\s+)?(?:the\s+)?"
                    r"(?:(?:central|northern|southern|eastern|western|north-?eastern|"
                    r"north-?western|south-?eastern|south-?western|north|south|east|west)"
                    r"\s+)?)")
# "Tilakrajpur under Runnisaidpur block": Indian English puts a village under its block
_UNDER = re.compile(r"\s+under\s+(?:the\s+)?")
_ADMIN_AFTER = re.compile(r"\s+(?:block|taluka?|tehsil|mandal|police\s+station|panchayat|"
                          r"sub-?division|district)\b")


def within(gap: str, text: str, end: int) -> bool:
    """Whether the gap before a place (ending at `end`) says the place before it lies in it."""
    return WITHIN.fullmatch(gap) is not None or (
        _UNDER.fullmatch(gap) is not None and _ADMIN_AFTER.match(text, end) is not None)


# the kinds of place a name stands beside as their appositive ("the state capital, Porto
# Alegre"): no speaker
APPOSED_KINDS = frozenset("capital city town village province district county region "
                          "state".split())
# ... where the kind is where one is ("in the provincial capital, Kupang,"; not "the
# deputy head of the district, Azimjon Shamsiddinov,": the district's official)
LOCATIVE_KIND_END = re.compile(r"\b(?:in|at|near|from|into|to)\s+(?:the\s+)?(?:[\w'’-]+\s+)"
                               rf"{{0,3}}?(?:{'|'.join(sorted(APPOSED_KINDS))})\s*,\s*$", re.I)
_WIDE = re.compile(r"\s+(region)\b")
_TOWN_BEFORE = re.compile(r"\b(?:town|township|village|city)\s+of\s+$", re.I)
# ("within Chicago's city limits": the city, beside "The Chicago region")
_TOWN_AFTER = re.compile(r"\s+(?:town|township|village)\b"
                         r"|(?:['’]s)?\s+city\s+(?:limits|proper)\b")


_STORM = re.compile(r"\b(?:[Hh]urricane|[Cc]yclone|[Tt]yphoon|Super\s+Typhoon|"
                    r"[Tt]ropical\s+[Ss]torm|Storm)\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")
# "typhoon Rai, locally named Odette": the storm's second name
_LOCAL_NAME = re.compile(r"\b(?:locally|domestically)\s+(?:named|called|known\s+as)\s+"
                         r"([A-Z][a-z]+)\b|\(local\s+name:?\s+([A-Z][a-z]+)\)")


def without_storms(text: str, places: list) -> list:
    """The places, less the names the text gives a storm."""
    storms = {snake(m.group(1)) for m in _STORM.finditer(text)}
    if storms:
        storms |= {snake(m.group(1) or m.group(2)) for m in _LOCAL_NAME.finditer(text)}
    return [p for p in places if p.key not in storms] if storms else places


def regions_apart(text: str, places: list) -> list:
    """The places, a region renamed `KEY_region` when a town of its name is named, and
    a province `KEY_province` when a volcano of its name is ("the giant Cotopaxi
    volcano", "towns in Cotopaxi province, some 45km south of Quito": the volcano's
    distance is not the province's)."""
    towns = {p.key for p in places if _TOWN_BEFORE.search(text[max(0, p.start - 20):p.start])
             or _TOWN_AFTER.match(text, p.end)}
    peaks = {p.key for p in places if VOLCANO_AFTER.match(text, p.end)
             or _MOUNT.match(text, p.start) or _MOUNT_BEFORE.search(text, max(0, p.start - 6),
                                                                    p.start)}
    result = []
    for place in places:
        wide = _WIDE.match(text, place.end)
        unit = _PEAK_UNIT.match(text, place.end)
        if wide is not None and place.key in towns and not place.demonym:
            place = replace(place, key=f"{place.key}_{wide.group(1)}")
        elif unit is not None and place.key in peaks and not place.demonym:
            place = replace(place, key=f"{place.key}_{unit.group(1).lower()}")
        result.append(place)
    return result


_MOUNT_BEFORE = re.compile(r"\b(?:Mount|Mt\.?)\s+$")
_MOUNT = re.compile(r"(?:Mount|Mt\.?)\s+[A-Z]")
_PEAK_UNIT = re.compile(r"\s+(province|Province|state|State|district|District)\b")


# "in north India", "southern China", "south-eastern Turkey": a part of the place,
# lower case (a capital makes the name itself: "South Sudan", "North Kivu")
_COMPASS = re.compile(r"\b((?:north|south)(?:-?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?"
                      r"|central)\s+$")
_UNIT_AFTER = re.compile(r"\s+(?:province|state|district|region|county|city|town|prefecture)\b")


def compass_parts(text: str, places: list) -> list:
    """The places, "north India" named `north_india`: gold writers keep the part of a
    country or state the story is about apart from the whole."""
    parts = {p.start: _COMPASS.search(text, max(0, p.start - 18), p.start) for p in places}
    body = title_end(text)  # the title may name the whole ("India")
    # the whole named alone in the body too ("central Philippines", then "the
    # Philippines"): the story is of the whole
    alone = {p.key for p in places if parts[p.start] is None and p.start > body}
    result = []
    for place in places:
        part = parts[place.start]
        if part is not None and not place.demonym and place.key not in alone \
                and not _described(text, part, place, places):
            key = f"{part.group(1).replace('-', '')}_{place.key}"
            place = replace(place, start=part.start(), key=key, whole=place.key)
        result.append(place)
    return result


def _described(text: str, part: re.Match, place, places: list) -> bool:
    """A compass word that describes the whole rather than names a part: "the
    northern Cabo Delgado province", "the southern Philippines" (a country's own
    "the"), "Pakistan-controlled Kashmir and northwest Pakistan" (the country's
    lands listed: its count)."""
    if _UNIT_AFTER.match(text, place.end):
        return True
    if re.search(r"\bthe\s+$", text[max(0, part.start() - 4):part.start()], re.I) \
            and place.key in countries():
        return True
    return any(q is not place and place.key in q.key and q.key != place.key
               and (0 <= part.start() - q.end < 40 or 0 <= q.start - place.end < 40)
               for q in places)


@cache
def countries() -> frozenset:
    return frozenset(snake(name) for name in lexicon().demonyms.values())


VOLCANO_AFTER = re.compile(r"\s+volcano\b")


def peak_key(name: str, text: str) -> str:
    """"Mount Merapi" and "Merapi" in one text are one place, `merapi`; a town with
    "Mount" in its name ("Mount Pleasant") keeps it. An administrative kind after a
    name is no part of the key ("Al Haouz Province", "Jugal Rural Municipality": `al_haouz`,
    `jugal`), as every gold set writes it; a US county keeps it (`butte_county`)."""
    peak = re.match(r"(?:Mount|Mt\.?)\s+(?=[A-Z])", name)
    if peak is None or snake(name[peak.end():]) in countries() or not re.search(
            r"(?<!Mt\s)(?<!Mt\.\s)(?<!Mount\s)\b" + re.escape(name[peak.end():]) + r"\b", text):
        return _ADMINISTRATIVE.sub("", snake(name))  # ("Mount Kenya" in a story of Kenya
        # stays the mountain)
    return snake(name[peak.end():])


# (not "Free State", a province's own name)
# ("Xinjiang Uygur Autonomous Region": `xinjiang`, with the people it is named for)
_ADMINISTRATIVE = re.compile(r"(?<=[a-z])(?<!^free)_(?:province|prefecture|state|district|"
                             r"municipality|rural_municipality|governorate|(?:(?:uygur|uyghur|"
                             r"uighur|zhuang|hui)_)?autonomous_region)$")


_WIDE_KIND = re.compile(r"\b(?:state|province|region)\s+of\s+$", re.I)


def most_named(text: str, found: list, keys) -> str | None:
    """The place named most (`keys`: a Counter); of a tie, the first met that is not
    named as a state, province or region: "the town of Oso" before "the US state of
    Washington", a landslide's site before its state."""
    if not keys:
        return None
    top = max(keys.values())
    tied = [key for key in keys if keys[key] == top]  # in the order first met

    def wide(key: str) -> bool:
        return any(_WIDE_KIND.search(text, max(0, p.start - 25), p.start)
                   for p in found if p.key == key)
    return min(tied, key=wide)


# "the out-of-control blaze at Toodyay", "the landslide near Oso": the story's event at
# a place the text names (not "fires in the region", no name)
# ... and "The disaster struck at around 3 a.m. local time Monday in the town of Salgar"
_EVENT_AT = re.compile(r"\b(?:(?:fire|blaze|wildfire|bushfire|quake|earthquake|landslide|"
                       r"mudslide|avalanche|eruption|explosion|blast|collapse)\s+"
                       r"(?:at|in|near|struck|hit)"
                       r"|(?:disaster|tragedy|mudslide|landslide|flood|floods|flash\s+flood)\s+"
                       r"(?:struck|hit|occurred|happened|took\s+place)\b"
                       r"(?:[^.;:]|\.(?!\s+(?-i:[A-Z]))){0,60}?\s(?:in|at|near))"  # ("3 a.m.")
                       r"\s+(?:the\s+(?:town|village|district|city)\s+of\s+)?$", re.I)


# a place naming the event in a title: "Brumadinho dam collapse", "Karachi heat wave"
_EVENT_AFTER = re.compile(r"\s+(?:dam\s+|mine\s+|building\s+)?(?:collapse|burst|quake|earthquake|"
                          r"fire|wildfire|bushfire|blaze|floods?|flooding|landslides?|mudslides?|"
                          r"heat\s*wave|eruption|explosion|blast|stampede)\b", re.I)


def event_site(text: str, found: list, main: str | None, countries) -> str | None:
    """Where the story's event is, when its main place is only the country around it:
    "A raging wildfire in Australia's west ... the blaze at Toodyay" is Toodyay's;
    None when the main place is no country or no event is placed."""
    if main not in countries:
        return None
    title = len(text.lstrip().split("\n", 1)[0]) + len(text) - len(text.lstrip())
    for place in found:  # "Brumadinho dam collapse: 300 missing ... in Brazil"
        if place.end <= title and place.key not in countries and not place.demonym \
                and _EVENT_AFTER.match(text, place.end):
            return place.key
    for place in found:
        if place.key not in countries and not (place.landmark or place.demonym) \
                and place.whole in (None, main) \
                and _EVENT_AT.search(text, max(0, place.start - 110), place.start):
            # (not "a 6.0-magnitude earthquake in northeastern Italy" in a story of
            # Bulgaria's quake: a part of another country)
            return place.key
    return None


# (not "New Orleans floods": a word that opens a name of two)
_NOT_SITES = re.compile(r"(?:Christmas|Easter|Boxing|(?:New|Black|Great)(?!\s+[A-Z])|Monday|"
                        r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Record|Deadly|"
                        r"Flash|The|An?|This|"
                        r"More|Massive|Huge|Major|Severe|Heavy|Worst|Fresh|Killer|Twin|"
                        r"Another|Latest|Recent|Big|Small|Minor|Strong|Powerful)\b")


def title_event_place(text: str, pending: list) -> set:
    """The name opening the title before the event's word ("Kelantan flood evacuees
    number over 14,000", "Kerala floods: ..."): a place, though no gazetteer knows it
    and the body names it with no preposition ("Kelantan had 14,132 people")."""
    title = text.lstrip()
    start = len(text) - len(title)
    first = next((p for p in pending if p.start == start), None)
    if first is None or _NOT_SITES.match(text, first.start) \
            or not _EVENT_AFTER.match(text, first.end):
        return set()
    # ("Dam collapse in Laos", "The quake ...": a title's capitals on a common word,
    # which the body writes in lower case)
    name = text[first.start:first.end]
    common = re.search(rf"\b{re.escape(name.lower())}\b", text)
    # (not a people, "Australian bushfire", nor a short form, "PNG landslide", "KZN floods")
    people = name.lower() in lexicon().demonyms or name.lower().removesuffix("s") \
        in lexicon().demonyms
    return set() if common or people or name.isupper() else {first.key}


@cache
def country_keys() -> frozenset:
    """The keys of the countries the lexicon knows, by their people or spellings."""
    return frozenset(snake(c) for c in lexicon().demonyms.values()) | known_spellings()


_LIST_GOES_ON = re.compile(r",?\s*(?:and|or|&)\s|"
                           r",\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s*(?:,|and\b|or\b)")


def addressed_site(text: str, found: list, main: str | None) -> str | None:
    """The place the story is about when its main place is only its address: "Fort
    McMurray, Alberta" in a story titled "... to evacuate Fort McMurray" that names
    Alberta more often (its minister, its oil sands) is Fort McMurray's."""
    title = title_end(text)
    named_in_title = {p.key for p in found if p.end <= title and not p.demonym}
    for place, after in zip(found, found[1:]):
        if after.key == main and place.key != main and place.key in named_in_title \
                and place.start >= title and not (place.demonym or place.landmark) \
                and text[place.end:after.start] == ", " and not after.demonym \
                and not _LIST_GOES_ON.match(text, after.end):  # not "Cebu, Bohol and
            # Siquijor", "Cebu, Bohol, Leyte" (a place after the comma goes on with the list)
            return place.key
    return None
