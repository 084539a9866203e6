"""A weekday or a day with no year in a value is the first such day on or after the
anchor when the claim's quote says it in a clause about the future ("will be taken
... on Thursday"), as in an article; else the last one on or before it."""

from __future__ import annotations

import datetime as dt

from factcheck.verify import verify_paths

# Published Wednesday 6 April 2011: the Thursday before is 31 March, the next 7 April.
REGISTRY = """\
document:
  id: lampedusa
  published: 2011-04-06
claims:
  - id: announced
    quote: "officials announced on Wednesday"
    quantity: announcement.start
    value: on Wednesday
  - id: transfer
    quote: "{quote}"
    quantity: transfer.start
    value: {value}
  - id: wait
    quote: "a wait of one day"
    quantity: wait.duration
    value: one day
relations:
  - id: waited
    holds: wait.duration == transfer.start - announcement.start
"""


def verify(registry, quote: str, value: str = "on Thursday"):
    root = registry({"reg.yaml": REGISTRY.format(quote=quote, value=value)})
    report = verify_paths([root])
    (claim,) = [c for c in report.registry.claims if c.id == "transfer"]
    day = dt.date.fromordinal(int(claim.interval.low))
    errors = sorted(f.rule for f in report.findings if f.severity == "error")
    return day, errors


def test_a_day_said_in_a_clause_about_the_future_is_the_next_one(registry):
    # 7 April - 6 April = 1 day: the wait agrees
    day, errors = verify(registry, "those who had been rescued will be taken to the "
                                   "mainland on Thursday")
    assert day == dt.date(2011, 4, 7)
    assert errors == []


def test_near_miss_a_day_said_in_the_past_is_the_last_one(registry):
    # 31 March - 6 April = -6 days, not one: the three conflict
    day, errors = verify(registry, "the survivors were taken to the mainland on Thursday")
    assert day == dt.date(2011, 3, 31)
    assert errors == ["inconsistency"]


def test_near_miss_the_future_of_another_clause(registry):
    day, _ = verify(registry, "officials said on Thursday that they will move the survivors")
    assert day == dt.date(2011, 3, 31)


def test_a_value_that_says_its_own_future_is_read_as_it_says(registry):
    day, errors = verify(registry, "the transfer is scheduled for Thursday",
                         value="scheduled for Thursday")
    assert (day, errors) == (dt.date(2011, 4, 7), [])
