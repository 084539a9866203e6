"""The toll of a vehicle's accident is the vehicle's (`ferry.killed`), not the country's
it happened in; other people and other accidents in the same story keep their own
places."""

from __future__ import annotations

import datetime as dt

from factcheck.extract.vehicles import story_vehicle
from tests.extract.drafting_support import drafts_by_number

PUBLISHED = dt.date(2015, 7, 3)
FERRY = ("Death toll from Philippine ferry rises to 41\n"
         "ORMOC, Philippines - A ferry capsized off Ormoc city on Thursday, killing "
         "36 people, the coast guard said.\n")


def test_the_ferrys_toll_missing_and_rescued_are_the_ferrys():
    d = drafts_by_number(FERRY + "Twelve people are still missing. Another 120 were "
                         "rescued by fishermen off Ormoc.", PUBLISHED)
    assert d["36"].quantity == "ferry.killed"
    assert d["Twelve"].quantity == "ferry.missing"
    assert d["120"].quantity == "ferry.rescued"


def test_near_misses_other_places_times_and_accidents_keep_their_own():
    d = drafts_by_number(FERRY + "In Manila, 40 people were injured in a fire. Some 53 "
                         "people drowned in the country's waters this week. In 2013, "
                         "more than 100 were killed when another ship sank. About 30 "
                         "passengers from Indonesia were among the dead.", PUBLISHED)
    assert d["40"].quantity == "manila.injured"  # a place the lead never names
    assert not d["Some 53"].quantity.startswith("ferry.")  # a count over a week
    assert not d["more than 100"].quantity.startswith("ferry.")  # a past year's accident
    assert not d["About 30"].quantity.startswith("ferry.")  # the people of a place, a part


def test_a_bus_plunge_and_another_crash_elsewhere():
    d = drafts_by_number("At least 25 dead in Indonesia bus plunge\n"
                         "A bus carrying dozens of passengers plunged into a ravine in South "
                         "Sumatra, killing at least 25 people, police said. Thirteen were "
                         "injured. In September, at least 21 people died when a bus plunged "
                         "into a ravine in West Java's Sukabumi region.", dt.date(2019, 12, 24))
    assert d["at least 25"].quantity == "bus.killed"
    assert d["Thirteen"].quantity == "bus.injured"
    assert d["at least 21"].quantity == "sukabumi.killed"


def test_the_vehicles_name():
    assert story_vehicle("Ferry sinks, dozens missing\nA ferry sank on Lake Toba.") == "ferry"
    assert story_vehicle("Tanzania: More than 100 die as boat capsizes\nMore than 100 people "
                         "died as a passenger ferry capsized on Thursday.") == "ferry"
    assert story_vehicle("Migrants feared dead\nA FISHING BOAT carrying hundreds of migrants "
                         "has capsized off Libya's coast.") == "fishing_boat"
    assert story_vehicle("Lion Air jet crashes into sea\nA Lion Air jet crashed on Monday. "
                         "Flight JT610 had 189 people on board.") == "flight_jt610"


def test_near_misses_no_accident_a_migrant_boat_or_a_train_is_no_vehicle_story():
    # no accident: a story about fares
    assert story_vehicle("Bus fares rise in Lagos\nFares rose by 20 percent.") is None
    # a migrant boat is told by the coast it sank off ("six dead off Libya")
    assert story_vehicle("Six dead after migrant boat capsizes off Libya\nSix people "
                         "died.") is None
    # a train's toll is the town's it crashed at ("Santiago", "Tempe")
    assert story_vehicle("Scores dead in Spanish train crash\nA train derailed near "
                         "Santiago.") is None


def test_the_people_a_vehicle_carried_are_its_own_wherever_it_went():
    d = drafts_by_number("At least 25 dead in Indonesia bus plunge\n"
                         "A bus carrying dozens of passengers plunged into a ravine in South "
                         "Sumatra, police said. The bus had left Bengkulu for Pagar Alam "
                         "with 27 on board.", dt.date(2019, 12, 24))
    assert d["dozens"].quantity == "bus.passengers"  # counted by their noun
    assert d["27"].quantity == "bus.aboard"  # the places it went between are no subject
    # near miss: no accident, no vehicle story: people on board are the place's
    d = drafts_by_number("Evacuation flights resume\nA plane with 187 people on board "
                         "landed in Manila on Sunday.", dt.date(2019, 12, 24))
    assert d["187"].quantity == "manila.aboard"


