"""Each claim's line of its group's key (registry.model.said), kept with its cached
reading: the same groups and keys as made anew, whoever speaks."""

from __future__ import annotations

from pathlib import Path

from factcheck.cache.store import open_store
from factcheck.engine import incremental
from factcheck.engine.components import components
from factcheck.registry.load import load

REPORT = """\
document: {{id: {doc}, published: 2023-10-0{day}, outlet: Agency}}
speakers:
  - {{id: un, name: United Nations, aliases: [UN]}}
claims:
  - id: {doc}-fled
    quantity: region.departed
    value: over 100,000 people
    by: {by}
  - id: {doc}-home
    quantity: region.population
    value: about 120,000 people
  - id: {doc}-ratio
    quantity: region.departed / region.population
    value: 90 percent
"""


def _write(folder: Path, by_one: str, by_two: str) -> None:
    (folder / "a.yaml").write_text(REPORT.format(doc="a", day=3, by=by_one), encoding="utf-8")
    (folder / "b.yaml").write_text(REPORT.format(doc="b", day=4, by=by_two).replace(
        "speakers:\n  - {id: un, name: United Nations, aliases: [UN]}\n", ""),
        encoding="utf-8")


def _groups(folder: Path):
    store = open_store(folder)
    registry = load([folder], cache=store).registry
    names, dims, dated, linked, _ = incremental._known(registry, store)
    kept = components(registry, names, dims, dated, True, linked)
    known, registry.said = registry.said, None
    anew = components(registry, names, dims, dated, True, linked)
    return known, kept, anew


def test_kept_lines_give_the_keys_made_anew(tmp_path):
    for by_one, by_two in [("UN", "Agency"), ("United Nations", "officials"),
                           ("officials", "UN")]:
        _write(tmp_path, by_one, by_two)
        first = _groups(tmp_path)  # the files read anew
        again = _groups(tmp_path)  # the readings, and their lines, from the cache
        for known, kept, anew in (first, again):
            assert len(known) == 6  # every claim's line known
            assert kept == anew and kept.keys
        assert again[1] == first[1]
