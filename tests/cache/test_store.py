"""The store: signed entries, written atomically; anything doubtful is a miss."""

from __future__ import annotations

import os

from factcheck.cache import store as store_mod
from factcheck.cache.store import FOLDER, open_store


def test_an_entry_comes_back_as_it_was_stored(tmp_path):
    store = open_store(tmp_path)
    store.put("group", "abc", {"ranges": [1, 2, 3]})
    assert open_store(tmp_path).get("group", "abc") == {"ranges": [1, 2, 3]}
    assert store.get("group", "abd") is None
    assert (tmp_path / FOLDER / ".gitignore").read_text().splitlines()[-1] == "*"


def test_fractions_come_back_equal_and_usable(tmp_path):
    """Fractions are stored as their two integers (not their text): they come back
    equal, hashing alike, in lowest terms, and they compute as any Fraction."""
    from fractions import Fraction

    values = [Fraction(-6, 4), Fraction(10**30, 7), Fraction(0), Fraction(5, 1)]
    store = open_store(tmp_path)
    store.put("group", "f", {"low": values})
    back = open_store(tmp_path).get("group", "f")["low"]
    assert back == values and [hash(v) for v in back] == [hash(v) for v in values]
    assert [(v.numerator, v.denominator) for v in back] == [(-3, 2), (10**30, 7), (0, 1),
                                                            (5, 1)]
    assert back[0] + Fraction(1, 2) == -1 and str(back[0]) == "-3/2"
    assert all(type(v) is Fraction for v in back)


def test_a_corrupted_entry_is_a_miss(tmp_path):
    store = open_store(tmp_path)
    store.put("file", "k", ["value"])
    path = store.folder / "file-k"
    data = bytearray(path.read_bytes())
    data[-1] ^= 1
    path.write_bytes(bytes(data))
    assert store.get("file", "k") is None
    path.write_bytes(b"")
    assert store.get("file", "k") is None
    store.put("file", "k", ["rebuilt"])
    assert store.get("file", "k") == ["rebuilt"]


def test_an_entry_signed_by_another_key_is_never_unpickled(tmp_path, monkeypatch):
    """A cache committed to a repository, or copied from another machine: its
    pickles could run code, so they are refused before pickle sees them."""
    store = open_store(tmp_path)
    store.put("file", "k", ["theirs"])
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "elsewhere"))
    unpickled = []
    monkeypatch.setattr(store_mod.pickle, "loads", lambda data: unpickled.append(data))
    assert open_store(tmp_path).get("file", "k") is None
    assert unpickled == []


def test_an_entry_moved_to_another_name_is_a_miss(tmp_path):
    store = open_store(tmp_path)
    store.put("file", "a", ["for a"])
    os.replace(store.folder / "file-a", store.folder / "file-b")
    assert store.get("file", "b") is None


def test_another_build_of_the_tool_has_its_own_folder(tmp_path, monkeypatch):
    store = open_store(tmp_path)
    store.put("file", "k", 1)
    old = store.folder
    monkeypatch.setattr(store_mod, "build_tag", lambda: "another")
    newer = open_store(tmp_path)
    assert newer.get("file", "k") is None
    assert newer.folder.name == "v-another" and not old.exists()  # old build's dropped


def test_a_cache_folder_that_is_a_link_is_not_used(tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    registry = tmp_path / "reg"
    registry.mkdir()
    (registry / FOLDER).symlink_to(elsewhere)
    assert open_store(registry) is None
    assert list(elsewhere.iterdir()) == []


def test_an_unwritable_registry_runs_without_a_cache(tmp_path):
    registry = tmp_path / "reg"
    registry.mkdir()
    registry.chmod(0o500)
    try:
        if os.access(registry, os.W_OK):  # running as root: permissions do not bind
            return
        assert open_store(registry) is None
    finally:
        registry.chmod(0o700)


def test_no_key_no_cache(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert open_store(tmp_path) is None
