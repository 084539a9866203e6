"""People who fled a hazard with nowhere named are displaced, not departed
(extract/flight.py); near misses keep the flow."""

import datetime as dt

from tests.extract.drafting_support import drafts_by_number, quantity_of

PUBLISHED = dt.date(2019, 11, 2)


def quantity(text: str, number: str) -> str:
    return quantity_of(text, number, PUBLISHED)


def test_people_who_fled_a_hazard_with_nowhere_named_are_displaced():
    assert quantity("Floods hit South Sudan. South Sudan declared an emergency after 420,000 "
                    "people fled from the floods.", "420,000") == "south_sudan.displaced"
    # the owner of a region told by its compass point is no subject ("Sudan's western
    # Darfur region"), and a refugee camp is no border
    assert quantity("More than 70,000 people have fled fighting in Sudan's western Darfur "
                    "region, swelling numbers at a refugee camp.", "More than 70,000") \
        == "darfur.displaced"


def test_a_destination_a_border_or_refugees_keep_the_flow():
    assert quantity("Fighting raged in Darfur. Some 5,000 people fled the fighting into Chad.",
                    "Some 5,000") == "darfur.departed"
    assert quantity("Violence gripped Libya. After 70,000 people fled from the violence there, "
                    "the UN refugee agency said the border was overwhelmed.", "70,000") \
        .endswith(("departed", "arrived"))


def test_the_place_left_said_outweighs_the_people_s_own_country():
    # "Afghans had left Pakistan": they left Pakistan, whatever their people's country
    assert quantity("About 60,000 Afghans had left Pakistan by October 27.",
                    "About 60,000") == "pakistan.departed"
    assert quantity("Thousands of Afghans crossed into their homeland from neighboring "
                    "Pakistan on Monday.", "Thousands") == "pakistan.departed_daily"
    # near miss: with no place left said, the people's country is where they left
    assert quantity("About 40,000 Ethiopians have fled, officials in Khartoum said.",
                    "About 40,000") == "ethiopia.departed"


def test_the_parts_of_a_flow_told_by_place_are_those_places_arrivals():
    text = ("There are now 360,000 refugees from Kosovo: 204,000 in Albania, 115,000 in "
            "Macedonia, and 33,000 in Montenegro, the UNHCR said.")
    assert quantity(text, "360,000") == "kosovo.departed"
    assert quantity(text, "204,000") == "albania.arrived"
    assert quantity(text, "33,000") == "montenegro.arrived"
    # near miss: one count in one place is no list of parts; the origin said holds
    assert quantity("About 60,000 refugees fled Kosovo, most in Albania.",
                    "About 60,000") == "kosovo.departed"


def test_people_on_the_move_counted_where_they_are_put_up_are_sheltered():
    d = drafts_by_number("Some 1,200 residents of Serasan fled the landslide. All of the "
                         "refugees are divided into six locations including 436 people in the "
                         "National Border Crossing Post in Serasan district, 605 people in Payak "
                         "village.", dt.date(2023, 3, 10))
    assert d["Some 1,200"].quantity == "serasan.departed"
    assert d["605"].quantity == "payak.sheltered"  # not arrivals held under Serasan's 436
    assert d["436"].quantity == "serasan.sheltered"
    # near miss: a sentence later, the count is a flow again
    d = drafts_by_number("The refugees are divided into six locations. Since then 605 people "
                         "fled to Payak village.", dt.date(2023, 3, 10))
    assert d["605"].quantity != "payak.sheltered"


def test_the_time_people_took_to_flee_is_the_exodus_s_not_the_war_s():
    d = drafts_by_number("20,000 refugees flee South Sudan violence to Sudan in one week.",
                         dt.date(2017, 5, 12))
    assert d["one week"].quantity == "exodus.duration"  # not the conflict's length
    # near miss: a war's length told with no flight
    d = drafts_by_number("The war in South Sudan ended in three years.", dt.date(2017, 5, 12))
    assert d["three years"].quantity == "conflict.duration"


def test_a_further_flow_is_more_than_the_count_told_never_the_same_count():
    d = drafts_by_number("Close to 20,000 Ivorians have fled to Liberia, UNHCR said, while a "
                         "further 4,000 arrivals have been reported.", dt.date(2010, 12, 30))
    assert d["4,000"].quantity.endswith("_additional")  # not 4,000 against the 20,000
    # near miss: with no "further", the arrivals are the flow itself
    d = drafts_by_number("Some 4,000 arrivals have been reported in Liberia.",
                         dt.date(2010, 12, 30))
    assert not d["Some 4,000"].quantity.endswith("_additional")
