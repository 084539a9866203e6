"""Another quake than the story's, told in its article (extract/other_quakes.py): a
quake of another place named by its place, other quakes as `other_earthquakes`; a
quake told again is the story's."""

import datetime as dt

from factcheck.extract.lexicon import lexicon, same_length_lower
from tests.extract.drafting_support import drafts_by_number

PUBLISHED = dt.date(2022, 1, 19)


def drafts(text: str) -> dict:
    return drafts_by_number(text, PUBLISHED)


STORY = ("KAYSERI\nThe Sarioglan district of Kayseri was hit by a magnitude 4.9 earthquake "
         "early on Jan. 19. The institute also reported two other earthquakes below "
         "magnitude 4 in two regions. A magnitude 3.8 earthquake jolted the southern "
         "province of Adana and a magnitude 3.6 tremor jolted the Gemlik district of "
         "the northwestern province of Bursa.")


def test_a_quake_of_another_place_is_that_places():
    d = drafts(STORY)
    assert d["4.9"].quantity == "earthquake.magnitude"
    assert d["3.8"].quantity == "adana_earthquake.magnitude"
    assert d["3.6"].quantity == "gemlik_earthquake.magnitude"
    assert d["4"].quantity == "other_earthquakes.magnitude"


def test_the_day_of_a_quake_of_another_country_is_that_quakes():
    # TerraDaily (holdout456): Italy's quake "on Sunday" took earthquake.start, and
    # the story's own "early Tuesday" was left unnamed; Italy was the story's site
    d = drafts_by_number("Quake rocks Bulgaria\nA 5.8-magnitude quake struck Bulgaria early "
                         "Tuesday, triggering panic in Sofia and Pernik. Sofia's airport was "
                         "operating normally. The quake comes on the heels of a 6.0-magnitude "
                         "earthquake in northeastern Italy on Sunday that killed six people.",
                         dt.date(2012, 5, 22))
    assert d["early Tuesday"].quantity == "earthquake.start"
    assert d["5.8"].quantity == "earthquake.magnitude"
    assert d["on Sunday"].quantity == "northeastern_italy_earthquake.start"
    assert d["6.0"].quantity == "northeastern_italy_earthquake.magnitude"
    # near misses: a quake of another place told with its year keeps the year's name
    # (Slovenia Times, holdout696: "a 4.9 magnitude earthquake in July 2004")
    d = drafts_by_number("Quake shakes Pivka\nA 4.2 magnitude earthquake struck Pivka in "
                         "Slovenia on Sunday. The area's strongest was a 4.9 magnitude "
                         "earthquake in July 2004 near Bovec, which killed one climber.",
                         dt.date(2014, 4, 22))
    assert d["July 2004"].quantity == "earthquake_2004.start"
    # ... and the story's quake told again keeps its day
    d = drafts_by_number("Quake rocks Bulgaria\nA 5.8-magnitude quake struck Bulgaria early "
                         "Tuesday. The quake struck near Pernik, officials said.",
                         dt.date(2012, 5, 22))
    assert d["early Tuesday"].quantity == "earthquake.start"


def test_a_quake_told_again_is_the_storys():
    # near misses: the first told no magnitude; the second names the first's place
    d = drafts("A powerful earthquake struck Taiwan on Wednesday. A magnitude 7.4 "
               "earthquake struck off Hualien, officials said.")
    assert d["7.4"].quantity == "earthquake.magnitude"
    d = drafts("A magnitude 6.1 earthquake struck Kayseri on Wednesday. A magnitude 5.2 "
               "earthquake struck Kayseri again at noon.")
    assert d["5.2"].quantity != "kayseri_earthquake.magnitude"


HISTORY = ("An earthquake in China's Inner Mongolia region killed at least 14 people "
           "yesterday. The tremor, measuring 6.4 on the Richter scale, hit Guyang county. "
           "An earthquake measuring 6.1 on the Richter scale rumbled through the region in "
           "March. An earthquake measuring 6.9 on the Richter scale rocked north-western "
           "China's Xinjiang region in March, killing 26.")


