"""A country under two spellings in one text is one place, under the spelling the
text uses most (lexicon `same_places`). Near miss: one spelling alone keeps its own key."""

import datetime as dt

from factcheck.extract.places import Places
from tests.extract.drafting_support import drafts_by_number

PUBLISHED = dt.date(2024, 8, 16)


def keys(text: str) -> set:
    return {p.key for p in Places(text).found}


def test_two_spellings_of_one_country_are_one_place():
    text = ("Fighting in eastern Congo forced 5,000 people to flee. In the Democratic "
            "Republic of Congo, 300 died. Congo's army said 40 soldiers were killed.")
    assert keys(text) == {"congo"}
    d = drafts_by_number(text, PUBLISHED)
    assert d["300"].quantity == "congo.killed"
    assert keys("Cyclone Mocha hit Burma. In Myanmar, 40 died. Burma's junta said so.") \
        == {"burma"}


def test_one_spelling_or_another_country_keeps_its_key():
    assert keys("In Myanmar, 40 died.") == {"myanmar"}
    assert keys("In the Democratic Republic of Congo, 60 died.") \
        == {"democratic_republic_of_congo"}


def test_an_acronym_no_country_spells_is_no_place():
    assert "npr" not in keys("Cooper told Steve Inskeep of NPR's Morning Edition that "
                             "20,000 people were in shelters in North Carolina.")
    # near miss: a country's acronym stays a place
    assert keys("Fighting in the east of DRC forced 5,000 people to flee.") == {"drc"}


def test_a_name_that_speaks_is_no_place_unless_a_country_or_the_speakers_place():
    text = ('Baker lives in Wilmington, N.C. Baker picked that shelter. "It is full," '
            "Baker said.")
    assert "baker" not in keys(text)
    assert "ukraine" in keys("Ukraine said 70 drones were shot down over Kyiv.")
    assert "miyagi" in keys("Police in Miyagi said 300 bodies were found.")
    # the last place of a list after "in" is the speakers' place too
    assert "victoria" in keys("Fires kill 9\n\nAuthorities in Gippsland and Victoria "
                              "said five people died. In Victoria, 50 homes burned.")
    assert "victoria" in keys("Fires kill 9\n\nAuthorities in New South Wales and Victoria "
                              "said five people died. In Victoria, 50 homes burned.")


def test_nsw_is_new_south_wales():
    text = ("Fires kill 9\n\nFires raged in New South Wales. Authorities confirmed 176 homes "
            "were lost on the NSW south coast.")
    found = Places(text).found
    assert "NSW" in {text[p.start:p.end] for p in found}  # the short form is the place
    assert len({p.key for p in found}) == 1  # under one key, the one the text uses most


def test_the_country_is_the_last_country_named_before_it():
    text = ("Floods in Nigeria's Borno state killed 37 people in Maiduguri. This season, "
            "floods across the country killed more than 600 people.")
    d = drafts_by_number(text, PUBLISHED)
    assert d["more than 600"].quantity == "nigeria.killed"
    # near miss: no country named before: the place the rules found otherwise
    text = "Floods in Maiduguri killed 37 people. Across the country, 600 people died."
    assert not drafts_by_number(text, PUBLISHED)["600"].quantity.startswith("nigeria.")


def test_the_country_is_the_one_named_most_not_a_neighbour_named_last():
    text = ("Wildfires in Greece killed 20 people. In Greece, the bodies of 18 migrants who had "
            "crossed the border from Turkey were found. Across the country, 61 new wildfires "
            "broke out.")
    assert drafts_by_number(text, PUBLISHED)["61"].quantity == "greece.wildfires"


def test_a_place_with_accents_is_named_without_them():
    text = ("More than 30,000 Venezuelans live in Cúcuta, and 20,000 in Medellín, "
            "officials said. Another 1,200 crossed to Kousséri.")
    d = drafts_by_number(text, PUBLISHED)
    assert {"cucuta", "medellin", "kousseri"} <= keys(text)
    assert d["More than 30,000"].quantity.startswith("cucuta.")
    # letters that do not decompose are spelled too, never dropped
    from factcheck.extract.spellings import snake
    assert snake("Łódź") == "lodz" and snake("Tromsø") == "tromso"
    # near miss: a plain name is untouched
    assert snake("Palu") == "palu"


def test_the_horn_of_africa_is_one_place():
    assert keys("In the Horn of Africa, 9.5 million livestock died.") \
        == {"horn_of_africa"}
    # near miss: an organisation "of" a place stays apart from it
    assert "horn_of_africa" not in keys("The Horn Relief office of Kenya said so.")
