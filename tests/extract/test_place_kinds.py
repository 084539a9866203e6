"""Kinds of place and where one place lies in another (extract/place_kinds.py)."""

import datetime as dt

from factcheck.extract.place_kinds import within
from tests.extract.drafting_support import drafts_by_number

BREACH = ("The swollen river breached a nearly 50 ft stretch of the embankment at Tilakrajpur "
          "under Runnisaidpur block in Sitamarhi, inundating several villages and affecting "
          "up to 20,000 people.")


def test_a_village_under_its_block_lies_in_it():
    text = "Tilakrajpur under Runnisaidpur block in Sitamarhi"
    assert within(" under ", text, text.index(" block"))
    assert within(" block in ", text, len(text))
    # near misses: 'under' before no kind of Indian district, and a bare list
    text = "Kampli under heavy rain"
    assert not within(" under ", text, len(text))
    assert not within(" and ", "Kampli and Hosapete", len("Kampli and Hosapete"))


def test_the_breach_sites_villages_are_the_sites_not_the_districts():
    # they were Sitamarhi's, and set against the district's "nearly 200 villages"
    d = drafts_by_number("update\n" + BREACH, dt.date(2009, 8, 2))
    assert d["several"].quantity == "tilakrajpur.villages_flooded"
    assert d["up to 20,000"].quantity == "tilakrajpur.affected"
    # near miss: a taluk named alone is the count's place
    d = drafts_by_number("update\nIn Hosapete taluk 26 houses were damaged.", dt.date(2022, 9, 5))
    assert d["26"].quantity == "hosapete.homes_damaged"


def test_a_name_with_its_kind_in_an_appositive_is_a_place_in_the_next():
    # Yubari was no place: its 120,000 were Hokkaido's (holdout525)
    d = drafts_by_number("Yubari, a city in Hokkaido, had a population of 120,000.",
                         dt.date(2025, 3, 18))
    assert d["120,000"].quantity == "yubari.population"
    d = drafts_by_number("Grindavik, a town on the Reykjanes peninsula, has 3,700 residents.",
                         dt.date(2025, 3, 18))
    assert d["3,700"].quantity.startswith("grindavik.")
    # near miss: a kind word that describes a person's office names no place
    d = drafts_by_number("Smith, a district official, said 20 people died in Assam.",
                         dt.date(2025, 3, 18))
    assert d["20"].quantity == "assam.killed"


def test_a_town_with_its_people_in_an_appositive_is_a_place():
    d = drafts_by_number("Tlahuelilpan, a town with a population of 20,000, mourned.",
                         dt.date(2019, 1, 19))
    assert d["20,000"].quantity == "tlahuelilpan.population"


def test_a_person_described_as_an_office_of_a_place_is_no_place():
    # "Emil Dragomir, the mayor of the village of Slobozia Conachi, where 700 homes"
    d = drafts_by_number("Emil Dragomir, the mayor of the village of Slobozia Conachi, said 700 "
                         "homes have been flooded.", dt.date(2024, 9, 15))
    assert not d["700"].quantity.startswith("emil_dragomir.")


def test_a_region_beside_the_city_limits_of_its_name_is_the_region():
    # Chicago Sun-Times (holdout709): the region's loss was the city's, against its own
    text = ("Census\nChicago's population fell to 2,704,958 within Chicago's city limits. The "
            "Chicago region lost 19,570 residents, or .2 percent.")
    d = drafts_by_number(text, dt.date(2017, 5, 25))
    assert d["19,570"].quantity == "chicago_region.population_loss"
    assert d["2,704,958"].quantity.startswith("chicago.")
    # near miss: a region met with no town of its name stays the place
    d = drafts_by_number("Census\nAbout 2.7 million people live in Chicago. The Chicago "
                         "region lost 19,570 residents, or .2 percent.",
                         dt.date(2017, 5, 25))
    assert d["19,570"].quantity == "chicago.population_loss"
