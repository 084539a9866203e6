"""Quotation marks (extract/quotation_marks.py): British single marks open a quotation
whose words are its speaker's; an apostrophe never does."""

import datetime as dt

from factcheck.extract.quotation_marks import closing_at, opened_mark
from tests.extract.drafting_support import drafts_by_number


def test_single_marks_open_a_quotation_and_an_apostrophe_closes_none():
    assert opened_mark("‘For more than 24 hours, we have") == "‘"
    assert opened_mark("‘For more than 24 hours, we’ve") == "‘"  # (inside a word)
    # near misses: a closed quotation, scare quotes, a possessive plural
    assert opened_mark("‘We mobilised forces.’ Then") is None
    assert opened_mark("The ‘historic’ floods") is None
    assert opened_mark("He said it’s over") is None


def test_a_single_quotation_closes_after_its_punctuation():
    text = "‘Yesterday, 2,200 firefighters intervened.’ The rest"
    assert closing_at(text, 12, "‘") == text.index("’")
    assert closing_at("‘We’ve sent 20 boats\nNext", 5, "‘") is None  # (runs on)


def test_a_single_quoted_paragraph_is_its_speakers():
    # Nine O'Clock, Romania 2014: Oprea's quotation in single marks was the outlet's
    d = drafts_by_number("Interior Minister Gabriel Oprea said 185 localities got under water. "
                         "Oprea also drew up a report. ‘For more than 24 hours, we have "
                         "mobilised forces. Yesterday, 2,200 firefighters intervened.’",
                         dt.date(2014, 7, 31))
    assert d["2,200"].by == "Gabriel Oprea"
    # near miss: scare quotes are no quotation
    d = drafts_by_number("Minister Gabriel Oprea said 185 localities got under water. The "
                         "‘historic’ floods killed 12 people.", dt.date(2014, 7, 31))
    assert d["12"].by is None
