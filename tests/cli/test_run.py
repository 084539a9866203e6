"""The `factcheck` command (factcheck.cli:run): main(), then out of the process at
once. Whatever leaves that way must be what main() would have left with: the whole
output, flushed, and the same exit code."""

from __future__ import annotations

import subprocess
import sys

ENTRY = "import sys; sys.argv[0] = 'factcheck'; from factcheck.cli import {0}; {0}()"


def _run(function: str, *args: str, cwd) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", ENTRY.format(function), *args], cwd=cwd,
                          capture_output=True, text=True, timeout=120)


def test_run_prints_and_exits_as_main_does(shipped, workdir):
    for args in (["verify", "-f", "json", "--no-cache"], ["verify", "nowhere"],
                 ["verify", "-f", "text", "--strict", "--no-cache"], ["--version"]):
        fast, plain = _run("run", *args, cwd=workdir), _run("main", *args, cwd=workdir)
        assert (fast.returncode, fast.stdout, fast.stderr) == \
               (plain.returncode, plain.stdout, plain.stderr), args
    assert _run("run", "verify", "nowhere", cwd=workdir).returncode == 2


def test_run_writes_a_large_report_whole_through_a_pipe(shipped, workdir):
    """Flushed before the process ends: nothing of a buffered report is lost."""
    done = _run("run", "verify", "-f", "html", "--no-cache", cwd=workdir)
    assert done.stdout.rstrip().endswith("</html>") and len(done.stdout) > 8192
