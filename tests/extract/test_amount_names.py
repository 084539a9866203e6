"""Names of amounts that are no counts of people (extract/amount_names.py): levels."""

import datetime as dt

from tests.extract.drafting_support import drafts_by_number

PUBLISHED = dt.date(2017, 7, 13)


def test_a_share_of_a_fire_contained_is_the_fires_containment():
    # Spokesman-Review (holdout735): "70 percent contained" was a share of the 4,000
    # the fire drove out (`oroville.displaced / oroville.population`): 2,800 people
    d = drafts_by_number("Fires in California\n\nA fire near Oroville, which drove 4,000 "
                         "people from their homes, was 70 percent contained late Wednesday.",
                         PUBLISHED)
    assert d["70 percent"].quantity == "fire.containment"
    assert d["4,000"].quantity == "oroville.displaced"
    d = drafts_by_number("Fires in California\n\nThe wildfire is 45% contained, officials "
                         "said.", PUBLISHED)
    assert d["45%"].quantity == "wildfire.containment"
    # near miss: a share of people who were contained is no fire's ("70 percent of the
    # evacuees were kept in the shelter")
    d = drafts_by_number("Fires in California\n\nA fire near Oroville drove 4,000 people "
                         "from their homes; 70 percent of them returned on Wednesday.",
                         PUBLISHED)
    assert "containment" not in d["70 percent"].quantity
