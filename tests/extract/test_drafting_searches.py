"""Counts of a search and its aftermath read from the words reporters use: people
not accounted for are missing, lives saved are rescued, a day's haul of bodies is
that day's, a hospital with "General" in its name is a place, and winds in a story
of no storm are the place's. Near misses beside each case."""

from __future__ import annotations

import datetime as dt

from tests.extract.drafting_support import drafts_by_number


def test_people_not_accounted_for_are_missing():
    d = drafts_by_number("Approximately 48 people have still not been accounted for in "
                         "KwaZulu-Natal following last month's floods.", dt.date(2022, 5, 12))
    assert d["Approximately 48"].quantity == "kwazulu_natal.missing"
    # near miss: people accounted for are no missing people
    d = drafts_by_number("All 30 miners were accounted for in Stilfontein.", dt.date(2022, 5, 12))
    assert not d["30"].quantity.endswith(".missing")


def test_lives_saved_are_people_rescued_and_lives_claimed_are_the_dead():
    d = drafts_by_number("Mayor Bill de Blasio said first responders saved at least 12 lives "
                         "in New York.", dt.date(2017, 12, 29))
    assert d["at least 12"].quantity == "new_york.rescued"
    # near miss: lives a fire claimed are its toll
    d = drafts_by_number("The fire claimed 12 lives in New York.", dt.date(2017, 12, 29))
    assert d["12"].quantity == "new_york.killed"


def test_bodies_recovered_this_morning_are_that_days():
    text = ("At least 130 people are missing off the coast of Djibouti. The IOM said on "
            "Wednesday that 30 bodies had been found. “Twenty-three bodies were recovered "
            "this morning,” said Lalini Veerassamy, the IOM chief of mission in Djibouti.")
    d = drafts_by_number(text, dt.date(2019, 1, 30))
    assert d["30"].quantity == "djibouti.bodies_recovered"
    assert d["Twenty-three"].quantity == "djibouti.bodies_recovered_daily"


def test_a_general_hospital_is_a_place_where_people_died():
    d = drafts_by_number("As many as 35 people lost their lives in Civil Hospital and 7 died "
                         "in Liyari General Hospital.", dt.date(2015, 6, 22))
    assert d["As many as 35"].quantity == "civil_hospital.killed"
    assert d["7"].quantity == "liyari_general_hospital.killed"
    # near miss: a general is no place
    d = drafts_by_number("General Raheel Sharif said 35 people died in Karachi.",
                         dt.date(2015, 6, 22))
    assert d["35"].quantity == "karachi.killed"


def test_winds_in_a_story_of_no_storm_are_the_places():
    text = ("Landslides kill 200 in Wayanad\n\nThe landslides in Wayanad killed 200 people. "
            "The IMD also warned of strong surface winds reaching 30-40 km/h, gusting to 50 "
            "km/h, over Kerala on July 31.")
    d = drafts_by_number(text, dt.date(2024, 7, 31))
    assert not d["30-40 km/h"].quantity.startswith("landslide.")
    assert d["30-40 km/h"].by == d["50 km/h"].by == "IMD"  # "warned of": a verb
    # near miss: in a storm's story the winds are the storm's
    text = ("Cyclone batters Odisha\n\nThe cyclone hit Odisha on Thursday. Strong surface "
            "winds reached 150 km/h.")
    assert drafts_by_number(text, dt.date(2018, 10, 11))["150 km/h"].quantity \
        == "cyclone.wind_speed"


def test_more_deaths_are_the_rise_not_the_toll():
    d = drafts_by_number("The toll in the current spell of cold wave in Bihar has climbed to "
                         "195 with 38 more deaths.", dt.date(2010, 1, 4))
    assert d["195"].quantity == "bihar.killed"
    assert d["38"].quantity == "bihar.killed_daily"  # 38 of the 195, lately
    # near misses: "more than" is a bound, and more injured beside the dead are others
    d = drafts_by_number("More than 38 people died in Bihar.", dt.date(2010, 1, 4))
    assert d["More than 38"].quantity == "bihar.killed"
    d = drafts_by_number("Twelve people died in Bihar and 20 more were injured.",
                         dt.date(2010, 1, 4))
    assert d["20"].quantity == "bihar.injured"


