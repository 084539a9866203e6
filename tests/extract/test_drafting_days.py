"""A bare day ("Monday", "Friday morning", "yesterday") anywhere in the count's own
clause of one verb is the count's as-of day (extract/asof_clauses.py); a day
of another clause, of a statement, or of what came along "with" is not."""

import datetime as dt

from tests.extract.drafting_support import drafts_by_number

PUBLISHED = dt.date(2024, 3, 6)  # a Wednesday


def as_of(text: str, number: str):
    return drafts_by_number(text, PUBLISHED)[number].as_of


def test_a_day_right_after_the_verb_dates_the_counts_on_both_sides():
    text = ("Tens of thousands of residents from Louisiana flocked Monday to dozens of "
            "inland shelters in Texas.")
    assert as_of(text, "Tens of thousands") == "2024-03-04"
    assert as_of(text, "dozens") == "2024-03-04"


def test_a_day_before_the_verb_or_ending_the_clause():
    assert as_of("Security forces in army trucks Friday sent about 3,000 residents "
                 "outside the danger zone in Albay.", "about 3,000") == "2024-03-01"
    assert as_of("Four crews toured Gibson County yesterday while the Red Cross "
                 "provided shelter.", "Four") == "2024-03-05"
    assert as_of("About 2,700 people had taken up residence Monday afternoon in the "
                 "center in Baton Rouge.", "About 2,700") == "2024-03-04"
    # a part of yesterday, as a part of a named day is ("Monday afternoon")
    assert as_of("Almost 3,500 customers were without electricity in the area yesterday "
                 "afternoon.", "Almost 3,500") == "2024-03-05"
    # the point of "p.m." ends no clause: it was undated, and then set against the
    # lead's undated "thousands still being without power" (a false warning)
    assert as_of("But 159,000 people in the region were still without power at 10 p.m. "
                 "EDT Monday, according to Gov. Rick Perry's office.", "159,000") \
        == "2024-03-04"
    # near miss: a part of yesterday in another clause
    assert as_of("Almost 3,500 customers were without electricity after the storm hit "
                 "yesterday afternoon.", "Almost 3,500") is None


def test_what_came_along_with_the_days_arrival_has_no_as_of():
    assert as_of("The 11th airlift arrived Friday morning in Quetta with more than "
                 "10,000 blankets.", "more than 10,000") is None


def test_a_day_of_another_clause_or_of_a_statement_is_no_as_of():
    assert as_of("Forty people died after the storm hit Texas on Monday.", "Forty") is None
    assert as_of("The storm, which hit Texas Tuesday, killed 12 people.", "12") is None
    assert as_of("Officials said Monday that 40 people died in Texas.", "40") is None
    assert as_of("More than 5,000 people fled their homes in Sudan, the agency said "
                 "Thursday.", "More than 5,000") is None


def quantity(text: str, number: str):
    return drafts_by_number(text, PUBLISHED)[number].quantity


def test_an_epidemics_counts_of_one_day_are_daily():
    text = ("In Malawi, on December 25, a total of 235 cases, 13 new deaths and zero new "
            "suspected cases were recorded.")
    assert quantity(text, "235") == "malawi.cases_daily"
    assert quantity(text, "13") == "malawi.killed_daily"


def test_near_misses_a_running_total_and_a_disasters_own_toll():
    # "had recorded ... by": a total up to that day
    text = "By Monday, Malawi had recorded 1,235 cholera cases."
    assert quantity(text, "1,235") == "malawi.cases"
    # no epidemic: a landslide's toll of that day is the landslide's
    text = "In Nepal, a landslide killed 12 people on Friday."
    assert quantity(text, "12") == "nepal.killed"


def test_an_amount_takes_an_as_of_only_from_as_of_or_by():
    text = ("By Friday, aid flights from Egypt and Turkey had delivered more than 300 "
            "tonnes of supplies to Libya.")
    d = drafts_by_number(text, PUBLISHED)
    assert d["more than 300 tonnes"].as_of == "2024-03-01"
    assert "Friday" not in d  # the day frames the amount: no claim of its own
    # near miss: an amount with a bare day is no as-of frame
    d = drafts_by_number("Flights delivered 300 tonnes of supplies to Libya on Friday.",
                         PUBLISHED)
    assert d["300 tonnes"].as_of is None


def test_people_an_appeal_means_to_help():
    text = "The UN launched an appeal for $71.4 million to help 250,000 people in Libya."
    assert quantity(text, "250,000") == "libya.targeted"


def test_dates_of_an_attack_a_crash_and_a_fire():
    text = "On 8 June, an attack on the South Hospital in El Fasher killed at least 10 people."
    assert quantity(text, "8 June") == "south_hospital_attack.start"
    # (the story's own crash, the one its lead tells: by its kind alone)
    text = "A bus carrying pilgrims plunged into a gorge on Sunday, killing 30 in Kashmir."
    assert quantity(text, "on Sunday") == "crash.start"
    assert quantity("The fire broke out at 2 a.m. on Tuesday in Mumbai.", "on Tuesday") \
        == "fire.start"
    # an adjective between the article and the fire
    text = "At least 89 died after an early morning fire on Friday gutted the hospital."
    assert quantity(text, "on Friday") == "fire.start"
    assert quantity("A massive fire on Friday gutted the market.", "on Friday") == "fire.start"
    # near miss: troops that opened fire make no fire
    text = "Troops opened fire on protesters in Mumbai on Tuesday, killing 3."
    assert quantity(text, "on Tuesday") != "fire.start"


