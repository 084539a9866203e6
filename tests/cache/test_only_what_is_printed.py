"""Work only for what is printed: `--files` solves only the groups those files
touch; a format without implied ranges never asks for them. Same findings."""

from __future__ import annotations

from pathlib import Path

from factcheck.engine import consistency
from factcheck.verify import verify_paths

ONE = """\
document: {id: one, published: 2023-10-03}
claims:
  - id: a1
    quantity: north.departed
    value: over 100,000 people
    by: UN
  - id: a2
    quantity: north.departed
    value: fewer than 90,000 people
    by: officials
"""
TWO = """\
document: {id: two, published: 2023-10-03}
claims:
  - id: b1
    quantity: south.departed
    value: over 5,000 people
    by: UN
  - id: b2
    quantity: south.departed
    value: fewer than 4,000 people
  - id: b3
    quantity: east.departed
    value: about 1,000 people
"""


def _registry(folder: Path) -> Path:
    (folder / "one.yaml").write_text(ONE, encoding="utf-8")
    (folder / "two.yaml").write_text(TWO, encoding="utf-8")
    return folder


def _counting(monkeypatch) -> list:
    solved = []
    real = consistency.solve_group

    def counted(group, *args, **kwargs):
        solved.append(sorted(c.source.id for c in group if c.kind == "claim"))
        return real(group, *args, **kwargs)
    monkeypatch.setattr(consistency, "solve_group", counted)
    return solved


def test_files_solves_only_the_groups_they_touch(tmp_path, monkeypatch):
    folder = _registry(tmp_path)
    every = verify_paths([folder]).findings
    whole = [f for f in every if "one.yaml" in f.file]
    solved = _counting(monkeypatch)
    only = verify_paths([folder], only_files=[str(folder / "one.yaml")])
    assert solved == [["a1", "a2"]]  # not south's group, nor east's
    assert [(f.rule, f.claims) for f in only.findings] == \
        [(f.rule, f.claims) for f in whole] == [("disagreement", ("a1", "a2"))]


def test_a_format_without_ranges_gets_the_same_findings(tmp_path, monkeypatch):
    folder = _registry(tmp_path)
    full = verify_paths([folder])
    asked = []
    from factcheck.engine.solver import GroupSolver

    real = GroupSolver.ranges
    monkeypatch.setattr(GroupSolver, "ranges",
                        lambda self, *a, **k: asked.append(a[0]) or real(self, *a, **k))
    plain = verify_paths([folder], ranges=False)
    assert plain.findings == full.findings
    # b2 is one speaker against another's: inconsistency is not it (two voices);
    # both conflicts are found and explained, east's group agrees, no range asked
    assert {f.rule for f in plain.findings} == {"disagreement"}
    assert plain.ranges == [] and {str(r.key) for r in full.ranges} == {"east.departed"}
    # ranges() only explains conflicts' members (their nearest values), one key each
    assert asked and all(len(keys) == 1 for keys in asked)
