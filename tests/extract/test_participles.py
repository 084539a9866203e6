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
