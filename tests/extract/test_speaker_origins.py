"""A person named with where they come from speaks, not the place (extract/
speaker_origins.py); near misses beside each case."""

import datetime as dt

from factcheck.extract.speaker_origins import person_from
from tests.extract.drafting_support import drafts_by_number


def by(text: str, number: str):
    return drafts_by_number(text, dt.date(2016, 12, 9))[number].by


def test_the_person_before_from_speaks_not_the_place_at_the_end():
    # DispatchLIVE (holdout644): "Zolile Qaza from the traditional council in Shushu
    # village in the Tamarha administrative area said" gave "Tamarha administrative area"
    assert by("Zolile Qaza from the traditional council in Shushu village in the Tamarha "
              "administrative area said in just one village, 27 cattle had died.", "27") \
        == "Zolile Qaza"
    # Viet Nam News (holdout644): a middle initial ("Giang A. Thinh") is part of the name
    assert by("Giang A. Thinh from Sa Pa District claimed he has lost two buffaloes.",
              "two") == "Giang A. Thinh"


def test_no_person_or_a_clause_after_from_is_no_origin():
    assert person_from("Officials from Sa Pa District".split()) == ""
    assert person_from("Maria Lopez from Cebu , where the mayor".split()) == ""
    assert person_from("Maria Lopez from Cebu City".split()) == "Maria Lopez"
    # near miss: a body's name before "from" is no person
    assert person_from("Provincial Disaster Office from Cebu".split()) == ""
