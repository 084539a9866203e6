"""How far a place lies from another (extract/distance.py)."""

import datetime as dt

from tests.extract.drafting_support import drafts_by_number

PUBLISHED = dt.date(2016, 12, 26)


def test_a_compass_point_of_two_or_three_words_frames_a_distance():
    # WTNH (holdout688): "about 25 miles (39 kilometers) south-southwest of Puerto
    # Quello" was the quake's depth, against its "depth of 22 miles"
    d = drafts_by_number("The quake struck near the southern tip of Chiloe Island, about 25 "
                         "miles (39 kilometers) south-southwest of Puerto Quello and at a depth "
                         "of 22 miles (35 kilometers).", PUBLISHED)
    assert d["about 25 miles"].quantity == "chiloe_island.distance_from_puerto_quello"
    assert d["22 miles"].quantity == "earthquake.depth"
    # near miss: one compass word still frames it
    d = drafts_by_number("The quake struck Chiloe Island, about 25 miles north of Puerto "
                         "Quello.", PUBLISHED)
    assert d["about 25 miles"].quantity == "chiloe_island.distance_from_puerto_quello"
