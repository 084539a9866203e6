"""Frames after a count (extract/asof_windows.py): a count recorded on a day is as of
that day, the count's own participle between; a speaker's report is no such frame."""

import datetime as dt

from tests.extract.drafting_support import drafts_by_number

PUBLISHED = dt.date(2012, 2, 10)  # a Friday


def as_of(text: str, number: str):
    return drafts_by_number(text, PUBLISHED)[number].as_of


def test_a_count_recorded_on_a_day_is_as_of_that_day():
    # both were undated: gold writers date each by its participle's day
    assert as_of("The number of refugees has risen to 30,000, up from the 22,000 "
                 "recorded on February 7.", "22,000") == "2012-02-07"
    assert as_of("Thursday's toll marks a sharp increase over the 16 reported on Sunday.",
                 "16") == "2012-02-05"
    # near misses: a speaker reporting that day, and a count with no participle
    assert as_of("The floods killed 29 more people, India media reported on Tuesday.",
                 "29") is None
    assert as_of("The number of refugees has risen to 30,000, the agency said on Tuesday.",
                 "30,000") is None


def test_a_passive_recorded_on_a_day_is_the_events_day():
    # near miss: "was recorded on Feb. 6" dates the quake, which keeps its own claim
    d = drafts_by_number("A magnitude 3 earthquake was recorded on Feb. 6 at 02:34, 8 km "
                         "southwest of the station.", PUBLISHED)
    assert d["3"].as_of is None
    assert "Feb. 6" in d
