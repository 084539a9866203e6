"""The hour an as-of frame gives a count or an amount (extract/clocks.py)."""

import datetime as dt

from tests.extract.drafting_support import drafts_by_number

PUBLISHED = dt.date(2021, 6, 22)


def test_a_state_at_the_hour_a_sentence_opens_with_is_of_that_hour():
    # Global News (holdout793): "At 4 p.m., the out-of-control wildfire was 40 hectares
    # in size" had no as_of, and "Just after 10:30 p.m., Alberta Wildfire said it had
    # grown to 143 hectares" none either: the hourly sizes of one fire read as rivals
    d = drafts_by_number("A wildfire burns near Evansburg. At 4 p.m., the out-of-control "
                         "wildfire was 40 hectares in size. Just after 10:30 p.m., Alberta "
                         "Wildfire said it had grown to 143 hectares.", PUBLISHED)
    assert d["40 hectares"].as_of == "2021-06-22T16:00"
    assert d["143 hectares"].as_of == "2021-06-22T22:30"
    # near misses: the hour of an event is no state at it; a later hour is no frame
    d = drafts_by_number("An earthquake hit Evansburg. At 4 p.m., the quake struck, killing 40 "
                         "people.", PUBLISHED)
    assert d["40"].as_of is None
    d = drafts_by_number("A wildfire burns near Evansburg. After 4 p.m., the wildfire was 40 "
                         "hectares in size.", PUBLISHED)
    assert d["40 hectares"].as_of is None
