"""Numbers in every printed form: the tokeniser's canonical spelling and its value,
worked by hand, with the near misses that must stay apart."""

from fractions import Fraction as F

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.findings import FactcheckError
from factcheck.grammar import parse_value
from factcheck.grammar.digits import ascii_digits, canonical, digits_value, is_slashed
from factcheck.grammar.tokens import tokenize


def numbers(text, mark="."):
    return [(t.text, t.kind) for t in tokenize(text, mark) if t.kind != "word"
            and t.kind != "sym"]


@pytest.mark.parametrize("text, canon, value, precision", [
    ("3.14159", "3.14159", F(314159, 100000), F(1, 200000)),
    ("0.025", "0.025", F(1, 40), F(1, 2000)),
    (".5", ".5", F(1, 2), F(1, 20)),
    ("100 000", "100,000", F(100000), F(1, 2)),
    ("100\u00a0000", "100,000", F(100000), F(1, 2)),      # no-break space
    ("1\u2009000\u2009000", "1,000,000", F(10 ** 6), F(1, 2)),  # thin spaces
    ("1'000'000", "1,000,000", F(10 ** 6), F(1, 2)),
    ("7,23,000", "7,23,000", F(723000), F(1, 2)),
    ("1.2e6", "1.2e6", F(1200000), F(50000)),
    ("1.2×10^6", "1.2e6", F(1200000), F(50000)),
    ("1.2 x 10^6", "1.2e6", F(1200000), F(50000)),
    ("10⁵", "1e5", F(100000), F(50000)),
    ("10^-3", "1e-3", F(1, 1000), F(1, 2000)),
    ("3½", "3½", F(7, 2), F(0)),
    ("½", "½", F(1, 2), F(0)),
    ("3/4", "3/4", F(3, 4), F(0)),
    ("2 1/2", "2 1/2", F(5, 2), F(0)),                    # a mixed number, one number
    ("2\u00a03/4", "2 3/4", F(11, 4), F(0)),
    ("2 ½", "2½", F(5, 2), F(0)),
])
def test_forms_read_to_their_value(text, canon, value, precision):
    [(piece, kind)] = numbers(text)
    assert (piece, kind) == (canon, "number")
    assert digits_value(piece) == (value, precision)


@pytest.mark.parametrize("text, digits", [
    ("٣٠٠", "300"), ("۳۰۰", "300"), ("३००", "300"), ("３００", "300"), ("٢٫٥", "2.5"),
])
def test_other_scripts_digits_keep_their_offsets(text, digits):
    assert ascii_digits(text) == digits
    [token] = tokenize(f"about {text} people")[1:2]
    assert (token.text, token.start, token.end) == (digits, 6, 6 + len(text))


@pytest.mark.parametrize("text", ["5/17/2018", "24/7", "9/11", "33/1", "2022/23", "5/2",
                                  "2 5/3"])
def test_slashed_digits_that_are_no_fraction_are_one_slashed_token(text):
    assert numbers(text) == [(text, "slashed")]
    assert is_slashed(text)


def test_signs_join_their_number_only_after_a_space():
    tokens = [t for t in tokenize("fell to −4 and rose +2.5") if t.kind == "number"]
    assert [(t.text, t.start) for t in tokens] == [("-4", 8), ("2.5", 20)]
    assert digits_value("+2.5") == (F(5, 2), F(1, 20))
    assert digits_value("-4") == (F(-4), F(1, 2))
    assert numbers("10-5") == [("10", "number"), ("5", "number")]  # a range, not -5


def test_a_sign_after_an_opening_bracket_is_a_minus():
    # "below -20° Celsius (-4° Fahrenheit)": the restated reading keeps its sign
    tokens = [t for t in tokenize("(-4° Fahrenheit) and [-5]") if t.kind == "number"]
    assert [t.text for t in tokens] == ["-4", "-5"]
    # near miss: a range inside brackets stays a range
    assert numbers("(10-5)") == [("10", "number"), ("5", "number")]


