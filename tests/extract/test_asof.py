"""As-of frames (extract/asof.py, extract/clocks.py): "as of" says what stood at a
time whoever tells it; "by" before a speech verb may be the day of the saying; an hour
with no day is the story's own day, noon included."""

import datetime as dt

from tests.extract.drafting_support import drafts_by_number

PUBLISHED = dt.date(2024, 3, 6)  # a Wednesday


def as_of(text: str, number: str):
    return drafts_by_number(text, PUBLISHED)[number].as_of


def test_as_of_holds_over_the_speech_verb_that_tells_the_count():
    assert as_of("As of Monday, the country reported a total of 2,379 infections.",
                 "2,379") == "2024-03-04"
    assert as_of("As of Sunday evening, officials said 153 people were killed.",
                 "153") == "2024-03-03"
    assert as_of("As of 7pm Monday, he said the disaster has claimed nine lives.",
                 "nine") == "2024-03-04T19:00"
    assert as_of("By Monday, the UNHCR estimated that there were only 25,000 in the camps.",
                 "25,000") == "2024-03-04"
    # near misses: a day of a statement, and "by" a day after the speech verb
    assert as_of("On Monday, the country reported a total of 2,379 infections.",
                 "2,379") is None
    assert as_of("40 people had died, the ministry said by Monday.", "40") is None


def test_an_hour_alone_reaches_over_the_counts_clause_and_noon_is_an_hour():
    text = "As of 3 p.m., the death toll from the fire at the mine reached 28."
    assert as_of(text, "28") == "2024-03-06T15:00"
    assert as_of("The number of evacuees rose to 7,294 people as of noon.",
                 "7,294") == "2024-03-06T12:00"
    assert as_of("By midday, rescuers had pulled 40 people from the rubble.",
                 "40") == "2024-03-06T12:00"
    assert as_of("Roanu had displaced 480,000 people as of noon on Monday.",
                 "480,000") == "2024-03-04T12:00"
    assert as_of("As of about noon Monday there were 370,000 customers in the dark.",
                 "370,000") == "2024-03-04T12:00"
    # near misses: a clause of its own after the hour, and an hour with no frame
    assert as_of("As of noon, when the storm hit, 40 people were missing.", "40") is None
    assert as_of("At noon, 40 people were missing.", "40") is None


def test_an_hour_with_a_point_and_after_a_speech_verb_is_an_hour():
    # "He said that, as at 4.30am, authorities had knocked on the doors of more than 300
    # homes": the British clock and the frame after "said that" were both unread
    assert as_of("He said that, as at 4.30am, authorities had knocked on the doors of more "
                 "than 300 homes.", "more than 300") == "2024-03-06T04:30"
    assert as_of("As of 10.45pm, 16,000 customers were without power.",
                 "16,000") == "2024-03-06T22:45"
    # near misses: a decimal is no hour, and "said" with no frame after it gives none
    assert as_of("He said that, at 4.30, authorities had knocked on 300 doors.",
                 "300") is None
    assert as_of("He said that authorities had knocked on 300 doors.", "300") is None


def test_a_water_level_is_read_on_the_day_its_clause_names():
    text = ("The Elbe, which rose to 7.29 meters on Saturday morning, compared with 6.95 "
            "meters on Friday and a normal level of about two meters, was expected to climb.")
    assert as_of(text, "7.29 meters") == "2024-03-02"
    assert as_of(text, "6.95 meters") == "2024-03-01"
    assert as_of(text, "about two meters") is None
    text = ("Water levels from Bo River flooding reached their peak of 5 meters at 5:00 p.m. "
            "on Monday, only 0.27 meters lower than the historic 1999 floods.")
    # (the hour the text gives is kept: "a date-time when the text gives the hour")
    assert as_of(text, "5 meters") == "2024-03-04T17:00"
    flow = ("The level of floodwater on Sunday dropped to 86,074 cusecs in River Chenab at "
            "Head Marala.")
    assert as_of(flow, "86,074 cusecs") == "2024-03-03"  # a river's flow, read so too
    # near misses: a length of no level, a thing's size, what is to come, rain
    assert as_of("Snow 30 centimeters deep fell on Monday in the hills.", "30 centimeters") is None
    assert as_of("A 3-metre wall by the river collapsed on Monday.", "3-metre") is None
    assert as_of("The river is expected to reach 8 meters on Friday.", "8 meters") is None
    assert as_of("The city received 10 inches of rain Monday.", "10 inches") is None
    assert as_of(text, "0.27 meters") is None  # ("p.m." ends no sentence)
    # a change of the level, a crest to come, and the day of a storm that raised it
    assert as_of("The river level has decreased by 30 centimeters on Monday.",
                 "30 centimeters") is None
    assert as_of("The Llano is expected to crest Monday morning at near-record levels near 41 "
                 "feet.", "41 feet") is None
    assert as_of("Monday's storm caused water levels to reach 1.7 metres.", "1.7 metres") is None
    text = ("The county declared a state of emergency Monday as the river crested to a record "
            "11.19 feet.")
    assert as_of(text, "11.19 feet") is None
    assert drafts_by_number(text, PUBLISHED)["Monday"]  # and the day stays a claim


