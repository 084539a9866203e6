"""Whole days: the interval of a span of days, the anchor relative phrases need,
and "N units ago".

Both the date readers and the quantity readers use these ("three weeks ago" is a
quantity phrase that ends as a date), so they live below both: `dates` imports
`quantity` to read durations, `quantity` imports this module, and nothing imports
back up.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
from fractions import Fraction

from ..findings import FactcheckError
from ..interval import Interval
from .context import Context, PhraseError, unit_info


def day_interval(first: dt.date, last: dt.date, qualifier: str | None = None,
                 exact: Interval | None = None) -> Interval:
    return Interval(Fraction(first.toordinal()), Fraction(last.toordinal()),
                    unit="day", kind="date", qualifier=qualifier, exact=exact)


# How many times a phrase asked for its anchor, in this process. Every reader that
# counts from the anchor asks here, so a reading during which this did not change
# is the same whatever the anchor (assemble.py reads such a value once per text).
anchor_reads = 0
NO_ANCHOR = "there is no date to count from"  # the error's words, that extract looks for


def need_anchor(ctx: Context, i: int, end: int) -> dt.date:
    """The anchor, or an error naming the relative phrase tokens[i:end]."""
    global anchor_reads
    anchor_reads += 1
    if ctx.anchor is None:
        raise PhraseError(f"{ctx.span_text(i, end)!r} is relative and {NO_ANCHOR}", end,
                          hint="give the document a `published` date (or --published)")
    return ctx.anchor


def ago(ctx: Context, duration: Interval, i: int, end: int) -> Interval:
    """The dates `duration` (tokens[i:end]) before the anchor, keeping whole days."""
    anchor = need_anchor(ctx, i, end)
    phrase = ctx.span_text(i, end)
    per_day = unit_info(duration.unit).days
    read = _days_before(anchor, duration, per_day, phrase.lower())
    exact = None
    if duration.exact is not None:
        exact = _days_before(anchor, duration.exact, per_day, phrase.lower())
        if (exact.low, exact.high) == (read.low, read.high):
            exact = None
    return Interval(read.low, read.high, unit="day", kind="date",
                    qualifier=read.qualifier, exact=exact)


def _days_before(anchor: dt.date, duration: Interval, per_day: Fraction,
                 qualifier: str) -> Interval:
    low = duration.low * per_day if duration.low is not None else Fraction(0)
    high = duration.high * per_day if duration.high is not None else None
    nearest = math.floor(low) + 1 if duration.low_open else math.ceil(low)
    furthest = None
    if high is not None:
        furthest = math.ceil(high) - 1 if duration.high_open else math.floor(high)
        if furthest < nearest:  # less than a day wide: keep the days it touches
            nearest, furthest = math.floor(low), math.ceil(high)
    first = _ordinal(anchor, furthest)
    last = Fraction(anchor.toordinal() - max(nearest, 0))
    return Interval(first, last, unit="day", kind="date", qualifier=qualifier)


def _ordinal(anchor: dt.date, days_before: int | None) -> Fraction | None:
    if days_before is None:
        return None
    ordinal = anchor.toordinal() - days_before
    if ordinal < 1:
        raise FactcheckError("that is before the calendar begins")
    return Fraction(ordinal)


_PLAIN_RELATIVE_YEARS = ("last year", "this year", "next year")


def relative_year(ctx: Context, i: int):
    """(year, end) for "last year", "this year", "next year" at token i, else None."""
    found = ctx.phrase(ctx.table.dates.relative_years, i)
    if found is None or ctx.span_text(i, found[1]).lower() not in _PLAIN_RELATIVE_YEARS:
        return None
    return need_anchor(ctx, i, found[1]).year + int(found[0]), found[1]


def _dated(ctx: Context, i: int, j: int) -> bool:
    """Whether tokens i..j give a year: "2016", an ISO date, "last year"."""
    return any(token.kind == "isodate" or (token.text.isdigit() and len(token.text) == 4)
               for token in ctx.tokens[i:j]) \
        or any(relative_year(ctx, k) is not None for k in range(i, j))


def year_of_the_end(ctx: Context, a: Interval, b: Interval, i: int, j: int,
                    end: int) -> Interval:
    """The start of "from 3 September to 27 December 2016", read with no year of its
    own, in the year the end gives (the year before, when that would run backwards:
    "from December to January 2017")."""
    if _dated(ctx, i, j) or not _dated(ctx, j, end) or a.low is None or b.high is None \
            or not any(ctx.phrase(ctx.table.dates.months, k) for k in range(i, j)):
        return a
    moved = _years_later(a, dt.date.fromordinal(int(b.high)).year
                         - dt.date.fromordinal(int(a.low)).year)
    return _years_later(moved, -1) if b.high < moved.low else moved


def one_season(ctx: Context, a: Interval, b: Interval, i: int, j: int, end: int):
    """"from April to December" with no year, each end read on its own against the
    anchor, runs backwards when the anchor lies between them: the range is one
    stretch: read back (the default), the latest one starting on or before the
    anchor (the start stays, the end is the year after: "from December to February"
    on 15 January 2012 is this winter's); read forward, the first one ending on or
    after it (the end stays, the start is the year before). With a year given,
    backwards is an error."""
    if _dated(ctx, i, j) or _dated(ctx, j, end):
        raise FactcheckError(f"the dates {ctx.span_text(i, end)!r} run backwards")
    if not any(ctx.phrase(ctx.table.dates.months, k) for k in range(i, end)):
        week = Fraction(7)  # "from Monday to Friday": one week, not one year
        a, b = (_shifted(a, -week), b) if ctx.future else (a, _shifted(b, week))
    elif ctx.future:
        a = _years_later(a, -1)
    else:
        b = _years_later(b, 1)
    if b.high < a.low:
        raise FactcheckError(f"the dates {ctx.span_text(i, end)!r} run backwards")
    return a, b


def _shifted(interval: Interval, days: Fraction) -> Interval:
    return Interval(interval.low + days, interval.high + days, unit="day", kind="date")


def _years_later(interval: Interval, years: int) -> Interval:
    """The same days of the calendar `years` later; a month's last day stays its last."""
    def moved(ordinal, last: bool) -> int:
        day = dt.date.fromordinal(int(ordinal))
        year = day.year + years
        length = calendar.monthrange(year, day.month)[1]
        month_end = day.day == calendar.monthrange(day.year, day.month)[1]
        return dt.date(year, day.month, length if last and month_end else
                       min(day.day, length)).toordinal()
    return Interval(Fraction(moved(interval.low, False)), Fraction(moved(interval.high, True)),
                    unit="day", kind="date")

