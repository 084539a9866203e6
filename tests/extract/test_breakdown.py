"""A count that breaks down the count before it by who the people were
(extract/breakdown.py); near misses keep their own reading."""

import datetime as dt

from tests.extract.drafting_support import drafts_by_number

PUBLISHED = dt.date(2014, 12, 16)


def drafts(text: str) -> dict:
    return drafts_by_number(text, PUBLISHED)


def test_the_parts_of_a_toll_are_its_groups():
    d = drafts("By Tuesday, 56 bodies had been recovered in Jemblung. They comprise 38 men "
               "and 18 women. Ten of them were children and 46 were adults. Six bodies "
               "are yet to be identified, and 52 victims are still missing.")
    # the bodies found, of the dead: their groups are the dead's
    assert d["56"].quantity == "jemblung.bodies_recovered"
    assert [d[n].quantity for n in ("38", "18", "Ten", "46", "Six")] == [
        "jemblung.men_killed", "jemblung.women_killed", "jemblung.children_killed",
        "jemblung.adults_killed", "jemblung.killed_unidentified"]
    assert d["52"].quantity == "jemblung.missing"  # no part: its own measure


def test_the_parts_of_a_toll_told_by_what_befell_them():
    d = drafts("The death toll in Chile rose to at least six. Among the deaths are four men "
               "and a woman — two who suffered heart attacks and three who were crushed in "
               "the quake, officials said.")
    assert d["at least six"].quantity == "chile.killed"
    assert d["two"].quantity == "chile.killed_heart_attacks"  # 2 of the 6, not a rival
    assert d["three"].quantity == "chile.killed_crushed"
    # near miss: no breakdown opens the sentence: "two who" are people of their own
    d = drafts("The death toll in Chile rose to at least six. Rescuers found two who were "
               "trapped in Iquique.")
    assert not d["two"].quantity.startswith("chile.killed")


def test_the_fatalities_included_people_who_died_one_way_are_a_part():
    # seven of the ten drowned: a part, never a rival count of the ten dead
    d = drafts("Tropical Storm Nari triggered flash flooding in Taiwan that killed 10 "
               "people. The fatalities included seven people who drowned when flood water "
               "came crashing into basements, officials said.")
    assert d["10"].quantity == "taiwan.killed"
    assert d["seven"].quantity == "taiwan.killed_drowned"
    # however far back the toll was told, and past other counts between
    d = drafts("Tropical Storm Nari triggered flash flooding in Taiwan that killed 10 "
               "people. " + "Sheets of rain flooded homes around the capital. " * 8
               + "About 2,000 people were evacuated in Taipei. The fatalities included "
               "seven people who drowned in basements, officials said.")
    assert d["seven"].quantity == "taiwan.killed_drowned"
    # near miss: a part by its place stays the place's
    d = drafts("Nari killed 10 people in Taiwan. The dead included seven people in Taipei.")
    assert d["seven"].quantity == "taipei.killed"


def test_a_part_including_takes_with_no_group_is_left_to_name():
    # 2.7 of the 11.5 million were sudan.displaced, a rival of the country's displaced
    d = drafts("The number of internally displaced people in Sudan has soared to 11.5 "
               "million, including 2.7 million uprooted by earlier conflicts.")
    assert d["11.5 million"].quantity == "sudan.internally_displaced"
    assert d["2.7 million"].quantity.startswith("unnamed_")
    d = drafts("The fighting in Gaza killed 30 people, including 10 killed by snipers.")
    assert d["10"].quantity.startswith("unnamed_")
    # near misses: a group's part and a place's part keep their names
    d = drafts("The floods in Sudan killed 517 people, including 371 children.")
    assert d["371"].quantity == "sudan.children_killed"
    d = drafts("The quake killed 517 people in Turkey, including 200 in Hatay.")
    assert d["200"].quantity == "hatay.killed"


def test_no_whole_before_or_no_group_after_is_no_part():
    # near miss: "they were 38 men" with no count named before it keeps its own reading
    d = drafts("In Jemblung, they were 38 men who fled the village.")
    assert d["38"].quantity == "jemblung.departed"
    # near miss: "of them" with no group after it names no group
    d = drafts("In Jemblung, 56 people were killed. 20 of them were found on Monday.")
    assert "_killed" not in d["20"].quantity