def test_press_time_is_the_storys_day_and_a_local_24_hour_clock_is_an_hour():
    assert as_of("As of press time, 557 people have sought shelter in the halls.",
                 "557") == "2024-03-06"
    assert as_of("22 people were reported injured by 06.00 local time on Monday.",
                 "22") == "2024-03-04T06:00"
    text = ("More than 345,000 AEP customers in central Ohio were still without power as of "
            "11 a.m., the company said.")
    assert as_of(text, "More than 345,000") == "2024-03-06T11:00"
    # near misses: press time that is no frame, and a clock of no time zone named
    assert as_of("The press time was set back; 557 people have sought shelter.", "557") is None
    assert as_of("22 people were injured at the 06.00 shift on Monday.", "22") is None


def test_noon_after_the_day_is_the_days_noon():
    # "as of Saturday noon" gave the day alone (2024-03-02); "as of noon Saturday" the hour
    assert as_of("The council reported 71 dead as of Saturday noon.", "71") \
        == "2024-03-02T12:00"
    assert as_of("As of noon Saturday, 71 people were dead.", "71") == "2024-03-02T12:00"
    # near miss: a day with no hour stays a day
    assert as_of("As of Saturday, 71 people were dead.", "71") == "2024-03-02"


def test_a_by_frame_past_but_is_the_other_clauses():
    # "170 bodies had been recovered but that figure rose to 400 by Monday": the 170
    # were dated Monday
    text = "Bakenga said on Saturday that 170 bodies had been recovered but that figure " \
           "rose to 400 by Monday."
    assert as_of(text, "170") is None
    assert as_of(text, "400") == "2024-03-04"
    # near misses: a frame before the number holds across "but"; "while" joins a list
    assert as_of("As of 9:00 a.m. Monday the utility had cut outages to 575, but about "
                 "176,500 customers were still affected.", "about 176,500") == "2024-03-04T09:00"
    assert as_of("Ten people have died in Paraguay, while in Uruguay, two deaths have been "
                 "reported as of Tuesday.", "Ten") == "2024-03-05"


def test_till_a_time_that_opens_the_sentence_is_up_to_then():
    assert as_of("Till 8.30 a.m. on March 4, the district received an average rainfall of "
                 "45.6 mm.", "45.6 mm") == "2024-03-04T08:30"
    # near miss: "till" after a count of things is how long
    assert as_of("Officials cancelled 19 trains till March 31.", "19") is None


def test_the_parts_of_a_count_listed_next_are_counted_when_it_was():
    # the six parts had no as_of: "These comprise" lists the total's parts
    text = ("There were 1,143 hot spots in Sumatra as of 5am Monday. These comprise 724 in "
            "South Sumatra, 234 in Jambi and 13 in Bengkulu.")
    assert as_of(text, "1,143") == "2024-03-04T05:00"
    assert as_of(text, "724") == "2024-03-04T05:00"
    assert as_of(text, "13") == "2024-03-04T05:00"
    # near miss: a next sentence that lists nothing of it keeps no frame
    text = ("There were 1,143 hot spots in Sumatra as of 5am Monday. Firefighters counted "
            "724 in South Sumatra.")
    assert as_of(text, "724") is None


def test_a_readings_hour_before_its_day_is_kept():
    # "the contract: a date-time when the text gives the hour"; the day alone before
    assert as_of("Only when the water level dropped to 10 metres at 5 pm on Monday did "
                 "rescue efforts pick up speed.", "10 metres") == "2024-03-04T17:00"
    # the water still standing deep is a reading of the flood's level too
    assert as_of("The water in some areas was still 30cm deep at midday on Friday.",
                 "30cm") == "2024-03-01T12:00"
    # near miss: a reading with no hour keeps its day
    assert as_of("The water level dropped to 10 metres on Monday.", "10 metres") \
        == "2024-03-04"


