"""A rate said after the verb, in the number's own clause ("arrive in Dadaab every
day", "migrate daily") makes a flow of people daily or weekly, as one said before
the number does; a rate of another clause does not."""

import datetime as dt

from tests.extract.drafting_support import drafts_by_number

PUBLISHED = dt.date(2011, 7, 22)
TITLE = "Somalia famine\n"


def quantity(body: str, number: str) -> str:
    return drafts_by_number(TITLE + body, PUBLISHED)[number].quantity


def test_a_rate_after_the_verb_makes_the_flow_daily_or_weekly():
    # (the refugees' origin, the story's Somalia, is the subject: a flight's origin)
    assert quantity("About 2,000 refugees arrive in Dadaab every day.",
                    "About 2,000") == "somalia.departed_daily"
    assert quantity("Scores of people migrate daily from Somalia.",
                    "Scores") == "somalia.departed_daily"
    assert quantity("About 9,000 refugees arrive in Dadaab each week.",
                    "About 9,000") == "somalia.departed_weekly"


def test_near_miss_a_rate_of_another_clause():
    # "and" opens another clause: the food, not the refugees, comes every day
    assert quantity("About 2,000 refugees arrived in Dadaab, and food comes "
                    "every day.", "About 2,000") in ("dadaab.arrived", "somalia.departed")


def test_moved_to_safe_areas_is_evacuated():
    assert quantity("Authorities in Sindh moved 20,000 people to safe areas.",
                    "20,000") == "sindh.evacuated"
