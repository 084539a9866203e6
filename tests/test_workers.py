"""factcheck.workers: work done in a forked process beside this one gives what
this process would work out itself, whatever happens to that process."""

from __future__ import annotations

import os

from factcheck import workers


def _square_elsewhere(parent: int, value: int) -> tuple[int, bool]:
    return value * value, os.getpid() != parent


def test_a_result_worked_out_beside_is_the_result():
    result = workers.in_background(_square_elsewhere, os.getpid(), 12)
    assert result() == (144, True)  # worked out in another process


def _fails_elsewhere(parent: int, value: int) -> int:
    if os.getpid() != parent:
        raise RuntimeError("the forked process fails")
    return value + 1


def test_a_process_that_fails_leaves_the_work_to_this_one():
    assert workers.in_background(_fails_elsewhere, os.getpid(), 41)() == 42


def _dies_elsewhere(parent: int) -> str:
    if os.getpid() != parent:
        os._exit(7)  # killed before it could answer
    return "here"


def test_a_process_that_dies_leaves_the_work_to_this_one():
    assert workers.in_background(_dies_elsewhere, os.getpid())() == "here"


def _refuse(method):
    raise ValueError("no fork here")


def test_no_process_at_all_leaves_the_work_to_this_one(monkeypatch):
    import multiprocessing

    monkeypatch.setattr(multiprocessing, "get_context", _refuse)
    result = workers.in_background(_square_elsewhere, os.getpid(), 3)
    assert result() == (9, False)


def _beside_from_a_daemon(parent: int) -> tuple:
    # a pool's worker is a daemon: it may not make a process of its own
    return workers.in_background(_square_elsewhere, parent, 5)()


def test_a_daemon_works_it_out_itself():
    import multiprocessing

    with multiprocessing.get_context("fork").Pool(1) as pool:
        value, elsewhere = pool.apply(_beside_from_a_daemon, (os.getpid(),))
    assert value == 25 and elsewhere  # (the daemon's own work, not the parent's)


def _sleeps_elsewhere(parent: int) -> str:
    import time

    if os.getpid() != parent:
        time.sleep(60)  # (never answers in time: cancelled)
    return "here"


def test_a_result_no_longer_wanted_ends_its_process(monkeypatch):
    import multiprocessing

    result = workers.in_background(_sleeps_elsewhere, os.getpid())
    assert multiprocessing.active_children()  # the process beside this one
    result.cancel()
    assert not multiprocessing.active_children()
    # (near miss) where no process could be made, cancelling is a no-op and the
    # result is still worked out when asked
    monkeypatch.setattr(multiprocessing, "get_context", _refuse)
    here = workers.in_background(_sleeps_elsewhere, os.getpid())
    assert here.cancel() is None and here() == "here"


def _values_elsewhere(parent: int) -> tuple[list, bool]:
    from fractions import Fraction

    return [Fraction(-7, 3), Fraction(12), Fraction(1, 10**30), 5], os.getpid() != parent


def test_fractions_come_back_from_workers_as_the_same_numbers():
    # Sent as two integers, not as text: the same value and type, in lowest terms
    # with a positive denominator (so that == and hash agree with any other).
    from fractions import Fraction

    values, elsewhere = workers.in_background(_values_elsewhere, os.getpid())()
    assert elsewhere
    assert values == [Fraction(-7, 3), Fraction(12), Fraction(1, 10**30), 5]
    assert [type(v) for v in values] == [Fraction, Fraction, Fraction, int]
    assert [(v.numerator, v.denominator) for v in values[:3]] == [(-7, 3), (12, 1), (1, 10**30)]
    assert hash(values[1]) == hash(12)
    with workers.forked(2) as pool:
        if pool is not None:
            assert pool.map(Fraction, ["-7/3", "0.25"]) == [Fraction(-7, 3), Fraction(1, 4)]
