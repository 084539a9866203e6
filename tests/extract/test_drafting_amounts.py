"""Quantities that are not counts of people: sums of money, land by its area, roads
by their length, the part and the whole of "N out of M things", the year of an
earlier event. Near misses sit next to each case."""

import datetime as dt

from factcheck.extract import find_mentions
from factcheck.extract.drafts import draft_claims
from tests.extract.drafting_support import drafts_by_number

PUBLISHED = dt.date(2018, 8, 18)


def drafts(text: str) -> dict:
    return drafts_by_number(text, PUBLISHED)


def test_a_sum_of_money_is_what_its_clause_says_it_is():
    d = drafts("Floods in Kerala have caused a loss of $1.1bn, officials said.")
    assert d["$1.1bn"].quantity == "kerala.economic_loss_usd"
    d = drafts("In Kerala, officials put preliminary costs at 80.3bn rupees.")
    assert d["80.3bn rupees"].quantity == "kerala.cost_inr"
    d = drafts("In Kerala, Modi declared initial assistance of 5 billion rupees.")
    assert d["5 billion rupees"].quantity == "kerala.aid_inr"
    # the word of estimate read into the number still says what it is
    d = drafts("In Kerala, the floods caused estimated losses of 277 billion rupees.")
    assert d["estimated losses of 277 billion rupees"].quantity == "kerala.economic_loss_inr"


def test_a_sum_restated_in_brackets_is_the_same_measure_in_its_own_currency():
    d = drafts("In Kerala, Modi declared assistance of 5 billion rupees ($71 million).")
    assert d["5 billion rupees"].quantity == "kerala.aid_inr"
    assert d["$71 million"].quantity == "kerala.aid_usd"  # verify converts no currency


def test_a_sum_with_no_word_of_what_it_is_stays_unnamed():
    d = drafts("In Kerala, the figure was 5 billion rupees.")
    assert d["5 billion rupees"].quantity.startswith("unnamed_doc.")
    # a money word in another sentence part is another sum's
    d = drafts("Aid has poured in; in Kerala the figure was 5 billion rupees.")
    assert d["5 billion rupees"].quantity.startswith("unnamed_doc.")


def test_land_counted_by_its_area_is_the_land_with_what_happened_to_it():
    d = drafts("In Kerala, the floods damaged crops across as much as 40,000 hectares.")
    assert d["as much as 40,000 hectares"].quantity == "kerala.farmland_damaged"
    d = drafts("In Kerala, the rains destroyed roads as well as crops across over "
               "1,000 hectares of farmland.")
    assert d["over 1,000 hectares"].quantity == "kerala.farmland_destroyed"
    d = drafts("In Kerala, 500 acres of farmland were flooded.")
    assert d["500 acres"].quantity == "kerala.farmland_flooded"
    # a count of fields is no area: farmland_damaged with no unit was a unit error
    d = drafts("In Kerala, floods left 8,000 homes and 11,000 rice fields damaged.")
    assert d["11,000"].quantity == "kerala.rice_fields_damaged"


def test_roads_counted_by_their_length():
    d = drafts("In Kerala, nearly 10,000 kilometres of state roads were damaged.")
    assert d["nearly 10,000 kilometres"].quantity == "kerala.roads_damaged_length"
    # a count of roads is another quantity: it has no unit
    d = drafts("In Kerala, floodwaters have damaged 103 roads.")
    assert d["103"].quantity == "kerala.roads_damaged"
    # a length that measures no thing is not a road: a distance stays a distance
    d = drafts("Fighting hit the village of Mestri, 40 kilometers south of Al-Geneina.")
    assert d["40 kilometers"].quantity == "mestri.distance_from_al_geneina"
    d = drafts("In Kerala, the river rose over 10 kilometres.")
    assert d["over 10 kilometres"].quantity.startswith("unnamed_doc.")


