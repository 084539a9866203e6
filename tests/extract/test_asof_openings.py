"""Frames that open a sentence (extract/asof_openings.py): a day, an aside naming it,
then the count's clause; the words of a count before its number are no clause of
their own."""

import datetime as dt

from tests.extract.drafting_support import drafts_by_number

PUBLISHED = dt.date(2023, 11, 26)  # a Sunday


def as_of(text: str, number: str):
    return drafts_by_number(text, PUBLISHED)[number].as_of


def test_a_total_of_before_the_number_is_part_of_the_count():
    # "Earlier today, Hamas released a total of 14 Israelis" had no date (holdout524)
    assert str(as_of("Earlier today, Hamas released a total of 14 Israelis.", "14")) == \
        "2023-11-26"
    assert str(as_of("On Friday, Hamas released at least 14 Israelis.", "at least 14")) == \
        "2023-11-24"
    # near miss: more words than a count's before the number: a clause of its own
    assert as_of("On Friday, Hamas said the group it had freed included 14 Israelis.",
                 "14") is None


def test_an_aside_naming_the_day_as_one_of_an_event_is_skipped():
    assert str(as_of("On Friday, the first day of truce, Hamas freed 24 hostages.", "24")) == \
        "2023-11-24"
    assert str(as_of("On Friday, the day before the truce, Hamas freed 24 hostages.",
                     "24")) == "2023-11-24"
    # near miss: an aside that is no day of anything is no restatement
    assert as_of("On Friday, a grim scene in Gaza, Hamas freed 24 hostages.", "24") is None
