"""Lengths, heights and speeds a lexicon word names (`data/measures.toml`: rainfall,
snowfall, wind_speed, wind_gusts, depth, water_level, wave_height, storm_surge, height,
length, plume_height, radius, border_length) and areas that water covered.

A storm's winds are the storm's (`cyclone.wind_speed`; its gusts, a speed of their
own, `cyclone.wind_gusts`), else those of the place the paragraph opens with, else
of the place the sentence names ("winds of 250 km/h battered Vanuatu":
`vanuatu.wind_speed`); an earthquake's depth is the quake's; the
rest are the place's. An area that floods "covered" or "inundated" is
`S.area_flooded`; an area with no such word is left to the other rules.
"""

from __future__ import annotations

import re

from .clauses import distance, nearest
from .event_ranks import one_of_two
from .forecasts import forecast
from .lexicon import Hit
from .mention import Mention
from .stations import listed_station, station_of
from .text import Span

_SPEEDS = frozenset({"wind_speed", "wind_gusts"})
LENGTH_MEASURES = _SPEEDS | frozenset({"rainfall", "border_length", "depth", "snowfall",
                             "water_level", "wave_height", "height", "length",
                             "plume_height", "radius", "storm_surge"})
_LEVELS = frozenset({"water_level", "wave_height", "height", "snowfall", "storm_surge"})
_LEVEL_UNITS = frozenset({"meter", "foot", "inch", "centimeter", "millimeter"})
_LONG_UNITS = frozenset({"kilometer", "mile", "yard"})
_PEAKED = re.compile(r"(?:peak(?:ed|s|ing)?|crest(?:ed|s|ing)?)(?:\s+at)?", re.I)
_RAIN_UNIT = "liter / meter ** 2"  # a depth of rain, as German and Slovak reports give it
_SPEED = re.compile(r"/ hour|/ second|knot")  # a speed is no rainfall nor height
# the words between a measure and its own number: "gusts of up to", "gusting to"
_OF_VALUE = re.compile(r"\s+(?:of|to|at|reaching)\s+(?:(?:up\s+to|about|around|nearly|almost|"
                       r"more\s+than|over|some)\s+)?")
_PER_HOUR = re.compile(r"\s*(?:\([^()]{0,30}\)\s*)?(?:per|an|a)\s+(?:hour|second|minute)\b",
                       re.I)
# a level that moved by a length ("receding by 350 millimeters"), and which way
_CHANGED_BY = re.compile(r"\b(?:dropp(?:ed|ing)|drops?|reced(?:ed|ing|es?)|f[ae]ll(?:en|ing|s)?|"
                         r"ris(?:en|ing|es)|rose|increas\w*|decreas\w*|climb\w*|went\s+(?:up|"
                         r"down)|low\w*|rais\w*)\s+by\s+(?:(?:about|approximately|around|some|"
                         r"nearly|almost|more\s+than|over|up\s+to)\s+)?$", re.I)
_UP = re.compile(r"r[oi]s|increas|climb|went\s+up|rais", re.I)
# "95.14 meters, a 6 centimeter rise from yesterday": the change's noun after it
_CHANGE_AFTER = re.compile(r"[\s-]*(?:(rise|increase|climb|jump)|drop|fall|decline|decrease)\b",
                           re.I)


# a height above (below) a river's mark: "more than 11 feet above flood stage" is the
# level less the mark, no rival of the level itself ("higher than 25 feet")
_MARK = re.compile(r"\s*(?:\([^()]{0,30}\)\s*)?(above|below)\s+(?:the\s+)?(?:(flood)\s+"
                   r"(?:stage|level|mark|line)|(warning|danger)\s+(?:level|line|mark|point)s?|"
                   r"(normal)(?:\s+levels?)?(?!\s+(?:tides?|high|rain|for)))\b", re.I)
_NEEDED = re.compile(r"\b(?:needs?|must|has|have|would\s+have)\s+to\s+(?:be|fall|drop|recede|"
                     r"go\s+down)\s+(?:below|under|to|beneath)?\s*$|\bmust\s+(?:be|fall|drop)\s+"
                     r"(?:below|under|to)?\s*$", re.I)
_WATER_REACHED = re.compile(r"\b(?:river|water|lake|dam|reservoir)s?(?:\s+levels?)?\s+(?:[a-z]+\s+)"
                            r"{0,4}?(?:reached|reach|reaches|hit|stood\s+at|stands\s+at)\s+"
                            r"(?:about\s+|nearly\s+|almost\s+|around\s+)?$", re.I)
