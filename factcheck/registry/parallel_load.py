"""Reading many registry files in forked workers (load.py's path for large registries).

Reading a file (YAML, schema, values, expressions, its document's text) and the
checks that look at one claim alone (quote, quote-number, date, value) need nothing
from other files, so forked workers do them, a slice of files at a time (whoever
is free takes the next, this process too), and send back what the file adds to
the registry. The whole process then goes on as load._load
does, in the same order: every file's reading problems, duplicate ids, every file's
assembly problems, places; the checks' findings in check order, file by file.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import NamedTuple

from .. import yamlsafe
from ..findings import Finding, Location
from ..workers import forked, worker_count
from . import schema
from .assemble import Loaded, as_duplicates, assemble, recording_texts
from .discover import Resolver, link_problem
from .model import Registry
from .places import check_places
from .voices import assign_voices

# Below this many files one process reads them all: starting workers costs more.
PARALLEL_FROM = 200
FILES_PER_TASK = 40


@dataclass
class _FileRead:
    """What one file adds to the registry, and the findings it causes."""

    name: str | None  # its display name; None: not read (a link out of the registry)
    problems: list[Finding]  # link, YAML and schema problems
    ids: object | None = None  # schema.RawFile with only its ids (duplicate check)
    assembly: Loaded | None = None  # its documents, places, ..., assembly problems
    checked: dict[str, list[Finding]] | None = None  # per-claim checks: check -> findings
    texts: list | None = None  # the (folder, relative) text paths its assembly read
    said: list[str] | None = None  # model.said of each claim (a cached reading)


def load_in_parallel(loaded: Loaded, files: list[Path], root: list[Path],
                     per_file=None, resolve: Resolver | None = None) -> Loaded:
    return merge(loaded, read_files(files, root, loaded.table, per_file, resolve=resolve),
                 per_file)


def read_files(files: list[Path], root: list[Path], table, per_file,
               data: list[bytes | None] | None = None,
               resolve: Resolver | None = None) -> list[_FileRead]:
    """Each file read on its own (in forked workers when there are many);
    `data`: their bytes, already read (None: read them here); `resolve`: the
    Resolver that found them (None: a new one)."""
    global _TASK
    jobs = worker_count()
    resolve = resolve or Resolver()  # the files' folders resolved once, not per file
    tasks = [(start, min(len(files), start + FILES_PER_TASK))
             for start in range(0, len(files), FILES_PER_TASK)]
    counter = _counter() if len(files) >= PARALLEL_FROM and jobs >= 2 else None
    if counter is None:
        return [_read_file(path, root, table, per_file, data[i] if data else None, resolve)
                for i, path in enumerate(files)]
    _TASK = (files, root, table, per_file, data, resolve, tasks, counter)
    # Reading and unpickling build many objects and no reference cycles: the
    # collector, run again and again as they pile up, would cost more than it frees.
    with yamlsafe.gc_paused():
        try:
            with forked(jobs - 1) as pool:
                # Every process takes the next slice of files when it is free, this
                # one too: none waits on another that was given more or slower
                # files (a fixed share left this one idle a fifth of the time).
                theirs = pool.imap(_claimed_slice, range(len(tasks))) if pool else ()
                done = dict(iter(partial(_claimed_slice, None), None))
                done.update(found for found in theirs if found is not None)
        finally:
            _TASK = None
    return [read for k in range(len(tasks)) for read in done[k]]


def _counter():
    """A count shared with the forked workers (the next slice to read), or None
    where the system cannot share one (then this process reads every file)."""
    import multiprocessing

    try:
        return multiprocessing.get_context("fork").Value("i", 0)
    except (OSError, NotImplementedError, ValueError):
        return None


def merge(loaded: Loaded, reads: list[_FileRead], per_file=None,
          duplicates: list[Finding] | None = None) -> Loaded:
    """The files' reads into one registry, in the order load._load makes it.
    `duplicates`: the duplicate-id findings of these reads, when the caller knows
    them (None: found here from each read's ids)."""
    registry = loaded.registry
    for read in reads:
        loaded.findings.extend(read.problems)
        if read.name is not None:
            registry.files.append(read.name)
    if duplicates is None:
        duplicates = find_duplicates([read.ids for read in reads if read.ids is not None])
    loaded.findings.extend(duplicates)
    checked: dict[str, list[Finding]] = {}
    for read in reads:
        if read.assembly is None:
            continue
        part = read.assembly.registry
        for document in part.documents.values():
            registry.documents.setdefault(document.id, document)
        for place in part.places.values():
            registry.places.setdefault(place.id, place)
        for speaker in part.speakers.values():
            registry.speakers.setdefault(speaker.id, speaker)
        for quantity in part.quantities.values():
            registry.quantities.setdefault(quantity.name, quantity)
        registry.claims.extend(part.claims)
        registry.relations.extend(part.relations)
        loaded.findings.extend(read.assembly.findings)
        for name, findings in (read.checked or {}).items():
            checked.setdefault(name, []).extend(findings)
    check_places(loaded)
    assign_voices(registry)
    loaded.checked = checked if per_file is not None else None
    return loaded


def find_duplicates(ids: list) -> list[Finding]:
    """The duplicate-id findings of the files' ids (_ids_only), in file order."""
    return as_duplicates(schema.check_unique_ids(ids))


# (files, roots, table, per_file, their bytes or None, a Resolver, the slices of
# files, the shared count of slices taken), inherited by the workers
_TASK: tuple | None = None


def _claimed_slice(_job) -> tuple[int, list[_FileRead]] | None:
    """The next slice of files nobody has taken, read: (its number, its reads);
    None when all are taken."""
    files, root, table, per_file, data, resolve, tasks, counter = _TASK
    with counter.get_lock():
        k = counter.value
        if k >= len(tasks):
            return None
        counter.value = k + 1
    start, end = tasks[k]
    return k, [_read_file(files[i], root, table, per_file, data[i] if data else None,
                          resolve) for i in range(start, end)]


def _read_file(path: Path, root: list[Path], table, per_file,
               data: bytes | None = None, resolve: Resolver | None = None) -> _FileRead:
    """One file, read as load._load reads it, assembled on its own, its claims checked.
    `data`: the file's bytes when the caller read them already (the cache)."""
    resolve = resolve or Resolver()
    if (problem := link_problem(path, root, resolve)) is not None:
        return _FileRead(None, [problem])
    name = resolve.name(path, resolve(path))
    read = _FileRead(name, [])
    node, problems = (yamlsafe.load_file(path, name) if data is None
                      else yamlsafe.load_bytes(data, name))
    read.problems.extend(problems)
    if node is None:
        return read
    raw, problems = schema.validate(node, name)
    read.problems.extend(problems)
    has_document_key = isinstance(node, yamlsafe.MapNode) and "document" in node.items
    read.ids = _ids_only(raw)
    read.assembly = Loaded(Registry(root=""), table=table)
    with recording_texts() as texts:
        assemble(read.assembly, path, raw, root, has_document_key)
    read.texts = list(texts)
    if per_file is not None:
        read.checked = per_file(read.assembly.registry, table)
    read.assembly.table = None  # the parent has it
    return read


class _Id(NamedTuple):
    """An entry reduced to what the duplicate-id check reads: a plain tuple, as every
    entry of a worker's files travels back to the parent (a record with a Location
    costs several times as much to send and to rebuild)."""

    id: str | None
    name: str | None
    file: str
    line: int
    column: int

    def where(self, field_name: str) -> Location:
        return Location(self.file, self.line, self.column)


def _ids_only(raw):
    def ids(entries, key: str):
        return [_Id(getattr(e, "id", None), getattr(e, "name", None), *_spot(e.where(key)))
                for e in entries]

    document = ids([raw.document], "id")[0] if raw.document is not None else None
    return schema.RawFile(raw.name, document, places=ids(raw.places, "id"),
                          speakers=ids(raw.speakers, "id"), events=ids(raw.events, "id"),
                          quantities=ids(raw.quantities, "name"), claims=ids(raw.claims, "id"),
                          relations=ids(raw.relations, "id"))


def _spot(location: Location) -> tuple[str, int, int]:
    return location.file, location.line, location.column