def test_more_dead_in_another_place_are_that_places_count():
    # 21 in greater Jakarta, "while two more" in Lebak: more than Jakarta's, no rise
    d = drafts_by_number("At least 21 people died in greater Jakarta, while two more were "
                         "killed by flash floods in neighbouring Lebak regency.",
                         dt.date(2020, 1, 3))
    assert d["two"].quantity == "lebak.killed"
    # near miss: a rise of one place's toll stays the day's
    d = drafts_by_number("The storm killed 20 people in Dhaka on Monday, and 11 more died "
                         "on Tuesday.", dt.date(2020, 1, 3))
    assert d["11"].quantity == "dhaka.killed_daily"


def test_more_deaths_on_a_day_are_that_days_rise_not_the_toll_of_that_day():
    d = drafts_by_number("In Kasese, the toll rose to 40 on Friday. Ten more people died on Friday, "
                         "officials said.", dt.date(2019, 12, 28))
    assert d["40"].quantity == "kasese.killed"
    assert d["Ten"].quantity == "kasese.killed_daily"  # not a second toll of 10 on Friday
    # near miss: an epidemic's count of a day is named its own way, once
    d = drafts_by_number("Cholera: two more people died on Friday in Lusaka.",
                         dt.date(2019, 12, 28))
    assert d["two"].quantity == "lusaka.killed_daily"


def test_a_bare_total_is_the_total_of_the_counts_just_told():
    text = ("In Peshawar, 162 people have been reported injured at various hospitals, 25 in "
            "Nowshera and 18 in Charsadda. The total number reaches around 200, the minister "
            "said.")
    assert drafts_by_number(text, dt.date(2015, 4, 27))["around 200"].quantity.endswith(
        ".injured")  # not a population of 200
    # near miss: a total of a named thing keeps that thing
    text = ("In Peshawar, 162 people were injured. The total number of residents is "
            "about 2,000.")
    assert drafts_by_number(text, dt.date(2015, 4, 27))["about 2,000"].quantity \
        == "peshawar.population"


def test_what_took_the_total_to_a_level_is_the_rise_and_the_level_the_total():
    d = drafts_by_number("In Lahore, three people have succumbed to dengue, taking the total "
                         "number of deaths to 23.", dt.date(2021, 10, 15))
    assert d["three"].quantity == "lahore.killed_daily"
    assert d["23"].quantity == "lahore.killed"  # no false disagreement of 3 with 23
    d = drafts_by_number("In the last 24 hours, five people died in Poland.",
                         dt.date(2021, 10, 15))
    assert d["five"].quantity == "poland.killed_daily"
    # near misses: a level the toll rose to, and a count with no total after it
    d = drafts_by_number("In Lahore, the toll rose to 30, taking the total in the province to "
                         "50.", dt.date(2021, 10, 15))
    assert d["30"].quantity == "lahore.killed"
    d = drafts_by_number("In Lahore, three people have succumbed to dengue.",
                         dt.date(2021, 10, 15))
    assert d["three"].quantity == "lahore.killed"


def test_the_number_of_people_killed_is_the_dead_whoever_killed_them():
    text = ("The number of people killed after gunmen from the Islamist militant group "
            "al-Shabab stormed a university in Kenya has risen to 147.")
    assert drafts_by_number(text, dt.date(2015, 4, 2))["147"].quantity == "kenya.killed"
    # near miss: the head of the phrase is its first measure, also when it is displaced
    text = "The number of Iraqis displaced since the fighting began had reached 22,000."
    assert drafts_by_number(text, dt.date(2015, 4, 2))["22,000"].quantity.endswith(
        "displaced")


def test_the_level_a_death_toll_rose_to_is_the_dead_whatever_its_phrase_holds():
    text = ("The death toll from the magnitude 7.2 quake that struck Bohol and affected "
            "nearby provinces rose to 144 Wednesday.")
    assert drafts_by_number(text, dt.date(2013, 10, 16))["144"].quantity == "bohol.killed"
    # near miss: a number the phrase's own verb counts keeps its measure
    text = "The quake that struck Bohol affected 2,841,956 people."
    assert drafts_by_number(text, dt.date(2013, 10, 16))["2,841,956"].quantity \
        == "bohol.affected"


def test_people_who_disregarded_an_evacuation_are_no_evacuees():
    d = drafts_by_number("As many as 320,000 people on Florida's Gulf Coast had disregarded "
                         "evacuation notices.", dt.date(2018, 10, 11))
    assert d["As many as 320,000"].quantity.endswith(".evacuation_ignored")
    # near miss: people evacuated are evacuees
    d = drafts_by_number("About 5,000 people were evacuated in Florida.", dt.date(2018, 10, 11))
    assert d["About 5,000"].quantity == "florida.evacuated"