_A_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_WITHIN = re.compile(r"\bwithin\s+(?:about\s+|just\s+)?$", re.I)
_OF = re.compile(r"\s*(?:\([^()]{0,30}\)\s*)?of\b")
_WATER = re.compile(r"\b(?:water|rivers?|lakes?|dams?|reservoirs?|levels?|crest|crested)\b",
                    re.I)


def _above_mark(namer, mention: Mention, sentence: Span) -> str | None:
    mark = _MARK.match(namer.text, mention.end)
    if mark is None or mention.unit not in _LEVEL_UNITS or (
            mark.group(4) and not _WATER.search(namer.text, sentence.start, mention.start)):
        return None
    subject = namer._subject(mention, sentence, "water_level")
    level = f"{subject}.water_level"
    threshold = f"{subject}.{(mark.group(2) or mark.group(3) or mark.group(4)).lower()}" \
        + ("_stage" if mark.group(2) else "_level")
    return f"{level} - {threshold}" if mark.group(1).lower() == "above" \
        else f"{threshold} - {level}"


_COMPARED = re.compile(r"\b(?:as\s+)?compared\s+(?:to|with)\s+(?:the\s+)?(?:[\d.,]+\s*[a-z]+\s+"
                       r"and\s+)?$", re.I)
_NORMAL = re.compile(r"(?:\s+and\s+[\d.,]+\s*[a-z]+)?\s+(?:normal|average|usual)\b", re.I)
_OWN_HOME = re.compile(r"\b(?:my|our|their|his|her)\s+(?:own\s+)?(?:house|home|flat|apartment|"
                       r"shop|store|farm|yard|garden|basement|kitchen)\b[^.;:]{0,60}$", re.I)


