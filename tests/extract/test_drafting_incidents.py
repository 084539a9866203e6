"""Counts of another incident than the story's ("after another boat sank off Libya")
are that incident's (`another_boat.killed`), so they never share a quantity with the
story's own toll."""

from __future__ import annotations

import datetime as dt

from tests.extract.drafting_support import drafts_by_number

PUBLISHED = dt.date(2022, 4, 16)
LEAD = ("Six dead after migrant boat capsizes off Libya\n"
        "Six people were found dead and 29 are missing after their boat capsized off "
        "the coast of Libya, the IOM said.\n")


def test_counts_of_another_incident_are_its_own():
    d = drafts_by_number(LEAD + "The agency said that four people were killed and 14 others "
                         "missing after another boat sank off Libya's coast, while two "
                         "people were rescued.", PUBLISHED)
    assert d["Six"].quantity == "libya.killed"
    assert d["four"].quantity == "another_boat.killed"
    assert d["14"].quantity == "another_boat.missing"
    assert d["two"].quantity == "another_boat.rescued"


def test_another_incident_opening_the_sentence_or_after_in():
    d = drafts_by_number(LEAD + "Another vessel capsized on Tuesday, killing 12 people.",
                         PUBLISHED)
    assert d["12"].quantity == "another_vessel.killed"
    d = drafts_by_number(LEAD + "In another incident, 12 people were killed off Libya.", PUBLISHED)
    assert d["12"].quantity == "another_incident.killed"


def test_near_misses_another_count_or_time_is_no_incident():
    # "another 22" adds to a count: no incident of its own
    d = drafts_by_number(LEAD + "Ten were rescued and another 22 are missing off Libya.",
                         PUBLISHED)
    assert d["22"].quantity == "libya.missing"
    # "another time", "another day": no incident; the count stays Libya's
    d = drafts_by_number("Twelve people died off Libya, and they will try another day.",
                         PUBLISHED)  # (not after LEAD: its six dead, in one voice, would clash)
    assert d["Twelve"].quantity == "libya.killed"
    # the next sentence is the story's again
    d = drafts_by_number(LEAD + "Another boat sank on Monday. Six people died off Libya.",
                         PUBLISHED)  # (six, as the lead: nine would clash with it)
    assert d["Six"].quantity == "libya.killed"


def test_a_day_that_owns_the_disaster_is_its_start():
    text = ("Mudslide in Sri Lanka\n\nA mudslide buried 120 homes. In the chaos that "
            "followed Wednesday morning’s disaster, there was confusion.")
    assert drafts_by_number(text, PUBLISHED)["Wednesday"].quantity == "landslide.start"
    # near miss: a day that owns something else is no event's
    text = ("Mudslide in Sri Lanka\n\nA mudslide buried 120 homes. Officials gave "
            "Wednesday morning’s figures, and confusion followed.")
    assert not drafts_by_number(text, PUBLISHED)["Wednesday"].quantity.endswith(".start")


def test_a_place_s_own_event_is_named_by_the_place():
    text = ("Killer Texas storms leave path of destruction\n\nA tornado struck Granbury. "
            "The Joplin tornado killed more than 150 people.")
    d = drafts_by_number(text, dt.date(2013, 5, 16))
    assert d["more than 150"].quantity == "joplin_tornado.killed"
    text = ("At least 15 dead in China landslide\n\nIt is the biggest landslide since the "
            "Wenchuan earthquake, which struck in 2008.")
    assert drafts_by_number(text, dt.date(2017, 6, 24))["2008"].quantity == \
        "wenchuan_earthquake.start"


def test_the_story_s_own_place_or_a_day_before_the_event_names_no_other_event():
    # near misses: the title's place is the story's own event; a weekday is no place
    text = ("Thousands still in shelters after record Louisiana floods\n\nThe Louisiana "
            "floods killed 13 people.")
    assert drafts_by_number(text, dt.date(2016, 8, 18))["13"].quantity == "louisiana.killed"
    text = ("Killer Texas storms\n\nThe Sunday tornado killed 6 people in Granbury.")
    assert drafts_by_number(text, dt.date(2013, 5, 16))["6"].quantity == "granbury.killed"


