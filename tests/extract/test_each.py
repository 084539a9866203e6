"""A number said of each of several places is each place's own count
(extract/each.py): drafted once per place, never as the places' joint count."""

import datetime as dt

from tests.extract.drafting_support import drafts_by_number
from factcheck.extract import find_mentions
from factcheck.extract.drafts import draft_claims

PUBLISHED = dt.date(2015, 5, 30)


def all_drafts(text: str) -> list:
    text = f"Heat wave kills hundreds\nPublished: {PUBLISHED}\n\n{text}"
    return draft_claims(text, find_mentions(text, PUBLISHED), "doc", PUBLISHED)


def test_five_each_in_two_places_is_five_in_each():
    drafts = all_drafts("Heat killed 20 people in Telangana. Five each died in Khammam and "
                        "Karimnagar, and four each in Adilabad and Warangal.")
    by_quantity = {d.quantity: d.value for d in drafts}
    assert by_quantity["khammam.killed"] == by_quantity["karimnagar.killed"] == "Five"
    assert by_quantity["adilabad.killed"] == by_quantity["warangal.killed"] == "four"
    assert not any("_and_" in d.quantity for d in drafts)  # never their sum's name
    assert len({d.id for d in drafts}) == len(drafts)  # each copy has its own id


def test_one_death_each_over_a_list_after_a_dash_or_from():
    drafts = all_drafts("Four other counties reported one death each — Medina, Milam, "
                        "Travis and Williamson.")
    assert {d.quantity for d in drafts if d.value == "one"} == {
        "medina.killed", "milam.killed", "travis.killed", "williamson.killed"}
    drafts = all_drafts("Two deaths were recorded, one each from Mangochi and Dowa.")
    assert {d.quantity for d in drafts if d.value == "one person"} == {
        "mangochi.killed", "dowa.killed"}


def test_near_misses_without_each_the_count_is_the_places_together():
    d = drafts_by_number("Five people died in Khammam and Karimnagar.", PUBLISHED)
    assert d["Five"].quantity == "khammam_and_karimnagar.killed"
    # a number no rule names stays one placeholder, not one per place
    drafts = all_drafts("Over 300 queued at the district hospital and 200 each at "
                        "Sadullahpur and Sunderganj hospitals.")
    assert len([d for d in drafts if d.value == "200"]) == 1
    # "each" with no list of places after it: one draft
    drafts = all_drafts("In Khammam, the families received 5,000 rupees each.")
    assert len([d for d in drafts if d.value.startswith("5,000")]) == 1


def test_places_that_each_report_a_count_before_it_are_each_places():
    drafts = all_drafts("Vietnam's death toll rose to 59. Quang Ngai and Vinh Long each "
                        "reported one death.")
    ones = [d for d in drafts if d.value.startswith("one")]
    assert sorted(d.quantity for d in ones) == ["quang_ngai.killed", "vinh_long.killed"]
    assert all(d.by is None for d in ones)  # the places report their own: no speaker
    drafts = all_drafts("Binh Dinh and Phu Yen provinces reported two deaths each.")
    assert sorted(d.quantity for d in drafts if d.value.startswith("two")) == [
        "binh_dinh.killed", "phu_yen.killed"]
    drafts = all_drafts("Burundi has over 100 cases, and Ivory Coast and Uganda have two "
                        "each.")
    assert sorted(d.quantity for d in drafts if d.value.startswith("two")) == [
        "ivory_coast.cases", "uganda.cases"]


def test_near_misses_bodies_or_places_without_each_are_no_list():
    # two agencies report: not places
    drafts = all_drafts("Save the Children and Oxfam each reported 3 deaths in Khammam.")
    assert not any(d.quantity.startswith(("save_", "oxfam")) for d in drafts)
    # no "each": the two places' count together, one draft
    drafts = all_drafts("Khammam and Karimnagar reported 12 deaths.")
    assert len([d for d in drafts if d.value.startswith("12")]) == 1


def test_places_that_follow_in_a_ranking_each_have_the_count_after_them():
    drafts = all_drafts("Heat has killed 48 people in Mexico. The state of Veracruz has the "
                        "highest number of deaths at 14, followed by Tabasco, San Luis Potosí "
                        "and Tamaulipas with eight each. Later, 3 died in Tabasco.")
    assert [d.quantity for d in drafts if d.value.startswith("14")] == ["veracruz.killed"]
    assert sorted(d.quantity for d in drafts if d.value.startswith("eight")) == [
        "san_luis_potosi.killed", "tabasco.killed", "tamaulipas.killed"]
    # near miss: with no "each", the places that follow share no copy of the count
    drafts = all_drafts("Veracruz has the most deaths at 14, followed by Tabasco and "
                        "Tamaulipas with eight.")
    assert len([d for d in drafts if d.value.startswith("eight")]) == 1


def test_the_copies_each_makes_keep_their_own_places():
    # "200 each in Sadullahpur and Sunderganj": the first copy took the second's name
    # (the story's only place read as a restatement of its own copy), and verify warned
    # of a claim repeated
    drafts = all_drafts("200 each died in Sadullahpur and Sunderganj.")
    assert sorted(d.quantity for d in drafts if d.value == "200") == [
        "sadullahpur.killed", "sunderganj.killed"]
