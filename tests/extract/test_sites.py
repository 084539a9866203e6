"""The toll of a mine, building or factory accident is the site's (`soma_mine.killed`),
named as readers name it: the site's own name, the town it stands in, or its kind."""

from __future__ import annotations

import datetime as dt

from factcheck.extract.vehicles import story_scene
from tests.extract.drafting_support import drafts_by_number

PUBLISHED = dt.date(2014, 5, 14)


def test_the_mines_toll_is_the_mines():
    d = drafts_by_number("Hundreds dead or trapped in Turkish coal mine\n"
                         "ISTANBUL - Rescuers raced to reach more than 200 miners trapped in "
                         "a coal mine in western Turkey after an explosion. Officials said 787 "
                         "people were inside the coal mine in Soma. At least 238 were killed "
                         "and 80 were injured.", PUBLISHED)
    assert d["more than 200"].quantity == "soma_mine.trapped"
    assert d["At least 238"].quantity == "soma_mine.killed"
    assert d["80"].quantity == "soma_mine.injured"


def test_the_sites_name():
    # its own name, capitalised with its kind
    assert story_scene("Four killed after Zimbabwe gold mine collapse\nFour miners were "
                       "killed after a shaft collapsed at the Bay Horse Mine in "
                       "Chegutu.") == "bay_horse_mine"
    # the town it stands in ("in the town of"), not its owner's long name
    assert story_scene("Death toll rises to 40 in Turkey coal mine explosion\nRelatives "
                       "waited outside the TTK Amasra Muessese Mudurlugu mine in the town "
                       "of Amasra.") == "amasra_mine"
    # the kind a lowercase word names, when the story's opening names no town or
    # name (a mine named paragraphs later is another one)
    later = " ".join(["Rescuers dug through the mud with their hands."] * 18)
    assert story_scene("Six killed as illegal gold mine collapses in Indonesia\nAn illegal "
                       "gold mine in Central Sulawesi province collapsed, officials said. "
                       f"{later}\nWorkers had come from the Grasberg mine.") == "gold_mine"
    assert story_scene("12 die in London tower fire tragedy\nFire tore through Grenfell "
                       "Tower overnight.") == "grenfell_tower"


def test_near_misses_no_site_accident_no_scene():
    # a dam's flood is told by the town it struck
    assert story_scene("Brumadinho dam collapse: 300 missing\nA dam at an iron ore mine "
                       "collapsed.") is None
    # a building named, but no accident befell it
    assert story_scene("Floods hit Chennai\nWater entered a building in Chennai as rains "
                       "continued.") is None
    # an agency named after the kind ("Building Control Agency") names no site
    assert story_scene("Death toll of collapsed building rises to 38\nThe Lagos State "
                       "Building Control Agency said the building collapsed.") == "building"


def test_a_towers_own_name_and_a_fear_left_behind():
    text = ("Surfside toll expected to land between 95 and 99\n"
            "The death toll from a catastrophic condominium collapse in Florida last "
            "month, once feared to be well more than 100 people, is expected to land "
            "between 95 and 99 people. Champlain Towers South in Surfside crumbled on "
            "June 24.")
    assert story_scene(text) == "champlain_towers"  # its name, its own word, plural
    d = drafts_by_number(text, dt.date(2021, 7, 14))
    # the fear is an earlier figure than the expectation, and no one's ("once")
    assert d["more than 100"].quantity == "champlain_towers.killed_previous_count"
    assert d["more than 100"].by is None
    assert d["between 95 and 99"].quantity == "champlain_towers.killed_forecast"
    # near miss: a possessive country before the site names no town ("China's plant")
    assert story_scene("Fire at poultry plant kills 119\nA fire swept through a "
                       "poultry plant in China’s north-east Jilin province.") == "plant"
