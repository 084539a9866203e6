"""Issue 14, kind 6: nothing goes unchecked without a word: an invisible character
in a section key, a folder that cannot be read."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from factcheck.registry.discover import RegistryUnreadable, discover

FILE = """\
document:
  id: doc
  published: 2023-10-03
{key}:
  - id: c
    quantity: x.n
    value: 5 people
  - id: d
    quantity: x.n
    value: 50 people
"""


@pytest.mark.parametrize("hidden, code", [
    ("\u200b", "U+200B"), ("\ufeff", "U+FEFF"), ("\u2060", "U+2060"), ("\u00ad", "U+00AD")])
def test_an_invisible_character_before_claims_is_an_error(registry, cli, hidden, code):
    registry({"a.yaml": FILE.format(key=hidden + "claims")})
    run = cli("verify", "reg", "--format", "json")
    [finding] = run.json()["findings"]
    assert finding["rule"] == "schema" and finding["severity"] == "error"
    assert code in finding["message"] and "'claims'" in finding["message"]
    assert (finding["line"], finding["column"]) == (4, 1)
    assert run.code == 1


def test_near_misses_of_invisible_keys(registry, cli):
    # A BOM at the start of the file is the encoding's mark, not part of a key: read.
    registry({"a.yaml": "\ufeff" + FILE.format(key="claims")})
    run = cli("verify", "reg", "--format", "json")
    assert [f["rule"] for f in run.json()["findings"]] == ["inconsistency"]
    # A visible typo stays a warning with a did-you-mean.
    registry({"a.yaml": FILE.format(key="claimz")})
    [finding] = cli("verify", "reg", "--format", "json").json()["findings"]
    assert finding["severity"] == "warning" and "did you mean 'claims'" in finding["message"]


def test_an_unreadable_subfolder_is_reported(registry, monkeypatch):
    root = registry({"a.yaml": FILE.format(key="claims"), "sub/b.yaml": FILE.format(
        key="claims").replace("id: doc", "id: other")})
    real_scandir = os.scandir

    def scandir(path):  # as for a folder without read permission (root reads all)
        if os.fspath(path).endswith("sub"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    problems = []
    assert discover([root], problems) == [root / "a.yaml"]
    [problem] = problems
    assert problem.rule == "yaml" and problem.severity == "error"
    assert "reg/sub" in problem.message and "Permission denied" in problem.message
    # The whole registry unreadable: exit 2 with that reason, not "no claim files".
    monkeypatch.setattr(os, "scandir", lambda path: scandir(str(path) + "/sub"))
    with pytest.raises(RegistryUnreadable, match="Permission denied"):
        discover([root], [])


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every folder")
def test_an_unreadable_subfolder_through_the_cli(registry, cli):
    root = registry({"a.yaml": FILE.format(key="claims"), "sub/b.yaml": "x: 1\n"})
    (root / "sub").chmod(0)
    try:
        run = cli("verify", "reg", "--format", "json")
    finally:
        (root / "sub").chmod(0o755)
    assert any("cannot read the folder" in f["message"] for f in run.json()["findings"])
    assert run.code == 1


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_since_works_when_the_base_commit_holds_links(shipped, workdir, cli):
    """Links out of the registry (absolute, climbing) in the base commit: the old
    registry is still checked, and its link findings are the same as today's."""
    (shipped / "secret.yaml").symlink_to("/etc/hostname")
    (shipped / "up.yaml").symlink_to("../../outside.yaml")
    env = {**os.environ, "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "base"]):
        subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org",
                        "-c", "commit.gpgsign=false", *args], cwd=workdir, env=env,
                       check=True, capture_output=True)
    run = cli("verify", "--since", "HEAD", "--format", "json")
    assert run.code == 0, run  # nothing new: the link findings were there before
    data = run.json()
    assert data["findings"] == [] and data["since"]["unchanged"] >= 2
    assert not (workdir / "outside.yaml").exists()