def test_a_group_among_a_count_is_that_group_of_the_count():
    # "Several firefighters are among the 59 people injured": the injured firefighters
    d = drafts("Several firefighters are among the 59 people injured in Portugal.")
    assert d["Several"].quantity == "portugal.firefighters_injured"
    assert d["59"].quantity == "portugal.injured"
    d = drafts("Two children were among the dead in Portugal.")
    assert d["Two"].quantity == "portugal.children_killed"
    # near miss: "among" a place's people counts no part of a toll
    d = drafts("About 600 firefighters are among the crews in Portugal.")
    assert d["About 600"].quantity == "portugal.firefighters"


def test_a_part_of_a_count_in_a_state_of_its_own_is_named_by_the_state():
    d = drafts("Deaths in the Philippines reached 378 while 60 were missing. Out of the total "
               "deaths, only 54 have been confirmed. Of those missing, 50 have yet to be "
               "confirmed.")
    assert d["378"].quantity == "philippines.killed"
    assert d["54"].quantity == "philippines.killed_confirmed"
    assert d["50"].quantity == "philippines.missing_unconfirmed"
    # near miss: no "of those" opening: the count itself, confirmed
    d = drafts("In the Philippines, 54 deaths have been confirmed.")
    assert d["54"].quantity == "philippines.killed"


def test_the_people_of_a_nation_among_a_flow_are_that_flows_part():
    text = ("Since September 23, more than half a million people have fled from Lebanon "
            "into Syria. Among those crossing the border, 348,237 are Syrian citizens and "
            "156,505 are Lebanese citizens.")
    d = drafts(text)
    flow = d["more than half a million"].quantity
    assert d["348,237"].quantity == f"{flow}_syrians"  # a part of the half million
    assert d["156,505"].quantity == f"{flow}_lebanese"
    # near miss: no flow counted before, no part of one
    d = drafts("Among those crossing the border, 348,237 are Syrian citizens.")
    assert not d["348,237"].quantity.endswith("_syrians")


def test_a_count_including_a_group_is_the_groups_part_of_it():
    d = drafts('"The number of deaths in the Al-Hol camp in 2013 is 517, including 371 '
               'children," Ismail said.')
    # the deaths, not those "in the camp"; the children are the deaths' part, that year
    assert d["517"].quantity == "al_hol.killed_2013"
    assert d["371"].quantity == "al_hol.children_killed_2013"
    d = drafts("In Jemblung, 20 people were killed, including 5 children.")
    assert d["5"].quantity == "jemblung.children_killed"
    # near miss: "including" with no group after it keeps its own reading
    d = drafts("In Jemblung, 313 cases were recorded, including 280 confirmed.")
    assert d["280"].quantity == "jemblung.confirmed_cases"
    # near miss: where the number is, in a "number of" phrase with no other measure
    d = drafts("In Jemblung, the number of people in shelters rose to 500.")
    assert d["500"].quantity == "jemblung.sheltered"


def test_a_places_part_of_another_events_toll_is_that_events_in_the_place():
    d = drafts_by_number("Tsunami hits Java\nNo warnings had been reported, despite efforts "
                         "after the 2004 Indian Ocean tsunami that left 230,000 dead or "
                         "missing, including 170,000 in Indonesia. Officials in Indonesia "
                         "said 341 people died.", dt.date(2006, 7, 18))
    assert d["230,000"].quantity == "tsunami_2004.killed + tsunami_2004.missing"
    # not Indonesia's own toll of the story, which it would contradict
    assert d["170,000"].quantity == \
        "tsunami_2004_indonesia.killed + tsunami_2004_indonesia.missing"
    # near miss: a part of the story's own toll stays the place's
    d = drafts_by_number("Quake hits Sumatra\nThe quake killed 300 people, including 100 in "
                         "Padang.", dt.date(2006, 7, 18))
    assert d["100"].quantity == "padang.killed"


def test_the_parts_after_a_dash_are_the_groups_of_the_whole():
    d = drafts("The plane crashed at Nayagaun, killing all 72 people -- 68 passengers and 4 "
               "crew members on board.")
    assert d["72"].quantity == "plane.killed"
    assert d["68"].quantity == "plane.passengers_killed"  # not 68 against the 72 killed
    # near miss: with no dash, a count after a toll keeps its own reading
    d = drafts("The plane crashed at Nayagaun, killing all 72 people. 68 passengers were "
               "Nepali.")
    assert "passengers_killed" not in d["68"].quantity


