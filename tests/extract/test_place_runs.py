"""A run of capitalised words that may name a place (extract/place_runs.py)."""

import datetime as dt

from factcheck.extract.place_runs import RUN, names_in
from tests.extract.drafting_support import drafts_by_number


def test_a_run_holds_its_names_joining_words_and_hyphens():
    for text in ("Democratic Republic of Congo", "Bay of Bengal", "Ras al-Ayn",
                 "St. Louis", "Guinea-Bissau", "Coyuca de Benitez", "Ciudad del Este",
                 "Santander de Quilichao", "Rio de Janeiro"):
        assert RUN.match(text).group() == text


def test_a_dash_between_words_or_before_a_number_ends_the_run():
    # "opened in Chicago--10 more than Sunday": an em dash typed as two hyphens
    assert RUN.match("Chicago--10 more than Sunday").group() == "Chicago"
    assert RUN.match("Lagos-2 blocks").group() == "Lagos"


def test_a_particle_joins_a_run_only_before_another_name():
    # near miss: "de" before a lowercase word ends the run
    assert RUN.match("Coyuca de la costa").group() == "Coyuca"


def test_a_lake_or_a_valley_of_the_joins_its_name():
    text = "cut off from the shore of Lake of the Woods in the Valley of the Kings"
    assert [m.group() for m in RUN.finditer(text)] == ["Lake of the Woods", "Valley of the Kings"]
    # near miss: "of the" after a word that heads no place's name ends the run
    assert [m.group() for m in RUN.finditer("the Mayor of the Town spoke")] == ["Mayor", "Town"]


def test_a_lowercase_article_opens_a_name_after_a_word_of_place():
    # "the key city of el-Fasher" was no run: its toll went to North Kordofan
    text = "The capture of the key city of el-Fasher, and the camp in al-Hol."
    assert [m.group() for m in RUN.finditer(text)] == ["The", "el-Fasher", "al-Hol"]
    # near miss: a lowercase article after any other word opens no run (after a
    # name it goes on with it, as before)
    text = "General al-Burhan met al-Shabab envoys."
    assert [m.group() for m in RUN.finditer(text)] == ["General al-Burhan", "Shabab"]


def test_a_country_then_a_name_before_a_speech_verb_are_two_names():
    # "South Sudan Anita Kiki Gbeho" was one place, of the 10,000 who crossed
    text = "the UN Humanitarian Coordinator in South Sudan Anita Kiki Gbeho said Tuesday"
    runs = [n for m in RUN.finditer(text) for n in names_in(m)]
    assert [name for _, _, name in runs][1:3] == ["South Sudan", "Anita Kiki Gbeho"]
    # near misses: a body's name after the country, and a run with no speech verb after
    # it, stay whole
    text = "the local aid group Sudan Doctors Network said"
    assert [name for m in RUN.finditer(text) for _, _, name in names_in(m)] == [
        "Sudan Doctors Network"]
    text = "at the Uganda Red Cross Society offices"
    assert [name for m in RUN.finditer(text) for _, _, name in names_in(m)] == [
        "Uganda Red Cross Society"]


def test_a_conjunction_opening_the_sentence_is_no_part_of_the_name():
    # "While Neustadt, a town of 10,000, was hit" was `while_neustadt` (holdout294)
    d = drafts_by_number("While Neustadt, a town of 10,000, was hit particularly hard, the "
                         "wave passed.", dt.date(1999, 5, 25))
    assert d["10,000"].quantity == "neustadt.population"


def test_a_preposition_opening_a_sentence_alone_is_no_place():
    # was "with.killed_forecast": "With" read as a place's name
    d = drafts_by_number("With officials warning of 300 deaths, the town emptied.",
                         dt.date(2024, 5, 1))
    assert not d["300"].quantity.startswith("with.")
    # near miss: the place after it is still a place
    d = drafts_by_number("With Haiti's capital overrun, 300 people fled.", dt.date(2024, 5, 1))
    assert d["300"].quantity.startswith("haiti.")
