"""The broad vocabulary of crisis reporting: the ways news says people died, were hurt,
went missing, lost their homes, were moved, came back or were sent back; epidemics'
counts besides cases; things closed or cut off; money given, needed or insured;
heights of water, flooded areas, winds of no named storm. Written from how reports
word numbers, each with a near miss that must not take the measure."""

import datetime as dt

import pytest

from tests.extract.drafting_support import drafts_by_number

PUBLISHED = dt.date(2024, 3, 6)


def quantity(text: str, number: str) -> str:
    return drafts_by_number(text, PUBLISHED)[number].quantity


@pytest.mark.parametrize("text, number, expected", [
    ("A total of 86 people drowned in Kerala.", "86", "kerala.killed"),
    ("Nine people were electrocuted in Dhaka.", "Nine", "dhaka.killed"),
    ("Three people were crushed to death in Lagos.", "Three", "lagos.killed"),
    ("In Kenya, 60 people have succumbed to cholera.", "60", "kenya.killed"),
    ("Militants beheaded 11 villagers in Cabo Delgado.", "11", "cabo_delgado.killed"),
    ("Hospitals in Gaza admitted 220 casualties.", "220", "gaza.casualties"),
    ("Almost 400 people were treated for smoke inhalation in Sydney.", "Almost 400",
     "sydney.injured"),
    ("In Dhaka, 35 people are in intensive care.", "35", "dhaka.critically_injured"),
    ("Around 40 people remain unaccounted for in Derna.", "Around 40", "derna.missing"),
])
def test_the_dead_the_hurt_and_the_missing(text, number, expected):
    assert quantity(text, number) == expected


@pytest.mark.parametrize("text, number, expected", [
    ("The fighting in Goma has forced 135,000 people from their homes.", "135,000",
     "goma.displaced"),
    ("About 1.2 million people have been driven out of their homes in Ukraine.",
     "About 1.2 million", "ukraine.displaced"),
    ("An estimated 4,000 people sleep rough in Kathmandu after the quake.",
     "An estimated 4,000", "kathmandu.displaced"),
    ("Authorities moved 250,000 people to safer ground in Odisha.", "250,000",
     "odisha.evacuated"),
    ("Officials ordered the evacuation of 10,000 residents in Hawaii.", "10,000",
     "hawaii.evacuated"),
    ("The army evacuated 1,700 residents from villages near Merapi.", "1,700",
     "merapi.evacuated"),
    ("Nearly 5,000 people remain in evacuation centres in Quezon.", "Nearly 5,000",
     "quezon.sheltered"),
    ("More than 5,000 refugees went home to Burundi.", "More than 5,000", "burundi.returned"),
    ("Officials deported 1,500 Afghans from Pakistan.", "1,500", "pakistan.deported"),
    ("Some 700 migrants were intercepted off Libya.", "Some 700", "libya.intercepted"),
])
def test_people_who_lost_their_homes_were_moved_came_back_or_were_sent_back(
        text, number, expected):
    assert quantity(text, number) == expected


def test_residents_a_verb_counts_are_no_population():
    # near miss: residents with no verb right before them are the population
    assert quantity("The town of Joplin has 50,000 residents.", "50,000") == "joplin.population"
    # residents sent by a deploying verb stay what the rules made them before
    assert not quantity("Trucks sent about 3,000 residents of Albay away.",
                        "about 3,000").endswith(".deployed")


@pytest.mark.parametrize("text, number, expected", [
    ("The outbreak has infected 3,400 people in Uganda.", "3,400", "uganda.cases"),
    ("Over 700 people have contracted dengue in Dhaka.", "Over 700", "dhaka.cases"),
    ("Health workers tested 5,000 people in Liberia.", "5,000", "liberia.tested"),
    ("About 120 people were quarantined in Wuhan.", "About 120", "wuhan.quarantined"),
    ("Some 2.3 million people need food aid in Ethiopia.", "Some 2.3 million",
     "ethiopia.in_need"),
    ("The earthquake impacted 15 million people in Turkey.", "15 million", "turkey.affected"),
    ("246 people are undergoing treatment at King George Hospital.", "246",
     "king_george_hospital.in_treatment"),
    ("In Zofiowka, one miner is still being sought.", "one", "zofiowka.missing"),
    # "impacting about 1,000, many collapsing as they tried to escape": no escape counted
    ("Gas spread in Visakhapatnam, killing 11 people and impacting about 1,000, many "
     "collapsing as they tried to escape.", "about 1,000", "visakhapatnam.affected"),
    ("The epidemic has orphaned 3,000 children in Liberia.", "3,000",
     "liberia.children_orphaned"),
    ("Aid groups say 80,000 people in Darfur have no access to clean water.", "80,000",
     "darfur.without_water"),
])
def test_epidemics_needs_and_hardship(text, number, expected):
    assert quantity(text, number) == expected