def test_an_opening_day_keeps_its_frame_past_an_adverb_or_an_aside_naming_it():
    assert as_of("Earlier on Monday, 22 bodies were recovered from the shore.", "22") \
        == "2024-03-04"
    assert as_of("On March 4, the day before the storm, there were about 700 calls to the "
                 "city.", "about 700") == "2024-03-04"
    # near misses: the aside leaves a speech verb, and an adverb with no day opening
    assert as_of("On March 4, the day before the storm, officials said there were about "
                 "700 calls.", "about 700") is None
    assert as_of("Earlier, rescuers had said 22 bodies were recovered on the shore.",
                 "22") is None


def test_a_count_going_on_on_a_day_is_counted_that_day():
    assert as_of("Some 300 firefighters were combating the flames on Friday, with the fire "
                 "fanned by winds.", "Some 300") == "2024-03-01"
    assert as_of("A further 2,000 people were being evacuated on Monday morning.",
                 "2,000") == "2024-03-04"
    # near misses: the day belongs to a clause of its own
    assert as_of("Some 300 firefighters were combating the flames that broke out on "
                 "Friday.", "Some 300") is None
    assert as_of("Some 300 firefighters were combating the flames, which broke out on "
                 "Friday.", "Some 300") is None
    assert as_of("Three people died and two were missing as the typhoon made landfall "
                 "early yesterday.", "two") is None


def test_a_count_listed_before_another_shares_the_day_after_the_list():
    text = "Police said four people had died and 70 were missing on Monday around the town."
    assert as_of(text, "four") == "2024-03-04"
    assert as_of(text, "70") == "2024-03-04"
    # near misses: the day is the saying's, and the first count has a clause of its own
    assert as_of("Four people had died and 70 were missing, police said on Monday.",
                 "Four") is None
    assert as_of("Four people who had fled and 70 were missing on Monday.", "Four") is None


def test_a_count_had_been_reported_dead_on_a_day_is_as_of_that_day():
    # "About 120 people had been reported dead on September 7" had no as_of, and was a
    # false disagreement with the later 141
    assert as_of("About 120 people had been reported dead on March 4.", "About 120") \
        == "2024-03-04"
    # near miss: a state reported, with the day its clause's own
    assert as_of("About 120 people had been reported dead since the quake on March 4.",
                 "About 120") is None


def test_an_hour_before_the_opening_day_is_the_counts_hour():
    assert as_of("At 1 p.m. Monday, 106 homes had already been classified as damaged.",
                 "106") == "2024-03-04T13:00"
    assert as_of("Around 4 a.m. Tuesday, 300 people were in shelters.",
                 "300") == "2024-03-05T04:00"
    assert as_of("At noon on Tuesday, 300 people were in shelters.", "300") == "2024-03-05T12:00"
    # near misses: the day of a statement stays no frame, with its hour or without
    assert as_of("At 1 p.m. Monday, the governor said 106 homes had been damaged.",
                 "106") is None


def test_an_hour_frame_after_a_place_is_still_the_stories_hour():
    assert as_of("In Knox County as of 9 a.m., 7,994 customers were without power.",
                 "7,994") == "2024-03-06T09:00"
    # near misses: "at" an hour with no day is no frame, nor a place in lower case
    assert as_of("In Knox County at 9 a.m., 7,994 customers were without power.",
                 "7,994") is None
    assert as_of("In the county as of 9 a.m., 7,994 customers were without power.",
                 "7,994") is None


def test_a_toll_risen_or_standing_on_a_day_is_as_of_that_day():
    text = "The toll from the earthquake rose to 12 dead and 134 injured on Tuesday."
    assert as_of(text, "12") == "2024-03-05"
    assert as_of(text, "134") == "2024-03-05"
    assert as_of("The toll last Friday stood at 24.", "24") == "2024-03-01"
    # near misses: a clause between the count and the day, and a toll with no day
    assert as_of("The toll rose to 12 after the quake struck on Tuesday.", "12") is None
    assert as_of("The toll has risen to 153 from the fire that broke out Sunday morning.",
                 "153") is None
    assert as_of("The toll stood at 24 last year.", "24") is None


def test_a_toll_estimated_on_a_day_is_as_of_that_day():
    # "On Tuesday, officials estimated the death toll at 300" stood undated against
    # "260 others were confirmed dead" a day later: a false disagreement
    assert as_of("On Tuesday, officials estimated the death toll at 300.", "300") \
        == "2024-03-05"
    # near miss: a toll said on a day stays undated
    assert as_of("On Tuesday, officials said the death toll was 300.", "300") is None


