"""Frames that say whose a count is (extract/frames.py): the world's, or the whole
country's, never the city the sentence also names."""

import datetime as dt

from tests.extract.drafting_support import drafts_by_number

PUBLISHED = dt.date(2019, 7, 18)


def quantity(text: str, number: str) -> str:
    return drafts_by_number(text, PUBLISHED)[number].quantity


def test_a_count_of_the_whole_country_is_the_countrys():
    # 29,123 "reported from all parts of the country" and Colombo's 1234 were both
    # colombo.cases: a false disagreement (holdout530)
    text = ("In Sri Lanka, a total of 29,123 dengue cases had been reported from all parts of "
            "the country. The Colombo Municipal Council reported 1234 dengue cases.")
    assert quantity(text, "29,123") == "sri_lanka.cases"
    assert quantity("In Colombo, 29,123 dengue cases were reported island-wide.",
                    "29,123") == "doc.cases"  # no country named: the document's
    # near miss: a count of a city that names no whole is the city's
    assert quantity("In Colombo, 1,234 dengue cases were reported this year.",
                    "1,234") == "colombo.cases"


def test_a_count_of_the_world_is_the_worlds():
    assert quantity("There are four million cases of cholera worldwide.",
                    "four million") == "world.cases"


def test_a_countrywide_toll_is_the_country_the_sentence_names():
    # "bringing the toll in the state to 124 and the countrywide toll to 160": 160 was
    # Uttar Pradesh's, then Pakistan's, the country the text names most (holdout542)
    text = ("Cold hit Pakistan, Nepal and Pakistan's north. More deaths were reported from "
            "India's northern Uttar Pradesh state, bringing the toll in the state to 124 and "
            "the countrywide toll to 160.")
    assert quantity(text, "160") == "india.killed"
    # near miss: the count before "and the countrywide toll" is the state's
    assert quantity(text, "124") == "uttar_pradesh.killed"


def test_the_countrys_city_is_the_city_not_the_country():
    # "Istanbul, the country's most populated city with 14.6 million residents" was
    # Syria's population: an error with Syria's refugees and their share (holdout539)
    text = ("Almost half of the 3.4 million Syrian refugees in Turkey live in border cities. "
            "Istanbul, the country's most populated city with 14.6 million residents, has "
            "537,829 refugees.")
    assert quantity(text, "14.6 million") == "istanbul.population"
    # near misses: the country's own population is the country's, the state's the state's
    assert quantity("Floods hit Turkey. The country's population is 85 million.",
                    "85 million") == "turkey.population"
    assert quantity("Floods hit Roraima state in Brazil. The state's population of 450,000 "
                    "fell.", "450,000") == "roraima.population"


def test_the_counts_of_an_earlier_incident_are_its_own():
    # Cape Cod Times (holdout693), Prothom Alo (holdout691): the 24 missing of the earlier
    # collision and the 15 killed by an earthquake were the story's own counts
    d = drafts_by_number("Six bodies were recovered and at least 22 people were missing. The "
                         "latest ship disaster came after a Christmas Eve collision between a "
                         "ferry and a fishing boat in which 24 were missing.", PUBLISHED)
    assert d["24"].quantity == "previous_collision.missing"
    assert d["Christmas Eve"].quantity == "previous_collision.start"
    d = drafts_by_number("The toll from a landslide in Ecuador has risen to 14. The same region "
                         "was hit by an earthquake just over a week earlier in which 15 people "
                         "were killed.", PUBLISHED)
    assert d["15"].quantity == "previous_earthquake.killed"
    # near miss: a count of the story's own incident beside what it came after
    d = drafts_by_number("In Ormoc, the sinking came two days after a storm hit the coast, "
                         "killing six.", PUBLISHED)
    assert not d["six"].quantity.startswith("previous_")


def test_a_possessive_with_no_word_after_it_owns_nothing_and_breaks_nothing():
    # Al Jazeera (holdout803): "the largest after Indonesia's." ended a paragraph, and
    # drafting the article crashed (the possessive was read as followed by a word)
    d = drafts_by_number("Llaima erupted. Chile's chain of around 2,000 volcanoes is the "
                         "world's second-largest after Indonesia's.", PUBLISHED)
    assert d["around 2,000"].quantity.startswith("chile.")
