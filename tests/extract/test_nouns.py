"""The nouns that say who a number counts (extract/nouns.py): "residents" and
"inhabitants" name a population only when nothing befell the people counted."""

import datetime as dt

from tests.extract.drafting_support import drafts_by_number

PUBLISHED = dt.date(2013, 8, 18)


def drafts(text: str) -> dict:
    return drafts_by_number(text, PUBLISHED)


def test_residents_a_verb_acts_on_are_no_population():
    # "marooning hundreds of residents" was st_lucia.population: against the island's
    # 170,000 people, a false disagreement
    d = drafts("Floods hit St Lucia. Landslides cut off as many as 30 roads, marooning "
               "hundreds of residents.")
    assert not d["hundreds"].quantity.endswith(".population")
    # near miss: what a place holds is its population
    assert drafts("Floods hit Kerala. The town has 3,000 residents.")["3,000"].quantity \
        == "kerala.population"
    assert drafts("Floods hit Kerala. The town is home to 3,000 inhabitants.")[
        "3,000"].quantity == "kerala.population"


def test_residents_of_a_clause_that_measures_them_are_that_measure():
    d = drafts("Floods hit Michoacan. At least 15,000 residents and 2,000 homes in "
               "Michoacan were affected, officials said.")
    assert d["At least 15,000"].quantity == "michoacan.affected"
    d = drafts("A wildfire spread across Gangneung, leading hundreds of residents, "
               "students and tourists to evacuate on Tuesday.")
    assert d["hundreds"].quantity == "gangneung.evacuated"
    # near misses: a measure of another clause, and the whole of a partitive
    d = drafts("Floods hit Stepanakert. Stepanakert, with 55,000 residents, was emptied "
               "as people fled.")
    assert d["55,000"].quantity == "stepanakert.population"
    d = drafts("Over 100,000 of the estimated 120,000 residents of Nagorno-Karabakh have "
               "fled.")
    assert d["estimated 120,000"].quantity == "nagorno_karabakh.population"


def test_residents_carried_somewhere_are_no_population():
    # "Hundreds of residents bussed from Daly River to emergency accommodation" was
    # daly_river.population_forecast
    d = drafts("Floods hit Daly River. Hundreds of residents bussed from Daly River to "
               "emergency accommodation in Darwin were cold.")
    assert not d["Hundreds"].quantity.endswith(".population")
    # near miss: where residents live is their population
    d = drafts("Floods hit Daly River, where 500 residents lived in town.")
    assert d["500"].quantity == "daly_river.population"


def test_members_of_two_groups_are_two_counts():
    # "About 20 members of the Montana National Guard" and "several members of his
    # family" were both billings.members: a false disagreement
    d = drafts("A tornado hit Billings. About 20 members of the Montana National Guard and "
               "police watched over the damaged properties. Kevin Massick and several "
               "members of his family picked through the rubble.")
    assert d["About 20"].quantity == "billings.guard_members"
    assert d["several"].quantity == "billings.members"


def test_people_treated_for_panic_are_not_the_injured():
    # "thousands ... were treated for panic attacks" against "injuring hundreds"
    d = drafts("A quake hit Puebla, injuring hundreds. The news agency reported that "
               "thousands of people in Puebla were treated for panic attacks.")
    assert d["thousands"].quantity == "puebla.treated_for_panic"
    # near miss: people treated for injuries are the injured
    d = drafts("A quake hit Puebla. Hundreds of people in Puebla were treated for injuries.")
    assert d["Hundreds"].quantity == "puebla.injured"


def test_residents_who_left_or_were_cleared_are_no_population():
    # "About 250 residents left 80 homes ... 40 residents were cleared from the town" were
    # two populations, of Fond du Lac and of Thomson
    d = drafts("Floods hit Duluth. About 250 residents left 80 homes in Duluth's Fond du Lac "
               "neighborhood, and 40 residents were cleared from the town of Thomson.")
    assert not d["About 250"].quantity.endswith(".population")
    assert not d["40"].quantity.endswith(".population")
    # near miss: a community of so many inhabitants is its population, whatever befell it
    d = drafts("A mudslide in the town of Portobelo killed eight people and left the "
               "community of 3,000 inhabitants cut off.")
    assert d["3,000"].quantity == "portobelo.population"


