"""A count of an earlier year, in a story of this one, is that year's: never linked
with the story's own count (nor a false conflict with it). Near misses: this year,
a span of years, a name that already carries its year."""

import datetime as dt

from tests.extract.drafting_support import drafts_by_number


def quantities(text: str, published: dt.date) -> dict:
    return {k: d.quantity for k, d in drafts_by_number(text, published).items()}


def test_a_count_of_an_earlier_year_is_that_years():
    q = quantities("The heat wave has killed 66 people in Telangana. About 2,000 people "
                   "died in 2015 in both states during a heat wave.", dt.date(2016, 4, 7))
    assert q["66"] == "telangana.killed"
    assert q["About 2,000"] == "heatwave_2015.killed"  # the story's event, of 2015
    # "last year" is the year before publication; no event named: the measure's year
    q = quantities("Last year, 1,705 people lost their lives due to dengue in Bangladesh.",
                   dt.date(2024, 7, 29))
    assert q["1,705"] == "bangladesh.killed_2023"
    assert "Last year" not in q  # the when of the count: read, but no claim of its own
    q = quantities("About 60,600 homes were damaged in Louisiana after torrential rains "
                   "earlier this month.", dt.date(2016, 8, 22))
    assert q["About 60,600"] == "louisiana.homes_damaged"
    # (1 to 22 August): the rains' start, the date right after their noun, as gold
    # writers name "heavy rains last week"
    assert q["earlier this month"] == "rains.start"
    q = quantities("About 60,600 homes in Louisiana were damaged earlier this month.",
                   dt.date(2016, 8, 22))
    assert "earlier this month" not in q  # read, but the when only
    q = quantities("Floods in Nigeria's Borno state killed 37 people in Maiduguri. Last year, "
                   "floods across the country killed more than 600 people.", dt.date(2024, 8, 16))
    assert q["more than 600"] == "flood_2023.killed"


def test_near_misses_keep_the_storys_count():
    published = dt.date(2016, 4, 7)
    assert quantities("In 2016, 300 people died in Telangana.", published)["300"] \
        == "telangana.killed"  # this year
    assert quantities("Between 2010 and 2015, 300 people died in Telangana.",
                      published)["300"] == "telangana.killed"  # a span: no one year
    # another clause's year says nothing of this count
    q = quantities("In Telangana, 300 people died, more than in 2015.", published)
    assert q["300"] == "telangana.killed"


def test_an_earlier_quake_of_a_month_and_year_is_that_quakes_by_the_storys_word():
    # a story of 29 October 2008: 6.4 is this quake's; 7.6 and 73,000 the 2005 quake's,
    # never the story's magnitude (no false conflict of 6.4 with 7.6)
    q = quantities("A 6.4 magnitude quake hit Ziarat on Wednesday. In October 2005, about "
                   "73,000 people were killed when a 7.6 magnitude quake hit northern "
                   "mountains.", dt.date(2008, 10, 29))
    assert q["6.4"] == "earthquake.magnitude"
    assert q["October 2005"] == "quake_2005.start"
    assert q["about 73,000"] == "quake_2005.killed"
    assert q["7.6"] == "quake_2005.magnitude"
    # near misses: a count up to now "since" an earlier month is the story's; a plural
    # of the lexicon's word keeps the lexicon's name
    q = quantities("Cholera has spread across Sudan, with 1,430 deaths since the outbreak "
                   "in August 2024.", dt.date(2025, 5, 29))
    assert q["1,430"] == "sudan.killed"
    q = quantities("Last year, the worst floods on record in Baluchistan killed hundreds.",
                   dt.date(2008, 10, 29))
    assert q["hundreds"] == "flood_2007.killed"


def test_a_count_of_this_year_alone_is_the_years_and_the_year_may_stand_a_piece_before():
    # published 6 February 2018: "in 2018 alone" is this year's count, its own quantity
    q = quantities("The outbreak has affected 15 states. Adewole, who spoke in Abuja on "
                   "Monday, said that in 2018 alone, Nigeria recorded 77 cases.",
                   dt.date(2018, 2, 6))
    assert q["77"] == "nigeria.cases_2018"
    # near miss: this year with no "alone" is the running count
    q = quantities("Adewole said that in 2018, Nigeria recorded 77 cases.", dt.date(2018, 2, 6))
    assert q["77"] == "nigeria.cases"


