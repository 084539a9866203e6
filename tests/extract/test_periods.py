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


def test_a_mean_a_count_is_compared_against_is_its_norm():
    # The Age: "980 people had died during the week compared to a mean of 606 deaths for
    # the previous five years" drew 606 against the heatwave's "about 374" deaths
    d = drafts_by_number("A heatwave hit Victoria. Dr John Carnie revealed 980 people had "
                         "died in Victoria during the week compared to a mean of 606 deaths "
                         "for the previous five years.", dt.date(2009, 2, 9))
    assert d["606"].quantity == "victoria.killed_normal"
    assert d["980"].quantity == "victoria.killed"
    # near miss: an average that is the count itself, compared with nothing
    d = drafts_by_number("An average of 1,000 people arrive in Mogadishu every day.",
                         dt.date(2009, 2, 9))
    assert not d["1,000"].quantity.endswith("_normal")
