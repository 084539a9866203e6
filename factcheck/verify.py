"""`verify` as a library call: load, check, solve, and gather one Report."""

from __future__ import annotations

from pathlib import Path

from .checks.registered import run_all
from .registry.load import RegistryUnreadable, load
from .report.value import Report

__all__ = ["RegistryUnreadable", "verify_paths"]


def verify_paths(paths: list[Path], only_files: list[str] | None = None,
                 config=None) -> Report:
    """`config`: a config.Config (phrase table, severities, disabled rules)."""
    import gc

    from .yamlsafe import gc_paused

    # A run builds millions of long-lived objects and almost no reference cycles:
    # the cycle collector, scanning them again and again as they pile up, would
    # cost more than a third of a large run (and forked workers would inherit it).
    with gc_paused():
        report = _verify(paths, only_files, config)
        if len(report.registry.claims) >= FREEZE_FROM:
            # Kept out of later collections too: the first ones after a long pause
            # would scan them all (seconds while the report is printed). Still freed
            # when dropped (reference counts); they hold no cycles to collect.
            gc.freeze()
    return report


# Registries with at least this many claims are frozen out of the cycle collector.
FREEZE_FROM = 20_000


def _verify(paths: list[Path], only_files: list[str] | None, config) -> Report:
    table = config.table if config is not None else None
    loaded = load([Path(p) for p in paths], table=table)
    registry = loaded.registry
    report = Report(registry, list(loaded.findings))
    report.findings.extend(run_all(registry, table, loaded.checked))
    report.findings.extend(_consistency(report))
    report.notes.extend(_reference_notes(registry))
    if config is not None:  # severity comes from the configuration, not the rule
        report.findings = config.apply(report.findings)
    if only_files is not None:
        report.findings = _in_files(report.findings, only_files, registry)
    report.findings.sort()
    return report


def _consistency(report: Report) -> list:
    from .engine import build, consistency, explain

    problem = build.build(report.registry)
    results = consistency.check(problem) if problem.constraints else []
    report.ranges = explain.ranges(results, problem.dims, display_units(report.registry))
    report.notes.extend(explain.unranged_note(results))
    return problem.findings + explain.conflict_findings(results, problem.dims)


def display_units(registry) -> dict:
    """Each quantity's implied range is shown in the unit its first claim uses
    (hours stay hours), people in people."""
    from fractions import Fraction

    from . import expr, units
    from .findings import FactcheckError

    chosen: dict[str, tuple[str, Fraction]] = {}
    for claim in registry.claims:
        interval = claim.interval
        if not isinstance(claim.expr, expr.Name) or interval is None or not interval.unit \
                or interval.kind == "date" or claim.expr.name in chosen:
            continue
        try:
            chosen[claim.expr.name] = (interval.unit, units.resolve(interval.unit).factor)
        except FactcheckError:
            continue
    return chosen


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
