"""Levels and lengths a lexicon word names (extract/lengths.py): here the share a
reservoir holds, in a story of reservoirs. Near misses beside each case."""

import datetime as dt

from tests.extract.drafting_support import drafts_by_number

PUBLISHED = dt.date(2025, 2, 1)


def quantity(text: str, number: str) -> str:
    return drafts_by_number(text, PUBLISHED)[number].quantity


def test_a_reservoirs_level_is_the_share_it_holds():
    text = ("Reservoirs in the Ter-Llobregat system have doubled reserves. Levels stand at "
            "almost 34%.")
    assert quantity(text, "almost 34%").endswith(".reservoir_level")
    text = "The reservoirs of Catalonia were at 25% of capacity."
    assert quantity(text, "25%") == "catalonia.reservoir_level"
    text = "More rain in Catalonia kept reservoir levels above 30%."
    assert quantity(text, "above 30%") == "catalonia.reservoir_level"
    # near misses: a share of people in a reservoir story, and levels in no such story
    text = "The reservoirs of Catalonia supply water to 75% of residents."
    assert not quantity(text, "75%").endswith(".reservoir_level")
    text = "Poverty levels in Catalonia stand at 20%."
    assert not quantity(text, "20%").endswith(".reservoir_level")


def test_a_length_below_or_deep_is_a_quakes_depth_only_beside_the_quake():
    text = ("The earthquake struck Bohol at 8:12 a.m. and was centered about 33 kilometers "
            "(20 miles) below Carmen City in Bohol.")
    assert drafts_by_number(text, PUBLISHED)["about 33 kilometers"].quantity \
        == "earthquake.depth"
    # near misses: water deep in a quake's story, a wave deep in a tsunami's
    text = "The earthquake struck Bohol. Floodwaters were 2 metres deep in Carmen."
    assert drafts_by_number(text, PUBLISHED)["2 metres"].quantity == "carmen.water_level"
    text = "The tsunami reached Hokkaido, but the wave was only about two feet high there."
    assert not drafts_by_number(text, PUBLISHED)["about two feet"].quantity.endswith(".depth")


def test_two_aftershocks_joined_by_and_are_two_events():
    d = drafts_by_number("A 7.5 quake hit Papua New Guinea. Two strong aftershocks also shook "
                         "the region, measuring 6.0 and 6.3.", dt.date(2018, 2, 27))
    assert d["6.0"].quantity == "aftershock.magnitude"
    assert d["6.3"].quantity == "second_aftershock.magnitude"  # no second reading of one
    # near miss: one quake read by two agencies stays one quake's magnitude
    d = drafts_by_number("The quake was put at magnitude 7.0 by Indonesian authorities and a "
                         "6.9 by the USGS.", dt.date(2018, 2, 27))
    assert d["6.9"].quantity == "earthquake.magnitude"


def test_a_levels_rise_told_by_its_noun_after_is_the_change():
    # "95.14 meters, a 6 centimeter rise from yesterday": 95.14 m is the level, 6 cm how
    # far it rose (two levels 95.14 m and 6 cm would be a false contradiction)
    text = ("The water level in the reservoir at Costesti is 95.14 meters, a 6 centimeter "
            "rise from yesterday.")
    assert quantity(text, "95.14 meters") == "costesti.water_level"
    assert quantity(text, "6 centimeter") == "costesti.water_level_rise"
    text = "The water level at Costesti is 95 meters, a 20 centimeter drop since Monday."
    assert quantity(text, "20 centimeter") == "costesti.water_level_drop"
    # near miss: a level with no change word after it
    assert quantity("The water level at Costesti is 95 meters, officials said.", "95 meters") \
        == "costesti.water_level"


