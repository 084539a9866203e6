"""Files known by their stamp (cache/stamps.py): not read again while unchanged, and
never served stale, even when an edit keeps the size and puts the modification
time back."""

from __future__ import annotations

import os
from pathlib import Path

from factcheck.cache import stamps as stamps_mod
from factcheck.cache.store import open_store
from factcheck.verify import verify_paths

ARTICLE = "Officials said 1,200 people had fled the valley."
REPORT = """\
document: {id: r, published: 2023-10-03, text: a.txt}
claims:
  - id: fled
    quote: "1,200 people had fled"
    quantity: valley.departed
    value: 1,200 people
  - id: stayed
    quantity: valley.departed
    value: about 1,200 people
"""


def _write_keeping_stamp(path: Path, text: str) -> None:
    """Rewrite with the same size and the same modification time (ctime moves:
    no user can set it)."""
    before = path.stat()
    assert len(text.encode()) == before.st_size
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = path.stat()
    assert (after.st_size, after.st_mtime_ns) == (before.st_size, before.st_mtime_ns)


def _registry(folder: Path) -> None:
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "r.yaml").write_text(REPORT, encoding="utf-8")


def _counting(monkeypatch) -> list:
    made = []
    real = stamps_mod.Stamps.__init__

    def init(self, store):
        real(self, store)
        made.append(self)
    monkeypatch.setattr(stamps_mod.Stamps, "__init__", init)
    return made


def _settled(monkeypatch) -> None:
    """Every file counts as settled (as one written long before the run)."""
    monkeypatch.setattr(stamps_mod, "SETTLED", -3600.0)


def test_an_unchanged_file_is_not_read_again(tmp_path, monkeypatch):
    _settled(monkeypatch)
    _registry(tmp_path)
    made = _counting(monkeypatch)
    first = verify_paths([tmp_path], cache=True)
    second = verify_paths([tmp_path], cache=True)
    assert [s.reads for s in made] == [2, 0]  # the YAML and its text, then neither
    assert [f.claims for f in second.findings] == [f.claims for f in first.findings]


def test_a_yaml_edit_keeping_size_and_time_is_read(tmp_path, monkeypatch):
    _settled(monkeypatch)
    _registry(tmp_path)
    before = verify_paths([tmp_path], cache=True)
    assert not before.findings
    # about 1,200 against 1,800: same length, the modification time put back
    _write_keeping_stamp(tmp_path / "r.yaml", REPORT.replace("about 1,200", "about 1,800"))
    after = verify_paths([tmp_path], cache=True)
    assert [f.claims for f in after.findings] == [("fled", "stayed")]
    assert after.findings == verify_paths([tmp_path]).findings


def test_a_text_edit_keeping_size_and_time_is_read(tmp_path, monkeypatch):
    _settled(monkeypatch)
    _registry(tmp_path)
    assert not verify_paths([tmp_path], cache=True).findings
    _write_keeping_stamp(tmp_path / "a.txt", ARTICLE.replace("1,200", "1,300"))
    after = verify_paths([tmp_path], cache=True)
    assert [(f.rule, f.claims) for f in after.findings] == [("quote", ("fled",))]


def test_a_file_written_just_now_is_never_stamped(tmp_path, monkeypatch):
    """Written within SETTLED seconds of the run: it could change again within the
    same clock tick, so it is read and digested every time."""
    _registry(tmp_path)
    made = _counting(monkeypatch)
    verify_paths([tmp_path], cache=True)
    verify_paths([tmp_path], cache=True)
    assert [s.reads for s in made] == [2, 2]
    assert made[-1].seen == {}


def test_a_stamp_of_another_file_is_not_taken(tmp_path, monkeypatch):
    """A file replaced by another (a new inode, say by `git checkout`) with the same
    size and times is read: the stamp names the inode too."""
    _settled(monkeypatch)
    _registry(tmp_path)
    verify_paths([tmp_path], cache=True)
    target = tmp_path / "r.yaml"
    before = target.stat()
    other = tmp_path / "new.tmp"
    other.write_text(REPORT.replace("about 1,200", "about 1,800"), encoding="utf-8")
    os.utime(other, ns=(before.st_atime_ns, before.st_mtime_ns))
    os.replace(other, target)
    after = verify_paths([tmp_path], cache=True)
    assert [f.claims for f in after.findings] == [("fled", "stayed")]


def test_a_corrupted_stamp_index_is_rebuilt(tmp_path, monkeypatch):
    _settled(monkeypatch)
    _registry(tmp_path)
    verify_paths([tmp_path], cache=True)
    store = open_store(tmp_path)
    path = store.folder / f"{stamps_mod.KIND}-{stamps_mod.NAME}"
    path.write_bytes(path.read_bytes()[:-3] + b"xyz")
    made = _counting(monkeypatch)
    assert not verify_paths([tmp_path], cache=True).findings
    assert made[0].reads == 2 and isinstance(open_store(tmp_path).get(
        stamps_mod.KIND, stamps_mod.NAME), dict)


def _json(folder: Path, cache: bool) -> str:
    from factcheck.report.formats import render

    return render(verify_paths([folder], cache=cache), "json", terminal=False)


def test_every_cached_stage_follows_an_edit_keeping_size_and_time(tmp_path, monkeypatch):
    """Each edit keeps the file's size and modification time, and changes what one
    cached stage holds: a conflicting set (groups of names), a unit (dimensions),
    which claims are checked (coverage). The cached report follows each one."""
    _settled(monkeypatch)
    _registry(tmp_path)
    edits = [REPORT.replace("about 1,200", "about 1,900"),         # a conflict
             REPORT.replace("about 1,200 people", "about 1,200 hours "),  # a unit
             REPORT.replace("quantity: valley.departed\n    value: about",
                            "quantity: valley.remained\n    value: about")]  # coverage
    before = _json(tmp_path, True)
    for text in edits:
        _registry(tmp_path)
        reset = _json(tmp_path, True)
        assert reset == before
        _write_keeping_stamp(tmp_path / "r.yaml", text)
        after = _json(tmp_path, True)
        assert after != before, text
        assert after == _json(tmp_path, False), text
