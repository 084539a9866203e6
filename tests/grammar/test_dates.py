"""Dates, absolute and relative to the publication date (anchor 2023-10-03, a Tuesday)."""

import datetime as dt
from fractions import Fraction as F

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.findings import FactcheckError
from factcheck.grammar import parse_value

ANCHOR = dt.date(2023, 10, 3)
assert ANCHOR.weekday() == 1  # Tuesday: the week runs Monday 2 to Sunday 8 October


def days(iv):
    assert iv.kind == "date" and iv.unit == "day"
    low = None if iv.low is None else dt.date.fromordinal(int(iv.low)).isoformat()
    high = None if iv.high is None else dt.date.fromordinal(int(iv.high)).isoformat()
    return low, high


def read(text, **kw):
    return days(parse_value(text, anchor=ANCHOR, **kw))


@pytest.mark.parametrize("text, low, high", [
    ("2023-09-19", "2023-09-19", "2023-09-19"),
    ("September 19, 2023", "2023-09-19", "2023-09-19"),
    ("September 19 2023", "2023-09-19", "2023-09-19"),
    ("19 September 2023", "2023-09-19", "2023-09-19"),
    ("19th September 2023", "2023-09-19", "2023-09-19"),
    ("Sept. 19, 2023", "2023-09-19", "2023-09-19"),
    ("on September 21, 2023", "2023-09-21", "2023-09-21"),
    ("December 2022", "2022-12-01", "2022-12-31"),          # the whole month
    ("in 2012", "2012-01-01", "2012-12-31"),                # the whole year
    ("2012", "2012-01-01", "2012-12-31"),
    ("in early September 2023", "2023-09-01", "2023-09-10"),
    ("mid-September 2023", "2023-09-11", "2023-09-20"),
    ("late September 2023", "2023-09-21", "2023-09-30"),   # 21st to the month's end
    ("late February 2024", "2024-02-21", "2024-02-29"),    # a leap year
    # a part before a month and its day is the day's: it was "early August" and a count 18
    ("early August 18, 2023", "2023-08-18", "2023-08-18"),
    ("late March 3, 2023", "2023-03-03", "2023-03-03"),
    # the same parts in words: "the end of March 2022" is late March
    ("the end of March 2022", "2022-03-21", "2022-03-31"),
    ("end of March 2022", "2022-03-21", "2022-03-31"),
    ("the beginning of May 2020", "2020-05-01", "2020-05-10"),
    ("the middle of June 2021", "2021-06-11", "2021-06-20"),
    ("between 2012 and 2015", "2012-01-01", "2015-12-31"),
    ("2020-2023", "2020-01-01", "2023-12-31"),
    ("from September 19 to September 21, 2023", "2023-09-19", "2023-09-21"),
])
def test_absolute_dates(text, low, high):
    assert read(text) == (low, high)


