"""quote-number for values without digits: the number words must be the quote's,
the unit word may differ (issue 14, a held-out verdict)."""

from __future__ import annotations

import pytest

from factcheck.checks.number_words import number_words, restated

QUOTE = "Officials said dozens of Azerbaijani soldiers were killed"


@pytest.mark.parametrize("value, head", [
    ("dozens of people", "dozens of"),
    ("a dozen people", "a dozen"),
    ("hundreds of them", "hundreds of"),
    ("nearly all", None),  # no unit noun to drop
    ("dozens", None),
    # a scale after "of" is the number's: drafted for "a couple of thousand tree crew
    # members", the value was an error (News On 6, Oklahoma 2007)
    ("a couple of thousand people", "a couple of thousand"),
    ("hundreds of thousands of people", "hundreds of thousands of"),
])
def test_number_words(value, head):
    assert number_words(value) == head


@pytest.mark.parametrize("value, quote, ok", [
    ("dozens of people", QUOTE, True),  # the held-out case: only the noun differs
    ("dozens of soldiers", QUOTE, True),
    ("a dozen people", "a dozen soldiers crossed", True),
    ("nearly all", "nearly all of the residents", True),
    ("dozens of people", "Storms injuring dozens, officials said", True),  # noun elided
    ("dozens of people", "the dozens", True),
    # "scheduled for" makes a day read forward: the value's own words, not the quote's
    ("scheduled for next week", "lessons would resume next week", True),
    ("scheduled for next week", "lessons resumed last week", False),
    ("a dozen people", "killed a dozen.", True),
    ("a couple of thousand people", "and a couple of thousand tree crew members", True),
    # near misses: the number differs, the words are not whole, or a scale follows
    ("hundreds of people", QUOTE, False),
    ("hundreds of people", "hundreds of thousands fled", False),
    ("a few people", "a few hundred people left", False),
    ("a dozen people", "a dozen thousand", False),
    ("dozens of people", "dozens of millions", False),
    ("all", "the fall of Artsakh", False),
    ("a dozen people", "a dozens soldiers", False),
    ("a couple of thousand people", "a couple of thousand million", False),
])
def test_restated(value, quote, ok):
    assert restated(value, quote) is ok


def test_the_check_accepts_another_unit_word(registry, cli):
    registry({"a.yaml": """\
        document:
          id: doc
          published: 2023-10-03
          text: q.txt
        claims:
          - id: c
            quote: "dozens of Azerbaijani soldiers"
            quantity: x.killed
            value: dozens of people
          - id: d
            quote: "dozens of Azerbaijani soldiers"
            quantity: x.wounded
            value: hundreds of people
        """, "q.txt": QUOTE + ".\n"})
    run = cli("verify", "reg", "--format", "json")
    [finding] = run.json()["findings"]
    assert (finding["rule"], finding["claims"]) == ("quote-number", ["d"])
