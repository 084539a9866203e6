"""Readings of a measure, not counts, and the days that frame them: a temperature or
a water level read on a day its clause names is as of that day (asof.py asks
`reading_date`); a quake's magnitude revised on a day is as of none (drafts.py asks
`of_a_magnitude`), and that day is no claim of its own."""

from __future__ import annotations

import re
from typing import Callable

from .mention import Mention
from .text import Span


def of_a_magnitude(text: str, sentence: Span, mention: Mention) -> bool:
    """"The earthquake's magnitude was raised from 7.9 to 8 on Thursday": a measure of
    the quake, no count as of a day (the day frames the revision, no claim either)."""
    return _MAGNITUDE.search(text, max(sentence.start, mention.start - 40),
                             mention.start) is not None


_MAGNITUDE = re.compile(r"\bmagnitude\b[^.;:\d]{0,30}(?:\d[\d.]*[^.;:\d]{1,10})?$", re.I)
READING_REACH = 60  # characters between a temperature and the day it was read
# a water level or a river's flow is read on a day as a temperature is ("The Elbe,
# which rose to 7.29 meters on Saturday morning", "flood levels ... reached a peak of
# 4.7 metres on Thursday", "on Sunday dropped ... to 86,074 cusecs"); not a thing's
# size ("a 3-metre wall")
_LEVEL_UNITS = frozenset({"meter", "foot", "centimeter", "meter ** 3 / second",
                          "foot ** 3 / second"})
_LEVEL_WORDS = re.compile(r"\b(?:levels?|floodwaters?|rivers?|tides?|crest(?:ed)?|gauges?|"
                          r"water\s+(?:[a-z]+\s+){0,4}(?:was|were|is|are|stood)\s+(?:still\s+)?"
                          r"[^.;]{0,12}\bdeep)\b", re.I)  # ("The water ... was still 30cm deep")


# what a level changed by is no reading ("to rise as much as 1.7 metres", "has
# decreased by 30 centimeters", "a 6 centimeter rise", "0.27 meters lower than")
_CHANGE_BEFORE = re.compile(r"\b(?:by|rise|rises|as\s+much\s+as)\s+(?:about\s+|some\s+|nearly\s+|"
                            r"almost\s+|around\s+)?$", re.I)
_CHANGE_AFTER = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:rise|fall|drop|increase|decrease|"
                           r"higher|lower)\b", re.I)


def level_reading(text: str, sentence: Span, mention: Mention) -> bool:
    """Whether the amount is a water level's or a river flow's reading: a length or a
    flow in a sentence of levels, rivers or tides, not a change of the level nor one to
    come ("is expected to crest Tuesday morning at near-record levels near 41 feet").
    (Not the rain that fell: gold writers give "The city received 10 inches of rain
    Friday" no as_of as often as one.)"""
    return mention.unit in _LEVEL_UNITS and "-" not in mention.text \
        and not text.startswith("-", mention.end) \
        and _LEVEL_WORDS.search(text, sentence.start, sentence.end) is not None \
        and not _CHANGE_BEFORE.search(text, max(sentence.start, mention.start - 30),
                                      mention.start) \
        and not _CHANGE_AFTER.match(text, mention.end) \
        and not _FORECAST.search(text, sentence.start, mention.start)
# a clause break, or a forecast ("were expected to hit a new record 42 Celsius on
# Tuesday": no reading yet)
_FORECAST = re.compile(r"\b(?:expected|forecast|predicted|could|will|would|may|might|likely)\b",
                       re.I)
# a day opening the sentence, then its comma: the day of the whole clause after it
_OPENING_DAY = re.compile(r",\s+(?:the\s+)?[^,;:.]*$")
# (not "p.m. on Wednesday", nor "reported
# Wednesday, amid a heat wave with daytime highs over 110 F": the statement's day)
# ("At 6:30 p.m. Monday, the river was at 34.27 feet": the hour before the day)
_SENTENCE_OPENS = re.compile(r"(?:^|(?<![ap]\.m)[.!?][”\"]?\s+|\n)\s*(?:[Oo]n\s+|[Aa]t\s+\d{1,2}"
                             r"(?:[:.]\d{2})?\s*[ap]\.?m\b\.?\s+(?:on\s+)?)?$")
OPENING_REACH = 90  # from a day opening the sentence, past its comma
# a place's state between commas is no break: "109 degrees in Omaha, Neb., on Wednesday"
_PLACE_STATE = re.compile(r"(?<=[a-z]),\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?,(?=\s*(?:on\s+)?$)")
_HOUR_BEFORE = re.compile(r"\bat\s+\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\b\.?(?=\s+(?:on\s+)?$)", re.I)
# (".The": a sentence run on; "declared a state of emergency Sunday as the river crested
# to 11.19 feet": a clause of its own, not "as high as")
_READING_BREAK = re.compile(r"[,;:]|[.]\s|(?-i:[.](?=[A-Z]))|\b(?:and|but|while|since)\s|"
                            r"\b(?:as|when|after|before)\s+(?:the|a|an|it|they)\b|"
                            # ("flowing at 45 feet which it breached this morning": the
                            # relative clause's day)
                            r"\b(?:which|that)\s+(?:it|they|had|has|was|were)\b|"
                            + _FORECAST.pattern, re.I)


def reading_date(text: str, mention: Mention, dates: list[Mention],
                 speech: Callable[[str], bool]) -> Mention | None:
    """The day a temperature was read, its clause naming it: "temperatures on Tuesday
    hit 45 degrees", "the mercury hit 52 degrees last Friday"; the nearest such day,
    no clause break nor `speech` (a speech verb) between."""
    near = []
    if _FORECAST.search(text, max(0, mention.start - READING_REACH), mention.start):
        return None
    for date in dates:
        low, high = sorted((date.end, mention.start)) if date.end <= mention.start \
            else sorted((mention.end, date.start))
        # (the hour before the day is no break: "a peak of 5 meters at 5:00 p.m. on")
        between = _PLACE_STATE.sub(" ", _HOUR_BEFORE.sub(" ", text[low:high]))
        reach = READING_REACH
        if date.end <= mention.start and _OPENING_DAY.match(text, date.end, mention.start) \
                and _SENTENCE_OPENS.search(text[max(0, date.start - 40):date.start]):
            between = between.lstrip(", ")  # "On Sunday, the maximum temperature touched"
            reach = OPENING_REACH  # ("On Sunday, the maximum temperature at the main
            # observatory of the old city touched 47.5": the day opens the reading's clause)
        if high - low <= reach and not _READING_BREAK.search(between) \
                and not speech(between):
            near.append((high - low, date))
    if not near:
        return None
    return min(near, key=lambda pair: pair[0])[1]
