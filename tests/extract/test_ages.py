"""Whose age a number is (extract/ages.py, and the names owned.py gives ages)."""

import datetime as dt

from tests.extract.drafting_support import drafts_by_number

PUBLISHED = dt.date(2007, 8, 21)


def test_an_age_is_the_persons_name_without_a_title_an_age_or_a_possessive():
    # Mail & Guardian (holdout792): "Three-year-old Goncagul Akdag" was
    # `three_year_old_goncagul_akdag.age`; Claims Journal (holdout793): "Resident Kelsey
    # Ebinger, 19" was `resident_kelsey_ebinger.age`; gold writers name the person
    d = drafts_by_number("An earthquake hit Dogubeyazit. Three-year-old Goncagul Akdag was "
                         "pulled from the rubble.", PUBLISHED)
    assert d["Three-year-old"].quantity == "goncagul_akdag.age"
    d = drafts_by_number("A fire hit Billings. Resident Kelsey Ebinger, 19, said she left.",
                         PUBLISHED)
    assert d["19"].quantity == "kelsey_ebinger.age"
    d = drafts_by_number("A fire hit Ayvalik. Captain Pierre Marx, 54, died.", PUBLISHED)
    assert d["54"].quantity == "pierre_marx.age"
    # near miss: a name that is a title word only when it opens a name stays a name
    d = drafts_by_number("A fire hit Ayvalik. Among the dead was Elena Captain, 54.", PUBLISHED)
    assert d["54"].quantity == "elena_captain.age"