def test_the_part_and_the_whole_of_n_out_of_m_things():
    d = drafts("In Kerala, 10 out of 14 districts were severely affected.")
    assert d["10"].quantity == "kerala.districts_affected"
    assert d["14"].quantity == "kerala.districts"
    # "N of the M residents have fled" stays the people's own rule
    d = drafts("Over 100,000 of the 120,000 residents of Karabakh have fled.")
    assert d["Over 100,000"].quantity == "karabakh.departed"
    assert d["120,000"].quantity == "karabakh.population"


def test_a_share_of_a_places_m_things_is_their_part():
    # "more than half of the village's 46 homes had collapsed": 46 is all the homes
    # (never 46 collapsed, which a later "20 homes collapsed" would contradict)
    d = drafts("In Valmi, more than half of the village's 46 homes had collapsed.")
    assert d["46"].quantity == "valmi.homes"
    assert d["more than half"].quantity == "valmi.homes_collapsed / valmi.homes"
    d = drafts("In Valmi, half of the 300 homes were destroyed.")
    assert d["300"].quantity == "valmi.homes"
    # near miss: with no share or part before it, the number is the things done to
    d = drafts("In Valmi, the village's 46 homes had collapsed.")
    assert d["46"].quantity == "valmi.homes_collapsed"


def test_a_noun_after_the_next_number_is_that_numbers():
    # "66 and 640 houses": the houses are 640's; 66 is the toll before it
    d = drafts("The death toll from Kerala's floods has risen to 66 and 640 houses have "
               "been destroyed.")
    assert d["66"].quantity == "kerala.killed"
    assert d["640"].quantity == "kerala.homes_destroyed"
    # near miss: one word between and no other number, the noun is still the count's
    d = drafts("In Kerala, 640 damaged houses were counted.")
    assert d["640"].quantity.startswith("kerala.homes")


def test_a_size_word_is_not_a_kind_of_thing():
    d = drafts("In Kerala, 27 major dams were opened and 12 irrigation dams damaged.")
    assert d["27"].quantity.startswith("kerala.dams")
    assert d["12"].quantity == "kerala.irrigation_dams_damaged"


def test_the_year_of_an_earlier_event_is_its_date():
    d = drafts("Kerala is in the midst of the second worst flood after 1924.")
    assert d["1924"].quantity == "flood_1924.start"  # its only date: when it began
    # the story's own year is the story's event, never a date of another
    d = drafts("Floods hit Kerala. It is the worst flood of 2018.")
    assert not d["2018"].quantity.startswith("flood_2018")
    # a month of the year before may be the story's own event, begun then
    d = drafts("Floods hit Kerala on 2 January. The flood began in December 2017.")
    assert not d["December 2017"].quantity.startswith("flood_2017")
    # ... but the whole of the year before is another event's
    d = drafts("Floods hit Kerala on 2 January. It is the worst flood since 2017.")
    assert d["2017"].quantity == "flood_2017.start"


def test_rains_and_a_monsoon_are_events_with_a_start():
    d = drafts("In Kerala, the toll had climbed to 39 since the heavy rains hit on August 8.")
    assert d["August 8"].quantity == "rains.start"
    # the number before "since" owns no noun: the toll is a count of the dead
    assert d["39"].quantity == "kerala.killed"


def test_a_number_with_its_noun_left_out_counts_the_earlier_things():
    d = drafts("In Haiti, the earthquake destroyed 53,000 homes and damaged other 77,000.")
    assert d["53,000"].quantity == "haiti.homes_destroyed"
    assert d["77,000"].quantity == "haiti.homes_damaged"
    d = drafts("In Haiti, the quake destroyed 53,000 homes and damaged 77,000 more.")
    assert d["77,000"].quantity == "haiti.homes_damaged"
    # a verb done to people, not things: the people's own measure
    d = drafts("In Haiti, the quake destroyed 53,000 homes and injured 7,000.")
    assert d["7,000"].quantity == "haiti.injured"
    # the number has a noun of its own: that noun, not the earlier one
    d = drafts("In Haiti, the quake destroyed 53,000 homes and damaged 900 schools.")
    assert d["900"].quantity == "haiti.schools_damaged"