@pytest.mark.parametrize("text, expected", [
    ("100.000", [("100,000", "number")]),
    ("2,5", [("2.5", "number")]),
    ("1.234,56", [("1,234.56", "number")]),
    ("100 000,5", [("100,000.5", "number")]),
])
def test_a_decimal_comma_language_reads_dot_groups(text, expected):
    assert numbers(text, ",") == expected


def test_near_misses_of_grouping_stay_apart():
    # four digits cannot open a group; groups are exactly three digits
    assert numbers("in 2019 161 people") == [("2019", "number"), ("161", "number")]
    assert numbers("12 3456") == [("12", "number"), ("3456", "number")]
    # English: "100.000" is one hundred with three decimals, "2,5" two numbers
    assert digits_value(numbers("100.000")[0][0]) == (F(100), F(1, 2000))
    assert numbers("2,5") == [("2", "number"), ("5", "number")]


def test_canonical_swaps_marks_for_a_decimal_comma():
    assert canonical("1.234,5", ",") == "1,234.5"
    assert canonical("2,5", ",") == "2.5"


def test_absurd_numbers_are_refused():
    with pytest.raises(FactcheckError):
        digits_value("1" * 40)
    with pytest.raises(FactcheckError):
        digits_value("1e99")


@pytest.mark.parametrize("value, low, high, unit", [
    ("256GB", F(511, 2), F(513, 2), "gigabyte"),
    ("50mph", F(99, 2), F(101, 2), "mile / hour"),
    ("200 kmph", F(399, 2), F(401, 2), "kilometer / hour"),  # Indian reporting's spelling
    ("30°C", F(59, 2), F(61, 2), "degree_Celsius"),
    ("30ºC", F(59, 2), F(61, 2), "degree_Celsius"),  # the ordinal sign for the degree
    ("41C", F(81, 2), F(83, 2), "degree_Celsius"),
    ("100m²", F(199, 2), F(201, 2), "meter ** 2"),
    ("$14.95 a month", F(2989, 200), F(2991, 200), "USD / month"),
    ("RM79", F(79), F(79), "MYR"),
    ("AUD1.5m", F(1450000), F(1550000), "AUD"),
    ("$US5", F(5), F(5), "USD"),
    ("CHF 10", F(10), F(10), "CHF"),
    ("Rs 500", F(500), F(500), "INR"),
    ("₹500", F(500), F(500), "INR"),
    ("¥100", F(100), F(100), "JPY"),
    ("₽90", F(90), F(90), "RUB"),
    ("PHP 5.36 billion", F(5355000000), F(5365000000), "PHP"),  # ± half a 10 million
    ("5.36 billion Philippine pesos", F(5355000000), F(5365000000), "PHP"),
    ("2 million Mexican pesos", F(1950000), F(2050000), "MXN"),
    ("5 billion pesos", None, None, None),  # near miss: which country's pesos?
    ("53.5 million PHP", F(53450000), F(53550000), "PHP"),  # a code after, as before
    ("500 KES", F(500), F(500), "KES"),
    ("3,000 TND", F(2950), F(3050), "TND"),  # Tunisia's dinar by its code: 3,000 ± 50
    ("500 Tunisian dinars", F(500), F(500), "TND"),
    ("UGX 5 billion", F(4_950_000_000), F(5_050_000_000), "UGX"),
    # "about 900 kgs" of chlorine (NDTV, holdout668) was 900 Kyrgyz som: kilograms
    ("900 kgs", F(1799, 2), F(1801, 2), "kilogram"),
    ("500 som", F(500), F(500), "KGS"),  # near miss: the som is still Kyrgyzstan's
    ("500 dinars", None, None, None),  # near miss: which country's dinars?
    ("4.5 crore", F(44500000), F(45500000), None),
    ("2 lakh", F(195000), F(205000), None),  # 200,000: the zeros rule
    ("three dozen", F(36), F(36), None),
    ("a dozen", F(12), F(12), None),
    ("3 dollars 50 cents", F(699, 200), F(701, 200), "USD"),  # 3.50 ± half a cent
    ("3 dollars 150 cents", None, None, None),  # near miss: no subunit of 150
])
def test_units_currencies_and_scales(value, low, high, unit):
    if low is None:
        with pytest.raises(FactcheckError):
            parse_value(value)
        return
    interval = parse_value(value)
    assert (interval.low, interval.high, interval.unit) == (low, high, unit)


