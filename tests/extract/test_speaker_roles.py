"""Roles (extract/speaker_roles.py): a role that "of" governs stays inside its phrase;
a role after a body's name, "of" inside that name, gives way to the person."""

import datetime as dt

from factcheck.extract.speaker_names import clean, strip_role
from factcheck.extract.speaker_roles import role_of, role_word
from tests.extract.drafting_support import drafts_by_number


def stripped(phrase: str) -> str:
    return strip_role(clean(phrase))


def test_a_role_after_a_bodys_name_with_of_gives_the_person():
    # was the whole phrase (holdout529, five claims)
    assert stripped("Foundation of the Lausanne Population Exchange Secretary General "
                    "Esat Halil Ergelen") == "Esat Halil Ergelen"
    assert stripped("Ministry of Foreign Affairs spokesman Esat Halil Ergelen") == \
        "Esat Halil Ergelen"
    assert stripped("City of Cape Town Mayor Patricia De Lille") == "Patricia De Lille"


def test_a_role_that_of_governs_stays_in_its_phrase():
    for phrase in ("government of President Vladimir Putin",
                   "wife of the Prime Minister Boris Johnson",
                   "office of Tongan Prime Minister Siaosi Sovaleni",
                   "office of Yamalo-Nenets governor Dmitry Kobylkin"):
        assert stripped(phrase) == phrase
    # near miss: "for" is no "of": the spokesperson's name
    assert stripped("Spokesperson for the agency Ibrahim Farinloye") == "Ibrahim Farinloye"


def test_role_words_and_what_governs_them():
    assert role_word("Vice-President") and role_word("co-ordinator") and not role_word("Health")
    words = "government of President Vladimir Putin".split()
    assert role_of(words, 2)
    words = "Ministry of Health spokesman Ali Khan".split()
    assert not role_of(words, 3)


def test_the_governor_is_the_governor_named_not_the_last_person():
    # "The governor said" after President Rousseff's words was hers (UPI, Espirito Santo
    # 2013): the text named the governor, "Gov. Renato Casagrande"
    d = drafts_by_number(
        "President Dilma Rousseff flew over the area Tuesday and later met with Espirito "
        "Santo Gov. Renato Casagrande. She described the flooding as absurd. The governor "
        "said 20 people died. Another 30 were missing, he said.", dt.date(2013, 12, 25))
    assert d["20"].by == "Renato Casagrande"
    assert d["30"].by == "Renato Casagrande"
    # near miss: no governor named: the official is the person last named
    d = drafts_by_number('Mr. Boniface Ortese said the camp was full. "We have 200 people," '
                         'the official said.', dt.date(2013, 12, 25))
    assert d["200"].by == "Boniface Ortese"
