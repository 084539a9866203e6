"""Random text never crashes the extractor; every span is inside the text."""

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract import find_mentions
from factcheck.extract.drafts import draft_claims

PIECES = ["over", "between", "and", "to", "–", "-", "nearly", "all", "the entire",
          "hundreds", "of", "people", "on", "Monday", "September", "2023", "19", ",",
          "100,000", "7,23,000", "1.5", "million", "$", "€5m", "%", "ago", "weeks",
          "next", "will", "35-year-old", "nine-month", "a few", "half", ".", "“", "”",
          "No.", "COVID-19", "10:30", "Rs", "lakh", "\n", "some", "0", "9" * 40,
          "more than", "since", "the outbreak", "began", "quake", "struck", "killed"]
words = st.lists(st.sampled_from(PIECES), max_size=30).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.text(max_size=200), words),
       st.one_of(st.none(), st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31))))
def test_random_text_never_crashes_and_spans_are_in_the_text(text, published):
    mentions = find_mentions(text, published)
    previous = -1
    for mention in mentions:
        assert 0 <= mention.start < mention.end <= len(text)
        assert mention.text == text[mention.start:mention.end]
        assert mention.start >= previous
        previous = mention.start
        mention.to_json()
    draft_claims(text, mentions, "doc", published)


def test_an_event_that_began_at_an_open_date_is_drafted():
    # regression: "began more than three weeks ago" is a date with no lower bound; the
    # event's year was read from that bound and crashed the whole article
    text = ("As of Nov. 12, there had been 917 deaths since the outbreak began more than "
            "three weeks ago in Haiti.")
    published = dt.date(2010, 11, 13)
    drafts = draft_claims(text, find_mentions(text, published), "doc", published)
    assert [d.quantity for d in drafts if "weeks" in d.quote][-1] == "outbreak.start"
