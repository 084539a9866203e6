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


@pytest.mark.parametrize("text, low, high, unit", [
    # "hundreds" is [200, 1000) and "dozens" [24, 100): the rate keeps the vague ends
    ("hundreds of people a day", 200, 1000, "person / day"),
    ("Hundreds of people per day", 200, 1000, "person / day"),
    ("dozens of families a week", 24, 100, "household / week"),
    ("thousands of people every day", 2000, 10000, "person / day"),
    # a rate in one word after the unit: 150,000 ± 5,000 a year
    ("150,000 people annually", 145_000, 155_000, "person / year"),
    ("20 litres daily", F("19.5"), F("20.5"), "liter / day"),
    ("hundreds of people daily", 200, 1000, "person / day"),
])
def test_vague_counts_and_one_word_rates(text, low, high, unit):
    iv = parse_value(text)
    assert (iv.low, iv.high, iv.unit) == (low, high, unit)


@pytest.mark.parametrize("text, share", [
    # 2 / 10,000 = 0.0002; 3 / 1,000 = 0.003; 30 / 1,000 = 0.03; 5 / 100 = 0.05
    ("two people out of every 10,000", F(2, 10_000)),
    ("3 deaths for every 1,000 births", F(3, 1000)),
    ("3 deaths per 1,000 population", F(3, 1000)),
    ("30 per 1,000 live births", F(30, 1000)),
    ("5 people in every 100", F(5, 100)),
])
def test_a_count_out_of_every_n_is_a_share(text, share):
    iv = parse_value(text)
    assert (iv.low, iv.high, iv.unit) == (share, share, None)


def test_near_misses_a_verb_after_the_per_count_and_a_rate_per_household():
    # "die" is no noun of the 10,000: the value does not read it
    with pytest.raises(FactcheckError):
        parse_value("two people out of every 10,000 die")
    # no number after "per": a rate, not a share
    assert parse_value("4.2 people per household").unit == "person / household"