def test_an_hour_in_local_time_a_level_by_an_hour_and_an_hour_before_the_day():
    assert as_of("By 7 p.m. local time, eight people had been pulled out.", "eight") \
        == "2024-03-06T19:00"
    assert as_of("The Mary River reached 17.04 metres by 3.40pm.", "17.04 metres") \
        == "2024-03-06T15:40"
    assert as_of("At 6:30 p.m. Monday, the river was at 34.27 feet.", "34.27 feet") \
        == "2024-03-04T18:30"
    # near misses: a thing's size by an hour, and an hour that is no frame
    assert as_of("The wall was 3 metres high by 3 p.m.", "3 metres") is None
    assert as_of("At 6:30 p.m. Monday, the governor said the river was at 34.27 feet.",
                 "34.27 feet") is None


def test_a_window_that_ends_on_a_day_and_opens_the_sentence_is_as_of_that_day():
    assert as_of("In the 24 hours until Monday morning, the NSW SES responded to 329 calls "
                 "for help.", "329") == "2024-03-04"
    # near miss: what someone said of the window
    assert as_of("In the 24 hours until Monday morning, the SES said it responded to 329 "
                 "calls.", "329") is None


def test_rain_over_a_window_is_as_of_its_last_day():
    # two windows' rain ("between ... 29 March ... and Friday 31 March", "in the last 13
    # days (to 07 April)") stood undated as rivals: a false disagreement
    assert as_of("Officials said that between Friday 1 March at 17:30 and Sunday 3 March at "
                 "21:00, as much as 287.5 mm of rain fell in the city.",
                 "as much as 287.5 mm") == "2024-03-03T21:00"
    assert as_of("He said that in the last 13 days (to 4 March) the city recorded 393.4 mm "
                 "of rain.", "393.4 mm") == "2024-03-04"
    # near misses: rain on two days named with no window, and a window of no rain
    assert as_of("Some 60 mm of rain fell on Monday and Tuesday.", "Some 60 mm") is None
    assert as_of("Between Friday 1 March and Sunday 3 March, the river rose 2 metres.",
                 "2 metres") is None


def test_a_24_hour_clock_with_a_colon_before_its_day_is_the_frames_hour():
    # "sea levels in Wismar reached 6.8 metres by 21:30 on 04 January, 2017" had no
    # as_of: the clock's colon was read as a clause break, and only "local time" made
    # a 24-hour clock an hour
    text = ("Sea levels in Wismar reached 6.8 metres by 21:30 on 04 March, 2024, just under "
            "1.75 metres higher than normal.")
    assert as_of(text, "6.8 metres") == "2024-03-04T21:30"
    assert as_of(text, "just under 1.75 metres") == "2024-03-04T21:30"
    # near misses: a point is no clock without "local time"; a colon that ends a clause
    # still ends the frame
    assert as_of("Levels fell by 12.30 on Monday, and 20 people died.", "20") is None
    assert as_of("Levels reached 6.8 metres: by 21:30 on 04 March, 2024, all had left.",
                 "6.8 metres") is None


def test_as_on_a_day_and_as_of_a_part_of_a_day_frame_the_counts():
    # "As on Sunday morning, Narasimharajapura received 28 mm rainfall" and "As of late
    # afternoon on Friday, only one body has been retrieved" had no as_of: the date
    # mention holds the "on", and "late afternoon" stood between the frame and it
    text = "As on Sunday morning, Narasimharajapura received 28 mm rainfall."
    assert as_of(text, "28 mm") == "2024-03-03"
    text = "As of late afternoon on Friday, only one body has been retrieved."
    assert as_of(text, "one") == "2024-03-01"
    # near miss: "as" inside a clause is no frame
    assert as_of("Officials fear as many as 20 people died, as on Sunday the rains "
                 "came.", "as many as 20") is None


def test_those_who_remain_without_power_on_a_day_are_counted_that_day():
    # Yle, Finland 2010: "Some 7,000 households in Savo, North Karelia and Central
    # Finland remain without power on Sunday evening" had no as_of (the list's commas
    # read as clause breaks, and "remain without" as no state)
    text = ("Storm Asta hit Finland. Some 7,000 households in Savo, North Karelia and "
            "Central Finland remain without power on Sunday evening.")
    assert as_of(text, "Some 7,000 households") is not None
    # near misses: the day of the storm after it, and a clause of its own before the day
    assert as_of("Storm hit Finland. Some 7,000 households remained without power after the "
                 "storm on Sunday.", "Some 7,000 households") is None
    assert as_of("Storm hit Finland. Some 7,000 households in Savo, North Karelia and Central "
                 "Finland lost power when the storm hit on Sunday.",
                 "Some 7,000 households") is None