def test_the_day_of_an_attack_on_a_place_is_that_attacks_start():
    d = drafts("In South Darfur, 19 villagers were killed during an attack on Abdo village "
               "on July 23.")
    assert d["July 23"].quantity == "abdo_attack.start"
    d = drafts("About 10,000 people were affected by the attack on the village of Mestri "
               "on July 25.")
    assert d["July 25"].quantity == "mestri_attack.start"
    # an attack on no place the text names is left to the other rules
    d = drafts("In Darfur, the attack on the convoy on July 23 killed 12 people.")
    assert "_attack" not in d["July 23"].quantity
    # a place far from the date is not the attack's
    d = drafts("The attack on Abdo village was repelled, and fighting resumed on July 23.")
    assert d["July 23"].quantity != "abdo_attack.start"


def test_a_count_told_twice_is_the_count_of_the_place_named_once():
    text = ("Floods in Taiwan\n\nA landslide buried up to 200 houses on Friday. "
            "Up to 200 homes in the village of Shiaolin were buried, television reported. "
            "In Taiwan, 12 people were killed.")
    d = drafts(text)
    assert d["up to 200"].quantity == "shiaolin.homes_buried"
    assert d["Up to 200"].quantity == "shiaolin.homes_buried"
    # another number of the same measure stays the story's place's
    text = ("Floods in Taiwan\n\nA landslide buried up to 300 houses on Friday. "
            "Up to 200 homes in the village of Shiaolin were buried.")
    assert drafts(text)["up to 300"].quantity == "taiwan.homes_buried"
    # a small number told twice may be two counts: left alone
    text = ("Floods in Taiwan\n\nA landslide killed 12 people on Friday. "
            "In the village of Shiaolin, 12 people were killed.")
    found = draft_claims(text, find_mentions(text, PUBLISHED), "doc", PUBLISHED)
    assert [d.quantity for d in found if d.value == "12 people"] == [
        "taiwan.killed", "shiaolin.killed"]


def test_a_count_told_twice_never_takes_the_titles_place():
    text = ("39 dead as floods devastate India's Kerala state\n\n"
            "Floods in Kerala have claimed 39 lives, officials said.")
    found = draft_claims(text, find_mentions(text, PUBLISHED), "doc", PUBLISHED)
    # the title's count is of the place India owns; the body's stays Kerala's
    assert [d.quantity for d in found] == ["kerala.killed", "kerala.killed"]


def test_people_taken_to_hospital_are_a_count_of_their_own():
    d = drafts("In Sindh, 1,200 people were hospitalised with cholera.")
    assert d["1,200"].quantity == "sindh.hospitalized"
    # treated for injuries: the injured
    d = drafts("In Sindh, over 2,000 people were treated for injuries.")
    assert d["over 2,000"].quantity == "sindh.injured"


def test_livestock_killed_is_not_people_killed():
    d = drafts("In Pakistan, floods killed 25,000 head of cattle.")
    assert d["25,000"].quantity == "pakistan.livestock_killed"
    d = drafts("In Pakistan, more than 800,000 livestock have died.")
    assert d["more than 800,000"].quantity == "pakistan.livestock_killed"
    d = drafts("In Yamal, more than 2,300 reindeer have died.")
    assert d["more than 2,300"].quantity == "yamal.livestock_killed"
    # near miss: the herders of the animals are people
    d = drafts("In Yamal, hundreds of nomadic reindeer herders have been evacuated.")
    assert d["hundreds"].quantity == "yamal.evacuated"
    # homes are never killed; the number after "killed" counts people
    d = drafts("In Haiti, the quake destroyed 500 homes and killed 20.")
    assert d["500"].quantity == "haiti.homes_destroyed"
    assert d["20"].quantity == "haiti.killed"
    d = drafts("In Burma, 1,000 houses were damaged and 145 people killed.")
    assert d["1,000"].quantity == "burma.homes_damaged"


