"""Writes to a user's files: a temporary file in the same folder, flushed, renamed;
and a lock that serialises the programs that read, change and write one file.

What the user named is honoured: a symbolic link keeps being a link (the file it
leads to is replaced), a device or a pipe (`/dev/stdout`, `/dev/null`, a terminal)
is written into, never replaced by a regular file, and a read-only file is refused
rather than replaced. Any failure (a full disk) is an OSError for the caller to
report.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

# A link through these leads to a process's own stream (/dev/stdout is a link to
# /proc/self/fd/1) or a device: written into, even when it ends at a regular file
# (a shell's `> out.txt`, whose open descriptor a rename would leave behind).
_SPECIAL = ("/dev/", "/proc/")
_ORDINARY = ("/dev/shm/",)  # a file system for files like any other


def write_atomic(path: Path, text: str) -> None:
    """Replace `path` with `text` so that a reader sees the old file or the new one,
    never half of either (the rename is atomic on one file system)."""
    path = Path(path)
    mode = _mode(path)
    if mode is not None and not stat.S_ISREG(mode) or _special(path):
        _write_into(path, text)
        return
    if mode is not None and not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        raise PermissionError(errno.EACCES, "the file is read-only; factcheck does not "
                              "replace it (make it writable, or write elsewhere)")
    _replace(Path(os.path.realpath(path)) if path.is_symlink() else path, text, mode)


def _mode(path: Path) -> int | None:
    """The mode of what `path` leads to; None when nothing is there yet."""
    try:
        return os.stat(path).st_mode
    except FileNotFoundError:
        return None


def _special(path: Path) -> bool:
    """A path that is, or leads through links to, a device or a process's stream."""
    step = os.path.abspath(path)
    for _ in range(40):  # the kernel's own limit on links followed
        if step.startswith(_SPECIAL) and not step.startswith(_ORDINARY):
            return True
        if not os.path.islink(step):
            return False
        step = os.path.join(os.path.dirname(step), os.readlink(step))
        step = os.path.abspath(step)
    return False


def _write_into(path: Path, text: str) -> None:
    mode = _mode(path) or 0
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR))
    # No O_CREAT: a device that vanished is an error, not a new regular file.
    fd = os.open(path, os.O_WRONLY | (os.O_TRUNC if stat.S_ISREG(mode) else 0))
    with open(fd, "w", encoding="utf-8", newline="") as handle:
        handle.write(text)
        handle.flush()  # a full device (/dev/full) fails here, inside the `with`


def _replace(path: Path, text: str, mode: int | None) -> None:
    folder = path.parent if str(path.parent) else Path(".")
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(temp, mode & 0o7777)
        else:  # mkstemp makes 0600; a new file gets the usual mode, as open() would
            os.chmod(temp, 0o666 & ~_umask())
        os.replace(temp, path)
    except BaseException:
        try:
            os.unlink(temp)
        except FileNotFoundError:
            pass
        raise


@contextlib.contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold an exclusive lock for `path` while reading, merging and writing it, so two
    programs changing one file at once both keep their changes. The lock is on a file
    beside it (`.NAME.lock`), not on the file itself: the atomic rename gives the file
    a new inode, and a lock on the old one would not stop a newcomer."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    fd = os.open(folder / f".{path.name}.lock", os.O_RDWR | os.O_CREAT, 0o666)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def _umask() -> int:
    mask = os.umask(0o022)  # reading the umask means setting it: put it back at once
    os.umask(mask)
    return mask