def test_what_a_thing_is_is_no_count_of_a_day_and_leaves_the_day_its_own():
    d = drafts_by_number("A fire engulfed a 24-storey block of flats in London on Wednesday.",
                         PUBLISHED)
    assert d["24"].as_of is None and "on Wednesday" in d
    # near miss: a count of people on a day is as of it
    assert as_of("The 120-bed hospital in Goma treated 40 people on Monday.", "40") \
        == "2024-03-04"


def test_the_day_of_a_counts_cause_is_the_causes():
    text = ("Officials said 75 are dead as a result of the explosion of the Fuego volcano in "
            "Guatemala on Sunday. More than 1.7 million people have been affected by "
            "Sunday's eruption.")
    d = drafts_by_number(text, PUBLISHED)
    assert d["75"].as_of is None and d["More than 1.7 million"].as_of is None
    assert "on Sunday" in d  # the eruption's day, a claim of its own
    # near miss: people who fled on a day are counted that day
    assert as_of("Some 500 people fled Guatemala on Sunday.", "Some 500") == "2024-03-03"


def test_a_part_in_an_aside_keeps_the_counts_clause_and_shares_its_day():
    text = ("Police reported that 4,079 illegal entrants, among them 1,026 children, were "
            "caught at Hungary's southern border with Serbia on Saturday.")
    d = drafts_by_number(text, PUBLISHED)
    assert d["4,079"].as_of == d["1,026"].as_of == "2024-03-02"
    # near miss: a clause of its own between the count and the day
    assert as_of("Police reported that 4,079 entrants, who came from Serbia, were caught "
                 "at the border on Saturday.", "4,079") is None


def test_an_aircrafts_flight_is_no_exodus():
    text = ("After three days of searching, parts of the aircraft were found. The Airbus "
            "was 42 minutes into its flight from Surabaya to Singapore on Sunday.")
    d = drafts_by_number(text, PUBLISHED)
    assert not d["42 minutes"].quantity.startswith("exodus")
    assert not d["three days"].quantity.startswith("exodus")
    # near miss: people's flight from a place in a story of no aircraft is an exodus
    text = "Their flight from Karabakh lasted three days."
    assert drafts_by_number(text, PUBLISHED)["three days"].quantity == "exodus.duration"


def test_a_blast_or_an_avalanche_of_one_moment_begins_on_its_date():
    assert quantity("The blast on Tuesday killed 200 people in Beirut.", "on Tuesday") \
        == "explosion.start"
    assert quantity("An avalanche on Sunday buried 30 climbers in Nepal.", "on Sunday") \
        == "avalanche.start"


def test_the_day_of_a_toll_is_the_events_when_its_clause_says_the_event_did_it():
    # "killed ... Saturday when the group were caught by the avalanche": the day of the
    # avalanche that caught them
    text = ("Four people were killed and five injured Saturday when the 11-strong group "
            "were caught by the avalanche on a ridge.")
    assert quantity(text, "Saturday") == "avalanche.start"
    # near miss: a day of the digging, before the quake the sentence names
    text = ("Rescuers dug through homes Monday looking for survivors of a strong earthquake "
            "that killed 30 people.")
    assert quantity(text, "Monday") != "earthquake.start"
    # Fox News (holdout811): the day of a find after the blast the sentence names first
    text = ("Rescuers searching a coal mine rocked by a methane gas blast found the bodies of "
            "several more victims Tuesday, bringing the death toll to 104.")
    assert quantity(text, "Tuesday") != "explosion.start"
    assert quantity("The blast hit the mine Tuesday.", "Tuesday") == "explosion.start"



def test_a_fire_lightning_or_tsunami_begins_on_a_date_of_its_own_phrase():
    # a date inside the event's noun phrase, or opening the clause the event begins
    assert quantity("The fire at Kostenko mine on Oct. 28 killed 46 miners.", "Oct. 28") \
        == "fire.start"
    text = ("At least 16 people were killed and another 140 injured, in a lightning strike "
            "on a church in Rwanda on Saturday.")
    assert quantity(text, "on Saturday") == "lightning.start"
    assert quantity("Last Saturday, tsunami waves smashed coastal areas, killing 222.",
                    "Last Saturday") == "tsunami.start"
    text = ("The fire broke out at the Hashem factory in Rupganj, an industrial area "
            "outside Dhaka, on Thursday afternoon, sending clouds of smoke into the sky.")
    assert quantity(text, "on Thursday afternoon") == "fire.start"



def test_a_sandstorm_is_an_event_of_its_own():
    assert quantity("The latest round of sandstorms started on Saturday afternoon in "
                    "Xinjiang, killing 3.", "on Saturday afternoon") == "sandstorm.start"
    assert quantity("A dust storm hit Beijing on Monday, injuring 40 people.", "on Monday") \
        == "sandstorm.start"

