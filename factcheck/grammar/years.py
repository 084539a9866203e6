"""Years as values: "2012", a decade ("1990s"), a part of either ("late 2016", "the
early 1990s"). A decade's part is three or four of its years, a year's part four of its
months."""

from __future__ import annotations

import calendar
import datetime as dt

from .calendar_days import year_at
from .context import Context
from .days import day_interval


def year_or_decade(ctx: Context, i: int):
    """ "2012"; "1990s": the decade's ten years."""
    year = year_at(ctx, i)
    if year is None:
        return None
    if year % 10 == 0 and decade_s(ctx, i + 1):
        return day_interval(dt.date(year, 1, 1), dt.date(year + 9, 12, 31), "decade"), i + 2
    return day_interval(dt.date(year, 1, 1), dt.date(year, 12, 31)), i + 1


def year_part(ctx: Context, i: int):
    """ "late 2016" or "the end of 2016" (September to December), "early 2017" (January
    to April); "the early 1990s" (1990-1993), "mid-1990s" (1994-1996), "late 1980s". In
    a claim's value only: in a text the mention is the year, as readers mark it ("in 2014" for
    "in late 2014")."""
    part = ctx.phrase(ctx.table.dates.month_parts, i) if ctx.whole else None
    year = year_at(ctx, part[1]) if part is not None else None
    name = _PART_NAMES.get(int(part[0].low)) if year is not None else None
    if name is None:
        return None
    if year % 10 == 0 and decade_s(ctx, part[1] + 1):
        first, last = DECADE_PARTS[name]
        return day_interval(dt.date(year + first, 1, 1), dt.date(year + last, 12, 31),
                            "decade"), part[1] + 2
    first, last = _YEAR_PARTS[name]
    last_day = calendar.monthrange(year, last)[1]
    return day_interval(dt.date(year, first, 1), dt.date(year, last, last_day)), part[1] + 1


DECADE_PARTS = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}
# a month's part names its third by its first day, in words or not: "the end of 2021"
# is "late 2021", "the beginning of 2020" "early 2020"
_PART_NAMES = {1: "early", 11: "mid", 21: "late"}
_YEAR_PARTS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}  # months


def decade_s(ctx: Context, k: int) -> bool:
    return k < len(ctx.tokens) and ctx.words[k] == "s" and ctx.attached(k)