def test_travellers_and_skiers_are_people_the_incident_befell():
    # "killing at least 63 travelers" was drafted as a count of things called
    # travelers (`S.travelers`), and "Three skiers were found dead" as `S.skiers`
    d = drafts("Floods swept through Kenya on Sunday, killing at least 12 travelers.")
    assert d["at least 12"].quantity == "kenya.killed"
    assert d["at least 12"].value == "at least 12 people"
    d = drafts("An avalanche hit Lech. Three skiers were found dead near Lech.")
    assert d["Three"].quantity == "lech.killed"
    # near miss: a group no incident befell keeps its own name
    d = drafts("Floods hit Lech. About 300 skiers were stranded in Lech.")
    assert d["About 300"].quantity == "lech.stranded"


def test_the_people_a_report_comes_from_are_no_group_counted():
    # CBC (holdout669): "Police said they are still investigating reports from several
    # students" was delhi.students, against "About 1,400 students were in the school"
    d = drafts_by_number("About 1,400 students were in the school in Delhi at the time. Police "
                         "said they are still investigating reports from several students.",
                         dt.date(2009, 9, 11))
    assert d["About 1,400"].quantity == "delhi.students"
    assert d["several"].quantity.startswith("unnamed_")
    # near miss: students a sentence counts are a group of their own
    d = drafts_by_number("About 1,400 students were in the school in Delhi. Several students were "
                         "hurt.", dt.date(2009, 9, 11))
    assert d["Several"].quantity == "delhi.students_injured"


def test_a_toll_among_a_group_is_the_groups():
    # Spokesman-Review (holdout748): "the toll among children alone has risen to 180" was
    # the whole toll, against the Red Cross's 260
    d = drafts("Cold in Afghanistan\n\nThe Red Cross said 260 people have perished in "
               "Afghanistan. The toll among children alone has risen to 180, Fatemi said.")
    assert d["180"].quantity == "afghanistan.children_killed"
    assert d["260"].quantity == "afghanistan.killed"
    # near miss: a toll among people at large is the toll
    d = drafts("Cold in Afghanistan\n\nThe toll among residents of Afghanistan has risen to 260.")
    assert d["260"].quantity == "afghanistan.killed"


def test_residents_of_a_long_list_of_places_are_counted_by_their_verb():
    # dernachrichtenchannel (holdout783): "more than 152,000 Israeli residents of cities,
    # towns and villages near the borders of Gaza in the south and Lebanon in the north
    # have evacuated their homes" was `israeli.population`, beside "over nine million"
    d = drafts("Israel said on Sunday that it would evacuate 14 more villages. Overall, more "
               "than 152,000 Israeli residents of cities, towns and villages near the borders "
               "of Gaza in the south and Lebanon in the north have evacuated their homes.")
    assert d["more than 152,000"].quantity == "israel.evacuated"
    # near misses: a verb that tells nothing of them, and a clause of its own
    d = drafts("Floods hit Mandal. The 300,000 residents of the towns and villages of the "
               "northern Mandal district in the hills were not told.")
    assert d["300,000"].quantity == "mandal.population"
    d = drafts("Thousands of residents of Shepparton, Orrvale, Mooroopna and Kialla West were "
               "told it is too late to leave their homes on Sunday.")
    assert d["Thousands"].quantity.endswith(".population")  # told, not displaced
    d = drafts("Floods hit Mandal, a district of 300,000 residents of several ethnic groups "
               "in the hills of the north, and destroyed 200 homes.")
    assert d["300,000"].quantity == "mandal.population"



def test_things_found_in_a_state_are_no_recovered_things():
    # Kathimerini (holdout792): "Twenty-four homes were found unsafe for habitation"
    # was `psachna.homes_recovered`, and "eight buildings were inspected and only one
    # was found to be uninhabitable" `chalkida.buildings_recovered`
    d = drafts("A quake hit Psachna. Twenty-four homes were found unsafe for habitation.")
    assert not d["Twenty-four"].quantity.endswith("_recovered")
    d = drafts("A quake hit Psachna. In Chalkida, eight buildings were inspected and only one "
               "was found to be uninhabitable.")
    assert d["eight"].quantity == "chalkida.buildings_inspected"
    # near misses: bodies and things found are recovered; a shared verb stays shared
    d = drafts("Floods hit Psachna. Two cars were found in the river.")
    assert d["Two"].quantity == "psachna.vehicles_recovered"
    d = drafts("Floods hit Psachna. In Psachna, 200 homes and 30 schools were destroyed.")
    assert d["200"].quantity == "psachna.homes_destroyed"
    d = drafts("In Palmela, 12 buildings, five homes, two of which are commercial, a stand "
               "and two rural tourism infrastructures were affected.")  # a relative aside
    assert d["12"].quantity == "palmela.buildings_affected"