def test_a_mishap_told_of_a_thing_through_its_pronoun_dates_that_things_event():
    d = drafts_by_number("Crews recovered the body of one person who was on the boat when "
                         "it overturned in rough seas on Sunday morning after it left the "
                         "islands on Saturday night.", dt.date(2022, 1, 27))
    assert d["on Sunday morning"].quantity == "capsizing.start"  # the lead's own
    # near miss: the later clause's day is not the capsizing's (two days, one event,
    # would be a false conflict)
    assert d["on Saturday night"].quantity != "capsizing.start"


def test_another_person_dead_is_one_more_of_the_story_s_own_toll():
    # "Another villager died": a person, no other incident; the toll stays Libya's
    d = drafts_by_number(LEAD + "Another migrant died in hospital off Libya, bringing the toll "
                         "to seven.", PUBLISHED)
    assert d["seven"].quantity == "libya.killed"
    d = drafts_by_number(LEAD + "Another man died off Libya, bringing the toll to seven.",
                         PUBLISHED)
    assert d["seven"].quantity == "libya.killed"
    # near miss: another thing that sank is another incident still
    d = drafts_by_number(LEAD + "Another dinghy sank off Libya, and seven people died.",
                         PUBLISHED)
    assert d["seven"].quantity == "another_dinghy.killed"


def test_the_disaster_of_another_year_is_that_year_s_event():
    # "the 2011 disaster" in a story of 2025 is no start of the story's own quake
    d = drafts_by_number("Quake hits Kamchatka\nA massive 8.8 earthquake struck off Kamchatka "
                         "on Wednesday, said a 79-year-old survivor of the 2011 disaster.",
                         dt.date(2025, 7, 30))
    assert d["on Wednesday"].quantity == "earthquake.start"
    assert d["2011"].quantity == "earthquake_2011.start"


def test_the_day_of_someone_s_act_before_the_event_is_no_start_of_it():
    published = dt.date(2014, 8, 4)

    def quantity(text, number):
        return drafts_by_number(text, published)[number].quantity
    # the day of the digging, of the sifting, of the sermons: not of the event after
    assert quantity("Rescuers dug through shattered homes Monday looking for survivors of "
                    "a strong earthquake in Yunnan.", "Monday").startswith("unnamed_")
    assert quantity("Authorities sifted through the rubble Thursday left by the nation's "
                    "most violent outburst of tornadoes.", "Thursday").startswith("unnamed_")
    assert quantity("Villagers pulled debris from collapsed schools and mud-brick homes with "
                    "their bare hands on Sunday, desperate to find survivors from a huge "
                    "earthquake.", "on Sunday").startswith("unnamed_")
    # a place between the act and its day is still the act's
    assert quantity("Hundreds in Denton fled flames pushed by winds in central Montana on "
                    "Wednesday, while a fire burned 11 homes.", "on Wednesday") \
        .startswith("unnamed_")
    # near misses: the event did it that day, or the day is the event's own
    assert quantity("Homes were destroyed on Monday by a landslide in Yunnan.",
                    "on Monday") == "landslide.start"
    # the quake's size between "by a" and the event is no act of its own
    assert quantity("Neftegorsk was flattened early Sunday by a 7.5-magnitude quake.",
                    "early Sunday") == "earthquake.start"
    assert quantity("The town was destroyed Sunday by a magnitude 7.5 earthquake.",
                    "Sunday") == "earthquake.start"
    # near miss: the size after "after" is no agent; the day is the search's
    assert quantity("Rescuers dug through rubble to find survivors Monday after a deadly "
                    "7.2-magnitude earthquake devastated Van.", "Monday").startswith("unnamed_")
    assert quantity("A strong earthquake struck Yunnan on Sunday.", "on Sunday") \
        == "earthquake.start"
    assert quantity("Two people have died since Aug. 30 in the outbreak.",
                    "Aug. 30") == "outbreak.start"


