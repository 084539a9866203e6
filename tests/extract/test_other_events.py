"""Drafting --into a registry of other articles: a name the registry gives to another
event's numbers is not reused (`extract/other_events.py`). Dates worked by hand:
2005-02-22 to 2012-08-12 is 2,728 days; 2005-02-22 + 120 days is 2005-06-22."""

import datetime as dt
from pathlib import Path

from factcheck.extract.context import registry_context

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
    assert drafts["on Saturday, Aug. 11, 2012"].quantity == "earthquake_2012.start"


def test_a_count_within_four_months_of_the_registry_keeps_its_name(tmp_path):
    # 2005-02-22 to 2005-06-22 is 6 + 31 + 30 + 31 + 22 = 120 days: not further (near miss)
    context = _context(tmp_path, QUAKE_2005)
    text = "The toll in Iran rose: 460 people were killed, officials said.\n"
    assert drafts_by_number(text, dt.date(2005, 6, 22), context)["460"].quantity == \
        "iran.killed"
    # one day more (121 days): another event's count
    assert drafts_by_number(text, dt.date(2005, 6, 23), context)["460"].quantity == \
        "iran.killed_2005"
    # and the registry's earlier day counts too (2004-10-25 is 120 days before)
    assert drafts_by_number(text, dt.date(2004, 10, 25), context)["460"].quantity == \
        "iran.killed"


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


def test_a_part_of_an_event_named_by_its_kind_is_another_event_s_years_on(tmp_path):
    registry = """\
document: {id: jiangxi, published: 2005-11-27}
claims:
  - {id: jiangxi-after, quantity: earthquake_aftermath.duration, value: one day}
"""
    context = _context(tmp_path, registry)
    text = "Quake in Japan\n\nTen days after the earthquake struck, rescuers still searched.\n"
    drafted = drafts_by_number(text, dt.date(2011, 3, 21), context)["Ten days"]
    assert drafted.quantity == "earthquake_aftermath_2011.duration"
    # the same article a month after the registry's: its aftermath may be that one
    drafted = drafts_by_number(text, dt.date(2005, 12, 27), context)["Ten days"]
    assert drafted.quantity == "earthquake_aftermath.duration"


def test_a_year_name_another_event_of_that_year_holds_leaves_the_draft_unnamed(tmp_path):
    # the registry: an `earthquake` of 2003 and an `earthquake_2005` that began on
    # 2005-02-22; the article's quake began on 2005-11-26, 277 days later
    registry = QUAKE_2005.replace("earthquake.start", "earthquake_2005.start") + """\
  - {id: bam-start, quantity: earthquake.start, value: 2003-12-26, as_of: 2003-12-27}
"""
    context = _context(tmp_path, registry)
    text = "The earthquake struck on Nov. 26, 2005, with a magnitude of 5.7.\n"
    drafts = drafts_by_number(text, dt.date(2005, 11, 27), context)
    assert drafts["5.7"].quantity.startswith("unnamed_")
    assert drafts["Nov. 26, 2005"].quantity.startswith("unnamed_")
    assert "another event" in drafts["5.7"].note


PERU_2007 = """\
document: {id: peru, published: 2007-08-16}
places:
  peru: {name: Peru}
  pisco: {name: Pisco, within: peru}
claims:
  - {id: peru-killed, quantity: pisco.killed, value: '337'}
  - {id: peru-magnitude, quantity: earthquake.magnitude, value: '8.0'}
"""


def test_an_event_by_its_kind_counted_elsewhere_the_same_month_is_another(tmp_path):
    context = _context(tmp_path, PERU_2007)
    text = ("Utah mine collapse\n\nSix miners were trapped in Utah. Seismographs "
            "recorded an earthquake of magnitude 3.9 at the mine.\n")
    drafts = drafts_by_number(text, dt.date(2007, 8, 8), context)  # eight days before
    assert drafts["3.9"].quantity == "earthquake_2007.magnitude"
    assert "other places" in drafts["3.9"].note


