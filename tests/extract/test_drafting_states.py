"""States and districts as Indian copy names them: "UP" for Uttar Pradesh, "Dholapur
district in Rajasthan", "Hathras (UP)" in a dateline, a state's government that
speaks without being the story's place."""

from __future__ import annotations

import datetime as dt

from tests.extract.drafting_support import drafts_by_number

PUBLISHED = dt.date(2018, 5, 3)


def drafts(text: str) -> dict:
    return drafts_by_number(text, PUBLISHED)


STORM = ("Dust storm in India\nThe storm hit several districts of UP and Rajasthan. UP has "
         "recorded maximum casualties with the deaths of 64 people. At least 47 people were "
         "injured in the state. Rajasthan followed next with 33 deaths. Agra was the "
         "most-affected district in UP with 36 deaths. Dholapur district in Rajasthan "
         "reported at least 17 deaths.")


def test_up_is_uttar_pradesh_wherever_it_stands():
    d = drafts(STORM)
    assert d["64"].quantity == "uttar_pradesh.killed"  # not Rajasthan's, 64 against 33
    assert d["At least 47"].quantity == "uttar_pradesh.injured"
    assert d["33"].quantity == "rajasthan.killed"
    # near misses: "MP" also spells a member of parliament, "up" is a word
    d = drafts("Floods in India\nIn Bihar, the MP said 12 people died.")
    assert d["12"].quantity == "bihar.killed"
    d = drafts("Floods in India\nThe toll in Bihar went up again: 12 people died.")
    assert d["12"].quantity == "bihar.killed"


def test_a_district_in_a_state_is_the_count_s_place_not_the_state():
    d = drafts(STORM)
    assert d["36"].quantity == "agra.killed"  # "the most-affected district in UP"
    assert d["at least 17"].quantity == "dholapur.killed"  # not 17 against Rajasthan's 33
    # near miss: "the district" is no name
    d = drafts("Dust storm in India\nThe district in Rajasthan reported 17 deaths.")
    assert d["17"].quantity == "rajasthan.killed"


def test_a_state_named_only_as_its_government_is_not_the_story_s_place():
    text = ("UP govt orders probe into reports of 44 deaths\nThe Uttar Pradesh government "
            "has ordered a probe after 44 people, admitted to the district hospital in Ballia, "
            "died. A spokesman said the Uttar Pradesh government has launched a probe. In "
            "Ballia, doctors were transferred. Some 30 people were treated in hospital.")
    assert drafts(text)["Some 30"].quantity.startswith("ballia.")
    # near miss: a state named as a place is the story's place
    text = ("Heat in UP\nIn Uttar Pradesh, 44 people died. The Uttar Pradesh government "
            "ordered a probe. Some 30 people were treated in hospital.")
    assert drafts(text)["Some 30"].quantity.startswith("uttar_pradesh.")


def test_a_dateline_with_its_state_in_brackets_is_no_claim():
    d = drafts("Stampede at satsang\nHathras (UP), Jul 2 (PTI) A stampede here killed 116 "
               "people on Tuesday.\n")
    assert "Jul 2" not in d
    assert "116" in d
    # near miss: a later paragraph's opening is no dateline
    d = drafts("Stampede at satsang\nOfficials met.\nHathras (UP), Jul 2 (PTI) The toll is 4.\n")
    assert "Jul 2" in d


def test_a_name_with_a_district_after_it_is_a_place():
    # "Kurigram district has recorded": the kind after the name says it is a place
    d = drafts("Cold wave in Bangladesh\nKurigram district has recorded 32 cold-related "
               "deaths.")
    assert d["32"].quantity == "kurigram.killed"
    # near miss: the district's officials speak; the place is where they are
    d = drafts("Cold wave in Bangladesh\nIn Rangpur, district officials said 32 people died.")
    assert d["32"].quantity == "rangpur.killed"


def test_a_spanish_name_keeps_its_particle_and_its_month_word():
    d = drafts_by_number("Fires in Chile\nThe fire reached the city of Viña del Mar, where "
                         "at least 370 people are missing. In Mar del Plata, 30 people died. "
                         "Officials reported 43 deaths in Acapulco and five in Coyuca de "
                         "Benitez.", dt.date(2024, 2, 5))
    assert d["at least 370"].quantity == "vina_del_mar.missing"
    assert d["30"].quantity == "mar_del_plata.killed"
    assert d["five"].quantity == "coyuca_de_benitez.killed"
    # near miss: a name of one word that is a month's stays no place
    d = drafts_by_number("Fires in Chile\nIn Chile, 30 people died in Mar.",
                         dt.date(2024, 2, 5))
    assert d["30"].quantity == "chile.killed"
