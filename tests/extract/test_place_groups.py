"""The place a count points back to by a kind or a group of places
(extract/place_groups.py)."""

import datetime as dt

from tests.extract.drafting_support import drafts_by_number

PUBLISHED = dt.date(2024, 7, 7)


def test_a_count_over_districts_is_the_main_places_that_the_text_calls_a_state():
    # Pratidin Time (holdout790): "24,20,722 people have been affected across 30
    # districts" in a story of Assam was `p_30_districts.affected`
    d = drafts_by_number("Floods hit Assam. The Assam State Disaster Management Authority "
                         "said a total of 24,20,722 people have been affected across 30 "
                         "districts.", PUBLISHED)
    assert d["24,20,722"].quantity == "assam.affected"
    assert d["30"].quantity == "assam.districts_affected"
    # near misses: a main place the text never calls a state may be one of the
    # districts (Cumilla among Bangladesh's 11), and states stay their group's (the
    # worst hit of them may be the story's main place)
    d = drafts_by_number("Floods hit Cumilla. Floods in 11 districts killed 40 people. In "
                         "Cumilla, 20 died.", PUBLISHED)
    assert not d["40"].quantity.startswith("cumilla.")
    d = drafts_by_number("Storms kill dozens\n\nStorms in eight states over the weekend killed "
                         "at least 27 people. The worst hit was Tennessee, where 23 people "
                         "died.", PUBLISHED)
    assert d["at least 27"].quantity == "eight_states.killed"