def test_a_body_named_humanitarian_aid_is_no_need():
    # near miss: "Humanitarian Aid Commission" names a body, not people in need
    got = quantity("The Humanitarian Aid Commission said 2,000 families were affected "
                   "in Mestri.", "2,000 families")
    assert got == "mestri.affected_households"


@pytest.mark.parametrize("text, number, expected", [
    ("The militants abducted 276 girls in Chibok.", "276", "chibok.girls_abducted"),
    ("Some 150 hostages are still held in Gaza.", "Some 150", "gaza.hostages"),
    ("About 2,000 fighters attacked the town in Mali.", "About 2,000", "mali.attackers"),
    ("Some 200,000 people took part in the march in Tel Aviv.", "Some 200,000",
     "tel_aviv.protesters"),
    ("Police arrested 300 protesters in Tehran.", "300", "tehran.protesters_detained"),
    ("More than 20,000 firefighters are fighting fires across Canada.", "More than 20,000",
     "canada.firefighters_deployed"),
    ("Some 18,000 students were sent home from schools in Manila.", "Some 18,000",
     "manila.students_sent_home"),
])
def test_conflict_and_response(text, number, expected):
    assert quantity(text, number) == expected


@pytest.mark.parametrize("text, number, expected", [
    ("The cyclone flattened 50,000 huts in Bangladesh.", "50,000",
     "bangladesh.huts_destroyed"),
    ("Some 40 health facilities were destroyed in Tigray.", "Some 40",
     "tigray.hospitals_destroyed"),
    ("Around 9,000 schools were closed in Pakistan.", "Around 9,000",
     "pakistan.schools_closed"),
    ("Mudslides blocked 150 roads in Nepal.", "150", "nepal.roads_closed"),
    ("The typhoon left 2 million homes without electricity in Luzon.", "2 million",
     "luzon.homes_without_power"),
    # near miss: tents handed out are aid, named by their noun and the act, no huts
    ("Aid agencies delivered 5,000 tents to Syria.", "5,000", "syria.tents_delivered"),
])
def test_things_destroyed_closed_or_cut_off(text, number, expected):
    assert quantity(text, number) == expected


@pytest.mark.parametrize("text, number, expected", [
    ("Donors have given $300 million to Pakistan.", "$300 million", "pakistan.aid_usd"),
    ("Insurers expect losses of $3 billion in Florida.", "$3 billion",
     "florida.economic_loss_usd"),
    ("Insurers in Florida put the bill at $3 billion.", "$3 billion", "florida.cost_usd"),
    ("The agency in Kabul needed $50 million.", "$50 million", "kabul.needed_usd"),
    ("The appeal's requirements in Kabul rose to $2 billion.", "$2 billion",
     "kabul.required_usd"),
])
def test_money_given_needed_or_lost(text, number, expected):
    assert quantity(text, number) == expected


def test_an_appeals_whole_is_apart_from_what_it_asks_and_what_it_lacks():
    # the $150 million was aid_usd, as the $98 million appealed for: a false
    # disagreement (holdout525)
    text = ("The United Nations appealed for US$98 million to help North Korea. Of the "
            "overall funding requirement of $150 million for 2013 in North Korea, $98 million "
            "is still urgently needed.")
    assert quantity(text, "US$98 million") == "north_korea.aid_usd"
    assert quantity(text, "$150 million") == "north_korea.required_usd"
    assert quantity(text, "$98 million") == "north_korea.needed_usd"


