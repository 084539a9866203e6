"""Groups with conflicting sets are kept in the cache too (engine/incremental.py):
not built again, their findings speaking of the claims as they are now."""

from __future__ import annotations

from pathlib import Path

from factcheck.engine import build
from factcheck.report.formats import render
from factcheck.verify import verify_paths

# north: over 20,000 against under 15,000 (a disagreement); south agrees.
ONE = """\
document: {id: one, published: 2023-10-03}
claims:
  - {id: a1, quantity: north.remaining, value: over 20000 people, by: UN}
  - id: a2
    by: officials
    quantity: north.remaining
    value: under 15,000 people
"""
TWO = """\
document: {id: two, published: 2023-10-03}
claims:
  - {id: b1, quantity: south.remaining, value: about 5000 people}
"""


def _write(folder: Path, one: str = ONE, two: str = TWO) -> None:
    (folder / "one.yaml").write_text(one, encoding="utf-8")
    (folder / "two.yaml").write_text(two, encoding="utf-8")


def _counting(monkeypatch) -> list[str]:
    built = []
    real = build._claim_constraint
    monkeypatch.setattr(build, "_claim_constraint",
                        lambda claim, *rest: built.append(claim.id) or real(claim, *rest))
    return built


def _json(folder: Path, cache: bool) -> str:
    return render(verify_paths([folder], cache=cache), "json", terminal=False)


def test_a_group_with_a_conflict_is_not_built_again(tmp_path, monkeypatch):
    _write(tmp_path)
    first = _json(tmp_path, True)
    built = _counting(monkeypatch)
    _write(tmp_path, two=TWO.replace("about 5000", "about 6000"))
    again = verify_paths([tmp_path], cache=True)
    assert built == ["b1"]  # north's conflicting pair came from the cache
    assert [(f.rule, f.claims) for f in again.findings] == [("disagreement", ("a1", "a2"))]
    assert "over 20000 people" in first
    assert render(again, "json", terminal=False) == _json(tmp_path, False)


def test_a_cached_conflict_points_at_the_claims_where_they_are_now(tmp_path, monkeypatch):
    """Lines are not part of a group's key: two lines added above the claims move
    the finding, its member lines quote the claims as they read now."""
    _write(tmp_path)
    before = verify_paths([tmp_path], cache=True).findings[0]
    built = _counting(monkeypatch)
    moved = ONE.replace("claims:\n", "# two lines\n# above\nclaims:\n").replace(
        "by: officials", "by: officials\n    quote: under 15,000 stayed")
    _write(tmp_path, one=moved)
    after = verify_paths([tmp_path], cache=True).findings[0]
    assert built == []  # the quote is not part of what solving yields
    assert after.line == before.line + 2
    assert any("under 15,000 stayed" in line for line in after.details)
    assert _json(tmp_path, True) == _json(tmp_path, False)


def test_a_repeated_id_is_never_guessed_at(tmp_path, monkeypatch):
    """A cached set names its claims by id: once an id names two claims, the entry
    is not used (the group is built again), and the report is the uncached one."""
    _write(tmp_path)
    verify_paths([tmp_path], cache=True)
    twin = TWO + "  - {id: a2, quantity: west.remaining, value: about 7 people}\n"
    _write(tmp_path, two=twin)
    built = _counting(monkeypatch)
    cached = _json(tmp_path, True)
    assert "a1" in built
    assert cached == _json(tmp_path, False)


def test_dimensions_are_inferred_again_only_when_units_or_names_change(tmp_path,
                                                                       monkeypatch):
    """A value's number leaves the dimensions as they were (taken from the cache);
    a unit or a quantity edited has them inferred again, and the report follows."""
    from factcheck.engine import measures

    _write(tmp_path)
    verify_paths([tmp_path], cache=True)
    inferred = []
    real = measures.infer
    monkeypatch.setattr(measures, "infer",
                        lambda registry, names=None: inferred.append(1) or real(registry, names))
    _write(tmp_path, two=TWO.replace("about 5000", "about 5100"))
    assert _json(tmp_path, True) == _json(tmp_path, False)
    assert len(inferred) == 1  # the uncached run's only
    for two in (TWO.replace("about 5000 people", "about 5000 hours"),
                TWO.replace("south.remaining", "north.remaining")):
        _write(tmp_path, two=two)
        inferred.clear()
        cached = _json(tmp_path, True)
        assert len(inferred) == 1 and cached == _json(tmp_path, False)
    units = [f.rule for f in verify_paths([tmp_path], cache=True).findings]
    assert units == [f.rule for f in verify_paths([tmp_path]).findings]
