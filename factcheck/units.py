"""Units through pint, with counts of people in their own `[population]` dimension.

Every unit resolves to a `Unit`: its pint name, its dimension (a sorted tuple of
(base dimension, exponent)) and the exact factor to the canonical unit of that
dimension. Time is canonical in days, so that dates (integer day numbers) and
durations subtract without rounding.

pint is imported, and its registry built, only the first time a unit outside the
cache is asked for: `data/units_cache.json` holds the resolutions of every unit name
the value grammar knows, generated from pint by `scripts/build_unit_cache.py` and
checked against pint by the tests. Start-up stays lean, pint stays the authority.
"""

from __future__ import annotations

import difflib
import re
import json
from dataclasses import dataclass
from fractions import Fraction
from functools import cache
from importlib import resources

from .findings import FactcheckError

Dimension = tuple[tuple[str, int], ...]
DIMENSIONLESS: Dimension = ()
POPULATION: Dimension = (("[population]", 1),)
# Households and families are counted apart from people: 500 families never silently
# equal 500 people; a relation converts them through a claimed household size.
HOUSEHOLD: Dimension = (("[household]", 1),)
COUNTS = (POPULATION, HOUSEHOLD)  # whole numbers, never below zero
TIME: Dimension = (("[time]", 1),)

CURRENCIES = ("USD", "EUR", "GBP", "JPY", "CNY", "RUB", "AMD", "AZN", "TRY", "CHF",
              "INR", "UAH", "CAD", "AUD", "NZD", "HKD", "SGD", "MYR", "IDR", "THB",
              "VND", "PHP", "KRW", "TWD", "PKR", "BDT", "LKR", "NPR", "AFN", "IRR",
              "IQD", "SAR", "AED", "QAR", "KWD", "ILS", "EGP", "NGN", "KES", "GHS",
              "ZAR", "ETB", "SDG", "BRL", "MXN", "ARS", "CLP", "COP", "PEN", "PLN",
              "CZK", "HUF", "SEK", "NOK", "DKK", "RON", "GEL", "KZT", "LAK", "MMK",
              "KHR", "GTQ", "HNL", "NIO", "BOB", "PYG", "SLL", "MGA",
              # (not codes that are English words: ALL, CUP, MAD, TOP, BAM)
              "TND", "DZD", "LYD", "JOD", "BHD", "OMR", "LBP", "SYP", "YER", "XOF",
              "XAF", "UGX", "TZS", "RWF", "MZN", "MWK", "ZMW", "SOS", "CDF", "BIF",
              "HTG", "DOP", "JMD", "TTD", "VES", "UYU", "KGS", "TJS", "UZS", "MNT",
              "BYN", "RSD", "MKD", "BGN", "MDL", "ISK")

# Our additions to pint's defaults. "ton" is the metric tonne (as news uses it);
# pint's "decade" is a logarithmic ratio, ours is ten years.
EXTRA_DEFINITIONS = [
    "person = [population] = _ = people = persons",
    "@alias person = resident = residents = refugee = refugees = civilian = civilians"
    " = inhabitant = inhabitants = individual = individuals = passenger = passengers"
    " = migrant = migrants = evacuee = evacuees",
    "household = [household] = _ = households",
    "@alias household = family = families",
    "@alias metric_ton = ton = tons",
    "decade_of_years = 10 * year = _ = decades",
    *[f"{code} = [currency_{code}]" for code in CURRENCIES],
]

_SECONDS_PER_DAY = 86400


@dataclass(frozen=True)
class Unit:
    name: str
    dimension: Dimension
    factor: Fraction  # multiply a magnitude in this unit to get the canonical unit
    # a scale whose zero is not the canonical one (°C, °F): canonical = (magnitude +
    # offset) × factor, so 46.6 °C and 115.88 °F are both 319.75 K. A difference of
    # two readings, a rate or a power of the unit uses the factor alone.
    offset: Fraction = Fraction(0)

    def to_canonical(self, magnitude: Fraction) -> Fraction:
        return (magnitude + self.offset) * self.factor

    def from_canonical(self, magnitude: Fraction) -> Fraction:
        return magnitude / self.factor - self.offset


# The scales with a zero of their own, exactly (pint's floats would round them).
_OFFSETS = {"degree_Celsius": (Fraction(1), Fraction(27315, 100)),
            "degree_Fahrenheit": (Fraction(5, 9), Fraction(45967, 100))}


def describe_dimension(dim: Dimension) -> str:
    if not dim:
        return "a pure number"
    names = {"[population]": "people", "[household]": "households", "[time]": "time",
             "[length]": "length",
             "[mass]": "mass"}
    parts = []
    for base, exp in dim:
        word = names.get(base, base.strip("[]").replace("currency_", "money in "))
        parts.append(word if exp == 1 else f"{word}^{exp}")
    return " × ".join(parts)


def multiply(a: Dimension, b: Dimension, sign: int = 1) -> Dimension:
    exps = dict(a)
    for base, exp in b:
        exps[base] = exps.get(base, 0) + sign * exp
    return tuple(sorted((k, v) for k, v in exps.items() if v))


@cache
def _cached() -> dict:
    path = resources.files("factcheck") / "data" / "units_cache.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}


