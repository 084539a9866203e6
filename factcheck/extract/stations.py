"""The station a reading of rain is told of: the subject of "recorded", "received",
"had" before it ("Wodonga recorded more than 50 millimetres of rain and Albury
recorded 44 mm": each reading is its station's, extract/lengths.py names it)."""

from __future__ import annotations

import re

from .mention import Mention
from .spellings import snake
from .text import DAYS, MONTHS, Span

# the verb of a station's reading ("Kakkachi received the highest rainfall of 21 cm",
# "New Plymouth’s Brooklands Zoo had 109mm of rain", "Stratford was soaked by 103mm")
_RECORDED = re.compile(r"\s+(?:has\s+|had\s+)?(?:recorded|received|measured|logged|got|had|saw|"
                       r"was\s+(?:soaked|drenched|deluged|hit)\s+(?:by|with))\s+"
                       r"(?:[a-z]+\s+){0,2}(?:(?:rain|rainfall|precipitation)\s+of\s+)?$")


def station_of(namer, mention: Mention, sentence: Span) -> str | None:
    """The place that recorded a reading of rain, as the subject of its verb, or None."""
    verb = _RECORDED.search(namer.text, max(sentence.start, mention.start - 40), mention.start)
    return station_of_verb(namer, sentence, verb) if verb is not None else None


def station_of_verb(namer, sentence: Span, verb: re.Match) -> str | None:
    """The subject of a station's verb of reading: a place the text names right before
    it, else a name that is the whole subject of its clause."""
    place = [p for p in namer.places.between(max(sentence.start, verb.start() - 40),
                                             verb.start()) if p.end == verb.start()]
    listed = place and re.search(r"(?:,|\band)\s+$", namer.text[max(0, place[0].start - 6):
                                                                place[0].start])
    if not place:  # ("Chennai received the highest rainfall of 21 cm, while Madurai
        # received 19 cm": a station the places of the text do not know, as its subject)
        return _named_station(namer.text[sentence.start:verb.start()])
    return place[0].key if not (place[0].demonym or place[0].qualifier or listed) \
        else None  # ("stations in Kilwa and Mtwara recorded": the list's, not the last's)


# a station's name as the whole subject of the sentence or of a clause after ",",
# "and", "while"; not "The ...", "It"
_STATION_NAME = re.compile(r"(?:^|,\s+|\s(?:and|while|whereas)\s+)(?!(?:The|A|An|It|This|That|"
                           r"He|She|They|We|There|Areas?|Parts?|Some|Most|Many|Several|Other|"
                           r"All|Both|Places|Locations|Stations|Towns|Cities|Regions|"
                           r"Temperatures?|Mercury|Readings?|Heat|Highs?|Lows?)\b)"
                           r"([A-Z][a-z][\w'’-]*(?:[\s-]+[A-Z][a-z]"
                           r"[\w'’-]*){0,3})$")


def _named_station(subject: str) -> str | None:
    named = _STATION_NAME.search(subject)
    if named is None or re.search(r"\b[A-Z][\w'’-]*,?\s+and\s+$", subject[:named.start(1)]):
        return None  # ("Kilwa and Mtwara recorded": a list's, no one station's)
    return _station_key(named.group(1))


def _station_key(name: str) -> str:
    """"New Plymouth’s Brooklands Zoo": the station, not the town that owns it."""
    return snake(re.split(r"['’]s\s+", name)[-1])


# a reading, then the place it fell in: "(fell) in Floda", "at Belle-Ile"
_LISTED_RAIN = re.compile(r"\s+(?:(?:of\s+rain\s+)?(?:fell|was\s+recorded|were\s+recorded)\s+)?"
                          r"(?:in|at)\s+(?!(?:January|February|March|April|May|June|July|"
                          r"August|September|October|November|December|[A-Z][a-z]+day)\b)"
                          r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})")
_RAIN_WORD = re.compile(r"\b(?:rain|rainfall|precipitation|downpours?|showers)\b", re.I)
# a rate of rain ("the highest hourly rainfall was ..."): its list is of rates, no totals
_HOURLY = re.compile(r"\b(?:hourly|per\s+hour|an\s+hour|in\s+(?:an|one)\s+hour)\b", re.I)
# a thing that moved by the amount: "the Han rose 20 cm in Seoul" (no rain)
_MOVED_BEFORE = re.compile(r"\b(?:rose|risen|rising|rises|fell|fallen|dropped|climbed|swelled|"
                           r"deep|high|up\s+to)\s+(?:by\s+)?(?:about\s+|some\s+|nearly\s+)?$",
                           re.I)


def listed_station(text: str, mention: Mention, sentence: Span) -> str | None:
    """"97 mm of rain fell in Hallsberg. During the same period, 59 mm fell in
    Stockholm, and 58 mm in Floda": the place a depth after the first fell in, known
    or not ("290mm in Buk-gu"), when rain is spoken of in its sentence or the one
    before; else None. `mention` is a depth in mm, cm or inches."""
    listed = _LISTED_RAIN.match(text, mention.end)
    before = max(0, sentence.start - 150)
    if listed is None or not _RAIN_WORD.search(text, before, mention.start) \
            or _HOURLY.search(text, before, mention.start) \
            or _MOVED_BEFORE.search(text, max(sentence.start, mention.start - 30),
                                    mention.start):
        return None
    return _station_key(listed.group(1))


# a station's temperature: "Churu recorded an unprecedented maximum temperature of 50.5
# degrees Celsius", "Pilani at 48.2°C, Alwar at 47.5°C" (New Indian Express)
_RECORDED_HEAT = re.compile(r"\s+(?:has\s+|had\s+)?(?:recorded|registered|logged|saw|sizzled\s+at|"
                            r"reached|touched|hit)\s+(?:[a-z-]+\s+){0,4}?(?:temperatures?\s+"
                            r"(?:of\s+)?)?$")
_AT_READING = re.compile(r"(?:^|,\s+|\s(?:and|include|includes|including)\s+)([A-Z][a-z][\w'’-]*"
                         r"(?:\s+[A-Z][a-z][\w'’-]*){0,2})\s+(?:at|with)\s+$")


def temperature_station(namer, mention: Mention, sentence: Span) -> str | None:
    """The place a temperature was read at, as its subject ("Churu recorded ... 50.5
    degrees Celsius") or before "at" in a list of readings ("Pilani at 48.2°C"), or None."""
    before = namer.text[max(sentence.start, mention.start - 60):mention.start]
    listed = _AT_READING.search(before)
    if listed is not None and not _MONTH_OR_DAY.fullmatch(listed.group(1)):
        return _station_key(listed.group(1))
    verb = _RECORDED_HEAT.search(namer.text, max(sentence.start, mention.start - 70),
                                 mention.start)
    return station_of_verb(namer, sentence, verb) if verb is not None else None


_MONTH_OR_DAY = re.compile(rf"{MONTHS}|{DAYS}")