def length_name(namer, mention: Mention, sentence: Span) -> str | None:
    """`namer`: the quantity.Namer drafting the document."""
    text, mentions = namer.text, namer.mentions
    marked = _above_mark(namer, mention, sentence)
    if marked is not None:
        return marked
    if _NEEDED.search(text, max(sentence.start, mention.start - 40), mention.start):
        return None  # "for the water to recede below the sea wall, it needs to be below 24
        # feet": a mark the level must reach, no reading of it
    if _WITHIN.search(text, max(sentence.start, mention.start - 12), mention.start) \
            and _OF.match(text, mention.end):
        return None  # "to come within 10cm of the levee's height": a margin, no height
    if _COMPARED.search(text, max(sentence.start, mention.start - 40), mention.start) \
            and _NORMAL.match(text, mention.end):
        return None  # "recorded 316 millimetres ..., as compared to 96.6 millimetres and 54
        # millimetres normal rainfall levels": the norm, no reading (not "compared with
        # 6.95 meters on Friday", that day's reading)
    if _OWN_HOME.search(text, max(sentence.start, mention.start - 80), mention.start):
        return None  # "their house was filled with water, four to five meters high": one
        # home's water, no measure of the place (a rival of "two to three meters" there)
    found = namer._hits(sentence, mention)
    hits = [h for h in found if h.name in LENGTH_MEASURES
            and (h.name != "rainfall" or 0 <= h.start - mention.end <= 30
                 or distance(text, mention, h, mentions) < 25)]
    hits = [h for h in hits if h.name != "length" or not _OF_TIME.search(text, 0, h.start)]
    hits = [h for h in hits if h.name != "plume_height" or mention.unit not in _SMALL_UNITS
            and text[h.start:h.end] != "Sky" and not _FROM_THE.search(text, 0, h.start)]
    if not any(h.table == "events" and h.name in ("earthquake", "aftershock") for h in found):
        # "a wave two feet deep": no quake's depth
        hits = [h for h in hits if text[h.start:h.end].lower() not in _UNDER]
    if _SPEED.search(mention.unit or "") or _PER_HOUR.match(text, mention.end):
        hits = [h for h in hits if h.name in _SPEEDS]  # "gusts of up to 250kmh", "30 km
        # (19 miles) per second": a speed, never a length
    else:  # "a span as wide as 550 miles and wind gusts": a length is no speed
        hits = [h for h in hits if h.name not in _SPEEDS]
    listed = listed_station(text, mention, sentence) if not hits \
        and mention.unit in _SMALL_UNITS and not _WATER.search(text, sentence.start,
                                                              sentence.end) else None
    if listed:  # "59 mm fell in Stockholm": a station's rain
        hits = [Hit(mention.start, mention.start, "measures", "rainfall")]
    if not hits and mention.unit == _RAIN_UNIT:  # "107 liters per square meter had fallen
        hits = [Hit(mention.start, mention.start, "measures", "rainfall")]  # in Tholey": rain
    if not hits and mention.unit in _LEVEL_UNITS and _WATER_REACHED.search(
            text, max(sentence.start, mention.start - 70), mention.start) \
            and not _A_YEAR.search(text, sentence.start, mention.start):  # (not "since the
        # 1927 flood, when the river reached 27.1 feet": that year's)
        hits = [Hit(mention.start, mention.start, "measures", "water_level")]  # "the
        # river would reach 9.6m in Wagga": the verb alone counts arrivals elsewhere
    if not _WATER.search(text, sentence.start, sentence.end):  # "The volcano peaks at"
        hits = [h for h in hits if not re.match(r"peak(?:s|ing)?\s", text[h.start:h.end], re.I)]
    # "the 8,070-foot (2,460-meter) mountain": the noun the length qualifies comes first
    own = [h for h in hits if h.start >= mention.end
           and re.fullmatch(r"\s*(?:\([^()]{0,30}\)\s*)?", text[mention.end:h.start])] or [
        h for h in hits if h.end <= mention.start  # "winds of 127 mph and gusts of 158"
        and _OF_VALUE.fullmatch(text, h.end, mention.start)]
    measure = own[0] if own else nearest(text, mention, hits, mentions)
    if measure is None:
        return None
    # ("wind gusts of a about 140km and very heavy rain": kilometres are no rainfall)
    if measure.name in _LEVELS | {"rainfall"} and mention.unit not in _LEVEL_UNITS and not (
            measure.name == "rainfall" and mention.unit == _RAIN_UNIT) or \
            measure.name == "length" and mention.unit not in _LEVEL_UNITS | _LONG_UNITS or \
            measure.name in ("border_length", "radius") and mention.unit not in _LONG_UNITS:
        return None  # "the river rose over 10 kilometres", "the water was 12 °C": no level
    if measure.name in _SPEEDS:  # ("were expecting it to pass with maybe 80-mph winds":
        # winds to come, no rival of those it brought; not "winds recorded at 166 km/h
        # and forecast to reach up to 180": a forecast word after the speed is the next's)
        name = _wind(namer, mention, sentence, measure.name)
        ahead = [h for h in found if h.end <= mention.start]
        return f"{name}_forecast" if name and (forecast(text, mention, ahead, mentions)
                                               or _may_come(text, mention)) else name
    if measure.name == "depth":  # "struck at a shallow depth of 10 kilometres"
        quake = nearest(text, mention, [h for h in found if h.table == "events"], mentions)
        event = namer.events.label(quake) if quake else namer.events.main_event
        return f"{event}.depth" if event else None
    name = measure.name
    moved = _CHANGED_BY.search(text, max(sentence.start, mention.start - 40), mention.start)
    after = _CHANGE_AFTER.match(text, mention.end)
    if moved is not None and name in _LEVELS:  # "the water receding by 350 millimeters":
        name += "_rise" if _UP.match(moved.group()) else "_drop"  # how far it moved
    elif after is not None and name in _LEVELS:  # "a 6 centimeter rise from yesterday"
        name += "_rise" if after.group(1) else "_drop"
    if name == "water_level" and _PEAKED.fullmatch(text, measure.start, measure.end):
        name = "peak_level"  # "the Clarence River peaked at 8.08 metres": the crest, no
        # rival of the 7.95 metres it had gone down to since
    if name == "length":  # "a 2-kilometer stretch of a river": the river's length
        of = _OF_THING.match(text, measure.end)
        if of is not None:  # "of the main road": the noun after an adjective
            second = of.group(2)
            noun = second if second and second.lower() not in _STOP else of.group(1)
            name = f"{noun.lower()}_length"
    # "The river is expected to peak at 9.8m on Friday": the peak to come, no rival of
    # the levels read (nor of the river's peak once it came)
    ahead = "_forecast" if measure.name in _LEVELS | {"rainfall"} and forecast(
        text, mention, [h for h in found if h.end <= mention.start], mentions) else ""
    station = listed or (station_of(namer, mention, sentence)
                         if measure.name in ("rainfall", "snowfall") else None)
    return f"{station or namer._subject(mention, sentence, measure.name)}.{name}{ahead}"


