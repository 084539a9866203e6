"""One of several (extract/ordinals.py): what the first convoy or the second group
held is that convoy's or group's, never a rival report of what all of them held."""

import datetime as dt

from tests.extract.drafting_support import drafts_by_number

PUBLISHED = dt.date(2016, 12, 15)


def test_what_the_first_convoy_held_is_the_convoys():
    # was aleppo.vehicles for both: 20 buses against "a total of 21 buses", a false
    # disagreement between two reports that agree
    d = drafts_by_number("Aleppo evacuation begins\nICRC spokeswoman Ingy Sedky said the first "
                         "convoy included 13 ambulances and 20 buses carrying civilians. The WHO "
                         "reported a total of 21 buses had left east Aleppo.", PUBLISHED)
    assert d["20"].quantity == "first_convoy.vehicles"
    assert d["21"].quantity.endswith(".vehicles")
    assert not d["21"].quantity.startswith("first_convoy")
    d = drafts_by_number("Aleppo evacuation\nA second group of 149 people was moved from "
                         "Aleppo.", PUBLISHED)
    assert d["149"].quantity.startswith("second_group.")


def test_a_count_after_the_groups_clause_is_not_the_groups():
    # near misses: the convoy's clause ends before the count, and a placeholder stays one
    d = drafts_by_number("Aleppo evacuation\nThe first convoy left Aleppo on Monday, and 300 "
                         "people arrived in Idlib.", PUBLISHED)
    assert not d["300"].quantity.startswith("first_convoy")
    d = drafts_by_number("Boats off Libya\nThe first boat with 130 people on it sank off "
                         "Libya.", PUBLISHED)
    assert not d["130"].quantity.startswith("first_boat.m")