def test_a_list_of_places_before_an_events_day_dates_no_count():
    # Gulf Today, 2021: "A massive dust storm engulfed several areas of Sao Paulo,
    # Franca, ... and Presidente Prudente on Sunday afternoon" took the storm's day as
    # the count's, and the storm's start was lost
    text = ("A massive dust storm engulfed several areas of Sao Paulo, Franca, Ribeirao Preto "
            "and Presidente Prudente on Sunday afternoon.")
    assert as_of(text, "several") is None
    assert "on Sunday afternoon" in drafts_by_number(text, PUBLISHED)


def test_as_of_last_night_is_the_day_before():
    # "last night" was no date: the count had no as_of
    assert as_of("As of last night, 22 of the deceased had been identified.",
                 "22") == "2024-03-05"
    # near miss: "last night" in the clause of another verb than the count's
    assert as_of("The fire that broke out last night is out; 22 were identified.",
                 "22") is None


def test_a_day_that_names_an_event_is_no_day_of_the_count():
    # was as of Sunday, the attack's day: the count is of the people who reached the city
    text = ("At least 5,000 civilians displaced by Boko Haram's Sunday attack on Monguno, "
            "a city in Borno State, have arrived in Maiduguri.")
    assert as_of(text, "At least 5,000") is None
    # near miss: the day of the count itself
    assert as_of("At least 5,000 civilians displaced by the attack had arrived in "
                 "Maiduguri by Sunday.", "At least 5,000") == "2024-03-03"


def test_the_load_a_vessel_carries_has_no_day():
    # was as of Thursday, the capsizing's day: the 278 say what the boat carried
    assert as_of("A boat carrying 278 passengers capsized Thursday in Lake Kivu, a "
                 "provincial governor said.", "278") is None
    # near miss: a count that is the day's own
    assert as_of("Rescuers pulled 278 passengers from the lake Thursday.",
                 "278") == "2024-02-29"


def test_died_is_the_one_verb_of_a_count_of_that_day():
    # "died" was no verb to the clause reading: the toll of that day had no as_of
    assert as_of("Forty cadets died yesterday in the fire that ravaged the region.",
                 "Forty") == "2024-03-05"
    # near misses: the day of another verb, and the day of a statement
    assert as_of("Forty cadets who died in the fire were buried yesterday.", "Forty") is None
    assert as_of("Forty cadets died in the fire, officials said yesterday.", "Forty") is None


def test_a_state_in_a_place_on_a_day_is_of_that_day():
    # "were without power in districts along the coast on Tuesday" had no date: the day
    # read as the coast's, as an event's is (holdout527)
    assert str(as_of("Around 10 million people were without power in districts along the "
                     "coast on Tuesday.", "Around 10 million")) == "2024-03-05"
    # near miss: the day of an event noun is the event's, no state's
    assert as_of("Some 200 workers were inside at the time of the explosion on Tuesday.",
                 "Some 200") is None
    # near miss: another count between is the day's ("one of 26 fires burning across the
    # state on Sunday"), not the one before it
    assert as_of("The blaze destroyed dozens of properties and was one of 26 fires burning "
                 "across the state on Sunday.", "dozens") is None


def test_an_hour_with_its_time_zone_dates_the_count_at_that_hour():
    # "As of 10 p.m. ET Sunday, PowerOutage.com reported more than 879,000" had no date
    # (holdout535): "p.m." ended a sentence before "ET", and the zone broke the frame
    assert str(as_of("As of 10 p.m. ET Sunday, PowerOutage.com reported more than 879,000 "
                     "people remained without power.", "more than 879,000")) == "2024-03-03T22:00"
    # near miss: an hour with no zone, as before
    assert str(as_of("As of 10 p.m. Sunday, 879,000 people remained without power.",
                     "879,000")) == "2024-03-03T22:00"


def test_an_hour_in_local_time_before_its_day_is_an_as_of_frame():
    # "As of 6 p.m. local time on Friday" gave no as_of, and its day was drafted as a
    # claim (Capital FM, Angola 2025)
    text = ("As of 6 p.m. local time on Friday, a total of 119 cholera cases have been "
            "recorded, with 14 cases confirmed through laboratory testing.")
    assert as_of(text, "119") == "2024-03-01T18:00"
    assert as_of(text, "14") == "2024-03-01T18:00"
    assert "on Friday" not in drafts_by_number(text, PUBLISHED)
    # near miss: a time zone's hour, as before
    assert as_of("As of 10 p.m. ET Sunday, 119 cases were recorded.", "119") \
        == "2024-03-03T22:00"