@pytest.mark.parametrize("text, low, high", [
    ("yesterday", "2023-10-02", "2023-10-02"),
    ("today", "2023-10-03", "2023-10-03"),
    ("tomorrow", "2023-10-04", "2023-10-04"),
    # [N - 1/2, N + 1/2] units before the anchor, keeping the whole days inside
    ("2 days ago", "2023-10-01", "2023-10-01"),     # [1.5, 2.5] days -> 2
    ("three weeks ago", "2023-09-09", "2023-09-15"),  # [17.5, 24.5] days -> 18..24
    ("3 weeks ago", "2023-09-09", "2023-09-15"),
    ("a week ago", "2023-09-23", "2023-09-29"),     # [3.5, 10.5] days -> 4..10
    # a month is 365.25 / 12 = 30.4375 days: [2.5, 3.5] months = [76.09, 106.53] days
    ("three months ago", "2023-06-19", "2023-07-18"),  # 77..106 days before
    # [1.5, 2.5] years × 365.25 = [547.875, 913.125] days -> 548..913
    ("two years ago", "2021-04-03", "2022-04-03"),
    # a decade is ten years: [0.5, 1.5] × 3652.5 = [1826.25, 5478.75] -> 1827..5478
    ("a decade ago", "2008-10-03", "2018-10-02"),
    # vague words multiply the unit: [2, 5] weeks = 14..35 days before
    ("a few weeks ago", "2023-08-29", "2023-09-19"),
    # qualifiers apply to the duration: more than 21 days -> 22 or more days before
    ("more than three weeks ago", None, "2023-09-11"),
    ("last week", "2023-09-25", "2023-10-01"),       # Monday to Sunday before
    ("this week", "2023-10-02", "2023-10-08"),
    ("next week", "2023-10-09", "2023-10-15"),
    ("this weekend", "2023-10-07", "2023-10-08"),    # the anchor week's Sat-Sun
    ("last weekend", "2023-09-30", "2023-10-01"),
    # a month or year told from the anchor (2023-10-03) is the whole calendar one
    ("last year", "2022-01-01", "2022-12-31"),
    ("Last year", "2022-01-01", "2022-12-31"),
    ("this year", "2023-01-01", "2023-12-31"),
    ("next year", "2024-01-01", "2024-12-31"),
    ("last month", "2023-09-01", "2023-09-30"),
    ("this month", "2023-10-01", "2023-10-31"),
    ("next month", "2023-11-01", "2023-11-30"),
    ("over the past year", "2022-10-03", "2023-10-02"),   # rolling, not the calendar
    ("over the past week", "2023-09-26", "2023-10-02"),   # the 7 days before
    ("over the last week", "2023-09-26", "2023-10-02"),   # longest phrase wins
    ("in the past three days", "2023-09-30", "2023-10-02"),
    ("over the past month", "2023-09-03", "2023-10-02"),  # 30.4375 -> 30 days
    ("on Monday", "2023-10-02", "2023-10-02"),   # the latest Monday on or before
    ("Monday", "2023-10-02", "2023-10-02"),
    ("Monday evening", "2023-10-02", "2023-10-02"),
    ("On Tuesday", "2023-10-03", "2023-10-03"),  # the anchor itself
    ("on Wednesday", "2023-09-27", "2023-09-27"),
    ("on Sunday", "2023-10-01", "2023-10-01"),
    # "last <weekday>" is 1 to 7 days before: never the anchor's own day
    ("last Sunday", "2023-10-01", "2023-10-01"),
    ("last Monday", "2023-10-02", "2023-10-02"),
    ("last Tuesday", "2023-09-26", "2023-09-26"),  # a week before, not the anchor
    ("last Wednesday", "2023-09-27", "2023-09-27"),
    ("this past Friday", "2023-09-29", "2023-09-29"),
    ("on last Sunday evening", "2023-10-01", "2023-10-01"),
    ("September 19", "2023-09-19", "2023-09-19"),  # a day and month: latest one
    ("19 September", "2023-09-19", "2023-09-19"),
    ("Sept. 19", "2023-09-19", "2023-09-19"),
    ("the 19th of September", None, None),          # placeholder, see below
    ("October 5", "2022-10-05", "2022-10-05"),      # not yet in 2023: last year's
    ("February 29", "2020-02-29", "2020-02-29"),    # the latest one that existed
    ("early September", "2023-09-01", "2023-09-10"),
    ("in early September", "2023-09-01", "2023-09-10"),
    ("early October", "2023-10-01", "2023-10-10"),  # started on or before the anchor
    ("late October", "2022-10-21", "2022-10-31"),
    ("since the end of September", "2023-09-21", "2023-09-30"),
    ("September", "2023-09-01", "2023-09-30"),
    ("November", "2022-11-01", "2022-11-30"),
    # a part of a weekday keeps the whole day: "late Thursday", "early Monday"
    ("late Thursday", "2023-09-28", "2023-09-28"),
    ("Early Monday", "2023-10-02", "2023-10-02"),
    ("late Sunday night", "2023-10-01", "2023-10-01"),
    ("early on Monday", "2023-10-02", "2023-10-02"),
    ("late on Sunday night", "2023-10-01", "2023-10-01"),
    ("in the early hours of Sunday morning", "2023-10-01", "2023-10-01"),
    ("the small hours of Monday", "2023-10-02", "2023-10-02"),
    # "the weekend": the latest one; the anchor, Tuesday 3 October, is past Sunday 1
    ("over the weekend", "2023-09-30", "2023-10-01"),
    ("the weekend", "2023-09-30", "2023-10-01"),
    # parts of a year (four months each) and of a decade
    ("late 2016", "2016-09-01", "2016-12-31"),
    ("in early 2017", "2017-01-01", "2017-04-30"),
    ("mid-2016", "2016-05-01", "2016-08-31"),
    ("early 1990s", "1990-01-01", "1993-12-31"),
    ("in the late 1980s", "1987-01-01", "1989-12-31"),
    # a decade with "the" and no preposition, as gold writers quote it (once refused)
    ("the 1980s", "1980-01-01", "1989-12-31"),
    ("the early 1990s", "1990-01-01", "1993-12-31"),
    # the same parts in words, as a month's ("the end of March"): once refused
    ("the end of 2021", "2021-09-01", "2021-12-31"),
    ("end of 2021", "2021-09-01", "2021-12-31"),
    ("the beginning of 2020", "2020-01-01", "2020-04-30"),
    ("the middle of 2019", "2019-05-01", "2019-08-31"),
    # "last <month>": the latest one before the anchor's month, never the anchor's own
    ("last June", "2023-06-01", "2023-06-30"),
    ("last October", "2022-10-01", "2022-10-31"),   # the anchor's month: a year back
    ("this past March", "2023-03-01", "2023-03-31"),
    # "July of last year": July of the year before the anchor's, as "July last year"
    ("July of last year", "2022-07-01", "2022-07-31"),
    ("5 March of this year", "2023-03-05", "2023-03-05"),
])
def test_relative_dates(text, low, high):
    if text.startswith("the 19th"):
        with pytest.raises(FactcheckError):   # "the" is not part of a date phrase
            read(text)
        assert read("19th of September") == ("2023-09-19", "2023-09-19")
        return
    assert read(text) == (low, high)


