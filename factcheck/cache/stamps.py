"""What a file's bytes digest to, known again without reading it when nothing
about the file has changed since it was last read.

A file's stamp is its device, inode, size, modification time and change time
(ctime, which the system sets on every write, rename or `touch`, and which no user
can set back: an edit that keeps the size and restores the modification time
still changes it). A digest is reused only when the stamp is exactly the one it was
recorded with. A stamp is recorded only for a file last changed more than
`SETTLED` seconds before the run began: a file written within the same clock tick
as it was read could otherwise change again without changing its stamp ("racy"
files, as git calls them); those are read and digested every time until they
settle. Anything unusual (not a regular file, stat failing) is read as without
this. One store entry holds every stamp, read and written once per run.
"""

from __future__ import annotations

import hashlib
import os
import stat
import time
from collections.abc import Callable
from pathlib import Path

KIND = "stamps"
NAME = "index"
SETTLED = 2.0  # seconds


class Stamps:
    def __init__(self, store):
        self.store = store
        known = store.get(KIND, NAME)
        self.absent = not isinstance(known, dict)
        self.known: dict[str, tuple] = {} if self.absent else known
        self.seen: dict[str, tuple] = {}
        self.settled_before = time.time_ns() - int(SETTLED * 1e9)
        self.reads = 0  # files read to digest them (tests count them)

    def digest(self, real: Path, read: Callable[[], bytes],
               use: str) -> tuple[str, bytes | None]:
        """The sha256 (hex) of the file's bytes as `read()` returns them, and those
        bytes when they had to be read (None: known from the stamp). `use` names
        how `read` reads it (its limit on size): one file read two ways has two
        digests. `read`'s errors propagate."""
        name = f"{use}\0{real}"
        try:
            info = os.stat(real)
        except (OSError, ValueError):
            info = None
        stamp = None if info is None or not stat.S_ISREG(info.st_mode) else (
            info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)
        known = self.known.get(name)
        if stamp is not None and known is not None and known[0] == stamp:
            self.seen[name] = known
            return known[1], None
        self.reads += 1
        data = read()
        digest = hashlib.sha256(data).hexdigest()
        if stamp is not None and max(stamp[3], stamp[4]) < self.settled_before:
            self.seen[name] = (stamp, digest)
        return digest, data

    def save(self) -> None:
        if self.absent or self.seen != self.known:
            self.store.put(KIND, NAME, self.seen)