def test_the_worst_since_an_earlier_count_is_that_years_events():
    q = quantities("Twelve people died in the Bronx fire on Thursday. Excluding the September "
                   "11 attacks, it was the worst fire in the city since 87 people were killed "
                   "at a social club fire in the Bronx in 1990.", dt.date(2017, 12, 29))
    assert q["87"] == "fire_1990.killed"  # the event after the number: no attack's
    # near miss: a count since an event of an earlier year runs up to now
    q = quantities("The outbreak has killed 1,430 people since it began in August 2023 in "
                   "Bangladesh.", dt.date(2024, 8, 16))
    assert not q["1,430"].endswith("_2023") and "_2023." not in q["1,430"]


def test_a_count_in_the_simple_past_keeps_the_year_of_the_sentence_before():
    text = ("Eight people have died from an outbreak of Marburg virus in Rwanda. The virus "
            "was first identified in 1967 after it caused outbreaks in laboratories in "
            "Marburg, Germany. Seven people died who were exposed to the virus.")
    q = quantities(text, dt.date(2024, 9, 30))
    assert q["Eight"] == "rwanda.killed"
    assert q["Seven"] == "outbreak_1967.killed"  # 1967's, not the story's eight
    # near misses: a sentence with a time of its own, and a count in the perfect
    q = quantities("In 2011, close to 200 people died off Zanzibar. The following year, at "
                   "least 145 people died in Tanzania.", dt.date(2018, 9, 22))
    assert not q["at least 145"].endswith("_2011") and "2011" not in q["at least 145"]
    q = quantities("The outbreak began in 2023 in Rwanda. Eight people have died.",
                   dt.date(2024, 9, 30))
    assert q["Eight"] == "rwanda.killed"


def test_a_year_then_when_dates_the_count_and_a_trip_owns_no_toll():
    text = ("A ferry carrying 462 people on an overnight trip sank off South Korea, leaving "
            "more than 280 people missing. It was one of South Korea's biggest ferry "
            "disasters since 1993, when 292 people died.")
    q = quantities(text, dt.date(2014, 4, 16))
    assert q["292"] == "south_korea.killed_1993"  # no trip of 1993 killed them
    # near miss: "since" a year with no "when" runs up to now
    q = quantities("Some 292 people have died in South Korea since 1993.", dt.date(2014, 4, 16))
    assert q["Some 292"] == "south_korea.killed"
    # "when" a few words before the count: "the deadliest incident was in 2011, when a
    # batch of country-made liquor killed at least 168 people"
    q = quantities("More than 100 people died from drinking moonshine in 2015 in Mumbai, while "
                   "the deadliest incident in West Bengal was in 2011, when a batch of "
                   "country-made liquor killed at least 168 people.", dt.date(2019, 2, 23))
    assert q["at least 168"].endswith("_2011.killed") or q["at least 168"].endswith("_2011")


def test_a_year_owning_an_earlier_event_dates_its_toll():
    text = ("A train derailed near Santiago. The scene will stir memories of 2004's Madrid "
            "train bombing that killed 191 people.")
    q = quantities(text, dt.date(2013, 7, 26))
    assert q["191"] == "bombing_2004.killed" and q["2004"] == "bombing_2004.start"
    # near miss: the story's own year owning its event keeps the story's count
    q = quantities("2013's worst train crash killed 80 people in Spain.", dt.date(2013, 7, 26))
    assert not q["80"].endswith("_2013")


def test_a_whole_year_before_the_storys_is_another_events():
    text = ("Several strong earthquakes rattled western Afghanistan on Saturday. A "
            "devastating quake killed more than 1,000 people in Afghanistan in 2022.")
    q = quantities(text, dt.date(2023, 10, 8))
    assert q["more than 1,000"] == "quake_2022.killed" and q["2022"] == "quake_2022.start"
    assert q["on Saturday"] == "earthquake.start"  # the story's own quake keeps its name


def test_the_year_of_a_named_earlier_storm_is_its_start():
    q = quantities("Typhoon Bopha made landfall on Tuesday. Typhoon Washi killed 1,500 people "
                   "in 2011.", dt.date(2012, 12, 5))
    assert q["2011"] == "washi.start" and q["1,500"] == "washi.killed"
    # near miss: a day of a storm with no verb of its start dates nothing of it
    q = quantities("Typhoon Bopha made landfall on Tuesday. Typhoon Washi weakened on "
                   "Thursday.", dt.date(2012, 12, 5))
    assert not q["on Thursday"].endswith(".start")