@pytest.mark.parametrize("text, low, high", [
    ("Monday", "2023-10-09", "2023-10-09"),       # the first Monday on or after
    ("Tuesday", "2023-10-03", "2023-10-03"),
    ("on Wednesday", "2023-10-04", "2023-10-04"),
    ("October 5", "2023-10-05", "2023-10-05"),
    ("September 19", "2024-09-19", "2024-09-19"),
    ("late October", "2023-10-21", "2023-10-31"),
    ("November", "2023-11-01", "2023-11-30"),
    ("three weeks ago", "2023-09-09", "2023-09-15"),  # "ago" is never future
])
def test_future_clauses(text, low, high):
    assert read(text, future=True) == (low, high)


@pytest.mark.parametrize("text, low, high", [
    ("scheduled for Monday", "2023-10-09", "2023-10-09"),
    ("effective September 19", "2024-09-19", "2024-09-19"),
])
def test_future_markers_before_a_value(text, low, high):
    assert read(text) == (low, high)


def test_ago_keeps_the_exact_reading():
    iv = parse_value("three weeks ago", anchor=ANCHOR)
    assert days(iv.exact) == ("2023-09-12", "2023-09-12")   # exactly 21 days before
    assert parse_value("2 days ago", anchor=ANCHOR).exact is None


def test_a_date_is_a_whole_day_ordinal():
    iv = parse_value("September 20, 2023")
    assert iv.low == iv.high == F(dt.date(2023, 9, 20).toordinal())
    assert iv.high - parse_value("September 19, 2023").low == 1


@pytest.mark.parametrize("text", ["2023-02-30", "February 30, 2023", "30 February 2023",
                                  "September 31", "31 September", "2023-13-01"])
def test_impossible_dates_are_named(text):
    with pytest.raises(FactcheckError) as caught:
        parse_value(text, anchor=ANCHOR)
    assert "calendar" in caught.value.message
    assert text.split()[0].rstrip(",") in caught.value.message


@pytest.mark.parametrize("text", ["three weeks ago", "yesterday", "last week", "last year",
                                  "on Monday", "September 19", "early September",
                                  "this weekend", "over the past week", "September"])
def test_relative_dates_need_an_anchor(text):
    with pytest.raises(FactcheckError) as caught:
        parse_value(text)
    assert repr(text.removeprefix("on ")) in caught.value.message or \
        repr(text) in caught.value.message
    assert "published" in caught.value.hint


def test_ambiguous_month_words_need_a_capital():
    assert read("May 5") == ("2023-05-05", "2023-05-05")
    with pytest.raises(FactcheckError):
        read("may 5")


def test_dates_near_the_ends_of_the_calendar_are_errors_not_crashes():
    with pytest.raises(FactcheckError):
        parse_value("yesterday", anchor=dt.date.min)
    with pytest.raises(FactcheckError):
        parse_value("next week", anchor=dt.date.max)