def test_insurance_claims_are_still_counted_by_their_noun():
    got = quantity("In Louisiana, residents have filed more than 25,600 flood insurance "
                   "claims.", "more than 25,600")
    assert got == "louisiana.flood_insurance_claims" or got.endswith(".insurance_claims")


@pytest.mark.parametrize("text, number, expected", [
    ("Floods covered 30,000 square kilometres in Pakistan.", "30,000 square kilometres",
     "pakistan.area_flooded"),
    ("The river rose to 9 metres in Bangkok.", "9 metres", "bangkok.water_level"),
    ("The tsunami waves reached 10 metres in Sendai.", "10 metres", "sendai.wave_height"),
    ("Winds of up to 250 kilometres per hour battered Vanuatu.",
     "up to 250 kilometres per hour", "vanuatu.wind_speed"),
])
def test_heights_areas_and_winds(text, number, expected):
    assert quantity(text, number) == expected


def test_no_level_in_kilometres_nor_in_degrees_and_no_flooded_area_without_water():
    assert quantity("In Kerala, the river rose over 10 kilometres.",
                    "over 10 kilometres").startswith("unnamed_doc.")
    assert quantity("The water was 12 °C.", "12 °C").startswith("unnamed_doc.")
    assert quantity("The farm in Iowa covers 300 acres.", "300 acres") != "iowa.area_flooded"


@pytest.mark.parametrize("text, number, expected", [
    ("Greece has processed 40,000 asylum applications this year.", "40,000",
     "greece.asylum_applications"),
    ("Some 3.5 million people in Ethiopia depend on food aid.", "Some 3.5 million",
     "ethiopia.in_need"),
    ("The volcano spewed ash 15 kilometres into the sky over Indonesia.", "15 kilometres",
     "indonesia.plume_height"),
    ("The drought has dried up 60 percent of the wells in Kenya.", "60 percent",
     "kenya.wells_dried_up / kenya.wells"),
])
def test_a_country_the_lexicon_knows_is_a_place_wherever_it_stands(text, number, expected):
    assert quantity(text, number) == expected


def test_a_toll_that_claimed_lives_has_no_speaker():
    d = drafts_by_number("The Ebola outbreak in Guinea has now claimed 2,500 lives.", PUBLISHED)
    assert d["2,500"].by is None and d["2,500"].quantity == "guinea.killed"
    # near miss: a claim that is speech keeps its speaker
    d = drafts_by_number("The rebels claimed that 40 soldiers were killed in Mali.", PUBLISHED)
    assert d["40"].by == "rebels"


def test_headlines_in_the_present_and_water_cut_off():
    assert quantity("Floods kill dozens in Nigeria's Borno state", "dozens") == "borno.killed"
    got = quantity("In Borno, the floods cut off water supplies to 80 percent of residents.",
                   "80 percent")
    assert got == "borno.without_water / borno.population"


def test_an_adverb_before_a_tally_verb_is_no_part_of_the_speaker():
    d = drafts_by_number("The agency already recorded 1,500 cholera cases in Borno.",
                         PUBLISHED)
    assert d["1,500"].by != "agency already"


def test_a_group_no_measure_names_is_counted_by_its_noun():
    assert quantity("At the hospital in Kamituga, 60 patients share 20 beds.", "60") \
        == "kamituga.patients"
    # near miss: people in general with no measure stay unnamed
    assert quantity("In Kamituga, 60 people share 20 beds.", "60").startswith("unnamed_doc.")


def test_lost_relatives_rescue_helpers_and_crossing_the_border():
    assert quantity("In Koslanda, Raja lost all five members of his household.", "five") \
        == "koslanda.members_killed"
    assert quantity("In Maoxian, more than 2,000 soldiers were participating in the rescue "
                    "efforts.", "more than 2,000") == "maoxian.soldiers_deployed"
    assert quantity("Fighting drove 30,000 people across the border from Congo.", "30,000") \
        == "congo.departed"


