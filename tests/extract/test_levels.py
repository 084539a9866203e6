"""Levels (extract/levels.py): the phrase a number is the level of names what it counts,
before any verb of the clause does."""

import datetime as dt

from tests.extract.drafting_support import drafts_by_number

PUBLISHED = dt.date(2014, 4, 30)


def quantity(text: str, number: str) -> str:
    return drafts_by_number(text, PUBLISHED)[number].quantity


def test_a_population_of_a_number_is_the_population_whatever_verb_follows():
    # "Syria's prewar population of 23 million to flee" was syria.displaced (holdout525)
    assert quantity("About 40 percent of Syria's prewar population of 23 million had to flee "
                    "their homes.", "23 million") == "syria.population"
    assert quantity("About 40 percent of Syria's population of some 23 million fled.",
                    "some 23 million") == "syria.population"
    # near miss: a number after the population's own number names what it says
    assert quantity("Of Syria's population, 23 million fled.", "23 million") == "syria.departed"