def test_quakes_told_as_history_after_the_storys_are_their_own():
    d = drafts_by_number(HISTORY, dt.date(1996, 5, 4))
    assert d["6.4"].quantity == "earthquake.magnitude"
    assert d["6.1"].quantity == "earthquake_march.magnitude"  # its month's
    assert d["6.9"].quantity == "xinjiang_earthquake.magnitude"  # "measuring" after the noun
    # near misses: the story's first quake is its own, whatever its date; a day of the
    # month is no month alone
    d = drafts_by_number("An earthquake measuring 6.1 struck the region in March, killing "
                         "two.", dt.date(1996, 3, 30))
    assert d["6.1"].quantity == "earthquake.magnitude"
    d = drafts_by_number(HISTORY.replace("region in March.", "region on March 3."),
                         dt.date(1996, 5, 4))
    assert d["6.1"].quantity != "earthquake_march.magnitude"


def test_a_dotted_capital_i_moves_no_offset():
    """ "İ" lowers to two characters; the lexicon's offsets stay the text's."""
    text = "KAYSERİ\nA magnitude 4.9 earthquake struck."
    assert len(same_length_lower(text)) == len(text)
    hit = next(h for h in lexicon().hits(text, 0, len(text)) if h.table == "events")
    assert text[hit.start:hit.end].lower().startswith("earthquake")
    d = drafts("KAYSERİ\nThe district was hit by a magnitude 4.9 earthquake. A magnitude "
               "3.8 earthquake jolted Adana.")
    assert d["4.9"].quantity == "earthquake.magnitude"


def test_a_shock_before_the_main_quake_is_a_foreshock():
    # "A tremor of 5.0 magnitude hit half an hour before the main quake" was drafted as
    # the story's quake, against its 6.8: a false disagreement
    d = drafts("A 6.8 magnitude earthquake struck the Greek island of Zakynthos on Thursday "
               "night. A tremor of 5.0 magnitude hit half an hour before the main quake, "
               "according to the US Geological Survey.")
    assert d["6.8"].quantity == "earthquake.magnitude"
    assert d["5.0"].quantity == "foreshock.magnitude"
    # near miss: a quake told before another event is still the story's
    d = drafts("A 6.8 magnitude earthquake struck Zakynthos before the main tourist season "
               "opened, officials said.")
    assert d["6.8"].quantity == "earthquake.magnitude"


def test_a_quake_among_aftershocks_is_an_aftershock_of_their_place():
    d = drafts("A powerful 7.3-magnitude earthquake struck offshore on Monday. People slept "
               "outdoors as 11 aftershocks rattled nerves, including a 4.1-magnitude temblor, "
               "according to Salvadoran authorities. At least 17 aftershocks shook "
               "Nicaragua, including a 5.0-magnitude earthquake, according to the "
               "Nicaraguan Territorial Studies Institute.")
    assert d["7.3"].quantity == "earthquake.magnitude"
    assert d["4.1"].quantity == "aftershock.magnitude"
    assert d["5.0"].quantity == "nicaragua_aftershock.magnitude"
    # near miss: a quake including in its toll is the story's
    d = drafts("A 7.3-magnitude earthquake struck offshore, killing 4 people, including a "
               "child.")
    assert d["7.3"].quantity == "earthquake.magnitude"


def test_each_magnitude_of_a_list_of_quakes_is_its_own_quakes():
    # Daily FT (holdout648): "another two earthquakes measuring 5.2 and 4.6 on the Richter
    # scale" made 4.6 the story's own magnitude, against its 6.3: a false disagreement
    d = drafts("A 6.3 magnitude earthquake struck Iran on Sunday. IRNA said another two "
               "earthquakes measuring 5.2 and 4.6 on the Richter scale had jolted Sarpol-e "
               "Zahab on Monday morning following Sunday's earthquake.")
    assert d["6.3"].quantity == "earthquake.magnitude"
    assert d["5.2"].quantity == "another_earthquake_1.magnitude"
    assert d["4.6"].quantity == "another_earthquake_2.magnitude"
    # near miss: one quake told anew keeps one name
    d = drafts("A 6.3 magnitude earthquake struck Iran on Sunday. Another earthquake "
               "measuring 5.2 jolted the town on Monday.")
    assert d["5.2"].quantity == "another_earthquake.magnitude"


