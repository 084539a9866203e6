"""What a draft says beyond its number: who said it (`by`), as of when (`as_of`),
what it measures (`quantity`), and which numbers are metadata and not drafted.
Each case is a sentence a fact-checker would read the same way; the near misses
(a passive, an adjective, the day a statement was made) must not be read as a frame.
"""

import datetime as dt
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract import find_mentions
from factcheck.extract.drafts import Context, draft_claims
from tests.extract.drafting_support import drafts_by_number

PUBLISHED = dt.date(2023, 10, 3)  # a Tuesday
QUANTITY = re.compile(r"[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*(?: / [a-z][a-z0-9_]*\.[a-z][a-z0-9_]*)?")


def drafts(text: str, context: Context | None = None, doc: str = "doc") -> dict:
    """The drafts by the text of their number."""
    return drafts_by_number(text, PUBLISHED, context, doc)


# ------------------------------------------------------------------------------- by

def test_the_speaker_of_a_speech_frame_before_the_number():
    d = drafts("On Monday, the Armenian government said over 100,000 people have fled "
               "Karabakh.")
    assert d["over 100,000"].by == "Armenian government"


def test_roles_are_stripped_and_a_pronoun_or_surname_is_the_last_speaker():
    d = drafts("Interior minister Aftab Khan Sherpao said 19,136 people died in Pakistan. "
               "Of the deaths, 17,388 were reported in Kashmir, he said. In Muzaffarabad, "
               "where 11,000 died, Sherpao said.")
    assert d["19,136"].by == "Aftab Khan Sherpao"
    assert d["17,388"].by == "Aftab Khan Sherpao"  # "were reported" is no frame; "he" is
    assert d["11,000"].by == "Aftab Khan Sherpao"


def test_according_to_and_a_clause_final_frame():
    d = drafts("More than 1,000 people were displaced last month, according to the "
               "International Organization for Migration (IOM) on Wednesday. "
               "In Sennar, 150,000 people have fled their homes, the agency said.")
    assert d["More than 1,000"].by == "International Organization for Migration"
    assert d["150,000"].by == "International Organization for Migration"  # "the agency"


def test_a_passive_or_an_adjective_is_no_speaker():
    d = drafts("An estimated 120,000 residents lived there. The toll was estimated at "
               "5,000 people. Some 300 people were reported missing.")
    assert d["An estimated 120,000"].by is None
    assert d["estimated at 5,000"].by is None
    assert d["Some 300"].by is None


def test_an_appositive_is_skipped_to_the_name():
    d = drafts("The UN high commissioner for refugees, Filippo Grandi, said 1,500 people "
               "crossed the border.")
    assert d["1,500"].by == "Filippo Grandi"


def test_a_registry_speaker_name_replaces_its_alias():
    context = Context(speakers={"yerevan": "Armenian government"})
    d = drafts("Yerevan said 100,100 people had arrived.", context)
    assert d["100,100"].by == "Armenian government"


def test_the_statements_day_is_no_claim():
    d = drafts("The Armenian government said on Monday that 100,100 people had fled. "
               "Giragosian told ABC News on Monday the response was weak.")
    assert "on Monday" not in d  # the day a statement was made: the outlet's fact
    assert d["100,100"].by == "Armenian government"
    # where it was said between the verb and the day: still the statement's day
    d = drafts("The Coast Guard said in a Twitter post late on Wednesday that 38 people "
               "were missing. Officials told reporters at a news briefing on Thursday that "
               "20 were rescued.")
    assert "on Wednesday" not in d and "on Thursday" not in d
    # near miss: a clause of its own before the day ("the boat sank ... on Wednesday")
    d = drafts("The Coast Guard said the boat sank off Libya on Wednesday with 38 aboard.")
    assert "on Wednesday" in d


def test_the_date_of_an_as_of_frame_is_no_claim_of_its_own():
    d = drafts("Fewer than 1,500 people were left in Karabakh as of Monday evening, and "
               "the convoy crossed the border on Monday.")
    assert d["Fewer than 1,500"].as_of == "2023-10-02"
    assert "Monday evening" not in d
    assert "on Monday" in d  # a date of its own: kept


# ---------------------------------------------------------------------------- as_of

def test_as_of_only_from_an_as_of_frame():
    d = drafts("Fewer than 1,500 ethnic Armenians were left in Karabakh as of Monday "
               "evening. On Monday, the government said over 100,000 people had fled.")
    assert d["fewer than 1,500".capitalize()].as_of == "2023-10-02"
    assert d["over 100,000"].as_of is None  # the day the statement was made


def test_a_date_opening_the_clause_and_the_hour():
    d = drafts("On 20 September, 15,207 people had crossed into Armenia. Traffic is "
               "growing: today at 7am, 42,000 people arrived in Poland from Ukraine.")
    assert d["15,207"].as_of == "2023-09-20"
    assert d["42,000"].as_of == "2023-10-03T07:00"


