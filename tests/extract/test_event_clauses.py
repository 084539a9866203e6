"""Where a date stands to its event (extract/event_clauses.py): a forecast
aftershock's magnitude is a forecast, a storm that sweeps a place began that day, a
day of work or of another place is no start of the story's event."""

import datetime as dt

from tests.extract.drafting_support import drafts_by_number

PUBLISHED = dt.date(2015, 7, 4)
QUAKE = "A 6.5-magnitude earthquake hit Pishan on Friday. "


def drafts(text: str) -> dict:
    return drafts_by_number(QUAKE + text, PUBLISHED)


def test_a_magnitude_an_aftershock_may_reach_is_a_forecast():
    d = drafts("Jiang said the quake is not likely to trigger an aftershock with a "
               "magnitude higher than 6.5.")
    assert d["higher than 6.5"].quantity == "aftershock.magnitude_forecast"
    # near misses: the forecast word after the number, or of another thing
    d = drafts_by_number("A 6.5-magnitude quake that could be felt in Kashgar hit Pishan.",
                         PUBLISHED)
    assert d["6.5"].quantity == "earthquake.magnitude"
    d = drafts_by_number("The death toll could rise from Pishan's magnitude 6.5 "
                         "earthquake.", PUBLISHED)
    assert d["6.5"].quantity == "earthquake.magnitude"


def story(text: str) -> dict:
    return drafts_by_number("update\n" + text, PUBLISHED)


def test_a_storm_that_sweeps_or_devastates_a_place_began_that_day():
    # both were unnamed: gold writers name them the storm's start
    d = story("Tropical cyclone Erica, which on Friday devastated the French Pacific "
              "territory of New Caledonia, may have left up to 3,500 homeless.")
    assert d["on Friday"].quantity == "storm.start"
    d = story("The storm shredded the annual Pukkelpop festival on Thursday evening.")
    assert d["on Thursday evening"].quantity.endswith(".start")
    assert story("Floods swept through the town on Wednesday evening.")[
        "on Wednesday evening"].quantity == "flood.start"
    # "plowed through" was unnamed; "plowed into" was read
    d = story("Hurricane Marilyn plowed through the U.S. Virgin Islands on Saturday, killing "
              "8 people.")
    assert d["on Saturday"].quantity == "marilyn.start"
    assert story("The storm barrelled through the state on Monday.")[
        "on Monday"].quantity == "storm.start"


def test_a_place_left_devastated_is_not_the_day_of_the_event():
    # near misses: the participle is an adjective of the place, the day someone's
    d = story("Relief workers ventured back into the devastated town of Gizo Tuesday "
              "after the tsunami killed 12 people.")
    assert d["Tuesday"].quantity.startswith("unnamed_")
    d = story("Aid reached the storm-ravaged coast on Monday after the cyclone killed 12.")
    assert d["on Monday"].quantity.startswith("unnamed_")
    # "that" is a relative, and "Chata'an" ends in no article
    assert story("A brush fire that started Thursday morning in Waikapu grew fast.")[
        "Thursday morning"].quantity == "wildfire.start"
    d = story("Heavy rains associated with Typhoon Chata'an battered Chuuk last week.")
    assert not d["last week"].quantity.startswith("unnamed_")


def test_weather_dated_right_after_its_noun_began_that_day():
    # all three were unnamed: gold writers name the date the rain's, flood's or storm's
    # start when it stands right after the noun (20 times of 22 in the gold set)
    d = story("Because of torrential rains on Saturday, 300 people fled.")
    assert d["on Saturday"].quantity == "rains.start"
    assert story("Homes collapsed due to heavy rains on Saturday.")[
        "on Saturday"].quantity == "rains.start"
    assert story("The rains combined to cause a massive flash flood on Sunday.")[
        "on Sunday"].quantity == "flood.start"
    assert story("Heavy storms on Monday afternoon flooded the town.")[
        "on Monday afternoon"].quantity == "storm.start"
    assert story("The town was hit by a freak flood early on Wednesday.")[
        "on Wednesday"].quantity == "flood.start"