def test_an_event_by_its_kind_counted_in_a_place_it_holds_is_the_same(tmp_path):
    # the article counts in Peru, the registry's article in Pisco, within Peru
    context = _context(tmp_path, PERU_2007)
    text = ("Peru quake\n\nThe earthquake of magnitude 7.9 killed 510 people in Peru, "
            "officials said.\n")
    drafts = drafts_by_number(text, dt.date(2007, 8, 17), context)
    assert drafts["7.9"].quantity == "earthquake.magnitude"


def test_the_year_name_of_an_event_counted_elsewhere_is_not_taken_either(tmp_path):
    # the registry: Iran's 2005 `earthquake`, and Peru's, already renamed
    # `earthquake_2007`; a Utah article's earthquake is neither
    (tmp_path / "iran.yaml").write_text(QUAKE_2005, encoding="utf-8")
    context = _context(tmp_path, PERU_2007.replace("earthquake.", "earthquake_2007."))
    text = ("Utah mine collapse\n\nSix miners were trapped in Utah. Seismographs "
            "recorded an earthquake of magnitude 3.9 at the mine.\n")
    drafted = drafts_by_number(text, dt.date(2007, 8, 17), context)["3.9"]
    assert drafted.quantity.startswith("unnamed_")
    assert "name this earthquake" in drafted.note


NZ_2011 = """\
document: {id: christchurch, published: 2011-02-23}
places:
  new_zealand: {name: New Zealand}
claims:
  - {id: nz-killed, quantity: new_zealand.killed, value: '65'}
  - {id: nz-start, quantity: earthquake.start, value: 2011-02-22}
  - {id: nz-magnitude, quantity: earthquake.magnitude, value: '6.3'}
"""


def test_a_start_told_by_its_year_alone_is_no_match_for_a_day_inside_it(tmp_path):
    # "in 2011" holds the registry's 22 February 2011, as it holds any day of 2011:
    # no evidence of one quake; the places decide (Japan's story, New Zealand's)
    context = _context(tmp_path, NZ_2011)
    text = ("Quake in Japan\n\nThe earthquake struck Japan in 2011 with a magnitude of 9.0, "
            "killing 15,000 people in Japan.\n")
    drafts = drafts_by_number(text, dt.date(2011, 3, 30), context)
    assert drafts["9.0"].quantity == "earthquake_2011.magnitude"
    # near miss: the day itself is the same quake, wherever the story counts
    text = ("Quake in Christchurch\n\nThe earthquake struck on Feb. 22, 2011, with a "
            "magnitude of 6.3.\n")
    drafts = drafts_by_number(text, dt.date(2011, 3, 30), context)
    assert drafts["6.3"].quantity == "earthquake.magnitude"


FIRE_FEB_2009 = """\
document:
  id: toodyay
  published: 2009-12-30
places:
  australia: {name: Australia}
claims:
  - id: black-saturday
    quantity: fire_2009.start
    value: February 2009
"""


def test_two_months_that_do_not_meet_are_two_starts(tmp_path):
    # the registry's fire of February 2009 and an article's of January 2009: January
    # ends on the 31st, February begins on the 1st, a day apart but no day in common
    context = _context(tmp_path, FIRE_FEB_2009)
    text = "A factory burned in Karachi. In January 2009, 40 people were killed in a fire.\n"
    drafts = drafts_by_number(text, dt.date(2012, 9, 13), context)
    assert drafts["January 2009"].quantity != "fire_2009.start"
    # near miss: a day inside the registry's month may be the same start
    text = ("A factory burned in Karachi. The fire broke out in Karachi on Feb. 7, 2009, "
            "and killed 40 people.\n")
    drafts = drafts_by_number(text, dt.date(2012, 9, 13), context)
    assert drafts["Feb. 7, 2009"].quantity == "fire_2009.start"


COLD_WAVE_2018 = """\
document:
  id: cold
  text: cold.txt
  published: 2018-03-01
places:
  poland: {name: Poland}
claims:
  - id: cold-killed
    quote: the cold wave has killed 21 people in Poland
    quantity: poland.killed
    value: 21 people
"""
COLD_TEXT = ("Cold wave grips Europe\n\nThe cold wave has killed 21 people in Poland. The cold "
             "snap will last a week, and the cold wave may kill more.\n")