def test_a_second_quake_is_an_event_of_its_own():
    d = drafts_by_number("Twin quakes hit Iran\nThe quake measured 6.4 magnitude and struck 37 "
                         "miles north-east of Tabriz. A second quake measuring 6.3 struck 49km "
                         "north-east of Tabriz 11 minutes later.", dt.date(2012, 8, 12))
    assert d["6.4"].quantity == "earthquake.magnitude"
    assert d["6.3"].quantity == "second_quake.magnitude"
    assert d["37 miles"].quantity == "earthquake.distance_from_tabriz"
    assert d["49km"].quantity == "second_quake.distance_from_tabriz"


def test_an_eruption_s_day_is_its_start():
    published = dt.date(2021, 12, 6)
    d = drafts_by_number("Lava flowed down its slopes after a sudden eruption Saturday, "
                         "December 4.", published)
    assert d["Saturday, December 4"].quantity == "eruption.start"
    # near misses: a cue still says the end, and "violence erupted" is no volcano's
    d = drafts_by_number("The eruption ended on Friday.", published)
    assert d["on Friday"].quantity == "eruption.end"
    d = drafts_by_number("Violence erupted in Juba on Friday.", published)
    assert not d["on Friday"].quantity.startswith("eruption")


def test_a_separate_incident_is_another():
    # "A separate bus crash ... injured 18" beside the story's "23 injured" was a false
    # disagreement over `iran.injured`
    d = drafts_by_number("A bus crashed in Yazd, Iran, injuring 23. A separate bus crash early "
                         "Wednesday in Iran's Sistan and Baluchestan province killed six people "
                         "and injured 18.", dt.date(2024, 8, 21))
    assert d["18"].quantity == "another_crash.injured"
    assert d["23"].quantity.endswith(".injured") and not d["23"].quantity.startswith("another")
    # near miss: "separate from" is no other incident
    d = drafts_by_number("In Yazd, Iran, 18 people were injured, separate from the 28 dead.",
                         dt.date(2024, 8, 21))
    assert d["18"].quantity == "yazd.injured"


def test_one_of_several_quakes_and_one_the_day_before_are_their_own():
    text = ("Three strong earthquakes reduced villages to rubble in western Iran early "
            "Friday. At least 13 tremors jolted the region through the night, state "
            "television reported, saying the first one had a preliminary magnitude of 5.1. "
            "The USGS reported a 5.7 magnitude quake before 5 a.m. The area had been hit by "
            "a 4.7-magnitude quake the day before, the USGS said.")
    d = drafts_by_number(text, dt.date(2006, 3, 31))
    assert d["5.1"].quantity == "first_tremor.magnitude"
    assert d["5.7"].quantity == "earthquake.magnitude"
    assert d["4.7"].quantity == "previous_quake.magnitude"
    # near miss: a quake the day before a day the story tells from is the story's own
    d = drafts_by_number("Rescuers searched for survivors of a 6.1 magnitude quake the day "
                         "before.", dt.date(2006, 3, 31))
    assert d["6.1"].quantity == "earthquake.magnitude"


def test_the_strongest_of_the_aftershocks_and_a_tremor_after_the_days_quake():
    # 4.7 was earthquake.magnitude beside Monday's 6.3; yesterday was the quake's start
    text = ("Aftershocks from Monday's earthquake continued to rattle Chiang Rai, with the "
            "most powerful measuring 4.7 on the Richter scale early Friday morning. The "
            "bureau also reported a 4.5-magnitude tremor shaking the same district about "
            "3.43pm yesterday.")
    d = drafts_by_number(text, dt.date(2014, 5, 10))
    assert d["4.7"].quantity == "most_powerful_aftershock.magnitude"
    assert d["yesterday"].quantity == "aftershock.start"
    assert d["Monday's"].quantity == "earthquake.start"
    # near miss: a quake told as new on the day the story's quake is owned by
    text = ("Monday's earthquake shook Chiang Rai. The bureau reported a 6.3-magnitude "
            "quake striking Mae Lao on Monday.")
    assert drafts_by_number(text, dt.date(2014, 5, 10))["on Monday"].quantity \
        == "earthquake.start"
