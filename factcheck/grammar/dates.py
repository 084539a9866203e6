"""Date phrases: absolute dates, and dates relative to an anchor (the publication date).

A date is a whole-day interval of day ordinals (`date.toordinal()`), kind "date",
unit "day". Relative readings (README, "What a number means"):

- "yesterday", "today", "tomorrow": the anchor's day plus the table's offset.
- "last week" / "this week" / "next week": Monday to Sunday weeks around the anchor's
  week; "this weekend": the Saturday and Sunday of the anchor's week; "last month",
  "this year", "next year": the calendar month or year before, of or after the
  anchor's.
- "over the past week" (and "the past 3 days"...): the days before the anchor, as
  many as the duration, rounded to whole days: [anchor - n, anchor - 1].
- "Monday", "September 19", "September", "early September": the latest such day (or
  span starting) on or before the anchor; with `future`, the first one (ending) on or
  after it. "late Thursday" is Thursday; "last June" the latest June before the
  anchor's month.
- "N units ago": a duration D (with its precision: "three weeks" is [2.5, 3.5]
  weeks = [17.5, 24.5] days) is turned into the dates D before the anchor, keeping
  the whole days inside: offsets 18..24 days, so 2023-09-09..2023-09-15 from
  2023-10-03. A month is 1/12 of a 365.25-day year (30.4375 days), a year 365.25
  days, a decade ten years (pint's factors, in days). When no whole day fits (a few
  hours ago), the days touched are kept instead.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
from fractions import Fraction

from ..interval import Interval
from .context import (Context, PhraseError, attempt, longest_or_error, match_unit,
                      memoised, read_pair, unit_info)
from .calendar_days import (calendar_word as _calendar_word, day_month as _day_month,
                            make_date, month_day as _month_day, one_month_range,
                            optional_year as _optional_year, resolve_day as _resolve_day,
                            year_at as _year_at)
from .days import day_interval, need_anchor, one_season, year_of_the_end
from .years import DECADE_PARTS, decade_s as _decade_s, year_or_decade as _year
from .years import year_part as _year_part
from .quantity import match_core
from .table import per_table

def match_date(ctx: Context, i: int) -> tuple[Interval, int] | None:
    """A date or a range of dates at token i."""
    j = i
    preposition = ctx.phrase(ctx.table.dates.prepositions, j)
    if preposition is not None:
        j = preposition[1]
    if ctx.whole and j + 2 < len(ctx.tokens) and ctx.words[j] == "the" and (
            _decade_s(ctx, j + 2) or ctx.words[j + 1] in DECADE_PARTS):
        j += 1  # a value "in the (early) 1990s" (in running text the mention is "1990s")
    return longest_or_error(attempt(_date_range, ctx, j), attempt(one_month_range, ctx, j),
                            attempt(_simple, ctx, j))


def _date_range(ctx: Context, i: int):
    """ "between A and B", "from A to B", "A to B", "2020-2023": [A's first, B's last]."""
    opener = ctx.phrase(ctx.table.range_openers, i)
    pair = read_pair(ctx, opener[1] if opener is not None else i, opener, _simple)
    if pair is None:
        return None
    a, j, b, end = pair
    a = year_of_the_end(ctx, a, b, i, j, end)
    if b.high < a.low:
        a, b = one_season(ctx, a, b, i, j, end)
    return Interval(a.low, b.high, unit="day", kind="date"), end


@memoised
def _simple(ctx: Context, i: int):
    if i >= len(ctx.tokens):
        return None
    readers = _readers_at(ctx, i)
    best = longest_or_error(*(attempt(reader, ctx, i) for reader in readers))
    if best is None:
        return None
    interval, end = best
    time_of_day = ctx.phrase(ctx.table.dates.times_of_day, end)
    return interval, (time_of_day[1] if time_of_day else end)


def _iso(ctx: Context, i: int):
    if i >= len(ctx.tokens) or ctx.tokens[i].kind != "isodate":
        return None
    year, month, day = (int(part) for part in ctx.tokens[i].text.split("-"))
    date = make_date(ctx, year, month, day, i, i + 1)
    return day_interval(date, date), i + 1


def _relative_day(ctx: Context, i: int):
    found = ctx.phrase(ctx.table.dates.relative_days, i)
    if found is None:
        return None
    phrase = ctx.span_text(i, found[1])
    day = need_anchor(ctx, i, found[1]) + dt.timedelta(days=found[0])
    return day_interval(day, day, phrase.lower()), found[1]


def _holiday(ctx: Context, i: int):
    """ "Christmas Day", "New Year's Eve 2023": a day of the year by its feast."""
    found = ctx.phrase(ctx.table.dates.holidays, i)
    if found is None:
        return None
    (month, day), end = found
    year, end = _optional_year(ctx, end)
    return _resolve_day(ctx, year, month, day, i, end), end


def _relative_week(ctx: Context, i: int):
    week = ctx.phrase(ctx.table.dates.relative_weeks, i)
    weekend = ctx.phrase(ctx.table.dates.relative_weekends, i)
    found, first_day, length = (week, 0, 7) if week else (weekend, 5, 2)
    if found is None:
        return None
    phrase = ctx.span_text(i, found[1])
    anchor = need_anchor(ctx, i, found[1])
    weeks = found[0]
    if weeks == "latest":  # "over the weekend": this one once it has begun, else the last
        if not ctx.whole:  # (a value; in a text, no claim readers write)
            return None
        weeks = 0 if ctx.future or anchor.weekday() >= 5 else -1
    monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=weeks)
    first = monday + dt.timedelta(days=first_day)
    first, last = _side(phrase, anchor, first, first + dt.timedelta(days=length - 1))
    return day_interval(first, last, phrase.lower()), found[1]


def _relative_month_or_year(ctx: Context, i: int):
    """ "last year": the calendar year before the anchor's; "this month", "next month"."""
    month = ctx.phrase(ctx.table.dates.relative_months, i)
    year = ctx.phrase(ctx.table.dates.relative_years, i)
    found = month or year
    if found is None:
        return None
    phrase = ctx.span_text(i, found[1])
    anchor = need_anchor(ctx, i, found[1])
    if year:
        which = anchor.year + found[0]
        first, last = dt.date(which, 1, 1), dt.date(which, 12, 31)
    else:
        index = anchor.year * 12 + anchor.month - 1 + found[0]
        first, last = _month_span(index // 12, index % 12 + 1)
    first, last = _side(phrase, anchor, first, last)
    return day_interval(first, last, phrase.lower()), found[1]


def _side(phrase: str, anchor: dt.date, first: dt.date, last: dt.date):
    """ "earlier this month": the month's days up to the anchor; "later this year":
    from the anchor on. The anchor's own day stays in: the text may be a day late."""
    side = phrase.split()[0].lower()
    if side == "earlier":
        return first, min(last, anchor)
    return (max(first, anchor), last) if side == "later" else (first, last)


def _rolling(ctx: Context, i: int):
    """ "over the past week": the n days before the anchor."""
    found = ctx.phrase(ctx.table.dates.rolling, i)
    if found is None:
        return None
    duration = _duration_days(ctx, found[1])
    if duration is None:
        return None
    days, end = duration
    phrase = ctx.span_text(i, end)
    anchor = need_anchor(ctx, i, end)
    days = max(1, math.floor(days + Fraction(1, 2)))  # nearest whole day, at least one
    return day_interval(anchor - dt.timedelta(days=days), anchor - dt.timedelta(days=1),
                        phrase.lower()), end


def _duration_days(ctx: Context, i: int):
    """The length in days of "week" (one), "three weeks", "few weeks" (its high end)."""
    unit = match_unit(ctx, i)
    if unit is not None and unit[0].kind == "duration":
        return unit[0].days, unit[1]
    core = match_core(ctx, i)
    if core is None or core[0].kind != "duration" or core[0].high is None:
        return None
    amount, end = core
    return amount.high * unit_info(amount.unit).days, end


def _weekday(ctx: Context, i: int):
    shift = ctx.phrase(ctx.table.dates.relative_weekdays, i)
    found = _calendar_word(ctx, ctx.table.dates.weekdays, shift[1] if shift else i)
    if found is None:
        return None
    weekday, end = found
    dated = None if shift else _dated_weekday(ctx, end, weekday)
    if dated is not None:  # "Saturday, December 4": the day the date names
        return dated
    week = None if shift else _week_of(ctx, end)
    if week is not None:  # "Monday of last week", "Friday this week": that week's day
        offset, end = week
        anchor = need_anchor(ctx, i, end)
        day = anchor + dt.timedelta(days=weekday - anchor.weekday(), weeks=offset)
        return day_interval(day, day), end
    anchor = need_anchor(ctx, i, end)
    if shift:  # "last Sunday": one to seven days before the anchor
        back = (anchor.weekday() - weekday - 1) % 7 + 1
        return day_interval(anchor - dt.timedelta(days=back),
                            anchor - dt.timedelta(days=back)), end
    if ctx.future:
        day = anchor + dt.timedelta(days=(weekday - anchor.weekday()) % 7)
    else:
        day = anchor - dt.timedelta(days=(anchor.weekday() - weekday) % 7)
    return day_interval(day, day), end


def _weekday_part(ctx: Context, i: int):
    """ "late Thursday", "early Monday": the weekday's day (the part of it is no more
    precise than "Monday evening")."""
    part = ctx.phrase(ctx.table.dates.day_parts, i)
    if part is None or ctx.phrase(ctx.table.dates.relative_weekdays, part[1]) is not None:
        return None
    if part[1] > i + 1 and not ctx.whole:
        return None  # "early on Monday", "the early hours of Monday": a claim's value;
        # in a text the mention is the day, "on Monday", as readers mark it
    return _weekday(ctx, part[1])


def _last_month(ctx: Context, i: int):
    """ "last June", "this past March": the latest such month before the anchor's
    month (in September 2023, June 2023; in June 2023, June 2022)."""
    shift = ctx.phrase(ctx.table.dates.relative_weekdays, i)
    found = _calendar_word(ctx, ctx.table.dates.months, shift[1]) if shift else None
    if found is None:
        return None
    month, end = found
    anchor = need_anchor(ctx, i, end)
    year = anchor.year if month < anchor.month else anchor.year - 1
    return day_interval(*_month_span(year, month)), end


def _dated_weekday(ctx: Context, j: int, weekday: int):
    """The date after a weekday ("Saturday, December 4", "Friday 14 July 2017"), which
    names the day; the weekday only says it again, and settles which year a date with
    none is in: "postponed until Sunday 1 December" in late November 2019 is the coming
    Sunday, 1 December 2019 (the past 1 December, in 2018, was a Saturday).
    (interval, end) or None."""
    found = _date_after_weekday(ctx, j, weekday)
    if found is None or ctx.future or _on_weekday(found[0], weekday) is not False:
        return found
    coming = _date_after_weekday(ctx.with_future(), j, weekday)
    return coming if coming is not None and coming[1] == found[1] \
        and _on_weekday(coming[0], weekday) else found


def _on_weekday(interval, weekday: int) -> bool | None:
    """Whether a one-day reading falls on `weekday`; None when it is no single day."""
    if not isinstance(interval, Interval) or interval.low != interval.high:
        return None
    return dt.date.fromordinal(int(interval.low)).weekday() == weekday


def _date_after_weekday(ctx: Context, j: int, weekday: int):
    k = j + 1 if ctx.is_word(j, ",") else j
    if k >= len(ctx.tokens):
        return None
    # ("Sunday 25" with no comma: "Monday, 4 people died" counts people)
    number = (lambda c, at: _day_number(c, at, weekday)) if k == j else (lambda c, at: None)
    return longest_or_error(attempt(_month_day, ctx, k), attempt(_day_month, ctx, k),
                            attempt(number, ctx, k))


def _day_number(ctx: Context, k: int, weekday: int):
    """ "Sunday 25": the latest 25th on or before the anchor (with `future`, the first
    on or after it) that falls on a Sunday, within a year; None when none does."""
    token = ctx.tokens[k]
    if token.kind != "number" or not token.text.isdigit() or not 1 <= int(token.text) <= 31:
        return None
    if k + 1 < len(ctx.tokens) and ctx.tokens[k + 1].kind == "word" \
            and ctx.words[k + 1] not in (",", ".", "and", "at", "in", "on", "when", "as"):
        return None  # "Sunday 25 people died": a count, not a day
    anchor = need_anchor(ctx, k, k + 1)
    step = 1 if ctx.future else -1
    day = anchor
    for _ in range(366):
        if day.day == int(token.text) and day.weekday() == weekday:
            return day_interval(day, day), k + 1
        day += dt.timedelta(days=step)
    return None


def _week_of(ctx: Context, j: int):
    """ "(of) last week", "this week", "next week" after a weekday: (offset, end)."""
    joined = ctx.phrase(ctx.table.vague_joiners, j)  # "of"
    found = ctx.phrase(ctx.table.dates.relative_weeks, joined[1] if joined else j)
    if found is None or ctx.words[joined[1] if joined else j] in ("earlier", "later"):
        return None
    return found


def _month_span(year: int, month: int, first: int = 1, last: int = 31):
    last = min(last, calendar.monthrange(year, month)[1])
    return dt.date(year, month, first), dt.date(year, month, last)


def _month_part(ctx: Context, i: int):
    """ "early September" (1st-10th), "mid-September", "late September 2023"."""
    part = ctx.phrase(ctx.table.dates.month_parts, i)
    if part is None:
        return None
    month = _calendar_word(ctx, ctx.table.dates.months, part[1])
    if month is None:
        return None
    day = attempt(_month_day, ctx, part[1]) if ctx.words[i] in ("early", "late") else None
    if day is not None:  # "early August 18": the part is the day's, as in "early Monday"
        return day  # (not "mid-August 18 people died": no "mid-" day)
    year, end = _optional_year(ctx, month[1])
    spec = part[0]
    return _resolve_month(ctx, year, month[0], int(spec.low), int(spec.high), i, end), end


def _month_alone(ctx: Context, i: int):
    """ "December 2022" (the month), or "September" (the latest one)."""
    month = _calendar_word(ctx, ctx.table.dates.months, i)
    if month is None:
        return None
    year, end = _optional_year(ctx, month[1])
    return _resolve_month(ctx, year, month[0], 1, 31, i, end), end


def _resolve_month(ctx, year, month, first, last, i, end) -> Interval:
    if year is not None:
        return day_interval(*_month_span(year, month, first, last))
    anchor = need_anchor(ctx, i, end)
    if ctx.future:
        span = _month_span(anchor.year, month, first, last)
        if span[1] < anchor:
            span = _month_span(anchor.year + 1, month, first, last)
    else:
        span = _month_span(anchor.year, month, first, last)
        if span[0] > anchor:
            span = _month_span(anchor.year - 1, month, first, last)
    return day_interval(*span)


# The single-date readers in the order `_simple` tries them, each with where it can
# start: token kinds, or the first words of sections of the date table. At most
# tokens none can, so `_simple` calls only those that may read something there.
_SIMPLE_READERS = (
    (_iso, ("isodate",), ()), (_relative_day, (), ("relative_days",)),
    (_holiday, (), ("holidays",)),
    (_relative_week, (), ("relative_weeks", "relative_weekends")),
    (_relative_month_or_year, (), ("relative_months", "relative_years")),
    (_rolling, (), ("rolling",)), (_weekday, (), ("weekdays", "relative_weekdays")),
    (_weekday_part, (), ("day_parts",)), (_last_month, (), ("relative_weekdays",)),
    (_month_part, (), ("month_parts",)), (_year_part, (), ("month_parts",)),
    (_month_day, (), ("months",)),
    (_day_month, ("number",), ()), (_month_alone, (), ("months",)),
    (_year, ("number",), ()))


@per_table
def _readers_by_word(table) -> dict[str, tuple]:
    by_word: dict[str, list] = {}
    for reader, _, sections in _SIMPLE_READERS:
        for word in frozenset().union(*(getattr(table.dates, s).first_words()
                                        for s in sections)):
            by_word.setdefault(word, []).append(reader)
    return {word: tuple(readers) for word, readers in by_word.items()}


_READERS_BY_KIND = {kind: tuple(r for r, kinds, _ in _SIMPLE_READERS if kind in kinds)
                    for kind in ("isodate", "number")}


def _readers_at(ctx: Context, i: int) -> tuple:
    by_word = _readers_by_word(ctx.table).get(ctx.words[i], ())
    by_kind = _READERS_BY_KIND.get(ctx.tokens[i].kind, ())
    if by_word and by_kind:  # a number the table also names: keep the readers' order
        return tuple(r for r, *_ in _SIMPLE_READERS if r in by_word or r in by_kind)
    return by_word or by_kind