def test_near_misses_a_date_past_a_verb_is_not_the_fire_or_tsunamis():
    # (a fire burns for days and a tsunami sits in a clause of its own: only a date of
    # its own phrase begins it)
    text = ("Some of the thousands left homeless by a tsunami ventured back into the "
            "town of Gizo Tuesday, where 13 people died.")
    assert quantity(text, "Tuesday") != "tsunami.start"
    text = ("The fires, which killed 65, have led the President to decree three days of "
            "national mourning from Thursday.")
    assert quantity(text, "Thursday") != "fire.start"

def test_an_epidemic_is_the_outbreak_and_its_since_date_its_start():
    text = "At least 548 people have died of the disease since January in Congo."
    assert quantity(text, "January") == "outbreak.start"
    assert quantity("The cholera outbreak began in March in Malawi.", "March") \
        == "outbreak.start"
    # near miss: a war's start stays the conflict's
    text = "Fighting has displaced 8 million people since the war began in April in Sudan."
    assert quantity(text, "April") == "conflict.start"


def test_a_count_of_cases_named_before_it_and_a_level_reached_is_no_days_count():
    text = "The number of confirmed cases reached 1,200 on Saturday in Malawi."
    d = drafts_by_number(text, PUBLISHED)
    assert d["1,200"].quantity == "malawi.confirmed_cases"
    assert d["1,200"].as_of == "2024-03-02"


def test_a_count_of_the_24_hours_until_a_day_is_as_of_that_day():
    # Wednesday 6 March 2024: the Sunday before is 3 March
    text = ("Two more deaths were reported from dengue in the 24 hours until Sunday "
            "morning in Bangladesh.")
    assert as_of(text, "Two") == "2024-03-03"
    # near misses: no day ends the window; a speaker's day is the statement's
    assert as_of("Two more deaths were reported from dengue in the past 24 hours in "
                 "Bangladesh.", "Two") is None
    assert as_of("Two more people died of dengue in Bangladesh, the ministry said in a "
                 "statement on Sunday.", "Two") is None


def test_a_count_over_a_window_is_as_of_its_last_day():
    d = drafts_by_number("The government on Friday informed Parliament that 10,416 measles "
                         "cases were seen between November 2022 until December 12.",
                         dt.date(2022, 12, 16))
    assert d["10,416"].as_of == "2022-12-12"
    assert d["10,416"].by == "government"  # the day before the verb is when, not who
    # near misses: a span between two places, or years, dates nothing
    d = drafts_by_number("Some 5,000 people crossed between Kousseri and Maltam.",
                         dt.date(2022, 12, 16))
    assert d["Some 5,000"].as_of is None
    d = drafts_by_number("Informed sources said 300 people died.", dt.date(2022, 12, 16))
    assert d["300"].by is None  # "informed" as an adjective is no speech


def test_a_toll_updated_on_a_day_to_a_number_is_as_of_that_day_and_so_is_its_list():
    d = drafts_by_number("The Philippines national disaster risk reduction and management "
                         "council updated its death toll on Wednesday to 2,344 dead, with 79 "
                         "missing.", dt.date(2013, 11, 14))
    assert d["2,344"].as_of == "2013-11-13"
    assert d["79"].as_of == "2013-11-13"  # "with 79 missing": the same update
    # near miss: a day that is not the update's gives nothing
    d = drafts_by_number("The council, which met on Wednesday, said 2,344 died.",
                         dt.date(2013, 11, 14))
    assert d["2,344"].as_of is None


def test_an_initial_estimate_since_revised_is_a_quantity_of_its_own():
    d = drafts_by_number("In the Philippines, initial estimates of 10,000 deaths have now "
                         "been scaled back to 2,500.", dt.date(2013, 11, 14))
    assert d["10,000"].quantity == "philippines.killed_initial_estimate"
    assert d["2,500"].quantity == "philippines.killed"
    # near miss: "the first 40 people" is no estimate
    d = drafts_by_number("In Palu, the first 40 people were killed.", dt.date(2018, 10, 8))
    assert d["40"].quantity == "palu.killed"


def test_a_toll_of_a_feast_day_is_that_days():
    d = drafts_by_number("The Ministry of Health in Malawi says the cholera outbreak in the "
                         "country has killed 13 people on Christmas day.", dt.date(2022, 12, 26))
    assert d["13"].quantity == "malawi.killed_daily"
    assert d["13"].as_of == "2022-12-25"


def test_a_day_an_event_verb_gives_is_the_events_not_a_counts_as_of():
    d = drafts_by_number("The two fires on either side of the Greek capital started Monday "
                         "within hours of each other.", dt.date(2018, 7, 26))
    assert d["two"].as_of is None
    assert d["Monday"].quantity == "fire.start"
    # near miss: a day after a verb of dying still dates the count
    d = drafts_by_number("Two people died due to floods in Lakhimpur district Tuesday.",
                         dt.date(2018, 7, 26))
    assert d["Two"].as_of == "2018-07-24"