def test_a_quake_told_anew_on_a_later_day_is_an_aftershock():
    text = ("An earthquake was recorded on Jan. 5 at 23:31, 11 km southwest of the Pirgulu "
            "station. A magnitude 3 earthquake was recorded on Jan. 6 at 02:34, 8 km "
            "southwest of the Pirgulu station.")
    d = drafts_by_number(text, PUBLISHED)
    assert d["Jan. 5"].quantity == "earthquake.start"  # (a passive "recorded" is no speech)
    assert d["11 km"].quantity == "earthquake.distance_from_pirgulu"
    assert d["Jan. 6"].quantity == "aftershock.start"
    assert d["8 km"].quantity == "aftershock.distance_from_pirgulu"
    assert d["3"].quantity == "aftershock.magnitude"
    # near miss: the same quake told again on its own day is the story's quake
    text = ("An earthquake struck on Jan. 5, killing 3 in Pirgulu. A strong earthquake "
            "struck on Jan. 5, 11 km southwest of Pirgulu.")
    assert drafts_by_number(text, PUBLISHED)["11 km"].quantity.startswith("earthquake.")


def test_a_quake_told_anew_reads_a_bounded_number_of_quakes_before_it(monkeypatch):
    # a text of 500 quakes: each label looks back at ten introductions, not all of them
    from factcheck.extract import event_ranks
    from factcheck.extract.lexicon import Hit

    text = "An earthquake struck. " * 500
    calls = []
    monkeypatch.setattr(event_ranks, "_intro_day", lambda t, s, m: calls.append(s) or 1)
    last = text.rindex("earthquake")
    event = Hit(last, last + len("earthquake"), "events", "earthquake")
    assert not event_ranks._told_anew_later(text, event, ())
    assert len(calls) == 1 + event_ranks.QUAKES_BACK


def test_kilometres_beside_rain_are_no_rainfall():
    d = drafts_by_number("We have certainly got the wind gusts of a about 140km and very heavy "
                         "rain. Up to 250 millimetres of rain fell.", PUBLISHED)
    assert not d["about 140km"].quantity.endswith(".rainfall")
    assert d["Up to 250 millimetres"].quantity.endswith(".rainfall")


def test_winds_to_come_are_a_forecast_of_their_own():
    text = ("The typhoon battered the island with wind speeds between 100 mph and 120 mph. "
            "Residents were expecting it to pass with maybe 80-mph winds.")
    assert quantity(text, "80-mph").endswith(".wind_speed_forecast")
    # near miss: winds it brought are its wind speed
    assert quantity(text, "between 100 mph and 120 mph").endswith(".wind_speed")
    text = ("The storm, with winds recorded at 166 kilometres per hour and forecast to reach up "
            "to 180 kilometres per hour, was expected to skim Hainan.")
    assert quantity(text, "166 kilometres per hour").endswith(".wind_speed")


def test_a_length_per_second_is_a_speed_never_a_length():
    # "travelling at a speed of 30 km (19 miles) per second" was russia.length
    text = ("A meteor hit Russia. The fireball, travelling at a speed of 30 km (19 miles) "
            "per second, had blazed across the horizon, leaving a long white trail.")
    assert quantity(text, "30 km").startswith("unnamed_")
    # near miss: a wind's speed per hour stays the wind's
    assert quantity("Hurricane hits Florida. The storm had winds of 140 kilometers (85 "
                    "miles) per hour.", "140 kilometers") == "hurricane.wind_speed"


def test_a_border_is_measured_in_long_units_only():
    # "on the border between Malopolska and Silesia, that level stood at 126 cm" was
    # silesia.border_length
    text = ("Floods hit Krakow. Further upstream, on the border between Malopolska and "
            "Silesia, that level stood at 126 cm above emergency limits.")
    assert not quantity(text, "126 cm").endswith("border_length")
    # near miss: a border in kilometres is a border's length
    assert quantity("Poland shares a 535-kilometre border with Ukraine.",
                    "535-kilometre").endswith(".border_length")


