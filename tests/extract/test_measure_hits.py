"""The measure words a number may take from its sentence (extract/measure_hits.py):
each case a word of the sentence that named a count it does not measure, beside a
near miss where the word does measure it."""

import datetime as dt

from tests.extract.drafting_support import drafts_by_number

PUBLISHED = dt.date(2016, 7, 6)


def quantity(text: str, number: str) -> str:
    return drafts_by_number(text, PUBLISHED)[number].quantity


def test_lives_are_a_toll_only_when_lost():
    # "16,000 people whose lives were threatened ... were relocated" was caidian.killed
    text = ("Floods hit Wuhan. More than 16,000 people whose lives were threatened by "
            "fragile dikes were relocated from Caidian District to safety.")
    assert quantity(text, "More than 16,000") == "caidian.evacuated"
    # near misses: lives claimed, lives lost
    assert quantity("The quake in Nepal has claimed 2,500 lives.", "2,500") == "nepal.killed"
    assert quantity("In Nepal, 50 lives were lost.", "50") == "nepal.killed"


def test_people_who_lost_everything_are_alive():
    # "Four hundred people from 53 families lost absolutely everything" was the toll
    d = drafts_by_number('Floods hit Uzbekistan. "Four hundred people from 53 families lost '
                         'absolutely everything."', PUBLISHED)
    assert not d["Four hundred"].quantity.endswith(".killed")
    assert not d["53 families"].quantity.endswith("killed_households")
    # near miss: people who lost their lives
    assert quantity("In Uzbekistan, 12 people lost their lives.", "12") == "uzbekistan.killed"


def test_entering_a_house_crosses_no_border():
    # "We entered a house to rescue two children" made the two corbu.departed
    text = "Floods hit Romania. We entered a house to rescue two children in Corbu."
    assert not quantity(text, "two").endswith(".departed")
    # near miss: people who entered a country arrived there
    assert quantity("War in Ukraine. Some 300 refugees entered Poland on Monday.",
                    "Some 300").startswith("ukraine.departed")


def test_people_sent_to_hospitals_are_hospitalised():
    # "packed with people, sending more than two dozen to hospitals" was tulsa.aboard
    text = ("A tornado smashed into a shopping district of Tulsa just hours after it was "
            "packed with people, sending more than two dozen to hospitals.")
    assert quantity(text, "more than two dozen") == "tulsa.hospitalized"
    # near miss: a bus packed with people carries them
    assert quantity("A bus packed with 40 people crashed in Tulsa.", "40") == "bus.aboard"
