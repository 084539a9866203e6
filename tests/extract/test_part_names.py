"""A part and its whole told together (extract/part_names.py)."""

import datetime as dt

from tests.extract.drafting_support import drafts_by_number

PUBLISHED = dt.date(2022, 8, 23)


def drafts(text: str) -> dict:
    return drafts_by_number(text, PUBLISHED)


def test_the_part_of_an_owners_whole_is_the_places_hit():
    # Orissa Post (holdout742): "killed due to downpour and flooding in 10 out of the
    # war-torn country's 34 provinces" drafted 10 as the dead, against "at least 14"
    d = drafts("Floods in Afghanistan\n\nAt least 14 people were killed in Paktia province. "
               "More than 200 people were killed due to flooding in 10 out of the war-torn "
               "country's 34 provinces.")
    assert d["10"].quantity.endswith(".provinces_affected")
    assert d["34"].quantity.endswith(".provinces")
    assert d["10"].quantity.split(".")[0] == d["34"].quantity.split(".")[0]
    # near misses: the part a verb names keeps the verb, and a part with no place word
    # before it names no place hit
    d = drafts("Floods in India\n\nIn Kerala, 10 out of 14 districts were severely affected.")
    assert d["10"].quantity == "kerala.districts_affected"
    d = drafts("Floods in India\n\nIn Kerala, officials counted 10 out of 14 districts.")
    assert d["10"].quantity != "kerala.districts_affected"


def test_the_whole_keeps_its_own_words_and_the_part_the_verb_before_it():
    # Voice of Vietnam (holdout602) and OneIndia (holdout654): "out of the 21 coastal
    # provinces" and "out of the 87 damaged roads" are wholes of a kind
    d = drafts("Typhoon in Vietnam\n\nIts circulation brought strong winds to 11 out of the "
               "21 coastal provinces of Vietnam.")
    assert d["21"].quantity.endswith(".coastal_provinces")
    d = drafts("Floods in Patan\n\nIn Patan, 58 out of the 87 damaged roads have been "
               "restored.")
    assert d["87"].quantity == "patan.roads_damaged"
    # TRT Afrika (holdout471): "the cholera outbreak has so far affected 45 out of the
    # country's 116 districts" was the people affected
    d = drafts("Cholera in Zambia\n\nThe outbreak has so far affected 45 out of the country's "
               "116 districts in Zambia.")
    assert d["45"].quantity == "zambia.districts_affected"
    assert d["116"].quantity == "zambia.districts"