def test_weather_with_words_before_its_date_keeps_no_start():
    # near misses: the day of a reading, and a forecast's day
    d = story("The storm was 200 km off the coast on Tuesday.")
    assert d["on Tuesday"].quantity.startswith("unnamed_")
    d = story("Forecasters said the storm would bring heavy rains on Monday.")
    assert d["on Monday"].quantity == "rains.start_forecast"


def test_a_time_not_after_the_event_is_no_start_of_it():
    # "this weekend" was the quake's start against its Saturday
    d = story("A 6.8 earthquake shook Machala on Saturday. The city normally bustles. But "
              "not this weekend, not after the deadly quake.")
    assert d["this weekend"].quantity.startswith("unnamed_")


def test_the_day_people_began_to_work_is_no_start_of_the_event():
    # "Saturday" was the tornado's start against its Friday evening
    d = story("Destruction from a powerful tornado that ripped through a Kansas community "
              "will take years to recover from, a local official said, as residents began "
              "Saturday to assess the damage to their homes and businesses.")
    assert d["Saturday"].quantity.startswith("unnamed_")
    # near miss: the event's own beginning
    assert story("The rains began Saturday in the hills.")["Saturday"].quantity == \
        "rains.start"



def test_the_end_of_a_window_from_one_day_to_the_next_is_no_start():
    # "Sunday" was the tornadoes' start against "April 14" (a Saturday)
    d = story("The tornadoes hit during a 24-hour period from 7 a.m. Saturday to 7 a.m. "
              "Sunday after forecasters warned of a high risk.")
    assert d["Sunday"].quantity.startswith("unnamed_")
    # near miss: a range read whole keeps its event
    assert story("The storm hit from Saturday to Sunday.")["from Saturday to Sunday"] \
        .quantity == "storm.start"


def test_weather_dated_in_another_place_is_no_start_of_the_storys():
    # "on Saturday" was the story's rains' start against Yinchuan's Sunday: a false
    # disagreement; the rain of Lanzhou is Lanzhou's
    d = drafts_by_number("Heaviest downpours in decades hit Yinchuan\nThe heaviest "
                         "downpours in six decades have hit Yinchuan since Sunday, authorities "
                         "said. Floods also hit the city of Lanzhou. Because of torrential "
                         "rains on Saturday, Lanzhou saw the "
                         "largest flood in decades.", PUBLISHED)
    assert d["on Saturday"].quantity != "rains.start"


def test_a_day_as_of_which_things_stood_is_no_start():
    # "As of shortly after 10 a.m. Monday, ... following the quake" made Monday the
    # quake's start, against Sunday
    d = drafts_by_number("update\nNapa officials announced Monday morning that 49 buildings "
                         "were damaged by Sunday morning's 6.0-magnitude earthquake. As of "
                         "shortly after 10 a.m. Monday, only 10 PG&E customers remained without "
                         "power, down from 70,000 in the hours immediately following the quake, "
                         "Mike Parness said.", dt.date(2014, 8, 26))
    assert not any(v.quantity == "earthquake.start" for v in d.values())
    assert d["10"].as_of == "2014-08-25"  # near the hour: the day alone
    assert d["70,000"].quantity == "napa.without_power_previous_count"  # (past "10 a.m.")


def test_a_day_with_its_s_owns_the_event_past_one_adjective():
    # was a placeholder: "Saturday’s" with an adjective before the storm named no event
    d = story("Saturday’s heavy storm killed 42 people on the island.")
    assert d["Saturday’s"].quantity == "storm.start"
    # near misses: no 's, the adjective between is a clause's ("Saturday, heavy")
    d = story("On Saturday heavy storm damage closed 12 roads.")
    assert d["On Saturday"].quantity != "storm.start"


