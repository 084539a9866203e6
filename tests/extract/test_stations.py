"""The station a reading is told of (extract/stations.py): a temperature's town, as
the subject of "recorded" or before "at" in a list of readings."""

import datetime as dt

from tests.extract.drafting_support import drafts_by_number

PUBLISHED = dt.date(2024, 5, 29)


def quantities(text: str) -> dict:
    return {k: d.quantity for k, d in drafts_by_number(text, PUBLISHED).items()}


def test_a_temperature_is_its_stations():
    # New Indian Express: Churu's 50.5 and Ganganagar's 46.9 were both
    # rajasthan.max_temperature, a false disagreement
    got = quantities("A heatwave grips Rajasthan. In the past 24 hours, Churu recorded an "
                     "unprecedented maximum temperature of 50.5 degrees Celsius. The "
                     "temperatures recorded include Pilani at 48.2°C, Ganganagar at 46.9°C.")
    assert got["50.5 degrees Celsius"] == "churu.max_temperature"
    assert got["48.2°C"].startswith("pilani.")
    assert got["46.9°C"].startswith("ganganagar.")


def test_near_misses_temperatures_and_months_are_no_stations():
    got = quantities("Temperatures hit 45°C in Delhi on Monday.")
    assert got["45°C"] == "delhi.temperature"
    got = quantities("In Delhi, readings peaked in May at 45°C.")
    assert not got["45°C"].startswith("may.")
