"""Rates as claim values: one unit per another, and an unknown unit in a rate is an
error that says so, never a plain number."""

from fractions import Fraction as F

import pytest

from factcheck import units
from factcheck.findings import FactcheckError
from factcheck.grammar import parse_value


@pytest.mark.parametrize("text, low, high, unit", [
    # 2,000: two significant digits, ± 50
    ("2,000 people a day", 1950, 2050, "person / day"),
    ("2,000 people per day", 1950, 2050, "person / day"),
    ("$11 million per month", 10_500_000, 11_500_000, "USD / month"),
    ("4.2 people per household", F("4.15"), F("4.25"), "person / household"),
    ("an average of 4.2 people per household", F("4.15"), F("4.25"),
     "person / household"),
])
def test_rates_read_with_their_unit(text, low, high, unit):
    iv = parse_value(text)
    assert (iv.low, iv.high, iv.unit) == (low, high, unit)


@pytest.mark.parametrize("text, word", [
    ("2,000 people a blorp", "blorp"),
    ("2,000 people per blorp", "blorp"),
    ("2,000 blorps a day", "blorps"),
])
def test_an_unknown_unit_in_a_rate_is_an_error(text, word):
    with pytest.raises(FactcheckError) as raised:
        parse_value(text)
    assert f"unknown unit {word!r} in the rate" in raised.value.message
    assert "people a day" in raised.value.hint


@pytest.mark.parametrize("text", ["2,000 a day", "40 per day"])
def test_a_rate_with_nothing_counted_says_what_to_write(text):
    with pytest.raises(FactcheckError) as raised:
        parse_value(text)
    assert "a rate names what it counts" in raised.value.hint


@pytest.mark.parametrize("written", ["person/day", "person per day", "person / day"])
def test_a_rate_unit_is_written_three_ways(written):
    unit = units.resolve(written)
    assert (unit.name, unit.dimension) == ("person / day",
                                          (("[population]", 1), ("[time]", -1)))


@pytest.mark.parametrize("written, part", [("person / blorp", "blorp"),
                                           ("blorp / day", "blorp")])
def test_an_unknown_part_of_a_rate_unit_names_the_rate(written, part):
    with pytest.raises(FactcheckError) as raised:
        units.resolve(written)
    assert raised.value.message == f"unknown unit {part!r} in the rate {written!r}"
    assert raised.value.rule == "unit" and "person / day" in raised.value.hint