def test_another_named_events_toll_is_its_own_wherever_it_struck():
    text = ("Cyclone Kenneth kills 38\nCyclone Kenneth killed 38 people in Mozambique, six "
            "weeks after Cyclone Idai, which in March killed hundreds in Mozambique.")
    q = quantities(text, dt.date(2019, 4, 29))
    assert q["38"] == "mozambique.killed" and q["hundreds"] == "idai.killed"
    assert q["March"] == "idai.start"  # another event's month: when it happened
    # the story's first named event is its own, whatever its title
    text = text.replace("Cyclone Kenneth kills 38", "Storms in Africa")
    assert quantities(text, dt.date(2019, 4, 29))["38"] == "mozambique.killed"
    # near miss: the storm the title names is the story's: the place says whose count
    text = ("Ketsana death toll nears 400\nThe number of people affected by Ketsana in the "
            "Philippines rose to 2.5 million.")
    assert quantities(text, dt.date(2009, 10, 1))["2.5 million"] == "philippines.affected"


def test_a_year_before_an_event_and_when_is_that_events():
    q = quantities("Aid workers are scrambling to ensure that the food crisis does not "
                   "replicate the country's infamous 1984 famine, when about 1 million "
                   "Ethiopians perished and 7 million more suffered.", dt.date(2003, 5, 20))
    assert q["about 1 million"] == "famine_1984.killed"
    # near miss: a famine feared is no event; "millions on the edge of death" are alive
    q = quantities("Ethiopia launched a $4.4 billion appeal to avert famine on Monday. Prime "
                   "Minister Meles Zenawi said millions of his people are now on the edge "
                   "of death.", dt.date(2003, 5, 20))
    assert not q["on Monday"].startswith("famine")
    assert q["millions"].endswith(".near_death")


def test_a_count_from_the_new_year_is_this_years_not_the_storys():
    # 36 deaths from 1 January and nine since 15 August: two windows, no trend broken
    q = quantities("Nine deaths have been confirmed in Kerala since August 15. Kerala has "
                   "reported 788 cases and 36 deaths from January 1 to September 1 this year.",
                   dt.date(2018, 9, 4))
    assert q["Nine"] == "kerala.killed"
    assert q["36"] == "kerala.killed_2018"
    # near misses: a window from another day, or open from the new year ("since January
    # 1": an epidemic's season), is the story's running count
    assert quantities("In Kerala, 36 deaths have been confirmed since January 1.",
                      dt.date(2018, 9, 4))["36"] == "kerala.killed"
    assert quantities("In Kerala, 36 deaths have been confirmed since August 1.",
                      dt.date(2018, 9, 4))["36"] == "kerala.killed"


def test_the_whole_of_an_earlier_year_is_that_years_count():
    # "30 ... compared with 37 in the whole of 2023": 37 is 2023's, not a rival of 30
    q = quantities("Heat stroke has killed 30 people in Thailand this year, compared with 37 "
                   "in the whole of 2023.", dt.date(2024, 4, 18))
    assert q["30"] == "thailand.killed"
    assert q["37"] == "thailand.killed_2023"
    assert quantities("Thailand counted 37 deaths in all of 2023.",
                      dt.date(2024, 4, 18))["37"] == "thailand.killed_2023"
    # near miss: the whole of this year is the story's own count
    assert quantities("Thailand has counted 37 deaths in the whole of 2024.",
                      dt.date(2024, 12, 30))["37"] == "thailand.killed"


def test_a_population_of_a_census_year_is_the_places_not_an_events():
    # "a population of 2.5 million as per the last census in 2011", in a flood story
    # of 2017: the place's people in 2011, never the 2011 flood's
    q = quantities("Floods hit Sistan-Baluchestan Province in Iran, killing 12. The province "
                   "has a population of more than 2.5 million people as per the last census "
                   "in 2011.", dt.date(2017, 1, 20))
    assert not q["more than 2.5 million"].startswith("flood")
    assert q["more than 2.5 million"].endswith(".population_2011")
    # near miss: a toll of 2011 stays the flood's of that year
    q = quantities("Floods hit Iran, killing 12. In 2011, floods killed 40 people in Iran.",
                   dt.date(2017, 1, 20))
    assert q["40"] == "flood_2011.killed"


def test_a_past_decades_count_is_that_decades_events():
    published = dt.date(2012, 8, 2)
    q = quantities("North Korea floods kill 31 people. Hundreds of thousands died during a "
                   "famine in the mid to late-1990s.", published)
    assert q["31"] == "north_korea.killed"
    assert q["Hundreds of thousands"] == "famine_1990.killed"  # 1990 to 1999, all past
    # inside "since": the earlier event's own count, by its own word (not "flooding")
    q = quantities("The flooding struck North Korea, which has grappled with food shortages "
                   "since a famine in the 1990s killed hundreds of thousands.", published)
    assert q["hundreds of thousands"] == "famine_1990.killed"


