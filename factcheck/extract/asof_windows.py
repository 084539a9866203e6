"""Counts over a window of days, as of its last day: "in the week ending on August 27"
(weekly), "in the 24 hours until Sunday morning" (daily), "between November 2022
until December 12", "from Jan. 1 to Aug. 3", also before the count ("between 1
January and 28 June 2015, the ministry notified WHO of 8,500 cases"; of exactly seven
days, weekly: "from 22 to 28 June, a total of 11 cases"); and "4,500 the week
before", the week before an earlier weekly count of the sentence."""

from __future__ import annotations

import datetime as dt
import re
from typing import Callable

from ..interval import ordinal_to_iso
from .clocks import COUNT_KINDS, AsOf, single_day, when_of
from .mention import Mention
from .speaker_phrases import speech_in
from .text import Span

_WEEK_ENDING = re.compile(r"\b(?:in|during|over)\s+the\s+(?:week|seven\s+days|7\s+days)\s+"
                          r"(?:ending|ended|to|up\s+to|through)\s+(?:on\s+)?$", re.I)


_DAY_ENDING = re.compile(r"\b(?:in|during|over|within)\s+the\s+(?:past\s+|last\s+|"
                         r"previous\s+)?(?:24|twenty-four)\s+hours\s+(?:until|till|to|"
                         r"up\s+to|ending|ended|through)\s+(?:on\s+)?$", re.I)


_PASSIVE_REPORT = re.compile(r"\b(?:were|was|have\s+been|has\s+been|had\s+been)\s+"
                             r"(?:reported|recorded|registered|confirmed)\b", re.I)


def week_ending(text: str, mention: Mention, date: Mention) -> AsOf | None:
    """"10,200 people had poured into the camp in the week ending on August 27": a
    count of the seven days up to that day, as of that day; "two more deaths were
    reported in the 24 hours until Sunday morning": of the day up to it."""
    if date.start < mention.end:
        return None
    weekly = _WEEK_ENDING.search(text, mention.end, date.start) is not None
    if not weekly and not _DAY_ENDING.search(text, mention.end, date.start):
        return None
    gap = text[mention.end:date.start]
    # "deaths were reported in the 24 hours until": the count's own verb, no speaker's
    own = _PASSIVE_REPORT.sub(" ", gap)
    if re.search(r"[;:]|[.]\s", gap) or speech_in(own) or len(gap.split()) > 16:
        return None
    return AsOf(when_of(text, date), daily=not weekly, weekly=weekly)


# "up from the 22,000 recorded on February 7", "over the 16 reported on Sunday": the
# count's own participle, then its day (not "29 people, India media reported on")
# (not "A magnitude 3 earthquake was recorded on Feb. 6": a passive, the quake's day)
_RECORDED_ON = re.compile(r"\s+(?:(?!(?:was|were|is|are|been|had|has|have)\s)[a-z]+\s+){0,2}?"
                          r"(?:recorded|reported|registered|counted|tallied)\s+"
                          r"(?:on\s+|early\s+|late\s+)?(?:on\s+)?$")


def recorded_on(text: str, mention: Mention, date: Mention) -> AsOf | None:
    """"the 22,000 recorded on February 7": a count as of the day it was recorded."""
    if date.start < mention.end or not _RECORDED_ON.fullmatch(text, mention.end, date.start):
        return None
    return AsOf(when_of(text, date), daily=False)


# "10,416 measles cases were seen between November 2022 until December 12": counted
# over a window, as of its last day
_WINDOW = re.compile(r"\s+(?:[a-z]+\s+){1,4}?(?:between|from)\s+(?:[\w,.]+\s+){1,4}?"
                     r"(?:and|until|till|to|through)\s+(?:on\s+)?$", re.I)


# "tallied 188,562 dengue cases from Jan. 1 to Aug. 3 this year": a count over a
# window of days said as one range, as of its last day
_OVER = re.compile(r"\s+(?:[a-z]+\s+){0,3}")
_RANGE_OPENING = re.compile(r"(?:from|between)\s", re.I)


def counted_over(text: str, sentence: Span, mention: Mention,
                  mentions: list[Mention]) -> AsOf | None:
    for date in mentions:
        if date.kind == "date" and date.start >= mention.end and date.start < sentence.end \
                and not single_day(date) and _OVER.fullmatch(text, mention.end, date.start) \
                and _RANGE_OPENING.match(date.text) \
                and date.interval.high is not None:
            return AsOf(ordinal_to_iso(date.interval.high), False, (date.start, date.end))
    return None


# between a range of days and the count it bounds: its clause's words, with no other
# sentence or clause of its own ("; ", ". ")
_RANGE_TO_COUNT = re.compile(r"[^;.!?]{0,120}")


# the range opens its clause, or is the "when" of the count: not "the season lasts
# from April to December, with storms causing dozens of deaths" (a verb's span)
_OPENS_CLAUSE = re.compile(r"(?:^|[,;:–—]|\bthat|\bwhen)\s*$", re.I)
_WHEN = re.compile(r",?\s+when\b", re.I)


