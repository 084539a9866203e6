"""The command line in CI: the machine formats to stdout or --output, --files as
pre-commit passes it, and bad input (exit 2, a clear message, no traceback)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from factcheck.cli.app import spread_files

MAIN = Path(__file__).resolve().parents[2]

CI_FORMATS = ["github", "sarif", "junit", "markdown"]


@pytest.mark.parametrize("args, spread", [
    (["--files", "a.yaml", "b.yaml"], ["--files", "a.yaml", "--files", "b.yaml"]),
    (["reg", "--files", "a", "b", "--format", "json", "c"],
     ["reg", "--files", "a", "--files", "b", "--format", "json", "c"]),
    (["--files=a", "b"], ["--files=a", "--files", "b"]),
    (["reg", "--format", "json"], ["reg", "--format", "json"]),
])
def test_spread_files(args, spread):
    assert spread_files(args) == spread


FILES = {
    "a.yaml": "document:\n  id: a\n  published: 2023-10-03\n  colour: blue\n",
    "b.yaml": "document:\n  id: b\n  published: 2023-10-03\n  colour: red\n",
    "c.yaml": "document:\n  id: c\n  published: 2023-10-03\n  colour: green\n",
}


def test_files_as_pre_commit_passes_them(registry, cli):
    registry(FILES)
    run = cli("verify", "reg", "--format", "json", "--files", "reg/a.yaml", "reg/c.yaml")
    assert run.code == 0, run
    assert [f["file"] for f in run.json()["findings"]] == ["reg/a.yaml", "reg/c.yaml"]


@pytest.mark.parametrize("format", CI_FORMATS)
def test_output_file_equals_stdout(shipped, cli, workdir, format):
    printed = cli("verify", "--format", format)
    written = cli("verify", "--format", format, "--output", "report.out")
    assert written.code == printed.code == 0
    assert written.stdout == ""
    assert (workdir / "report.out").read_text("utf-8") == printed.stdout
    assert "\x1b[" not in printed.stdout


@pytest.mark.parametrize("name, suggestion", [("sarf", "sarif"), ("junit-xml", "junit"),
                                              ("githb", "github"), ("md", None)])
def test_unknown_format(shipped, cli, name, suggestion):
    run = cli("verify", "--format", name)
    assert run.code == 2 and run.stdout == ""
    assert f"unknown format {name!r}" in run.stderr
    assert (f"did you mean {suggestion!r}" in run.stderr) == (suggestion is not None)
    assert "github, sarif, junit" in run.stderr


@pytest.mark.parametrize("format", ["sarif", "github"])
def test_unwritable_output(shipped, cli, workdir, format):
    (workdir / "a-file").write_text("x")
    run = cli("verify", "--format", format, "--output", "a-file/report")
    assert run.code == 2 and run.stdout == ""
    assert run.stderr.startswith("factcheck: cannot write a-file/report: ")


def test_hook_manifest_matches_the_contract():
    """`.pre-commit-hooks.yaml` (run for real in test_precommit.py)."""
    text = (MAIN / ".pre-commit-hooks.yaml").read_text("utf-8")
    for line in ("- id: factcheck", "entry: factcheck verify --files",
                 "language: python", r"files: \.ya?ml$", "pass_filenames: true"):
        assert re.search(rf"^\s*{re.escape(line)}\s*$", text, re.M), line