def test_a_running_total_is_the_total_of_the_count_before_it():
    text = ("Health officials in Congo reported 1,005 new suspected mpox cases in the past "
            "week, bringing the total this year to more than 16,000.")
    assert quantity(text, "1,005") == "congo.new_suspected_cases"
    assert quantity(text, "more than 16,000") == "congo.suspected_cases"
    # near miss: "bringing" with no total is no running total
    text = ("Health officials in Congo reported 1,005 new suspected cases, bringing "
            "relief to 16,000 families.")
    assert quantity(text, "16,000 families") != "congo.suspected_cases"


def test_a_running_total_with_no_noun_is_no_population():
    # "bringing the total number to 24" was kiruddu_hospital.population: a toll
    # against a population is a false red line waiting for the place's head count
    text = ("Officials said 13 more have since died in Kiruddu Hospital, bringing the "
            "total number to 24.")
    assert quantity(text, "24") == "kiruddu_hospital.killed"
    # near miss: a total population said as one is a population
    text = ("Floods hit Kakuma. The camp took in 500 more people, bringing the total "
            "population of Kakuma to 30,000.")
    assert quantity(text, "30,000") == "kakuma.population"


def test_places_evacuated_by_the_verb_right_before_them():
    assert quantity("In Evros, authorities evacuated 12 villages overnight.", "12") \
        == "evros.villages_evacuated"
    # near miss: people evacuated, then housed in camps: no camps were evacuated
    text = ("In Kerala, 33,372 people evacuated from villages were housed in 305 "
            "relief camps.")
    assert quantity(text, "305") == "kerala.relief_camps"
    assert quantity("In Evros, about 4,000 people had been moved to temporary shelters.",
                    "about 4,000") == "evros.evacuated"


def test_a_length_names_the_noun_it_qualifies_first_and_zones_have_a_radius():
    text = ("In Albay, no one may be within the five-mile (eight-kilometer) zone around "
            "the 8,070-foot (2,460-meter) mountain.")
    assert quantity(text, "five-mile") == "albay.radius"
    assert quantity(text, "8,070-foot") == "albay.height"
    assert quantity("In Assam, floods forced 163,052 people to take shelter in 212 relief "
                    "camps.", "163,052") == "assam.sheltered"


@pytest.mark.parametrize("text, number, expected", [
    ("Hurricane Ian knocked out power to 2.6 million homes in Florida.", "2.6 million",
     "florida.homes_without_power"),
    ("About 1,100 National Guard troops were activated in North Carolina.", "About 1,100",
     "north_carolina.soldiers_deployed"),
    ("The storm surge reached 15 feet in Fort Myers.", "15 feet", "fort_myers.storm_surge"),
    ("The heat wave sent 1,200 people to emergency rooms in Oregon.", "1,200",
     "oregon.hospitalized"),
    ("About 6,000 people are living in tents in Morocco.", "About 6,000", "morocco.sheltered"),
])
def test_storm_and_heat_reporting(text, number, expected):
    assert quantity(text, number) == expected


def test_a_determiner_opening_the_sentence_names_no_person():
    got = quantity("Some 80 percent of those who died in Yemen were under the age of five.",
                   "five")
    assert got != "some.age"


def test_people_aid_reached_and_what_a_plan_seeks():
    assert quantity("Partners reached 8.5 million people with assistance in Sudan.",
                    "8.5 million") == "sudan.assisted"
    assert quantity("In Sudan, the response plan, which seeks $2.7 billion, is underfunded.",
                    "$2.7 billion") == "sudan.aid_usd"


@pytest.mark.parametrize("text, number, expected", [
    ("More than 12,000 people remain cut off by floodwaters in Queensland.",
     "More than 12,000", "queensland.stranded"),
    ("Nearly 200,000 people were left without shelter after the quake in Nepal.",
     "Nearly 200,000", "nepal.displaced"),
    ("The fire spread across 2,170 acres in Lahaina.", "2,170 acres", "lahaina.area_burned"),
    ("About 30 percent of the wheat crop was lost in Punjab.", "About 30 percent",
     "punjab.wheat_crop_destroyed / punjab.wheat_crop"),  # a share of the crop
])
def test_cut_off_roofless_a_fire_that_spread_and_a_crop_lost(text, number, expected):
    assert quantity(text, number) == expected