def test_a_weekdays_own_event_starts_that_day():
    d = drafts_by_number("Rescuers searched for the Nepali victims of Saturday’s devastating "
                         "earthquake.", dt.date(2015, 4, 27))
    assert d["Saturday’s"].quantity == "earthquake.start"


def test_a_sum_counted_this_week_alone_is_the_weeks():
    d = drafts_by_number("A boat capsized off Sabratha. The bodies of six people have been "
                         "retrieved, while 29 others are missing, the IOM said. At least 53 "
                         "migrants have been reported dead or missing off Libya this week "
                         "alone, the IOM said.", dt.date(2022, 4, 22))
    assert d["At least 53"].quantity == "libya.killed_weekly + libya.missing_weekly"
    # near miss: a toll with no window stays the running total
    d = drafts_by_number("At least 53 migrants have been reported dead or missing off Libya.",
                         dt.date(2022, 4, 22))
    assert d["At least 53"].quantity == "libya.killed + libya.missing"


def test_people_who_fled_in_one_day_are_that_days():
    d = drafts_by_number("Fighting raged in Mosul. Thousands arrived at the camp after 8,000 "
                         "people fled Mosul in one day.", dt.date(2016, 11, 4))
    assert d["8,000"].quantity == "mosul.departed_daily"
    # near miss: a record said of the count past a comma is no window of it
    d = drafts_by_number("As many as 129,000 people fled into Poland, the most in a single "
                         "day since the war started.", dt.date(2022, 3, 7))
    assert not d["As many as 129,000"].quantity.endswith("_daily")


def test_a_level_reached_on_a_day_is_the_running_total_that_day():
    # was saudi_arabia.departed_daily: 100,620 is every arrival so far, not Wednesday's
    d = drafts_by_number("Ethiopians were expelled. The number of people who fled Saudi Arabia "
                         "reached 100,620 on Wednesday.", dt.date(2013, 12, 5))
    assert d["100,620"].quantity == "saudi_arabia.departed"
    assert d["100,620"].as_of == "2013-12-04"
    # near miss: people who fled on a day are that day's
    d = drafts_by_number("Ethiopians were expelled. Some 3,000 people fled Saudi Arabia on "
                         "Wednesday.", dt.date(2013, 12, 5))
    assert d["Some 3,000"].quantity == "saudi_arabia.departed_daily"


def test_what_had_crossed_on_a_day_is_the_total_as_of_that_day():
    # was as of Tuesday, the day opening the sentence: the count's own clause has its day
    d = drafts_by_number("Slovenia sent troops. By late morning on Tuesday, 5,000 migrants had "
                         "entered Slovenia, after some 8,000 in total had crossed the border "
                         "on Monday.", dt.date(2015, 10, 20))
    assert d["some 8,000"].as_of == "2015-10-19"
    assert not d["some 8,000"].quantity.endswith("_daily")
    assert "on Monday" not in d  # the when of the count, no claim of its own
    # near miss: what crossed on the day is that day's
    d = drafts_by_number("Slovenia sent troops. Some 8,000 migrants crossed the border on "
                         "Monday.", dt.date(2015, 10, 20))
    assert d["Some 8,000"].quantity.endswith("_daily")


def test_a_count_over_a_range_of_days_is_as_of_its_last_day():
    d = drafts_by_number("Dengue spread across the Philippines. The DOH has tallied 188,562 "
                         "dengue cases from Jan. 1 to Aug. 3 this year.", dt.date(2019, 8, 6))
    assert d["188,562"].as_of == "2019-08-03"
    assert "from Jan. 1 to Aug. 3" not in d  # the when of the count, no claim of its own
    # near miss: a range of a verb before the count, not opening its clause, frames
    # nothing
    d = drafts_by_number("The rainy season lasts from Jan. 1 to Aug. 3, with storms causing "
                         "188,562 cases.", dt.date(2019, 8, 6))
    assert d["188,562"].as_of is None


def test_a_count_after_a_range_opening_its_clause_is_as_of_its_last_day():
    published = dt.date(2015, 7, 8)
    d = drafts_by_number("WHO announced that between 1 January and 28 June 2015, the "
                         "Ministry of Health of Niger notified WHO of 8,500 suspected cases.",
                         published)
    assert d["8,500"].as_of == "2015-06-28"  # a range is no day of a statement
    # of seven days: the week's counts, the list after the first one's too
    d = drafts_by_number("Cases fell in Niger: from 22 to 28 June, a total of 11 cases, "
                         "including 2 deaths, were reported.", published)
    assert (d["11"].as_of, d["11"].quantity) == ("2015-06-28", "niger.cases_weekly")
    assert (d["2"].as_of, d["2"].quantity) == ("2015-06-28", "niger.killed_weekly")
    # "when": the range is the verb's date as well, a claim of its own
    d = drafts_by_number("The outbreak in Niger peaked between 4 and 10 May when 2,182 "
                         "cases were reported.", published)
    assert d["2,182"].as_of == "2015-05-10" and "between 4 and 10 May" in d
    # near miss: three days' flow is neither a week's nor a running total
    d = drafts_by_number("Between Friday and Sunday, about 2,950 refugees had crossed into "
                         "Uganda.", published)
    assert d["about 2,950"].as_of is None


