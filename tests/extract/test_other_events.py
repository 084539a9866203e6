"""Drafting --into a registry of other articles: a name the registry gives to another
event's numbers is not reused (`extract/other_events.py`). Dates worked by hand:
2005-02-22 to 2012-08-12 is 2,728 days; a year is 365."""

import datetime as dt
from pathlib import Path

from factcheck.extract.context import registry_context
from factcheck.registry.load import load
from factcheck.registry.suggest import suggest

from .drafting_support import drafts_by_number

QUAKE_2005 = """\
document:
  id: zarand
  published: 2005-02-22
places:
  iran: {name: Iran}
claims:
  - id: zarand-killed
    quantity: iran.killed
    value: at least 420
  - id: zarand-start
    quantity: earthquake.start
    value: 2005-02-22
"""

TEXT_2012 = ("Two strong earthquakes have killed 180 people in Iran. The earthquake struck "
             "on Saturday, Aug. 11, 2012, the officials said.\n")


def _context(tmp_path: Path, registry: str):
    (tmp_path / "old.yaml").write_text(registry, encoding="utf-8")
    return registry_context(tmp_path / "new.yaml")


def test_a_count_the_registry_has_only_years_away_takes_the_article_year(tmp_path):
    context = _context(tmp_path, QUAKE_2005)
    drafts = drafts_by_number(TEXT_2012, dt.date(2012, 8, 12), context)
    killed = drafts["180"]
    assert killed.quantity == "iran.killed_2012"  # 2,728 days from 2005-02-22
    assert "iran.killed" in killed.note and "another event" in killed.note
    # the story's own event, dated six and a half years after the registry's one
    assert drafts["Aug. 11, 2012"].quantity == "earthquake_2012.start"


def test_a_count_within_a_year_of_the_registry_keeps_its_name(tmp_path):
    # 2005-02-22 to 2006-02-22 is 365 days: not more than a year (near miss)
    context = _context(tmp_path, QUAKE_2005)
    text = "The toll in Iran rose: 460 people were killed, officials said.\n"
    assert drafts_by_number(text, dt.date(2006, 2, 22), context)["460"].quantity == \
        "iran.killed"
    # one day more (2006-02-23, 366 days): another event's count
    assert drafts_by_number(text, dt.date(2006, 2, 23), context)["460"].quantity == \
        "iran.killed_2006"


def test_the_same_event_told_a_day_apart_keeps_its_name(tmp_path):
    # the registry's start 2005-02-22, the article's 2005-02-23 (a time zone): one quake
    context = _context(tmp_path, QUAKE_2005)
    text = "The earthquake struck on Feb. 23, 2005, and killed 500 people in Iran.\n"
    drafts = drafts_by_number(text, dt.date(2005, 2, 24), context)
    assert drafts["Feb. 23, 2005"].quantity == "earthquake.start"
    assert drafts["500"].quantity == "iran.killed"


def test_an_event_that_started_on_another_day_is_another_event(tmp_path):
    # same year, three weeks apart: not a report of the same start
    context = _context(tmp_path, QUAKE_2005)
    text = "The earthquake struck on March 15, 2005, with a magnitude of 5.1.\n"
    drafts = drafts_by_number(text, dt.date(2005, 3, 16), context)
    assert drafts["March 15, 2005"].quantity == "earthquake_2005.start"
    assert drafts["5.1"].quantity == "earthquake_2005.magnitude"
    assert "earthquake.start is another day" in drafts["5.1"].note


def test_an_event_named_by_its_own_name_links_at_any_distance(tmp_path):
    registry = """\
document: {id: katrina-2005, published: 2005-08-31}
claims:
  - {id: katrina-killed, quantity: katrina.killed, value: more than 1000}
"""
    context = _context(tmp_path, registry)
    text = ("Flood in Texas\n\nThe flood killed 12 people, in the worst floods since "
            "Hurricane Katrina killed 1,833 people in 2005.\n")
    drafts = drafts_by_number(text, dt.date(2015, 8, 29), context)
    assert drafts["1,833"].quantity == "katrina.killed"  # ten years on, one storm
    assert drafts["2005"].quantity == "katrina.start"


def test_a_claim_of_no_known_date_is_no_evidence_of_another_time(tmp_path):
    registry = """\
document: {id: undated}
places:
  iran: {name: Iran}
claims:
  - {id: undated-killed, quantity: iran.killed, value: '300'}
"""
    context = _context(tmp_path, registry)
    drafts = drafts_by_number("Quake in Iran kills 180 people.\n", dt.date(2012, 8, 12),
                              context)
    assert drafts["180"].quantity == "iran.killed"


def test_a_trend_is_suggested_for_a_count_with_the_year(tmp_path):
    (tmp_path / "a.yaml").write_text("""\
document: {id: a, published: 2012-08-12}
claims:
  - {id: a-killed, quantity: iran.killed_2012, value: '180'}
  - {id: a-killed-later, quantity: iran.killed_2012, value: '300', as_of: 2012-08-14}
""", encoding="utf-8")
    found = suggest(load([tmp_path]).registry)
    assert found.trends == {"iran.killed_2012": "non-decreasing"}