def range_before(text: str, sentence: Span, mention: Mention,
                 mentions: list[Mention]) -> AsOf | None:
    """A count after a range of days in its sentence, at most sixteen words on: as of
    the range's last day (a range is never the day a statement was made, so a speech
    verb between does not matter); weekly when the range is seven days. A range of a
    few days or weeks frames nothing: its count is neither a week's nor a running
    total."""
    for date in reversed(mentions):
        if date.kind != "date" or not (sentence.start <= date.start and date.end <= mention.start):
            continue
        iv = date.interval
        if single_day(date) or not _RANGE_OPENING.match(date.text) or iv is None \
                or iv.low is None or iv.high is None:
            return None  # the nearest date before the count is no range: it is its frame
        gap = text[date.end:mention.start]
        days = iv.high - iv.low + 1
        opens = _OPENS_CLAUSE.search(text[sentence.start:date.start]) \
            or _WHEN.match(text, date.end)
        if not opens or not _RANGE_TO_COUNT.fullmatch(gap) or len(gap.split()) > 16 \
                or (days != 7 and days < 28):
            return None  # ("Between Friday and Sunday, about 2,950 refugees had
            # crossed": three days' flow, neither a week's nor a running total)
        # "peaked between 4 and 10 May when ...": the range is also the verb's, a claim
        # of its own, not only the count's frame
        own = () if _WHEN.match(text, date.end) else (date.start, date.end)
        return AsOf(ordinal_to_iso(iv.high), False, own, weekly=days == 7)
    return None


def window_end(text: str, mention: Mention, date: Mention) -> AsOf | None:
    gap = text[mention.end:date.start]
    if date.start < mention.end or not _WINDOW.fullmatch(gap) or speech_in(gap) \
            or re.search(r"[;:]|[.]\s", gap):
        return None
    return AsOf(when_of(text, date), daily=False)


_WEEK_BEFORE = re.compile(r"\s+(?:in\s+)?(?:the\s+(?:week|seven\s+days)\s+(?:before|earlier)|"
                          r"the\s+previous\s+week|a\s+week\s+earlier)\b", re.I)


def week_before(text: str, sentence: Span, mention: Mention, mentions: list[Mention],
                frame_of: Callable[[Mention], AsOf | None]) -> AsOf | None:
    """"10,200 ... in the week ending on August 27, compared with 4,500 the week
    before": the week before the one an earlier count of the sentence is of."""
    if not _WEEK_BEFORE.match(text, mention.end):
        return None
    for other in reversed([m for m in mentions if m.kind in COUNT_KINDS
                           and sentence.start <= m.start and m.end <= mention.start]):
        frame = frame_of(other)
        if frame is not None and frame.weekly:
            day = dt.date.fromisoformat(frame.when[:10]) - dt.timedelta(days=7)
            return AsOf(day.isoformat(), daily=False, weekly=True)
    return None


# "... 1,143 hot spots in Sumatra as of 5am yesterday. These comprise 724 in South
# Sumatra, 234 in Jambi ...": the parts of the count before, counted when it was
_PARTS_OPEN = re.compile(r"\s*(?:These|They|Those)\s+(?:comprise|comprised|include|included|"
                         r"consist\s+of|consisted\s+of)\b")
_SENTENCE_END = re.compile(r"[.!?][”\"]?\s+|\n")


def parts_of_before(text: str, sentence: Span, mentions: list[Mention],
                    frame_of: Callable[[Mention, Span], AsOf | None]) -> AsOf | None:
    """The as-of frame of the last count of the sentence before, for a sentence that
    opens by listing that count's parts."""
    if not _PARTS_OPEN.match(text, sentence.start):
        return None
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, max(0, sentence.start - 1))]
    before = Span(ends[-1] if ends else 0, sentence.start)
    counts = [m for m in mentions if m.kind in COUNT_KINDS
              and before.start <= m.start and m.end <= before.end]
    return frame_of(counts[-1], before) if counts else None



# "At least 44 were dead and another 40 were missing Thursday": a count, a few words of
# its own (no comma, no clause of its own), "and", then the next count
_JOINED_NEXT = re.compile(r"[ \t]+(?:[a-z]+[ \t]+){0,5}?and[ \t]+(?:(?:another|a[ \t]+further)"
                          r"[ \t]+)?")
_OWN_CLAUSE = re.compile(r"\b(?:since|after|before|when|until|that|which|who|while|because|"
                         r"as|if|in\s+\d{4})\b", re.I)


def listed_before(text: str, sentence: Span, mention: Mention, mentions: list[Mention],
                  frame_of: Callable[[Mention], AsOf | None]) -> AsOf | None:
    """The day after the next count of a list dates this one too: "Around 20 people
    died and thousands were evacuated in Kazakhstan on Friday"."""
    after = [m for m in mentions if mention.end <= m.start < sentence.end]
    if not after or after[0].kind not in COUNT_KINDS:
        return None
    gap = text[mention.end:after[0].start]
    if not _JOINED_NEXT.fullmatch(gap) or _OWN_CLAUSE.search(gap) or speech_in(gap):
        return None
    frame = frame_of(after[0])
    if frame is None or not frame.date or frame.date[0] < after[0].end:
        return None
    return frame
