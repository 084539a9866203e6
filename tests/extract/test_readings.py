"""Readings of a measure and their days (extract/readings.py)."""

import datetime as dt

from factcheck.extract.finder import find_mentions
from factcheck.extract.readings import of_a_magnitude, reading_date
from factcheck.extract.text import Span

PUBLISHED = dt.date(2024, 3, 6)


def mentions(text: str):
    found = find_mentions(text, PUBLISHED)
    return [m for m in found if m.kind != "date"], [m for m in found if m.kind == "date"]


def test_the_nearest_day_in_the_temperatures_clause():
    text = "Temperatures on Monday hit 45 degrees Celsius."
    (reading,), dates = mentions(text)
    assert reading_date(text, reading, dates, lambda piece: False).text == "on Monday"
    # near misses: past a comma, a forecast, or a speech verb between
    for text in ("Temperatures hit 45 degrees Celsius, and schools closed on Monday.",
                 "Temperatures could hit 45 degrees Celsius on Monday."):
        (reading,), dates = mentions(text)
        assert reading_date(text, reading, dates, lambda piece: False) is None
    text = "Temperatures on Monday hit 45 degrees Celsius."
    (reading,), dates = mentions(text)
    assert reading_date(text, reading, dates, lambda piece: True) is None


def test_a_magnitude_said_before_its_number():
    text = "The earthquake's magnitude was raised from 7.9 to 8 on Monday."
    counts, _ = mentions(text)
    assert all(of_a_magnitude(text, Span(0, len(text)), m) for m in counts)
    text = "The earthquake killed 8 people on Monday."
    counts, _ = mentions(text)
    assert not of_a_magnitude(text, Span(0, len(text)), counts[0])


def test_a_day_in_a_relative_clause_after_the_reading_is_the_clauses():
    # was "this morning": the day the river breached the mark, not the 45 feet's
    text = "On Friday, it was flowing at the danger level of 45 feet which it breached today."
    (reading,), dates = mentions(text)
    assert reading_date(text, reading, dates, lambda piece: False).text == "On Friday"
    # near miss: with no relative clause the day after the reading is its day
    text = "The river was flowing at the danger level of 45 feet today."
    (reading,), dates = mentions(text)
    assert reading_date(text, reading, dates, lambda piece: False).text == "today"


def test_a_places_state_between_commas_is_no_break():
    # was no day: the comma of "Omaha, Neb.," broke the clause
    text = "Temperatures hit 45 degrees Celsius in Jacobabad, Sindh, on Wednesday."
    (reading,), dates = mentions(text)
    assert reading_date(text, reading, dates, lambda piece: False).text == "on Wednesday"
    # near miss: a comma that ends the reading's clause still breaks it
    text = "Temperatures hit 45 degrees Celsius in Jacobabad, and schools shut on Wednesday."
    (reading,), dates = mentions(text)
    assert reading_date(text, reading, dates, lambda piece: False) is None


def test_a_day_opening_the_sentence_reaches_further_past_its_comma():
    # 82 characters from the day to the reading: it had no day (the reach was 60)
    text = ("On Sunday, the maximum temperature at the main weather observatory of the old "
            "city touched 47.5 degrees Celsius.")
    (reading,), dates = mentions(text)
    assert reading_date(text, reading, dates, lambda piece: False).text == "On Sunday"
    # near miss: a day inside the sentence keeps the shorter reach
    text = ("The heat on Sunday pushed the maximum temperature at the main weather "
            "observatory of the old city to 47.5 degrees Celsius.")
    (reading,), dates = mentions(text)
    assert reading_date(text, reading, dates, lambda piece: False) is None
