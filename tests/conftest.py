"""Fixtures for the command, loader, checks, formats and explain tests.

Every test that writes a registry works in its own `tmp_path`, made the working
folder, so findings name files the way a user sees them (`reg/a.yaml`).

- `shipped`: a copy of the project's claims/ at `tmp_path/claims` (the default path
  of `verify`), so tests may edit it without touching the real one.
- `registry`: `registry({"a.yaml": "...", ...}, folder="reg")` writes dedented files
  (and the seed article at `reg/sources/article.txt` on request) and returns the folder.
- `cli`: `cli("verify", "--format", "json")` runs the typer app in-process.
- `contract`: `contract.loads(text)` (strict JSON) and `contract.validate(data, claims)`,
  the shape of `verify --format json` in PRODUCT.md.
- `position(text, needle, after=...)`: the 1-based (line, column) of a needle in a
  file, to name exact positions in the shipped registry without hard-coding them.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import settings
from typer.testing import CliRunner

# No test asserts a wall-clock time: on a loaded machine hypothesis's per-example
# deadline (200 ms) fails at random ("Test took 572 ms"), so it is off everywhere.
settings.register_profile("factcheck", deadline=None)
settings.load_profile("factcheck")

sys.path.insert(0, str(Path(__file__).resolve().parent))  # registry_texts.py

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
    from factcheck.cli.app import app

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


# ---------------------------------------------------------------- the JSON contract

FINDING_KEYS = ["rule", "severity", "message", "file", "line", "column", "claims", "hint",
                "arithmetic", "nearest"]
RANGE_KEYS = ["low", "high", "low_open", "high_open", "unit"]
SUMMARY_KEYS = ["claims", "errors", "warnings", "checked", "unchecked"]
QUANTITY_KEY = re.compile(r"[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*(@\d{4}-\d{2}-\d{2}(T[0-9:+Z.-]+)?)?")
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _strict_loads(text: str):
    """JSON as the RFC says: NaN and Infinity are not JSON."""
    def refuse(name):
        raise ValueError(f"not JSON: {name}")
    return json.loads(text, parse_constant=refuse)


def _validate(data: dict, claims: int) -> None:
    """The shape PRODUCT.md gives for `verify --format json`."""
    assert list(data) == ["findings", "quantities", "unchecked", "summary"]
    for finding in data["findings"]:
        assert list(finding) == FINDING_KEYS
        assert isinstance(finding["rule"], str) and finding["rule"]
        assert finding["severity"] in ("error", "warning", "info")
        assert isinstance(finding["message"], str) and finding["message"]
        assert isinstance(finding["file"], str) and finding["file"]
        for key in ("line", "column"):
            assert type(finding[key]) is int and finding[key] >= 0
        assert finding["line"] >= 1 or finding["column"] == 0
        assert isinstance(finding["claims"], list)
        assert all(isinstance(c, str) for c in finding["claims"])
        assert finding["hint"] is None or isinstance(finding["hint"], str)
        assert all(isinstance(line, str) for line in finding["arithmetic"])
        assert all(finding["nearest"][c] and c in finding["claims"] for c in finding["nearest"])
    assert isinstance(data["quantities"], dict)
    for key, value in data["quantities"].items():
        assert QUANTITY_KEY.fullmatch(key), key
        assert list(value) == RANGE_KEYS
        for end in ("low", "high"):
            v = value[end]
            if value["unit"] == "day":
                assert v is None or ISO_DAY.fullmatch(v), v
            else:
                assert v is None or type(v) in (int, float), v
        assert type(value["low_open"]) is bool and type(value["high_open"]) is bool
        assert value["unit"] is None or isinstance(value["unit"], str)
        if value["low"] is not None and value["high"] is not None \
                and value["unit"] != "day":
            assert value["low"] <= value["high"]
    assert isinstance(data["unchecked"], list)
    assert all(isinstance(c, str) for c in data["unchecked"])
    assert len(set(data["unchecked"])) == len(data["unchecked"]) <= claims
    summary = data["summary"]
    assert list(summary) == SUMMARY_KEYS
    assert all(type(summary[k]) is int for k in SUMMARY_KEYS)
    severities = [f["severity"] for f in data["findings"]]
    unchecked = len(data["unchecked"])
    assert summary == {"claims": claims, "errors": severities.count("error"),
                       "warnings": severities.count("warning"),
                       "checked": claims - unchecked, "unchecked": unchecked}


class _Contract:
    loads = staticmethod(_strict_loads)
    validate = staticmethod(_validate)


@pytest.fixture
def contract():
    return _Contract