def test_a_places_count_of_another_story_within_weeks_is_another_events(tmp_path):
    # 2018-03-01 to 2018-05-07 is 67 days: near in time, but a mine's tremor is no cold
    # wave (a reader tells the two stories apart; the name alone cannot)
    (tmp_path / "cold.txt").write_text(COLD_TEXT, encoding="utf-8")
    context = _context(tmp_path, COLD_WAVE_2018)
    text = ("Tremor hits Polish mine\n\nAn earthquake hit a coal mine in Poland, and the "
            "tremor killed five people in Poland, officials said. The quake was strong.\n")
    killed = drafts_by_number(text, dt.date(2018, 5, 7), context)["five"]
    assert killed.quantity == "poland.killed_2018"
    assert "poland.killed" in killed.note and "another event" in killed.note
    # near miss: the cold wave told again keeps the registry's name
    text = "More die in cold wave\n\nThe cold wave has now killed 30 people in Poland.\n"
    assert drafts_by_number(text, dt.date(2018, 3, 3), context)["30"].quantity == \
        "poland.killed"


def test_two_storms_the_titles_name_are_two_stories(tmp_path):
    idai = COLD_WAVE_2018.replace("poland", "mozambique").replace("Poland", "Mozambique") \
        .replace("cold-killed", "idai-killed").replace("2018-03-01", "2019-03-15")
    (tmp_path / "cold.txt").write_text(
        "Cyclone Idai hits Mozambique\n\nCyclone Idai has killed 21 people in Mozambique. "
        "The cyclone struck Beira.\n", encoding="utf-8")
    context = _context(tmp_path, idai.replace("the cold wave has killed 21 people in Poland",
                                              "Cyclone Idai has killed 21 people in Mozambique"))
    kenneth = ("Cyclone Kenneth hits Mozambique\n\nCyclone Kenneth has killed 38 people in "
               "Mozambique. The cyclone struck Pemba.\n")
    assert drafts_by_number(kenneth, dt.date(2019, 4, 28), context)["38"].quantity == \
        "mozambique.killed_2019"
    # near miss: a story of the cyclone that names no other storm keeps the name
    text = "Cyclone toll rises\n\nThe cyclone has killed 40 people in Mozambique.\n"
    assert drafts_by_number(text, dt.date(2019, 3, 20), context)["40"].quantity == \
        "mozambique.killed"


def test_the_years_name_of_another_story_is_not_reused_either(tmp_path):
    # the registry's `poland.killed` is years old, so a 2018 count takes
    # `poland.killed_2018`, which a cold-wave article already holds: a mine's tremor
    # weeks later is left unnamed rather than linked to it
    (tmp_path / "cold.txt").write_text(COLD_TEXT, encoding="utf-8")
    (tmp_path / "older.yaml").write_text(QUAKE_2005.replace("iran", "poland").replace(
        "Iran", "Poland").replace("zarand", "older"), encoding="utf-8")
    context = _context(tmp_path, COLD_WAVE_2018.replace("poland.killed", "poland.killed_2018"))
    text = ("Tremor hits Polish mine\n\nAn earthquake hit a coal mine in Poland, and the "
            "tremor killed five people in Poland, officials said. The quake was strong.\n")
    assert drafts_by_number(text, dt.date(2018, 5, 7), context)["five"].quantity \
        .startswith("unnamed_")
    # near miss: the cold wave told again takes the year's name the registry holds
    text = "More die in cold wave\n\nThe cold wave has now killed 30 people in Poland.\n"
    assert drafts_by_number(text, dt.date(2018, 3, 3), context)["30"].quantity == \
        "poland.killed_2018"


ALGERIA_2021 = """\
document:
  id: algeria
  text: algeria.txt
  published: 2021-08-12
places:
  algeria: {name: Algeria}
claims:
  - id: algeria-killed
    quote: The wildfires have killed 69 people in Algeria
    quantity: algeria.killed
    value: 69 people
  - id: algeria-mourning
    quote: three days of national mourning
    quantity: national_mourning.duration
    value: three days
"""


