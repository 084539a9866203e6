"""Forecasts (extract/forecasts.py): a forecast word in the number's clause, a
quotation that opens inside the clause included."""

import datetime as dt

from tests.extract.drafting_support import drafts_by_number

PUBLISHED = dt.date(2018, 8, 25)


def test_a_quotation_opening_inside_the_clause_keeps_its_forecast():
    # was venezuela.departed, against the 400,000 already there: a false disagreement
    d = drafts_by_number("Venezuelans rush into Peru\nSevilla said that “there are already "
                         "400,000” Venezuelans in the country and if they continue arriving, "
                         "there will be “half a million by November.”", PUBLISHED)
    assert d["half a million"].quantity.endswith("_forecast")
    assert not d["400,000"].quantity.endswith("_forecast")
    # near miss: a quotation that opens its own clause, the forecast word before it
    d = drafts_by_number("Floods in Peru\nOfficials will meet. “The floods killed 300 "
                         "people,” the minister said.", PUBLISHED)
    assert not d["300"].quantity.endswith("_forecast")