def test_a_list_of_readings_at_stations_is_not_the_storms():
    # "45 mph at the Portland International Jetport" was storm.wind_speed, against the
    # storm's "winds exceeding 50 mph"
    text = ("A windstorm hit Maine. The storm packed winds exceeding 50 mph. The National "
            "Weather Service reported the following wind speeds: 45 mph at the Portland "
            "International Jetport, 38 mph in Cumberland.")
    assert quantity(text, "exceeding 50 mph") == "storm.wind_speed"
    assert quantity(text, "45 mph").startswith("unnamed_")
    assert quantity(text, "38 mph").startswith("unnamed_")
    # near misses: a storm's winds in the place it hits, or at landfall
    for where in ("in Florida", "at landfall"):
        text = f"Hurricane Ian hit Florida with winds of 150 mph {where}."
        assert quantity(text, "150 mph") == "hurricane.wind_speed"


def test_rain_from_the_sky_and_a_news_channel_are_no_plume():
    # "87.2 millimeters fell from the sky" and "told Sky News that ... about 3.5 miles
    # out of town" were plume heights
    text = "Floods hit Maastricht. In Maastricht, 87.2 millimeters fell from the sky."
    assert not quantity(text, "87.2 millimeters").endswith("plume_height")
    text = ("Floods hit York. Phil Cain told Sky News that the Huntingdon Road area - about "
            "3.5 miles out of town - is the worst hit.")
    assert not quantity(text, "about 3.5 miles").endswith("plume_height")
    # near miss: ash sent miles into the sky
    assert quantity("A volcano erupted in Iceland, sending ash 1.2 miles into the clear blue "
                    "sky.", "1.2 miles") == "iceland.plume_height"


def test_a_height_above_a_rivers_mark_is_the_level_less_the_mark():
    # "more than 11 feet above flood stage" was the level itself: 11 feet against the
    # level of "higher than 25 feet" a few words before
    text = ("In Binghamton the water level was higher than 25 feet Thursday morning and "
            "more than 11 feet above flood stage.")
    assert quantity(text, "higher than 25 feet") == "binghamton.water_level"
    assert quantity(text, "more than 11 feet") == \
        "binghamton.water_level - binghamton.flood_stage"
    assert quantity("In Harbin the water level was 1.39 meters above the warning line.",
                    "1.39 meters") == "harbin.water_level - harbin.warning_level"
    assert quantity("The rivers in Maraba were already 11.50 metres above normal.",
                    "11.50 metres") == "maraba.water_level - maraba.normal_level"
    # near misses: rain above normal is no river's, nor is a surge above normal tides
    assert not quantity("Rainfall in Lima was 30 mm above normal.", "30 mm").endswith(
        "normal_level")
    assert "normal" not in quantity("In Belize the storm surge will be 2 to 4 feet above "
                                    "normal tides.", "2 to 4 feet")


def test_a_level_of_a_record_set_in_another_year_is_that_years():
    # the 25-foot record of 2006 was today's level told again: a false rounding warning
    # against "higher than 25 feet"
    text = ("In Binghamton the water level was higher than 25 feet Thursday morning, above "
            "the 25-foot record set in 2006.")
    assert quantity(text, "higher than 25 feet") == "binghamton.water_level"
    assert quantity(text, "25-foot") == "binghamton.water_level_2006"
    assert quantity("The flood left the water level higher than 25 feet Thursday, above "
                    "the 25-foot record set in 2006.", "25-foot") == "flood_2006.water_level"


def test_a_level_the_water_needs_to_reach_is_no_reading():
    # "below 24 feet" was Peoria's level against its 29.35-foot crest
    text = ("The Illinois River crested in Peoria at 29.35 feet. For the water to recede "
            "below the sea wall, it needs to be below 24 feet, Patrick Urich said.")
    assert quantity(text, "29.35 feet") == "peoria.peak_level"
    assert quantity(text, "below 24 feet").startswith("unnamed_")


