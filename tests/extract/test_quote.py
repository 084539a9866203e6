"""The quote of a drafted claim (extract/quote.py): a stretch of the text that finds
the number's own mention, not another sentence's."""

import datetime as dt

from factcheck.extract import find_mentions
from factcheck.extract.drafts import draft_claims

PUBLISHED = dt.date(2012, 1, 6)


def quotes(text: str) -> list[tuple[str, str]]:
    mentions = [m for m in find_mentions(text, PUBLISHED) if m.kind != "unparsed"]
    return [(d.value, d.quote) for d in draft_claims(text, mentions, "doc", PUBLISHED)]


def test_a_lead_printed_again_gets_a_quote_of_its_own():
    # FireRescue1 prints its lead twice, the second time longer: both "Nearly 50" drafts
    # had the quote "Nearly 50 wildfires have sprung up in southern Chile", and verify
    # warned of a claim repeated
    lead = "Nearly 50 wildfires have sprung up in southern Chile, destroying hundreds of houses"
    text = (f"{lead}, forcing thousands to evacuate.\n\nOfficials met on Monday.\n\n"
            f"{lead}, forcing the evacuations of thousands of people.")
    got = quotes(text)
    first, second = [q for v, q in got if v == "Nearly 50"]
    assert first != second and second in text and first in text
    assert "forcing the evacuations" in second
    # each quote of the second sentence is found in the text only there
    assert text.count(second) == 1


def test_near_miss_a_sentence_printed_twice_word_for_word_keeps_its_quote():
    sentence = "More than 1,200 people were forced to flee their towns in southern Chile."
    got = quotes(f"{sentence}\n\n{sentence}")
    assert [q for v, q in got if v == "More than 1,200 people"] == [sentence[:-1]] * 2