def test_an_area_with_no_fire_and_no_water_is_neither_burned_nor_flooded():
    got = quantity("The new camp in Chad spread across 300 acres.", "300 acres")
    assert got not in ("chad.area_burned", "chad.area_flooded")


def test_a_number_with_its_noun_left_out_before_the_verb_counts_the_earlier_things():
    text = "Around 1,800 houses were partially damaged and 700 fully destroyed in Sindh."
    assert quantity(text, "700") == "sindh.homes_destroyed"
    # near miss: a number with its own noun counts that noun
    text = "In Sindh, 1,800 houses were damaged and 700 people were killed."
    assert quantity(text, "700") == "sindh.killed"


def test_people_aid_was_delivered_to():
    assert quantity("The WFP said it had delivered food to 30,000 people in Herat.",
                    "30,000") == "herat.assisted"


def test_animals_lost_were_killed_things_lost_destroyed():
    assert quantity("In Dadia, a farmer said he had lost 300 goats.", "300") \
        == "dadia.livestock_killed"
    assert quantity("In Dadia, the village lost 40 homes.", "40") == "dadia.homes_destroyed"


@pytest.mark.parametrize("text, number, expected", [
    ("The storm left 250,000 customers without electricity in Quebec.", "250,000",
     "quebec.customers_without_power"),
    ("Some 45 people remain in critical condition in Beirut.", "Some 45",
     "beirut.critically_injured"),
    ("Nearly 800 people have been treated for cholera in Zambia.", "Nearly 800",
     "zambia.cases"),
    ("The drought has forced 1.2 million people to leave their homes in Somalia.",
     "1.2 million", "somalia.displaced"),
])
def test_customers_critical_patients_and_people_who_left_home(text, number, expected):
    assert quantity(text, number) == expected


def test_a_state_that_counted_people_is_no_speaker():
    d = drafts_by_number("During Hurricane Matthew, the state counted 4,071 people in 109 "
                         "shelters.", PUBLISHED)
    assert d["4,071"].by is None


def test_a_stretch_of_a_thing_is_that_things_length():
    text = ("In Maoxian, debris blocked a 2-kilometer stretch of a river and a 1.6-kilometer "
            "section of the main road.")
    assert quantity(text, "2-kilometer") == "maoxian.river_length"
    assert quantity(text, "1.6-kilometer") == "maoxian.road_length"
    # near miss: a length of nothing named stays a plain length
    assert quantity("In Bogota, the path was about 15 miles long.", "about 15 miles") \
        == "bogota.length"


def test_a_stretch_of_time_is_no_length():
    # "82mm ... in a 24-hour stretch": the rain of a span of time was tallinn.length, a
    # length the next "stretch of road" in the story would have been held against
    text = ("Floods hit Tallinn. The monthly average for July is 82mm, and Tallinn received "
            "that in a 24-hour stretch.")
    assert quantity(text, "82mm").startswith("unnamed_")
    # near miss: a stretch of road keeps its length
    assert quantity("In Tallinn, floods closed a 3-kilometre stretch of road.",
                    "3-kilometre") == "tallinn.length"


def test_people_who_remain_in_hospital_are_hospitalised():
    text = "About 2,000 people were injured in Beirut, 300 of whom remain in hospital."
    assert quantity(text, "300") == "beirut.hospitalized"
    # near miss: people who remain in their homes are those who stayed
    assert quantity("In Kherson, 300 people remain in their homes.", "300") \
        == "kherson.remaining"


def test_patients_treated_in_hospitals_are_hospitalized():
    d = drafts_by_number("In Bangladesh, a total of 91,053 patients suffering from dengue "
                         "have received treatment in the hospitals.", dt.date(2019, 10, 1))
    assert d["91,053"].quantity.endswith("hospitalized")  # not "departed" (received)


def test_people_stuck_or_waiting_to_cross_are_stranded():
    d = drafts_by_number("In Greece, another 1,000 people were stuck at a gas station in "
                         "Polykastro.", dt.date(2016, 2, 26))
    assert d["1,000"].quantity == "polykastro.stranded"
    # near miss: people who crossed are no longer waiting
    d = drafts_by_number("In Greece, 1,000 people crossed into Macedonia.", dt.date(2016, 2, 26))
    assert not d["1,000"].quantity.endswith("stranded")