def test_a_bracket_restating_the_opening_day_keeps_the_frame():
    d = drafts_by_number("On Monday (Mar. 4), 17 bodies were found near the main road.",
                         PUBLISHED)
    assert d["17"].as_of == "2024-03-04"
    assert "Mar. 4" not in d  # the bracket is the frame's, no claim of its own
    # near miss: a bracket of other words breaks the opening frame's comma
    assert as_of("On Monday (a day of heavy rain) the river rose, and 17 bodies were "
                 "found.", "17") is None


def test_a_state_on_a_day_and_as_of_after_confirmed_cases():
    # "were in Greece on Thursday": how many were there that day
    assert as_of("About 20,000 migrants were in Greece on Thursday, the minister said.",
                 "About 20,000") == "2024-02-29"
    # "196 confirmed cases ... as of Nov. 2": "confirmed" is the cases' adjective, no
    # speech between the count and its frame
    d = drafts_by_number("Sierra Leone has 288 beds treating 196 confirmed cases of the "
                         "disease as of March 2, the mission said.", PUBLISHED)
    assert d["196"].as_of == "2024-03-02"
    # near miss: a day of the noun before it dates that noun, not the count
    assert as_of("In Soma, 787 people were inside the mine at the time of the explosion "
                 "on Tuesday.", "787") is None


def test_a_temperature_read_on_a_day_its_clause_names():
    d = drafts_by_number("Heat in Romania\n\nIn Romania temperatures on Monday hit 45 degrees "
                         "Celsius. The mercury hit 52 degrees Celsius (125.6 Fahrenheit) last "
                         "Friday.", PUBLISHED)
    assert d["45 degrees Celsius"].as_of == "2024-03-04"
    assert d["52 degrees Celsius"].as_of == "2024-03-01"
    assert "on Monday" not in d  # the day is the reading's frame, no claim of its own
    # near misses: a forecast has no reading yet; a day past a comma is another clause's
    assert as_of("Temperatures in Bulgaria were expected to hit 42 Celsius on Monday.",
                 "42 Celsius") is None
    assert as_of("Temperatures hit 40 Celsius, and schools closed on Monday.",
                 "40 Celsius") is None


def test_a_day_opening_the_sentence_dates_the_reading_and_a_past_years_is_that_years():
    d = drafts_by_number("Heat wave in Bihar\n\nOn Sunday, the maximum temperature in Bihar "
                         "touched 45.8 degrees Celsius, which was marginally less than the "
                         "highest recorded 46.6 degrees Celsius in 1966.", dt.date(2019, 6, 17))
    assert d["45.8 degrees Celsius"].as_of == "2019-06-16"
    assert d["45.8 degrees Celsius"].quantity == "bihar.max_temperature"
    # 1966's reading is no reading of this heat wave: no false contradiction with 45.8
    assert d["46.6 degrees Celsius"].quantity.endswith("_1966.max_temperature")
    assert d["46.6 degrees Celsius"].as_of is None
    # near misses: a day opening another sentence, or a statement's day, dates nothing
    assert as_of("On Sunday, schools closed. Temperatures hit 40 Celsius.", "40 Celsius") \
        is None
    assert as_of("Deaths rose, health officials reported Wednesday, amid a heat wave with "
                 "daytime highs over 110 F.", "over 110 F") is None


def test_people_reported_missing_on_a_day_are_counted_that_day():
    assert as_of("In Manila, three fishermen reported missing on Monday night were found.",
                 "three") == "2024-03-04"
    # near miss: "said" stays a speech verb between the count and the day
    assert as_of("In Manila, three fishermen were missing, officials said on Monday night.",
                 "three") is None


def test_the_nearest_as_of_frame_is_the_counts():
    d = drafts_by_number("In Dadaab, it stood at 247,798 registered refugees as of March 1, "
                         "compared to 248,719 as of February 15.", PUBLISHED)
    assert d["247,798"].as_of == "2024-03-01"
    assert d["248,719"].as_of == "2024-02-15"


def test_a_day_before_a_sentence_opening_with_a_number_is_written_as_said():
    d = drafts_by_number("The storm made landfall early on Monday. 160 flights were "
                         "cancelled.", PUBLISHED)
    assert "on Monday" in d  # not "on Monday." (the sentence's period)
    assert d["on Monday"].value == "on Monday"


def test_a_toll_set_on_a_day_counts_to_that_day():
    d = drafts_by_number("Typhoon toll rises\n\nThe Philippines early on Monday raised the "
                         "number of confirmed dead from Ketsana to 277. On Friday, the ministry "
                         "put the death toll at 36.", PUBLISHED)
    assert d["277"].as_of == "2024-03-04"
    assert d["36"].as_of == "2024-03-01"
    # near miss: a statement's day is no as-of frame of what it reports
    assert as_of("On Monday, the government said 5,000 people had fled.", "5,000") is None


