"""Reading a file a user named without trusting what it is.

A path in a registry, a configuration or on the command line may name a named pipe,
a device or a folder (by mistake, or in a hostile pull request): reading it must
fail at once with a clear error, never block or stream for ever.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

# The largest article text: a document's `text:` in the registry and an article given
# to `extract`. Quote matching maps every character of a text to its offset, about
# 100 bytes and 1 µs per character that is not plain ASCII; 5 MiB is some 800,000
# words, far beyond any article or report.
MAX_TEXT_BYTES = 5 * 1024 * 1024


def read_regular_file(path: Path, size: int) -> bytes:
    """At most `size` bytes of a regular file. A FIFO, a device or a folder is an
    OSError, raised before any read, so nothing can block or stream forever."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR))
        if not stat.S_ISREG(mode):
            raise OSError(errno.EINVAL, "not a regular file (a device, pipe or socket)")
        with open(fd, "rb", closefd=False) as handle:
            return handle.read(size)
    finally:
        os.close(fd)