def test_near_misses_a_decade_not_over_and_a_count_since_a_decade():
    # the 2010s are not over in 2012: the count may be this year's
    q = quantities("In the 2010s, 40 people died in Haiti.", dt.date(2012, 8, 2))
    assert q["40"] == "haiti.killed"
    # a count since the decade (after "since", not inside it) runs up to now
    q = quantities("More than 300 people have died in Haiti since an outbreak in the 1990s.",
                   dt.date(2012, 8, 2))
    assert q["More than 300"] == "haiti.killed"


def test_an_event_earlier_in_a_month_is_another_event_named_by_its_month():
    # a story of the weekend floods of 29-30 July; the week of floods earlier in July
    # is another event: 88 never rivals the month's toll of 119
    q = quantities("Floods have left 31 people dead in North Korea, raising the toll to 119. "
                   "A week of floods earlier in July had killed 88 people and left nearly "
                   "63,000 homeless.", dt.date(2012, 8, 2))
    assert q["88"] == "flood_july.killed"
    assert q["nearly 63,000"] == "flood_july.homeless"
    # near miss: the month alone is the story's own floods' ("in July": no earlier one)
    q = quantities("Floods in July killed 88 people in North Korea.", dt.date(2012, 8, 2))
    assert q["88"] == "north_korea.killed"


def test_the_rescued_of_the_year_the_sentence_before_dates_are_that_years():
    q = quantities("Boat capsizes off Lamu. He said 20 people were rescued by local divers. In "
                   "January 2012 two passenger boats collided near Lamu Island, leaving seven "
                   "people dead. Several others sustained injuries while 15 were rescued.",
                   dt.date(2017, 1, 10))
    assert q["15"].endswith(".rescued_2012")  # never a rival of this year's 20
    assert q["20"] == "boat.rescued"


def test_a_level_its_own_words_date_to_a_year_is_that_years():
    # the Charente at Saintes, December 2023: 6.18 m (2021) and 6.84 m (1982) were
    # both `saintes.water_level` with this week's 6.09 m, three levels of one river
    # that cannot all be true
    q = quantities("The peak of the Charente was reached on Sunday at 6.09 meters in Saintes. "
                   "The water level has therefore not reached the 6.18 meters measured in "
                   "2021, nor the historic flood of December 23, 1982, when the Charente rose "
                   "to 6.84 meters in Saintes.", dt.date(2023, 12, 19))
    assert q["6.18 meters"].endswith("_2021.water_level")
    assert q["6.84 meters"].endswith("_1982.water_level")
    assert "20" not in q["6.09 meters"]
    # near miss: a year that dates another reading of the sentence, not this one
    q = quantities("The lake reached 20.1 meters in Jiangxi on Saturday, above the record high "
                   "set in 1998 and well over the alert level of 19.50 meters.",
                   dt.date(2020, 7, 12))
    assert "1998" not in q["19.50 meters"]


def test_the_months_of_an_earlier_year_are_that_years():
    # 97,100 deported "from January to July 2015" against 90,452 of the same months of
    # 2019, both guatemala.deported: a false disagreement (holdout533)
    got = quantities("Deportations from January to July 2015 from Mexico to Guatemala added "
                     "to 97,100, in comparison to 60,060 in the same months of 2014.",
                     dt.date(2019, 8, 1))
    assert got["97,100"].endswith("_2015") and got["60,060"].endswith("_2014")
    # near miss: the months of the story's own year are its count
    got = quantities("Mexico deported 90,452 people to Guatemala from January to July 2019.",
                     dt.date(2019, 8, 1))
    assert not got["90,452"].endswith("_2019")


def test_a_decade_in_the_sentence_before_dates_no_count():
    # NewsBreak (holdout587): "a two-storey building constructed in the early 1990s.
    # More than 900 people were evacuated" crashed extract (a decade read as a year)
    q = quantities("The explosion struck a two-storey building in Shiyan constructed in the "
                   "early 1990s, which includes pharmacies. More than 900 people were "
                   "evacuated from the area.", dt.date(2021, 6, 13))
    assert q["More than 900"] == "shiyan.evacuated"
    # near miss: a year in the sentence before dates the count told in the simple past
    q = quantities("The virus was first identified in Shiyan in 1967 after outbreaks in "
                   "laboratories. Seven people died.", dt.date(2021, 6, 13))
    assert q["Seven"] == "outbreak_1967.killed"