def test_what_a_magnitude_can_do_is_no_quakes():
    # Deseret News (holdout744): "A quake of magnitude 5 can cause considerable damage and
    # one of magnitude 6 can cause severe damage" were the story's magnitude, against 5.6
    d = drafts("Quake in Algeria\nThe quake registered a magnitude of 5.6. A quake of "
               "magnitude 5 can cause considerable damage and one of magnitude 6 can cause "
               "severe damage.")
    assert d["5.6"].quantity == "earthquake.magnitude"
    assert not d["5"].quantity.endswith(".magnitude")
    assert not d["6"].quantity.endswith(".magnitude")
    # near miss: a quake that did cause damage is the quake
    d = drafts("Quake in Algeria\nA quake of magnitude 5.6 caused considerable damage.")
    assert d["5.6"].quantity == "earthquake.magnitude"


def test_a_quake_told_by_its_own_day_after_the_storys_is_that_days():
    # Sentinel-Tribune (holdout800): "after the magnitude-7.8 quake on April 25 killed
    # more than 8,150 people" gave the story's quake (7.3, "on Tuesday") a second
    # magnitude: a false warning
    d = drafts_by_number("A major earthquake hit a remote region of Nepal on Tuesday, killing at "
                         "least 19 people. Buildings collapsed by the magnitude-7.3 quake may "
                         "have left people buried, the government said. Chautara has become a "
                         "hub for aid after the magnitude-7.8 quake on April 25 killed more "
                         "than 8,150 people.", dt.date(2015, 5, 12))
    assert d["7.3"].quantity == "earthquake.magnitude"
    assert d["7.8"].quantity == "quake_april_25.magnitude"
    # near misses: a day of a quake whose story gives its quake no other day is the
    # story's own (Ucanews: "Strong aftershocks following the July 6 earthquake"); the
    # story's first quake keeps its name, whatever its day
    d = drafts_by_number("Thousands seek shelter after quake hits central Philippines\n"
                         "Published: 2017-07-13\n\nA week after a 6.5 magnitude earthquake hit "
                         "Leyte, hundreds live in shelters. Strong aftershocks following the "
                         "July 6 earthquake continue to be recorded.", dt.date(2017, 7, 13))
    assert d["July 6"].quantity == "earthquake.start"
    d = drafts_by_number("The magnitude-7.8 quake on April 25 killed more than 8,150 people.",
                         dt.date(2015, 5, 12))
    assert d["7.8"].quantity == "earthquake.magnitude"


def test_an_open_ended_day_beside_the_storys_quake_breaks_nothing():
    # Deccan Herald (holdout287): "just over a week ago" (a day with no lower end) in the
    # story's first quake sentence crashed the search for a quake of its own day
    d = drafts_by_number("An earthquake killed at least 15 people in northern Italy on Tuesday, "
                         "spreading panic among residents living in tents after a tremor "
                         "destroyed their homes just over a week ago. Seven people were "
                         "killed in the May 20 quake that, like Tuesday's, had its epicenter "
                         "near Modena.", dt.date(2012, 5, 29))
    assert d["May 20"].quantity != "earthquake.start"


def test_a_quake_told_by_its_own_past_year_after_the_storys_is_that_years():
    # The New Indian Express (holdout824): "Peru's last major temblor, a magnitude-7.9
    # quake, occurred in 2007" gave the story's quake (6.9, Wednesday) a second magnitude
    d = drafts_by_number("A magnitude-6.9 earthquake brought down buildings in Peru's Arequipa "
                         "province Wednesday, authorities said. Peru's last major temblor, a "
                         "magnitude-7.9 quake, occurred in 2007.", dt.date(2013, 9, 26))
    assert d["7.9"].quantity == "quake_2007.magnitude"
    assert d["6.9"].quantity == "earthquake.magnitude"
