"""Which of its kind an event is, and the window a record is counted over
(extract/event_ranks.py)."""

import datetime as dt

from factcheck.extract.event_ranks import record_before, record_window
from tests.extract.drafting_support import drafts_by_number

PUBLISHED = dt.date(2013, 8, 20)


def test_a_record_told_at_length_still_has_its_window():
    # "the highest water level on this section of the Songhuajiang river in 15 years"
    # was flood.duration: 15 years against the flood peak's 10 days
    text = ("Floods hit Harbin. As the flood peak passed through Harbin, it recorded the "
            "highest water level on this section of the Songhuajiang river in 15 years.")
    d = drafts_by_number(text, PUBLISHED)
    assert d["15 years"].quantity == "water_level_record.duration"


def test_first_and_most_reach_only_as_far_as_before():
    text = "the first responders who came from the capital arrived in "
    assert record_before(text, 0, len(text)) is None
    text = "the first snowfall of the season in "
    assert record_before(text, 0, len(text)) is not None


def test_the_window_is_named_by_the_thing_ranked():
    assert record_window(" floods ") == "flood_record.duration"
    assert record_window(" water level on this section ") == "water_level_record.duration"
    # near miss: a word of counting ranks no thing
    assert record_window(" number of deaths ") is None
