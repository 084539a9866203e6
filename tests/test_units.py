"""Units: people in their own dimension, time in days, the cache agreeing with pint."""

import json
import subprocess
import sys
from fractions import Fraction
from pathlib import Path

import pytest

from factcheck import units
from factcheck.units import HOUSEHOLD, POPULATION, resolve
from factcheck.findings import FactcheckError

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("word, name, dimension, factor", [
    ("people", "person", units.POPULATION, 1),
    ("refugees", "person", units.POPULATION, 1),
    ("hours", "hour", units.TIME, Fraction(1, 24)),        # 1 h = 1/24 day
    ("months", "month", units.TIME, Fraction(1461, 48)),   # 365.25 / 12 days
    ("years", "year", units.TIME, Fraction(1461, 4)),      # 365.25 days
    ("decades", "decade_of_years", units.TIME, Fraction(7305, 2)),  # ten years
    ("tonnes", "metric_ton", (("[mass]", 1),), 1000),      # the metric tonne
    ("ton", "metric_ton", (("[mass]", 1),), 1000),         # "ton" too (PRODUCT.md)
    ("percent", "percent", units.DIMENSIONLESS, Fraction(1, 100)),
    ("USD", "USD", (("[currency_USD]", 1),), 1),
])
def test_resolve(word, name, dimension, factor):
    unit = units.resolve(word)
    assert (unit.name, unit.dimension, unit.factor) == (name, dimension, Fraction(factor))


def test_people_never_share_a_dimension_with_time():
    assert units.resolve("people").dimension != units.resolve("hours").dimension


def test_unknown_unit_is_an_error_with_a_suggestion():
    with pytest.raises(FactcheckError) as caught:
        units.resolve("hourz")
    assert "hourz" in caught.value.message
    assert caught.value.hint


def test_cache_matches_pint():
    cached = json.loads((ROOT / "factcheck/data/units_cache.json").read_text())
    for word, entry in cached.items():
        unit = units.resolve_with_pint(word)
        expected = {"name": unit.name, "dimension": [list(d) for d in unit.dimension],
                    "factor": str(unit.factor)}
        if unit.offset:
            expected["offset"] = str(unit.offset)
        assert entry == expected, word


