"""baseline write / verify --baseline: only new findings; fingerprints that survive
reordering and reformatting; corrupt or foreign baselines are exit 2."""

from __future__ import annotations

import json
import re

import pytest

from factcheck.findings import Finding, Location
from factcheck.report.fingerprint import fingerprint, normalise_message, split

TWO_PROBLEMS = """\
document:
  id: doc
  published: 2023-10-03
  colour: blue
claims:
  - id: first
    quantity: town.size
    value: umpteen people
  - id: second
    quantity: town.area
    value: {low: 5, high: 9, unit: person}
"""
# the same claims, reordered, reflowed and commented
REFORMATTED = """\
# moved about
document: {id: doc, colour: blue,
           published: 2023-10-03}

claims:
  - {id: second, quantity: town.area, value: {low: 5, high: 9, unit: person}}

  - id: first
    value:    umpteen people
    quantity: town.size
"""


def test_normalised_message_and_fingerprint():
    assert normalise_message("duplicate key 'a' (first at line 12)\n  twice") == \
        "duplicate key 'a' (first at line #) twice"
    a = Finding("value", "error", "m  at line 3", Location("a.yaml", 3, 1), ("x",))
    b = Finding("value", "error", "m at line 9", Location("b.yaml", 9, 5), ("x",))
    assert fingerprint(a) == fingerprint(b)  # a claim id is unique: file not needed
    c = Finding("schema", "error", "m", Location("a.yaml", 3, 1))
    d = Finding("schema", "error", "m", Location("b.yaml", 3, 1))
    assert fingerprint(c) != fingerprint(d)  # no claim: the file tells them apart
    assert split([a, b], [fingerprint(a)]) == ([b], [a])  # a multiset


def test_write_then_only_new_findings(registry, cli, workdir):
    folder = registry({"a.yaml": TWO_PROBLEMS})
    run = cli("baseline", "write", "base.json", "reg")
    assert run.code == 0, run
    assert run.stderr == "factcheck: recorded 2 findings in base.json\n"
    data = json.loads((workdir / "base.json").read_text("utf-8"))
    assert data["version"] == 1 and data["tool"] == "factcheck"
    assert data["registry"]["documents"] == ["doc"] and data["registry"]["fingerprint"]
    assert [f["rule"] for f in data["findings"]] == ["unknown-key", "value"]

    assert cli("verify", "reg").code == 1
    quiet = cli("verify", "reg", "--baseline", "base.json", "--format", "text")
    assert quiet.code == 0, quiet
    assert "2 findings recorded in the baseline base.json not shown" in quiet.stdout

    (folder / "a.yaml").write_text(REFORMATTED, "utf-8")
    moved = cli("verify", "reg", "--baseline", "base.json", "--format", "json")
    assert moved.code == 0 and moved.json()["findings"] == [], moved

    (folder / "a.yaml").write_text(REFORMATTED.replace("umpteen", "zillions"), "utf-8")
    new = cli("verify", "reg", "--baseline", "base.json", "--format", "json")
    assert new.code == 1
    [finding] = new.json()["findings"]
    assert "'zillions'" in finding["message"]


def test_baseline_write_is_atomic_and_reports_unwritable(shipped, cli, workdir):
    assert cli("baseline", "write", "base.json").code == 0
    assert [p.name for p in workdir.iterdir() if p.name.startswith(".")] == []
    run = cli("baseline", "write", "missing/base.json")
    assert run.code == 2 and run.stderr.startswith("factcheck: cannot write missing/base.json")


@pytest.mark.parametrize("content, words", [
    ("{not json", "is not a factcheck baseline (not JSON"),
    (b"\xff\xfe", "is not a factcheck baseline (not JSON"),
    ('{"tool": "other"}', 'no "tool": "factcheck"'),
    ('{"tool": "factcheck", "version": 99}', "version 99, this factcheck reads 1"),
    ('{"tool": "factcheck", "version": 1, "findings": 3, "registry": {}}',
     "missing or mistyped field"),
    ('[]', 'no "tool": "factcheck"'),
])
def test_corrupt_baseline_is_exit_2(shipped, cli, workdir, content, words):
    target = workdir / "base.json"
    target.write_bytes(content if isinstance(content, bytes) else content.encode())
    run = cli("verify", "--baseline", "base.json")
    assert run.code == 2, run
    assert run.stdout == ""
    assert run.stderr.startswith("factcheck: baseline base.json ") and words in run.stderr
    assert "Traceback" not in run.stderr


def test_missing_baseline_and_another_registry(registry, shipped, cli):
    run = cli("verify", "--baseline", "nowhere.json")
    assert run.code == 2 and "cannot read baseline nowhere.json" in run.stderr
    registry({"a.yaml": TWO_PROBLEMS})
    assert cli("baseline", "write", "other.json", "reg").code == 0
    run = cli("verify", "--baseline", "other.json")
    assert run.code == 2
    assert ("baseline other.json was written for another registry (documents: doc; "
            "this registry has: karabakh-exodus, karabakh-timeline)") in run.stderr


def test_moving_the_claims_of_a_conflict_keeps_its_fingerprint(shipped, cli):
    """A conflict lists its claims in file order: swapping two claims reorders the
    message ("claim residents, claim fled"), not what the finding is."""
    path = shipped / "karabakh-exodus.yaml"
    text = path.read_text("utf-8").replace("value: over 100,000 people",
                                           "value: over 140,000 people")
    path.write_text(text, "utf-8")
    assert cli("baseline", "write", "base.json").code == 0
    blocks = re.split(r"(?m)^(?=  - id: )", text)
    fled = next(i for i, b in enumerate(blocks) if b.startswith("  - id: fled\n"))
    residents = next(i for i, b in enumerate(blocks) if b.startswith("  - id: residents\n"))
    blocks[fled], blocks[residents] = blocks[residents], blocks[fled]
    path.write_text("".join(blocks), "utf-8")
    moved = cli("verify", "--format", "json")
    [conflict] = [f for f in moved.json()["findings"] if f["rule"] == "inconsistency"]
    assert conflict["claims"][:2] == ["residents", "fled"]  # the order did change
    run = cli("verify", "--baseline", "base.json", "--format", "json")
    assert run.code == 0 and run.json()["findings"] == [], run
