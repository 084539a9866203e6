"""Whose count it is: a province told after "in the northern", a sub-place apart from
its country."""

from __future__ import annotations

import datetime as dt

from factcheck.extract.metadata import metadata_spans
from factcheck.extract.places import Places
from tests.extract.drafting_support import drafts_by_number

PUBLISHED = dt.date(2018, 8, 18)


def drafts(text: str) -> dict:
    return drafts_by_number(text, PUBLISHED)


def test_a_province_after_in_the_and_a_direction_is_a_place():
    d = drafts("The death toll in Mozambique has reached 73, with 66 fatalities reported "
               "in the northern Cabo Delgado province, four in Nampula, and three in Niassa.")
    assert d["73"].quantity == "mozambique.killed"
    assert d["66"].quantity == "cabo_delgado.killed"
    assert d["four"].quantity == "nampula.killed"


def test_a_region_after_in_the_neighbouring_is_a_place():
    # was the document's own count: "the neighbouring" stood where a direction would
    d = drafts("At least 20 people died in Amhara. Six people were killed in the "
               "neighbouring Sidama regional state, local officials said.")
    assert d["Six"].quantity == "sidama.killed"
    assert drafts("Six people were killed in the nearby Fox Creek, police said.")[
        "Six"].quantity == "fox_creek.killed"
    # near miss: a body's name is still no place
    assert drafts("Six people were killed in the neighbouring Ministry of Health "
                  "building.")["Six"].quantity != "ministry_of_health.killed"


def test_a_capitalised_name_after_the_and_a_direction_with_no_preposition_is_no_place():
    # "the northern Army" follows no preposition: an agent, no place
    d = drafts("In Peru, the northern Army Command said 40 people died.")
    assert d["40"].quantity == "peru.killed"
    # a preposition and "the" but no direction word: "the Red Cross" is not read as a place
    d = drafts("In Peru, according to the Red Cross, 40 people died.")
    assert d["40"].quantity == "peru.killed"


def test_a_paragraph_that_opens_in_a_place_frames_its_later_sentences():
    text = ("Cyclone Chido hit Mozambique, where the cyclone unleashed winds of up to "
            "260 km/h.\n\nIn Mayotte, a French overseas territory, at least 31 people "
            "were confirmed dead. Winds exceeding 220 km/h caused severe damage. "
            "Rescuers said 12 people were rescued.")
    d = drafts(text)
    assert d["up to 260 km/h"].quantity == "cyclone.wind_speed"
    assert d["exceeding 220 km/h"].quantity == "mayotte.wind_speed"
    assert d["12"].quantity == "mayotte.rescued"


def test_a_paragraph_that_opens_on_a_place_struck_frames_its_later_sentences():
    # were algeria.killed, the story's country, against Algeria's own six dead
    d = drafts("Torrential rains hit southern Algeria, killing six people.\n\nMorocco, "
               "Algeria's eastern neighbour, has also been badly hit by the storms. At least "
               "18 people were killed and more than 50 houses destroyed.")
    assert d["six"].quantity == "algeria.killed"
    assert d["At least 18"].quantity == "morocco.killed"
    # near miss: a place that opens a paragraph but is not struck frames nothing
    d = drafts("Torrential rains hit southern Algeria, killing six people.\n\nMorocco, "
               "Algeria's eastern neighbour, has sent aid. At least 18 people were killed.")
    assert d["At least 18"].quantity != "morocco.killed"


def test_a_paragraph_that_opens_on_a_new_event_striking_a_place_frames_its_counts():
    # JAMnews (holdout656): in a story of Azerbaijan's quake, Iran's 430 dead were
    # Azerbaijan's once Azerbaijan stayed the story's place
    d = drafts("An earthquake hit Azerbaijan, damaging over 130 homes in Agdam. There "
               "were no fatalities in Azerbaijan.\n\nA powerful 7.3 magnitude earthquake "
               "struck southern Iran on 13 November. More than 430 people died.")
    assert d["More than 430"].quantity == "southern_iran.killed"
    # near miss: a paragraph opening on the story's event told again frames nothing new
    d = drafts("An earthquake hit Azerbaijan, damaging over 130 homes in Agdam.\n\nThe "
               "earthquake struck at night. More than 30 people were injured.")
    assert d["More than 30"].quantity == "azerbaijan.injured"


def test_a_place_named_inside_a_paragraph_frames_nothing_after_it():
    # Mayotte is not the paragraph's opening words: the wind is the storm's
    text = ("Cyclone Chido hit Mozambique on Sunday.\n\nThe storm then reached Mayotte, "
            "a French overseas territory. Winds exceeding 220 km/h caused severe damage.")
    assert drafts(text)["exceeding 220 km/h"].quantity == "cyclone.wind_speed"
    # the next paragraph is out of the frame
    text = ("In Mayotte, at least 31 people were confirmed dead.\n\n"
            "Cyclone Chido hit Mozambique on Sunday. Winds exceeding 220 km/h caused damage.")
    assert drafts(text)["exceeding 220 km/h"].quantity in ("cyclone.wind_speed",
                                                           "storm.wind_speed")


def test_there_points_back_at_the_place_the_sentence_before_named():
    # nine of the country's at least 11 dead were found in Iwaizumi, not nine in Japan
    text = ("Typhoon Lionrock left at least 11 people dead in Japan, officials said. The "
            "nursing home in the town of Iwaizumi had only a ground floor. Police "
            "discovered nine bodies there on Wednesday.")
    d = drafts(text)
    assert d["at least 11"].quantity == "japan.killed"
    assert d["nine"].quantity == "iwaizumi.killed"
    # near misses: "there were" and "out there" point at nothing
    text = ("Typhoon Lionrock left at least 11 people dead in Japan, officials said. The "
            "storm also hit the town of Iwaizumi. There were nine more deaths, and more are "
            "out there in the mud: searchers found four bodies out there.")
    d = drafts(text)
    assert d["nine"].quantity != "iwaizumi.killed"
    assert d["four"].quantity != "iwaizumi.killed"
    # near miss: of two places before, "there" may be either
    text = ("Storms hit Lower Austria on Friday. The district of Hollabrunn and St. Anton am "
            "Arlberg were badly affected. Dozens of fire departments were deployed there.")
    assert not drafts(text)["Dozens"].quantity.startswith(("hollabrunn.", "arlberg."))


def test_those_towns_are_all_the_places_the_sentence_before_named():
    # were armero.population, a rival of Armero's own 25,000
    text = ("The mud nearly buried the town of Armero, which has a population of 25,000. "
            "The avalanche also destroyed the villages of Santuario, Carmelo and Pindalito. "
            "A total of 20,000 people lived in those towns.")
    d = drafts(text)
    assert d["25,000"].quantity == "armero.population"
    assert d["20,000"].quantity == "santuario_carmelo_and_pindalito.population"
    # near miss: with one place before, "those towns" are not all of it
    text = ("The mud nearly buried the town of Armero, which has a population of 25,000. "
            "The avalanche also hit Santuario. A total of 20,000 people lived in those towns.")
    assert drafts(text)["20,000"].quantity != "santuario.population"


def test_things_struck_in_a_war_are_attacked_and_people_are_no_things():
    assert drafts("In Darfur, fighters attacked 12 villages.")["12"].quantity == \
        "darfur.villages_attacked"
    assert drafts("In Gaza, 40 schools were shelled.")["40"].quantity == "gaza.schools_attacked"
    assert "attacked" not in drafts("In Gaza, 40 people were attacked.")["40"].quantity


def test_the_district_points_back_to_the_last_place_called_a_district():
    text = ("In Thailand, a landslide engulfed dozens of houses in Lablae district of "
            "Uttaradit province. More than 2,000 other people in the district were trapped.")
    assert drafts(text)["More than 2,000"].quantity == "lablae.trapped"
    text = ("Forces pursue an offensive in the Tigray region, near Mekele. Abiy accused the "
            "TPLF of attacking two camps in the region.")
    assert drafts(text)["two"].quantity == "tigray.camps_attacked"