def test_up_to_a_measure_starts_at_zero_but_a_temperature_has_no_floor():
    assert (parse_value("up to 32GB").low, parse_value("up to 32GB").high) == (0, 32)
    assert (parse_value("up to 41C").low, parse_value("up to 41C").high) == (None, 41)


@pytest.mark.parametrize("value, low, high", [
    ("minus 5C", F(-11, 2), F(-9, 2)),                # -5 ± ½ degree
    ("minus 12 degrees Celsius", F(-25, 2), F(-23, 2)),
    ("negative 40 degrees Fahrenheit", F(-81, 2), F(-79, 2)),
    ("12 degrees Fahrenheit below zero", F(-25, 2), F(-23, 2)),
    ("-12°F", F(-25, 2), F(-23, 2)),                  # the same as the sign in digits
])
def test_a_temperatures_sign_in_words(value, low, high):
    interval = parse_value(value)
    assert (interval.low, interval.high) == (low, high)


def test_a_sign_word_before_no_temperature_is_no_sign():
    # near misses: "minus" before a count is no reading; "below zero" after a count
    # of people is no sign of theirs
    with pytest.raises(FactcheckError):
        parse_value("minus 5 people")
    with pytest.raises(FactcheckError):
        parse_value("12 people below zero")


@given(st.integers(min_value=0, max_value=10**6))
def test_minus_in_words_mirrors_the_reading_without_it(n):
    plain, signed = parse_value(f"{n}C"), parse_value(f"minus {n}C")
    assert (signed.low, signed.high) == (-plain.high, -plain.low)


def test_a_wires_temperature_may_stand_apart_from_its_letter():
    # "40.5 C in Louisville", "39 C." (AP style): the letter after a space, then no
    # capitalised word; the common misspelling "Celcius" is read as meant
    for text, low, high, unit in (("40.5 C", F(809, 20), F(811, 20), "degree_Celsius"),
                                  ("104 F", F(207, 2), F(209, 2), "degree_Fahrenheit"),
                                  ("38 degrees Celcius", F(75, 2), F(77, 2), "degree_Celsius"),
                                  # agency copy's singular: "43 degree C"
                                  ("43 degree C", F(85, 2), F(87, 2), "degree_Celsius"),
                                  # the older name, was refused after "degrees"
                                  ("minus 1.5 degrees Centigrade", F(-31, 20), F(-29, 20),
                                   "degree_Celsius"),
                                  # glued, "in" is the inch; the misspelt millimetre
                                  ("4.5in", F(89, 20), F(91, 20), "inch"),
                                  ("18 milimetres", F(35, 2), F(37, 2), "millimeter"),
                                  ("45 Farenheit", F(89, 2), F(91, 2), "degree_Fahrenheit")):
        interval = parse_value(text)
        assert (interval.low, interval.high, interval.unit) == (low, high, unit)
    # near misses: a name after the letter ("5 C Street"), a glued name ("5 C.K.")
    # ("5 in": apart, "in" is the preposition)
    for text in ("5 C Street", "5 C.K.", "5 in"):
        with pytest.raises(FactcheckError):
            parse_value(text)


def test_as_high_as_is_at_most():
    interval = parse_value("as high as 3 meters")
    assert (interval.low, interval.high) == (0, 3)


def test_as_low_or_as_few_as_is_at_least():
    interval = parse_value("as low as minus 26 degrees Fahrenheit")
    assert (interval.low, interval.high, interval.unit) == (-26, None, "degree_Fahrenheit")
    assert (parse_value("as few as 10 people").low, parse_value("as few as 10 people").high) \
        == (10, None)
    # near miss: a sign word with no scale still reads nothing (no guessed unit)
    with pytest.raises(FactcheckError):
        parse_value("as low as minus 26")


