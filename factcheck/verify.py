"""`verify` as a library call, the pipeline in one place: load the registry, solve
it, run every check, settle severities, and gather one Report."""

from __future__ import annotations

import gc
from pathlib import Path

from . import checks, engine
from .registry.assemble import reading_once
from .registry.load import RegistryUnreadable, load
from .report.value import Report
from .yamlsafe import gc_paused

__all__ = ["RegistryUnreadable", "quick_files", "quick_report", "verify_paths"]

# Registries with at least this many claims are frozen out of the cycle collector.
FREEZE_FROM = 20_000
# Registries with at least this many claims work out their coverage beside the
# engine (a forked process costs more than a small registry's coverage).
BESIDE_FROM = 5_000


def verify_paths(paths: list[Path], only_files: list[str] | None = None,
                 config=None, min_coverage: float | None = None, cache: bool = False,
                 ranges: bool = True) -> Report:
    """`config`: a config.Config (phrase table, severities, disabled rules);
    `min_coverage`: the checked share (percent) below which the coverage check fires.
    `cache`: keep what was read and solved under the registry's .factcheck-cache/
    and use it again (the same report either way). `ranges`: find the implied
    ranges (False for a format that prints none: the report then has none)."""
    # A run builds millions of long-lived objects and almost no reference cycles:
    # the cycle collector, scanning them again and again as they pile up, would
    # cost more than a third of a large run (and forked workers would inherit it).
    with gc_paused():
        report = _verify(paths, only_files, config, min_coverage, cache, ranges)
        # Out of the youngest generation before collection resumes: the first
        # collection after the pause would otherwise scan every object the run made
        # (0.1 s at 10,000 claims, seconds at 100,000), as the report is printed.
        gc.freeze()
    if len(report.registry.claims) < FREEZE_FROM:
        # Back into the oldest generation (no scan): collected as any old object.
        # Larger registries stay frozen, out of later full collections too; still
        # freed when dropped (reference counts), they hold no cycles to collect.
        gc.unfreeze()
    return report


def _verify(paths: list[Path], only_files: list[str] | None, config,
            min_coverage: float | None = None, cache: bool = False,
            ranges: bool = True) -> Report:
    table = config.table if config is not None else None
    paths = [Path(p) for p in paths]
    store = _store(paths) if cache else None
    loaded = load(paths, table=table, per_file=checks.per_claim_findings, cache=store,
                  context=_table_context(config) if store is not None else "")
    registry = loaded.registry
    wanted = None if only_files is None else _touching(only_files, registry)
    checked = _checked_beside(registry) if store is None else None
    try:
        solution = engine.solve(registry, cache=store, ranges=ranges, wanted=wanted)
    except BaseException:  # (an interrupted run leaves no process behind)
        if checked is not None:
            checked.cancel()
        raise
    context = checks.Context(registry, [*loaded.findings, *solution.noticed], solution,
                             table, loaded.checked)
    context.memo[checks.coverage.MINIMUM] = min_coverage
    found = checks.run(context)
    report = Report(registry, config.apply(found) if config is not None
                    else checks.settle(found))
    report.ranges = solution.ranges
    if checked is not None:
        report.find_checked = checked
    if store is not None and solution.groups is not None:
        from functools import partial

        from .checks import coverage_cache

        report.find_checked = partial(coverage_cache.checked_ids, registry, solution.groups,
                                      store)
    report.notes.extend(solution.notes)
    report.notes.extend(_reference_notes(registry))
    kept = getattr(loaded, "kept", None)
    if kept is not None and only_files is None and ranges:
        from functools import partial

        from .report import quick, quick_record

        key = quick.inputs(paths, _table_context(config), config, min_coverage)
        report.keep_json = partial(quick_record.record, store, key, kept, solution, config,
                                   report)
    if only_files is not None:
        report.findings = _in_files(report.findings, only_files, registry)
    report.findings.sort()
    if checked is not None:
        report.unchecked  # noqa: B018  (taken now: the process beside this one ends)
    return report


