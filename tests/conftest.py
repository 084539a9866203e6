"""Fixtures for the command, loader, checks, formats and explain tests.

Every test that writes a registry works in its own `tmp_path`, made the working
folder, so findings name files the way a user sees them (`reg/a.yaml`).

- `shipped`: a copy of the project's claims/ at `tmp_path/claims` (the default path
  of `verify`), so tests may edit it without touching the real one.
- `registry`: `registry({"a.yaml": "...", ...}, folder="reg")` writes dedented files
  (and the seed article at `reg/sources/article.txt` on request) and returns the folder.
- `cli`: `cli("verify", "--format", "json")` runs the typer app in-process.
- `position(text, needle, after=...)`: the 1-based (line, column) of a needle in a
  file, to name exact positions in the shipped registry without hard-coding them.
"""

from __future__ import annotations

import json
import shutil
import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

MAIN = Path(__file__).resolve().parents[1]
CLAIMS = MAIN / "claims"
ARTICLE = CLAIMS / "sources" / "karabakh-exodus-2023.txt"


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FACTCHECK_DEBUG", raising=False)
    return tmp_path


@pytest.fixture
def shipped(workdir) -> Path:
    target = workdir / "claims"
    shutil.copytree(CLAIMS, target)
    return target


@pytest.fixture
def registry(workdir):
    def make(files: dict[str, str], folder: str = "reg", article: bool = False) -> Path:
        root = workdir / folder
        root.mkdir(parents=True, exist_ok=True)
        if article:
            (root / "sources").mkdir(exist_ok=True)
            shutil.copy(ARTICLE, root / "sources" / "article.txt")
        for name, text in files.items():
            path = root / name
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(text, bytes):
                path.write_bytes(text)
            else:
                path.write_text(textwrap.dedent(text), encoding="utf-8")
        return root
    return make


class Run:
    """One in-process CLI run: exit code, stdout, stderr, and the JSON if any."""

    def __init__(self, result):
        self.result = result
        self.code = result.exit_code
        self.stdout = result.stdout
        self.stderr = result.stderr

    def json(self) -> dict:
        return json.loads(self.stdout)

    def __repr__(self) -> str:
        return (f"<Run exit={self.code} exception={self.result.exception!r}\n"
                f"stdout:\n{self.stdout}\nstderr:\n{self.stderr}>")


@pytest.fixture
def cli(workdir):
    from factcheck.cli import app

    runner = CliRunner()

    def invoke(*args: str, env: dict | None = None) -> Run:
        result = runner.invoke(app, [str(a) for a in args], env=env)
        # An exception that escaped the command is a bug whatever the exit code.
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            raise AssertionError(f"uncaught exception in the CLI: {result.exception!r}") \
                from result.exception
        return Run(result)
    return invoke


def position(text: str, needle: str, after: str | None = None) -> tuple[int, int]:
    """The 1-based line and column where `needle` starts (after `after`, if given)."""
    start = text.index(after) if after is not None else 0
    offset = text.index(needle, start)
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


@pytest.fixture(name="position")
def position_fixture():
    return position