def test_a_list_after_including_shares_the_frame_and_a_magnitude_has_none():
    d = drafts_by_number("Marburg cases jump\n\nThe tally yesterday stood at 313 cases, "
                         "including 280 deaths, with another 208 people under observation.",
                         PUBLISHED)
    assert {d[n].as_of for n in ("313", "280", "208")} == {"2024-03-05"}
    d = drafts_by_number("Quake hits Peru\n\nThe earthquake's magnitude was raised from 7.9 "
                         "to 8 on Monday by the U.S. Geological Survey.", PUBLISHED)
    assert d["7.9"].as_of is None and d["8"].as_of is None
    assert "on Monday" not in d  # the revision's day: no claim of its own


def test_an_hour_of_an_as_of_frame_reaches_past_a_passive_and_alone_is_the_storys_day():
    text = "The NDRRMC also said 823 aftershocks have been recorded as of 9 a.m. Monday."
    assert as_of(text, "823") == "2024-03-04T09:00"  # "have been recorded": no speech
    assert as_of("As of 8 a.m., 32 aftershocks were recorded in Gansu.", "32") \
        == "2024-03-06T08:00"  # an hour with no day: the story's day
    # near misses: a dash ends a distance's clause; a day said for a statement
    text = ("The Kinglake region, about 80km north of Melbourne, has been the worst hit - "
            "55 deaths had been reported in the area as of 6pm on Monday.")
    assert as_of(text, "about 80km") is None
    assert as_of(text, "55") == "2024-03-04T18:00"
    assert as_of("At 8 a.m., 32 aftershocks were recorded in Gansu.", "32") is None


def test_a_winds_speed_is_read_on_the_day_after_it():
    assert as_of("Winds reached about 69km/h on Monday morning in Ballarat.",
                 "about 69km/h") == "2024-03-04"
    # near miss: a day before the speed is what made landfall then, not the reading's
    text = "The storm made landfall Monday on Luzon island with sustained winds of 127 mph."
    assert as_of(text, "127 mph") is None
    assert drafts_by_number(text, PUBLISHED)["Monday"].quantity.endswith(".start")
    # ... but "By 1500 GMT Tuesday," frames the speed after it, at that hour in UTC
    text = ("By 1500 GMT Tuesday, the storm had weakened to a Category 2, with maximum "
            "sustained winds of about 165 kph.")
    assert as_of(text, "about 165 kph") == "2024-03-05T15:00+00:00"
    assert as_of("By 1500 GMT Tuesday, 40 people had died in Luzon.", "40") \
        == "2024-03-05T15:00+00:00"


def test_no_count_is_drafted_as_of_a_day_after_its_story():
    # published 6 March 2024: "as of 20 March 2024" is a misread or a typo in the
    # text; `verify` would hold it an error, so the draft leaves it out
    assert as_of("Some 1,000 people had fled as of 20 March 2024.", "Some 1,000") is None
    # near miss: the day before the story stays
    assert as_of("Some 1,000 people had fled as of 5 March 2024.", "Some 1,000") \
        == "2024-03-05"
    # a range of last year's months counts to its last day, not to this year's July
    assert as_of("Some 237,000 people fled from January to July last year.",
                 "Some 237,000") == "2023-07-31"


def test_people_counted_till_a_day_are_as_of_that_day():
    assert as_of("Twenty seven persons -- 19 men and eight women -- were pulled out alive "
                 "till March 1.", "Twenty seven") == "2024-03-01"
    assert as_of("Until Monday, 20 people had died in Chennai.", "20") == "2024-03-04"
    # near misses: things kept so till a day, and people who will stay till a day
    assert as_of("Railways cancelled 19 trains till March 1.", "19") is None
    assert as_of("Some 3,000 people will stay in shelters until Friday.", "Some 3,000") is None


def test_a_place_then_a_day_opening_the_sentence_frame_the_count():
    assert as_of("In Texas on Friday, just under 500,000 homes and businesses remained "
                 "without power.", "just under 500,000") == "2024-03-01"
    # near miss: a speech verb between the day and the count: the day of the saying
    assert as_of("In Texas people said on Friday, 500,000 homes remained without power.",
                 "500,000") is None


def test_an_hour_right_after_the_count_a_state_still_held_and_till_a_days_part():
    # "by" an hour right after the count, no day: the story's day at that hour
    assert as_of("The number of stranded vehicles was reduced to around 90 by 12:30 p.m.",
                 "around 90") == "2024-03-06T12:30"
    # "were still ... at 6 p.m. on Monday": a state that day, at that hour
    assert as_of("About 340 vehicles were still snowed in at 6 p.m. on Monday.",
                 "About 340") == "2024-03-04T18:00"
    # "till the afternoon of March 5": counted up to that day
    assert as_of("While 23 people died on March 4, 11 others died till the afternoon of "
                 "March 5, officials said.", "11") == "2024-03-05"
    # near misses: people who came "by 9 am" in a relative clause of their own; without
    # "still", a passive and its day tell when it happened, not a state counted
    assert as_of("The 40 people who came by 9 am were fed.", "40") is None
    assert as_of("About 340 vehicles were snowed in at 6 p.m. on Monday.", "About 340") \
        is None