def test_the_settlement_points_back_to_the_last_place_called_a_settlement():
    text = ("Refugees flee to Uganda\n\nMore than 6,000 refugees are staying in the "
            "Pagiarinya settlement in Adjumani District. An evaluation found that the "
            "settlement has capacity for 6,500 people.")
    assert drafts(text)["6,500"].quantity == "pagiarinya.capacity"
    # near miss: "the settlement of Kiryandongo" names its own place, no pointing back
    text = text.replace("the settlement has", "the settlement of Kiryandongo has")
    assert drafts(text)["6,500"].quantity == "kiryandongo.capacity"


def test_the_district_with_no_place_of_its_kind_or_of_a_name_points_nowhere():
    # the last place named is a town, never called a region: the count stays Peru's
    text = "In Peru, floods reached Ica. In the region, 40 people were trapped."
    assert drafts(text)["40"].quantity != "ica.trapped"
    # "the district of Ica" names Ica itself: no pointing back
    text = "In Peru, floods reached Lima. In the district of Ica, 40 people were trapped."
    assert drafts(text)["40"].quantity == "ica.trapped"


def test_a_count_of_another_years_event_is_that_events_wherever_it_struck():
    d = drafts("The death toll was the highest since an April 2013 earthquake that killed "
               "196 people in south-west China's Sichuan province.")
    assert d["196"].quantity == "earthquake_2013.killed"
    # the story's own event of this year: the place says whose count it is
    d = drafts("On Monday an earthquake killed 118 people in China's Gansu province.")
    assert d["118"].quantity == "gansu.killed"


def test_an_institution_named_after_an_event_is_no_event():
    d = drafts("An earthquake struck Gansu on Monday at a depth of six miles, the China "
               "Earthquake Networks Centre said.")
    assert d["on Monday"].quantity == "earthquake.start"
    # a name that ends at the event word is still the event's
    d = drafts("The 1923 Great Kanto Earthquake, which killed more than 142,000 people, "
               "was the worst.")
    assert d["1923"].quantity == "great_kanto_earthquake.start"


def test_a_count_of_a_named_event_of_another_year_is_the_named_events():
    # its toll and its date name one event, not "earthquake_1923" beside the name
    d = drafts("The quake was the strongest since the 1923 Great Kanto Earthquake, which "
               "killed more than 142,000 people.")
    assert d["1923"].quantity == "great_kanto_earthquake.start"
    assert d["more than 142,000"].quantity == "great_kanto_earthquake.killed"
    # near miss: an unnamed event of another year keeps the year
    d = drafts("A 1999 storm killed 10,000 people in Orissa.")
    assert d["10,000"].quantity == "storm_1999.killed"


def test_the_window_of_a_record_is_no_events_duration():
    # the record's window, named by what is ranked (as gold writers name it)
    d = drafts("An earthquake killed 118 people in Gansu, in the nation's deadliest quake in "
               "10 years.")
    assert d["10 years"].quantity == "quake_record.duration"
    assert drafts("It was the worst flooding in Kerala in a century.")["a century"] \
        .quantity == "flooding_record.duration"


def test_a_superlative_that_opens_no_window_leaves_the_duration():
    # "lasted for": how long, even after "first"; "latest" is no superlative of a record
    assert drafts("The first blockade lasted for 10 years.")["10 years"].quantity == \
        "blockade.duration"
    assert drafts("The latest blockade lasted for 10 years.")["10 years"].quantity == \
        "blockade.duration"


def test_a_countrys_adjective_is_no_place_of_its_own():
    text = ("Death toll at five in Philippine quake\n\nThe death toll from a strong "
            "earthquake in the southern Philippines climbed to five people. More than 50 "
            "people were injured in total.")
    d = drafts(text)
    assert d["five"].quantity == "philippines.killed"  # not "philippine.killed"
    assert d["More than 50"].quantity == "philippines.injured"


def test_an_adjective_not_in_the_table_is_not_made_a_country():
    # "Georgian" is a US state's adjective as well as a country's: left out of the table
    text = "Georgian officials said 12 people died in Tbilisi."
    assert drafts(text)["12"].quantity == "tbilisi.killed"


def test_a_storms_name_is_no_place_so_title_and_lead_link():
    text = ("India cyclone: Phailin pummels coast, leaving five dead, forcing 550,000 into "
            "shelters\n\nA fierce cyclone has torn into India's east coast, killing at least "
            "five people, forcing half a million into shelters. Cyclone Phailin was expected "
            "to weaken.")
    d = drafts(text)
    assert d["five"].quantity == d["at least five"].quantity == "india.killed"
    assert d["half a million"].quantity == "india.sheltered"
    # the title's 550,000 shares no number with the body's half a million ([545,000,
    # 555,000] against [495,000, 505,000]): one name would be a self-contradiction
    assert d["550,000"].quantity.startswith("unnamed_")


def test_a_place_that_shares_no_storms_name_stays_a_place_and_a_preposition_no_kind():
    text = "Morakot hit hard. In Kaohsiung, 40 people were killed by Typhoon Morakot."
    assert drafts(text)["40"].quantity == "kaohsiung.killed"
    # "into" says where the 40 homes went, not which homes: no "into_homes"
    d = drafts("In Kerala, floods swept 40 into homes of relatives.")
    assert "into_" not in d["40"].quantity


def test_a_list_of_places_with_their_counts_in_brackets():
    # "of the" inside a name, semicolons between the items, a long bracket
    d = drafts("Violence in Burundi has forced people to flee. UNHCR said 250,473 people have "
               "been registered as refugees in Democratic Republic of the Congo (21,186); "
               "Rwanda (73,926); Uganda (22,330 since November 2014); and Zambia (1,197).")
    assert d["250,473"].quantity == "burundi.registered"  # the total: the story's place
    assert d["21,186"].quantity == "democratic_republic_of_congo.registered"
    assert d["73,926"].quantity == "rwanda.registered"
    assert d["1,197"].quantity == "zambia.registered"
    # near miss: a name after a semicolon with no bracket or list is no place
    d = drafts("UNHCR said 300 people were registered in Uganda; Save the Children said more.")
    assert d["300"].quantity == "uganda.registered"


def test_two_spellings_of_one_country_are_one_subject():
    d = drafts("About 1,700 people arrived in the Democratic Republic of Congo. In the "
               "Democratic Republic of the Congo, 21,186 are registered.")
    assert d["21,186"].quantity.split(".")[0] == "democratic_republic_of_congo"


def test_arrivals_counted_in_several_host_countries_are_theirs():
    d = drafts("The average rate of new arrivals per week has been more than 1,000 in "
               "Tanzania, 500 in Uganda, 230 in Rwanda and 200 in Zambia.")
    assert d["500"].quantity == "uganda.arrived_weekly"
    assert d["200"].quantity == "zambia.arrived_weekly"
    # near miss: people who fled, counted in one place, are that place's departed
    d = drafts("More than 500 people fled from Uganda last week.")
    assert d["More than 500"].quantity == "uganda.departed"


def test_a_rate_named_before_its_number_gives_the_period():
    d = drafts("Prior to Friday, the daily rate was about 233 people crossing from Uganda.")
    assert d["about 233"].quantity == "uganda.departed_daily"
    # near miss: "within a week" is no rate
    d = drafts("Within a week, about 2,000 people had fled Uganda.")
    assert d["about 2,000"].quantity == "uganda.departed"


def test_a_two_word_demonym_names_its_own_country():
    d = drafts("More than 6,000 South Sudanese have fled to Uganda.")
    assert d["More than 6,000"].quantity == "south_sudan.departed"
    # the adjective is the people's, never a place of its own name ("south_korean")
    d = drafts("Korea Western Power, one of two South Korean partners, said 5 dams broke.")
    assert not d["5"].quantity.startswith("south_korean.")
    # near miss: who built a thing is not where it is
    d = drafts("The South Korean-built dam in Laos collapsed, leaving 6,600 people homeless.")
    assert not d["6,600"].quantity.startswith("south_korea")
    # an ocean or a sea named by an adjective is no country ("the Indian Ocean island of
    # Madagascar" drafted india.killed)
    d = drafts("The storm killed at least three people when it slammed into the Indian Ocean "
               "island of Madagascar, officials said.")
    assert d["at least three"].quantity == "madagascar.killed"