def test_a_date_in_a_since_clause_is_no_as_of():
    d = drafts("Their number now stood at 582,000 since the exodus began on August 25.")
    assert d["582,000"].as_of is None
    assert d["August 25"].quantity == "exodus.start"


def test_a_count_of_one_day_is_daily():
    d = drafts("About 1.06 million Ukrainians have fled to Poland and to other "
               "countries, including 142,300 on Sunday, the border guard said.")
    assert d["142,300"].as_of == "2023-10-01"
    assert d["142,300"].quantity == "poland.arrived_daily"
    assert d["About 1.06 million"].quantity == "poland.arrived"


# ------------------------------------------------------------------------- quantity

def test_the_origin_of_a_flight_when_one_destination_is_named():
    d = drafts("Around 655,000 Rohingya refugees have fled from Myanmar to Bangladesh.")
    assert d["Around 655,000"].quantity == "myanmar.departed"


def test_the_place_whose_fighting_people_escape_is_their_origin():
    d = drafts("Up to 20,000 people have crossed the river into Kousseri since Saturday to "
               "escape fighting in the Chadian capital of N'Djamena.")
    assert d["Up to 20,000"].quantity == "n_djamena.departed"
    # near miss: fighting named apart from the flight says nothing of its origin
    d = drafts("About 3,000 people fled Goma; fighting in Rutshuru continued.")
    assert d["About 3,000"].quantity == "goma.departed"


def test_a_destination_among_several_counts_its_arrivals():
    d = drafts("At least 80,000 people have fled Sudan into Chad and 69,112 people into "
               "South Sudan.")
    assert d["At least 80,000"].quantity == "chad.arrived"
    assert d["69,112"].quantity == "south_sudan.arrived"


def test_one_destination_named_at_two_scales_is_one_destination():
    # "Mizoram in India", then "India": the origin's departures, as with one name
    d = drafts("Over 5,000 Myanmar nationals have entered Mizoram in India this week. "
               "More than 5,000 people from Myanmar have crossed into Mizoram. Officials "
               "say 5,000 Myanmar nationals have entered India.")
    assert {d[n].quantity for n in ("Over 5,000", "More than 5,000", "5,000")} == {
        "myanmar.departed"}
    # near miss: two countries side by side stay two destinations
    d = drafts("Over 5,000 Ukrainians have entered Poland. 3,000 people crossed into "
               "Hungary.")
    assert (d["Over 5,000"].quantity, d["3,000"].quantity) == ("poland.arrived",
                                                                "hungary.arrived")


def test_measures_come_from_the_lexicon():
    d = drafts("Interior minister Aftab Khan Sherpao said 19,136 people died and 42,397 "
               "were injured in Pakistan. Stepanakert’s population was between 55,000 and "
               "75,000 before the invasion. Over 100,000 of the estimated 120,000 "
               "residents of Karabakh have fled.")
    assert d["19,136"].quantity == "pakistan.killed"
    assert d["42,397"].quantity == "pakistan.injured"
    assert d["between 55,000 and 75,000"].quantity == "stepanakert.population"
    assert d["Over 100,000"].quantity == "karabakh.departed"  # not the residents' noun
    assert d["estimated 120,000"].quantity == "karabakh.population"


def test_shares_events_and_objects():
    d = drafts("Nearly all of the residents of Karabakh have fled. The exodus followed a "
               "nine-month blockade. At least 600 homes were inundated in Greenville. "
               "The magnitude 7.6 quake struck Kashmir.")
    assert d["Nearly all"].quantity == "karabakh.departed / karabakh.population"
    assert d["nine-month"].quantity == "blockade.duration"
    assert d["At least 600"].quantity == "greenville.homes_flooded"
    assert d["7.6"].quantity == "earthquake.magnitude"


def test_registry_places_aliases_and_events_are_reused():
    context = Context(places={"artsakh": "karabakh", "karabakh": "karabakh"},
                      quantities=frozenset({"offensive.start"}))
    d = drafts("Over 100,000 people have fled from Artsakh. The invasion began three "
               "weeks ago.", context)
    assert d["Over 100,000"].quantity == "karabakh.departed"
    assert d["three weeks ago"].quantity == "offensive.start"


def test_a_number_no_rule_names_is_unnamed_and_unique():
    context = Context(quantities=frozenset({"unnamed_doc.m1"}), ids=frozenset({"doc-two"}))
    d = drafts("Two wars were fought. Three more were feared.", context)
    names = [d["Two"].quantity, d["Three"].quantity]
    assert all(n.startswith("unnamed_doc.m") for n in names)
    assert len(set(names)) == 2 and "unnamed_doc.m1" not in names
    assert d["Two"].id != "doc-two"  # an id the registry has is never reused


