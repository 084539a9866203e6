"""assemble.reading_once: each value text is read once per load, and once whatever
its document's date when its reading never asks for that date."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.findings import FactcheckError
from factcheck.grammar import parse_value
from factcheck.registry import assemble


class Counting:
    """parse_value, counting its calls."""

    def __init__(self):
        self.calls = 0

    def __call__(self, text, **options):
        self.calls += 1
        return parse_value(text, **options)


MONDAY, FRIDAY = dt.date(2023, 10, 2), dt.date(2023, 10, 6)


def test_a_plain_value_is_read_once_whatever_its_anchor():
    reader = Counting()
    with assemble.reading_once():
        first = assemble._remembered(reader, "over 1,000 people", MONDAY)
        second = assemble._remembered(reader, "over 1,000 people", FRIDAY)
    assert reader.calls == 1
    assert second is first
    assert (first.low, first.low_open) == (1000, True)


def test_a_relative_value_is_read_for_each_anchor():
    reader = Counting()
    with assemble.reading_once():
        monday = assemble._remembered(reader, "yesterday", MONDAY)
        friday = assemble._remembered(reader, "yesterday", FRIDAY)
        again = assemble._remembered(reader, "yesterday", FRIDAY)
    assert reader.calls == 2  # once per anchor, the second Friday from memory
    assert again is friday
    # yesterday of Monday 2 October is 1 October; of Friday 6 October, 5 October
    assert monday.low == dt.date(2023, 10, 1).toordinal()
    assert friday.low == dt.date(2023, 10, 5).toordinal()


def test_an_error_that_needs_no_anchor_is_raised_again_for_any_anchor():
    reader = Counting()
    with assemble.reading_once():
        for anchor in (MONDAY, FRIDAY):
            with pytest.raises(FactcheckError, match="blorps"):
                assemble._remembered(reader, "5 blorps", anchor)
    assert reader.calls == 1


def test_a_relative_value_with_no_anchor_then_one_is_read_twice():
    # with no date to count from the reading fails; with one it succeeds: the
    # failure must not stand for every anchor
    reader = Counting()
    with assemble.reading_once():
        with pytest.raises(FactcheckError, match="relative"):
            assemble._remembered(reader, "three weeks ago", None)
        read = assemble._remembered(reader, "three weeks ago", FRIDAY)
    assert reader.calls == 2
    # three weeks (21 days) before 6 October is 15 September; read as a span of
    # days around it (12 to 18 September), the bare number's day kept as exact
    assert read.exact.low == read.exact.high == dt.date(2023, 9, 15).toordinal()
    assert (read.low, read.high) == (dt.date(2023, 9, 12).toordinal(),
                                     dt.date(2023, 9, 18).toordinal())