def test_people_counted_by_their_nationality_are_where_they_stay():
    d = drafts("Inside Uganda, more than 6,000 South Sudanese are staying in the "
               "Pagiarinya settlement.")
    assert d["more than 6,000"].quantity == "pagiarinya.sheltered"
    # near miss: things counted by their country are that country's
    d = drafts("The quake damaged homes throughout 10 Turkish provinces and in Syria.")
    assert d["10"].quantity.startswith("turkey.")


def test_a_count_of_a_country_and_its_own_land_is_the_countrys():
    d = drafts("Quake in Pakistan\nAaj television reported a death toll of more than "
               "25,000 in Pakistan-controlled Kashmir and northwest Pakistan.")
    assert d["more than 25,000"].quantity == "pakistan.killed"
    # near miss: two countries are one count of both
    d = drafts("A huge earthquake struck Pakistan and India, killing about 19,500 people.")
    assert d["about 19,500"].quantity == "pakistan_and_india.killed"


def test_the_area_of_a_country_is_the_areas_count():
    d = drafts("Fighting in CAR\nA team dispatched to the Bossangoa area of Central African "
               "Republic has found thousands of people in urgent need of assistance.")
    assert d["thousands"].quantity == "bossangoa.in_need"
    # near miss: the country alone is still the country's
    d = drafts("Fighting in CAR\nA team has found thousands of people in urgent need of "
               "assistance in Central African Republic.")
    assert d["thousands"].quantity == "central_african_republic.in_need"


def test_a_name_after_a_hyphenated_role_is_a_person_not_a_place():
    title = "Heatwave kills 65 in Karachi\n"
    d = drafts(title + "According to mortuary in-charge Imran, the toll could be higher. "
               "Almost all of the 33 bodies were of heatstroke victims, said Imran.")
    assert not any(q.quantity.startswith("imran.") for q in d.values())
    # near miss: a preposition and one word apart still lead to a place
    d = drafts("Floods in Syria\nIn war-torn Syria, 33 people died.")
    assert d["33"].quantity == "syria.killed"


def test_a_city_and_a_colon_opening_the_story_is_a_dateline():
    d = drafts("Assam: Floods leave ten dead\n\nGuwahati: Over 12 lakh people have been "
               "affected in floods in 16 districts of Assam.")
    assert d["Over 12 lakh"].quantity == "assam.affected"  # not Guwahati's
    # a city in capitals too ("PHILADELPHIA: Temperatures soared"), never the title
    d = drafts("Heat wave in Maryland\n\nPHILADELPHIA: At least 30 people have died in "
               "Maryland, officials said.")
    assert d["At least 30"].quantity == "maryland.killed"
    # several cities filing one story
    text = ("Lightning wreaks havoc\n\nLucknow/Bhadohi/Patna: At least 23 people were "
            "killed by lightning on Saturday.")
    assert any(text[span.start:span.end].strip() == "Lucknow/Bhadohi/Patna:"
               for span in metadata_spans(text))
    d = drafts("UN: 40 killed\n\nIn Gaza, 40 people were killed.")  # near miss
    assert "40" not in d or d["40"].quantity == "gaza.killed"


def test_a_river_floods_places_and_is_none():
    d = drafts("In Assam, the surging waters of Brahmaputra and its tributaries inundated "
               "2,093 villages.")
    assert not d["2,093"].quantity.startswith("brahmaputra")
    # near miss: a state named after a river is a place ("River Nile (15.64%)")
    d = drafts("The highest figures of displacement have been reported in West Darfur "
               "(23.86%), White Nile (19.65%) and River Nile (15.64%).")
    assert d["15.64%"].quantity.startswith("river_nile")


def test_a_dateline_site_named_again_is_the_storys_place():
    text = ("Hundreds feared buried in Sri Lanka mudslide\n\nKOSLANDA, Sri Lanka — A "
            "mudslide buried houses at a tea plantation in central Sri Lanka. The "
            "plantation is in the town of Koslanda. At least 10 people were killed.")
    assert drafts(text)["At least 10"].quantity == "koslanda.killed"
    # near miss: a dateline the story never names again is where the reporter was
    text = ("Dam collapse in Laos\n\nATTAPEU, Laos — The dam gave way in Laos. At least "
            "10 people were killed.")
    assert drafts(text)["At least 10"].quantity == "laos.killed"
    # nor a site the story names less often than its country
    text = ("279 dead in Turkey earthquake\nPublished: 2011-10-24\n\nERCIS, Turkey – A "
            "quake devastated eastern Turkey.\n\nThe toll rose to 279, Turkey's agency "
            "said. Some 970 buildings are demolished.\n\nBuildings collapsed in Ercis.")
    assert drafts(text)["Some 970"].quantity == "turkey.buildings_destroyed"
    # nor a capital the story names again only as a point of reference or a destination
    text = ("Fire kills 19 in Guyana\n\nGEORGETOWN, Guyana — A fire broke out at a "
            "dormitory in Guyana, killing at least 19 students. The school is 320 kilometers "
            "south of the capital, Georgetown. Six students were taken to Georgetown. Four "
            "are seriously injured.")
    assert drafts(text)["Four"].quantity == "guyana.seriously_injured"
    # near miss: the dateline's town named again as where things happen is the site
    text = text.replace("Six students were taken to Georgetown.",
                        "Houses burned in Georgetown too.")
    assert drafts(text)["Four"].quantity == "georgetown.seriously_injured"


def test_a_site_the_title_names_is_the_story_place_its_address_is_not():
    text = ("Alberta wildfire forces 88,000 to evacuate Fort McMurray\nPublished: 2016-05-05"
            "\n\nThe entire population of Fort McMurray, Alberta, was ordered to evacuate. "
            "Alberta's minister spoke. Alberta's oil sands burned. Nearly 200 firefighters "
            "are combating the inferno.")
    assert drafts(text)["Nearly 200"].quantity == "fort_mcmurray.firefighters"
    # near misses: the title names no site; "Cebu, Bohol and Siquijor" is a list
    text = ("Wildfire forces 88,000 to evacuate\nPublished: 2016-05-05\n\nThe entire "
            "population of Fort McMurray, Alberta, was ordered to evacuate. Alberta's minister "
            "spoke. Alberta's oil sands burned. Nearly 200 firefighters are combating it.")
    assert drafts(text)["Nearly 200"].quantity == "alberta.firefighters"
    text = ("Cebu and Bohol quake toll now 144\nPublished: 2013-10-18\n\nThe quake hit Bohol. Bohol "
            "was worst hit. Towns in Cebu, Bohol and Siquijor shook. Some 3,000 people "
            "were affected.")
    assert drafts(text)["Some 3,000"].quantity == "bohol.affected"


def test_a_datelines_country_counts_as_named_in_the_story():
    text = ("India floods; 103 dead\nPublished: 2012-05-01\n\nBURABURI, India — "
            "Rescuers feared dozens had been swept to neighboring Bangladesh.\n\nAbout 100 "
            "people were still missing. Bangladesh sent boats. Bangladesh waited.")
    assert drafts(text)["About 100"].quantity == "india.missing"
    # near miss: with no dateline, the place named most is the story's
    text = ("Floods; 103 dead\nPublished: 2012-05-01\n\nRescuers feared dozens "
            "had been swept to neighboring Bangladesh.\n\nAbout 100 people were still "
            "missing. Bangladesh sent boats. Bangladesh waited.")
    assert drafts(text)["About 100"].quantity == "bangladesh.missing"


