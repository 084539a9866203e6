"""Words that name no place (extract/place_words.py): a scale named after its maker,
a kind of place capitalised at a sentence's start. Near misses keep the place."""

import datetime as dt

from tests.extract.drafting_support import drafts_by_number

PUBLISHED = dt.date(2010, 11, 4)


def quantity(text: str, number: str) -> str:
    return drafts_by_number("Quake update\n" + text, PUBLISHED)[number].quantity


def test_a_scale_named_after_its_maker_is_no_place():
    # "about a quarter ... without electricity" was mercalli.without_power /
    # richter.without_power
    text = ("The quake measured 5.4 on the Richter scale, or 7.5 on the Mercalli scale. The "
            "town declared an emergency, with about a quarter of the urban area still "
            "without electricity.")
    assert "mercalli" not in quantity(text, "about a quarter")
    assert "richter" not in quantity(text, "about a quarter")
    # near miss: a place named before its measure stays the subject
    assert quantity("Some 2,000 people in Kraljevo were left without electricity.",
                    "Some 2,000") == "kraljevo.without_power"
    # ... nor with a capital S (holdout720: "41 people were killed ... measuring 6.5 and
    # 7.3 on the Richter Scale" was richter_scale.killed)
    text = ("A total of 41 people were killed as two strong earthquakes, measuring 6.5 and "
            "7.3 on the Richter Scale, rocked Kumamoto prefecture.")
    assert "richter" not in quantity(text, "41")


def test_a_kind_of_place_at_a_sentences_start_is_no_name():
    # "Municipality government reported ... around 300 families had evacuated" was
    # municipality.evacuated_households
    text = ("Families have evacuated their homes in the city of Maraba. Municipality "
            "government reported on 04 January that around 300 families had evacuated.")
    assert quantity(text, "around 300 families") == "maraba.evacuated_households"


def test_a_place_a_size_is_measured_against_is_no_place_of_the_count():
    # "the size of Manhattan" took the town's 120,000 (holdout525)
    assert quantity("In Yubari, a population of 120,000 once lived in an area the size of "
                    "Manhattan.", "120,000") == "yubari.population"
    assert quantity("In Yubari, a population of 120,000 once lived in an area larger than "
                    "Manhattan.", "120,000") == "yubari.population"
    # near miss: a place after "in" is the count's, whatever the size words before
    assert quantity("A flood of that size in Manhattan left 120,000 people homeless.",
                    "120,000") == "manhattan.homeless"


def test_a_rivers_basin_is_a_place():
    # Reuters: "toward the Zambezi river basin, where several weeks of flooding had
    # already displaced more than 120,000 people" was the country's displaced, against
    # the cyclone's "thousands" (a false disagreement)
    text = ("MAPUTO (Reuters) - Officials fear it may take its rain toward the Zambezi river "
            "basin, where flooding had already displaced more than 120,000 people.")
    assert quantity(text, "more than 120,000") == "zambezi.displaced"
    # near miss: a river alone floods places, and is none
    text = "The Zambezi river burst its banks, displacing 1,000 people in Tete."
    assert quantity(text, "1,000") == "tete.displaced"


def test_the_uk_is_a_place():
    # two capitals were too short to be a name: "thousands without power in the UK" took
    # the only other place of the story (the Tay Bridge)
    assert quantity("Storm Isha left thousands without power in the UK.",
                    "thousands") == "uk.without_power"
    # near miss: an acronym no country spells is a body, no place
    assert quantity("The NHC said ten people died in Cuba.", "ten") == "cuba.killed"