# ------------------------------------------------------------------------- metadata

def test_metadata_numbers_are_not_drafted():
    text = ("Published: 3 October 2023\n"
            "Feb. 7 (UPI) — At least 5,000 people died in the quake.\n"
            "A woman rests in a truck in Goris, on September 27, 2023. (AP Photo/V. K.)\n"
            "Wednesday 16 March 2016 12:10, UK\n")
    d = drafts(text)
    assert list(d) == ["At least 5,000"]


def test_a_dateline_with_its_date_is_not_drafted():
    text = ("KYIV, 3 March 2024 - More than 2,000 people fled the town on Sunday.\n"
            "YEREVAN, Oct. 3, 2023 — Some 100,417 people had crossed into Armenia.\n"
            "NEW YORK, March 3 -- At least 12 people died.\n")
    assert list(drafts(text)) == ["More than 2,000", "Some 100,417", "At least 12"]
    # a wire's dateline names the country after the place, before the date
    text = ("SLEMAN, Indonesia, Oct 27 (Reuters) - A volcano erupted on Wednesday in an "
            "eruption that has killed at least 28 people.\n")
    assert list(drafts(text)) == ["on Wednesday", "at least 28"]
    # ... and may put a comma between the date and the agency
    text = ("Islamabad, Oct. 8, (dpa/GNA) – The death toll has risen to 2,053, officials "
            "said on Sunday.\n")
    assert list(drafts(text)) == ["2,053"]
    # near miss: a place, a country and a bracket inside a sentence is no dateline
    text = ("Officials in Kerala, India (where 28 died) - said 40 people were rescued, "
            "and relief camps were opened across the state on Monday.\n")
    assert "28" in drafts(text)
    # place, date and agency each closed by a period; the quote starts after them
    d = drafts("TEHRAN. August 12. KAZINFORM Two quakes have killed 180 people in Iran.\n")
    assert list(d) == ["Two", "180"]
    assert d["180"].quote.startswith("Two quakes")
    # near miss: an agency in capitals needs the place and the date before it
    assert "August 12" in drafts("Rains fell. August 12. FLOODS hit Tehran.\n")
    # a sentence opening with a place and a date is no dateline without the dash
    assert list(drafts("Kyiv, 3 March 2024 - More than 2,000 people fled.")) == [
        "3 March 2024", "More than 2,000"]
    # an agency's "Lucknow, June 18" opening the first paragraph, with no dash
    d = drafts("UP govt orders probe\nLucknow, June 18 The government said 44 people died.\n")
    assert list(d) == ["44"]
    # near misses: the day as the subject of a sentence; a later paragraph's opening
    assert "June 18" in drafts("Heat wave\nParis, June 18 was the hottest day, when 40 died.\n")
    assert "June 18" in drafts("Heat wave\nOfficials met.\nLucknow, June 18 The toll is 4.\n")
    # a country in brackets and a colon after the day (was drafted, with UNRWA as by)
    d = drafts("Rafah exodus\nGaza [Palestine], May 12: Some 150,000 Gazans have fled from "
               "Rafah, UNRWA said.\n")
    assert list(d) == ["Some 150,000"]


def test_a_date_and_a_colon_opening_the_first_paragraph_is_a_dateline():
    d = drafts("Sri Lanka: families missing\nMay 18, 2016: Rescuers are looking for more "
               "than 200 families.\n")
    assert "May 18, 2016" not in d and "more than 200 families" in d
    # near miss: a later paragraph that opens with a date and a colon is the story's
    d = drafts("Sri Lanka: families missing\nRescuers looked.\nMay 17: the landslide struck "
               "Aranayake.\n")
    assert "May 17" in d
    # ... and where it was filed before the date: "Tehran, Iran, 29 Jan:" was drafted as
    # the quake's start beside the Saturday the body gives
    d = drafts("Quake in Iran kills 3\nTehran, Iran, 29 Jan: A 5.9-magnitude earthquake hit "
               "northwestern Iran overnight, killing at least three people.\n")
    assert "29 Jan" not in d and "at least three" in d


def test_no_numbers_no_drafts():
    assert drafts("Nothing here is counted.") == {}


# ------------------------------------------------------------------------ properties

FRAGMENTS = ["the government said", "according to the UN,", "he said", "as of Monday",
             "over 100,000 people", "fled from Karabakh", "to Armenia", "nearly all",
             "the 40-hour journey", "on Sunday", "residents of Stepanakert", "Sherpao",
             "were reported", "an estimated 5,000", "15 refugees", ",", "."]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=14))
