"""Windows of a count (extract/periods.py): the peak a count reached is a quantity of
its own, `_peak`, never a rival of the count of then."""

import datetime as dt

from tests.extract.drafting_support import drafts_by_number

PUBLISHED = dt.date(2026, 1, 26)


def quantity(text: str, number: str) -> str:
    return drafts_by_number(text, PUBLISHED)[number].quantity


def test_a_peak_is_its_own_quantity():
    # "hundreds of thousands ... without electricity" against "a peak exceeding 1
    # million": a false disagreement (holdout535)
    text = ("In Tennessee, more than 879,000 people remained without power, down from a peak "
            "exceeding 1 million earlier in the day.")
    assert quantity(text, "more than 879,000") == "tennessee.without_power"
    assert quantity(text, "exceeding 1 million") == "tennessee.without_power_peak"
    assert quantity("In Tennessee, outages peaked at more than 1 million customers.",
                    "more than 1 million") == "tennessee.customers_peak"
    # near miss: a peak of something else before the count's clause is no peak of it
    assert quantity("After the peak of the flood, 2,000 people fled Tennessee.",
                    "2,000") == "tennessee.departed"
