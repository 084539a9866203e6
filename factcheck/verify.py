"""`verify` as a library call, the pipeline in one place: load the registry, solve
it, run every check, settle severities, and gather one Report."""

from __future__ import annotations

import gc
from pathlib import Path

from . import checks, engine
from .registry.load import RegistryUnreadable, load
from .report.value import Report
from .yamlsafe import gc_paused

__all__ = ["RegistryUnreadable", "verify_paths"]

# Registries with at least this many claims are frozen out of the cycle collector.
FREEZE_FROM = 20_000


def verify_paths(paths: list[Path], only_files: list[str] | None = None,
                 config=None, min_coverage: float | None = None) -> Report:
    """`config`: a config.Config (phrase table, severities, disabled rules);
    `min_coverage`: the checked share (percent) below which the coverage check fires."""
    # A run builds millions of long-lived objects and almost no reference cycles:
    # the cycle collector, scanning them again and again as they pile up, would
    # cost more than a third of a large run (and forked workers would inherit it).
    with gc_paused():
        report = _verify(paths, only_files, config, min_coverage)
        if len(report.registry.claims) >= FREEZE_FROM:
            # Kept out of later collections too: the first ones after a long pause
            # would scan them all (seconds while the report is printed). Still freed
            # when dropped (reference counts); they hold no cycles to collect.
            gc.freeze()
    return report


def _verify(paths: list[Path], only_files: list[str] | None, config,
            min_coverage: float | None = None) -> Report:
    table = config.table if config is not None else None
    loaded = load([Path(p) for p in paths], table=table,
                  per_file=checks.per_claim_findings)
    registry = loaded.registry
    solution = engine.solve(registry)
    context = checks.Context(registry, [*loaded.findings, *solution.noticed], solution,
                             table, loaded.checked)
    context.memo[checks.coverage.MINIMUM] = min_coverage
    found = checks.run(context)
    report = Report(registry, config.apply(found) if config is not None
                    else checks.settle(found))
    report.ranges = solution.ranges
    report.notes.extend(solution.notes)
    report.notes.extend(_reference_notes(registry))
    if only_files is not None:
        report.findings = _in_files(report.findings, only_files, registry)
    report.findings.sort()
    return report


def _reference_notes(registry) -> list[str]:
    reference = sorted(d.id for d in registry.documents.values()
                       if d.text_path is None)
    if not reference:
        return []
    return ["Not checked against a text (reference documents without one): "
            + ", ".join(reference)]


def _in_files(findings, files: list[str], registry) -> list:
    """Findings that touch the files: placed in one, or naming a claim or relation
    written in one (a conflict is placed at its first claim, maybe in another file;
    an edit to any member must still fail the pre-commit hook)."""
    # Compare real paths: findings name files relative to the working folder (after
    # resolving symlinks), while --files may be absolute, ./-prefixed or a symlink.
    wanted = {Path(f).resolve() for f in files}
    written_there = {item.id for item in [*registry.claims, *registry.relations]
                     if Path(item.location.file).resolve() in wanted}
    return [f for f in findings
            if Path(f.file).resolve() in wanted or written_there.intersection(f.claims)]