@pytest.mark.parametrize("text, shown", [
    ("1.15pm", "1.15pm"), ("10am", "10am"), ("5 pm", "5 pm"), ("3:30 p.m.", "3:30 p.m."),
    ("Monday 7 a.m.", "7 a.m."),
])
def test_a_time_of_day_is_never_a_length(text, shown):
    """pint reads "pm" as picometres and "am" as attometres: after a number they are
    a time of day, which a value refuses with what to write instead."""
    with pytest.raises(FactcheckError) as error:
        read(text)
    assert error.value.message == f"{shown!r} is a time of day, not an amount"
    assert "as_of" in error.value.hint


@pytest.mark.parametrize("text", ["6 Feb. 2023 at 04:17", "6 February 2023, 04:17",
                                  "6 March 2023 at 23.31 GMT", "5 March 2023 at 4pm"])
def test_a_date_with_its_hour_is_refused_with_where_the_hour_goes(text):
    """A value is a whole day: the hour after a date is told to go to `as_of`."""
    with pytest.raises(FactcheckError) as error:
        read(text)
    assert "as_of" in error.value.hint and "date-time" in error.value.hint


@pytest.mark.parametrize("text", ["5 March 2023, 12", "5 March 2023 at 12 sites"])
def test_what_is_left_after_a_date_but_no_hour_keeps_the_general_hint(text):
    with pytest.raises(FactcheckError) as error:
        read(text)
    assert "as_of" not in (error.value.hint or "")


def test_near_misses_of_a_time_of_day_keep_their_units():
    assert parse_value("5 mm").unit == "millimeter"
    assert parse_value("3 km").unit == "kilometer"


@given(st.dates(min_value=dt.date(1901, 2, 1), max_value=dt.date(2099, 11, 30)))
def test_last_this_and_next_month_and_year_tile_the_calendar(anchor):
    def days(text):
        value = parse_value(text, anchor=anchor)
        return value.low, value.high
    for unit in ("month", "year"):
        last, this, following = (days(f"{w} {unit}") for w in ("last", "this", "next"))
        assert last[1] + 1 == this[0] and this[1] + 1 == following[0]  # no gap, no overlap
        assert this[0] <= anchor.toordinal() <= this[1]
    # January's last month is December of the year before
    assert days("last month")[0] == dt.date(anchor.year - (anchor.month == 1),
                                            (anchor.month - 2) % 12 + 1, 1).toordinal()


@pytest.mark.parametrize("text, low, high", [
    # anchor Tuesday 3 October 2023: the month's, week's or year's days up to it
    # (the anchor included), or from it on
    ("earlier this month", dt.date(2023, 10, 1), dt.date(2023, 10, 3)),
    ("later this month", dt.date(2023, 10, 3), dt.date(2023, 10, 31)),
    ("earlier this week", dt.date(2023, 10, 2), dt.date(2023, 10, 3)),
    ("later this week", dt.date(2023, 10, 3), dt.date(2023, 10, 8)),
    ("earlier this year", dt.date(2023, 1, 1), dt.date(2023, 10, 3)),
    ("later this year", dt.date(2023, 10, 3), dt.date(2023, 12, 31)),
    # near miss: the whole month, as before
    ("this month", dt.date(2023, 10, 1), dt.date(2023, 10, 31)),
    # a value that is the day a span starts or ends on is that day
    ("since May 2013", dt.date(2013, 5, 1), dt.date(2013, 5, 31)),
    ("since December", dt.date(2022, 12, 1), dt.date(2022, 12, 31)),
    ("till January 31", dt.date(2023, 1, 31), dt.date(2023, 1, 31)),
    ("until Monday", dt.date(2023, 10, 2), dt.date(2023, 10, 2)),
])
def test_parts_of_this_month_and_the_edges_of_spans(text, low, high):
    value = parse_value(text, anchor=ANCHOR)
    assert (value.low, value.high) == (low.toordinal(), high.toordinal())


@pytest.mark.parametrize("text", ["since 40 people", "until", "since since May"])
def test_since_before_anything_but_a_date_is_an_error(text):
    with pytest.raises(FactcheckError):
        parse_value(text, anchor=ANCHOR)


