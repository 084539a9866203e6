"""Another event of the story's kind (extract/event_clauses.py): smaller tremors after
a quake are its aftershocks, and a forecast aftershock's magnitude is a forecast."""

import datetime as dt

from tests.extract.drafting_support import drafts_by_number

PUBLISHED = dt.date(2015, 7, 4)
QUAKE = "A 6.5-magnitude earthquake hit Pishan on Friday. "


def drafts(text: str) -> dict:
    return drafts_by_number(QUAKE + text, PUBLISHED)


def test_smaller_tremors_are_aftershocks():
    # "smaller tremors measuring between 3.0 and 4.6" was earthquake.magnitude: 6.5
    # against 3.0 to 4.6, a false disagreement
    d = drafts("Shortly after the quake, the area was hit by smaller tremors measuring "
               "between 3.0 and 4.6 magnitude, the center said.")
    assert d["between 3.0 and 4.6"].quantity == "aftershock.magnitude"
    # near miss: the quake itself told again
    d = drafts("The tremor measured 6.5 magnitude, the center said.")
    assert d["6.5"].quantity == "earthquake.magnitude"


def test_a_magnitude_an_aftershock_may_reach_is_a_forecast():
    d = drafts("Jiang said the quake is not likely to trigger an aftershock with a "
               "magnitude higher than 6.5.")
    assert d["higher than 6.5"].quantity == "aftershock.magnitude_forecast"
    # near misses: the forecast word after the number, or of another thing
    d = drafts_by_number("A 6.5-magnitude quake that could be felt in Kashgar hit Pishan.",
                         PUBLISHED)
    assert d["6.5"].quantity == "earthquake.magnitude"
    d = drafts_by_number("The death toll could rise from Pishan's magnitude 6.5 "
                         "earthquake.", PUBLISHED)
    assert d["6.5"].quantity == "earthquake.magnitude"
