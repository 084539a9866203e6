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
