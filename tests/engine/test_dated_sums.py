"""A sum of counts told as of two days (engine/build.py, dated_quantities): "34,000
had fled Mokha and Dhubab" by 10 February and "more than 48,000" by 2 March are two
days of one growing count, not one value told two ways. Before, only a claim made
directly on a quantity dated it, so the two sums were set equal and verify called
the article self-contradictory (an error on real reporting, The New Indian Express)."""

from __future__ import annotations

from engine_helpers import consistency_findings, run

_TWO_DAYS = """\
document:
  id: mokha
  published: 2017-03-03
claims:
  - id: feb
    quantity: mokha.departed + dhubab.departed
    value: 34,000 people
    as_of: {first}
  - id: mar
    quantity: mokha.departed + dhubab.departed
    value: more than 48,000 people
    as_of: 2017-03-02
"""


def test_a_sum_told_as_of_two_days_may_grow(tmp_path):
    # 34,000 on 10 Feb and over 48,000 on 2 Mar: each day's parts add up to its own
    # value, [33,500, 34,500] and at least 48,001 people
    assert consistency_findings(run(tmp_path, _TWO_DAYS.format(first="2017-02-10"))) == []


def test_a_sum_told_twice_as_of_one_day_must_agree(tmp_path):
    # near miss: both on 2 March, 34,000 (at most 34,500) cannot be over 48,000
    (finding,) = consistency_findings(run(tmp_path, _TWO_DAYS.format(first="2017-03-02")))
    assert set(finding.claims) == {"feb", "mar"}


def test_a_part_told_without_a_day_takes_its_documents(tmp_path):
    # the parts of a dated sum are dated too: a claim on one part with no `as_of`
    # speaks of its document's day (3 March), when 50,000 for Mokha alone fits
    # beside over 48,000 for both on 2 March; undated, Mokha's one value would have
    # to fit inside the 34,000 of 10 February as well
    text = _TWO_DAYS.format(first="2017-02-10") + """\
  - id: mokha-alone
    quantity: mokha.departed
    value: 50,000 people
"""
    assert consistency_findings(run(tmp_path, text)) == []