def test_goods_by_weight_or_volume_are_named_by_their_noun():
    d = drafts("In Sindh, 20 tonnes of rice were delivered.")
    assert d["20 tonnes"].quantity == "sindh.rice"
    d = drafts("In Sindh, 3 million litres of drinking water were handed out.")
    assert d["3 million litres"].quantity == "sindh.drinking_water"
    # no noun of its own right after "of": left unnamed
    d = drafts("In Sindh, 200 kg of the supplies arrived.")
    assert d["200 kg"].quantity.startswith("unnamed_doc.")


def test_a_count_of_events_is_named_by_the_event_noun():
    d = drafts("In Sindh, 120 aftershocks were recorded.")
    assert d["120"].quantity == "sindh.aftershocks"
    # the event noun of another clause is no noun of the number
    d = drafts("In Nepal, 30 people died in the landslides.")
    assert d["30"].quantity == "nepal.killed"


def test_the_clauses_verb_says_what_people_named_by_a_participle_are():
    d = drafts("In Kerala, 33,372 people evacuated from villages in low-lying areas were "
               "housed in relief camps.")
    assert d["33,372"].quantity == "kerala.sheltered"
    d = drafts("In Abdo, about 4,000 internally displaced people have recently returned.")
    assert d["about 4,000"].quantity == "abdo.returned"
    # no verb of its own that the lexicon knows: the participle says it
    d = drafts("In Abdo, about 4,000 internally displaced people live in the camp.")
    assert d["about 4,000"].quantity == "abdo.internally_displaced"
    # the participle is the noun itself ("the displaced"): it says who and what
    d = drafts("In Bossangoa, some 5,000 displaced had sheltered in the church.")
    assert d["some 5,000"].quantity == "bossangoa.displaced"
    # two clauses, two counts
    d = drafts("In Haiti, 1,000 people were injured and 500 were evacuated.")
    assert d["1,000"].quantity == "haiti.injured"


def test_a_toll_that_reached_a_number_is_the_toll_not_arrivals():
    d = drafts("The death toll from floods in Assam has reached 14, officials said.")
    assert d["14"].quantity == "assam.killed"
    d = drafts("In Bangladesh the toll has crossed 346.")
    assert d["crossed 346"].quantity == "bangladesh.killed"  # (346, ∞)
    # the number before the verb: people who arrived
    d = drafts("More than 5,000 refugees reached Poland on Monday.")
    assert d["More than 5,000"].quantity.split(".")[1].startswith(("departed", "arrived"))
    # a toll's verb is no arrival of another number in its sentence
    d = drafts("In Thailand officials said the death toll had reached 33, but a private "
               "foundation put it at more than 50.")
    assert not d["more than 50"].quantity.endswith((".departed", ".arrived"))


def test_an_authority_is_no_place():
    d = drafts("According to the Assam State Disaster Management Authority, two people "
               "were reported missing in Assam.")
    assert d["two"].quantity == "assam.missing"


def test_farmland_by_its_area_restated_in_brackets():
    d = drafts("Bihar state, where 1.1 million hectares (2.7 million acres) of farmland "
               "have been inundated, will get aid.")
    assert d["1.1 million hectares"].quantity == "bihar.farmland_flooded"
    assert "2.7 million acres" not in d  # the same area in another unit: no claim
    d = drafts("In Assam, the floodwaters have submerged 4,931 hectares of crop area.")
    assert d["4,931 hectares"].quantity == "assam.farmland_flooded"


def test_a_city_with_a_number_of_people_is_its_population():
    d = drafts("Police said more than 100 people died in Concepcion, the largest city near "
               "the epicenter with more than 200,000 people.")
    assert d["more than 100"].quantity == "concepcion.killed"
    assert d["more than 200,000"].quantity == "concepcion.population"
    # people a measure word follows are that measure's
    d = drafts("The town was left with 300 people homeless in Concepcion.")
    assert d["300"].quantity == "concepcion.homeless"


