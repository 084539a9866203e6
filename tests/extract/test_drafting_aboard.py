"""People aboard and people who survived are counts of their own, said right by
their number; a place off whose coast something happened is a place."""

from __future__ import annotations

import datetime as dt

from tests.extract.drafting_support import drafts_by_number

PUBLISHED = dt.date(2022, 4, 16)
TITLE = "Six dead after migrant boat capsizes off Libya\n"


def drafts(body: str) -> dict:
    return drafts_by_number(TITLE + body, PUBLISHED)


def test_people_aboard_are_of_the_place_off_which_the_boat_sank():
    d = drafts('"A small wooden boat carrying around 35 migrants capsized off Sabratha, '
               '#Libya yesterday," the IOM tweeted.')
    # Sabratha, not the country its hashtag qualifies it with
    assert d["around 35"].quantity == "sabratha.aboard"


def test_people_who_survived_are_survivors():
    d = drafts("Four people survived the incident off Libya.")
    assert d["Four"].quantity == "libya.survivors"


def test_near_misses_the_words_far_from_the_number_measure_nothing():
    # "carrying" governs the refugees, not the thousands further on
    d = drafts("A boat carrying refugees is seen leaving Libya while thousands other "
               "waiting in Sabratha.")
    assert not d["thousands"].quantity.endswith(".aboard")
    # "search for survivors" is no count of survivors
    d = drafts_by_number("Death toll rises above 200 in Libya as search for survivors "
                         "continues.", PUBLISHED)  # (no title: its six dead would clash)
    assert d["above 200"].quantity == "libya.killed"


def test_a_possessive_owner_is_still_told_apart_from_a_comma():
    # "India's Kerala": the place owned; "Sabratha, #Libya": the first place
    d = drafts_by_number("Floods in India's Kerala\nIn India's Kerala, 186 people died.",
                         PUBLISHED)
    assert d["186"].quantity == "kerala.killed"


def test_survivors_who_were_rescued_are_rescued():
    # near miss: the noun "survivors" names who; the verb says what was counted
    d = drafts("A boat carrying around 750 people capsized off Libya; 104 survivors were "
               "rescued.")
    assert d["104"].quantity == "libya.rescued"
    assert d["around 750"].quantity == "libya.aboard"


def test_people_aboard_with_no_place_said_are_the_vehicles():
    # the sentence names no place: the count is of what the bus carried, not of the
    # place the story names most
    d = drafts_by_number("Armenia takes in refugees\nOver 100,000 people have fled Karabakh "
                         "for Armenia. Armenia says Armenia can house them all. The last "
                         "bus rumbled across the border on Monday, carrying 15 refugees.",
                         PUBLISHED)
    assert d["15"].quantity == "bus.aboard"


def test_a_vessel_overloaded_with_people_has_them_aboard():
    d = drafts_by_number("The Coast Guard reported intercepting a sailing vessel off the "
                         "Bahamas overloaded with 191 Haitian migrants.", dt.date(2022, 1, 27))
    assert d["191"].quantity == "bahamas.aboard"
    # near miss: shelters packed with evacuees count evacuees
    d = drafts_by_number("Shelters in Miami are packed with 3,000 evacuees.", dt.date(2022, 1, 27))
    assert d["3,000"].quantity == "miami.evacuated"
