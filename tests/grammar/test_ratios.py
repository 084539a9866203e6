"""Change words as ratio values ("doubled", "rose by 40 percent"), each worked by
hand; and that free text still reads them only as the `change` of a number."""

from fractions import Fraction as F

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.findings import FactcheckError
from factcheck.grammar import Matcher, load_table, parse_value


def reading(text, table=None):
    iv = parse_value(text, table=table)
    assert iv.kind == "ratio" and iv.unit is None
    return (iv.low, iv.high, iv.low_open, iv.high_open)


def closed(low, high):
    return (F(low), F(high), False, False)


@pytest.mark.parametrize("text, expected", [
    ("doubled", closed("1.95", "2.05")),            # 2 ± 0.05
    ("tripled", closed("2.95", "3.05")),
    ("quadrupled", closed("3.95", "4.05")),
    ("twice as many", closed("1.95", "2.05")),
    ("halved", closed("0.45", "0.55")),             # lost 1/2 ± 0.05
    ("3 times", closed("2.95", "3.05")),            # as "tripled"
    ("three-fold", closed("2.95", "3.05")),         # "a three-fold increase"
    ("3-fold", closed("2.95", "3.05")),
    ("threefold", closed("2.95", "3.05")),
    ("tenfold", closed("9.95", "10.05")),
    ("2.5 times as many", closed("2.45", "2.55")),  # ± half its last digit
    ("1.25 times", closed("1.245", "1.255")),
    # 1 ± [39.5, 40.5] / 100
    ("rose by 40 percent", closed("1.395", "1.405")),
    ("grew 40%", closed("1.395", "1.405")),
    ("increased by 40 percent", closed("1.395", "1.405")),
    ("fell by 40 percent", closed("0.595", "0.605")),
    ("dropped by 40 percent", closed("0.595", "0.605")),
    ("declined by 40 percent", closed("0.595", "0.605")),
    ("a 40 % rise", closed("1.395", "1.405")),
    # a comparative after a percentage: 1 ± [49.5, 50.5] / 100
    ("50 percent more", closed("1.495", "1.505")),
    ("50% higher", closed("1.495", "1.505")),
    ("about 50 per cent more", closed("1.45", "1.55")),  # about 50: [45, 55] percent
    ("40 percent fewer", closed("0.595", "0.605")),
    ("30% less", closed("0.695", "0.705")),
    ("a 40 percent drop", closed("0.595", "0.605")),
    ("rose by 2.5%", closed("1.0245", "1.0255")),   # 2.5 ± 0.05 percent
    ("rose by 150 percent", closed("2.495", "2.505")),  # a ratio is never clamped to 1
])
def test_bare_change_words(text, expected):
    assert reading(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("more than doubled", (F(2), None, True, False)),         # (2, ∞)
    ("nearly doubled", (F("1.8"), F(2), False, True)),        # [0.9 × 2, 2)
    ("at least tripled", (F(3), None, False, False)),
    ("about doubled", closed("1.8", "2.2")),                  # ± max(0.05, 10 % of 2)
    ("exactly doubled", closed(2, 2)),
    # a fall: the qualifier is on the part lost
    ("more than halved", (F(0), F("0.5"), False, True)),      # lost (1/2, 1]: [0, 0.5)
    ("nearly halved", (F("0.5"), F("0.55"), True, False)),    # lost [0.45, 0.5)
    ("rose by more than 40 percent", (F("1.4"), None, True, False)),
    ("rose by nearly 40 percent", (F("1.36"), F("1.4"), False, True)),
    ("rose by up to 40 percent", closed(1, "1.4")),
    ("fell by more than 40 percent", (F(0), F("0.6"), False, True)),
    ("fell by nearly 40 percent", (F("0.6"), F("0.64"), True, False)),
])
def test_qualifiers_apply_as_everywhere(text, expected):
    assert reading(text) == expected


def test_digits_keep_their_exact_reading_for_the_rounding_check():
    iv = parse_value("rose by 40 percent")
    assert (iv.exact.low, iv.exact.high, iv.exact.kind) == (F("1.4"), F("1.4"), "ratio")
    assert parse_value("2.5 times").exact.low == F("2.5")
    # a word's ± 0.05 is what it means, not a rounding of some exact ratio
    assert parse_value("halved").exact is None and parse_value("3 times").exact is None


def test_a_fall_past_everything_stays_negative_for_the_value_check():
    # 1 − 120 % is below zero: kept, so that the claim is refused, not clamped
    assert reading("fell by 120 percent")[1] == F("-0.195")


def test_a_change_by_an_amount_says_how_to_write_a_difference():
    with pytest.raises(FactcheckError) as raised:
        parse_value("rose by 5,000 people")
    assert "change by an amount" in raised.value.message
    assert "x@2023-10-02 - x@2023-09-25" in raised.value.hint


@pytest.mark.parametrize("text, suggestion", [
    ("dubled", "doubled"), ("more than dubled", "more than doubled"),
    ("rose by 40 procent", "rose by 40 percent"), ("a 40% rice", "a 40% rise"),
])
def test_a_misspelled_change_gets_the_phrase_that_reads(text, suggestion):
    with pytest.raises(FactcheckError) as raised:
        parse_value(text)
    assert "unknown word" in raised.value.message
    assert repr(suggestion) in raised.value.hint


@pytest.mark.parametrize("text", ["a 40 % rise since Monday", "doubled in a week"])
def test_a_change_with_its_dates_in_the_value_says_where_they_go(text):
    with pytest.raises(FactcheckError) as raised:
        parse_value(text)
    assert "x@2023-10-02 / x@2023-09-25" in raised.value.hint


def test_fractions_and_percentages_are_unchanged():
    half = parse_value("half")
    assert (half.low, half.high, half.kind) == (F("0.45"), F("0.55"), "fraction")
    assert parse_value("more than half").high == 1  # still clamped to the whole
    assert parse_value("40 percent").kind == "percent"


def test_free_text_makes_no_mention_of_a_change_word():
    text = "Arrivals doubled in a week and rose by 40 percent."
    matcher = Matcher(text)
    assert matcher.match_at(text.index("doubled")) is None
    assert matcher.match_at(text.index("rose")) is None
    found = matcher.match_at(text.index("40"))
    assert found is not None and found[0].kind == "percent"  # the mention extract keeps


def test_a_users_table_adds_a_change_word():
    table = load_table({"ratios": {"words": {"sextupled": "6"}}})
    assert reading("sextupled", table) == closed("5.95", "6.05")
    assert reading("more than sextupled", table) == (F(6), None, True, False)


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1, max_value=99), st.sampled_from(["rose", "fell"]),
       st.sampled_from(["", "more than ", "nearly ", "about ", "at least "]))
def test_percent_changes_map_the_percent_interval(n, verb, qualifier):
    # the ratio is 1 ± p/100 for every p the percentage allows, ends swapped for a fall
    percent = parse_value(f"{qualifier}{n} percent")
    ratio = parse_value(f"{verb} by {qualifier}{n} percent")
    sign = 1 if verb == "rose" else -1
    for p in (percent.low, percent.high):
        if p is not None:
            assert ratio.contains(1 + sign * p / 100) == percent.contains(p)
    middle = F(n)
    if percent.contains(middle):
        assert ratio.contains(1 + sign * middle / 100)


@pytest.mark.parametrize("text", ["more than 50 percent", "50 percent", "less than 30%"])
def test_a_comparative_before_a_percentage_stays_its_qualifier(text):
    # near misses of "50 percent more": a share, never a change
    assert parse_value(text).kind != "ratio"
