"""Which temperature a reading is (extract/temperatures.py)."""

import datetime as dt

from tests.extract.drafting_support import drafts_by_number

PUBLISHED = dt.date(2025, 5, 16)


def test_what_a_season_usually_brings_is_no_days_reading():
    # SpaceWar (holdout700): "summer temperatures often exceed 50 degrees Celsius" was
    # Iraq's temperature, against Basra's 49 degrees on Thursday
    d = drafts_by_number("Temperatures hit 49 degrees Celsius in Basra on Thursday. In Iraq, "
                         "summer temperatures often exceed 50 degrees Celsius, especially in "
                         "July.", PUBLISHED)
    assert d["exceed 50 degrees Celsius"].quantity == "iraq.usual_max_temperature"
    assert d["49 degrees Celsius"].quantity == "basra.temperature"
    # near miss: a day's reading that exceeded 50 is a reading
    d = drafts_by_number("Temperatures exceeded 50 degrees Celsius in Basra.", PUBLISHED)
    assert d["exceeded 50 degrees Celsius"].quantity == "basra.temperature"
