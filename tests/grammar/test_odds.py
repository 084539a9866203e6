"""Shares told as a count of a group (grammar/odds.py): N/M ± the fraction margin
(0.05), as "a fifth" is. Hand-worked: one in five = 0.2 -> [0.15, 0.25]; nine out of
10 = 0.9 -> [0.85, 0.95]; 10 out of 14 = 0.7142... -> [0.6642..., 0.7642...]."""

from fractions import Fraction as F

import pytest

from factcheck.extract import find_mentions
from factcheck.findings import FactcheckError
from factcheck.grammar import parse_value


@pytest.mark.parametrize("text, low, high", [
    ("one in five", F(15, 100), F(25, 100)),
    ("1 in 4", F(20, 100), F(30, 100)),
    ("one in every five", F(15, 100), F(25, 100)),
    ("nine out of 10", F(85, 100), F(95, 100)),
    ("three out of four", F(70, 100), F(80, 100)),
    ("one out of every four", F(20, 100), F(30, 100)),
    ("10 out of 14", F(10, 14) - F(5, 100), F(10, 14) + F(5, 100)),  # a whole value
])
def test_a_count_of_a_group_is_a_share(text, low, high):
    value = parse_value(text)
    assert (value.low, value.high, value.kind, value.unit) == (low, high, "fraction", None)


def test_a_qualifier_applies_to_the_share():
    assert (parse_value("more than one in five").low,
            parse_value("more than one in five").low_open) == (F(1, 5), True)
    nearly = parse_value("nearly one in three")
    assert (nearly.low, nearly.high, nearly.high_open) == (F(3, 10), F(1, 3), True)


@pytest.mark.parametrize("text", [
    "3 in 2020",      # a year
    "5 in 10 days",   # a span of time
    "10 in 5",        # more than the whole
    "0 in 5",         # nothing of a group is no share told so
])
def test_near_misses_are_no_share(text):
    with pytest.raises(FactcheckError):
        parse_value(text)


def test_in_running_text_a_part_and_whole_the_text_counts_stay_two_numbers():
    text = ("Nine out of 10 families lost their cattle. In Kerala, 10 out of 14 "
            "districts were affected, and 1 in 68 children fell ill.\n")
    found = {m.text: m.kind for m in find_mentions(text, None)}
    assert found["Nine out of 10"] == "fraction"
    assert found["1 in 68"] == "fraction"
    assert found["10"] == "count" and found["14"] == "count"