# no plume rises millimetres: "87.2 millimeters fell from the sky" is rain; nor is
# "Sky News" a sky
_SMALL_UNITS = frozenset({"millimeter", "centimeter", "inch"})
_FROM_THE = re.compile(r"\bfrom\s+the\s+(?:[a-z]+\s+)?\Z", re.I)
# a stretch of time, no length: "in a 24-hour stretch", "a week-long", "two days long"
_OF_TIME = re.compile(r"\b(?:second|minute|hour|day|night|week|month|year)s?[\s-]*\Z", re.I)
# words of depth only a quake's story reads so ("centered 33 kilometers below Carmen")
_UNDER = frozenset({"deep", "below", "beneath", "underground"})
# the thing a stretch or a section is of: "stretch of a river", "section of the road"
_OF_THING = re.compile(r"\s+of\s+(?:a|an|the)\s+([a-z]{3,})\b(?:\s+([a-z]{3,})\b)?", re.I)
_STOP = frozenset("and but the that which with from into near were was are".split())


# "Winds of 40 mph with gusts of 60 mph were possible": the predicate of the speeds'
# subject says they may come (no verb of their own between: "gusts of 74 mph hit
# Ferndale and more were expected" is what came)
_MAY_COME = re.compile(r"(?P<gap>[^,;:.]{0,60}?)\s(?:were|are|is|was|will\s+be)\s+"
                       r"(?:also\s+|still\s+)?(?:possible|expected|forecast|predicted|likely)"
                       r"\b(?!\s+to\b)", re.I)
_OWN_VERB = re.compile(r"\b(?:[a-z]{3,}ed|hit|blew|struck|reached|topped|were|was|are|is)\b", re.I)


def _may_come(text: str, mention: Mention) -> bool:
    found = _MAY_COME.match(text, mention.end)
    return found is not None and _OWN_VERB.search(found.group("gap")) is None


def _wind(namer, mention: Mention, sentence: Span, speed: str) -> str | None:
    from .frames import paragraph_place

    framed = paragraph_place(namer.text, mention.start, namer.places)
    if framed is not None and not namer.events.storm_in(sentence, mention):
        return f"{framed}.{speed}"
    station = next((p for p in namer.places.between(mention.end, sentence.end)
                    if _RECORDED_AT.fullmatch(namer.text, mention.end, p.start)), None)
    if station is not None:  # "gusts of 197km/h were also recorded in Calvi": Calvi's
        return f"{station.key}.{speed}"  # reading, not the storm's strongest
    if _AT_A_STATION.match(namer.text, mention.end) or _LISTED.search(
            namer.text, max(0, mention.start - 6), mention.start) and _IN_A_PLACE.match(
            namer.text, mention.end):  # "45 mph at the Portland International Jetport,
        return None  # 38 mph in Cumberland": readings at stations nothing names
    setter = _record_setter(namer.text, mention, namer.events.named_hits(sentence, mention))
    if setter is not None:  # "topping the 129.6 mph record set by Typhoon Prapiroon"
        return f"{namer.events.label(setter)}.{speed}"
    event = namer.events.storm(sentence, mention, namer._hits(sentence, mention))
    front = _A_FRONT.search(namer.text, sentence.start, mention.start)
    if event and event.startswith("tornado") and front \
            and not _A_STORM.search(namer.text, front.end(), mention.start):
        return None  # "The same front generated hurricane-force winds of 75 mph": the
        # front's, not the tornado's the story is about
    if event and any(event.startswith(_SAME_KIND.get(m[1].lower(), m[1].lower()))
                     for m in _ANOTHER.finditer(namer.text, 0, mention.start)):
        return None  # "A second tornado was also confirmed ... It had max wind speeds of
        # 105 miles per hour": which tornado's, the words do not say
    if event:
        changed = _STORM_CHANGED.search(namer.text, sentence.start, mention.start)
        # "it has strengthened to ... Category 5, with winds of 175 mph": the storm's
        # winds since, no rival of the 140 mph it had before (`typhoon_strengthened`)
        return f"{event}_{changed[1].lower()}.{speed}" if changed else f"{event}.{speed}"
    subject = namer._subject(mention, sentence, speed)
    return f"{subject}.{speed}" if subject != namer.document else None


# (the present perfect: a change since the reading told before; "had weakened" by a
# time the sentence gives is that time's reading)
# a reading taken at a place: "(gusts of) 197km/h were also recorded in", "was measured
# around the village of"
# ("a gust of 107mph (172km/h) was recorded on the Tay Bridge", "99mph (159km/h) recorded
# by the Met Office at Brizlee Wood": the bridge's and the wood's, not the storm's)
_RECORDED_AT = re.compile(r"\s*(?:\([^()]{0,30}\)\s*)?(?:(?:was|were|had\s+been|has\s+been)\s+"
                          r"(?:also\s+)?)?(?:recorded|measured|registered|clocked)\s+(?:by\s+"
                          r"(?:the\s+)?(?:[A-Z][\w-]*\s+){1,4})?(?:in|at|around|near|"
                          r"on|over)\s+(?:the\s+)?(?:(?:village|town|city|island|station|port)"
                          r"\s+of\s+)?")
