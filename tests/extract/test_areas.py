"""The area a number measures as burned or flooded (extract/areas.py)."""

import datetime as dt

from tests.extract.drafting_support import drafts_by_number

PUBLISHED = dt.date(2021, 6, 22)


def test_an_area_the_fire_has_grown_to_is_burned():
    # Global News (holdout793): "Alberta Wildfire said it had grown to 75 hectares" and
    # "the provincial status map showed it had grown even further to 125 hectares" were
    # placeholders, though the fire's other sizes were its `area_burned`
    d = drafts_by_number("A wildfire burns near Evansburg. By 7 p.m., Alberta Wildfire said it "
                         "had grown to 75 hectares. An hour later, the provincial status map "
                         "showed it had grown even further to 125 hectares.", PUBLISHED)
    assert d["75 hectares"].quantity == "evansburg.area_burned"
    assert d["125 hectares"].quantity == "evansburg.area_burned"
    # near miss: what grows in a story of no fire burned nothing
    d = drafts_by_number("Floods hit Evansburg. The lake rose overnight. By morning it had "
                         "grown to 40 hectares.", PUBLISHED)
    assert d["40 hectares"].quantity != "evansburg.area_burned"


def test_an_area_a_fire_is_estimated_at_is_burned():
    # Claims Journal (holdout793): "The fire, estimated at 1,000 acres and growing" was
    # a placeholder
    d = drafts_by_number("A fire burns near Billings. The fire, estimated at 1,000 acres and "
                         "growing Monday morning, forced evacuations.", PUBLISHED)
    assert d["estimated at 1,000 acres"].quantity == "billings.area_burned"