def test_a_town_of_a_number_and_a_place_which_has_people_are_populations():
    d = drafts("Fire crews evacuated Istiaia, a town of 7,000 that firefighters battled "
               "to save overnight.")
    assert d["7,000"].quantity == "istiaia.population"  # no "people": a town is of them
    d = drafts("The quake struck south of Samoa, formerly part of New Zealand, which has "
               "about 220,000 people.")
    # the place before the aside, not the aside's own New Zealand
    assert d["about 220,000"].quantity == "samoa.population"
    # near misses: a town a place includes is another, unnamed; a place that has
    # people left homeless counts the homeless
    d = drafts("Alex Lokopio, premier of Western Province, which includes the town of "
               "7,000, said 12 died in Gizo.")
    assert not d["7,000"].quantity.endswith(".population")
    d = drafts("The quake struck Samoa, which has 300 people homeless.")
    assert d["300"].quantity != "samoa.population"


def test_how_deep_and_how_far_from_the_epicentre():
    d = drafts("The survey said the quake struck at a shallow depth of 10 kilometres.")
    assert d["10 kilometres"].quantity == "earthquake.depth"
    d = drafts("In Ludian county, 23 kilometres from the epicentre, walls crumbled.")
    assert d["23 kilometres"].quantity == "ludian.distance_from_epicentre"
    # a point no reader can place stays unnamed
    d = drafts("In Chile, 10 km from the village, 5 people died.")
    assert d["10 km"].quantity.startswith("unnamed_doc.")


def test_numbers_fused_to_a_word_and_numbers_with_a_noun_of_their_own():
    # "an 11-story building": the building's floors, no count of what the sentence counts
    d = drafts("In Chile, an 11-story building toppled, trapping an estimated 60 people.")
    assert d["11"].quantity == "building.floors"
    assert d["an estimated 60"].quantity == "chile.trapped"
    # a named building is the subject; with no noun for a building, the place's
    d = drafts("Pilgrims gathered near the five-storey Jamarat Bridge in Mina.")
    assert d["five"].quantity == "jamarat_bridge.floors"
    d = drafts("Smoke poured through the seven-storey hospital in Kolkata.")
    assert d["seven"].quantity == "kolkata.floors"
    # a fused word that is no storey stays unnamed ("a 10-year plan")
    d = drafts("In Chile, a 10-member team arrived.")
    assert not d["10"].quantity.endswith(".floors")
    # "Ninety aftershocks of magnitude 5": the 90 is a count, the 5 the magnitude
    d = drafts("In Chile, ninety aftershocks of magnitude 5 or greater shook the coast.")
    assert d["ninety"].quantity == "chile.aftershocks"
    assert d["5 or greater"].quantity == "aftershock.magnitude"
    # people before a thing: the people are counted ("60 people inside apartments")
    d = drafts("In Chile, 60 people inside apartments were pulled out alive.")
    assert d["60"].quantity == "chile.rescued"


def test_authorities_put_a_toll_at_a_number_with_digits_in_between():
    d = drafts("Authorities put the official death toll from Saturday's 8.8-magnitude quake "
               "at 214. They said 1.5 million Chileans were affected.")
    assert d["214"].by == "Authorities"
    assert d["1.5 million"].by == "Authorities"
    # "and said" after a number: the speaker is not "and"
    d = drafts("The USGS reported the quake at a magnitude of 6.1 and said it struck at "
               "a depth of 10 kilometres.")
    assert d["10 kilometres"].by == "USGS"


def test_according_to_a_name_is_a_source_not_a_place():
    d = drafts("In Ludian, 296 residents were killed, according to Xinhua.")
    assert d["296"].quantity == "ludian.killed"
    assert d["296"].by == "Xinhua"


