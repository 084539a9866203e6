"""verify --since REV: in a temporary git repository, the claim an edit broke is named,
only new findings are listed, and the exit code follows them."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

FLED = "value: over 100,000 people"

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")


def git(folder, *args: str) -> str:
    env = {**os.environ, "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}
    return subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org",
                           "-c", "commit.gpgsign=false", *args], cwd=folder, env=env,
                          check=True, capture_output=True, text=True).stdout


def commit(folder, message: str) -> None:
    git(folder, "add", "-A")
    git(folder, "commit", "-q", "-m", message)


@pytest.fixture
def repo(shipped, workdir):
    """The shipped registry committed, then an edit that breaks the claim `fled`."""
    git(workdir, "init", "-q")
    commit(workdir, "registry")
    path = shipped / "karabakh-exodus.yaml"
    path.write_text(path.read_text("utf-8").replace(FLED, "value: over 140,000 people"))
    commit(workdir, "an edit that breaks fled")
    return workdir


def test_since_names_the_claim_the_edit_broke(repo, cli):
    run = cli("verify", "--since", "HEAD~1", "--format", "json")
    assert run.code == 1, run
    data = run.json()
    # over 140,000 departed: more than the residents (the government contradicts
    # itself), and against "nearly all" / "virtually the entire" of the article's voice
    assert sorted(f["rule"] for f in data["findings"]) == [
        "disagreement", "disagreement", "inconsistency", "quote-number"]
    assert all("fled" in f["claims"] for f in data["findings"])
    since = data["since"]
    assert since["revision"] == "HEAD~1" and len(since["commit"]) == 40
    assert since["touched"] == {"claims": {"added": [], "removed": [], "changed": ["fled"]},
                                "relations": {"added": [], "removed": [], "changed": []}}
    assert (since["new"], since["gone"], since["unchanged"]) == (4, [], 1)

    text = cli("verify", "--since", "HEAD~1", "--format", "text").stdout
    assert "Since HEAD~1: the edit touched claim fled (changed)." in text
    assert "Since HEAD~1: 4 new, 0 gone, 1 unchanged (only new findings are listed)." in text


def test_exit_code_follows_new_findings_only(repo, cli):
    assert cli("verify").code == 1  # the registry has errors ...
    run = cli("verify", "--since", "HEAD", "--format", "json")
    assert run.code == 0, run  # ... but none is new since HEAD
    assert run.json()["findings"] == [] and run.json()["since"]["unchanged"] == 5


def test_fix_is_gone_and_reformatting_touches_nothing(repo, cli):
    path = repo / "claims" / "karabakh-exodus.yaml"
    path.write_text(path.read_text("utf-8").replace("value: over 140,000 people", FLED))
    run = cli("verify", "--since", "HEAD", "--format", "text")
    assert run.code == 0
    assert "Since HEAD: 0 new, 4 gone, 1 unchanged" in run.stdout
    assert "Gone since HEAD: claims/karabakh-exodus.yaml:" in run.stdout
    commit(repo, "fix")
    path.write_text("# a comment moves every line\n\n" + path.read_text("utf-8"))
    run = cli("verify", "--since", "HEAD", "--format", "text")
    assert "the edit touched no claim or relation" in run.stdout
    assert "0 new, 0 gone, 1 unchanged" in run.stdout


def test_registry_added_after_the_revision(repo, registry, cli):
    registry({"a.yaml": "document: {id: d, text: missing.txt}\n"}, folder="new")
    run = cli("verify", "new", "--since", "HEAD", "--format", "json")
    assert run.code == 1
    assert [f["rule"] for f in run.json()["findings"]] == ["text"]


def test_from_a_subfolder(repo, cli, monkeypatch):
    monkeypatch.chdir(repo / "claims")
    run = cli("verify", ".", "--since", "HEAD~1", "--format", "json")
    assert run.code == 1
    assert {f["file"] for f in run.json()["findings"]} == {"karabakh-exodus.yaml"}
    assert run.json()["since"]["unchanged"] == 1
    assert os.getcwd() == str(repo / "claims")


def test_outside_a_repository(shipped, cli, workdir):
    env = {"GIT_CEILING_DIRECTORIES": str(workdir.parent)}
    run = cli("verify", "--since", "HEAD", env=env)
    assert run.code == 2 and run.stdout == ""
    assert "is not inside a git repository" in run.stderr


@pytest.mark.parametrize("revision", ["no-such-branch", "HEAD~5", "--output=x"])
def test_unknown_revision(repo, cli, revision):
    run = cli("verify", f"--since={revision}")
    assert run.code == 2, run
    assert f"--since: unknown revision {revision!r}" in run.stderr
    assert not (repo / "x").exists()