def test_the_place_of_a_kind_after_its_country_is_the_counts():
    d = drafts("Thousands were left homeless by a tsunami in the devastated Solomon "
               "Islands town of Gizo.")
    assert d["Thousands"].quantity == "gizo.homeless"
    d = drafts("In the Indian state of Kerala, 40 people died.")
    assert d["40"].quantity == "kerala.killed"
    # near miss: a country before another place's kind with no "of" is the count's
    d = drafts("Thousands were left homeless in the Solomon Islands, a town said.")
    assert d["Thousands"].quantity == "solomon_islands.homeless"


def test_a_persons_surname_before_government_and_a_regions_adjective_are_no_places():
    d = drafts("Protests against the Daniel Ortega regime grew in Nicaragua. The talks "
               "between the Ortega government and the opposition stalled in a crisis that "
               "has left more than 300 dead.")
    assert d["more than 300"].quantity == "nicaragua.killed"
    d = drafts("The crisis in Nicaragua has left thousands wounded in the Central American "
               "country.")
    assert d["thousands"].quantity == "nicaragua.injured"  # neither central_american nor US
    d = drafts("In the West African nation of Liberia, 20 died.")
    assert d["20"].quantity == "liberia.killed"
    # near misses: one word of a two-word place stays a place; Americans are the US's
    d = drafts("Officials in South Sudan said the Sudan government sent 300 troops.")
    assert d["300"].quantity.startswith("sudan.")
    d = drafts("The tsunami killed at least 149 people in the South Pacific.")
    assert d["at least 149"].quantity == "south_pacific.killed"
    d = drafts("Some 40 American tourists died in the crash.")
    assert d["Some 40"].quantity.startswith("united_states.")


def test_a_place_before_its_government_is_a_place():
    d = drafts("A cyclone hit eastern India. The Odisha state government evacuated more "
               "than 300,000 people from coastal districts.")
    assert d["more than 300,000"].quantity == "odisha.evacuated"
    # near miss: a person's administration is no place
    d = drafts("The Bush administration said 300 people died in Iraq.")
    assert d["300"].quantity == "iraq.killed"


def test_a_double_hyphen_dateline_and_the_first_plural_as_the_counted_noun():
    d = drafts("Storms kill 27\n\nATLANTA -- Storms in eight states killed at least 27 "
               "people in Tennessee, officials said.")
    assert d["at least 27"].quantity == "tennessee.killed"  # not Atlanta's
    d = drafts("In Tennessee, hail over eight states destroy hundreds of houses.")
    assert d["over eight"].quantity.endswith(".states_affected")  # not "destroy_hundreds"
    # near miss: an adjective in -ous is no plural ("73 religious buildings")
    d = drafts("In Burma, 73 religious buildings were damaged.")
    assert d["73"].quantity == "burma.religious_buildings_damaged"


def test_a_count_over_a_number_of_places_is_that_group_s():
    text = ("Storms kill dozens\n\nStorms in eight states over the weekend killed at least "
            "27 people. The worst hit was Tennessee, where 23 people died.\n\nIn Gibson "
            "County, 200 homes were destroyed.")
    d = drafts(text)
    assert d["at least 27"].quantity == "eight_states.killed"
    assert d["23"].quantity == "tennessee.killed"
    d = drafts("Floods hit the US\n\nThousands of people have been evacuated after floods "
               "damaged homes across several southern states.")
    assert d["Thousands"].quantity == "southern_states.evacuated"
    # "through several states", no kind of state said: the several states' (a count over
    # them is no one state's, though the story names Missouri most)
    d = drafts("Tornadoes kill 22\n\nTornadoes barreled through several states, killing at "
               "least 22 people. Missouri was hit hardest. In Missouri, 13 died in Newton "
               "County.")
    assert d["at least 22"].quantity == "several_states.killed"


def test_a_count_over_a_number_of_parts_of_a_named_country_is_the_countrys():
    d = drafts("Floods hit India. According to UNICEF, the number of casualties stands at "
               "1,103 in 138 affected districts.")
    assert d["1,103"].quantity == "india.casualties"
    assert d["138"].quantity == "india.districts_affected"


def test_a_group_of_a_named_place_or_named_before_is_the_place_s():
    # near misses: "16 districts of Assam" are Assam's, "the 16 districts" those before
    text = ("Floods in Assam\n\nOver 12 lakh people have been affected in floods in 16 "
            "districts of Assam. Officials said 1,265,449 people were affected as waters "
            "inundated 2,093 villages in the 16 districts.")
    d = drafts(text)
    assert d["Over 12 lakh"].quantity == "assam.affected"
    assert d["2,093"].quantity.startswith("assam.")
    # a place named in the sentence comes first
    d = drafts("Storms kill dozens\n\nIn eight states, storms killed 27 people in Missouri.")
    assert d["27"].quantity == "missouri.killed"


def test_a_name_after_a_comma_is_no_object_of_a_strike():
    # "before the storm hit, Baker was ...": Baker is the clause's subject, no place
    text = ("Shelters fill\n\nIn the hours before the storm hit, Baker was thinking of "
            "home. Baker said 40 people stayed in the shelter.")
    assert "baker" not in {p.key for p in Places(text).found}
    # near miss: a place the storm hit is struck
    assert "taiwan" in {p.key for p in Places("Storm\n\nThe storm hit Taiwan on Friday.").found}


def test_a_place_of_the_title_counts_for_the_story_only_when_the_body_names_it():
    # a section label in the first line ("in Nation/World") is no story's place
    text = ("February 23, 2011 in Nation/World\n\nNew Zealand quake toll rises\n\nRescuers "
            "searched in New Zealand. The quake struck New Zealand's second city.")
    assert Places(text).main == "new_zealand"
    # near miss: a title place the body names again outweighs a place named twice
    text = ("Quake hits Christchurch\n\nRescuers searched Christchurch. Aid came from "
            "Australia, and more from Australia.")
    assert Places(text).main == "christchurch"


def test_a_whole_told_over_places_with_their_own_counts_is_no_first_place_s():
    text = ("Burundians flee\n\nThousands fled Burundi. UNHCR figures show that 250,473 "
            "people have been registered as refugees in Congo (21,186); Rwanda (73,926); "
            "and Zambia (1,197).")
    d = drafts(text)
    assert d["250,473"].quantity == "burundi.registered"
    assert d["21,186"].quantity == "congo.registered"
    # near miss: a place with no count of its own in brackets is the count's
    d = drafts(text.replace(" (21,186); Rwanda (73,926); and Zambia (1,197)", ""))
    assert d["250,473"].quantity == "congo.registered"


def test_the_words_before_a_name_stop_at_a_line_s_end():
    # "Burundians flee" ends the title: "Thousands" opens a paragraph, no place fled
    text = "Burundians flee\n\nThousands fled Burundi on Monday."
    assert "thousands" not in {p.key for p in Places(text).found}
    # near miss: a flight verb on the same line still makes the name after it an origin
    text = "Refugees\n\nThousands flee Burundi on Monday."
    assert [p.role for p in Places(text).found if p.key == "burundi"] == ["origin"]


def test_a_storm_s_name_is_never_a_place():
    text = ("Thousands seek shelter from Gustav\n\nResidents of Louisiana fled Hurricane "
            "Gustav. The shelter filled when Gustav's outer bands hit the area.")
    assert "gustav" not in {p.key for p in Places(text).found}
    assert Places(text).main == "louisiana"
    # near miss: with no storm of that name, "from Gustav" is read as a place
    assert "gustav" in {p.key for p in Places(text.replace("Hurricane Gustav", "home")).found}


def test_a_place_in_a_later_clause_of_its_own_is_that_clauses():
    d = drafts("Typhoon Mangkhut barreled into southern China on Sunday, killing two people "
               "after lashing the Philippines, where at least 69 people died.")
    assert d["two"].quantity == "southern_china.killed"  # the part, not the whole
    # near miss: a place right after the number's own verb is still its place
    d = drafts("The storm killed two people in the Philippines after midnight.")
    assert d["two"].quantity == "philippines.killed"
    # ... as is the place of what befell the people counted ("after being struck")
    d = drafts("Lightning in India\nAt least 23 people were killed and 29 others injured "
               "after being struck by lightning in Uttar Pradesh, while five died in "
               "Bihar and seven in Bihar's capital.")
    assert d["At least 23"].quantity == "uttar_pradesh.killed"


