"""A factbox: a place's name on a line of its own heads the "Label: number" lines
below it, and an introduction ending "according to X:" gives them their source;
prose between them stays the outlet's."""

import datetime as dt

from tests.extract.drafting_support import drafts_by_number

PUBLISHED = dt.date(2019, 3, 30)
FACTBOX = """Death toll from Cyclone Idai rises

BEIRA - Hundreds of thousands of people need food after Cyclone Idai battered Mozambique, Zimbabwe and Malawi.

Following is an outline of the disaster, according to government and United Nations officials:

MOZAMBIQUE

Two major rivers burst their banks, submerging entire villages.

People killed: 501

People injured: 1,523

ZIMBABWE

People killed: 185
"""


def drafts() -> dict:
    return drafts_by_number(FACTBOX, PUBLISHED)


def test_a_section_heading_is_the_place_of_its_lines():
    d = drafts()
    assert d["501"].quantity == "mozambique.killed"
    assert d["1,523"].quantity == "mozambique.injured"
    assert d["185"].quantity == "zimbabwe.killed"  # another section, another count


def test_the_introductions_source_is_each_lines_not_the_proses():
    d = drafts()
    assert d["501"].by == "government and United Nations officials"
    assert d["185"].by == "government and United Nations officials"
    assert d["Two"].by is None  # prose between the lines: the outlet's own voice


def test_near_misses_no_introduction_and_no_section():
    text = FACTBOX.replace(", according to government and United Nations officials:", ":")
    d = drafts_by_number(text, PUBLISHED)
    assert d["501"].by is None
    # the title line is no section: a count before any heading keeps its own place
    d = drafts_by_number("MOZAMBIQUE\n\nFloods in Malawi killed 60 people.\n", PUBLISHED)
    assert d["60"].quantity == "malawi.killed"


REGIONS = """Measles outbreak spreads

The health department said measles has spread to CALABARZON, Metro Manila and Central Luzon.

Here are the following figures for measles cases reported as of January 26, 2019:

CALABARZON: 575 cases, nine deaths

Metro Manila: 441 cases, five deaths
"""


def test_lines_under_an_introduction_as_of_a_day_are_as_of_it_and_their_labels():
    # the lines had no as_of, and "Metro Manila: " was read as a dateline, so its
    # numbers were the last place's before it (CNN Philippines, measles 2019)
    d = drafts_by_number(REGIONS, dt.date(2019, 2, 7))
    assert d["575"].as_of == d["441"].as_of == "2019-01-26"
    assert d["441"].quantity == "metro_manila.cases"
    assert d["five"].quantity == "metro_manila.killed"  # the line's later number too
    assert d["nine"].quantity == "calabarzon.killed"
    # near miss: prose between the introduction and the lines cuts them off from it
    cut = REGIONS.replace("\n\nCALABARZON", "\n\nThe figures rose fast in the south.\n\n"
                          "CALABARZON")
    assert drafts_by_number(cut, dt.date(2019, 2, 7))["575"].as_of is None


def test_a_label_no_place_list_knows_is_still_the_lines_place():
    # "Zamboanga Peninsula: 22 cases" had no place: the story names it nowhere else
    d = drafts_by_number(REGIONS + "\nZamboanga Peninsula: 22 cases, no deaths\n\n"
                         "Region 3: 192 cases, four deaths\n", dt.date(2019, 2, 7))
    assert d["22"].quantity == "zamboanga_peninsula.cases"
    assert d["192"].quantity == "region_3.cases"
    assert d["four"].quantity == "region_3.killed"
    # near miss: a measure's label is no place
    d = drafts_by_number(REGIONS + "\nDeaths: 14\n\nTotal: 1,016\n", dt.date(2019, 2, 7))
    assert not d["14"].quantity.startswith("deaths.")
    assert not d["1,016"].quantity.startswith("total.")
