"""Loading with the cache: a file read before, unchanged, is not read again.

A file's reading (its YAML, schema, documents, claims with their values read, and
the per-claim checks' findings) depends on its bytes, its name as reports show it,
its real path, the registry's folders, the phrase table and the article texts it
names; the entry's key digests all but the texts, which the entry lists with a
digest of each, compared on every use. The files read anew go through
parallel_load like any other, and everything then merges as there: a cached run
builds the very registry an uncached one does.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from ..files import MAX_TEXT_BYTES, read_regular_file
from ..yamlsafe import Limits
from .assemble import Loaded
from .discover import Resolver
from .parallel_load import merge, read_files

KIND = "file"


def load_cached(loaded: Loaded, files: list[Path], root: list[Path], per_file,
                store, context: str) -> Loaded:
    """`context`: a digest of what else a reading depends on (the phrase table)."""
    reads: list = [None] * len(files)
    keys: list[str | None] = [None] * len(files)
    missing: list[int] = []
    data: list[bytes | None] = []
    prefix = _prefix(root, per_file is not None, context)
    here = Path.cwd().resolve()
    real_path = Resolver()
    for i, path in enumerate(files):
        real = real_path(path)
        content = _content(path, real, root)
        if content is not None:
            keys[i] = _key(prefix, path, real, here, content)
            entry = store.get(KIND, keys[i])
            if _fresh(entry, real_path):
                reads[i] = entry[1]
                continue
        missing.append(i)
        data.append(content)
    fresh = read_files([files[i] for i in missing], root, loaded.table, per_file, data)
    for i, read in zip(missing, fresh):
        reads[i] = read
        if keys[i] is not None:
            store.put(KIND, keys[i], (_fingerprints(read.texts or (), real_path), read))
    return merge(loaded, reads, per_file)


def _prefix(root: list[Path], per_file: bool, context: str) -> bytes:
    roots = "\0".join(str(r) for r in root)
    return f"{roots}\0{per_file}\0{context}\0".encode("utf-8", "surrogateescape")


def _content(path: Path, real: Path | None, root: list[Path]) -> bytes | None:
    """The file's bytes, read as yamlsafe.load_file reads them; None for a file
    that is not read (a link out of the registry: discover.link_problem) or cannot
    be (not cached)."""
    if real is None or not any(real.is_relative_to(allowed) for allowed in root):
        return None
    try:
        return read_regular_file(path, Limits().max_bytes + 1)
    except (OSError, ValueError):
        return None


def _key(prefix: bytes, path: Path, real: Path, here: Path, content: bytes) -> str:
    """The file's bytes, its real path and its name as discover.display_name gives
    it (from the real path already found: resolving again costs a system call per
    folder of the path)."""
    try:
        name = str(real.relative_to(here))
    except ValueError:
        name = str(path)
    digest = hashlib.sha256(prefix)
    # (surrogateescape: a file name need not be UTF-8)
    digest.update(f"{name}\0{real}\0".encode("utf-8", "surrogateescape"))
    digest.update(content)
    return digest.hexdigest()


def _fresh(entry, real_path) -> bool:
    """Whether a stored reading still holds: every text it read is as it was."""
    if not isinstance(entry, tuple) or len(entry) != 2:
        return False
    texts, _ = entry
    return _fingerprints([(folder, relative) for folder, relative, _ in texts],
                         real_path) == texts


def _fingerprints(texts, real_path) -> list[tuple[str, str, str]]:
    """Each text path with what it reads as now: its real path and a digest of its
    bytes, or why it cannot be read."""
    out = []
    for folder, relative in texts:
        target = real_path(Path(folder) / relative)
        if target is None:
            out.append((folder, relative, "unresolved"))
            continue
        try:
            data = read_regular_file(target, MAX_TEXT_BYTES + 1)
            seen = hashlib.sha256(data).hexdigest()
        except (OSError, ValueError) as error:
            seen = f"unreadable {type(error).__name__} {getattr(error, 'errno', '')}"
        out.append((folder, relative, f"{target}\0{seen}"))
    return out