def test_an_event_that_struck_again_on_a_day_is_another_one():
    d = drafts_by_number("Eruption on Flores\nThe Lewotobi Laki-laki volcano on Flores Island "
                         "erupted on Sunday night. The volcano erupted again on Tuesday.",
                         dt.date(2024, 11, 5))
    assert d["on Tuesday"].quantity == "eruption_tuesday.start"  # no second start of Sunday's
    # near miss: a day with no "again" is the event's own
    d = drafts_by_number("Eruption on Flores\nThe Lewotobi Laki-laki volcano on Flores Island "
                         "erupted on Tuesday.",
                         dt.date(2024, 11, 5))
    assert d["on Tuesday"].quantity == "eruption.start"


def test_the_day_a_toll_was_revised_is_no_day_of_the_event():
    d = drafts_by_number("Authorities said the eruption killed at least 10 people on Flores, "
                         "but on Tuesday they revised the death toll down by one.",
                         dt.date(2024, 11, 5))
    assert "on Tuesday" not in d
    # near miss: what they did on the day is no revision of a toll
    d = drafts_by_number("The volcano on Flores erupted, but on Tuesday they raised the alert "
                         "level.", dt.date(2024, 11, 5))
    assert "on Tuesday" in d


def test_a_count_over_two_days_is_as_of_the_later():
    published = dt.date(2012, 6, 12)  # a Tuesday
    d = drafts_by_number("UNHCR transfers almost 300 refugees on Sunday and Monday from "
                         "Nkamira to Kigeme.", published)
    assert d["almost 300"].as_of == "2012-06-11"  # by Monday, not Sunday
    # near miss: one day is that day
    d = drafts_by_number("UNHCR moved almost 300 refugees on Sunday from Nkamira.", published)
    assert d["almost 300"].as_of == "2012-06-10"


def test_a_day_things_stood_by_is_no_start_of_the_event_after_it():
    d = drafts_by_number("The earthquake on August 14 in Haiti killed 2,207. By Friday, aid "
                         "was flowing to Les Cayes, one of the cities worst hit by the quake.",
                         dt.date(2021, 8, 23))
    assert d["August 14"].quantity == "earthquake.start"
    assert d["Friday"].quantity != "earthquake.start"  # no rival start day
    # near miss: the day the quake struck, after it, is its start
    d = drafts_by_number("A strong earthquake struck Haiti on Saturday, killing 300.",
                         dt.date(2021, 8, 23))
    assert d["on Saturday"].quantity == "earthquake.start"


def test_new_tremors_are_no_start_of_the_storys_quake():
    text = ("A magnitude 6.4 quake hit Petrinja on Tuesday, killing seven. New tremors "
            "shook Croatia early yesterday as the Adriatic country was still picking up the "
            "pieces of a deadly earthquake that killed seven people.")
    assert quantity(text, "on Tuesday") == "earthquake.start"
    assert quantity(text, "yesterday") != "earthquake.start"


def test_the_first_of_two_avalanches_is_its_own_event():
    # the story's avalanche is the second; "the first avalanche on Feb. 4" is another
    text = ("An avalanche slammed into a road in Van on Feb. 5. A second avalanche occurred "
            "at noon on Feb. 5. At least five people were killed in the first avalanche on "
            "Feb. 4, officials said.")
    assert quantity(text, "Feb. 4") == "first_avalanche.start"
    assert quantity("An earlier snowslide on Feb. 4 buried a minibus in Van.", "Feb. 4") \
        == "earlier_snowslide.start"
    # near miss: with no second one, the first is the story's own
    text = "At least five people were killed in the first avalanche on Feb. 4 in Van."
    assert quantity(text, "Feb. 4") == "avalanche.start"


def test_a_previous_quake_is_its_own_event():
    text = ("A 5.9-magnitude earthquake hit Khoy overnight, killing at least three people. "
            "On January 18, a previous, 5.8-magnitude quake near Khoy left hundreds injured.")
    assert quantity(text, "5.9") == "earthquake.magnitude"
    assert quantity(text, "5.8") == "previous_quake.magnitude"
    assert quantity(text, "January 18") == "previous_quake.start"
    # near miss: the story's quake told again is the story's
    text = ("A 5.9-magnitude earthquake hit Khoy on Saturday. The quake, of magnitude 5.9, "
            "killed three people.")
    assert quantity(text, "on Saturday") == "earthquake.start"


def test_as_of_an_hour_at_the_end_of_the_counts_clause():
    # "18 relief centres (PPS) were still operating as of 4pm": the story's day, 16:00
    assert as_of("The secretariat in its latest report said 18 relief centres (PPS) were "
                 "still operating as of 4pm, namely one in Tatau.", "18") == "2024-03-06T16:00"
    # near miss: an hour of another clause (past the comma) says nothing of the count
    assert as_of("Rescuers said 40 people were trapped, and the road would reopen as of "
                 "4pm.", "40") is None


def test_as_at_an_hour_after_a_count_and_its_families():
    assert as_of("The number of evacuees had risen from the 12,636 from 4,307 families as at "
                 "8am.", "12,636") == "2024-03-06T08:00"