def test_those_who_died_on_the_spot_are_a_part_of_the_toll():
    d = drafts_by_number("Eighteen killed as bus falls into gorge\nAt least 18 people were "
                         "killed when a bus fell into a gorge, officials said. Fifteen people "
                         "died on the spot while three others succumbed to their injuries.",
                         dt.date(2014, 8, 10))
    assert d["At least 18"].quantity == "bus.killed"
    assert d["Fifteen"].quantity == "bus.killed_on_spot"  # a part: no false disagreement
    # near miss: died "in the crash" is the toll
    d = drafts_by_number("Eighteen killed as bus falls into gorge\nFifteen people died in the "
                         "crash, officials said.", dt.date(2014, 8, 10))
    assert d["Fifteen"].quantity == "bus.killed"


def test_those_who_died_later_in_hospital_are_a_part_of_the_toll():
    d = drafts_by_number("Thirty-four killed in Ghana bus crash\n\u201cTwenty-nine died on "
                         "the spot while five others died at the hospital,\u201d spokesman "
                         "Abdul Wasiu told AFP.", dt.date(2020, 1, 14))
    assert d["five"].quantity == "bus.killed_in_hospital"  # no rival of the 34
    # near miss: patients who died in a hospital (a hospital fire's toll) are the toll
    d = drafts_by_number("Fire in Kolkata hospital\nFive patients died in the hospital in "
                         "Kolkata.", dt.date(2011, 12, 9))
    assert not d["Five"].quantity.endswith("killed_in_hospital")


def test_the_whole_of_a_partitive_is_not_the_parts_verb():
    d = drafts_by_number("Probe ordered into Air India plane crash\nAn Air India plane "
                         "crashed in Mangalore on Saturday, killing 158 of the 166 passengers "
                         "and crew on board.", dt.date(2010, 5, 22))
    assert d["158"].quantity == "plane.killed"
    assert d["166"].quantity == "plane.aboard"  # all aboard, crew too: no 166 dead
    d = drafts_by_number("Bus crash in Kenya\nA bus crashed near Nakuru, killing 12 of the "
                         "40 passengers.", dt.date(2010, 5, 22))
    assert d["12"].quantity == "bus.killed"
    assert d["40"].quantity == "bus.passengers"
    # near miss: a count of its own after the toll keeps its verb
    d = drafts_by_number("Bus crash in Kenya\nA bus crashed near Nakuru, killing 12 people "
                         "and injuring 40 passengers.", dt.date(2010, 5, 22))
    assert d["40"].quantity == "bus.injured"


def test_people_who_died_aboard_a_boat_adrift_are_the_boats():
    # no wreck: the people died aboard ("60 Rohingya died aboard vessel drifting")
    text = ("60 Rohingya died aboard vessel drifting for weeks, say survivors\n"
            "TEKNAF (Bangladesh): Sixty Rohingya people died on a boat stranded in the Bay "
            "of Bengal, two survivors said. The captain of the fishing trawler was killed.")
    assert story_vehicle(text) == "fishing_boat"
    # near miss: a boat named in a story of no accident aboard it
    assert story_vehicle("Rohingya in camps\nThousands try to reach other countries "
                         "on boats every year.") is None


def test_where_the_vehicle_came_from_or_an_official_sits_is_not_another_place():
    ferry = ("Four dead after ferry sinks on way to Bali\n"
             "At least four people have died after a ferry sank on its way to Bali. ")
    d = drafts_by_number(ferry + "Rescuers were racing to find 38 missing people after the "
                         "vessel sank as it sailed to the island from Indonesia's main island "
                         "Java. \"Twenty-three rescued, four dead,\" Rama Putra, police chief "
                         "of Banyuwangi in East Java, from where the boat departed, told AFP.",
                         PUBLISHED)
    assert d["38"].quantity == "ferry.missing"
    assert d["Twenty-three"].quantity == "ferry.rescued"
    # near miss: a place where the people were is still theirs
    d = drafts_by_number(ferry + "In Banyuwangi, 12 people were injured in a fire.", PUBLISHED)
    assert d["12"].quantity == "banyuwangi.injured"