def test_an_event_told_in_common_words_elsewhere_is_another(tmp_path):
    # "national mourning" is no proper name: Algeria's and Greece's are two, though both
    # are wildfire stories within weeks (2021-08-12 to 2021-08-20 is 8 days)
    (tmp_path / "algeria.txt").write_text(
        "Fires in Algeria\n\nThe wildfires have killed 69 people in Algeria. The president "
        "declared three days of national mourning.\n", encoding="utf-8")
    context = _context(tmp_path, ALGERIA_2021)
    text = ("Fires in Greece\n\nThe wildfires have killed 80 people in Greece. The government "
            "declared three days of national mourning.\n")
    d = drafts_by_number(text, dt.date(2021, 8, 20), context)
    assert d["three days"].quantity == "national_mourning_2021.duration"
    # near miss: Algeria's mourning told again keeps the registry's name
    text = ("Algeria mourns\n\nThe wildfires have killed 71 people in Algeria, and three days "
            "of national mourning began.\n")
    d = drafts_by_number(text, dt.date(2021, 8, 13), context)
    assert d["three days"].quantity == "national_mourning.duration"


TELANGANA_2016 = """\
document:
  id: telangana
  published: 2016-04-25
places:
  telangana: {name: Telangana}
claims:
  - id: telangana-killed
    quote: the heatwave has killed 111 people in Telangana
    quantity: telangana.killed
    value: 111 people
  - id: heatwave-2015
    quote: the 2015 heatwave killed 585 people
    quantity: heatwave_2015.killed
    value: 585 people
"""


def test_a_kinds_year_counted_elsewhere_is_another_event(tmp_path):
    # Telangana's 2015 heatwave and Karachi's are two, whatever their years' names
    context = _context(tmp_path, TELANGANA_2016)
    text = ("Karachi braces for heat\n\nThe heat has killed 12 people in Karachi. The 2015 "
            "heatwave killed 1,200 people in Karachi.\n")
    d = drafts_by_number(text, dt.date(2018, 5, 20), context)
    assert d["1,200"].quantity.startswith("unnamed_")
    assert "heatwave_2015" in d["1,200"].note
    # near miss: told of in Telangana again, it is the registry's
    text = ("Telangana braces for heat\n\nThe heat has killed 12 people in Telangana. The "
            "2015 heatwave killed 585 people in Telangana.\n")
    d = drafts_by_number(text, dt.date(2018, 5, 20), context)
    assert d["585"].quantity == "heatwave_2015.killed"


TANZANIA_FERRY = """\
document: {id: mwanza, published: 2018-09-21}
places:
  tanzania: {name: Tanzania}
claims:
  - {id: mwanza-killed, quantity: ferry.killed, value: more than 100 people}
  - {id: mwanza-rescued, quantity: tanzania.rescued, value: 37 people}
"""
PHILIPPINE_FERRY = ("Death toll from Philippine ferry rises\nORMOC, Philippines - A ferry "
                    "capsized off Ormoc in the Philippines on Thursday, killing 36 people.\n")


def test_a_vehicles_toll_counted_in_another_country_is_another_vehicle(tmp_path):
    # both stories name their toll by the vehicle (`ferry.killed`); the registry's
    # ferry sank in Tanzania, this one off the Philippines, nine weeks apart
    context = _context(tmp_path, TANZANIA_FERRY)
    drafted = drafts_by_number(PHILIPPINE_FERRY, dt.date(2018, 11, 23), context)["36"]
    assert drafted.quantity == "ferry_2018.killed"
    assert "other places" in drafted.note
    # near miss: the same ferry's toll told again from Tanzania keeps the name
    again = ("Tanzania ferry toll rises\nMWANZA, Tanzania - The toll from the ferry that "
             "capsized on Lake Victoria in Tanzania rose to 200 people, officials said.\n")
    assert drafts_by_number(again, dt.date(2018, 9, 23), context)["200"].quantity == \
        "ferry.killed"