def test_displacing_and_crossing_over_are_their_verbs_forms():
    d = drafts_by_number("In Somalia, overflowing rivers have flooded communities, displacing "
                         "370,000 and destroying farms.", dt.date(2019, 11, 1))
    assert d["370,000"].quantity == "somalia.displaced"
    d = drafts_by_number("Macedonia allowed just 100 people to cross over from Greece's "
                         "Idomeni border area.", dt.date(2016, 2, 26))
    assert d["100"].quantity == "idomeni.departed"
    # near miss: waiting to cross is not crossing
    d = drafts_by_number("In Libya, 5,000 people are waiting to cross.", dt.date(2011, 3, 1))
    assert d["5,000"].quantity == "libya.stranded"


def test_snowbound_people_are_stranded_and_those_brought_dead_are_dead():
    assert quantity("Hundreds of people spent hours snowbound in airports in Denver.",
                    "Hundreds") == "denver.stranded"
    assert quantity("In Gaya, 10 others were brought dead to the hospital.", "10") \
        == "gaya.killed"
    # near miss: people brought to a hospital alive are no toll
    assert quantity("In Gaya, 10 others were brought to the hospital.", "10") != "gaya.killed"


def test_things_that_died_are_their_deaths_not_their_number():
    text = "Dozens of elephants die in Zimbabwe. Zimbabwe was meant for 15,000 elephants."
    d = drafts_by_number(text, PUBLISHED)
    assert d["Dozens"].quantity == "zimbabwe.elephants_killed"
    assert d["15,000"].quantity == "zimbabwe.elephants"  # how many, not how many died
    # near miss: things that killed are no things that died
    assert quantity("Two strong earthquakes have killed 180 people in Iran.", "Two") \
        == "iran.strong_earthquakes"


def test_a_line_ends_a_headlines_words():
    # a standfirst with no full stop: its verb counts its own number, not the next
    # paragraph's ("injured" is no verb of "Two", nor are the explosions thousands)
    d = drafts_by_number("Blasts in Beirut\nSeveral dozens killed and thousands injured\n\n"
                         "Two massive explosions devastated Beirut's port on Tuesday.",
                         dt.date(2020, 8, 7))
    assert d["Several dozens"].quantity == "beirut.killed"
    assert d["thousands"].quantity == "beirut.injured"
    # near miss: in one line, a verb right before the next count is that count's
    d = drafts_by_number("Blasts in Beirut\nIn Beirut, the blast kills 4 and injures 40.",
                         dt.date(2020, 8, 7))
    assert d["4"].quantity == "beirut.killed"
    assert d["40"].quantity == "beirut.injured"


def test_prisoners_who_died_are_the_toll_not_detentions():
    # a prison's people are its story's own, as a ferry's passengers are (the gold of
    # two prison stories names their toll `killed`)
    d = drafts_by_number("Prison fire\nIn Honduras, 61 prisoners were killed in a fire at a "
                         "jail.", dt.date(2012, 2, 15))
    assert d["61"].quantity == "honduras.killed"
    # near miss: prisoners held are the detained
    d = drafts_by_number("Prison fire\nPolice in Honduras are holding 300 prisoners.",
                         dt.date(2012, 2, 15))
    assert d["300"].quantity == "honduras.detained"


def test_inmates_and_immigrants_are_people_and_bodies_a_witness_counted_a_floor():
    d = drafts_by_number("In Guayaquil, the death toll has risen to 31 inmates. At least 1,200 "
                         "immigrants fled Pacaraima.", dt.date(2023, 7, 26))
    assert d["31"].quantity == "guayaquil.killed"  # the prison's own people: the toll
    assert d["At least 1,200"].quantity == "pacaraima.departed"
    d = drafts_by_number("A reporter counted 100 bodies in Warri before giving up. Other "
                         "reports estimated the dead at 150 to 250 in Warri.", dt.date(2000, 7, 11))
    # what one witness counted is no rival of the toll
    assert d["100"].quantity == "warri.bodies_counted"
    # near misses: a group of its own keeps its noun; a toll that counts bodies is the toll
    d = drafts_by_number("Police said 12 trainees and 20 students died in Warri.",
                         dt.date(2000, 7, 11))
    assert d["20"].quantity == "warri.students_killed"
    d = drafts_by_number("The death toll in Warri rose to 100 bodies.", dt.date(2000, 7, 11))
    assert d["100"].quantity == "warri.killed"