def test_a_part_of_a_country_told_by_its_compass_point_is_a_place_of_its_own():
    text = ("India cold wave\n\nThe toll of the cold wave in north India has climbed to 195. "
            "In Bihar, 21 people died.")
    assert drafts(text)["195"].quantity == "north_india.killed"
    d = drafts("Typhoon Mangkhut barreled into southern China on Sunday, killing two people.")
    assert d["two"].quantity == "southern_china.killed"
    # near misses: the whole named alone in the body too is the story's place; a
    # capital starts a name of its own; a compass word before a province describes it
    d = drafts("The typhoon hit the central Philippines. In the Philippines, 22 people died.")
    assert d["22"].quantity == "philippines.killed"
    d = drafts("In South Sudan, 40 people died.")
    assert d["40"].quantity == "south_sudan.killed"
    d = drafts("In the northern Cabo Delgado province, 66 people died.")
    assert d["66"].quantity == "cabo_delgado.killed"


def test_a_peak_is_a_place_named_as_the_text_names_it_bare():
    text = ("Indonesia's Merapi volcano kills 28\n\nMount Merapi, on the outskirts of "
            "Yogyakarta, first erupted on Tuesday. Merapi has killed at least 28 people.")
    assert "merapi" in {p.key for p in Places(text).found}
    assert Places(text).main == "merapi"
    assert "tungurahua" in {p.key for p in Places("The Tungurahua volcano erupted.").found}
    # near miss: a town called Mount Something, never named bare, keeps its name
    keys = {p.key for p in Places("Floods hit Mount Pleasant\n\nIn Mount Pleasant, 28 "
                                  "people died.").found}
    assert keys == {"mount_pleasant"}


def test_a_country_ranking_the_thing_is_not_where_the_count_is():
    text = ("Merapi volcano erupts\n\nMount Merapi erupted. One of Indonesia's most active "
            "volcanoes spewed ash in an eruption that has killed at least 28 people.")
    assert drafts(text)["at least 28"].quantity == "merapi.killed"
    # near miss: the country's own count
    d = drafts("Floods kill 40\n\nIndonesia's floods have killed at least 40 people.")
    assert d["at least 40"].quantity == "indonesia.killed"


def test_places_listed_each_with_its_number_are_each_the_numbers_place():
    d = drafts("The heat sent temperatures above 38 C in cities including a record 40.5 C "
               "in Washington, St. Louis 41 C, and Indianapolis 40 C.")
    assert d["40.5 C"].quantity == "washington.max_temperature"
    assert d["41 C"].quantity == "st_louis.max_temperature"
    assert d["40 C"].quantity == "indianapolis.max_temperature"
    # near miss: a place after a comma with no number of its own says where the first is
    d = drafts("In Vidalia, Louisiana, 30 people were rescued.")
    assert d["30"].quantity == "vidalia.rescued"


def test_and_before_a_place_with_its_own_verb_and_number_joins_two_clauses():
    text = ("Heat bakes the US\n\nA record of 40 C was set in Sioux Falls, South Dakota, "
            "and Baltimore set a record at 39 C.")
    d = drafts(text)
    assert d["40 C"].quantity == "sioux_falls.max_temperature"
    assert d["39 C"].quantity == "baltimore.max_temperature"
    # near misses: a list with no number before it is one count of all its places
    d = drafts("Floods hit India\n\nFloods in Assam and Bihar killed 40 people.")
    assert d["40"].quantity == "assam_and_bihar.killed"
    d = drafts("Floods hit India\n\nTwo people died in Lakhimpur and Morigaon districts.")
    assert d["Two"].quantity == "lakhimpur_and_morigaon.killed"
    # nor one inside the subject of the one verb, with no verb before it
    d = drafts("Storm hits US\n\nTens of thousands of residents from Louisiana and "
               "Mississippi flocked Monday to dozens of inland shelters.")
    assert d["dozens"].quantity == "louisiana_and_mississippi.shelters"


def test_a_place_after_a_second_predicate_is_not_the_objects():
    d = drafts("An earthquake struck the island of Lombok, killing at least 91 people and "
               "shaking neighboring Bali.")
    assert d["at least 91"].quantity == "lombok.killed"
    d = drafts("Floods in Kenya killed 12 people and cut roads to Kisumu.")
    assert d["12"].quantity == "kenya.killed"
    # near misses: the place alone is still taken; a clause with a number of its own;
    # a number that is no verb's object ("and standing crops ... across Khyber")
    assert drafts("Floods killed 12 people and cut roads to Kisumu.")["12"].quantity \
        == "kisumu.killed"
    d = drafts("Floods in Kenya killed 12 people and 40 were injured in Kisumu.")
    assert d["40"].quantity == "kisumu.injured"
    d = drafts("In Kenya, fifteen people were killed, hundreds of houses inundated and "
               "standing crops were destroyed across Khyber.")
    assert d["hundreds"].quantity.startswith("khyber.")


def test_adjectives_compounds_and_plural_acronyms_are_no_places():
    names = lambda text: [p.key for p in Places(text).found]
    assert names("Meteorological officials said it would last. Flooding hit Kerala.") \
        == ["kerala"]
    assert names("Disaster-relief officials said 450,000 people were affected in Isabela.") \
        == ["isabela"]
    assert "etcs" not in names("Sierra Leone has 288 beds in four Ebola Treatment Centres "
                               "(ETCs). Lack of beds in ETCs is forcing families home.")
    # "More army personnel" at a sentence's start is no place either
    assert "more" not in names("More army personnel were sent to Bihar. More than 300 "
                               "people were rescued in Bihar.")
    # "Neighboring" opening a sentence is no part of the name
    assert names("Floods hit South Sudan. Neighboring Ethiopia has had more than 200,000 "
                 "people displaced.") == ["south_sudan", "ethiopia"]
    # a school or a headquarters is a body, not a place ("the London School of Hygiene")
    assert names("Researchers at the London School of Hygiene said 540 people may have "
                 "died in London.") == ["london"]
    # near misses: a name with a capital after its hyphen, and a place before "state"
    assert "guinea_bissau" in names("Floods in Guinea-Bissau killed three people.")
    assert "bihar" in names("Officials in Bihar state said 60 people died.")


def test_the_nation_of_n_people_is_the_country_named_before():
    d = drafts("A quake hit Ecuador on Saturday. It struck off the Pacific coast and was "
               "felt around the Andean nation of 16 million people.")
    assert d["16 million"].quantity == "ecuador.population"
    # near miss: with no country named before, no country is guessed
    d = drafts("The quake was felt around the nation of 16 million people.")
    assert d["16 million"].quantity == "doc.population"


def test_a_place_then_where_it_is_in_a_chain_of_owners_is_the_first():
    d = drafts("The death toll from a storm that ripped through a suburb of Kunshan "
               "in east China's Jiangsu Province on Saturday has risen to 71.")
    assert d["71"].quantity == "kunshan.killed"  # neither china's nor jiangsu's
    d = drafts("Floods in east China's Jiangsu Province killed 12 people.")
    assert d["12"].quantity == "jiangsu.killed"  # the place the country owns
    # near miss: a person a country owns is no place
    assert drafts("Russia's Putin said 40 people died.")["40"].quantity == "russia.killed"


def test_a_territory_of_n_people_is_the_place_before_it():
    d = drafts("The tsunami hit American Samoa, a US territory of 65,000.")
    assert d["65,000"].quantity == "american_samoa.population"
    # near miss: a place inside an aside ("part of New Zealand") is not the one meant
    d = drafts("The quake hit Samoa, formerly part of New Zealand, a nation of 220,000.")
    assert d["220,000"].quantity == "samoa.population"


