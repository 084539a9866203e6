"""A relative clause with a verb of its own says what happened or holds, whatever
modal comes before it in the sentence ("could be as deadly as a 2010 heat event which
killed 106"); a count of another year's event named just before is that event's.
Near misses: a forecast word that governs the number stays a forecast."""

import datetime as dt

from tests.extract.drafting_support import drafts_by_number

PUBLISHED = dt.date(2018, 7, 5)


def drafts(text: str) -> dict:
    return drafts_by_number(text, PUBLISHED)


def test_a_past_event_in_a_relative_clause_is_no_forecast_and_is_that_events():
    d = drafts("In Montreal, where 28 of those deaths were reported, there is concern that "
               "this heat wave could be as deadly as a 2010 extreme heat event which "
               "killed 106.")
    assert d["106"].quantity == "heatwave_2010.killed"
    assert d["28"].quantity == "montreal.killed"  # not the same quantity as 106


def test_a_number_with_its_own_present_verb_is_no_forecast():
    d = drafts("The Coast Guard said it would provide details on the search for 38 people "
               "who remain missing.")
    assert not d["38"].quantity.endswith("_forecast")
    assert d["38"].quantity.endswith(".missing")


def test_a_modal_that_governs_the_number_stays_a_forecast():
    d = drafts("Officials in Montreal said up to 5,000 people could flee the city.")
    assert d["up to 5,000"].quantity == "montreal.departed_forecast"
    # near miss: the relative clause's own verb is a modal
    d = drafts("In Montreal, officials warned of 4,000 people who could flee.")
    assert d["4,000"].quantity.endswith("_forecast")


def test_a_year_before_an_adjective_still_dates_the_event():
    d = drafts("The heat wave in Quebec could be worse than a 2010 extreme heat event "
               "that killed 106.")
    assert d["106"].quantity == "heatwave_2010.killed"
    # near miss: a determiner between the year and the event word breaks the link
    d = drafts("Since 2010 the heat wave has killed 106 in Quebec.")
    assert d["106"].quantity != "heatwave_2010.killed"


def test_feared_dead_or_buried_is_presumed_now_not_a_forecast():
    d = drafts("In the Philippines, 69 people died and dozens more were feared buried.")
    assert not d["dozens"].quantity.endswith("_forecast")
    d = drafts_by_number("Indonesian officials fear 5,000 missing in Palu.", PUBLISHED)
    assert d["5,000"].quantity == "palu.missing"
    # near miss: a fear of what may come stays a forecast
    d = drafts("Officials in Montreal fear 5,000 people could flee.")
    assert d["5,000"].quantity.endswith("_forecast")