def test_a_factorys_fire_is_a_story_of_its_own(tmp_path):
    # a plant's fire and a quake weeks apart in one country: two stories, so the quake's
    # toll does not take the year's name the fire's article holds
    (tmp_path / "cold.txt").write_text(
        "Factory fire kills 21\n\nA fire broke out at a poultry plant in Poland, and the "
        "fire killed 21 people in Poland. The factory fire was the worst in years.\n",
        encoding="utf-8")
    context = _context(tmp_path, COLD_WAVE_2018)
    text = ("Tremor hits Polish mine\n\nAn earthquake hit a coal mine in Poland, and the "
            "tremor killed five people in Poland, officials said. The quake was strong.\n")
    assert drafts_by_number(text, dt.date(2018, 5, 7), context)["five"].quantity == \
        "poland.killed_2018"
    # near miss: another fire's story told weeks later is no other story by its kind
    text = "Another fire\n\nA fire broke out in Poland; the fire killed 30 people in Poland.\n"
    assert drafts_by_number(text, dt.date(2018, 3, 10), context)["30"].quantity == \
        "poland.killed"


def _one_story(tmp_path: Path, place: str, told: str, published: str, more: str):
    """A registry of one article: "<told> in <place>." and `more`, its 21 dead the
    place's `killed`, as COLD_WAVE_2018 is for Poland."""
    registry = COLD_WAVE_2018.replace("poland", place.lower()).replace("Poland", place) \
        .replace("the cold wave has killed 21 people", told).replace("2018-03-01", published)
    (tmp_path / "cold.txt").write_text(
        f"News from {place}\n\n{told[0].upper()}{told[1:]} in {place}. {more}\n",
        encoding="utf-8")
    return _context(tmp_path, registry)


def test_two_diseases_are_two_stories(tmp_path):
    context = _one_story(tmp_path, "Rwanda", "the Marburg outbreak has killed 21 people",
                         "2024-10-10", "Marburg spreads by contact.")
    mpox = ("Mpox vaccines for Africa\n\nVaccination against mpox will begin. Mpox has "
            "killed 30 people in Rwanda, officials said.\n")
    assert drafts_by_number(mpox, dt.date(2024, 10, 20), context)["30"].quantity == \
        "rwanda.killed_2024"
    # near miss: the same disease told again keeps the registry's name
    text = "Marburg toll rises\n\nThe Marburg outbreak has now killed 30 people in Rwanda.\n"
    assert drafts_by_number(text, dt.date(2024, 10, 20), context)["30"].quantity == \
        "rwanda.killed"


def test_lightning_deaths_are_no_floods_toll(tmp_path):
    context = _one_story(tmp_path, "India", "the floods have killed 21 people", "2016-06-10",
                         "The floods and the monsoon rains go on.")
    text = ("Lightning kills 93 in India\n\nLightning strikes have killed 93 people in India, "
            "officials said. Lightning is common in the monsoon.\n")
    assert drafts_by_number(text, dt.date(2016, 6, 22), context)["93"].quantity == \
        "india.killed_2016"


def test_a_records_window_of_another_article_years_away_is_another(tmp_path):
    mora = """\
document:
  id: mora
  published: 2017-05-30
claims:
  - id: mora-record
    quantity: flooding_record.duration
    value: 14 years
"""
    context = _context(tmp_path, mora)
    text = ("Cyclone Ditwah\n\nThe cyclone left 410 people dead in Sri Lanka's worst "
            "flooding in ten years.\n")
    assert drafts_by_number(text, dt.date(2025, 12, 2), context)["ten years"].quantity == \
        "flooding_record_2025.duration"


GIRL = """\
document:
  id: first-flood
  published: 2020-06-02
claims:
  - id: first-girl
    quantity: girl.age
    value: 9 years old
"""


def test_someone_an_age_describes_in_another_article_is_not_linked(tmp_path):
    context = _context(tmp_path, GIRL)
    text = "The floods killed a 12-year-old girl, officials said.\n"
    girl = drafts_by_number(text, dt.date(2020, 6, 3), context)["12-year-old"]
    assert girl.quantity.startswith("unnamed_")  # another article's girl, not 9 and 12
    assert "girl.age" in girl.note
    # near miss: a named person's age links, as a follow-up story tells the same person
    named = GIRL.replace("girl.age", "maria_lopez.age")
    text = "Maria Lopez, 12, was rescued, officials said.\n"
    assert drafts_by_number(text, dt.date(2020, 6, 3), _context(tmp_path, named))["12"] \
        .quantity == "maria_lopez.age"
