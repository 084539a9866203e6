"""Whose count it is: a province told after "in the northern", a sub-place apart from
its country."""

from __future__ import annotations

from tests.extract.test_drafting_amounts import drafts


def test_a_province_after_in_the_and_a_direction_is_a_place():
    d = drafts("The death toll in Mozambique has reached 73, with 66 fatalities reported "
               "in the northern Cabo Delgado province, four in Nampula, and three in Niassa.")
    assert d["73"].quantity == "mozambique.killed"
    assert d["66"].quantity == "cabo_delgado.killed"
    assert d["four"].quantity == "nampula.killed"


def test_a_capitalised_name_after_the_and_a_direction_with_no_preposition_is_no_place():
    # "the northern Army" follows no preposition: an agent, no place
    d = drafts("In Peru, the northern Army Command said 40 people died.")
    assert d["40"].quantity == "peru.killed"
    # a preposition and "the" but no direction word: "the Red Cross" is not read as a place
    d = drafts("In Peru, according to the Red Cross, 40 people died.")
    assert d["40"].quantity == "peru.killed"
