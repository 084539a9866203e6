"""The one process pool everything parallel uses: loading files, solving groups,
extracting articles.

Workers are forked, so they inherit what the parent prepared (the files to read, the
groups to solve, the imported grammar) instead of receiving it pickled; only small
results travel back. Where a system cannot make processes (no working semaphores,
no fork), the work runs in this process, with the same results.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

MAX_WORKERS = 8


def cores() -> int:
    """The cores this process may run on (fewer than the machine's under a CPU
    affinity mask, as in some containers)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):  # not on Linux
        return os.cpu_count() or 1


def worker_count() -> int:
    return min(cores(), MAX_WORKERS)


@contextmanager
def forked(jobs: int):
    """A pool of `jobs` forked workers, or None where processes cannot be made."""
    import multiprocessing

    try:
        pool = multiprocessing.get_context("fork").Pool(jobs)
    except (OSError, NotImplementedError, ValueError):
        yield None
        return
    with pool:
        yield pool


def ordered_map(function: Callable, items: Iterable, jobs: int) -> Iterator:
    """function(item) for each item, in input order, each result as soon as it and
    all before it are done; in `jobs` forked workers (1: in this process)."""
    items = list(items)
    if jobs <= 1 or len(items) <= 1:
        yield from map(function, items)
        return
    with forked(min(jobs, len(items))) as pool:
        if pool is None:
            yield from map(function, items)
            return
        yield from pool.imap(function, items, chunksize=1)