def test_a_level_to_come_is_a_forecast_and_a_river_reaching_a_height_is_its_level():
    # "expected to peak at 9.8m on Friday" was a height, "would reach 9.6m" a placeholder:
    # the crest to come was a rival of the levels read
    text = "The Murrumbidgee River at Wagga is expected to peak at 9.8m on Friday."
    assert quantity(text, "9.8m") == "wagga.peak_level_forecast"
    assert quantity("The river at Wagga reached 9.6 metres on Thursday.", "9.6 metres") \
        == "wagga.water_level"
    text = ("The Ohio River rose at Powhatan Point. The latest predictions called for the "
            "river to crest there at 40 feet.")
    assert quantity(text, "40 feet") == "powhatan_point.peak_level_forecast"
    # near misses: hikers reach heights, and a year before the reading is that year's
    assert not quantity("The hikers reached 3,000 metres.", "3,000 metres").endswith(
        "water_level")
    text = "It is the highest since the 1927 flood, when the river reached 27.1 feet."
    assert quantity(text, "27.1 feet").startswith("unnamed_")


def test_a_margin_below_a_height_and_a_record_set_before_are_no_level():
    # "River to come within 10cm of North Wagga levee height" was the town's height
    text = "The river is expected to come within 10cm of the North Wagga levee height."
    assert quantity(text, "10cm").startswith("unnamed_")
    text = ("Flood waters at Lismore are expected to peak at 10.6 metres, still below the "
            "14.4-metre record set in February.")
    assert quantity(text, "14.4-metre") == "lismore.water_level_record"
    assert quantity(text, "10.6 metres") == "lismore.water_level_forecast"
    # near miss: a level that sets a record is the reading itself
    assert quantity("The river at Lismore crested to a record 11.19 feet.", "11.19 feet") \
        == "lismore.peak_level"


def test_the_winds_of_the_tornado_after_a_second_one_are_no_ones():
    # "A second tornado was also confirmed ... It had max wind speeds of 105 miles per
    # hour" was tornado.wind_speed, a false disagreement with the first one's 125
    text = ("An EF-2 tornado touched down in Clarksville with max wind speeds of 125 miles "
            "per hour.\n\nA second tornado was also confirmed in the Clarksville area.\n\n"
            "The tornado began near Bradley A. Martin Road. It had max wind speeds of 105 "
            "miles per hour.")
    assert quantity(text, "125 miles per hour") == "tornado.wind_speed"
    assert quantity(text, "105 miles per hour").startswith("unnamed_")
    # near miss: one tornado told twice keeps its name
    text = ("An EF-2 tornado touched down in Clarksville. It had max wind speeds of 125 "
            "miles per hour.")
    assert quantity(text, "125 miles per hour") == "tornado.wind_speed"


def test_winds_that_were_possible_are_a_forecast():
    text = ("A windstorm hit Whatcom County. Winds of 40 mph with gusts of 60 mph were "
            "possible, meteorologists said.")
    assert quantity(text, "40 mph") == "whatcom_county.wind_speed_forecast"
    assert quantity(text, "60 mph") == "whatcom_county.wind_gusts_forecast"
    # near miss: gusts that came, then more that were expected
    text = "A windstorm hit Whatcom County. Gusts of 74 mph hit Ferndale and more were expected."
    assert not quantity(text, "74 mph").endswith("_forecast")


def test_winds_a_front_brought_are_not_the_tornados():
    text = ("A tornado hit Terre Haute. An F1 tornado with winds of about 100 mph caused the "
            "damage. The same front generated hurricane-force winds of 75 mph south of "
            "Vincennes, the weather service said.")
    assert quantity(text, "about 100 mph") == "tornado.wind_speed"
    assert quantity(text, "75 mph").startswith("unnamed_")
    # near misses: a storm front in a story of a storm is the storm, and a front that
    # brought the tornado, its winds said after it
    text = ("A storm hit Upper Austria. A storm front passed over Upper Austria with wind "
            "speeds of more than 100 km/h.")
    assert quantity(text, "more than 100 km/h") == "storm.wind_speed"
    text = "A tornado hit Terre Haute. A cold front brought the tornado, with winds of 100 mph."
    assert quantity(text, "100 mph") == "tornado.wind_speed"


