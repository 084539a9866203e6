"""The day a statement was made (extract/speaker_days.py): "said on Monday" is the
statement's day, "said the volcano erupted on Tuesday" the eruption's."""

import datetime as dt

from factcheck.extract.speaker_days import statement_day, tells_an_act
from factcheck.extract.text import Span
from tests.extract.drafting_support import drafts_by_number

PUBLISHED = dt.date(2015, 7, 4)


def is_statement_day(text: str, day: str) -> bool:
    start = text.index(day)
    return statement_day(text, Span(0, len(text)), start, start + len(day))


def test_a_day_right_after_the_speech_verb_is_the_statements():
    assert is_statement_day("Police said on Tuesday that 20 people died.", "on Tuesday")
    assert is_statement_day("The agency told the Associated Press on Monday that 20 died.",
                            "on Monday")
    assert is_statement_day("Officials said in a statement released on Tuesday that 20 died.",
                            "on Tuesday")


def test_a_day_of_an_act_the_statement_tells_is_the_acts():
    # "Experts said the volcano erupted on Tuesday" lost its day as a statement's
    assert not is_statement_day("Experts said the volcano erupted on Tuesday.", "on Tuesday")
    assert not is_statement_day("Officials said the storm hit the town on Tuesday.",
                                "on Tuesday")
    assert tells_an_act(" the volcano erupted on ")
    assert not tells_an_act(" in a statement released on ")


def test_the_day_of_a_told_act_is_drafted_with_its_speaker():
    d = drafts_by_number("Experts said the volcano erupted on Tuesday.", PUBLISHED)
    assert d["on Tuesday"].quantity == "eruption.start"
    assert d["on Tuesday"].by == "Experts"
    # near miss: the day of the statement has no claim of its own
    d = drafts_by_number("Police said on Tuesday that 20 people died.", PUBLISHED)
    assert "on Tuesday" not in d and d["20"].by == "Police"