def test_a_shipwreck_is_a_vehicles_accident():
    d = drafts_by_number("Officials: 29 People Missing From Italian Ship\n"
                         "The number of people missing from the shipwrecked Costa Concordia "
                         "cruise liner has risen to 29. Earlier that number stood at 16.",
                         dt.date(2012, 1, 16))
    assert d["29"].quantity == "ship.missing"
    assert story_vehicle("Ship runs aground off Giglio, 3 dead\nA cruise ship ran aground.") \
        == "ship"
    # near miss: a ship with nothing befalling it is no story of a ship
    assert story_vehicle("Aid ship brings 200 tonnes of food\nA ship docked in Aden.") is None


def test_people_found_dead_in_a_truck_are_the_trucks():
    d = drafts_by_number("Children among 71 migrants found dead in truck in Austria\n"
                         "Four children were among 71 migrants found dead in a truck on an "
                         "Austrian highway, Austrian police said. Of the 71 dead, 59 were men.",
                         dt.date(2015, 8, 28))
    assert d["71"].quantity == "truck.killed"
    # near miss: a truck that only caused another's crash makes no truck story
    assert story_vehicle("Bus crashes into truck, 12 dead\nA bus crashed into a truck.") \
        == "bus"
    assert story_vehicle("Truck drivers strike over fuel prices\nDrivers stopped work.") is None


def test_bodies_recovered_are_no_people_healed():
    d = drafts_by_number("In Mersin, the bodies of two people drowned in floodwaters were "
                         "recovered.", PUBLISHED)
    assert d["two"].quantity == "mersin.bodies_recovered"
    # near miss: people who recovered are healed
    d = drafts_by_number("In Mersin, six patients have recovered.", PUBLISHED)
    assert d["six"].quantity == "mersin.patients_recovered"


def test_bodies_pulled_out_are_recovered_not_rescued():
    # was bay_of_bengal.children_rescued: the dead counted as saved
    d = drafts_by_number("The toll climbed to 46 today as bodies of nine children were "
                         "pulled out from the Bay of Bengal.", PUBLISHED)
    assert d["nine"].quantity == "bay_of_bengal.bodies_recovered"
    # near miss: children pulled out alive were rescued
    d = drafts_by_number("Rescuers pulled out nine children from the Bay of Bengal.",
                         PUBLISHED)
    assert d["nine"].quantity == "bay_of_bengal.children_rescued"


def test_killing_some_on_the_spot_is_that_part_of_the_toll():
    # "killing 15 on the spot while two others died on the way to the hospital" was
    # the toll, against the police's "at least 17" (NextGen News, Chapainawabganj 2021)
    d = drafts_by_number("At least 17 people were killed after lightning struck a wedding "
                         "party in Shibganj, police said. A thunderbolt hit them, killing 15 "
                         "on the spot while two others died on the way to the hospital, the "
                         "UNO said.", PUBLISHED)
    assert d["15"].quantity == "shibganj.killed_on_spot"
    assert d["At least 17"].quantity == "shibganj.killed"
    # near miss: killed, then a place after: the toll
    assert drafts_by_number("The storm killed 15 people in Shibganj.", PUBLISHED)["15"] \
        .quantity == "shibganj.killed"


def test_the_bodies_of_missing_people_found_are_bodies_recovered():
    # Manila Bulletin (holdout651): "after the bodies of two missing people were found"
    # was brazil.missing, against "three people missing" told before: a false disagreement
    d = drafts_by_number("Ten people died when a cliff collapsed onto boats in Brazil, "
                         "officials said after the bodies of two missing people were found.",
                         PUBLISHED)
    assert d["two"].quantity == "brazil.bodies_recovered"
    # near miss: the bodies of the missing not yet found are still missing
    d = drafts_by_number("The bodies of two missing people remain in the rubble in Brazil.",
                         PUBLISHED)
    assert d["two"].quantity == "brazil.missing"
