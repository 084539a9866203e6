"""Parts of the injured by how badly they are hurt (extract/injuries.py)."""

import datetime as dt

from tests.extract.drafting_support import drafts_by_number

PUBLISHED = dt.date(2014, 6, 20)


def drafts(text: str) -> dict:
    return drafts_by_number(text, PUBLISHED)


def test_the_lightly_hurt_beside_the_gravely_hurt_are_a_part_of_the_injured():
    # News Today (holdout621): "six persons sustained serious injuries in the incident
    # while 26 sustained minor injuries" made 26 the injured, against the 33 injured of
    # the lead: a false disagreement
    d = drafts("Three passengers were killed and 33 injured in Gonda. Six persons sustained "
               "serious injuries in the incident while 26 sustained minor injuries.")
    assert d["33"].quantity == "gonda.injured"
    assert d["26"].quantity == "gonda.slightly_injured"
    d = drafts("One seriously injured, nine slightly injured in Sukabumi Regency.")
    assert d["nine"].quantity == "sukabumi_regency.slightly_injured"
    # near misses: alone, minor injuries are the injured; a grave count in the sentence
    # before is another sentence's
    d = drafts("About 200 people in Gonda suffered at least minor injuries, with 10 seriously "
               "hurt.")
    assert d["About 200"].quantity == "gonda.injured"
    d = drafts("Nineteen people in Gonda were reported to have minor injuries.")
    assert d["Nineteen"].quantity == "gonda.injured"
    d = drafts("Six persons in Gonda sustained serious injuries. Another 26 people in Gonda "
               "sustained minor injuries.")
    assert d["26"].quantity == "gonda.injured"


def test_some_of_the_injured_in_a_grave_condition_are_a_part_of_them():
    # Al Jazeera (holdout717): "several of the injured were in a very serious condition"
    # was the injured, against the "nearly 600" of the lead
    d = drafts("In Eseka, at least 70 people were killed and nearly 600 injured when a "
               "train derailed. The minister said several of the injured were in a very "
               "serious condition.")
    assert d["several"].quantity == "eseka.seriously_injured"
    assert d["nearly 600"].quantity == "eseka.injured"
    # near miss: "in" a grave condition with no "of the" before the injured is the count
    d = drafts("In Eseka, 40 injured were taken to hospital.")
    assert d["40"].quantity == "eseka.injured"
