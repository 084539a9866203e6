"""Linear forms: coefficients and constants in canonical units, ratios, refusals."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.expr import (
    BinOp, LinearForm, Name, Neg, Number, Ratio, linear_form, parse_expression,
)
from factcheck.findings import FactcheckError


def form(text: str):
    return linear_form(parse_expression(text))


def test_linear_form_by_hand():
    # 2a + 2b - a/4 = (7/4) a + 2 b
    assert form("2 * (x.a + x.b) - x.a / 4") == LinearForm(
        {"x.a": Fraction(7, 4), "x.b": Fraction(2)}, Fraction(0))


@pytest.mark.parametrize("text, coeffs, constant", [
    ("x.a", {"x.a": 1}, 0),
    ("x.a - x.a", {}, 0),
    ("-(x.a - 3 * x.b) / 2 + 1", {"x.a": Fraction(-1, 2), "x.b": Fraction(3, 2)}, 1),
    ("x.end - x.start + 36 hours", {"x.end": 1, "x.start": -1}, Fraction(3, 2)),
    ("1 week", {}, 7),  # time is canonical in days
    ("0.5 * (x.a + 1,500 people)", {"x.a": Fraction(1, 2)}, 750),
    ("x.a * 3 / 4 * 2", {"x.a": Fraction(3, 2)}, 0),
])
def test_linear_forms(text, coeffs, constant):
    result = form(text)
    assert result.coeffs == {k: Fraction(v) for k, v in coeffs.items()}
    assert result.constant == constant


def test_ratios():
    assert form("karabakh.departed / karabakh.population") == Ratio(
        LinearForm({"karabakh.departed": Fraction(1)}),
        LinearForm({"karabakh.population": Fraction(1)}))
    assert form("100 * (x.a + x.b) / (x.c - 10)") == Ratio(
        LinearForm({"x.a": Fraction(100), "x.b": Fraction(100)}),
        LinearForm({"x.c": Fraction(1)}, Fraction(-10)))
    assert form("-(x.a / x.b) / 2") == Ratio(
        LinearForm({"x.a": Fraction(-1, 2)}), LinearForm({"x.b": Fraction(1)}))


def test_a_temperature_in_a_relation_is_refused_as_ambiguous():
    # 50 degree_Celsius is 323.15 K as a reading and 50 K as a difference: no guess
    with pytest.raises(FactcheckError) as caught:
        form("x.max_temperature - 50 degree_Celsius")
    assert "ambiguous" in caught.value.message and "kelvin" in caught.value.hint
    # near miss: kelvin has no zero of its own, a constant in it is read
    assert form("x.t - 5 kelvin").constant == -5


def test_unit_factor_can_be_injected():
    assert linear_form(parse_expression("2 widgets"), lambda unit: Fraction(3)).constant == 6


@pytest.mark.parametrize("text, offset, words", [
    ("x.a * x.b", 4, "multiplies two quantities"),
    ("2 * (x.a + 1) * x.b", 14, "multiplies two quantities"),
    ("x.a / x.b + 1", 4, "divides by a quantity inside a sum"),
    ("1 - x.a / (x.b + x.c)", 8, "divides by a quantity inside a sum"),
    ("x.a / x.b / x.c", 10, "divides a ratio"),
    ("x.a / (x.b / x.c)", 4, "divides a ratio"),
    ("(x.a / x.b) * x.c", 12, "multiplies two quantities"),
    ("x.a / (2 - 2)", 4, "division by zero"),
])
def test_not_linear(text, offset, words):
    with pytest.raises(FactcheckError) as caught:
        form(text)
    assert words in caught.value.message
    assert caught.value.offset == offset
    assert caught.value.hint


# ---------------------------------------------------------------- properties

NAMES = st.sampled_from(["x.a", "x.b", "karabakh.departed", "trip.start", "s2.m_3"])
NUMBERS = st.builds(
    lambda digits, places, unit: Number(Fraction(digits, 10**places), unit),
    st.integers(0, 10**12), st.integers(0, 6),
    st.sampled_from([None, "day", "hours", "people", "km"]))
TREES = st.recursive(
    st.one_of(st.builds(Name, NAMES), NUMBERS),
    lambda inner: st.one_of(
        st.builds(Neg, inner),
        st.builds(BinOp, st.sampled_from("+-*/"), inner, inner)),
    max_leaves=25)


@settings(max_examples=200)
@given(TREES)
def test_linear_form_never_raises_anything_else(tree):
    try:
        linear_form(tree)
    except FactcheckError as error:
        assert "not linear" in error.message or "division by zero" in error.message
