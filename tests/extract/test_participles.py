"""A participle by a number says which people are counted only when no other
clause's verb comes between: "people evacuated ... were housed" are the sheltered,
"11 perished while scores were injured" are the dead."""

from __future__ import annotations

import datetime as dt

from tests.extract.drafting_support import drafts_by_number

PUBLISHED = dt.date(2019, 10, 6)


def test_a_verb_of_the_number_before_another_clause_is_its_own():
    d = drafts_by_number("11 people perished while scores were injured following a head on "
                         "collision in Kwekwe.", PUBLISHED)
    assert d["11"].quantity == "kwekwe.killed"
    d = drafts_by_number("Five people drowned but dozens were rescued in Kwekwe.", PUBLISHED)
    assert d["Five"].quantity == "kwekwe.killed"


def test_near_miss_a_reduced_relative_takes_the_clauses_verb():
    d = drafts_by_number("33,372 people evacuated from villages were housed in 305 relief "
                         "camps in Assam.", PUBLISHED)
    assert d["33,372"].quantity == "assam.sheltered"


def test_the_whole_of_a_partitive_keeps_its_own_participle():
    # the verb is the part's: nearly half returned, the 127,000 are the displaced
    d = drafts_by_number("The UN refugee agency says nearly half of the 127,000 internally "
                         "displaced people in Georgia have returned home.", PUBLISHED)
    assert d["127,000"].quantity == "georgia.internally_displaced"
    assert d["nearly half"].quantity == "georgia.returned / georgia.internally_displaced"
    # near miss: a share of residents is a share of the population
    d = drafts_by_number("About 40 percent of the 2,000 residents of Kalo have fled.",
                         PUBLISHED)
    assert d["About 40 percent"].quantity == "kalo.departed / kalo.population"


def test_people_a_verb_acts_on_are_its_count_whatever_their_participle():
    # "Rescuers rescued nine people trapped under the debris" was the trapped, against
    # "12 more people were feared trapped" (Hindustan Times, Bhiwandi 2020)
    d = drafts_by_number("Rescuers rescued nine people trapped under the debris.",
                         dt.date(2020, 9, 22))
    assert d["nine"].quantity.endswith(".rescued")
    # near miss: no verb before the count: the participle says what they are
    d = drafts_by_number("Twelve people remain trapped under the debris.", dt.date(2020, 9, 22))
    assert d["Twelve"].quantity.endswith(".trapped")


def test_people_someone_managed_to_rescue_are_the_rescued():
    # "managed to rescue nine people who were trapped under the debris" were the
    # trapped, against "12 more people were feared trapped" (Hindustan Times, Bhiwandi)
    d = drafts_by_number("The rescue team managed to rescue nine people who were trapped "
                         "under the debris.", dt.date(2020, 9, 22))
    assert d["nine"].quantity.endswith(".rescued")
    # near miss: an effort to rescue is no rescue done
    d = drafts_by_number("Efforts to rescue 20 trapped miners continued.", dt.date(2020, 9, 22))
    assert not d["20"].quantity.endswith(".rescued")