def test_a_glued_letter_the_table_does_not_know_is_no_unit():
    with pytest.raises(FactcheckError):
        parse_value("5G")
    with pytest.raises(FactcheckError):
        parse_value("5 G")  # "C", "F", "W", "g" count only glued, in their case


@pytest.mark.parametrize("value, low, high, low_open, high_open", [
    ("≥ 65", F(65), None, False, False),
    (">4,565", F(4565), None, True, False),
    ("greater than 20", F(20), None, True, False),
    ("smaller than 20", F(0), F(20), False, True),
    ("20 through 100", F(20), F(100), False, False),
    ("as much as 8", F(0), F(8), False, False),
])
def test_comparison_words_and_signs(value, low, high, low_open, high_open):
    interval = parse_value(value)
    assert (interval.low, interval.high, interval.low_open, interval.high_open) == (
        low, high, low_open, high_open)


def test_language_reads_dot_groups_and_unknown_language_is_an_error():
    assert parse_value("100.000", language="de").low == 95000
    assert parse_value("2,5 km", language="fr").low == F(245, 100)
    assert parse_value("100.000").low == F(199999, 2000)  # English: 100.000 ± 0.0005
    with pytest.raises(FactcheckError, match="unknown language 'xx'"):
        parse_value("5", language="xx")


@pytest.mark.parametrize("value", ["twenty-fifth", "one hundred and first", "twenty first"])
def test_ordinal_words_count_nothing(value):
    with pytest.raises(FactcheckError):
        parse_value(value)


def test_a_number_word_before_a_unit_is_still_read():
    assert parse_value("one second").unit == "second"  # near miss: not an ordinal
    assert parse_value("one hundred and five days").low == F(209, 2)


@pytest.mark.parametrize("text, low, high", [
    # a decimal comma before a scale word in English: 2.7 million, ± half a unit of
    # the last digit (0.05 million)
    ("some 2,7 million people", 2_700_000 - 270_000, 2_700_000 + 270_000),
    ("2,7 million", 2_650_000, 2_750_000),
    ("1,25 billion", 1_245_000_000, 1_255_000_000),
    # ... hyphenated to it, as South African papers print it: 2.22 and 3.42 billion
    ("2,22-million people", 2_215_000, 2_225_000),
    ("3,42-billion yuan", 3_415_000_000, 3_425_000_000),
    # near misses: three digits after the comma are a group, as ever
    ("1,500 million", 1_450_000_000, 1_550_000_000),
    ("3,456", 3456, 3456),
])
def test_a_decimal_comma_before_a_scale_word(text, low, high):
    value = parse_value(text)
    assert (value.low, value.high) == (low, high)


@pytest.mark.parametrize("text", ["2,7", "2,7 people", "12,5m", "2,7 millions", "2,7-people"])
def test_a_comma_and_two_digits_without_a_scale_word_is_no_decimal(text):
    # "12,5m" may be metres: no guess, a clear error
    with pytest.raises(FactcheckError):
        parse_value(text)


def test_a_sign_word_with_no_scale_says_to_give_the_scale():
    for text in ("minus 26", "as low as minus 26"):
        with pytest.raises(FactcheckError) as error:
            parse_value(text)
        assert "temperature's scale" in error.value.hint and "minus 26 °F" in error.value.hint
    # near miss: another unreadable value keeps the general hint
    with pytest.raises(FactcheckError) as error:
        parse_value("some 2,7")
    assert "scale" not in (error.value.hint or "")


def test_a_sign_after_the_number_or_zero_alone_says_to_give_the_scale():
    for text in ("12 below zero", "below zero"):
        with pytest.raises(FactcheckError) as error:
            parse_value(text)
        assert "temperature's scale" in error.value.hint
    # near miss: with its scale, read with its sign
    assert parse_value("12 degrees Fahrenheit below zero").exact.low == -12
