"""Reading numbers: digits, groupings, words, precision, guards, and finding them in text."""

from fractions import Fraction as F

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.findings import FactcheckError
from factcheck.grammar import find_numbers, parse_value
from factcheck.grammar.numbers import (bare_precision, digits_value, number_to_words,
                                       zeros_precision)


def only_number(text):
    found = find_numbers(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text, value, precision", [
    ("15", 15, F(1, 2)),
    ("723,000", 723000, F(1, 2)),           # Western grouping
    ("7,23,000", 723000, F(1, 2)),          # South Asian grouping: 7 lakh 23 thousand
    ("12,34,56,789", 123456789, F(1, 2)),   # 12 crore 34 lakh 56 thousand 789
    ("2.5", F(5, 2), F(1, 20)),             # half of the last digit, 0.1 / 2
    ("1,234.5", F(2469, 2), F(1, 20)),
    ("-5", -5, F(1, 2)),
])
def test_digits(text, value, precision):
    found = only_number(text)
    assert (found.value, found.precision, found.text) == (F(value), precision, text)


@pytest.mark.parametrize("text, value", [
    ("nine", 9), ("forty", 40), ("forty-two", 42), ("forty two", 42),
    ("one hundred twenty thousand", 120000),
    ("one hundred and twenty thousand", 120000),
    ("a hundred", 100), ("a thousand", 1000), ("twelve hundred", 1200),
    ("two dozen", 24),                       # dozen is a scale of 12
    ("a dozen", 12),
    ("1.5 million", 1500000), ("120 thousand", 120000), ("7 lakh", 700000),
    ("2 crore", 20000000),
    ("half a million", 500000), ("a quarter of a million", 250000),
    ("a half-million", 500000), ("a quarter-million", 250000),  # hyphened to the scale
    ("three million four hundred thousand", 3400000),
    ("zero", 0),
])
def test_words_and_scales(text, value):
    found = only_number(text)
    assert found.value == value and found.text == text


def test_written_precision_scales_with_the_scale_word():
    # "1.5 million": last digit written is the 5 of 1.5 -> 0.1 million / 2 = 50,000
    assert only_number("1.5 million").precision == 50000


@pytest.mark.parametrize("text, values", [
    ("over 100,000 of the estimated 120,000 residents", [100000, 120000]),
    ("a nine-month blockade", [9]),
    ("a 35-year-old woman", [35]),
    ("200+ people", [200]),
    ("between 55,000 and 75,000", [55000, 75000]),
    ("55,000-75,000", [55000, 75000]),
    ("between one hundred and two hundred", [100, 200]),  # "and" joins two numbers
    ("more than half of them, two-thirds", [F(1, 2), F(2, 3)]),
    ("€5m in aid", [5000000]),              # money suffix after a currency symbol
    ("BGN 250 M for roads", [250000000]),    # the same suffix set apart
    ("a 150 m wall", [150]),                 # near miss: with no currency, the metre
    ("in 2012, 2013", [2012, 2013]),
    ("counted on one hand", [1]),
    ("a week", []),                          # "a" is one only before a scale word
    ("the 5,6 and 7", [5, 6, 7]),            # "5,6" is no grouping
])
def test_find_numbers_in_text(text, values):
    assert [m.value for m in find_numbers(text)] == [F(v) for v in values]


def test_find_numbers_spans_point_into_the_text():
    text = "carrying 15 refugees across, forty-two hours later"
    for match in find_numbers(text):
        assert text[match.start:match.end] == match.text
    assert [m.text for m in find_numbers(text)] == ["15", "forty-two"]


@pytest.mark.parametrize("value, precision", [
    (120000, 5000),   # last nonzero digit 2 at the 10,000s: ± 10,000 / 2
    (100000, 5000),   # one significant digit: kept to two, the 10,000s
    (55000, 500),     # last nonzero digit at the 1,000s
    (1500000, 50000),
    (500000, 5000),   # half a million: two significant digits
    (1000, 50),
    (97000000, 500000),
    (2100, 0), (100417, 0), (15, 0), (170, 0), (794, 0), (0, 0),
])
def test_zeros_rule(value, precision):
    assert zeros_precision(F(value)) == precision


@pytest.mark.parametrize("value, written, kind, expected", [
    (120000, F(1, 2), "count", 5000),
    (248, F(1, 2), "money", 0),             # any other sum of money is exact
    (9, F(1, 2), "duration", F(1, 2)),      # nine months -> [8.5, 9.5]
    (40, F(1, 2), "duration", F(1, 2)),
    (F(5, 2), F(1, 20), "other", F(1, 20)),  # 2.5 km -> [2.45, 2.55]
    (83, F(1, 2), "percent", F(1, 2)),
    (F(5, 2), F(1, 20), "count", F(1, 20)),  # an odd decimal count
])
def test_bare_precision_by_kind(value, written, kind, expected):
    assert bare_precision(F(value), written, kind) == expected


@pytest.mark.parametrize("text", [
    "1" * 400,                 # 400 digits
    "1e400", "nan", "inf", "NaN", "Infinity",
    "a million million million million million",
    "0." + "1" * 40,
])
def test_absurd_numbers_are_refused(text):
    with pytest.raises(FactcheckError):
        parse_value(text)


def test_find_numbers_skips_absurdly_long_numbers():
    assert [m.value for m in find_numbers("1" * 400 + " and 15")] == [15]


def test_digits_value_is_exact():
    assert digits_value("0.1") == (F(1, 10), F(1, 20))


def indian_grouping(n: int) -> str:
    digits = str(n)
    if len(digits) <= 3:
        return digits
    head, tail = digits[:-3], digits[-3:]
    groups = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    return ",".join([head, *groups, tail])


@settings(max_examples=60, deadline=1000)
@given(st.integers(min_value=0, max_value=10 ** 14))
def test_round_trip_through_digits(n):
    for text in (str(n), f"{n:,}", indian_grouping(n)):
        assert only_number(text).value == n


@settings(max_examples=60, deadline=1000)
@given(st.integers(min_value=0, max_value=10 ** 14))
def test_round_trip_through_words(n):
    words = number_to_words(n)
    assert only_number(words).value == n


@settings(max_examples=40, deadline=1000)
@given(st.integers(min_value=0, max_value=10 ** 9), st.integers(min_value=1, max_value=6))
def test_round_trip_through_decimals(numerator, places):
    value = F(numerator, 10 ** places)
    text = f"{numerator // 10 ** places}.{numerator % 10 ** places:0{places}d}"
    found = only_number(text)
    assert found.value == value and found.precision == F(1, 2 * 10 ** places)


@settings(max_examples=100, deadline=1000)
@given(st.text(max_size=60))
def test_find_numbers_never_crashes(text):
    for match in find_numbers(text):
        assert text[match.start:match.end] == match.text
