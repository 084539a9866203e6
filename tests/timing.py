"""Speed in tests without wall-clock asserts: a block may use at most ten times the
CPU time it is expected to (process_time: this process's own time, not what other
programs on a busy machine take). Timings proper live in scripts/bench_*.py."""

from __future__ import annotations

import contextlib
import time

SLACK = 10


@contextlib.contextmanager
def cpu_budget(expected: float, what: str = "the block"):
    """Fail when the block uses more than SLACK × `expected` seconds of CPU."""
    start = time.process_time()
    yield
    used = time.process_time() - start
    assert used < SLACK * expected, (f"{what} used {used:.2f} s of CPU; about "
                                     f"{expected} s expected, {SLACK}× allowed")
