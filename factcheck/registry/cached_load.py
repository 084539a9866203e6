"""Loading with the cache: a file read before, unchanged, is not read again.

A file's reading (its YAML, schema, documents, claims with their values read, and
the per-claim checks' findings) depends on its bytes, its name as reports show it,
its real path, the registry's folders, the phrase table and the article texts it
names; the entry's key digests all but the texts, which the entry lists with a
digest of each, compared on every use. The files read anew go through
parallel_load like any other, and everything then merges as there: a cached run
builds the very registry an uncached one does. Files whose stamp (cache/stamps.py)
is unchanged are not even read: their digest is the one recorded.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from functools import partial
from pathlib import Path

from .. import expr
from ..cache.stamps import Stamps
from ..cache.store import dumps
from ..files import MAX_TEXT_BYTES, read_regular_file
from ..yamlsafe import Limits
from .assemble import Loaded
from .discover import MAX_FILES, RegistryUnreadable, Resolver, _refuse_a_link_out
from .model import said
from .parallel_load import find_duplicates, merge, read_files

KIND = "file"
DUPLICATES = "duplicates"


def load_cached(loaded: Loaded, files: list[Path], root: list[Path], per_file,
                store, context: str) -> Loaded:
    """`context`: a digest of what else a reading depends on (the phrase table)."""
    unreadable = [finding.to_json() for finding in loaded.findings]  # (discover's)
    reads: list = [None] * len(files)
    keys: list[str | None] = [None] * len(files)
    missing: list[int] = []
    data: list[bytes | None] = []
    prefix = _prefix(root, per_file is not None, context)
    # Real paths as text, compared as text (the same answers as Path's, without
    # making some 50,000 Path objects at 100,000 claims).
    here = str(Path.cwd().resolve())
    inside = [_folder_prefix(str(r)) for r in root]
    real_path = Resolver()
    stamps = Stamps(store)
    ids: list[bytes | None] = [None] * len(files)  # each read's ids, pickled
    prints: list[list | None] = [None] * len(files)  # each read's texts as they read
    for i, path in enumerate(files):
        real = real_path.text(str(path))
        digest, content = _content(path, real, inside, stamps)
        if digest is not None:
            keys[i] = _key(prefix, path, real, here, digest)
            entry = store.get(KIND, keys[i])
            if _fresh(entry, real_path, stamps):
                prints[i], reads[i], ids[i] = entry
                continue
            if content is None:  # known by its stamp, yet needed: read it now
                digest, content = _content(path, real, inside, None)
                keys[i] = None if digest is None else _key(prefix, path, real, here, digest)
        missing.append(i)
        data.append(content)
    fresh = read_files([files[i] for i in missing], root, loaded.table, per_file, data)
    for i, read in zip(missing, fresh):
        reads[i] = read
        ids[i], prints[i] = keep_reading(store, keys[i], read, real_path, stamps)
    stamps.save()
    merged = merge(loaded, reads, per_file, _duplicates(ids, store))
    merged.registry.said = _said(reads)
    # what a later run compares its files with (report/quick.py)
    merged.kept = (files, keys, prints, reads, unreadable)
    return merged


def keep_reading(store, key: str | None, read, real_path, stamps) -> tuple:
    """A fresh reading made ready to keep, and kept under `key` (None: not kept):
    (its ids pickled, its texts' fingerprints)."""
    ids = None if read.ids is None else dumps(read.ids)
    read.ids = None  # (kept apart)
    if read.assembly is not None:
        read.said = [said(claim) for claim in read.assembly.registry.claims]
    prints = _fingerprints(read.texts or (), real_path, stamps)
    if key is not None:
        _walk_expressions(read)
        store.put(KIND, key, (prints, read, ids))
    return ids, prints


def file_keys(files: list[Path], root: list[Path], context: str, stamps,
              real_path) -> list[tuple[str | None, bytes | None]]:
    """Each file's key as load_cached makes it (None: not cached) and its bytes
    when they had to be read (None: known by its stamp)."""
    prefix = _prefix(root, True, context)
    here = str(Path.cwd().resolve())
    inside = [_folder_prefix(str(r)) for r in root]
    out = []
    for path in files:
        real = real_path.text(str(path))
        digest, content = _content(path, real, inside, stamps)
        out.append((None if digest is None else _key(prefix, path, real, here, digest),
                    content))
    return out


def yaml_files(paths: list[Path], real_path) -> list[str] | None:
    """discover(paths) as text, made without a Path per file (a tenth of a second at
    100,000 claims), for folders whose walk meets nothing discover would report or
    refuse; None for anything else (discover then says what)."""
    found: list[str] = []
    for path in paths:
        try:
            _refuse_a_link_out(path)
        except RegistryUnreadable:
            return None
        if not path.is_dir() or path.is_symlink():
            return None
        top, errors = str(path), []
        # (as discover._yaml_files: the same order, folders and names left out)
        for current, dirs, files in os.walk(top, onerror=errors.append, followlinks=False):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            # Path("./sub") / "a.yaml" is "sub/a.yaml": a walk of "." is named so too
            here = current[2:] if top == "." and current.startswith("./") else \
                "" if current == "." else current
            found.extend(os.path.join(here, f) for f in sorted(files)
                         if f.endswith((".yaml", ".yml")) and not f.startswith("."))
            if len(found) > MAX_FILES:
                return None
        if errors:
            return None
    reals = [real_path.text(name) for name in found]
    if not found or None in reals:
        return None
    unique: dict[str, str] = {}
    for name, real in zip(found, reals):
        unique.setdefault(real, name)  # (a file named twice, through a link: once)
    return list(unique.values())


def texts_unchanged(prints: list, real_path, stamps) -> bool:
    """Whether the texts a reading read (their fingerprints) still read the same."""
    return _fingerprints([(folder, relative) for folder, relative, _ in prints],
                         real_path, stamps) == prints


def _said(reads) -> dict:
    """id(claim) -> (claim, model.said(claim)) for the claims of every reading: the
    lines the engine keys its groups of names by, kept with each cached reading
    (made from the claim as read, which nothing changes but its voice), not made
    again for 100,000 claims on every run. The claim itself is kept beside its
    line, so that an id can never name another claim."""
    known = {}
    for read in reads:
        if read.assembly is not None and read.said is not None:
            for claim, line in zip(read.assembly.registry.claims, read.said, strict=True):
                known[id(claim)] = (claim, line)
    return known


def _duplicates(ids: list[bytes | None], store) -> list:
    """The duplicate-id findings of the files' ids (each pickled, None: a file with
    none), kept under a digest of them all: an edit that moves no id and no line
    of one keeps them, and the 200,000 ids of 100,000 claims are neither unpickled
    nor compared again. Equal bytes are equal ids; unequal bytes of equal ids (a
    string pickled once or twice) only cost a miss."""
    digest = hashlib.sha256()
    for blob in ids:
        if blob is not None:
            digest.update(hashlib.sha256(blob).digest())
    key = digest.hexdigest()
    entry = store.get(DUPLICATES, "latest")
    if isinstance(entry, tuple) and len(entry) == 2 and entry[0] == key \
            and isinstance(entry[1], list):
        return entry[1]
    found = find_duplicates([pickle.loads(blob) for blob in ids if blob is not None])
    store.put(DUPLICATES, "latest", (key, found))
    return found


def _walk_expressions(read) -> None:
    """Each expression's names and references found before the reading is kept:
    remembered on the tree (expr.names), they are kept with it, and a cached run
    does not walk every relation and compound expression of the registry again
    (0.4 s at 100,000 claims). Only the trees' own walks: what they say is the same."""
    if read.assembly is None:
        return
    part = read.assembly.registry
    trees = [c.expr for c in part.claims if c.expr is not None]
    trees += [r.comparison for r in part.relations if r.comparison is not None]
    for tree in trees:
        if type(tree) is not expr.Name:
            expr.names(tree)
            expr.references(tree)


def _prefix(root: list[Path], per_file: bool, context: str) -> bytes:
    roots = "\0".join(str(r) for r in root)
    return f"{roots}\0{per_file}\0{context}\0".encode("utf-8", "surrogateescape")


def _folder_prefix(folder: str) -> str:
    """What the real path of anything inside `folder` (a real path) starts with."""
    return folder if folder.endswith("/") else folder + "/"


def _content(path: Path, real: str | None, inside: list[str],
             stamps: Stamps | None) -> tuple[str | None, bytes | None]:
    """(digest, bytes) of the file as yamlsafe.load_file reads it (bytes None: known
    by its stamp, not read); (None, None) for a file that is not read (a link out
    of the registry: discover.link_problem) or cannot be (not cached). `inside`:
    the registry's folders (_folder_prefix)."""
    if real is None or not any(real.startswith(folder) for folder in inside):
        return None, None
    read = partial(read_regular_file, path, Limits().max_bytes + 1)
    try:
        if stamps is None:
            data = read()
            return hashlib.sha256(data).hexdigest(), data
        return stamps.digest(real, read, "yaml")
    except (OSError, ValueError):
        return None, None


def _key(prefix: bytes, path: Path, real: str, here: str, content: str) -> str:
    """The file's bytes, its real path and its name as discover.display_name gives
    it (from the real path already found: resolving again costs a system call per
    folder of the path)."""
    start = _folder_prefix(here)
    name = real[len(start):] if real.startswith(start) else str(path)
    digest = hashlib.sha256(prefix)
    # (surrogateescape: a file name need not be UTF-8)
    digest.update(f"{name}\0{real}\0{content}".encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


def _fresh(entry, real_path, stamps: Stamps) -> bool:
    """Whether a stored reading still holds: every text it read is as it was."""
    if not isinstance(entry, tuple) or len(entry) != 3:
        return False
    texts, _, _ = entry
    return _fingerprints([(folder, relative) for folder, relative, _ in texts],
                         real_path, stamps) == texts


def _fingerprints(texts, real_path, stamps: Stamps) -> list[tuple[str, str, str]]:
    """Each text path with what it reads as now: its real path and a digest of its
    bytes (known by its stamp, or read), or why it cannot be read."""
    out = []
    for folder, relative in texts:
        target = real_path.text(os.path.join(folder, relative))
        if target is None:
            out.append((folder, relative, "unresolved"))
            continue
        try:
            seen, _ = stamps.digest(target, partial(read_regular_file, target,
                                                    MAX_TEXT_BYTES + 1), "text")
        except (OSError, ValueError) as error:
            seen = f"unreadable {type(error).__name__} {getattr(error, 'errno', '')}"
        out.append((folder, relative, f"{target}\0{seen}"))
    return out
