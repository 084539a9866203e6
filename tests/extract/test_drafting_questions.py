"""An explainer's question says what the answer's opening number counts: "How many
people have been displaced?", then "Around 673,000, according to government
estimates." Only a "how many / how much" question, only the number that opens the
answer."""

import datetime as dt

from tests.extract.drafting_support import drafts_by_number

PUBLISHED = dt.date(2013, 11, 14)
TITLE = "Typhoon Haiyan in the Philippines: what we know\n\n"


def drafts(body: str) -> dict:
    return drafts_by_number(TITLE + body, PUBLISHED)


def test_the_question_names_the_answers_measure():
    d = drafts("How many people have been displaced?\n\n"
               "Around 673,000, according to government estimates.\n")
    assert d["Around 673,000"].quantity == "philippines.displaced"


def test_near_misses_another_question_and_a_number_inside_the_answer():
    d = drafts("Why were so many people displaced?\n\n"
               "Around 673,000, according to government estimates.\n")
    assert d["Around 673,000"].quantity.startswith("unnamed_")
    d = drafts("How many people have been displaced?\n\n"
               "Officials gave several figures, among them 673,000.\n")
    assert d["673,000"].quantity.startswith("unnamed_")