def test_more_countries_known_by_their_people():
    d = drafts("Floods hit Nigerien villages, killing 30 people.")
    assert d["30"].quantity == "niger.killed"
    d = drafts("Sierra Leonean health workers said 12 people died.")
    assert d["12"].quantity == "sierra_leone.killed"


def test_a_place_that_owns_a_record_is_not_where_the_count_is():
    d = drafts("Floods swamped villages in Bihar. More than 300,000 people trapped in "
               "India's worst floods in 50 years have been rescued.")
    assert d["More than 300,000"].quantity == "bihar.rescued"
    d = drafts("A heatwave has killed 44 people across southern Europe. Tents were set up in "
               "Bucharest. Bucharest was Europe's hottest capital on Tuesday with "
               "temperatures at 45 Celsius.")
    assert d["45 Celsius"].quantity == "bucharest.max_temperature"
    # near miss: a place that owns a place is still the owner only ("India's Kerala")
    d = drafts("Floods in India's Kerala killed 40 people.")
    assert d["40"].quantity == "kerala.killed"


def test_the_place_of_the_storys_event_beats_the_country_around_it():
    d = drafts("A wildfire in Australia has destroyed 20 homes, officials in Australia said. "
               "Hundreds of firefighters were battling the blaze at Toodyay, a farming "
               "district. It consumed some 2,700 hectares.")
    assert d["some 2,700 hectares"].quantity == "toodyay.area_burned"
    # near miss: with no event at a named place, the country stays the story's place
    d = drafts("A wildfire in Australia has destroyed 20 homes, officials in Australia said. "
               "Firefighters came from Toodyay. It consumed some 2,700 hectares.")
    assert d["some 2,700 hectares"].quantity == "australia.area_burned"


def test_a_place_that_names_the_event_in_the_title_beats_the_country():
    body = ("Rescue teams in Brazil searched near Brumadinho. Brazil's president flew in. So "
            "far nine people have been confirmed dead.")
    d = drafts("Brumadinho dam collapse: 300 missing in Brazil\n\n" + body)
    assert d["nine"].quantity == "brumadinho.killed"
    # near miss: a place in the title that names no event leaves the country named most
    d = drafts("Rescuers from Brumadinho search for 300 missing in Brazil\n\n" + body)
    assert d["nine"].quantity == "brazil.killed"


def test_a_place_past_while_is_the_next_clauses():
    d = drafts("In Andhra Pradesh, the worst-hit state, 1,020 people have died since 18 May, "
               "while in neighbouring Telangana, where temperatures hit 48 degrees Celsius "
               "over the weekend, 340 people have died from the heat.")
    assert d["1,020"].quantity == "andhra_pradesh.killed"
    assert d["340"].quantity == "telangana.killed"


def test_this_nation_of_n_people_is_the_country_named_before():
    d = drafts("A ferry sank in Bangladesh. Such accidents claim hundreds of lives every "
               "year in this nation of 130 million people.")
    assert d["130 million"].quantity == "bangladesh.population"


def test_a_title_place_under_another_spelling_is_the_storys():
    text = ("They're dying in UK heatwave\n\nUp to 760 people may have died in England after "
            "a heatwave hit Britain. In Las Vegas, 40 people were treated. Las Vegas hit 46C. "
            "Las Vegas closed pools. Hospitals said 500 people were admitted.")
    assert Places(text).main in ("britain", "uk")  # one country, the title's or the body's
    # spelling (not Las Vegas, named most often)
    # near miss: a title naming another place the body names gives no such bonus
    text = ("Refugees flee to border in Kyrgyzstan; US sends aid\n\nMobs attacked Osh. In Osh, "
            "100 died. In Kyrgyzstan, 50 fled. The United States sent aid.")
    assert Places(text).main != "united_states"


def test_a_name_right_after_its_kind_is_a_place():
    d = drafts_by_number("Storm hits Malawi\n\nMalawi bore the brunt, counting at least 99 "
                         "deaths. Malawi’s commercial capital Blantyre recorded 85 deaths.",
                         dt.date(2023, 3, 13))
    assert d["85"].quantity == "blantyre.killed"
    assert d["at least 99"].quantity == "malawi.killed"
    # near miss: a capitalised word after "capital" that is a body stays no place
    d = drafts_by_number("Storm hits Malawi\n\nIn Malawi, the capital Police reported 12 "
                         "deaths.", dt.date(2023, 3, 13))
    assert d["12"].quantity == "malawi.killed"


def test_a_body_or_a_bare_republic_is_no_place_and_and_is_no_kind():
    d = drafts_by_number("Fires in Algeria\n\nIn Algeria, the President of the Republic "
                         "decreed mourning. According to the Civil Protection, 69 fires are "
                         "burning in 17 of the 58 wilayas.", dt.date(2021, 8, 11))
    assert d["69"].quantity == "algeria.fires"
    assert d["58"].quantity == "algeria.wilayas"
    d = drafts_by_number("Typhoon hits Vietnam\n\nIn Vietnam, 160 domestic and international "
                         "flights were cancelled.", dt.date(2016, 10, 16))
    assert d["160"].quantity == "vietnam.flights_cancelled"
    # near miss: a republic's full name stays a place
    d = drafts_by_number("Quake hits Czech Republic\n\nIn the Czech Republic, 12 people died.",
                         dt.date(2021, 8, 11))
    assert d["12"].quantity == "czech_republic.killed"


def test_a_sentence_opening_the_or_city_names_no_place_even_if_a_registry_does():
    text = ("Volcano erupts in Ecuador\n\nThe Tungurahua volcano erupted on Saturday. The "
            "volcano peaks at nearly 16,500 feet. City authorities evacuated over 30,000 "
            "people.\n")
    found = drafts(text)
    # once `the.height` and `city.evacuated`
    assert found["nearly 16,500 feet"].quantity.endswith(".height")
    assert not found["nearly 16,500 feet"].quantity.startswith("the.")
    assert found["over 30,000"].quantity == "ecuador.evacuated"
    # a registry file that once declared "the" and "city" as places poisons nothing
    from factcheck.extract.drafts import Context
    context = Context(places={"the": "the", "city": "city"})
    again = drafts_by_number(text, PUBLISHED, context)
    assert {d.quantity.split(".")[0] for d in again.values()} & {"the", "city"} == set()
    assert not {key for key in (p.key for p in Places(text, {"the": "the"}).found)} & {"the"}


def test_an_administrative_kind_after_a_name_is_no_part_of_its_key():
    # every gold set writes al_haouz, jugal, ouham_pende, victoria
    found = drafts("The quake killed 1,293 people in Al Haouz Province and 452 in "
                   "Marrakesh Prefecture, the ministry said.")
    assert found["1,293"].quantity == "al_haouz.killed"
    assert found["452"].quantity == "marrakesh.killed"
    # near misses: a US county keeps its word (butte_county), and so does a name
    # that is a province's own ("Free State")
    assert drafts("The fire destroyed 70 homes in Butte County.")["70"].quantity \
        == "butte_county.homes_destroyed"
    assert drafts("The floods killed 12 people in Free State.")["12"].quantity \
        == "free_state.killed"


def test_an_ism_s_adjective_is_no_place():
    # "an Islamist insurgency": an adjective; the count is the province's
    d = drafts("Dozens have been killed and many more are still missing in a coordinated "
               "attack seen as the biggest escalation of an Islamist insurgency that has "
               "battered Cabo Delgado.")
    assert d["Dozens"].quantity == "cabo_delgado.killed"


def test_a_people_s_adjective_is_their_place():
    d = drafts("The reservoirs supply water to six million Catalan residents.")
    assert d["six million"].quantity == "catalonia.population"


def test_whose_offensive_it_is_is_no_place_of_the_displaced():
    # "the Turkish offensive in northeastern Syria": Turkey's offensive, Syria's displaced
    d = drafts("The UN said 160,000 people were displaced by the Turkish offensive in "
               "northeastern Syria.")
    assert d["160,000"].quantity == "northeastern_syria.displaced"
    # near miss: the Turkish people counted are Turkey's
    assert drafts("Some 3,000 Turkish nationals were evacuated.")["Some 3,000"].quantity \
        == "turkey.evacuated"