def test_a_day_opening_the_sentence_dates_the_state_its_one_verb_of_being_tells():
    # Monday before Wednesday 6 March 2024 is 4 March
    text = "On Monday evening the Rita school shelter was full with 470 evacuees."
    assert as_of(text, "470") == "2024-03-04"
    # near misses: an event's verb, and a speech verb, date no state
    assert as_of("On Monday a bus crashed in Majuro, killing 30.", "30") is None
    assert as_of("On Monday officials said 40 were missing in Majuro.", "40") is None


def test_an_hour_opening_the_sentence_dates_an_amount_read_by_then():
    text = "By 12:30 p.m., 33 centimetres of snow had already been recorded at the airport."
    assert as_of(text, "33 centimetres") == "2024-03-06T12:30"
    # near miss: an amount with the hour after it and no "by" or "as of" has none
    assert as_of("The airport recorded 33 centimetres of snow at 12:30 p.m.",
                 "33 centimetres") is None


def test_a_by_day_of_what_is_to_come_dates_no_number_before_it():
    """ "was expected to ... reach its peak by Tuesday": the Tuesday to come is the
    peak's, not the day the levels told before it were counted by."""
    text = ("The Elbe, which rose to 7.29 meters on Saturday morning, compared with "
            "6.95 meters on Friday and a normal level of about two meters, was expected "
            "to climb even higher and reach its peak by Tuesday, officials said.")
    assert as_of(text, "7.29 meters") == "2024-03-02"  # read on its own day
    assert as_of(text, "6.95 meters") == "2024-03-01"
    # near miss: an amount delivered by a day is counted up to it
    assert as_of("Flights had delivered 300 tonnes of aid by Monday.", "300 tonnes") \
        == "2024-03-04"


def test_a_day_restated_in_another_time_zone_is_no_claim_of_its_own():
    d = drafts_by_number("The undersea quake struck at 1:31 am Friday (2231 GMT Thursday) "
                         "near Kos.", PUBLISHED)
    assert d["Friday"].quantity == "earthquake.start"
    assert "Thursday" not in d
    # near miss: a second day that is no clock in UTC is drafted
    d = drafts_by_number("The quake struck on Friday and an aftershock on Saturday.",
                         PUBLISHED)
    assert "on Saturday" in d


def test_an_as_of_hour_may_be_written_with_a_point():
    d = drafts_by_number("As of 4.20 am on August 12, 29 rescuers were working in the "
                         "district.", dt.date(2024, 8, 12))
    assert d["29"].as_of == "2024-08-12T04:20"


def test_where_a_place_lies_has_no_as_of_where_a_storm_is_has():
    d = drafts_by_number("The floods cut power in the town of Omsukchan, 420 kilometers "
                         "(260 miles) northwest of Magadan, with crews still at work as of "
                         "Monday.", PUBLISHED)
    assert d["420 kilometers"].as_of is None
    d = drafts_by_number("As of Monday, the typhoon was 300 kilometers south of Okinawa.",
                         PUBLISHED)
    assert d["300 kilometers"].as_of == "2024-03-04"


def test_a_day_after_a_clock_in_utc_is_no_claim_of_its_own():
    d = drafts_by_number("A quake shook Argentina late Monday night. It struck at 11.46 pm "
                         "local time (02:45 GMT Tuesday) at a depth of 20 kilometres.",
                         PUBLISHED)
    assert "Tuesday" not in d and d["late Monday night"].quantity == "earthquake.start"


def test_a_toll_that_claimed_lives_is_counted_by_its_by_day():
    d = drafts_by_number("By Sunday evening, the flooding claimed the lives of 10 people "
                         "in Dar es Salaam.", PUBLISHED)
    assert d["10"].as_of == "2024-03-03"
    # near miss: a claim of a speaker is speech, and a day before it is the statement's
    # (but "By Sunday evening, the mayor claimed" counts to that evening)
    d = drafts_by_number("On Sunday evening, the mayor claimed that 10 people had died.",
                         PUBLISHED)
    assert d["10"].as_of is None


def test_a_bare_day_of_two_running_is_written_with_its_month():
    # was "2020-08-22": no number of its quote, an error of the quote check
    d = drafts_by_number("Violent storms struck the Veneto on the weekend of 22 and 23 "
                         "August, damaging vineyards.", dt.date(2020, 8, 26))
    assert (d["22"].value, d["23 August"].value) == ("22 August", "23 August")
    d = drafts_by_number("Rains on May 1 and 2 killed 13 people.", dt.date(2024, 5, 8))
    assert (d["May 1"].value, d["2"].value) == ("May 1", "2 May")


def test_a_day_restated_in_brackets_in_another_time_zone_is_no_second_start():
    # The Guardian (holdout832): "a 5.5 magnitude tremor at about 2am (21.30 BST
    # yesterday)" was `earthquake.start` beside "struck eastern Afghanistan early today"
    text = ("Dozens are feared killed by two strong earthquakes that struck eastern Afghanistan "
            "early today, officials said. The US Geological Survey said Nangarhar province was "
            "hit by a 5.5 magnitude tremor at about 2am (21.30 BST yesterday).")
    assert quantity(text, "today") == "earthquake.start"
    assert quantity(text, "yesterday") != "earthquake.start"
