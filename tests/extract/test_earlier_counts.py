"""Counts of another time than the one the story tells (extract/earlier_counts.py)."""

import datetime as dt

from tests.extract.drafting_support import drafts_by_number


def test_a_count_said_at_one_point_is_an_earlier_one():
    # Fox News (holdout811): "At one point they had said there were 106 confirmed deaths"
    # was `ulyanovskaya_mine.killed`, against the 104 of the toll as it stands
    d = drafts_by_number("A blast hit the Ulyanovskaya mine early Monday. Rescuers found more "
                         "bodies Tuesday, bringing the death toll to 104, officials said. At one "
                         "point they had said there were 106 confirmed deaths, but later "
                         "revised it.", dt.date(2007, 3, 20))
    assert d["104"].quantity == "ulyanovskaya_mine.killed"
    assert d["106"].quantity == "ulyanovskaya_mine.killed_previous_count"
    # near miss: "at one point" inside a clause tells where, not when
    d = drafts_by_number("A blast hit the Ulyanovskaya mine early Monday. Rescuers said 30 "
                         "miners were trapped at one point of the shaft.", dt.date(2007, 3, 20))
    assert not d["30"].quantity.endswith("_previous_count")
