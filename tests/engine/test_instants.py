"""Issue 14, kind 5: how `as_of` instants order (offsets, document timezones, a
date-only value at the end of its day), with the arithmetic of each case."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest

from factcheck.engine.instants import END_OF_DAY, day_number, order

OCT1 = dt.date(2023, 10, 1).toordinal()

TREND = """\
document:
  id: {doc}
  published: 2023-10-03
{zone}
quantities:
  town.departed: {{trend: non-decreasing}}
claims:
  - id: {doc}-first
    as_of: {first_when}
    quantity: town.departed
    value: {first} people
  - id: {doc}-second
    as_of: {second_when}
    quantity: town.departed
    value: {second} people
"""


def trend(first_when, first, second_when, second, zone="") -> str:
    return TREND.format(doc="d", zone=zone, first_when=first_when, first=first,
                        second_when=second_when, second=second)


def rules(run) -> list[str]:
    return sorted(f["rule"] for f in run.json()["findings"] if f["severity"] == "error")


def test_day_numbers_by_utc():
    # 09:00 at +04:00 is 05:00 UTC: 5/24 of the day gone.
    assert day_number(dt.datetime.fromisoformat("2023-10-01T09:00+04:00")) \
        == OCT1 + Fraction(5, 24)
    # 01:00 at +04:00 is 21:00 UTC the day before.
    assert day_number(dt.datetime.fromisoformat("2023-10-01T01:00+04:00")) \
        == OCT1 - 1 + Fraction(21, 24)
    # A naive date-time in Asia/Yerevan (UTC+4 in 2023): 09:00 there is 05:00 UTC.
    assert day_number(dt.datetime(2023, 10, 1, 9), "Asia/Yerevan") == OCT1 + Fraction(5, 24)
    # Without a timezone a naive date-time is read as written.
    assert day_number(dt.datetime(2023, 10, 1, 9)) == OCT1 + Fraction(9, 24)
    assert day_number(dt.date(2023, 10, 1)) == OCT1


def test_a_date_orders_at_the_end_of_its_day():
    date, evening = day_number(dt.date(2023, 10, 1)), OCT1 + Fraction(18, 24)
    assert order(evening) < order(date) < order(OCT1 + 1)  # next midnight after
    assert order(date) == OCT1 + 1 - Fraction(1, 172800)
    assert END_OF_DAY < 1
    last_second = OCT1 + Fraction(86399, 86400)  # 23:59:59
    assert order(last_second) < order(date)


@pytest.mark.parametrize("first_when, first, second_when, second, conflict", [
    # 09:00+04:00 is 05:00Z, before 06:00Z: 100 then 150, a rise (old: read 09:00
    # after 06:00, so 150 then 100, a fall reported).
    ("2023-10-01T09:00+04:00", 100, "2023-10-01T06:00+00:00", 150, False),
    # The same times, 150 then 100: a real fall (old: 06:00 first, a rise, passed).
    ("2023-10-01T09:00+04:00", 150, "2023-10-01T06:00+00:00", 100, True),
    # A date is the end of its day: 100 at 18:00Z, then 150 by the day's end.
    ("2023-10-01", 150, "2023-10-01T18:00+00:00", 100, False),
    # Near miss: 01:00Z the next day comes after the date: 150 then 100, a fall.
    ("2023-10-01", 150, "2023-10-02T01:00+00:00", 100, True),
])
def test_trends_order_by_utc(registry, cli, first_when, first, second_when, second,
                             conflict):
    registry({"a.yaml": trend(first_when, first, second_when, second)})
    run = cli("verify", "reg", "--format", "json")
    assert (rules(run) == ["trend"]) is conflict, run
    assert run.code == (1 if conflict else 0)


def test_naive_times_are_in_the_documents_timezone(registry, cli):
    # 09:00 in Yerevan is 05:00Z, before 06:00Z: 100 then 150, a rise.
    registry({"a.yaml": trend("2023-10-01T09:00", 100, "2023-10-01T06:00+00:00", 150,
                              zone="  timezone: Asia/Yerevan")})
    run = cli("verify", "reg", "--format", "json")
    assert rules(run) == [] and run.code == 0, run
    # Near miss: in Europe/London (UTC+1 in October) 09:00 is 08:00Z, after 06:00Z:
    # 150 at 06:00Z then 100 at 08:00Z, a fall.
    registry({"a.yaml": trend("2023-10-01T09:00", 100, "2023-10-01T06:00+00:00", 150,
                              zone="  timezone: Europe/London")})
    assert rules(cli("verify", "reg", "--format", "json")) == ["trend"]


def test_mixing_naive_and_aware_without_a_timezone_is_a_schema_error(registry, cli):
    registry({"a.yaml": trend("2023-10-01T09:00", 100, "2023-10-01T06:00+00:00", 150)})
    run = cli("verify", "reg", "--format", "json")
    [finding] = [f for f in run.json()["findings"] if f["rule"] == "schema"]
    assert finding["claims"] == ["d-first", "d-second"]
    assert "d-first" in finding["message"] and "d-second" in finding["message"]
    assert run.code == 1
    # Near miss: both naive, no timezone: ordered as written, no error.
    registry({"a.yaml": trend("2023-10-01T05:00", 100, "2023-10-01T06:00", 150)})
    assert cli("verify", "reg", "--format", "json").json()["findings"] == []


def test_an_unknown_timezone_is_a_schema_error(registry, cli):
    registry({"a.yaml": trend("2023-10-01", 100, "2023-10-02", 150,
                              zone="  timezone: Asia/Yerevn")})
    run = cli("verify", "reg", "--format", "json")
    [finding] = run.json()["findings"]
    assert finding["rule"] == "schema" and "Asia/Yerevn" in finding["message"]
    assert (finding["line"], finding["column"]) == (4, 13)
    assert run.code == 1