def test_a_countrys_city_named_by_what_it_is_is_the_datelines_city():
    text = ("Cause of gas explosions sought\nPublished: 2014-08-02\n\nKAOHSIUNG, Taiwan — "
            "Hundreds of people who fled from explosions in Taiwan’s second-largest city "
            "returned home after the blasts killed 26 people. Five explosions ripped "
            "through four streets. About 2,000 people were evacuated in Taiwan's south.")
    d = drafts(text)
    assert d["26"].quantity == "kaohsiung.killed"  # the city the dateline names
    assert d["Five"].quantity.startswith("kaohsiung.")  # the story's place
    # near miss: the country itself, named for itself, keeps its count
    assert d["About 2,000"].quantity == "taiwan.evacuated"
    # near miss: no dateline city of that country: the country
    text = text.replace("KAOHSIUNG, Taiwan — ", "")
    assert drafts(text)["26"].quantity == "taiwan.killed"


def test_a_holiday_and_an_offices_field_are_no_places():
    found = Places("More than 150 people were killed at Halloween in Itaewon.").found
    assert [p.key for p in found] == ["itaewon"]
    d = drafts("The Undersecretary of the Interior, Mahmud Aleuy, said the first two "
               "fatalities were found in Chaiten.")
    assert not d["two"].quantity.startswith("interior.")


def test_a_name_that_is_a_district_or_state_is_a_place():
    d = drafts("Dust storm in India\nIn Rajasthan, 33 people died. Agra was the "
               "most-affected district in UP with 36 deaths.")
    assert d["36"].quantity == "agra.killed"  # not Rajasthan's, which it would contradict
    # near miss: a person who is the best of a group is no place
    d = drafts("Dust storm in India\nSmith was the best player in Rajasthan with 12 goals.")
    assert not d["12"].quantity.startswith("smith.")


def test_an_office_s_field_and_a_word_after_a_is_no_place():
    # "the UN Office for the Co-ordination of Humanitarian Affairs" is a speaker's name
    d = drafts("Quake in Myanmar\nA report by the UN Office for the Co-ordination of "
               "Humanitarian Affairs estimated that the quake affected 17 million people in "
               "Myanmar.")
    assert d["17 million"].quantity == "myanmar.affected"
    # "at a Ramazan food distribution centre", "an Edhi morgue": what kind, no place
    d = drafts("Crush in Karachi\nTwelve people were killed at a Ramazan food distribution "
               "centre in Karachi. Nine women were shifted to an Edhi morgue.")
    assert d["Twelve"].quantity == "karachi.killed"
    assert not d["Nine"].quantity.startswith("edhi.")
    # near miss: a country after "a" is still the country
    d = drafts("Floods\nNine people died in floods that swept a Kenya village.")
    assert d["Nine"].quantity == "kenya.killed"


PUBLISHED_EU = dt.date(2015, 8, 28)


def test_a_european_adjective_names_its_country():
    from factcheck.extract.lexicon import lexicon
    assert lexicon().demonyms["austrian"] == "Austria"
    d = drafts_by_number("Floods swept Hungarian towns on Monday, killing 12 people.",
                         PUBLISHED_EU)
    assert d["12"].quantity == "hungary.killed"
    # near miss: a body named by an adjective is no place
    d = drafts_by_number("Burkina Faso's crisis deepens. There are 1.7 million people uprooted, "
                         "said a statement from a group that includes the Norwegian Refugee "
                         "Council.", PUBLISHED_EU)
    assert d["1.7 million"].quantity == "burkina_faso.displaced"


def test_an_autonomous_region_is_named_without_its_kind():
    d = drafts("Sandstorms hit China\nSandstorms killed three people in the Xinjiang Uygur "
               "Autonomous Region and two in the Ningxia Hui Autonomous Region.")
    assert d["three"].quantity == "xinjiang.killed"
    assert d["two"].quantity == "ningxia.killed"
    # near miss: a region named for no people keeps its own name
    d = drafts("Floods hit China\nFloods killed three people in the Guangxi region.")
    assert d["three"].quantity == "guangxi.killed"


def test_the_town_the_disaster_struck_is_the_storys_place():
    # "The disaster struck at around 3 a.m. ... in the town of Salgar": a toll that
    # names no place is Salgar's, not the country's
    text = ("Death toll rising in Colombia flood\nA deadly overnight mudslide hit rural "
            "Colombia. The disaster struck at around 3 a.m. local time Monday in the town "
            "of Salgar, about 60 miles southwest of Medellin. Authorities said the "
            "confirmed death toll was 48.")
    assert drafts(text)["48"].quantity == "salgar.killed"
    # near miss: a town that is no site of the disaster ("aid came from the town of")
    text = text.replace("The disaster struck at around 3 a.m. local time Monday in",
                        "Aid came on Monday from")
    assert drafts(text)["48"].quantity == "colombia.killed"


def test_a_list_of_places_shares_the_verb_after_it():
    d = drafts("Floods hit Sri Lanka\nIn addition, 4948 families from Rathnapura, 8200 "
               "families from Colombo, 15331 families from Gampaha district, and 8442 "
               "families from Galle were displaced.")
    assert [d[n].quantity for n in ("4948 families", "8200 families", "8442 families")] \
        == ["rathnapura.displaced_households", "colombo.displaced_households",
            "galle.displaced_households"]
    # "respectively": the first number the first place's
    d = drafts("Floods hit Sri Lanka\n442 families and 1100 families were displaced from "
               "Kegalle and Matara districts respectively, he added.")
    assert d["442 families"].quantity == "kegalle.displaced_households"
    assert d["1100 families"].quantity == "matara.displaced_households"
    # near miss: with no "respectively", one count of both places
    d = drafts("Floods hit Sri Lanka\n1,100 families were displaced from Kegalle and Matara.")
    assert d["1,100 families"].quantity == "kegalle_and_matara.displaced_households"


def test_a_count_in_rural_country_is_the_towns_the_disaster_struck():
    text = ("Death toll rising in Colombia flood\nA mudslide left at least 56 dead in rural "
            "Colombia. The disaster struck at around 3 a.m. local time Monday in the town "
            "of Salgar. Authorities said the confirmed death toll was 48.")
    d = drafts(text)
    assert d["at least 56"].quantity == d["48"].quantity == "salgar.killed"
    # near miss: the country itself, not its countryside, is the country's count
    d = drafts(text.replace("in rural Colombia", "across Colombia"))
    assert d["at least 56"].quantity == "colombia.killed"


def test_a_count_the_next_sentence_parts_by_place_is_none_of_the_parts():
    # 233 + 51 + 3 = 287: the 287 is of all the affected regions, not Mandi's alone
    d = drafts("Flash floods wreak havoc in Himachal's Mandi\nAuthorities reported that "
               "around 287 people were evacuated from affected regions. Of these, 233 were "
               "evacuated from Mandi, 51 from Hamirpur, and three from Chamba.")
    assert d["233"].quantity == "mandi.evacuated"
    assert d["around 287"].quantity != "mandi.evacuated"
    # near miss: no "Of these": the story's place
    d = drafts("Flash floods wreak havoc in Himachal's Mandi\nAuthorities reported that "
               "around 287 people were evacuated from affected regions. Later, 233 more "
               "were evacuated from Kullu.")
    assert d["around 287"].quantity == "mandi.evacuated"


def test_a_two_word_demonym_names_its_country():
    # "Saudi Arabian" is Saudi Arabia's people, no place of its own: Jeddah's toll
    d = drafts("Saudi floods kill 77\nAt least 77 people have died in the Saudi Arabian port "
               "city of Jeddah, a spokesman said.")
    assert d["At least 77"].quantity == "jeddah.killed"
    places = Places("Floods hit the Saudi Arabian coast.")
    assert [p.key for p in places.found] == ["saudi_arabia"]


