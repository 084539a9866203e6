"""Files read in forked workers send their ids back as plain tuples: the duplicate
findings are those of files read in one process."""

from __future__ import annotations

from factcheck.checks import settle
from factcheck.registry import parallel_load
from factcheck.registry.load import load

REPORT = """\
document:
  id: doc-{n}
  published: 2023-10-03
quantities:
  - name: karabakh.departed
    unit: person
claims:
  - id: fled
    quantity: karabakh.departed
    value: {{low: {n}, high: {n}, unit: person}}
"""


def _duplicates(root) -> list[tuple]:
    return [(f.rule, f.file, f.line, f.column, f.message, f.claims)
            for f in settle(load([root]).findings) if f.rule == "duplicate"]


def test_duplicates_across_files_read_in_workers(registry, monkeypatch):
    # four files with the same claim id: the first file's is the original, each
    # later file repeats it (3 findings, each at its own file's id)
    root = registry({f"r{n}.yaml": REPORT.format(n=n) for n in range(4)})
    alone = _duplicates(root)
    monkeypatch.setattr(parallel_load, "PARALLEL_FROM", 1)
    monkeypatch.setattr(parallel_load, "FILES_PER_TASK", 1)
    monkeypatch.setattr(parallel_load, "worker_count", lambda: 2)
    assert _duplicates(root) == alone
    assert [(file.rsplit("/", 1)[-1], line, column, claims)
            for _, file, line, column, _, claims in alone] == [
        ("r1.yaml", 8, 9, ("fled",)), ("r2.yaml", 8, 9, ("fled",)),
        ("r3.yaml", 8, 9, ("fled",))]
    assert all("claim id 'fled' is used twice: also at reg/r0.yaml:8:9" in f[4]
               for f in alone)


def test_slices_taken_by_whoever_is_free_come_back_in_file_order(registry, monkeypatch):
    # Slices of one file each go to whichever process asks first (the parent and
    # a forked worker share a count); the registry is the one a single process
    # reads: the same files, claims and findings in the same order.
    files = {f"r{n:02d}.yaml": REPORT.format(n=n).replace("id: fled", f"id: fled-{n}")
             for n in range(12)}
    files["r05.yaml"] += "  - id: broken\n    quantity: karabakh.departed\n"
    root = registry(files)

    def seen():
        loaded = load([root])
        return ([(c.id, str(c.location)) for c in loaded.registry.claims],
                loaded.registry.files,
                [(f.rule, str(f.location), f.message) for f in loaded.findings])

    alone = seen()
    monkeypatch.setattr(parallel_load, "PARALLEL_FROM", 1)
    monkeypatch.setattr(parallel_load, "FILES_PER_TASK", 1)
    monkeypatch.setattr(parallel_load, "worker_count", lambda: 2)
    assert seen() == alone
    assert [claim_id for claim_id, _ in alone[0]] == [f"fled-{n}" for n in range(12)]
    places = [where.rsplit("/", 1)[-1] for _, where, _ in alone[2]]
    assert places == sorted(places, key=lambda p: (p[:7], int(p.split(":")[1])))
    assert ("schema", "r05.yaml:11:5") in [(rule, where.rsplit("/", 1)[-1])
                                           for rule, where, _ in alone[2]]
