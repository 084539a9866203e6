"""A number restated in another unit is no claim of its own; a place described by
another place's adjective is still the place."""

from __future__ import annotations

import datetime as dt

from tests.extract.drafting_support import drafts_by_number

PUBLISHED = dt.date(2018, 8, 18)


def drafts(text: str) -> dict:
    return drafts_by_number(text, PUBLISHED)


def test_a_conversion_in_brackets_is_not_drafted():
    d = drafts("In Mozambique, winds reached up to 260 km/h (161 mph) and rains of 250 "
               "millimeters (10 inches) fell.")
    assert "161 mph" not in d and "10 inches" not in d
    assert "up to 260 km/h" in d and "250 millimeters" in d


def test_near_misses_of_a_conversion_are_drafted():
    # another currency is a sum of its own; a count in brackets restates people
    d = drafts("In Kerala, officials put costs at 80.3bn rupees ($1.1bn).")
    assert "$1.1bn" in d
    # not in brackets: a second number of its own
    d = drafts("In Mozambique, winds reached 260 km/h and later 161 mph.")
    assert "161 mph" in d


def test_a_place_described_by_a_demonym_keeps_its_own_counts():
    d = drafts("In Mayotte, a French overseas territory, at least 31 people were "
               "confirmed dead.")
    assert d["at least 31"].quantity == "mayotte.killed"
    # near miss: a demonym that is the people's origin still names it
    d = drafts("More than 5,000 Ethiopian refugees have fled into Sudan.")
    assert d["More than 5,000"].quantity.startswith("ethiopia.")


def test_affecting_people_is_affected():
    d = drafts("In Mozambique, the cyclone destroyed homes, affecting more than 329,500 "
               "people.")
    assert d["more than 329,500"].quantity == "mozambique.affected"
