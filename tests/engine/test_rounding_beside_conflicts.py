"""A rounding set that shares claims with a conflict is reported too (issue 14, a
held-out verdict; "each such minimal set is reported, also when it shares claims
with a conflict")."""

from __future__ import annotations

from engine_helpers import run

# x.c is 5 and 50 (a conflict: c, c2). With total read as written, 100,000 →
# [95,000, 105,000], the parts fit: 60,000 + 40,000 + 5 = 100,005 and + 50 = 100,050.
# Read exactly, total = 100,000 is 5 short of the first and 50 of the second: two
# rounding sets, each with one of the conflict's claims.
REGISTRY = """\
document:
  id: doc
  published: 2023-10-03
claims:
  - id: total
    quantity: x.total
    value: {total}
  - id: a
    quantity: x.a
    value: exactly 60,000 people
  - id: b
    quantity: x.b
    value: exactly 40,000 people
  - id: c
    quantity: x.c
    value: exactly 5 people
  - id: c2
    quantity: x.c
    value: exactly 50 people
relations:
  - id: parts
    holds: x.a + x.b + x.c <= x.total
"""


def found(report) -> list[tuple[str, list[str]]]:
    return sorted((f.rule, sorted(f.claims)) for f in report.findings
                  if f.rule in ("rounding", "inconsistency"))


def test_rounding_sets_beside_a_conflict_that_shares_their_claims(tmp_path):
    report = run(tmp_path, REGISTRY.format(total="100,000 people"))
    assert found(report) == [
        ("inconsistency", ["c", "c2"]),
        ("rounding", ["a", "b", "c", "parts", "total"]),
        ("rounding", ["a", "b", "c2", "parts", "total"])]
    [first] = [f for f in report.findings if f.rule == "rounding" and "c" in f.claims]
    assert any("60,000 + 40,000 + 5 − 100,000 = 5" in line for line in first.details)


def test_near_misses_no_rounding_set(tmp_path):
    # total 100,050 is written exactly (not a round number): both sums fit, read
    # either way; only the conflict remains.
    report = run(tmp_path / "exact", REGISTRY.format(total="100,050 people"))
    assert found(report) == [("inconsistency", ["c", "c2"])]
    # 110,000 → [105,000, 115,000] read as written, 110,000 exactly: room either way.
    report = run(tmp_path / "room", REGISTRY.format(total="110,000 people"))
    assert found(report) == [("inconsistency", ["c", "c2"])]