def test_each_term_of_a_sum_of_an_earlier_year_is_that_years():
    # The Straits Times (holdout614): "Some 132 people were reported dead or missing due to
    # natural disasters in Vietnam last year" was vietnam.killed + vietnam.missing, held
    # against this year's three dead and three missing: a false contradiction
    q = quantities("Floods have killed 18 people in central Vietnam. Some 132 people were "
                   "reported dead or missing due to natural disasters in Vietnam last year.",
                   dt.date(2020, 10, 10))
    assert q["Some 132"] == "flood_2019.killed + flood_2019.missing"
    # near miss: the sum of the story's own year keeps its place
    q = quantities("Floods have left 132 people dead or missing in Vietnam this week.",
                   dt.date(2020, 10, 10))
    assert q["132"] == "vietnam.killed + vietnam.missing"


def test_an_aside_takes_the_year_of_the_clause_it_stands_in():
    # Greece Outside In (holdout704): "The deadliest recent earthquake, of 5.9 magnitude,
    # struck near Athens in September 1999" was the story's quake, against its 6.3
    q = quantities("A strong earthquake with a magnitude of 6.3 struck west of Crete. The "
                   "deadliest recent earthquake, of 5.9 magnitude, struck near Athens in "
                   "September 1999, resulting in 143 dead.", dt.date(2013, 10, 12))
    assert q["5.9"] == "earthquake_1999.magnitude"
    assert q["6.3"] == "earthquake.magnitude"
    # near miss: an aside in a clause with no year is the story's
    q = quantities("The earthquake, of 6.3 magnitude, struck west of Crete on Saturday.",
                   dt.date(2013, 10, 12))
    assert q["6.3"] == "earthquake.magnitude"
    # ... and a year a comma sets off after the clause's day (InfoNews, holdout696)
    q = quantities("A magnitude 5.4 earthquake shook Peru's Colca Valley. Peru's last major "
                   "earthquake, of magnitude 7.9, hit on Aug. 15, 2007, and killed nearly 600 "
                   "people.", dt.date(2016, 8, 16))
    assert q["7.9"] == "earthquake_2007.magnitude"
    # near miss: a count after the comma is no year
    q = quantities("The earthquake, of 6.3 magnitude, struck on Saturday, 1900 people said.",
                   dt.date(2013, 10, 12))
    assert q["6.3"] == "earthquake.magnitude"



def test_the_year_after_a_count_a_change_started_from_is_that_counts():
    # Daventry Express (holdout733): "rose to 4,880,200 from 4,533,222 in 2011" gave the
    # new count the year of the old one, and the old one `_previous_count_2011`
    q = quantities("Census results\n\nThe population of Leeds grew to 812,000 from 751,000 in "
                   "2011, the census found.", dt.date(2022, 6, 28))
    assert q["812,000"] == "leeds.population"
    assert q["751,000"] == "leeds.population_2011"
    q = quantities("Census results\n\nThe population of Leeds grew to 812,000 in 2021 from "
                   "751,000 in 2011.", dt.date(2022, 6, 28))
    assert q["812,000"] == "leeds.population_2021"
    assert q["751,000"] == "leeds.population_2011"
    # near misses: a toll that rose from an earlier count with no year keeps it apart,
    # and a count told in a year is that year's
    q = quantities("Floods in Kerala\n\nThe death toll in Kerala rose to 52 from 38 on "
                   "Sunday.", dt.date(2022, 6, 28))
    assert q["38"] == "kerala.killed_previous_count"
    q = quantities("Floods in Kerala\n\nFloods killed 400 people in Kerala in 2018.",
                   dt.date(2022, 6, 28))
    assert q["400"] == "flood_2018.killed"



def test_a_towns_founding_year_dates_no_count():
    # Capital Press (holdout737): "A rural railroad town established in 1909, Malden has
    # a population of roughly 250 people" was `malden.population_1909`
    q = quantities("Fire destroys Malden\n\nA fire swept through the town of Malden. A rural "
                   "railroad town established in 1909, Malden has a population of roughly 250 "
                   "people.", dt.date(2020, 9, 8))
    assert q["roughly 250"] == "malden.population"
    # near miss: a count told in a year is that year's
    q = quantities("Fire destroys Malden\n\nA fire swept through the town of Malden. In 1909, "
                   "Malden had a population of roughly 250 people.", dt.date(2020, 9, 8))
    assert q["roughly 250"] == "malden.population_1909"

