"""Levels and lengths a lexicon word names (extract/lengths.py): here the share a
reservoir holds, in a story of reservoirs. Near misses beside each case."""

import datetime as dt

from tests.extract.drafting_support import drafts_by_number

PUBLISHED = dt.date(2025, 2, 1)


def quantity(text: str, number: str) -> str:
    return drafts_by_number(text, PUBLISHED)[number].quantity


def test_a_reservoirs_level_is_the_share_it_holds():
    text = ("Reservoirs in the Ter-Llobregat system have doubled reserves. Levels stand at "
            "almost 34%.")
    assert quantity(text, "almost 34%").endswith(".reservoir_level")
    text = "The reservoirs of Catalonia were at 25% of capacity."
    assert quantity(text, "25%") == "catalonia.reservoir_level"
    text = "More rain in Catalonia kept reservoir levels above 30%."
    assert quantity(text, "above 30%") == "catalonia.reservoir_level"
    # near misses: a share of people in a reservoir story, and levels in no such story
    text = "The reservoirs of Catalonia supply water to 75% of residents."
    assert not quantity(text, "75%").endswith(".reservoir_level")
    text = "Poverty levels in Catalonia stand at 20%."
    assert not quantity(text, "20%").endswith(".reservoir_level")
