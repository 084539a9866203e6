"""The people a count names (extract/peoples.py): a demonym before the number's
person noun says who the people are, not where the count was taken."""

import datetime as dt

from tests.extract.drafting_support import drafts_by_number

PUBLISHED = dt.date(2019, 1, 6)


def drafts(text: str) -> dict:
    return drafts_by_number(text, PUBLISHED)


def test_a_demonym_before_any_person_noun_leaves_the_place_named():
    # "Three German skiers were killed ... near Lech" was germany.killed: the toll of
    # an avalanche in Austria read as Germany's
    d = drafts("Three German skiers were killed in an avalanche near Lech, police said.")
    assert d["Three"].quantity == "lech.killed"
    d = drafts("Two British tourists died in Lech on Sunday.")
    assert d["Two"].quantity == "lech.killed"


def test_a_demonym_before_a_thing_or_alone_stays_the_subject():
    # near misses: provinces are no people, and with no other place the demonym is all
    d = drafts("Floods hit the Black Sea region. Ten Turkish provinces were flooded.")
    assert d["Ten"].quantity == "turkey.provinces_flooded"
    d = drafts("Three German skiers were killed on Sunday, police said.")
    assert d["Three"].quantity == "germany.killed"