def test_more_peoples_name_their_countries():
    for word, key in (("Mauritian", "mauritius"), ("Bhutanese", "bhutan"),
                      ("Emirati", "united_arab_emirates")):
        assert [p.key for p in Places(f"Floods hit the {word} coast.").found] == [key]


def test_the_name_opening_a_title_before_its_event_is_a_place():
    text = ("Kelantan flood evacuees number over 14,000\nKOTA BARU, Jan 5 — Kelantan had 14,132 "
            "people at evacuation centres as the floods worsen. In Pasir Mas, 10,483 were "
            "housed.")
    assert drafts(text)["14,132"].quantity == "kelantan.sheltered"
    # near miss: a day or a kind of event opening the title is no place
    assert "monday" not in {p.key for p in Places("Monday floods kill 5\nFloods hit the "
                                                  "town of Vik.").found}
    # nor a people ("Australian bushfire") or a short form ("KZN floods")
    for title in ("Australian bushfire kills 3", "KZN floods kill 400"):
        assert "australian" not in {p.key for p in Places(title + "\nRain fell.").found}
        assert "kzn" not in {p.key for p in Places(title + "\nRain fell.").found}
    # a name of two words that opens with "New" is still a name
    assert [p.key for p in Places("New Orleans floods kill 3\nRain fell.").found] \
        == ["new_orleans"]


def test_the_city_of_an_office_the_reports_reach_is_no_count_s_place():
    # "reports reaching Ghanadot office in Accra revealed that over 121,000 people in
    # 26 districts": the districts were Accra's, in a story of Northern Ghana
    d = drafts("Floods hit Northern Ghana. Reports reaching the newspaper's office in Accra "
               "revealed that 26 districts were flooded.")
    assert d["26"].quantity == "northern_ghana.districts_flooded"
    # near miss: a place named as where things were is the count's
    d = drafts("Floods hit Northern Ghana. Reports revealed that 26 districts were flooded "
               "in Accra.")
    assert d["26"].quantity == "accra.districts_flooded"


def test_districts_and_communities_are_two_counts():
    # "26 districts" and "24 communities ... cut off" were both `districts_affected`:
    # a false disagreement between two levels of place
    d = drafts("Floods hit Northern Ghana. Over 121,000 people in 26 districts remain in "
               "distress. At least 24 communities were flooded in Northern Ghana.")
    assert d["At least 24"].quantity == "northern_ghana.communities_flooded"
    d = drafts("Floods hit Primorsky. Twelve municipalities were flooded in Primorsky.")
    assert d["Twelve"].quantity == "primorsky.municipalities_flooded"
    # near miss: districts are still districts
    d = drafts("Floods hit Primorsky. Twelve districts were flooded in Primorsky.")
    assert d["Twelve"].quantity == "primorsky.districts_flooded"


def test_the_first_half_of_a_bodys_name_is_no_place():
    # "the City Disaster Risk Reduction and Management Council ... reported 71 dead" was
    # city_disaster_risk_reduction.killed
    d = drafts("Floods hit Tacloban\n\nAt least 50 persons were confirmed dead, Arnel "
               "Bendijo, head of the City Disaster Risk Reduction and Management Council, said.")
    assert d["At least 50"].quantity == "tacloban.killed"
    # near miss: two places joined by "and" stay places
    d = drafts("In Leyte and Samar, 20 people died.")
    assert d["20"].quantity == "leyte_and_samar.killed"


def test_a_part_of_the_dead_is_no_toll():
    # "Thirteen of the dead ... were middle school children" was jordan.killed, against
    # the toll of 20
    d = drafts("Floods hit Jordan. Thirteen of the dead and 26 of the wounded were middle "
               "school children, officials said.")
    assert d["Thirteen"].quantity.startswith("unnamed_")
    # Kazinform (holdout804): "People aged 65 and above accounted for 13 of the reported
    # deaths" was `south_korea.killed`, against the toll of 18
    d = drafts("Heat hit South Korea. Eighteen people have died, the disease control agency "
               "said. People aged 65 and above accounted for 13 of the reported deaths.")
    assert d["13"].quantity.startswith("unnamed_")
    # near misses: the dead of a place named are that place's
    d = drafts("A quake hit Flores. About 1,120 of the deaths occurred in the town of Maumere.")
    assert d["About 1,120"].quantity == "maumere.killed"
    d = drafts("Floods hit Jordan, killing 20. Two of the dead were from Amman.")
    assert d["Two"].quantity == "amman.killed"


def test_a_number_alone_in_brackets_after_a_measure_word_is_that_measure():
    # "over one million" was the city's affected, against "Several hundred" affected
    d = drafts("Most of those affected by the epidemic were residents of the densely "
               "populated (over one million) mining city of Mbuji-Mayi.")
    assert d["over one million"].quantity == "mbuji_mayi.population"
    # near miss: a breakdown in brackets is no single measure of the word before
    d = drafts("In Tainan the storm caused 5 injuries (one hospitalized, one under "
               "observation and three discharged).")
    assert d["one"].quantity != "tainan.injured"


def test_floods_that_destroyed_the_homes_of_people_left_them_homeless():
    # "more than 21,000" was killed
    d = drafts("At least 53 Venezuelans have been killed in a week of floods that have "
               "destroyed the homes of more than 21,000 people, officials said.")
    assert d["more than 21,000"].quantity.endswith(".homeless")
    assert d["At least 53"].quantity.endswith(".killed")


def test_a_flood_that_returned_is_another_flood():
    # "at least eight" was Binh Dinh's toll against its six dead
    d = drafts("Binh Dinh reported six dead in early October. Flooding returned to the area "
               "in late October to claim at least eight lives.")
    assert d["at least eight"].quantity.startswith("another_")


def test_a_rate_a_share_among_the_infected_and_a_result_are_no_counts_of_the_place():
    # "500 inhabitants per water point" was the population, "hundreds sleeping on the
    # streets" were crossers, and "2 deaths (CFR 0.5%)" a share of the population
    d = drafts("The villages in Chad have water points below the standards of 500 "
               "inhabitants per water point.")
    assert not d["500"].quantity.endswith(".population")
    d = drafts("In El Paso, 2,600 migrants per day are crossing there from Juarez, "
               "resulting in hundreds sleeping on the streets.")
    assert not d["hundreds"].quantity.endswith("departed")
    d = drafts("In Chad, there have been 377 suspected cases and 2 deaths (CFR 0.5%).")
    assert d["0.5%"].quantity == "chad.killed / chad.suspected_cases"  # (2 of 377)
    d = drafts("In Chad, mortality can reach 20% among those infected in the third trimester.")
    assert d["20%"].quantity.startswith("unnamed_")


def test_a_region_after_a_place_and_a_compass_word_says_where_it_lies():
    # FloodList, 2014: "In Yambol, south east Bulgaria, around 100 people had to be
    # evacuated" was Bulgaria's, an error against the headline's "100s Evacuated"
    d = drafts("100s Evacuated After Floods in Southern Bulgaria. In Yambol, south east "
               "Bulgaria, around 100 people had to be evacuated.")
    assert d["around 100"].quantity == "yambol.evacuated"
    # near miss: a second place with a count of its own is its own
    d = drafts("Floods hit the Balkans. Around 100 people had to be evacuated in Yambol, and "
               "50 in north Bulgaria.")
    assert (d["Around 100"].quantity, d["50"].quantity) == ("yambol.evacuated",
                                                           "north_bulgaria.evacuated")


def test_a_demonym_before_residents_is_its_countrys_people_no_place_of_its_own():
    d = drafts("More than 152,000 Turkish residents have evacuated their homes.")
    assert d["More than 152,000"].quantity == "turkey.evacuated"
    # near miss: a name the lexicon does not know as a people stays a place
    d = drafts("Floods hit the valley. About 300 Bhutia residents have evacuated their homes.")
    assert d["About 300"].quantity == "bhutia.evacuated"