def test_relief_camps_are_named_by_their_noun():
    d = drafts("In Kerala, 33,372 people were housed in 305 state-run relief camps.")
    assert d["305"].quantity == "kerala.relief_camps"
    assert d["33,372"].quantity == "kerala.sheltered"
    # camps with no kind named are camps
    d = drafts("In Jordan, refugees are hosted in nine camps.")
    assert d["nine"].quantity == "jordan.camps"


def test_a_bare_count_of_areas_is_the_areas_affected():
    d = drafts("In India, the heat wave hit more than 20 states. Floods swept 12 districts "
               "of Assam.")
    assert d["more than 20"].quantity == "india.states_affected"
    assert d["12"].quantity == "assam.districts_affected"
    # near misses: a verb names what happened to them, and homes are no areas
    d = drafts("In Assam, the floods submerged 40 villages and 300 homes.")
    assert d["40"].quantity == "assam.villages_flooded"
    d = drafts("In Assam, 12 villages were flooded.")
    assert d["12"].quantity == "assam.villages_flooded"
    # a verb before the number that is another noun's names nothing of the areas
    d = drafts("In Assam, rescuers searched damaged areas after hail in eight states.")
    assert d["eight"].quantity == "assam.states_affected"
    d = drafts("In Assam, hail in eight states killed 27 people and destroyed 300 houses.")
    assert d["eight"].quantity == "assam.states_affected"
    assert d["300"].quantity == "assam.homes_destroyed"
    d = drafts("In Assam, there are 300 homes on the island.")
    assert d["300"].quantity == "assam.homes"


def test_one_death_and_one_missing_person_are_drafted():
    d = drafts("One man is still missing at the Zofiowka mine in southern Poland.")
    assert d["One"].quantity == "zofiowka.missing"
    d = drafts("Officials recorded one death in Vubwi district.")
    assert d["one"].value == "one person" and d["one"].quantity == "vubwi.killed"
    # near miss: "no one" is nobody
    assert "one" not in drafts("No one was injured in Vubwi.")


def test_things_with_a_verb_of_their_own_borrow_none():
    # "9,018 homes have collapsed and 8,257 homes have been left uninhabitable": two
    # counts (read as two collapsed counts they contradict each other)
    d = drafts("In Peru, 9,018 homes have collapsed and 8,257 homes have been left "
               "uninhabitable.")
    assert d["9,018"].quantity == "peru.homes_collapsed"
    assert d["8,257"].quantity == "peru.homes_uninhabitable"
    d = drafts("In Peru, 9,018 homes have collapsed and 8,257 homes have been left standing.")
    assert d["8,257"].quantity == "peru.homes"  # no verb of the lexicon: no borrowed one
    # near miss: a participle between the number and the things is theirs
    d = drafts("In Peru, at least a dozen submerged vehicles were visible in the water.")
    assert d["at least a dozen"].quantity == "peru.vehicles_flooded"


def test_bodies_a_morgue_receives_are_no_toll():
    d = drafts("In Karachi, Faisal Edhi said: \"Normally, we receive 30 to 40 bodies daily.\"")
    assert d["30 to 40"].quantity == "karachi.bodies_received"


def test_homes_becoming_uninhabitable_and_being_destroyed():
    d = drafts("In Amazonas, 220 homes were impacted, with 81 becoming unhabitable and 75 "
               "being destroyed.")
    assert d["75"].quantity == "amazonas.homes_destroyed"
    assert d["75"].quantity != d["81"].quantity  # never one count told twice


def test_a_verb_with_an_object_of_its_own_does_nothing_to_the_count():
    # "alongside destroyed houses": the houses', not the rescue workers'
    d = drafts("Floods hit Salgar. Carlos Marquez said there were 166 rescue workers in "
               "the area, and television showed backhoes alongside destroyed houses.")
    assert d["166"].quantity == "salgar.rescuers"
    # "brought down thousands of buildings": destroyed them
    d = drafts("A quake hit Myanmar. It brought down thousands of buildings, buckled roads "
               "and destroyed bridges in Myanmar.")
    assert d["thousands"].quantity == "myanmar.buildings_destroyed"