def test_any_sentence_drafts_valid_names_and_unique_placeholders(words):
    text = " ".join(words)
    found = draft_claims(text, find_mentions(text, PUBLISHED), "doc", PUBLISHED)
    placeholders = [d.quantity for d in found if d.quantity.startswith("unnamed_")]
    assert len(placeholders) == len(set(placeholders))
    assert len({d.id for d in found}) == len(found)
    for draft in found:
        assert QUANTITY.fullmatch(draft.quantity), draft.quantity
        assert draft.as_of is None or re.fullmatch(r"\d{4}-\d\d-\d\d(T\d\d:\d\d)?", draft.as_of)
        assert draft.by is None or draft.by.strip() == draft.by != ""


def test_an_agencys_dateline_between_slashes_is_metadata():
    d = drafts("PETROZAVODSK, July 21. /TASS/. A state of emergency has been declared in "
               "Karelia, where 600 people were evacuated.\n")
    assert "July 21" not in d and "600" in d
    # near miss: slashes in the body are no agency
    assert "July 21" in drafts("The fires began on July 21 in Karelia. /TASS/ said 600 "
                               "fled.\n")


def test_a_dateline_whose_agency_ends_in_a_colon_is_metadata():
    d = drafts("DUSHANBE, Jan 3 (AFP): An earthquake in Tajikistan has left some 10,000 "
               "people without shelter.\n")
    assert "Jan 3" not in d and "some 10,000" in d
    # near miss: a body sentence with a body in brackets keeps its day
    d = drafts("The agency (UNHCR): on Jan 3 some 10,000 people fled Tajikistan.\n")
    assert "Jan 3" in d


def test_a_dateline_with_the_outlet_and_no_mark_is_metadata():
    # "BOSASSO, Somalia, Nov 13 The death toll" drafted Nov 13 as the cyclone's start,
    # against "made landfall on Saturday": a false disagreement of one story
    text = ("Cyclone hits Somalia\n\nBOSASSO, Somalia, Nov 13 The death toll from a "
            "cyclone that made landfall on Saturday has risen to 140.\n")
    d = drafts(text)
    assert "Nov 13" not in d and "on Saturday" in d
    d = drafts("Floods in Ghana\n\nAccra, Sept 28, Ghanadot - Reports said over 121,000 "
               "people remain in distress.\n")
    assert "Sept 28" not in d and "over 121,000" in d
    # near misses: a body sentence that opens with a place and a day keeps its day
    d = drafts("Cyclone hits Somalia\n\nIn Bosasso, Somalia, on Nov 13 The Red Crescent "
               "counted 140 dead.\n")
    assert "Nov 13" in d


def test_a_number_in_a_programmes_title_is_no_claim():
    # "according to a 24 Oras Weekend report" drafted 24 as the toll, against 23
    d = drafts("More than 20 people died in Region II, according to a 24 Oras Weekend "
               "report by Marisol Abdurahman.\n")
    assert "24" not in d and d["More than 20"].by == "Marisol Abdurahman"
    # near miss: a count before a capitalised word of the place is still a count
    d = drafts("A 7.0 Magnitude earthquake hit Chile, and 24 Red Cross volunteers came.\n")
    assert "24" in d


def test_a_dateline_with_the_whole_date_before_the_agency_is_metadata():
    # "ALMATY, 24 April 2007 (IRIN) - Mudslides ... have hit" drafted 24 April as the
    # landslide's start, against "The mudslide occurred on Sunday night"
    d = drafts("Mudslides in Kyrgyzstan\n\nALMATY, 24 April 2007 (IRIN) - Mudslides have hit "
               "southern Kyrgyzstan, flooding more than 300 homes.\n")
    assert "24 April 2007" not in d and "more than 300" in d
    assert "7 Aug 2006" not in drafts("Floods\n\nADDIS ABABA, 7 Aug 2006 (IRIN) - More "
                                      "than 190 people have died.\n")
    # ... and with the agency before the date and no dash
    d = drafts("One dead in quake\n\nSan Salvador (AFP) Oct 14, 2014 Aftershocks rattled "
               "Central America on Tuesday after a 7.3-magnitude earthquake.\n")
    assert "Oct 14, 2014" not in d and "on Tuesday" in d
    # near misses: a body sentence's day and agency-like brackets keep their dates
    d = drafts("Floods\n\nThe fund (CERF) Oct 14, 2014 allocation was $2 million. The "
               "rains of 24 April 2007 (the worst) - flooded 300 homes.\n")
    assert "24 April 2007" in d


def test_a_day_that_shares_its_month_is_written_with_it():
    # "September 15 and 16, 2025" wrote the second day as 2025-09-16, a value whose
    # numbers its quote does not hold (verify's quote-number error)
    d = drafts("Heavy rain fell on September 15 and 16, 2025, in Jalgaon. Rain on 5 and 6 "
               "July 2024 fell too.")
    assert d["16, 2025"].value == "16 September 2025"
    assert d["5"].value == "5 July 2024"
    assert d["September 15"].value == "September 15, 2025"
