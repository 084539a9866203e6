"""Hunger and drought reporting: people short of food, the malnourished, appeals for
money, ages that are no counts, a speaker after an inverted verb, capitals in a
title-case headline. Near misses sit next to each case."""

import datetime as dt

from tests.extract.drafting_support import drafts_by_number

PUBLISHED = dt.date(2022, 2, 9)


def drafts(text: str) -> dict:
    return drafts_by_number(text, PUBLISHED)


def test_people_short_of_food_and_the_malnourished():
    d = drafts("In Kenya, 500,000 people are heading for a food crisis.")
    assert d["500,000"].quantity == "kenya.food_insecure"
    d = drafts("In Somalia, more than a million children under the age of five are at "
               "risk of acute malnutrition.")
    assert d["more than a million"].quantity == "somalia.children_malnourished"
    # people in need of aid stay in need
    d = drafts("In Nigeria, 10.7 million people need humanitarian assistance.")
    assert d["10.7 million"].quantity == "nigeria.in_need"


def test_an_age_is_no_count():
    d = drafts("In Somalia, more than a million children under the age of five are "
               "malnourished.")
    assert d["five"].quantity.startswith("unnamed_doc.")
    d = drafts("In Haiti, 20 people aged over 70 died.")
    assert d["20"].quantity == "haiti.killed"
    assert d["over 70"].quantity.startswith("unnamed_doc.")
    # "70 people died": a count
    d = drafts("In Haiti, 70 people died.")
    assert d["70"].quantity == "haiti.killed"
    # the youngest and the oldest of the dead: ages, not people who left
    d = drafts("In Karachi, the dead were of different age groups - there were as young "
               "as 16 and old as 78.")
    assert d["16"].quantity.startswith("unnamed_doc.")
    assert d["78"].quantity.startswith("unnamed_doc.")
    # near miss: "as many as" is a count's bound
    d = drafts("In Karachi, as many as 16 people died.")
    assert d["as many as 16"].quantity == "karachi.killed"


def test_an_appeal_for_money_is_aid():
    d = drafts("In Somalia, the WFP is appealing for $327m to respond to the drought.")
    assert d["$327m"].quantity == "somalia.aid_usd"


def test_the_name_after_an_inverted_said_is_the_speaker():
    d = drafts("In Nigeria, 10.7 million people need humanitarian assistance and "
               "protection, said O'Brien, including 7.1 million people who are food insecure.")
    assert d["10.7 million"].by == d["7.1 million"].by == "O'Brien"
    # "told" takes its listener after it: not the speaker
    d = drafts("One of his advisers, Prabha Varma, told Reuters 186 people had died.")
    assert d["186"].by == "Prabha Varma"


def test_a_title_case_headline_names_no_place_the_body_does_not():
    d = drafts("UN Issues Urgent Appeal for $4.4 Billion in Famine Aid\n\nIn Yemen, 18 "
               "million people are in need of assistance.")
    assert not d["$4.4 Billion"].quantity.startswith("famine_aid.")
    # a title place the body knows through its people stays
    d = drafts("Haiti's Death Toll Rising from Earthquake\n\nHaitians are sleeping "
               "outside. With over 2000 people dead, the toll continues to rise.")
    assert d["over 2000"].quantity == "haiti.killed"


def test_a_count_of_a_list_of_places_is_of_all_of_them():
    d = drafts("13 million people in Ethiopia, Somalia and Kenya are going hungry.")
    assert d["13 million"].quantity == "ethiopia_somalia_and_kenya.food_insecure"
    d = drafts("In Ethiopia, Somalia, and Kenya, 13 million people are going hungry.")
    assert d["13 million"].quantity == "ethiopia_somalia_and_kenya.food_insecure"
    # two places, as before
    d = drafts("An earthquake struck Pakistan and India, killing about 19,500 people.")
    assert d["about 19,500"].quantity == "pakistan_and_india.killed"
    # a place and where it lies ("Vidalia, Louisiana") is no list
    d = drafts("In Vidalia, Louisiana, 300 homes were flooded.")
    assert d["300"].quantity == "vidalia.homes_flooded"
    # "and a New Zealand man": a person's country after "a", no place of the list
    d = drafts("Three worshippers were killed when a wave hit a church on the island of "
               "Simbo and a New Zealand man drowned.")
    assert d["Three"].quantity == "simbo.killed"
