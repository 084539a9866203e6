"""Where people are put up (extract/shelters.py): the displaced or evacuated who stay
in shelters are the sheltered, a part of them."""

import datetime as dt

from tests.extract.drafting_support import drafts_by_number


def drafts(text: str) -> dict:
    return drafts_by_number(text, dt.date(2017, 12, 5))


def test_the_displaced_staying_in_shelters_are_the_sheltered():
    # Jakarta Post, 2017: "28,190 displaced people currently staying in shelters" was
    # java.displaced, and verify set it against "forced thousands to flee"
    d = drafts("Cyclone Cempaka hit Java and forced thousands to flee their homes. There are "
               "28,190 displaced people currently staying in shelters.")
    assert d["28,190"].quantity == "java.sheltered"
    # near misses: the displaced who went home, and evacuees staying with relatives
    d = drafts("Floods hit Java. 28,190 displaced people returned home.")
    assert d["28,190"].quantity == "java.displaced"
    d = drafts("Floods hit Java. 500 evacuees are staying with relatives.")
    assert d["500"].quantity != "java.sheltered"