def quick_report(paths: list[Path], config=None, min_coverage: float | None = None,
                 name: str = "json", quiet: bool = False,
                 files: list[str] | None = None) -> tuple[str, int, int] | bool | None:
    """The report of a cached run in format `name` (report/quick_view.py's formats),
    (text, errors, warnings), made from the last cached run's report when only a
    few files changed, and only in their claims' values (report/quick.py); `files`:
    its view for --files. None: run verify_paths; False: --files's view cannot be
    made from the pieces even if kept anew (run verify_paths with the files).
    The same text."""
    paths = [Path(p) for p in paths]
    store = _store(paths)
    if store is None:
        return None
    from .report import quick, quick_view

    if name not in quick_view.FORMATS:
        return None
    key = quick.inputs(paths, _table_context(config), config, min_coverage)
    table = config.table if config is not None else None
    with gc_paused(), reading_once():
        try:
            edit = quick.run(store, key, paths, table, config, files)
            return None if edit is None else quick_view.render(edit, name, quiet)
        except quick_view.ViewDeclined:
            return False
        except Exception:  # a shortcut that fails is a miss, as any cache's: the full run
            return None


def quick_files(paths: list[Path], files: list[str], config=None,
                min_coverage: float | None = None, name: str = "json",
                quiet: bool = False) -> tuple[str, int, int] | bool | None:
    """quick_report's view for --files; when the pieces are stale, the whole
    registry's cached run keeps them anew first (then the hook's next runs start
    from them). When even that gives no view, the runs after it do not try again
    until another run keeps new pieces: the caller's full --files run each time."""
    made = quick_report(paths, config, min_coverage, name, quiet, files)
    store = None if made is not None else _store([Path(p) for p in paths])
    if store is None:
        return made
    from .report import quick_record, quick_view

    if name not in quick_view.FORMATS or store.get(quick_record.KIND, NO_VIEW) == (
            "tried", _snapshot(store)):
        return None
    report = verify_paths(paths, config=config, min_coverage=min_coverage, cache=True)
    if report.keep_json is not None:
        from .report.formats import render

        report.keep_json(render(report, "json"))
    made = quick_report(paths, config, min_coverage, name, quiet, files)
    if not made:
        store.put(quick_record.KIND, NO_VIEW, ("tried", _snapshot(store)))
    return made


NO_VIEW = "no-view"  # the snapshot whose whole run gave --files no view


def _snapshot(store) -> str | None:
    """The token of the pieces kept last (None: none)."""
    from .report import quick_record

    latest = store.get(quick_record.KIND, quick_record.LATEST)
    return latest.get("token") if isinstance(latest, dict) else None


def _checked_beside(registry):
    """() -> coverage.checked_ids(registry), worked out in a forked process while
    this one solves (a large registry's coverage costs seconds, serial in the
    report otherwise); None for a registry small enough not to bother."""
    from .workers import cores, in_background

    if len(registry.claims) < BESIDE_FROM or cores() < 2:
        return None
    return in_background(checks.coverage.checked_ids, registry)


def _store(paths: list[Path]):
    from .cache.store import open_store
    from .registry.discover import registry_root

    try:
        root = registry_root(paths)
    except (OSError, ValueError, RuntimeError):  # no common folder, a link loop:
        return None  # (discover says why, next)
    return open_store(root)


def _table_context(config) -> str:
    """What the phrase table depends on beyond the shipped one (a part of every
    cached reading's key): the user's phrase file and tolerance."""
    import hashlib

    digest = hashlib.sha256()
    if config is not None and config.phrases is not None:
        try:
            digest.update(Path(config.phrases).read_bytes())
        except OSError:
            digest.update(b"unreadable")
    if config is not None:
        digest.update(f"\0{config.phrases}\0{config.tolerance}".encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


def _touching(files: list[str], registry):
    """wanted(group) for engine.solve: the groups with a claim, relation or quantity
    written in one of the files (the only groups --files can report on)."""
    wanted = {Path(f).resolve() for f in files}
    named = {name for name in registry.files if Path(name).resolve() in wanted}

    def touches(group) -> bool:
        return any(getattr(getattr(c.source, "location", None), "file", None) in named
                   for c in group)
    touches.files = named  # (the engine builds only the groups of names they hold)
    return touches


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
    inside: dict[str, bool] = {}  # each file once: 10,000 claims sit in a few hundred

    def there(name: str) -> bool:
        found = inside.get(name)
        if found is None:
            found = inside[name] = Path(name).resolve() in wanted
        return found

    written_there = {item.id for item in [*registry.claims, *registry.relations]
                     if there(item.location.file)}
    return [f for f in findings if there(f.file) or written_there.intersection(f.claims)]