@pytest.mark.parametrize("text,anchor,future,low,high", [
    # each end read on its own ran backwards: December 2011 before February 2011
    ("from December to February", dt.date(2012, 1, 15), False, "2011-12-01", "2012-02-29"),
    ("from April to December", dt.date(2011, 6, 1), False, "2011-04-01", "2011-12-31"),
    # forward: the first stretch ending on or after the anchor (December 2022 does)
    ("between November and December", dt.date(2022, 12, 16), True,
     "2022-11-01", "2022-12-31"),
    ("from April to December", dt.date(2011, 12, 31), True, "2011-04-01", "2011-12-31"),
])
def test_months_with_no_year_are_one_stretch(text, anchor, future, low, high):
    interval = parse_value(text, anchor=anchor, future=future)
    assert (interval.low, interval.high) == (dt.date.fromisoformat(low).toordinal(),
                                             dt.date.fromisoformat(high).toordinal())


def test_dates_with_their_years_running_backwards_are_an_error():
    with pytest.raises(FactcheckError, match="run backwards"):
        parse_value("from April 2012 to December 2011", anchor=dt.date(2012, 1, 15))


@pytest.mark.parametrize("text,anchor,future,low,high", [
    # the year said with the end is the start's: 3 September read forward alone
    # (3 January 2017) would be 2017's
    ("from 3 September to 27 December 2016", dt.date(2017, 1, 3), True,
     "2016-09-03", "2016-12-27"),
    ("from 3 September to 27 December 2018", dt.date(2017, 10, 1), False,
     "2018-09-03", "2018-12-27"),
    # ... or the year before, when that would run backwards
    ("from December to January 2017", dt.date(2017, 3, 1), False, "2016-12-01", "2017-01-31"),
    # weekdays are one week's stretch (Thursday 10 January 2013: Monday the 7th)
    ("from Monday to Friday", dt.date(2013, 1, 10), False, "2013-01-07", "2013-01-11"),
    # "last year" after the end is the year: January to July of 2021, not a stretch
    # that runs past a story of 10 March 2022
    ("from January to July last year", dt.date(2022, 3, 10), False,
     "2021-01-01", "2021-07-31"),
    ("from January to July", dt.date(2022, 3, 10), False, "2022-01-01", "2022-07-31"),
])
def test_a_range_whose_end_gives_the_year_or_of_weekdays(text, anchor, future, low, high):
    interval = parse_value(text, anchor=anchor, future=future)
    assert (interval.low, interval.high) == (dt.date.fromisoformat(low).toordinal(),
                                             dt.date.fromisoformat(high).toordinal())


@pytest.mark.parametrize("text, low, high", [
    # the days of one month, the month said once (anchor Tuesday 3 October 2023)
    ("Sept. 19-21, 2023", "2023-09-19", "2023-09-21"),
    ("from 19 to 21 September 2023", "2023-09-19", "2023-09-21"),
    ("between 19 and 21 September 2023", "2023-09-19", "2023-09-21"),
    ("19-21 September", "2023-09-19", "2023-09-21"),        # read back: this year's
    ("from Oct. 1 to 5", "2023-10-01", "2023-10-05"),       # starts before the anchor
    ("from Oct. 4 to 6", "2022-10-04", "2022-10-06"),       # starts after it: last year's
    ("December 28 to 30", "2022-12-28", "2022-12-30"),
    ("on Sept. 1 and 2", "2023-09-01", "2023-09-02"),       # two days running, "and"
    ("19 and 20 September", "2023-09-19", "2023-09-20"),
])
def test_days_of_one_month(text, low, high):
    assert read(text) == (low, high)


@pytest.mark.parametrize("text, low, high", [
    # a month or a day with "last year", "this year", "next year" (anchor 3 Oct 2023)
    ("July last year", "2022-07-01", "2022-07-31"),
    ("3 July last year", "2022-07-03", "2022-07-03"),
    ("November this year", "2023-11-01", "2023-11-30"),
    ("January next year", "2024-01-01", "2024-01-31"),
    ("November", "2022-11-01", "2022-11-30"),  # near miss: no year, the latest one
])
def test_a_month_with_a_year_relative_to_the_anchor(text, low, high):
    assert read(text) == (low, high)


def test_days_of_one_month_read_forward_end_on_or_after_the_anchor():
    # "will fall from Oct. 1 to 5": the first such stretch ending on or after 3 October
    assert read("from Oct. 1 to 5", future=True) == ("2023-10-01", "2023-10-05")
    assert read("from Sept. 29 to 30", future=True) == ("2024-09-29", "2024-09-30")


