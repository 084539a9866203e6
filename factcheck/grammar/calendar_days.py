"""Days of the calendar: a month's name, a day of the month, a year, and the day
they make, read against the anchor when the year is not given. Also the range of
days of one month said once ("Jan. 6 to 9", "6-9 January 2022", "between 6 and 9
January", two days running "May 1 and 2"): the month and year of the end are the
start's."""

from __future__ import annotations

import calendar
import datetime as dt

from ..interval import Interval
from .context import Context, PhraseError
from .days import day_interval, need_anchor, relative_year

MAX_YEARS_BACK = 8  # enough for the last 29 February


def make_date(ctx: Context, year: int, month: int, day: int, i: int, end: int) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise PhraseError(f"{ctx.span_text(i, end)!r} is not a date on the calendar",
                          end, offset=ctx.tokens[i].start) from None


def calendar_word(ctx: Context, index, i: int):
    """A month or weekday name; the ambiguous ones ("May") only when capitalised."""
    found = ctx.phrase(index, i)
    if found is None:
        return None
    if ctx.words[i] in ctx.table.dates.capitalised and not ctx.tokens[i].text[0].isupper():
        return None
    end = found[1]
    # "Sept. 19": an abbreviation's full stop, not the one ending "... on Monday."
    if (end + 1 < len(ctx.tokens) and ctx.tokens[end].text == "." and ctx.attached(end)
            and ctx.tokens[end + 1].kind == "number"):
        end += 1
    return found[0], end


def year_at(ctx: Context, i: int) -> int | None:
    if i >= len(ctx.tokens) or ctx.tokens[i].kind != "number":
        return None
    text = ctx.tokens[i].text
    if not (len(text) == 4 and text.isdigit()):
        return None
    year = int(text)
    return year if ctx.table.dates.year_min <= year <= ctx.table.dates.year_max else None


def day_at(ctx: Context, i: int):
    """A day of the month, "19" or "19th": (day, end) or None."""
    if i >= len(ctx.tokens) or ctx.tokens[i].kind != "number":
        return None
    text = ctx.tokens[i].text
    if not (text.isdigit() and len(text) <= 2 and 1 <= int(text) <= 31):
        return None
    end = i + 1
    if end < len(ctx.words) and ctx.words[end] in ctx.table.dates.ordinals \
            and ctx.attached(end):
        end += 1
    return int(text), end


def optional_year(ctx: Context, i: int):
    """The year after a month or a day: "2016", ", 2016", or "(of) last year", "this year",
    "next year" against the anchor ("July last year" is July of the year before)."""
    j = i + 1 if ctx.is_word(i, ",") else i
    year = year_at(ctx, j)
    if year is not None:
        return year, j + 1
    relative = relative_year(ctx, i)
    if relative is None and ctx.is_word(i, "of"):  # "July of last year"
        relative = relative_year(ctx, i + 1)
    return relative if relative is not None else (None, i)


def month_day(ctx: Context, i: int):
    """ "September 19, 2023", "Sept. 19", "September 19th"."""
    month = calendar_word(ctx, ctx.table.dates.months, i)
    if month is None:
        return None
    day = day_at(ctx, month[1])
    if day is None:
        return None
    year, end = optional_year(ctx, day[1])
    return resolve_day(ctx, year, month[0], day[0], i, end), end


def day_month(ctx: Context, i: int):
    """ "19 September 2023", "19th of September"."""
    day = day_at(ctx, i)
    if day is None:
        return None
    j = day[1]
    joined = ctx.phrase(ctx.table.vague_joiners, j)  # "of"
    if joined is not None:
        j = joined[1]
    month = calendar_word(ctx, ctx.table.dates.months, j)
    if month is None:
        return None
    year, end = optional_year(ctx, month[1])
    return resolve_day(ctx, year, month[0], day[0], i, end), end


def resolve_day(ctx: Context, year, month: int, day: int, i: int, end: int) -> Interval:
    if year is not None:
        date = make_date(ctx, year, month, day, i, end)
        return day_interval(date, date)
    if day > calendar.monthrange(2000, month)[1]:  # 2000: a leap year
        make_date(ctx, 2001, month, day, i, end)  # raises, naming the phrase
    anchor = need_anchor(ctx, i, end)
    step = 1 if ctx.future else -1
    for offset in range(MAX_YEARS_BACK + 1):
        try:
            date = dt.date(anchor.year + step * offset, month, day)
        except ValueError:
            continue  # 29 February in a common year
        if (date >= anchor) if ctx.future else (date <= anchor):
            return day_interval(date, date)
    raise PhraseError(f"{ctx.span_text(i, end)!r} is not a date on the calendar", end)


def one_month_range(ctx: Context, i: int):
    """ "Jan. 6 to 9", "from 6 to 9 January", "between Jan. 6 and 9, 2022", "6-9
    January": [first day, last day] of one month. With no year: read back, the latest
    such days starting on or before the anchor; read forward, the first ending on or
    after it (as "from April to December" is one stretch)."""
    opener = ctx.phrase(ctx.table.range_openers, i)
    k = opener[1] if opener is not None else i
    month = calendar_word(ctx, ctx.table.dates.months, k)
    first = day_at(ctx, month[1] if month is not None else k)
    if first is None:
        return None
    k = _joined(ctx, first[1], opener)
    # "on May 1 and 2", "3 and 4 June": two days running, said once with their month
    paired = k is None and opener is None and ctx.words[first[1]:first[1] + 1] == ["and"]
    k = first[1] + 1 if paired else k
    last = day_at(ctx, k) if k is not None else None
    if last is None or last[0] <= first[0] or (paired and last[0] != first[0] + 1):
        return None  # ("Jan. 6 and 9": two days apart, not all the days between)
    k = last[1]
    if month is None:
        joined = ctx.phrase(ctx.table.vague_joiners, k)  # "6 to 9 of January"
        month = calendar_word(ctx, ctx.table.dates.months, joined[1] if joined else k)
        if month is None:
            return None
        k = month[1]
    year, end = optional_year(ctx, k)
    if year is None:  # one stretch: the start read back, or the end read forward
        year = dt.date.fromordinal(int(resolve_day(
            ctx, None, month[0], last[0] if ctx.future else first[0], i, end).low)).year
    start = make_date(ctx, year, month[0], first[0], i, end)
    stop = make_date(ctx, year, month[0], last[0], i, end)
    return day_interval(start, stop), end


def _joined(ctx: Context, k: int, opener) -> int | None:
    """Past the "and" of "between A and B", or the "to", "-" or "through" of "A to B"."""
    if opener is not None:
        joiner = opener[0]
        return k + len(joiner) if tuple(ctx.words[k:k + len(joiner)]) == joiner else None
    infix = ctx.phrase(ctx.table.range_infixes, k)
    return infix[1] if infix is not None else None