def test_a_day_since_which_the_rain_fell_is_no_start_of_the_landslide():
    # "since last night" was the landslide's start, against "on Sunday": a disagreement
    d = story("A major landslide in Darjeeling was triggered by heavy rainfall since "
              "yesterday, Lepcha said.")
    assert d["yesterday"].quantity.startswith("unnamed_")
    # near miss: a day since which the landslide itself went on
    d = story("A major landslide in Darjeeling has blocked the road since yesterday.")
    assert d["yesterday"].quantity == "landslide.start"


def test_a_day_of_volcano_experts_is_no_start_of_the_eruption():
    # "met ... volcano experts later on Tuesday" was the eruption's start, against its
    # Monday (Expatica, El Hierro 2011): "volcano" names the experts' field
    text = ("An underwater volcanic eruption has prompted the authorities to evacuate about "
            "500 people, officials said Tuesday. Spanish Prime Minister Jose Luis Rodriguez "
            "Zapatero met with several ministers, including Defence Minister Carmen Chacon, "
            "and volcano experts later on Tuesday to analyse the situation, his office said.")
    assert story(text)["on Tuesday"].quantity.startswith("unnamed_")
    # near miss: the experts tell of the volcano itself, which erupted that day
    d = story("Volcano experts said the volcano erupted on Tuesday.")
    assert d["on Tuesday"].quantity == "eruption.start"


def test_a_day_opening_the_sentence_dates_the_war_its_cue_starts():
    # "On 13 April, armed clashes broke out": the comma after the opening day broke
    # the cue from it, and the day was unnamed (Borkena, Alamata 2024)
    assert story("On 13 April, armed clashes broke out in Alamata.")["13 April"].quantity \
        == "conflict.start"
    # near miss: a day inside the sentence, a comma and another clause between
    d = story("Aid arrived on 13 April, and armed clashes broke out in Alamata.")
    assert d["13 April"].quantity != "conflict.start"


def test_the_day_a_toll_reached_a_figure_is_no_start_of_the_quakes():
    # "The toll from two earthquakes ... reached at least 30 dead and 250 injured
    # Monday" started the quakes on Monday, against their Sunday evening (AP, Tipasa)
    d = story("The toll from two earthquakes in Algeria reached at least 30 dead and 250 "
              "injured Monday, civil defense officials reported. The temblors struck 12 "
              "minutes apart Sunday evening.")
    assert not d["Monday"].quantity.startswith("earthquake.")
    assert d["Sunday evening"].quantity == "earthquake.start"
    # near miss: the quake's own verb before the day
    assert story("An earthquake hit Tipasa on Monday.")["on Monday"].quantity \
        == "earthquake.start"


def test_a_day_rescuers_acted_after_the_event_is_not_its_start():
    # CBS (Aiquile, 1998): "Rescue workers ferried victims from remote mountain areas
    # Saturday after powerful earthquakes rolled over the countryside" was the quakes'
    # start, against Friday's quakes (a false disagreement)
    d = drafts_by_number("Rescue workers ferried victims from remote mountain areas Saturday "
                         "after powerful earthquakes rolled over central Bolivia.",
                         dt.date(1998, 5, 23))
    assert not d["Saturday"].quantity.endswith(".start")
    # near miss: what the quake did that day is dated by it
    d = drafts_by_number("Homes collapsed on Saturday after powerful earthquakes rolled over "
                         "central Bolivia.", dt.date(1998, 5, 23))
    assert d["on Saturday"].quantity == "earthquake.start"


def test_a_day_an_event_went_on_is_not_its_start():
    # China Gate (Tottori): "As the tremors continue to rumble on Saturday" was the quake's
    # start, against Friday's quake (a false disagreement)
    d = drafts_by_number("As the tremors continue to rumble on Saturday, more than 160 houses "
                         "have been partially destroyed around Kurayoshi.", dt.date(2016, 10, 22))
    assert not d["on Saturday"].quantity.endswith(".start")
    # near miss: the day the tremors struck
    d = drafts_by_number("The tremors struck Tottori on Friday.", dt.date(2016, 10, 22))
    assert d["on Friday"].quantity == "earthquake.start"
