"""Dimensions: what an expression measures, and the units that do not mix."""

from __future__ import annotations

import pytest

from factcheck.expr import DATE, dimension_of, parse_comparison, parse_expression
from factcheck.findings import FactcheckError
from factcheck.units import DIMENSIONLESS, POPULATION, TIME

USD = (("[currency_USD]", 1),)
LENGTH = (("[length]", 1),)
RATE = (("[population]", 1), ("[time]", -1))
DIMS = {"karabakh.departed": POPULATION, "karabakh.remaining": POPULATION,
        "karabakh.population": POPULATION, "trip.duration": TIME,
        "blockade.months": TIME, "x.share": DIMENSIONLESS, "offensive.begun": DATE,
        "deal.price": USD, "road.length": LENGTH, "exodus.rate": RATE}


def dim(text: str):
    tree = parse_comparison(text) if any(c in text for c in "<>=") else parse_expression(text)
    return dimension_of(tree, DIMS)


def dim_error(text: str) -> FactcheckError:
    with pytest.raises(FactcheckError) as caught:
        dim(text)
    return caught.value


@pytest.mark.parametrize("text, expected", [
    ("karabakh.departed + karabakh.remaining", POPULATION),
    ("karabakh.departed / karabakh.population", DIMENSIONLESS),
    ("karabakh.departed / trip.duration", RATE),
    ("trip.duration * 2 - 3 hours", TIME),
    ("1,500 people", POPULATION),
    ("x.share * 100 percent", DIMENSIONLESS),
    ("karabakh.departed + karabakh.remaining <= karabakh.population", POPULATION),
    ("karabakh.departed >= 0", POPULATION),  # a bare 0 fits any dimension
    ("trip.duration - 0 > 0", TIME),
    ("trip.end - trip.start", TIME),
    ("trip.start + 40 hours", DATE),
    ("2 days + trip.start", DATE),
    ("trip.end - 3 days", DATE),
    ("offensive.begun", DATE),
    ("trip.end - trip.start <= trip.duration", TIME),
    ("trip.end >= offensive.begun + 1 day", DATE),
])
def test_dimensions(text, expected):
    assert dim(text) == expected


def test_adding_people_to_time_names_both_sides():
    error = dim_error("karabakh.departed + trip.duration")
    assert error.message == "cannot add people to time: `karabakh.departed + trip.duration`"
    assert error.offset == 18


@pytest.mark.parametrize("text, words, offset", [
    ("karabakh.departed - trip.duration", "cannot subtract time from people", 18),
    ("karabakh.departed <= trip.duration", "cannot compare people with time", 18),
    ("trip.start + trip.end", "cannot add two dates", 11),
    ("trip.start * 2", "cannot multiply a date", 11),
    ("trip.end / trip.start", "cannot divide a date", 9),
    ("-trip.start", "cannot be negated", 0),
    ("3 days - trip.start", "cannot subtract a date from a duration", 7),
    ("trip.start + 5 people", "cannot add people to a date", 11),
    ("trip.start <= trip.duration", "cannot compare a date with time", 11),
    ("x.unknown + 1", "nothing says what `x.unknown` measures", 0),
    ("karabakh.departed + 2 blorps", "unknown unit", 20),
])
def test_dimension_errors(text, words, offset):
    error = dim_error(text)
    assert words in error.message
    assert error.offset == offset
    assert error.hint


# ---------------------------------------------------------------- unitless numbers


@pytest.mark.parametrize("text, expected", [
    # beside a count of people, a unitless number counts people
    ("karabakh.departed <= 200000", POPULATION),
    ("karabakh.departed <= 200,000", POPULATION),
    ("200000 >= karabakh.departed", POPULATION),
    ("karabakh.departed + 1500 <= karabakh.population", POPULATION),
    ("1500 + karabakh.departed", POPULATION),
    ("karabakh.departed - 1500", POPULATION),
    ("karabakh.departed >= -5", POPULATION),
    ("karabakh.departed <= 2 * 100000", POPULATION),
    ("karabakh.departed <= 0 + 1500", POPULATION),
    ("karabakh.departed * 2 <= 200000", POPULATION),
    ("karabakh.departed + 1,500 people <= 200000", POPULATION),
    ("karabakh.population - karabakh.departed >= 1000 + 500", POPULATION),
    ("(karabakh.departed + 1500) / karabakh.population", DIMENSIONLESS),
    ("(karabakh.departed + 1500) / karabakh.population <= 0.5", DIMENSIONLESS),
    # beside a pure number, or alone, it stays a pure number
    ("1500", DIMENSIONLESS),
    ("1500 + 2 * 3", DIMENSIONLESS),
    ("x.share + 1", DIMENSIONLESS),
    ("x.share * 100 <= 50", DIMENSIONLESS),
    ("karabakh.departed / karabakh.population <= 0.5", DIMENSIONLESS),
    # a bare 0 still fits anything
    ("trip.duration >= 0", TIME),
    ("deal.price > 0", USD),
])
def test_unitless_numbers_that_fit(text, expected):
    assert dim(text) == expected


@pytest.mark.parametrize("text, words, offset, hint", [
    ("trip.duration <= 40", "cannot compare time with a pure number", 14, "`40 days`"),
    ("40 > trip.duration", "cannot compare a pure number with time", 3, "`40 days`"),
    ("trip.duration + 40", "cannot add time to a pure number", 14, "`40 days`"),
    ("blockade.months - 2 * 3", "cannot subtract a pure number from time", 16,
     "`(2 * 3) * 1 day`"),
    ("trip.duration <= -1", "cannot compare time with a pure number", 14, "`-1 days`"),
    ("trip.start + 5", "cannot add a pure number to a date", 11, "`5 days`"),
    ("trip.end - 5", "cannot subtract a pure number from a date", 9, "`5 days`"),
    ("trip.start <= 5", "cannot compare a date with a pure number", 11,
     "`x.start + 5 days`"),
    ("offensive.begun > 738000", "cannot compare a date with a pure number", 16,
     "a date compares only with a date"),
    ("deal.price <= 500", "cannot compare money in USD with a pure number", 11, "`500 USD`"),
    ("road.length + 12", "cannot add length to a pure number", 12, "`12 km`"),
    ("exodus.rate <= 100", "cannot compare people × time^-1 with a pure number", 12,
     "a unit that measures people × time^-1"),
    ("karabakh.departed + 1500 <= trip.duration", "cannot compare people with time", 25,
     "check the quantity names"),
    ("karabakh.departed / karabakh.population <= 1500 people",
     "cannot compare a pure number with people", 40, "check the quantity names"),
])
def test_unitless_numbers_beside_other_units_are_refused(text, words, offset, hint):
    error = dim_error(text)
    assert words in error.message
    assert error.offset == offset
    assert hint in error.hint
