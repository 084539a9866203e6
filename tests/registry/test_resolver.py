"""discover.Resolver: the real path of each file as Path.resolve() gives it, each
folder resolved once."""

from __future__ import annotations

import os
from pathlib import Path

from factcheck.registry.discover import Resolver, real_path


def test_the_resolver_agrees_with_resolve(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "real" / "sub").mkdir(parents=True)
    (tmp_path / "real" / "a.yaml").write_text("x: 1\n")
    (tmp_path / "real" / "sub" / "b.txt").write_text("text\n")
    os.symlink(tmp_path / "real", tmp_path / "linked")  # a folder that is a link
    os.symlink(tmp_path / "real" / "a.yaml", tmp_path / "real" / "alias.yaml")  # a file
    os.symlink("loop", tmp_path / "loop")  # a link to itself
    paths = [Path("real/a.yaml"), Path("linked/a.yaml"), Path("real/alias.yaml"),
             Path("linked/sub/b.txt"), Path("real/sub/../a.yaml"), Path("real/missing.yaml"),
             Path("linked/missing/c.txt"), tmp_path / "linked" / "a.yaml", Path("loop"),
             Path("loop/x.yaml"), Path("real/sub/.."), Path(".")]
    resolver, texts = Resolver(), Resolver()
    for path in paths * 2:  # the second time, from the folders already resolved
        assert resolver(path) == real_path(path), path
        as_text = texts.text(str(path))
        assert as_text == (None if real_path(path) is None else str(real_path(path))), path
    for text in ["real//a.yaml", "./real/a.yaml", "linked/sub/../a.yaml", "real/a.yaml/",
                 "real/sub/.", "", "real/\0.yaml"]:
        found = real_path(Path(text)) if "\0" not in text else None
        assert texts.text(text) == (None if found is None else str(found)), text
    assert resolver(Path("linked/a.yaml")) == tmp_path / "real" / "a.yaml"
    assert resolver(Path("real/alias.yaml")) == tmp_path / "real" / "a.yaml"


def test_the_resolver_names_files_as_display_name_does(tmp_path, monkeypatch):
    from factcheck.registry.discover import display_name

    monkeypatch.chdir(tmp_path)
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.yaml").write_text("x: 1\n")
    os.symlink(tmp_path / "real", tmp_path / "linked")
    outside = tmp_path.parent / f"{tmp_path.name}-outside.yaml"
    outside.write_text("x: 1\n")
    resolver = Resolver()
    for path in [Path("real/a.yaml"), Path("linked/a.yaml"), tmp_path / "real" / "a.yaml",
                 Path("real/missing.yaml"), outside]:
        assert resolver.name(path, resolver(path)) == display_name(path), path
    assert resolver.name(Path("linked/a.yaml"), resolver(Path("linked/a.yaml"))) \
        == os.path.join("real", "a.yaml")
    outside.unlink()
