"""Every check's documentation page runs: its example registry fails its rule, and the
same example fixed does not (and is otherwise clean of errors)."""

from __future__ import annotations

import re

import pytest

from factcheck import checks
from factcheck.checks.examples import DEFAULT_FILE, example_files
from factcheck.engine import solver
from factcheck.verify import verify_paths

# Rules whose example fails only when the solver's time budget is spent.
SPENT_BUDGET = {"undecided"}


def run(tmp_path, files: dict[str, str]):
    """Verify the example's files; a `# verify --min-coverage N` line in them says
    how the example is run."""
    options = {}
    for path, text in files.items():
        target = tmp_path / "claims" / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        if found := re.search(r"^# verify --min-coverage (\d+)", text, re.M):
            options["min_coverage"] = float(found.group(1))
    return verify_paths([tmp_path / "claims"], **options)


def spend_the_budget(monkeypatch):
    """Every question about a group's ranges finds its time spent."""
    def spent(*_args, **_kwargs):
        raise solver.TooHard("timeout")

    monkeypatch.setattr(solver.GroupSolver, "ranges", spent)
    monkeypatch.setattr(solver.GroupSolver, "bounds", spent)


@pytest.mark.parametrize("rule", sorted(checks.CHECKS))
def test_the_example_that_fails_fails_its_rule(rule, tmp_path, monkeypatch):
    files = example_files(rule, "Example that fails")
    assert files, f"{rule}: no example"
    if rule in SPENT_BUDGET:
        spend_the_budget(monkeypatch)
    report = run(tmp_path, files)
    assert rule in {f.rule for f in report.findings}, [
        (f.rule, f.message) for f in report.findings]


@pytest.mark.parametrize("rule", sorted(checks.CHECKS))
def test_the_fixed_example_passes(rule, tmp_path):
    report = run(tmp_path, example_files(rule, "Fixed"))
    assert rule not in {f.rule for f in report.findings}
    assert report.errors == 0, [(f.rule, f.message) for f in report.findings]


def test_an_example_names_its_files():
    files = example_files("quote", "Example that fails")
    assert set(files) == {"a.yaml", "sources/a.txt"}
    assert set(example_files("yaml", "Fixed")) == {DEFAULT_FILE}
