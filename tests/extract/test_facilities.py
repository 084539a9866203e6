"""A hospital that speaks reports its own count (extract/facilities.py): never the
district's toll the story gives beside it. Near misses beside each case."""

import datetime as dt

from tests.extract.drafting_support import drafts_by_number

PUBLISHED = dt.date(2019, 6, 19)
DISTRICT = ("Fresh deaths due to AES have been reported in Bihar's Muzaffarpur district, "
            "taking the total number of deaths to 113. The deaths took place at the Shri "
            "Krishna Medical College and Hospital (SKMCH), where 20 fresh cases were brought. ")


def test_a_hospital_that_reports_deaths_reports_its_own():
    d = drafts_by_number(DISTRICT + "The SKMCH has reported 93 deaths so far.", PUBLISHED)
    assert d["113"].quantity == "muzaffarpur.killed"
    assert d["93"].quantity == "skmch.killed"  # 93 of the 113, not the toll again
    d = drafts_by_number("According to hospital management of the Jinnah Postgraduate Medical "
                         "Centre (JPMC), 143 people died in Karachi.", dt.date(2015, 6, 22))
    assert d["143"].quantity == "jinnah_postgraduate_medical_centre.killed"


def test_the_hospital_is_the_last_one_named_and_no_hospital_is_no_facility():
    d = drafts_by_number("In the Kejriwal hospital, two fresh cases were reported. The "
                         "hospital has so far reported 19 deaths in Muzaffarpur.", PUBLISHED)
    assert d["19"].quantity == "kejriwal_hospital.killed"
    # near misses: an acronym the text never gives a hospital's name, and officials
    d = drafts_by_number("The NDMA has reported 93 deaths in Muzaffarpur.", PUBLISHED)
    assert d["93"].quantity == "muzaffarpur.killed"
    d = drafts_by_number("Hospital officials said 25 people died in Larissa.", PUBLISHED)
    assert d["25"].quantity == "larissa.killed"