def test_a_city_of_a_name_is_no_population_of_the_number_after_it():
    # "in the city of Asakura and three in the village of Toho": three more missing
    d = drafts("Floods hit Kyushu. A total of 11 people remain unaccounted for in the city "
               "of Asakura and three in the village of Toho, both in Fukuoka.")
    assert d["three"].quantity == "toho.missing"
    # near miss: "a city of 300,000" is its people
    d = drafts("Floods hit Kyushu. Toho is a city of about 300,000.")
    assert d["about 300,000"].quantity == "toho.population"


def test_people_who_had_their_homes_hit_are_the_affected():
    # "another 5,000 had their homes damaged" was kyrgyzstan.homes_damaged: people
    # counted as homes, against the story's own count of damaged homes
    d = drafts("Floods hit Kyrgyzstan. Another 100 people were made homeless and another "
               "5,000 had their homes damaged in Kyrgyzstan.")
    assert d["5,000"].quantity == "kyrgyzstan.affected"
    # near miss: homes damaged are the homes
    assert drafts("In Kyrgyzstan, 300 homes were damaged.")["300"].quantity == \
        "kyrgyzstan.homes_damaged"


def test_the_destruction_of_things_is_what_befell_them():
    # "rescue workers deployed amid devastation, which has included the destruction of
    # 200,000 homes and 20 bridges" made the homes and bridges deployed
    d = drafts("Floods hit Ukraine. Kuchma would talk to some of the 22,000 rescue workers "
               "deployed amid devastation, which has included the destruction of 200,000 "
               "homes and 20 bridges.")
    assert d["200,000"].quantity == "ukraine.homes_destroyed"
    assert d["20"].quantity == "ukraine.bridges_destroyed"
    assert d["22,000"].quantity == "ukraine.rescuers_deployed"


def test_chicken_counted_in_the_singular_are_livestock():
    # "over 100 chicken" among "the dead animals" was moshi.killed: a toll of 100
    d = drafts("In Moshi, the dead animals included two cows, 14 goats, nine sheep and "
               "over 100 chicken.")
    assert not d["over 100"].quantity.endswith(".killed")
    # near miss: people among the dead are the toll
    d = drafts("In Moshi, the dead included 14 people.")
    assert d["14"].quantity == "moshi.killed"


def test_a_sectors_losses_are_a_part_of_the_whole():
    # "caused over LAK 108 billion (USD 5 million) in damage" and "transportation and
    # housing damages totaling USD 4.4 million" were one quantity: a false disagreement
    d = drafts("Floods in Khammouane caused over LAK 108 billion (USD 5 million) in damage. "
               "Initial estimates show transportation and housing damages totaling over LAK "
               "94.9 billion (USD 4.4 million). Agricultural losses are around LAK 13 billion.")
    assert d["USD 5 million"].quantity == "khammouane.economic_loss_usd"
    assert d["USD 4.4 million"].quantity == \
        "khammouane.transportation_and_housing_economic_loss_usd"
    assert d["around LAK 13 billion"].quantity == "khammouane.agricultural_economic_loss_lak"
    # near miss: a word before the damage that names no sector keeps the whole
    d = drafts("Floods in Khammouane caused heavy damages totaling USD 4.4 million.")
    assert d["USD 4.4 million"].quantity == "khammouane.economic_loss_usd"


def test_things_burnt_in_their_thousands_are_no_toll():
    # "bales were burnt in their thousands" was the fire's toll, against "six people
    # lost their lives" (IOL, Kokstad 2014)
    d = drafts("The fire killed about 500 cattle in Kokstad, and bales were burnt in their "
               "thousands.")
    assert d["thousands"].quantity.startswith("unnamed_")
    # near miss: people in their thousands keep the clause's measure
    d = drafts("The fire killed 20 people in Kokstad, and refugees were arriving in their "
               "thousands.")
    assert not d["thousands"].quantity.startswith("unnamed_")
