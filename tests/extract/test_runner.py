"""runner: worker processes only for several files, one per core by default, and
results in input order whatever the number of workers."""

from __future__ import annotations

import multiprocessing.context
import os
import subprocess
import sys
import datetime as dt
from pathlib import Path

import pytest

from factcheck import workers
from factcheck.extract import runner
from factcheck.extract.runner import Job, process, run

DATA = Path(__file__).parent / "data"
TEXTS = sorted(DATA.glob("*.txt"))


@pytest.fixture
def pools(monkeypatch):
    """The workers of every process pool `run` starts (the pools still work)."""
    started: list[int] = []
    real = workers.forked

    def recording(jobs):
        started.append(jobs)
        return real(jobs)

    monkeypatch.setattr(workers, "forked", recording)
    monkeypatch.setattr(runner, "cores", lambda: 8)
    return started


def jobs(paths, format="json") -> list[Job]:
    return [Job(p, dt.date(2023, 10, 3), format, p.parent, single=False) for p in paths]


@pytest.mark.parametrize("workers, files, started", [
    (0, 4, [4]),   # default: one per core, no more than there are files
    (2, 4, [2]),
    (1, 4, []),    # --jobs 1: no pool at all
    (0, 1, []),    # a single file is read here, without a pool
    (3, 1, []),
])
def test_workers_only_for_several_files(pools, workers, files, started):
    paths = (TEXTS * 2)[:files]
    results = list(run(jobs(paths), workers))
    assert pools == started
    assert [r.path for r in results] == paths
    assert all(r.code == 0 and r.mentions > 0 for r in results)


def test_default_is_every_core(monkeypatch, pools):
    assert len(TEXTS) > 2
    monkeypatch.setattr(runner, "cores", lambda: 2)
    list(run(jobs(TEXTS), 0))
    assert pools == [2]


@pytest.mark.parametrize("format", ["json", "yaml"])
def test_results_are_those_of_a_serial_run(format):
    work = jobs(TEXTS + TEXTS[:1], format)
    serial = [process(job) for job in work]
    assert [r.path for r in serial] == [job.path for job in work]
    for workers in (2, 3):
        assert list(run(work, workers)) == serial


def test_without_working_process_pools_the_files_are_read_one_by_one(monkeypatch):
    """Where semaphores are missing (some sandboxes) the pool cannot start: no crash,
    the same results, read here."""
    def broken(*args, **kwargs):
        raise NotImplementedError("no working sem_open")

    monkeypatch.setattr(multiprocessing.context.ForkContext, "Pool", broken)
    work = jobs(TEXTS)
    assert list(run(work, 2)) == [process(j) for j in work]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_named_pipe_is_refused_not_waited_on(tmp_path):
    # read_bytes() on a named pipe waits for a writer for ever; extract must refuse
    # it at once, exit 2, and name it
    os.mkfifo(tmp_path / "pipe.txt")
    result = subprocess.run(
        [sys.executable, "-c", "from factcheck.cli import main; main()", "extract",
         str(tmp_path / "pipe.txt")], capture_output=True, text=True, timeout=30)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr == (f"factcheck: cannot read {tmp_path / 'pipe.txt'}: not a "
                             "regular file (a device, pipe or socket)\n")


def test_relative_dates_left_unread_without_a_date_say_how_to_give_one(tmp_path):
    text = tmp_path / "story.txt"
    text.write_text("Floods hit Assam on Sunday, three weeks ago, and 5 people died.\n",
                    encoding="utf-8")
    undated = process(Job(text, None, "yaml", tmp_path)).output
    assert "give --published YYYY-MM-DD" in undated
    assert "'on Sunday' at" in undated and "'three weeks ago' at" in undated
    # near misses: with a date the days are read; with nothing relative, no advice
    dated = process(Job(text, dt.date(2023, 10, 3), "yaml", tmp_path)).output
    assert "--published" not in dated
    text.write_text("Floods hit Assam in 2022 and 5 people died.\n", encoding="utf-8")
    assert "--published" not in process(Job(text, None, "yaml", tmp_path)).output
