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


def test_may_plans_and_preparations_are_forecasts_a_past_chance_and_the_month_are_not():
    assert drafts("Officials in Mwanza fear that the toll may go over 200.")["over 200"] \
        .quantity.endswith("killed_forecast")
    assert drafts("Thousands more people in Queensland are preparing to evacuate their "
                  "homes.")["Thousands"].quantity.endswith("_forecast")
    # near misses: "may have died" estimates the past; "May" is a month; a modal of
    # another noun's relative clause says nothing of the count
    assert not drafts("Scientists said between 540 and 760 people in England may have died."
                      )["between 540 and 760"].quantity.endswith("_forecast")
    assert not drafts("Nearly 50 people died in May this year in Afghanistan.")["Nearly 50"] \
        .quantity.endswith("_forecast")
    d = drafts("Rescuers raced to reach more than 200 miners trapped underground in Turkey "
               "following an explosion that may be the worst in its history.")
    assert not d["more than 200"].quantity.endswith("_forecast")


def test_a_toll_that_may_rise_because_of_a_count_leaves_the_count_a_fact():
    # the rise is the toll's; the number the reason gives is a count of now
    d = drafts("The death figures could go up as we sent 70 critically injured persons "
               "to the hospital at Rangpur.")
    assert not d["70"].quantity.endswith("_forecast")
    d = drafts("In Isabela, there were fears the death toll would rise with three "
               "fishermen reported missing.")
    assert d["three"].quantity == "isabela.missing"
    d = drafts("In Ecuador, he confirmed 350 deaths and 2,068 injured and said he feared "
               "those figures would increase.")
    assert d["2,068"].quantity == "ecuador.injured"
    # a state guessed now: "could still be trapped", "feared to have drowned"
    d = drafts("Police estimate hundreds could still be trapped in Stilfontein.")
    assert d["hundreds"].quantity == "stilfontein.trapped"
    # near misses: what the toll may reach, what people may be forced to do
    d = drafts("In Ecuador, the death toll could rise to 500.")
    assert d["500"].quantity == "ecuador.killed_forecast"
    d = drafts("The UN fears up to 5 million people could be forced to flee Ukraine.")
    assert d["up to 5 million"].quantity.endswith("_forecast")
