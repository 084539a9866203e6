"""From a registry folder to a `Registry`: find files, read them, assemble.

Every problem in every file is collected as a finding; nothing stops at the first.
A claim whose value or expression cannot be read stays in the registry (the report
lists it as unread) but takes no part in the consistency check. Which files make the
registry: discover.py; one file's entries into the registry: assemble.py; many files
are read in forked workers: parallel_load.py.
"""

from __future__ import annotations

from pathlib import Path

from .. import yamlsafe
from ..workers import worker_count
from . import parallel_load, schema
from .assemble import Loaded, as_duplicates, assemble, reading_once
from .discover import (  # noqa: F401  (RegistryUnreadable, discover: load's public names)
    RegistryUnreadable, Resolver, discover, display_name, link_problem, registry_root,
    registry_roots,
)
from .model import Registry
from .places import check_places
from .voices import assign_voices

__all__ = ["Loaded", "RegistryUnreadable", "discover", "load"]


def load(paths: list[Path], table=None, per_file=None, cache=None,
         context: str = "") -> Loaded:
    """`table`: a phrase table (grammar.load_table) to read values with.
    `per_file(registry, table) -> {rule: findings}`: checks that look at one file's
    claims alone, run as each file is read (in the workers, for a large registry).
    `cache`: a cache.Store to keep each file's reading in (None: read them all);
    `context`: a digest of the table, for the cache's keys."""
    with reading_once():
        return _load(paths, table, per_file, cache, context)


def _load(paths: list[Path], table, per_file, cache=None, context: str = "") -> Loaded:
    unreadable: list = []  # folders that cannot be read: findings, not silence
    resolve = Resolver()  # the files' folders resolved once, not once per file
    files = discover(paths, unreadable, resolve)
    root = registry_roots(paths)
    loaded = Loaded(Registry(root=str(registry_root(paths))), table=table)
    loaded.findings.extend(unreadable)
    if cache is not None:
        from .cached_load import load_cached

        return load_cached(loaded, files, root, per_file, cache, context)
    if len(files) >= parallel_load.PARALLEL_FROM and worker_count() > 1:
        return parallel_load.load_in_parallel(loaded, files, root, per_file, resolve)
    raws = []
    for path in files:
        if (problem := link_problem(path, root, resolve)) is not None:
            loaded.findings.append(problem)
            continue
        name = resolve.name(path, resolve(path))
        loaded.registry.files.append(name)
        node, problems = yamlsafe.load_file(path, name)
        loaded.findings.extend(problems)
        if node is None:
            continue
        raw, problems = schema.validate(node, name)
        loaded.findings.extend(problems)
        # schema already reports claims in a file with no `document:` key at all.
        raw_has_document_key = isinstance(node, yamlsafe.MapNode) and "document" in node.items
        raws.append((path, raw, raw_has_document_key))
    loaded.findings.extend(as_duplicates(schema.check_unique_ids([r for _, r, _ in raws])))
    for path, raw, has_document_key in raws:
        assemble(loaded, path, raw, root, has_document_key)
    check_places(loaded)
    assign_voices(loaded.registry)
    if per_file is not None:
        loaded.checked = per_file(loaded.registry, table)
    return loaded


