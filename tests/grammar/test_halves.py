"""Halves written in words (grammar/halves.py): each reads as its decimal would."""

from fractions import Fraction as F

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.findings import FactcheckError
from factcheck.grammar import find_numbers, parse_value
from factcheck.grammar.numbers import number_to_words


def bounds(text):
    value = parse_value(text)
    return value.low, value.high, value.unit


@pytest.mark.parametrize("text, low, high, unit", [
    # "1.5 million" is 1,450,000 to 1,550,000: so is "one and a half million"
    ("one and a half million people", 1_450_000, 1_550_000, "person"),
    ("two and a half years", F(49, 20), F(51, 20), "year"),    # as "2.5 years"
    ("2 and a half hours", F(49, 20), F(51, 20), "hour"),
    ("a day and a half", F(29, 20), F(31, 20), "day"),          # as "1.5 days"
    ("three days and a half", F(69, 20), F(71, 20), "day"),
    ("half an hour", F(9, 20), F(11, 20), "hour"),              # as "0.5 hours"
    ("half a metre", F(9, 20), F(11, 20), "meter"),
    # an estimate is ± 10 % of the nominal value: 2.5 ± 0.25
    ("about two and a half hours", F(9, 4), F(11, 4), "hour"),
])
def test_a_half_in_words_reads_as_its_decimal(text, low, high, unit):
    assert bounds(text) == (low, high, unit)


def test_a_half_and_its_decimal_read_alike():
    for words, digits in (("one and a half million people", "1.5 million people"),
                          ("two and a half years", "2.5 years"),
                          ("half an hour", "0.5 hours")):
        assert bounds(words) == bounds(digits)


@pytest.mark.parametrize("text", ["a million and a half", "half a village"])
def test_near_misses_are_no_value_of_this_form(text):
    # a half after a scale, and half of a thing that is no unit, are left unread
    with pytest.raises(FactcheckError):
        parse_value(text)


def test_a_glued_half_stays_the_next_words():
    # near miss: "and a half-dozen were hurt" is a second count, not 20.5
    found = find_numbers("20 died and a half-dozen were hurt")
    assert [f.value for f in found][:1] == [20]
    assert all(f.value != F(41, 2) for f in found)


# (not 100, 200 ...: "one hundred and a half" ends in a scale, as "a million and a half")
@given(st.integers(min_value=1, max_value=999).filter(lambda n: n % 100))
def test_n_and_a_half_is_n_point_five(n):
    assert parse_value(f"{number_to_words(n)} and a half hours") \
        == parse_value(f"{n}.5 hours")
