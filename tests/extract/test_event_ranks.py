"""Which of its kind an event is (smaller tremors are aftershocks, a warned event the
warning's), and the window a record is counted over (extract/event_ranks.py)."""

import datetime as dt

from factcheck.extract.event_ranks import record_before, record_window
from tests.extract.drafting_support import drafts_by_number

PUBLISHED = dt.date(2013, 8, 20)


def test_a_record_told_at_length_still_has_its_window():
    # "the highest water level on this section of the Songhuajiang river in 15 years"
    # was flood.duration: 15 years against the flood peak's 10 days
    text = ("Floods hit Harbin. As the flood peak passed through Harbin, it recorded the "
            "highest water level on this section of the Songhuajiang river in 15 years.")
    d = drafts_by_number(text, PUBLISHED)
    assert d["15 years"].quantity == "water_level_record.duration"


def test_first_and_most_reach_only_as_far_as_before():
    text = "the first responders who came from the capital arrived in "
    assert record_before(text, 0, len(text)) is None
    text = "the first snowfall of the season in "
    assert record_before(text, 0, len(text)) is not None


def test_the_window_is_named_by_the_thing_ranked():
    assert record_window(" floods ") == "flood_record.duration"
    assert record_window(" water level on this section ") == "water_level_record.duration"
    # near miss: a word of counting ranks no thing
    assert record_window(" number of deaths ") is None


def test_a_separate_or_another_quake_is_not_the_storys():
    # "Yesterday, a separate quake of magnitude 6.6 hit ... Xinjiang" was
    # earthquake.magnitude, against the Jiuzhaigou quake's 7.0
    text = ("A magnitude 7.0 earthquake struck Jiuzhaigou on Tuesday. Yesterday, a separate "
            "quake of magnitude 6.6 hit a remote part of Xinjiang. Another quake of "
            "magnitude 5.1 hit Xinjiang.")
    d = drafts_by_number(text, PUBLISHED)
    assert d["6.6"].quantity == "separate_quake.magnitude"
    assert d["5.1"].quantity == "another_quake.magnitude"
    assert d["7.0"].quantity == "earthquake.magnitude"


def test_the_quake_a_series_began_with_is_the_first_of_them():
    # "The series of earthquakes began ... when a 5.1-magnitude earthquake struck" was
    # earthquake.magnitude, against the strongest two of 5.7: a false disagreement
    text = ("A series of moderate earthquakes struck the border region on Sunday. The series "
            "of earthquakes began at 6.37 p.m. local time when a 5.1-magnitude earthquake "
            "struck west of Assab. The strongest was a 5.7-magnitude earthquake.")
    d = drafts_by_number(text, PUBLISHED)
    assert d["5.1"].quantity == "first_earthquake.magnitude"
    assert d["5.7"].quantity == "earthquake.magnitude"
    # near miss: a series whose quake is told with no "began ... when"
    text = ("A series of moderate earthquakes struck the border region on Sunday, and a "
            "5.1-magnitude earthquake struck west of Assab.")
    assert drafts_by_number(text, PUBLISHED)["5.1"].quantity == "earthquake.magnitude"


def test_a_day_a_warning_runs_to_is_the_warnings():
    # "Hydrologists extended yellow warning for floods until Friday" was flood.end,
    # against "the flush flood Tuesday night": an error (an end before its start)
    d = drafts_by_number("Floods hit Iasi. The flash flood struck on Tuesday night. "
                         "Hydrologists extended yellow warning for floods until Friday.",
                         PUBLISHED)
    assert d["Friday"].quantity == "flood_warning.end"
    assert d["on Tuesday night"].quantity == "flood.start"
    # near miss: the floods themselves running to a day end then
    d = drafts_by_number("Floods hit Iasi on Tuesday. The floods lasted until Friday.",
                         PUBLISHED)
    assert d["Friday"].quantity == "flood.end"


QUAKE = "A 6.5-magnitude earthquake hit Pishan on Friday. "


def test_smaller_tremors_are_aftershocks():
    # "smaller tremors measuring between 3.0 and 4.6" was earthquake.magnitude: 6.5
    # against 3.0 to 4.6, a false disagreement
    d = drafts_by_number(QUAKE + "Shortly after the quake, the area was hit by smaller "
                         "tremors measuring between 3.0 and 4.6 magnitude, the center said.",
                         PUBLISHED)
    assert d["between 3.0 and 4.6"].quantity == "aftershock.magnitude"
    # near miss: the quake itself told again
    d = drafts_by_number(QUAKE + "The tremor measured 6.5 magnitude, the center said.",
                         PUBLISHED)
    assert d["6.5"].quantity == "earthquake.magnitude"


def test_an_event_in_a_neighbouring_place_is_another_one():
    # China Plus (holdout683): "On Tuesday, a landslide hit a village in neighboring Yunnan
    # Province" was the Guizhou landslide's start, a day after its Monday
    d = drafts_by_number("The toll rose to 17 after a landslide at Nayong county in Guizhou "
                         "Province Monday morning. On Tuesday, a landslide hit a village in "
                         "neighboring Yunnan Province, leaving three people dead.",
                         dt.date(2017, 8, 29))
    assert d["Monday morning"].quantity == "landslide.start"
    assert d["On Tuesday"].quantity == "yunnan_landslide.start"
    # near miss: the story's own landslide, told in its own place
    d = drafts_by_number("On Tuesday, a landslide hit a village in Yunnan Province, leaving "
                         "three people dead.", dt.date(2017, 8, 29))
    assert d["On Tuesday"].quantity == "landslide.start"


def test_a_lag_after_something_else_is_no_aftermath_of_the_event():
    # AP on UNICEF's page (holdout802): "came a day after foreign shortwave radio
    # stations ... broadcast news" was `cyclone_aftermath.duration`, against "One week
    # after a deadly cyclone swept through"
    d = drafts_by_number("A cyclone hit Rakhine. One week after a deadly cyclone swept through "
                         "northwestern Myanmar, the state media reported it for the first time "
                         "Saturday. The reports of the May 19 storm in Myanmar's western "
                         "Rakhine State came a day after foreign shortwave radio stations, "
                         "widely listened to in military-ruled Myanmar, broadcast news of the "
                         "tragedy.", PUBLISHED)
    assert d["One week"].quantity == "cyclone_aftermath.duration"
    assert d["a day"].quantity.startswith("unnamed_")