def test_the_bodies_a_part_is_taken_of_are_the_bodies_found():
    d = drafts("The plane crashed at Nayagaun, killing all 72 people. Of the 68 bodies which "
               "got charred by the fire, 12 have been identified.")
    assert d["68"].quantity.endswith(".bodies_recovered")  # not a toll of 68 against 72
    # near miss: bodies counted with no "of the" are the toll's
    d = drafts("The plane crashed at Nayagaun. Rescuers said 68 bodies lay in the field.")
    assert d["68"].quantity.endswith(".killed")


def test_groups_among_those_who_lost_their_lives_are_parts_of_the_dead():
    d = drafts("According to a report released by the NDMA, 630 children and 340 women were "
               "among those who lost their lives in Pakistan.")
    assert d["630"].quantity == "pakistan.children_killed"  # not what the report released
    assert d["340"].quantity == "pakistan.women_killed"
    # near miss: among the people who fled is no part of the dead
    d = drafts("In Pakistan, 630 children were among those who fled.")
    assert d["630"].quantity != "pakistan.children_killed"


def test_the_injured_in_a_grave_state_are_a_count_of_their_own():
    d = drafts("Another 79 people were injured in Garissa. Nine of the injured were critical, "
               "officials said.")
    assert d["79"].quantity == "garissa.injured"
    assert d["Nine"].quantity == "garissa.critically_injured"  # not 9 against the 79
    # near miss: "critical of" is an opinion, no state of the injured
    d = drafts("Another 79 people were injured in Garissa. Nine of them were critical of the "
               "police.")
    assert d["Nine"].quantity != "garissa.critically_injured"


def test_the_injured_taken_to_hospital_are_a_count_of_their_own():
    # "Two of those injured were hospitalized overnight" was drafted as the injured,
    # against the story's 22: a false disagreement
    d = drafts("A tornado injured 22 people in Jonesboro.\n\nTwo of those injured were "
               "hospitalized overnight, and there were no fatalities.")
    assert d["Two"].quantity == "jonesboro.hospitalized"
    # near miss: those injured who went home are no count of the hospital's
    d = drafts("A tornado injured 22 people in Jonesboro.\n\nTwo of those injured were "
               "treated at the scene.")
    assert d["Two"].quantity != "jonesboro.hospitalized"


def test_one_more_person_hurt_is_no_other_incident():
    d = drafts("Seven employees were killed, another was seriously injured and two were "
               "missing after an explosion at a fireworks factory in Kagoshima.")
    assert not d["Seven"].quantity.startswith("another_")
    assert not d["two"].quantity.startswith("another_")
    # near miss: another boat that sank is another incident
    d = drafts("Four people were killed after another boat sank off Libya.")
    assert d["Four"].quantity == "another_boat.killed"


def test_a_people_among_the_dead_is_a_part_of_the_toll():
    d = drafts_by_number("Boat capsizes off Somalia. UNHCR said 55 people drowned. Five of the "
                         "dead are confirmed to have been Ethiopians. Two of the dead were "
                         "Somalis.", dt.date(2012, 2, 3))
    assert d["Five"].quantity == "boat.ethiopians_killed"  # never a second toll of 5
    assert d["Two"].quantity == "boat.somalis_killed"
    assert d["55"].quantity == "boat.killed"


def test_a_people_included_in_a_count_that_is_no_toll_is_no_part_of_an_earlier_toll():
    # the whole right before "including" is the refugees, unnamed: not the 30 dead
    d = drafts_by_number("War in Sudan. Fighting killed 30 people. Until the emergency, more "
                         "than 1 million refugees, including 775,000 Ethiopians, were living "
                         "in Sudan. UNHCR said 55 people drowned off Libya, including 12 "
                         "Ethiopians.", dt.date(1985, 1, 1))
    assert not d["775,000"].quantity.endswith("_killed")
    assert d["12"].quantity == "libya.ethiopians_killed"  # near miss: a toll's part


def test_including_closes_the_clause_of_the_count_right_before_it():
    d = drafts_by_number("Floods killed 7 in Derbent. One thousand, one-hundred and twenty "
                         "people have been caught in the disaster area, including 280 "
                         "children.", dt.date(2012, 10, 25))
    assert not d["280"].quantity.endswith("_killed")  # caught in it, not dead
    # near miss: a clause between ("..., killing everyone on board, including"): the
    # dead are the whole
    d = drafts_by_number("Peru bus plunge kills 51. A bus carrying 51 people plunged off a "
                         "cliff, killing everyone on board, including 14 children.",
                         dt.date(2013, 9, 22))
    assert d["14"].quantity == "bus.children_killed"
