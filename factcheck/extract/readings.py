"""Readings of a measure, not counts, and the days that frame them: a temperature
read on a day its clause names is as of that day (asof.py asks `reading_date`); a
quake's magnitude revised on a day is as of none (drafts.py asks `of_a_magnitude`),
and that day is no claim of its own."""

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
# a clause break, or a forecast ("were expected to hit a new record 42 Celsius on
# Tuesday": no reading yet)
_FORECAST = re.compile(r"\b(?:expected|forecast|predicted|could|will|would|may|might|likely)\b",
                       re.I)
# a day opening the sentence, then its comma: the day of the whole clause after it
_OPENING_DAY = re.compile(r",\s+(?:the\s+)?[^,;:.]*$")
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?][”\"]?\s+|\n)\s*(?:[Oo]n\s+)?$")  # (not "reported
# Wednesday, amid a heat wave with daytime highs over 110 F": the statement's day)
_READING_BREAK = re.compile(r"[,;:]|[.]\s|\b(?:and|but|while|since)\s|" + _FORECAST.pattern, re.I)


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
        between = text[low:high]
        if date.end <= mention.start and _OPENING_DAY.match(text, date.end, mention.start) \
                and _SENTENCE_OPENS.search(text[max(0, date.start - 40):date.start]):
            between = between.lstrip(", ")  # "On Sunday, the maximum temperature touched"
        if high - low <= READING_REACH and not _READING_BREAK.search(between) \
                and not speech(between):
            near.append((high - low, date))
    if not near:
        return None
    return min(near, key=lambda pair: pair[0])[1]
