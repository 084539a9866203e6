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


def test_a_percent_change_is_no_share_of_people():
    # The UB Post (holdout785): "a 64.2 percent increase compared to last year" was
    # `mandal.affected / mandal.population`, at odds with Mandal's 197 people
    d = drafts_by_number("Two wildfires burn in Mandal soum. As of August 7, 179 wildfires "
                         "affected a total of 171,907 hectares of land throughout the nation, "
                         "a 64.2 percent increase compared to last year.", PUBLISHED)
    assert "population" not in d["64.2 percent"].quantity
    # Kazinform (holdout804): "came to 1,385 ..., up 29 percent from the same period
    # last year" was `south_korea.killed / south_korea.population`
    d = drafts_by_number("Heat hit South Korea. Patients came to 1,385 between May 20 and "
                         "Wednesday, up 29 percent from the same period last year.", PUBLISHED)
    assert "population" not in d["29 percent"].quantity
    # near miss: a share that falls ill is a share of the people
    d = drafts_by_number("Cholera hit Mandal. In Mandal, 20 percent of residents fell ill.",
                         PUBLISHED)
    assert d["20 percent"].quantity.endswith("population")


def test_a_compass_half_is_a_part_of_the_land_no_share_of_its_people():
    # dernachrichtenchannel (holdout783): "700,000 Palestinians in the northern half of
    # the crowded coastal territory" drafted "half" as `gaza.departed / gaza.population`,
    # an error against Gaza's "more than two million"
    d = drafts_by_number("Gaza has more than two million people. About 700,000 Palestinians "
                         "in the northern half of Gaza have fled south, the UN said.", PUBLISHED)
    assert "population" not in d["half"].quantity
    # near miss: half of a place's people is their share
    d = drafts_by_number("Gaza has more than two million people. About half of Gaza's people "
                         "have fled south, the UN said.", PUBLISHED)
    assert d["About half"].quantity == "gaza.departed / gaza.population"
