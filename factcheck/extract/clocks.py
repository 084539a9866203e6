"""The days and hours of as-of frames: the `AsOf` a drafted count carries, the clock
read after a day ("Monday at 7am", "at 07:00"), and a frame that gives an hour and no
day: "As of 8 a.m., 32 aftershocks were recorded" is as of that hour of the story's
own day (the publication date), as a reader of that day's report takes it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..interval import ordinal_to_iso
from .mention import Mention
from .readings import level_reading
from .text import Span

COUNT_KINDS = frozenset({"count", "fraction", "percent"})
AMOUNT_KINDS = frozenset({"other", "money"})  # tonnes, litres, dollars: only "as of", "by"


@dataclass(frozen=True)
class AsOf:
    when: str  # ISO date or date-time
    daily: bool  # a count of that one day, not a running total
    date: tuple = ()  # the span of the date mention that frames the count
    weekly: bool = False  # a count of the week that ends that day


# the clock after a day: "Monday at 7am", "Tuesday, 8 p.m.", "at 07:00"
CLOCK = re.compile(r"^\s*(?:,\s*)?(?:at\s+|by\s+)?(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s?m\b\.?"
                   r"|^\s*(?:,\s*)?(?:at\s+|by\s+)(\d{2}):(\d{2})\b"
                   r"|^\s*(?:at\s+)?(noon|midday)\b", re.I)  # ("as of Saturday noon")


def at_hour(day: str, hour: str, minute: str | None, half: str) -> str:
    """`day` at a 12-hour clock's time ("8", None, "a" -> dayT08:00); `day` alone
    when the minutes are no minutes."""
    h, m = int(hour) % 12 + (12 if half.lower() == "p" else 0), int(minute or 0)
    return f"{day}T{h:02d}:{m:02d}" if m < 60 else day


def when_of(text: str, date: Mention) -> str:
    """The day a date mention names, at the hour a clock right after it gives."""
    day = ordinal_to_iso(date.interval.low)
    clock = CLOCK.match(text[date.end:date.end + 20])
    if clock is None:
        return day
    if clock.group(1) is not None:
        return at_hour(day, clock.group(1), clock.group(2), clock.group(3))
    if clock.group(6) is not None:
        return f"{day}T12:00"
    hour, minute = int(clock.group(4)), int(clock.group(5))  # "at 07:00": a 24-hour clock
    return day if hour > 23 or minute > 59 else f"{day}T{hour:02d}:{minute:02d}"


def single_day(mention: Mention) -> bool:
    """A date mention of one day, not a range or a month."""
    iv = mention.interval
    return iv is not None and iv.low is not None and iv.low == iv.high


# an hour of a 12-hour clock, or noon ("as of noon", "as at midday")
# ("4.30am": a point between hours and minutes, as British papers write it)
HOUR = r"(?:(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s?m\b\.?|(noon|midday)\b)"
# "As of 8 a.m., 32 aftershocks were recorded": an hour with no day is the story's day,
# also over the words of the count's clause ("As of 3 p.m., the death toll from the
# fire at the mine reached 28"), after a speech verb ("He said that, as at 4.30am,
# authorities had") or a place ("In Knox County as of 9 a.m., 7,994 customers")
_CLOCK_ONLY = re.compile(r"[\s“\"]*(?:[^,;:.\d“”\"]{0,60}?\b(?:said|says|told\s+\w+|added|"
                         r"announced|reported)\s+(?:that\s*)?,?\s*)?"
                         r"(?:(?-i:In|Across)\s+(?:the\s+)?(?-i:[A-Z][\w'’.-]*)"
                         r"(?:\s+(?-i:[A-Z][\w'’.-]*)){0,3},?\s+)?"
                         r"(?:as\s+of|as\s+at|by|(?:just|shortly)\s+(?:after|before))\s+"
                         + HOUR  # ("By 7 p.m. local time,", "Just after 10:30 p.m.,")
                         + r"(?:\s+local\s+time|\s+\([^()]{1,20}\))?"
                         + r"\s*,\s*(?:[^,;:.\d“”\"()]{0,80}?\s)?", re.I)


# "At 4 p.m., the out-of-control wildfire was 40 hectares in size": a state at the hour
# the sentence opens with, told by a verb of being (not "At 4 p.m., the quake struck")
_AT_HOUR_STATE = re.compile(r"[\s“\"]*at\s+(?:about\s+|around\s+)?" + HOUR + r"\s*,\s*"
                            r"(?:[^,;:.\d“”\"()]{0,80}?\s)?(?:was|were|is|are|stood\s+at|"
                            r"had\s+(?:grown|risen|climbed|reached)(?:\s+to)?)\s+(?:(?:about|"
                            r"around|nearly|some|more\s+than)\s+)?", re.I)


# "As of press time, 557 people have sought shelter": the story's own day, no hour
_PRESS_TIME = re.compile(r"[\s“\"]*(?:as\s+of|as\s+at|at)\s+(?:press\s+time|the\s+time\s+of\s+"
                         r"(?:writing|going\s+to\s+press|publication))\s*,\s*"
                         r"(?:[^,;:.\d“”\"()]{0,80}?\s)?", re.I)


def clock_only(text: str, sentence: Span, mention: Mention, published) -> AsOf | None:
    """The publication day at the hour an as-of frame opening the sentence, or "by" an
    hour right after the count ("was reduced to around 90 by 12:30 p.m."), gives."""
    if published is not None and mention.kind in COUNT_KINDS \
            and _PRESS_TIME.fullmatch(text, sentence.start, mention.start):
        return AsOf(published.isoformat(), False)
    opening = _CLOCK_ONLY.fullmatch(text, sentence.start, mention.start) \
        or _AT_HOUR_STATE.fullmatch(text, sentence.start, mention.start)
    found = opening or _CLOCK_AFTER.match(text, mention.end, sentence.end)
    if found is None or published is None:
        return None
    # ("By 12:30 p.m., 33 centimetres had already been recorded": an amount read by then,
    # as a level is "by" an hour after it: "The Mary River reached 17.04 metres by 3.40pm")
    if mention.kind not in COUNT_KINDS and not (mention.kind in AMOUNT_KINDS and (
            opening or level_reading(text, sentence, mention))):
        return None
    when = at_hour(published.isoformat(), *(
        found.group(1, 2, 3) if found.group(4) is None else ("12", None, "p")))
    return AsOf(when, False) if "T" in when else None
# "reduced to around 90 by 12:30 p.m.", "73 people by 10 am": the hour after the count,
# no day after it (a day's frame is as_of's)
# ("18 relief centres (PPS) were still operating as of 4pm": the count's own clause)
_CLOCK_AFTER = re.compile(r"(?:\s+(?:[a-z]+\s+)?by|(?:\s+(?:\([^()]{1,20}\)|"
                          r"[\d,]+(?=\s+(?:families|households)\b)|(?!(?:said|says|told|"
                          r"reported|announced|added|who|which|that)\b)[a-z]+)){0,10}?\s+as\s+"
                          r"(?:of|at))\s+" + HOUR +
                          r"(?!,?\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                          r"Sunday|yesterday|today|[A-Z][a-z]+\s+\d))", re.I)


_CLOCK_BEFORE = re.compile(r"(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s?m\b\.?\s+$", re.I)


def clock_before_day(text: str, mention: Mention, date: Mention, when: str) -> str:
    """"between midnight and 7 am on Sunday": the hour written just before the day."""
    clock = _CLOCK_BEFORE.search(text[mention.end:date.start])
    if clock is None or "T" in when:
        return when
    return at_hour(when, clock.group(1), clock.group(2), clock.group(3))


def frame_clock(frame: re.Match, when: str) -> str:
    """"as of 12:00 pm (0300 GMT) Monday": the hour written before the day (a frame
    with no clock groups, "As on Sunday morning", gives the day)."""
    group = frame.groupdict().get
    if group("local") and "T" not in when:
        return f"{when}T{group('lh')}:{group('lm') or group('lc')}"
    if group("utc") and "T" not in when:
        return f"{when}T{group('uh')}:{group('um')}+00:00"
    if group("clock") is None or "T" in when or group("near"):
        return when
    if group("noon"):
        return at_hour(when, "12", None, "p")  # "as of noon on May 20"
    return at_hour(when, group("h"), group("m"), group("ap"))
