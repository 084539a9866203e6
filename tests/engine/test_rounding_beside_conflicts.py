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


# -- the shortcut: no rounding set is looked for when every maximal set that agrees
# as read agrees read exactly too ---------------------------------------------------

def _random_rounding_registry(rng) -> str:
    """Claims on three counts tied by a sum, bare round numbers (read as written
    within their rounding, exactly as themselves) mixed with exact ones, near the
    edges so that both conflicts and rounding sets are common."""
    lines = ["document:\n  id: doc\nclaims:\n"]
    for i in range(rng.randint(3, 6)):
        measure = rng.choice(["a", "b", "total"])
        number = rng.choice([100, 200, 300, 1_000, 1_100, 1_200, 1_300])
        value = (f"exactly {number} people" if rng.random() < 0.3
                 else f"{number:,} people")
        lines.append(f"  - id: c{i}\n    quantity: x.{measure}\n    value: {value}\n")
    lines.append("relations:\n  - id: sum\n    holds: x.a + x.b == x.total\n")
    return "".join(lines)


def test_the_shortcut_gives_what_the_full_search_gives(tmp_path, monkeypatch):
    """Against the search it spares: every random registry gives the same findings
    with the shortcut as without it, and the shortcut does spare searches."""
    import random

    from factcheck.engine import consistency

    rng = random.Random(20261203)
    full = consistency._maximal_sets_agree_exactly
    spared = []

    def counted(exact, rounded):
        answer = full(exact, rounded)
        spared.append(answer)
        return answer

    compared = 0
    for n in range(40):
        text = _random_rounding_registry(rng)
        monkeypatch.setattr(consistency, "_maximal_sets_agree_exactly", counted)
        with_shortcut = found(run(tmp_path / f"s{n}", text))
        monkeypatch.setattr(consistency, "_maximal_sets_agree_exactly",
                            lambda exact, rounded: False)
        without = found(run(tmp_path / f"f{n}", text))
        assert with_shortcut == without, text
        compared += any(rule == "inconsistency" for rule, _ in without)
    assert compared >= 10  # conflicts are common in the draw
    assert any(spared) and not all(spared)  # both paths are taken