@pytest.mark.parametrize("text", [
    "from Sept. 21 to 19",       # runs backwards: no range of one month
    "from 30 to 31 February",    # not on the calendar
])
def test_days_of_one_month_near_misses_are_errors(text):
    with pytest.raises(FactcheckError):
        parse_value(text, anchor=ANCHOR)


@pytest.mark.parametrize("text, low", [
    # a weekday of a week told from the anchor's (Monday 2 to Sunday 8 October 2023)
    ("Monday of last week", "2023-09-25"),
    ("on Monday last week", "2023-09-25"),
    ("Sunday last week", "2023-10-01"),
    ("Friday this week", "2023-10-06"),     # after the anchor: the week's own day
    ("Monday next week", "2023-10-09"),
    ("last Monday", "2023-10-02"),          # near miss: one to seven days before
])
def test_a_weekday_of_a_week(text, low):
    assert read(text) == (low, low)


@pytest.mark.parametrize("text, low", [
    # the date after a weekday names the day; the weekday says it again
    ("Saturday, September 30", "2023-09-30"),
    ("on Saturday, Sept. 30, 2023", "2023-09-30"),
    ("Friday 14 July 2017", "2017-07-14"),       # a day other than the weekday's last
    ("Monday, 2 October", "2023-10-02"),
    ("Saturday", "2023-09-30"),                  # near miss: alone, the latest Saturday
    # with no year, the weekday settles which: 8 October 2022 was a Saturday, 8 October
    # 2023 the coming Sunday ("postponed until Sunday 1 December" read as a year before)
    ("Sunday, October 8", "2023-10-08"),
    ("Saturday 8 October", "2022-10-08"),        # near miss: the past one is a Saturday
    ("Monday, October 9", "2023-10-09"),
    # near miss: a weekday neither one falls on reads the latest, as before (9 October
    # 2022 was a Sunday, 2023's a Monday)
    ("Tuesday, October 9", "2022-10-09"),
])
def test_a_weekday_then_its_date_is_the_date(text, low):
    assert read(text) == (low, low)


def test_a_weekday_then_a_count_is_not_a_date():
    # "Monday, 4 people died": 4 is no day of a month without the month
    assert read("Monday") == ("2023-10-02", "2023-10-02")
    with pytest.raises(FactcheckError):
        parse_value("Monday, 4", anchor=ANCHOR)


def test_a_weekday_and_its_day_number_name_one_day():
    # "on Sunday 25": the latest 25th that is a Sunday (2023-06-25, as September 25
    # was a Monday); "Friday 29": 2023-09-29
    assert read("on Sunday 25") == ("2023-06-25", "2023-06-25")
    assert read("Friday 29") == ("2023-09-29", "2023-09-29")
    # near miss: a number and a word after the weekday count people ("On Sunday 25
    # people died"), in running text
    from factcheck.extract import find_mentions
    found = [(m.text, m.kind) for m in find_mentions("On Sunday 25 people died.", ANCHOR)]
    assert found == [("On Sunday", "date"), ("25", "count")]


@pytest.mark.parametrize("text, low, high", [
    ("1990s", "1990-01-01", "1999-12-31"),          # a decade: its ten years
    ("in the 1990s", "1990-01-01", "1999-12-31"),   # as a claim's value writes it
    ("2000s", "2000-01-01", "2009-12-31"),
])
def test_a_decade(text, low, high):
    assert read(text) == (low, high)


def test_a_year_not_ending_in_zero_is_no_decade():
    with pytest.raises(FactcheckError):
        read("1995s")


def test_two_days_apart_joined_by_and_are_no_range():
    # near miss: "Sept. 6 and 9" are two days, not the four from the 6th to the 9th;
    # the date is the first one and the 9 is left over
    with pytest.raises(FactcheckError):
        parse_value("Sept. 6 and 9", anchor=ANCHOR)


def test_a_part_of_a_relative_day_is_that_day():
    # "As of last night, 22 had been identified": gold writers date it the day before
    assert read("last night") == ("2023-10-02", "2023-10-02")
    for text in ("this morning", "this afternoon", "this evening", "tonight"):
        assert read(text) == ("2023-10-03", "2023-10-03")
    # near misses: "last week" stays a week, "night" alone is no day
    assert read("last week") == ("2023-09-25", "2023-10-01")
    with pytest.raises(FactcheckError):
        read("night")
