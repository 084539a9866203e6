"""Safe writes: every command that writes a file writes a temporary file in the same
folder, flushes it to disk and renames it over the target (factcheck/safewrite.py).

Killed in the middle of a write (SIGKILL: no cleanup runs), a command leaves the old
file intact and at most one temporary file, named `.NAME.XXXX.tmp`, which the registry
loader never reads (it skips dotfiles and reads only *.yaml / *.yml).
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
import types
from pathlib import Path

import pytest
import typer.main

from factcheck import safewrite
from factcheck.registry.load import load

MAIN = Path(__file__).resolve().parents[2]
CHUNK = 64

# The child: factcheck's own CLI, with safewrite's file object swapped for one that
# writes one chunk, says so (the `ready` file) and then sleeps until it is killed.
CHILD = f"""
import os, sys, time, types
import factcheck.safewrite as safewrite

ready = sys.argv[1]
real_fdopen = os.fdopen

class Slow:
    def __init__(self, handle):
        self.handle = handle
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return self.handle.__exit__(*exc)
    def __getattr__(self, name):
        return getattr(self.handle, name)
    def write(self, text):
        for start in range(0, len(text), {CHUNK}):
            self.handle.write(text[start:start + {CHUNK}])
            self.handle.flush()
            if start == 0:
                with open(ready, "w") as signal_file:
                    signal_file.write(str(len(text)))
            time.sleep(3600)  # between chunks: the parent kills us here
        return len(text)

proxy = types.SimpleNamespace(**{{name: getattr(os, name) for name in dir(os)}})
proxy.fdopen = lambda *args, **kwargs: Slow(real_fdopen(*args, **kwargs))
safewrite.os = proxy
sys.argv = ["factcheck", *sys.argv[2:]]
from factcheck.cli import main
main()
"""


def commands() -> set[str]:
    from factcheck.cli.app import app

    group = typer.main.get_command(app)
    names = set(group.commands)
    if "baseline" in group.commands:
        names |= {f"baseline {sub}" for sub in group.commands["baseline"].commands}
    return names


def temporaries(folder: Path, target: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.name.endswith(".tmp"))


def temporary_name(target: Path) -> re.Pattern:
    return re.compile(rf"\.{re.escape(target.name)}\.[^/]+\.tmp")


# ---------------------------------------------------------------- the writing commands

@pytest.fixture
def shipped_registry(workdir) -> Path:
    target = workdir / "claims"
    shutil.copytree(MAIN / "claims", target)
    # Many unreadable values: a report of many kilobytes.
    lines = ["document:\n  id: many\n  published: 2023-10-03\nclaims:\n"]
    lines += [f"  - id: c{i}\n    quantity: a.b{i}\n    value: umpteen people\n"
              for i in range(200)]
    (target / "many.yaml").write_text("".join(lines), encoding="utf-8")
    return target


DRAFTS = """\
# Kept by hand: this comment and the claim below must survive a killed write.
document:
  id: karabakh-drafts
  text: sources/karabakh-exodus-2023.txt
  published: 2023-10-03
claims:
  - id: edited
    quote: "carrying 15 refugees"
    quantity: last_bus.passengers
    value: 15 refugees
    status: edited
"""


def writing_command(name: str, registry: Path):
    """(arguments, the file it writes, that file's old content)."""
    if name == "verify --output":
        target = registry / "report.txt"
        return (["verify", str(registry), "--format", "text", "--output", str(target)],
                target, "an old report\n")
    if name == "extract --into":
        target = registry / "drafts.yaml"
        return (["extract", str(registry / "sources" / "karabakh-exodus-2023.txt"),
                 "--published", "2023-10-03", "--into", str(target)], target, DRAFTS)
    target = registry / "baseline.json"
    return (["baseline", "write", str(target), str(registry)], target, '{"old": true}\n')


WRITERS = ["verify --output", "extract --into", "baseline write"]


def require(name: str) -> None:
    command = name.split(" -")[0]
    if command not in commands():
        pytest.skip(f"`factcheck {command}` does not exist in this version")


# ---------------------------------------------------------------- the write, step by step

@pytest.mark.parametrize("name", WRITERS)
def test_each_writer_uses_a_temporary_file_flushed_and_renamed(shipped_registry, cli,
                                                              monkeypatch, name):
    require(name)
    args, target, old = writing_command(name, shipped_registry)
    target.write_text(old, encoding="utf-8")
    calls = []
    real_mkstemp = safewrite.tempfile.mkstemp
    proxy = types.SimpleNamespace(**{n: getattr(os, n) for n in dir(os)})
    proxy.fsync = lambda fd: (calls.append(("fsync",)), os.fsync(fd))[1]
    proxy.replace = lambda src, dst: (calls.append(("replace", Path(src), Path(dst))),
                                      os.replace(src, dst))[1]

    def mkstemp(**kwargs):
        fd, path = real_mkstemp(**kwargs)
        calls.append(("mkstemp", Path(path)))
        return fd, path

    monkeypatch.setattr(safewrite, "os", proxy)
    monkeypatch.setattr(safewrite.tempfile, "mkstemp", mkstemp)
    run = cli(*args)
    assert run.code in (0, 1), run
    assert [call[0] for call in calls] == ["mkstemp", "fsync", "replace"]
    temp = calls[0][1]
    assert temp.parent.resolve() == target.parent.resolve()
    assert temporary_name(target).fullmatch(temp.name)
    assert calls[2][1:] == (temp, target)
    assert target.read_text("utf-8") != old and temporaries(target.parent, target) == []


# ---------------------------------------------------------------- killed mid-write

@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
@pytest.mark.parametrize("name", WRITERS)
def test_a_write_killed_midway_leaves_the_old_file_and_no_readable_debris(
        shipped_registry, workdir, name):
    require(name)
    args, target, old = writing_command(name, shipped_registry)
    target.write_text(old, encoding="utf-8")
    ready = workdir / "ready"
    env = {k: v for k, v in os.environ.items() if k != "FACTCHECK_DEBUG"}
    with open(workdir / "child.err", "wb") as err:
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(ready), *args],
                                 cwd=workdir, stdout=subprocess.DEVNULL, stderr=err,
                                 env=env)
        try:
            deadline = time.monotonic() + 60
            while not ready.exists():
                assert child.poll() is None, (workdir / "child.err").read_text()
                assert time.monotonic() < deadline, "the child never started writing"
                time.sleep(0.02)
            size = int(ready.read_text() or 0)
            [temp] = temporaries(target.parent, target)  # mid-write, beside its target
            assert size > CHUNK and temp.stat().st_size == CHUNK
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    assert target.read_text("utf-8") == old  # untouched
    [leftover] = temporaries(target.parent, target)
    assert temporary_name(target).fullmatch(leftover.name)
    loaded = load([shipped_registry])  # the debris is never read as a registry file
    assert all(".tmp" not in name for name in loaded.registry.files)
    assert all(".tmp" not in finding.file for finding in loaded.findings)


def test_the_loader_skips_dotfiles_and_temporaries(registry):
    good = "places:\n  x: {name: X}\n"
    root = registry({"a.yaml": good, ".a.yaml.k3j4.tmp": "{{{", ".hidden.yaml": "{{{",
                     "a.yaml.tmp": "{{{", ".drafts/b.yaml": "{{{"})
    loaded = load([root])
    assert loaded.registry.files == ["reg/a.yaml"] and loaded.findings == []