def test_the_water_in_ones_own_home_is_no_measure_of_the_place():
    # "their house was filled with water, four to five meters high" was suriname.height,
    # told by the woman, against the outlet's "two to three meters" there: a false
    # disagreement of two voices
    text = ("Floods hit Suriname. Villages were all flooded, at some places two to three "
            "meters high. \"Within a week their house was filled with water, four to five "
            "meters high,\" said Patricia Menig.")
    assert quantity(text, "two to three meters") == "suriname.height"
    assert quantity(text, "four to five meters").startswith("unnamed_")
    # near miss: the water in a place's houses is the place's
    text = "Floods hit Suriname. The water in the houses was two meters high."
    assert not quantity(text, "two meters").startswith("unnamed_")


def test_rain_a_reading_is_compared_to_is_no_reading():
    # "as compared to 96.6 millimetres and 54 millimetres normal rainfall levels" was the
    # rainfall of the places whose 99 millimetres it is compared with: a false disagreement
    text = ("Majaliwa said the weather stations in Kilwa and Mtwara recorded 316 millimetres "
            "and 99 millimetres of rain levels respectively, which are record levels recorded "
            "in May, as compared to 96.6 millimetres and 54 millimetres normal rainfall levels.")
    assert quantity(text, "96.6 millimetres").startswith("unnamed_")
    assert quantity(text, "54 millimetres").startswith("unnamed_")
    # near miss: a reading with no comparison keeps its name
    text = ("Majaliwa said the weather stations in Kilwa and Mtwara recorded 316 millimetres "
            "of rain, a record level for May.")
    assert quantity(text, "316 millimetres") == "kilwa_and_mtwara.rainfall"
    text = ("The Elbe rose to 7.29 meters on Saturday, compared with 6.95 meters on Friday "
            "and a normal level of about two meters.")  # another day's reading
    assert not quantity(text, "6.95 meters").startswith("unnamed_")



def test_a_rivers_peak_is_a_level_of_its_own():
    # Grafton, 2013: "the raging Clarence River peaked at 8.08 metres" and "the river
    # level had gone down to 7.95 metres" were one `grafton.water_level`: a false
    # disagreement between the crest and the level after it
    d = drafts_by_number("Floods hit Grafton. The raging Clarence River peaked at 8.08 metres. "
                         "Mr O'Farrell said the river level had gone down to 7.95 metres. The "
                         "river is expected to peak at 9.8m on Friday.", dt.date(2013, 1, 30))
    assert d["8.08 metres"].quantity == "grafton.peak_level"
    assert d["7.95 metres"].quantity == "grafton.water_level"
    assert d["9.8m"].quantity == "grafton.peak_level_forecast"
    # near miss: a level that rose to a height is the level itself
    d = drafts_by_number("Floods hit Grafton. The Clarence River rose to 8.08 metres.",
                         dt.date(2013, 1, 30))
    assert d["8.08 metres"].quantity == "grafton.water_level"


def test_a_gust_recorded_at_a_place_is_that_places_reading():
    # Storm Isha: "99mph (159km/h) recorded by the Met Office at Brizlee Wood" and "a gust
    # of 107mph (172km/h) was recorded on the Tay Bridge" were both the storm's gusts, a
    # false disagreement
    text = ("Storm Isha brought winds up to 99mph to the UK. Gust speeds will not top the "
            "height of Isha, which saw 99mph (159km/h) recorded by the Met Office at Brizlee "
            "Wood. Transport Scotland said a gust of 107mph (172km/h) was recorded on the Tay "
            "Bridge in Dundee.")
    d = drafts_by_number(text, PUBLISHED)
    assert d["107mph"].quantity == "tay_bridge.wind_gusts"
    assert d["up to 99mph"].quantity.endswith(".wind_speed")  # the storm's own
    assert d["99mph"].quantity == "brizlee_wood.wind_gusts"
    # near miss: a storm's gusts with no place they were read at
    d = drafts_by_number("Storm Isha brought gusts of 107mph to the UK.", PUBLISHED)
    assert d["107mph"].quantity == "storm.wind_gusts"
