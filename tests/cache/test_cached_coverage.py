"""Coverage with the cache (checks/coverage_cache.py): a group of names unchanged
keeps its checked claims; an edit works out only the groups it touches, and the
unchecked claims are those of an uncached run."""

from __future__ import annotations

from pathlib import Path

from factcheck.checks import coverage
from factcheck.report.formats import render
from factcheck.verify import verify_paths

# east: two sources on one count (both checked); west: one claim alone (unchecked);
# north: a relation ties its two counts, one of them claimed (unchecked).
REPORT = """\
document: {id: r, published: 2023-10-03}
claims:
  - id: east-un
    quantity: east.departed
    value: about 400 people
  - id: east-ngo
    quantity: east.departed
    value: over 350 people
  - id: west-un
    quantity: west.departed
    value: about 90 people
  - id: north-un
    quantity: north.departed
    value: about 70 people
"""
ATLAS = """\
relations:
  - id: north-bound
    holds: north.departed <= north.population
"""


def _write(folder: Path, report: str = REPORT) -> None:
    (folder / "r.yaml").write_text(report, encoding="utf-8")
    (folder / "atlas.yaml").write_text(ATLAS, encoding="utf-8")


def _counting(monkeypatch) -> list[list[str]]:
    seen = []
    real = coverage.checked_ids

    def counted(registry):
        seen.append(sorted(c.id for c in registry.claims))
        return real(registry)
    monkeypatch.setattr(coverage, "checked_ids", counted)
    return seen


def test_unchanged_groups_keep_their_checked_claims(tmp_path, monkeypatch):
    _write(tmp_path)
    first = verify_paths([tmp_path], cache=True)
    assert first.unchecked == ["west-un", "north-un"]
    seen = _counting(monkeypatch)
    assert verify_paths([tmp_path], cache=True).unchecked == ["west-un", "north-un"]
    assert seen == [[]]  # every group from the cache
    # a second source on west's count: west is checked now, only west worked out
    _write(tmp_path, REPORT + "  - id: west-ngo\n    quantity: west.departed\n"
                              "    value: nearly 100 people\n")
    seen.clear()
    cached = verify_paths([tmp_path], cache=True)
    assert cached.unchecked == ["north-un"]
    assert seen == [["west-ngo", "west-un"]]
    assert render(cached, "json", terminal=False) == render(
        verify_paths([tmp_path]), "json", terminal=False)


def test_an_edit_that_unties_a_claim_shows_it_unchecked(tmp_path):
    """east's second source moves to another count: both east claims become
    unchecked, though east's cached entry said they were checked."""
    _write(tmp_path)
    assert verify_paths([tmp_path], cache=True).unchecked == ["west-un", "north-un"]
    _write(tmp_path, REPORT.replace("quantity: east.departed\n    value: over 350",
                                    "quantity: south.departed\n    value: over 350"))
    cached = verify_paths([tmp_path], cache=True).unchecked
    assert cached == ["east-un", "east-ngo", "west-un", "north-un"]
    assert cached == verify_paths([tmp_path]).unchecked


def test_a_repeated_id_is_worked_out_whole(tmp_path, monkeypatch):
    _write(tmp_path)
    verify_paths([tmp_path], cache=True).unchecked  # noqa: B018  (fills the cache)
    _write(tmp_path, REPORT + "  - id: west-un\n    quantity: south.departed\n"
                              "    value: about 5 people\n")
    seen = _counting(monkeypatch)
    cached = verify_paths([tmp_path], cache=True)
    assert cached.unchecked == verify_paths([tmp_path]).unchecked
    assert len(seen[0]) == 5  # the whole registry, as without the cache