_AT_A_STATION = re.compile(r"\s*(?:\([^()]{0,30}\)\s*)?at\s+(?:the\s+)?[A-Z]")
_IN_A_PLACE = re.compile(r"\s*(?:\([^()]{0,30}\)\s*)?in\s+(?:the\s+)?[A-Z]")
_LISTED = re.compile(r"(?:[,:]|\band)\s*$")  # an item of a list of readings
_STORMS = r"(tornado|twister|storm|hurricane|typhoon|cyclone)\b"
_ANOTHER = re.compile(r"\b(?:a\s+second|another|a\s+third|a\s+separate)\s+(?:[\w-]+\s+){0,2}?"
                      + _STORMS, re.I)
_SAME_KIND = {"twister": "tornado"}
_A_STORM = re.compile(r"\b" + _STORMS + "(?!-force)", re.I)
_A_FRONT = re.compile(r"\b(?:same|cold|warm|weather|storm|squall)\s+(?:front|line)\b", re.I)
_STORM_CHANGED = re.compile(r"\b(?:has|have)\s+(strengthened|intensified|weakened)\b", re.I)


# "the 129.6 mph record set by Typhoon Prapiroon": the speed is the named storm's, not
# that of the storm the sentence is about
_SET_BY = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:set|held|posted)\s+by\s+(?:(?:Super\s+)?"
                     r"(?:Typhoon|Hurricane|Cyclone|Tropical\s+Storm|Storm)\s+)?")


def _record_setter(text: str, mention: Mention, named: list):
    """The named storm after the speed that set it as a record, or None."""
    return next((h for h in named if h.start >= mention.end
                 and _SET_BY.fullmatch(text, mention.end, h.start)), None)


# "measured at magnitude 7.0 by Indonesian authorities and a still-powerful 6.9 by the
# U.S. Geological Survey": the same reading by another source, after "and (a)"
_AND_ANOTHER = re.compile(r"\band\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}$")


def another_reading(text: str, mention, sentence_start: int, given: dict) -> str | None:
    """The magnitude an earlier number of the sentence was given, for a bare decimal
    joined to it by "and", else None."""
    if mention.unit or not re.fullmatch(r"\d{1,2}\.\d{1,2}", mention.text):
        return None
    earlier = [name for start, name in sorted(given.items())
               if sentence_start <= start < mention.start and name
               and name.endswith(".magnitude")]
    if earlier and _AND_ANOTHER.search(text, sentence_start, mention.start):
        return one_of_two(text, mention, given, earlier[-1])  # ("two aftershocks ... 6.0
    return None  # and 6.3": two events' readings)


# a reservoir's level as a share of what it holds: "Levels stand at almost 34%",
# "boosted reserves to 37% in late June", "at 34% of capacity", "one third of the
# total capacity"
_LEVEL_BEFORE = re.compile(r"(?:\b(?:levels?|reserves?|storage)\b(?:\s+[\w-]+){0,3}?|"
                           r"\b(?:reservoirs?|dams?)\s+(?:were|was|are|is|stood|stand|stands))"
                           r"\s+(?:at|to|above|below)\s+(?:(?:about|almost|nearly|around|"
                           r"just|only|barely|roughly)\s+)?$", re.I)
_CAPACITY_AFTER = re.compile(r"\s+(?:of\s+)?(?:(?:its|their|the)\s+)?(?:total\s+)?"
                             r"(?:storage\s+)?capacity\b", re.I)
_WATER_STORED = re.compile(r"\b(?:reservoirs?|dams?)\b", re.I)


def reservoir_level(namer, mention: Mention, sentence: Span) -> str | None:
    """`S.reservoir_level` for a share a reservoir is filled to, in a story of
    reservoirs or dams; no count of people."""
    if mention.kind not in ("percent", "fraction") or not _WATER_STORED.search(namer.text):
        return None
    before = namer.text[max(sentence.start, mention.start - 60):mention.start]
    if re.match(r"(?:above|below|over|under|almost|nearly|about|around)\s", mention.text):
        before += "at "  # "kept levels above 30%": the bound is the number's own word
    if not (_LEVEL_BEFORE.search(before) or _CAPACITY_AFTER.match(namer.text, mention.end)):
        return None
    return f"{namer._subject(mention, sentence, None)}.reservoir_level"
