"""The quantity of a share (extract/share_names.py)."""

import datetime as dt

from tests.extract.drafting_support import drafts_by_number

PUBLISHED = dt.date(2018, 5, 20)


def test_a_case_fatality_rate_said_after_its_number_is_deaths_over_cases():
    # Peoples Daily (holdout708): "7 deaths with 3.3% case fatality rate" was a
    # placeholder: the words of the rate came after the number
    d = drafts_by_number("In Mubi North, there were 211 cases and 7 deaths with 3.3% case "
                         "fatality rate.", PUBLISHED)
    assert d["3.3%"].quantity == "mubi_north.killed / mubi_north.cases"
    # near miss: a share with other words after it is no fatality rate
    d = drafts_by_number("In Mubi North, 3.3% of the cases were children.", PUBLISHED)
    assert "killed" not in d["3.3%"].quantity


def test_a_positivity_rate_is_of_the_tests():
    # allAfrica (holdout740): "a positivity rate of 56.6 percent, indicating that
    # community transmission remains active" was `liberia.remaining / liberia.population`
    d = drafts_by_number("Mpox in Liberia\n\nLiberia has recorded 2,447 suspected cases. This "
                         "reflects a positivity rate of 56.6 percent, indicating that "
                         "community transmission remains active.", PUBLISHED)
    assert d["56.6 percent"].quantity == "liberia.test_positivity"
    # near miss: a share of the cases is the cases' own
    d = drafts_by_number("Mpox in Liberia\n\nLiberia has recorded 2,447 suspected cases; 57 "
                         "percent of them are in Montserrado.", PUBLISHED)
    assert d["57 percent"].quantity != "liberia.test_positivity"