def resolve(name: str) -> Unit:
    """The unit called `name` ("hours", "km", "refugees", "USD"); FactcheckError if none.

    A rate "A / B" ("USD / month", "person / day") and a power "A ** 2" ("meter ** 2")
    are their parts' dimensions and factors combined."""
    key = _RATE.sub(" / ", name.strip())  # "person/day", "person per day"
    if " / " in key:
        top, _, bottom = key.rpartition(" / ")
        a, b = _rate_part(top, key), _rate_part(bottom, key)
        return Unit(key, multiply(a.dimension, b.dimension, -1), a.factor / b.factor)
    base, power, exponent = key.partition(" ** ")
    if power and exponent.isdigit() and 1 < int(exponent) <= 3:
        unit = resolve(base)
        dimension = tuple((d, e * int(exponent)) for d, e in unit.dimension)
        return Unit(key, dimension, unit.factor ** int(exponent))
    entry = _cached().get(key)
    if entry is not None:
        return Unit(entry["name"], tuple(tuple(d) for d in entry["dimension"]),
                    Fraction(entry["factor"]), Fraction(entry.get("offset", 0)))
    return resolve_with_pint(key)


_RATE = re.compile(r"\s*/\s*|\s+per\s+")


def _rate_part(name: str, rate: str) -> Unit:
    """What a rate is per; an unknown one is an error naming the rate, never a
    plain number."""
    try:
        return resolve(name)
    except FactcheckError as error:
        raise FactcheckError(f"{error.message} in the rate {rate!r}", rule="unit",
                             hint=f"{error.hint}; a rate is written 'person / day', "
                                  "'USD / month', 'person / household'") from None


# A unit is one word or two ("metric ton"): anything else never reaches pint, whose
# parser evaluates expressions, recurses per word and slows down with length.
_UNIT_NAME = re.compile(r"[^\W\d][^\W\d]*(?: [^\W\d]+)?")
MAX_UNIT_LENGTH = 40


@cache
def resolve_with_pint(name: str) -> Unit:
    if len(name) > MAX_UNIT_LENGTH or not _UNIT_NAME.fullmatch(name):
        raise FactcheckError(f"unknown unit {name[:MAX_UNIT_LENGTH]!r}", rule="unit",
                             hint=_unit_hint(name[:MAX_UNIT_LENGTH]))
    ureg = registry()
    if _assembled(ureg, name):
        raise FactcheckError(f"unknown unit {name!r}", rule="unit", hint=_unit_hint(name))
    try:
        units = ureg.parse_units(name)
        if len(units._units) != 1:
            raise ValueError("a compound unit")
        quantity = ureg.Quantity(Fraction(1), units)
        dimension = tuple(sorted((str(k), int(v))
                                 for k, v in quantity.dimensionality.items()))
        factor = Fraction(quantity.to_base_units().magnitude)
    except Exception:  # pint raises many kinds of error on odd names: all mean "unknown"
        raise FactcheckError(f"unknown unit {name!r}", hint=_unit_hint(name),
                             rule="unit") from None
    if dimension == TIME:
        factor /= _SECONDS_PER_DAY
    if str(units) in _OFFSETS:
        factor, offset = _OFFSETS[str(units)]
        return Unit(str(units), dimension, factor, offset)
    return Unit(str(units), dimension, factor)


# The prefixes news puts on each unit ("km", "MW", "GB"). pint assembles any prefix
# with any unit, so that an ordinary plural reads as a unit nobody writes: "camps" is
# centi-amperes, "pm" pico-metres. A prefixed reading outside this table is no unit.
_PREFIXES = {
    "meter": "kilo centi milli micro nano", "gram": "kilo milli micro",
    "metric_ton": "kilo mega giga", "liter": "milli centi deci kilo mega",
    "watt": "kilo mega giga tera", "watt_hour": "kilo mega giga tera",
    "byte": "kilo mega giga tera peta", "bit": "kilo mega giga tera",
    "second": "milli micro nano", "hertz": "kilo mega giga", "joule": "kilo mega giga",
    "volt": "kilo milli", "ampere": "milli kilo", "ampere_hour": "milli",
    "pascal": "hecto kilo mega", "calorie": "kilo",
}


def _assembled(ureg, name: str) -> bool:
    """Every reading pint has of `name` puts a prefix on a unit news never prefixes so."""
    try:
        readings = ureg.parse_unit_name(name)
    except Exception:  # pint's odd errors on odd names: left to parse_units
        return False
    return bool(readings) and all(
        prefix and prefix not in _PREFIXES.get(unit, "").split()
        for prefix, unit, _ in readings)


def _unit_hint(name: str) -> str:
    close = difflib.get_close_matches(name, list(_cached()), n=1)
    if close:
        return f"did you mean {close[0]!r}?"
    return "write a unit pint knows (people, hours, days, months, km, percent, USD)"


@cache
def registry():
    """pint's registry with our definitions, built once, only when needed. Its
    arithmetic is exact: with floats a litre is 0.0010000000000000002 m³, so that
    '66 mm' of rain and '66 litres per square metre' could not both be true."""
    import pint

    ureg = pint.UnitRegistry(non_int_type=Fraction)
    for line in EXTRA_DEFINITIONS:
        ureg.define(line)
    return ureg
