"""The one process pool everything parallel uses: loading files, solving groups,
extracting articles; and one forked process for work that can go on beside them
(`in_background`).

Workers are forked, so they inherit what the parent prepared (the files to read, the
groups to solve, the imported grammar) instead of receiving it pickled; only small
results travel back. Where a system cannot make processes (no working semaphores,
no fork), the work runs in this process, with the same results.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from fractions import Fraction

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


def reduce_fraction(value: Fraction):
    """A Fraction pickled as its two integers (the standard pickle is its text,
    parsed again on loading: several times slower)."""
    return _fraction, (value.numerator, value.denominator)


def _fraction(numerator: int, denominator: int) -> Fraction:
    """The Fraction numerator/denominator, already in lowest terms with a positive
    denominator (it was one when pickled), made without normalising it again.
    Read back only from our own processes and our own signed cache."""
    made = object.__new__(Fraction)
    made._numerator, made._denominator = numerator, denominator
    return made


def _fractions_as_integers() -> None:
    """What forked workers send back (readings hold the values' Fractions, solved
    groups their ranges: hundreds of thousands at 100,000 claims) pickles its
    Fractions as two integers. Registered before forking: the workers inherit it."""
    from multiprocessing.reduction import ForkingPickler

    ForkingPickler.register(Fraction, reduce_fraction)


@contextmanager
def forked(jobs: int):
    """A pool of `jobs` forked workers, or None where processes cannot be made."""
    import multiprocessing

    _fractions_as_integers()
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


def in_background(function: Callable, *args) -> Callable[[], object]:
    """function(*args) worked out in a forked process while this one goes on; the
    call returned gives its result (waiting for it), its `cancel()` ends the process
    when the result is no longer wanted. Where no process can be made, or the
    process fails, the result is worked out in this process when asked: the same
    result either way."""
    import multiprocessing

    _fractions_as_integers()
    try:
        context = multiprocessing.get_context("fork")
        receive, send = context.Pipe(duplex=False)
        process = context.Process(target=_send_result, args=(send, function, args),
                                  daemon=True)
        process.start()
    # (AssertionError: this process is a daemon, as a pool's worker is, and may
    # not have children)
    except (AssertionError, OSError, NotImplementedError, ValueError):
        def here():
            return function(*args)
        here.cancel = lambda: None
        return here
    send.close()  # (the child's copy stays open: end of file means it failed)

    def result():
        try:
            done, value = receive.recv()
        except (EOFError, OSError):
            done, value = False, None
        finally:
            receive.close()
            process.join()
        return value if done else function(*args)

    def cancel() -> None:
        process.terminate()  # (nothing, once it has ended)
        process.join()
        receive.close()
    result.cancel = cancel
    return result


def _send_result(send, function: Callable, args: tuple) -> None:
    try:
        value = (True, function(*args))
    except Exception:  # noqa: BLE001 - the parent works it out again and says why
        value = (False, None)
    send.send(value)
    send.close()
