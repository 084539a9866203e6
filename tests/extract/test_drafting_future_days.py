"""A day said in a clause about the future is drafted in the quote's own words when
the quote keeps that clause: verify reads it forward beside its quote. Where the
quote would not show the future, "scheduled for" makes the value say it."""

from __future__ import annotations

import datetime as dt

from factcheck.grammar import parse_value
from factcheck.grammar.clauses import future_date_in
from tests.extract.drafting_support import drafts_by_number

# Wednesday 6 April 2011: the next Thursday is 7 April, the last Tuesday 5 April.
PUBLISHED = dt.date(2011, 4, 6)
TITLE = "Migrant boat sinks off Lampedusa\n"


def drafts(body: str) -> dict:
    return drafts_by_number(TITLE + body, PUBLISHED)


def read_as_verify_does(draft) -> dt.date:
    value = parse_value(draft.value, anchor=PUBLISHED)
    forward = parse_value(draft.value, anchor=PUBLISHED, future=True)
    if (forward.low, forward.high) != (value.low, value.high) \
            and future_date_in(draft.quote, forward, PUBLISHED):
        value = forward
    return dt.date.fromordinal(int(value.low))


def test_a_future_day_keeps_the_quotes_words_and_reads_forward():
    d = drafts("Those who had been rescued will be taken to the mainland on Thursday.")
    draft = d["on Thursday"]
    assert draft.value == "on Thursday"
    assert read_as_verify_does(draft) == dt.date(2011, 4, 7)


def test_near_miss_a_past_day_is_the_last_one():
    d = drafts("The survivors were taken to the island on Tuesday.")
    draft = d["on Tuesday"]
    assert draft.value == "on Tuesday"
    assert read_as_verify_does(draft) == dt.date(2011, 4, 5)