def test_houses_partly_damaged_are_a_part_of_the_damaged_not_the_damaged():
    d = drafts_by_number("In Nepal, a total of 3,770 houses have been damaged, with 2,838 "
                         "houses suffering partial damage and 932 houses completely "
                         "destroyed.", dt.date(2023, 11, 5))
    assert d["3,770"].quantity == "nepal.homes_damaged"
    # named apart, the part is no rival of the whole (2,838 against 3,770)
    assert d["2,838"].quantity == "nepal.homes_partially_damaged"
    assert d["932"].quantity == "nepal.homes_destroyed"
    # near miss: houses damaged with no word of a part are the damaged
    d = drafts_by_number("In Nepal, 19 houses were damaged.", dt.date(2023, 11, 5))
    assert d["19"].quantity == "nepal.homes_damaged"


@pytest.mark.parametrize("text, number, expected", [
    # gales are winds; a deeper quake's miles its depth
    ("In Germany, gales up to 202 kilometers an hour tore roofs off.",
     "up to 202 kilometers an hour", "germany.wind_speed"),
    ("In Georgia, the quake struck with a magnitude of 5.4 and at a deeper 21 miles.",
     "21 miles", "earthquake.depth"),
    # whereabouts unknown: the missing
    ("In Morocco, the whereabouts of another 18 people are unknown.", "18", "morocco.missing"),
    # the crowd at an event
    ("In Kocani, the concert was attended by around 1,500 people.", "around 1,500",
     "kocani.attendance"),
    ("In Cameroon, about 50,000 people tried to attend the match.", "about 50,000",
     "cameroon.attendance"),
    # the survivors, with no verb to say what befell them
    ("In Congo, there are 183 survivors.", "183", "congo.survivors"),
    # one body is a body found, no one recovered from an illness
    ("In Taplejung, one body has been recovered.", "one", "taplejung.bodies_recovered"),
    # refugees counted where they are; a fire's area told as what it is; people on a boat
    ("Now there are 950,000 refugees in Poland.", "950,000", "poland.refugees"),
    ("In Siberia, the forest fire area is 7,000 hectares.", "7,000 hectares",
     "siberia.area_burned"),
    ("Wildfires have torn through more than 8,000 hectares in Yakutia.",
     "more than 8,000 hectares", "yakutia.area_burned"),
    ("In Bhopal, seventeen people were on the boats.", "seventeen", "bhopal.aboard"),
    # the worst hit of those affected are a count apart
    ("The quake affected 17 million people in Myanmar, including 9 million who were severely "
     "affected.", "9 million", "myanmar.severely_affected"),
    # people from households: one verb for both counts
    ("In Kenya, 39,054 people from 6,580 households have been displaced.", "39,054",
     "kenya.displaced"),
])
def test_winds_depths_the_missing_crowds_and_survivors(text, number, expected):
    assert quantity(text, number) == expected


def test_near_misses_of_crowds_and_survivors():
    # refugees a tent holds are no count of refugees
    assert not quantity("In Rwanda, one hundred tents each hold five refugees.",
                        "five").endswith(".refugees")
    # a field's area is no fire's
    assert quantity("In Siberia, the farm area is 7,000 hectares.",
                    "7,000 hectares") != "siberia.area_burned"
    # the injured attended to by medics are treated, no crowd
    assert not quantity("In Kenya, 12 people were attended to by paramedics.",
                        "12").endswith(".attendance")
    # survivors a verb befalls are that verb's
    assert quantity("In Congo, 38 survivors were rescued.", "38") == "congo.rescued"
    # a number past "from" that is a place of origin is no restatement
    assert quantity("In Kenya, 300 people fled from 4 villages.", "300") == "kenya.departed"
