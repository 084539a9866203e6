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
