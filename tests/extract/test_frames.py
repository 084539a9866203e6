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
