"""safewrite.write_atomic: a reader sees the old file or the new one, never half."""

from __future__ import annotations

import os
import stat

import pytest

from factcheck import safewrite
from factcheck.safewrite import write_atomic


def leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_writes_a_new_file(tmp_path):
    target = tmp_path / "report.txt"
    write_atomic(target, "héllo ∞\n")
    assert target.read_text("utf-8") == "héllo ∞\n"
    assert leftovers(tmp_path) == []


def test_a_new_file_gets_the_usual_mode(tmp_path):
    """Not mkstemp's 0600: a report others (CI, a web server) may read."""
    mask = os.umask(0o027)
    try:
        write_atomic(tmp_path / "report.txt", "x")
    finally:
        os.umask(mask)
    assert stat.S_IMODE((tmp_path / "report.txt").stat().st_mode) == 0o640


def test_text_is_written_byte_for_byte(tmp_path):
    target = tmp_path / "report.txt"
    write_atomic(target, "a\r\nb\nc")
    assert target.read_bytes() == "a\r\nb\nc".encode("utf-8")


def test_replaces_and_keeps_the_mode(tmp_path):
    target = tmp_path / "report.txt"
    target.write_text("old")
    target.chmod(0o600)
    write_atomic(target, "new")
    assert target.read_text() == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_relative_path_in_the_working_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_atomic("plain.txt", "x")
    assert (tmp_path / "plain.txt").read_text() == "x"
    assert leftovers(tmp_path) == []


def test_a_failed_rename_keeps_the_old_file_and_removes_the_temporary(tmp_path, monkeypatch):
    target = tmp_path / "report.txt"
    target.write_text("old")

    def refuse(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(safewrite.os, "replace", refuse)
    with pytest.raises(PermissionError):
        write_atomic(target, "new")
    assert target.read_text() == "old"
    assert leftovers(tmp_path) == []


def test_a_failed_write_keeps_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "report.txt"
    target.write_text("old")

    def full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(safewrite.os, "fsync", full)
    with pytest.raises(OSError, match="No space"):
        write_atomic(target, "new" * 1000)
    assert target.read_text() == "old"
    assert leftovers(tmp_path) == []


def test_interrupt_cleans_up_too(tmp_path, monkeypatch):
    def interrupted(src, dst):
        raise KeyboardInterrupt

    monkeypatch.setattr(safewrite.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(tmp_path / "r.txt", "x")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("where", ["missing/report.txt", "a-file/report.txt"])
def test_unwritable_places_raise_oserror(tmp_path, where):
    (tmp_path / "a-file").write_text("x")
    with pytest.raises(OSError):
        write_atomic(tmp_path / where, "x")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file"]


def test_a_folder_is_not_replaced(tmp_path):
    (tmp_path / "out").mkdir()
    with pytest.raises(OSError):
        write_atomic(tmp_path / "out", "x")
    assert (tmp_path / "out").is_dir()
    assert leftovers(tmp_path) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_read_only_folder(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(PermissionError):
            write_atomic(folder / "r.txt", "x")
    finally:
        folder.chmod(0o700)
