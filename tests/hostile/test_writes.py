"""Issue 14, kinds 1, 3, 4 and 9: what factcheck reads it caps (size, depth, a
device refused), what it writes goes where the user meant (through a link, into a
device, never over a read-only file; a failed write is exit 2), two writers of one
file both keep their changes, a re-merge is linear, and CRLF files stay CRLF."""

from __future__ import annotations

import json
import os
import stat
import threading
from pathlib import Path

import pytest

from factcheck.extract import yamlio
from factcheck.extract.drafts import Draft
from factcheck.report.baseline import json_depth
from factcheck.safewrite import locked, write_atomic
from hostile_support import assert_clean, run

ONE = """\
document:
  id: doc
  published: 2023-10-03
claims:
  - id: c
    quantity: karabakh.departed
    value: 50 people
"""


@pytest.fixture
def reg(tmp_path) -> Path:
    (tmp_path / "reg").mkdir()
    (tmp_path / "reg" / "a.yaml").write_text(ONE)
    return tmp_path


# ---------------------------------------------------------------- reading: caps

def test_json_depth_counts_brackets_outside_strings():
    assert json_depth('{"a": [1, [2]], "b": "[[[[{{"}') == 3
    assert json_depth('"\\"[["') == 0
    assert json_depth("[]") == 1


@pytest.mark.parametrize("content, words", [
    ("[" * 100_000 + "]" * 100_000, "nested more than 16 levels"),
    ('{"a":' * 50 + "1" + "}" * 50, "nested more than 16 levels"),
])
def test_a_deeply_nested_baseline_is_exit_2(reg, content, words):
    (reg / "deep.json").write_text(content)
    result = run("verify", "reg", "--baseline", "deep.json", cwd=reg)
    assert_clean(result, codes=(2,))
    assert words in result.stderr.decode()


@pytest.mark.parametrize("content", [
    "registry = " + "[" * 100_000 + "]" * 100_000,
    "a = " + "{b = " * 3000 + "1" + "}" * 3000,
])
def test_a_deeply_nested_configuration_is_exit_2(reg, content):
    (reg / "factcheck.toml").write_text(content)
    result = run("verify", "reg", cwd=reg)
    assert_clean(result, codes=(2,))
    assert "nests arrays or tables" in result.stderr.decode()


def test_a_baseline_linked_to_dev_zero_is_refused_unread(reg):
    (reg / "zero.json").symlink_to("/dev/zero")
    result = run("verify", "reg", "--baseline", "zero.json", cwd=reg, timeout=20)
    assert_clean(result, codes=(2,))
    assert "not a regular file" in result.stderr.decode()


# ---------------------------------------------------------------- writing

def test_output_through_a_link_to_dev_stdout_writes_stdout(reg):
    (reg / "out").symlink_to("/dev/stdout")
    result = run("verify", "reg", "--format", "json", "--output", "out", cwd=reg)
    assert_clean(result)
    assert json.loads(result.stdout)["summary"]["claims"] == 1
    assert (reg / "out").is_symlink()


@pytest.mark.parametrize("device", ["/dev/null", "/dev/full"])
def test_a_link_to_a_device_stays_a_link(reg, device):
    (reg / "out").symlink_to(device)
    (reg / "base").symlink_to(device)
    verify = run("verify", "reg", "--output", "out", cwd=reg)
    write = run("baseline", "write", "base", "reg", cwd=reg)
    for result in (verify, write):
        if device == "/dev/full":  # the disk is full: say so, exit 2
            assert_clean(result, codes=(2,))
            assert "No space left on device" in result.stderr.decode()
        else:
            assert_clean(result, codes=(0,))
    assert (reg / "out").is_symlink() and (reg / "base").is_symlink()
    assert stat.S_ISCHR(os.stat(device).st_mode)


def test_a_link_to_a_file_keeps_the_link_and_replaces_the_file(tmp_path):
    (tmp_path / "real.txt").write_text("old")
    (tmp_path / "link.txt").symlink_to("real.txt")
    write_atomic(tmp_path / "link.txt", "new")
    assert (tmp_path / "link.txt").is_symlink()
    assert (tmp_path / "real.txt").read_text() == "new"


def test_a_read_only_file_is_refused_not_replaced(reg):
    target = reg / "report.txt"
    target.write_text("keep me")
    target.chmod(0o444)
    result = run("verify", "reg", "--output", "report.txt", cwd=reg)
    assert_clean(result, codes=(2,))
    assert "read-only" in result.stderr.decode()
    assert target.read_text() == "keep me"
    target.chmod(0o644)  # near miss: writable, replaced
    assert_clean(run("verify", "reg", "--output", "report.txt", cwd=reg), codes=(0,))
    assert "1 claim" in target.read_text()


# ---------------------------------------------------------------- merging

def drafts(n: int, offset: int = 0) -> list[Draft]:
    return [Draft(f"d{i}", f"q {i} people", f"x.n{i}", f"{i} people", (i * 10, i * 10 + 3))
            for i in range(offset, offset + n)]


DOCUMENT = {"id": "doc", "published": "2023-10-03"}


def test_two_merges_at_once_keep_both(tmp_path):
    """Each thread merges its own drafts into one file under the lock; the lock is
    held while the other tries, so neither writes over the other."""
    target = tmp_path / "r.yaml"
    yamlio.merge(target, DOCUMENT, drafts(1))
    barrier = threading.Barrier(2)

    def one(offset):
        barrier.wait()
        yamlio.merge(target, DOCUMENT, drafts(40, offset))

    threads = [threading.Thread(target=one, args=(o,)) for o in (100, 200)]
    [t.start() for t in threads]
    [t.join() for t in threads]
    text = target.read_text()
    assert text.count("  - id:") == 81


def test_the_lock_excludes_a_second_holder(tmp_path):
    order = []
    with locked(tmp_path / "r.yaml"):
        thread = threading.Thread(target=lambda: [locked(tmp_path / "r.yaml").__enter__(),
                                                  order.append("second")])
        thread.start()
        thread.join(0.2)
        order.append("first")
    thread.join(10)
    assert order == ["first", "second"]


class CountingClaim(dict):
    """A claim mapping that counts how often the merge looks into it."""
    looks = 0

    def get(self, *args):
        CountingClaim.looks += 1
        return super().get(*args)


@pytest.mark.parametrize("n", [300, 600])
def test_re_merging_is_linear_in_the_claims(tmp_path, monkeypatch, n):
    """Old: every draft looked at every claim (n² looks: 90,000 and 360,000)."""
    target = tmp_path / "r.yaml"
    yamlio.merge(target, DOCUMENT, drafts(n))
    load = yamlio._load_checked

    def counting(path):
        data = load(path)
        data["claims"] = [CountingClaim(c) for c in data["claims"]]
        return data

    monkeypatch.setattr(yamlio, "_load_checked", counting)
    CountingClaim.looks = 0
    assert yamlio.merge(target, DOCUMENT, drafts(n)) == 0
    assert CountingClaim.looks <= 4 * n


def test_a_crlf_file_stays_crlf(tmp_path):
    target = tmp_path / "r.yaml"
    target.write_bytes(ONE.replace("\n", "\r\n").encode())
    assert yamlio.merge(target, DOCUMENT, drafts(2)) == 2
    data = target.read_bytes()
    assert data.count(b"\r\n") == data.count(b"\n") > 10
    lf = tmp_path / "lf.yaml"  # near miss: an LF file stays LF
    lf.write_text(ONE)
    yamlio.merge(lf, DOCUMENT, drafts(2))
    assert b"\r" not in lf.read_bytes()
