"""Helpers for the engine tests: registries written as small YAML files.

`registry(tmp_path, yaml, other.yaml=..., sources/x.txt=...)` writes the files and
returns `verify_paths([tmp_path])`'s Report. A document without `text:` is a
reference document, so its quotes are not checked: most tests use that and keep
the YAML short. `problem(tmp_path, yaml)` loads without verifying and returns the
engine's `Problem` (constraints over dated variables), for white-box tests.
"""

from __future__ import annotations

import textwrap
from fractions import Fraction
from pathlib import Path

import pytest

from factcheck.engine import build
from factcheck.load import load
from factcheck.verify import verify_paths


def write(folder: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")


def run(folder: Path, main: str, **files: str):
    """Write `main` as registry.yaml (plus `files`, '__' in a name for '/') and verify."""
    write(folder, {"registry.yaml": main,
                   **{k.replace("__", "/"): v for k, v in files.items()}})
    return verify_paths([folder])


def loaded(folder: Path, main: str, **files: str):
    write(folder, {"registry.yaml": main,
                   **{k.replace("__", "/"): v for k, v in files.items()}})
    result = load([folder])
    return result.registry, result.findings


def problem(folder: Path, main: str, **files: str):
    registry, findings = loaded(folder, main, **files)
    assert findings == [], findings
    return build.build(registry)


def rules(report, *names: str) -> list:
    """The report's findings whose rule is one of `names` (all when none given)."""
    return [f for f in report.findings if not names or f.rule in names]


def consistency_findings(report) -> list:
    return rules(report, "inconsistency", "disagreement", "trend", "rounding")


def ranges(report) -> dict[str, dict]:
    """Implied ranges as {"name" or "name@date": Range.to_json()}."""
    return {str(r.key): r.to_json() for r in report.ranges}


def closed(low, high, unit="person") -> dict:
    return {"low": low, "high": high, "low_open": False, "high_open": False, "unit": unit}


F = Fraction


@pytest.fixture
def reg(tmp_path):
    """`reg(yaml, **files)` -> Report, in a fresh folder."""
    def make(main: str, **files: str):
        return run(tmp_path, main, **files)
    return make
