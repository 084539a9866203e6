"""`verify` as a library call: load, check, solve, and gather one Report."""

from __future__ import annotations

from pathlib import Path

from .checks import run_all
from .load import RegistryUnreadable, load
from .report import Report

__all__ = ["RegistryUnreadable", "verify_paths"]


def verify_paths(paths: list[Path], only_files: list[str] | None = None) -> Report:
    loaded = load([Path(p) for p in paths])
    registry = loaded.registry
    report = Report(registry, list(loaded.findings))
    report.findings.extend(run_all(registry))
    report.findings.extend(_consistency(report))
    report.notes.extend(_reference_notes(registry))
    if only_files is not None:
        report.findings = _in_files(report.findings, only_files)
    report.findings.sort()
    return report


def _consistency(report: Report) -> list:
    from .engine import build, consistency, explain

    problem = build.build(report.registry)
    results = consistency.check(problem) if problem.constraints else []
    report.ranges = explain.ranges(results, problem.dims)
    return problem.findings + explain.conflict_findings(results, problem.dims)


def _reference_notes(registry) -> list[str]:
    reference = sorted(d.id for d in registry.documents.values()
                       if d.text_path is None)
    if not reference:
        return []
    return ["Not checked against a text (reference documents without one): "
            + ", ".join(reference)]


def _in_files(findings, files: list[str]) -> list:
    wanted = {str(Path(f)) for f in files}
    return [f for f in findings if str(Path(f.file)) in wanted]