def test_cache_covers_the_phrase_table():
    result = subprocess.run([sys.executable, "scripts/build_unit_cache.py", "--check"],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


def test_multiply_dimensions():
    per_day = units.multiply(units.POPULATION, units.TIME, -1)
    assert per_day == (("[population]", 1), ("[time]", -1))
    assert units.multiply(per_day, units.TIME) == units.POPULATION


# ---------------------------------------------------------------- households

def test_households_are_a_dimension_of_their_own():
    family = resolve("families")
    assert (family.name, family.dimension, family.factor) == ("household", HOUSEHOLD, 1)
    assert resolve("households").dimension == HOUSEHOLD != POPULATION


@pytest.mark.parametrize("value, low, high", [
    ("500 families", 500, 500),          # a count: exact, as 500 people would be
    ("about 300 households", 270, 330),  # ± 10 %
    ("over 1,000 families", 1000, None),
])
def test_household_counts_read_as_counts(value, low, high):
    from factcheck.grammar import parse_value

    interval = parse_value(value)
    assert (interval.unit, interval.kind) == ("household", "count")
    assert (interval.low, interval.high) == (low, high)


HOUSEHOLDS = """\
document: {{id: d, published: 2023-10-03}}
claims:
  - id: families
    quantity: town.households
    value: 500 families
  - id: people
    quantity: town.departed
    value: 500 people
relations:
  - id: same
    holds: {holds}
"""


def test_households_never_silently_equal_people(tmp_path):
    from factcheck.verify import verify_paths

    (tmp_path / "a.yaml").write_text(HOUSEHOLDS.format(holds="town.departed == town.households"))
    (unit,) = [f for f in verify_paths([tmp_path]).findings if f.rule == "unit"]
    assert unit.severity == "error" and unit.claims == ("same",)
    assert "households" in unit.message and "people" in unit.message
    assert "household size" in unit.hint  # how to convert


def test_a_count_of_households_is_whole_and_not_negative(tmp_path):
    from factcheck.verify import verify_paths

    # 500 families and at most 499.5 households: no whole number of households fits
    (tmp_path / "a.yaml").write_text(HOUSEHOLDS.format(
        holds="town.households <= 499.5 households"))
    rules = {f.rule for f in verify_paths([tmp_path]).findings}
    assert "inconsistency" in rules and "unit" not in rules
    (tmp_path / "a.yaml").write_text(HOUSEHOLDS.format(
        holds="town.households <= 500 households"))  # the near miss agrees
    assert verify_paths([tmp_path]).errors == 0


# ---------------------------------------------------------------- rates

RATES = """\
document: {{id: d, published: 2023-10-03}}
claims:
  - id: flow
    quantity: town.daily
    value: {value}
"""


@pytest.mark.parametrize("value, rule", [
    ("'2,000 people a blorp'", "value"),                      # a phrase
    ("{low: 5, high: 6, unit: person / blorp}", "unit"),       # an explicit unit
    ("{low: 5, high: 6, unit: blorps/day}", "unit"),
])
def test_an_unknown_rate_unit_is_an_error_never_a_plain_number(tmp_path, value, rule):
    from factcheck.verify import verify_paths

    (tmp_path / "a.yaml").write_text(RATES.format(value=value))
    report = verify_paths([tmp_path])
    (finding,) = [f for f in report.findings if f.severity == "error"]
    assert finding.rule == rule and "in the rate" in finding.message
    assert [r for r in report.ranges if str(r.key) == "town.daily"] == []  # no number


def test_a_rate_unit_written_with_a_slash_is_read(tmp_path):
    from factcheck.verify import verify_paths

    (tmp_path / "a.yaml").write_text(RATES.format(value="{low: 5, high: 6, unit: person/day}"))
    assert verify_paths([tmp_path]).errors == 0


def test_a_temperature_scale_has_its_own_zero():
    # 46.6 °C = 319.75 K = 115.88 °F: (46.6 + 273.15) × 1 and (115.88 + 459.67) × 5/9
    celsius, fahrenheit = units.resolve("degree_Celsius"), units.resolve("degree_Fahrenheit")
    assert celsius.to_canonical(Fraction("46.6")) == Fraction("319.75")
    assert fahrenheit.to_canonical(Fraction("115.88")) == Fraction("319.75")
    assert fahrenheit.from_canonical(celsius.to_canonical(Fraction(100))) == 212
    assert fahrenheit.from_canonical(celsius.to_canonical(Fraction(-40))) == -40
    # a difference or a rate of degrees has no zero: the factor alone
    assert units.resolve("degree_Celsius / day").offset == 0
    assert units.resolve("kelvin").offset == 0



# ---------------------------------------------------------------- exact factors

@pytest.mark.parametrize("word, factor", [
    ("litres", Fraction(1, 1000)),               # 1 L = 1 dm³ = 1/1000 m³
    ("feet", Fraction(381, 1250)),               # 0.3048 m, by definition since 1959
    ("miles", Fraction(201168, 125)),            # 1609.344 m = 5280 × 0.3048
    ("pounds", Fraction(45359237, 10 ** 8)),     # 0.45359237 kg
    ("knots", Fraction(463, 900)),               # 1852 m per 3600 s
])
def test_a_defined_unit_has_its_exact_factor(word, factor):
    assert units.resolve(word).factor == factor
    assert units.resolve_with_pint(units.resolve(word).name).factor == factor


RAIN = """\
document: {{id: d, published: 2014-07-22}}
claims:
  - id: depth
    quantity: valley.rainfall
    value: 66 millimetres
  - id: volume
    quantity: valley.rainfall
    value: {value}
"""


@pytest.mark.parametrize("value, rules", [
    ("66 litres per square meter", set()),      # 66 L / m² = 0.066 m³ / m² = 66 mm exactly
    ("67 litres per square meter", {"rounding"}),  # 67 mm: only the rounded readings meet
    ("68 litres per square meter", {"inconsistency"}),  # [67.5, 68.5] misses [65.5, 66.5]
])
def test_a_depth_of_rain_equals_litres_per_square_metre_exactly(tmp_path, value, rules):
    from factcheck.verify import verify_paths

    (tmp_path / "a.yaml").write_text(RAIN.format(value=value))
    found = {f.rule for f in verify_paths([tmp_path]).findings}
    assert found & {"rounding", "inconsistency", "disagreement"} == rules
