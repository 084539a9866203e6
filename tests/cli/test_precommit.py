"""The pre-commit hook for real: a repository with a registry, an edit that breaks a
claim, a failing hook, a fix, a passing hook.

- `.pre-commit-hooks.yaml` as another repository uses it (language: python):
  `repo:` this working tree (copied into a repository of its own) at its commit.
  That is the configuration `pre-commit try-repo` writes, but try-repo installs into
  a throwaway store on every call (10-20 s each here), while `pre-commit run` keeps
  the hook's virtualenv in PRE_COMMIT_HOME: installed once, then reused. pre-commit
  pip-installs this tree and its dependencies into that virtualenv, so it needs the
  package index (or pip's cache with every dependency); without, the test skips and
  says why.
- The same hook as a `repo: local`, `language: system` hook of the installed
  factcheck: no install, so it runs offline too.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("pre_commit", reason="pre-commit is a test dependency (pip install "
                                         "pre-commit)")
pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")

MAIN = Path(__file__).resolve().parents[2]
FLED = "value: over 100,000 people"
BROKEN = "value: over 140,000 people"
CHANGED = ["claims/karabakh-exodus.yaml", "claims/reference/karabakh-timeline.yaml"]
NO_INDEX = re.compile(r"No matching distribution|Could not find a version|"
                      r"NewConnectionError|Failed to establish a new connection|"
                      r"Temporary failure in name resolution|Network is unreachable")


def git_env() -> dict:
    return {**os.environ, "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1",
            "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
            "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}


def git(folder: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=folder, env=git_env(), check=True,
                          capture_output=True, text=True).stdout


def committed(folder: Path) -> Path:
    git(folder, "init", "-q")
    git(folder, "add", "-A")
    git(folder, "-c", "commit.gpgsign=false", "commit", "-q", "-m", "init")
    return folder


def this_tree(target: Path) -> Path:
    """This working tree (tracked and new files, not ignored ones) as a repository of
    its own: try-repo reads committed files only, and this tree is not to be touched."""
    listed = git(MAIN, "ls-files", "-z", "--cached", "--others", "--exclude-standard")
    for name in filter(None, listed.split("\0")):
        source = MAIN / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return committed(target)


def news_repo(tmp_path: Path, config: str | None = None) -> Path:
    folder = tmp_path / "news"
    shutil.copytree(MAIN / "claims", folder / "claims")
    if config is not None:
        (folder / ".pre-commit-config.yaml").write_text(config, "utf-8")
    return committed(folder)


def set_fled(folder: Path, old: str, new: str) -> None:
    path = folder / "claims" / "karabakh-exodus.yaml"
    path.write_text(path.read_text("utf-8").replace(old, new), "utf-8")


def pre_commit(folder: Path, home: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**git_env(), "PRE_COMMIT_HOME": str(home), "PRE_COMMIT_COLOR": "never"}
    env.pop("GITHUB_ACTIONS", None)  # the plain report, not annotations
    return subprocess.run([sys.executable, "-m", "pre_commit", *args], cwd=folder,
                          env=env, capture_output=True, text=True, timeout=300)


def hook_line(done: subprocess.CompletedProcess) -> str:
    return next((line for line in done.stdout.splitlines()
                 if line.startswith("factcheck...")), "")


def hook_config(hook: Path) -> str:
    commit = git(hook, "rev-parse", "HEAD").strip()
    return (f"repos:\n  - repo: {hook}\n    rev: {commit}\n    hooks:\n"
            "      - id: factcheck\n")


def ran(done: subprocess.CompletedProcess, home: Path) -> None:
    """Skip when pre-commit could not install the hook for want of a package index."""
    if hook_line(done):
        return
    log = home / "pre-commit.log"
    output = done.stdout + done.stderr + (log.read_text() if log.exists() else "")
    reason = NO_INDEX.search(output)
    if reason:
        pytest.skip("pre-commit could not install the hook's environment (no package "
                    f"index and no cached wheels): {reason.group(0)}")
    pytest.fail(f"the hook did not run:\n{output}")


def test_hook_repository_round_trip(tmp_path):
    hook = this_tree(tmp_path / "factcheck")
    news = news_repo(tmp_path, hook_config(hook))
    home = tmp_path / "pre-commit-home"
    set_fled(news, FLED, BROKEN)
    failing = pre_commit(news, home, "run", "--files", *CHANGED)
    ran(failing, home)
    assert failing.returncode == 1, failing.stdout
    assert hook_line(failing).endswith("Failed")
    assert "error [inconsistency] the source contradicts itself" in failing.stdout
    assert "claims/karabakh-exodus.yaml:" in failing.stdout

    set_fled(news, BROKEN, FLED)
    passing = pre_commit(news, home, "run", "--files", *CHANGED)
    assert passing.returncode == 0, passing.stdout
    assert hook_line(passing).endswith("Passed")


def readme_local_hook() -> str:
    """The README's .pre-commit-config.yaml, with this environment's factcheck."""
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text("utf-8")
    block = readme.split("```yaml\n# .pre-commit-config.yaml\n", 1)[1].split("```", 1)[0]
    assert "entry: factcheck verify --files" in block
    return block.replace("entry: factcheck", f"entry: {Path(sys.executable).parent / 'factcheck'}")


LOCAL = readme_local_hook()


def test_local_system_hook_round_trip(tmp_path):
    news = news_repo(tmp_path, LOCAL)
    home = tmp_path / "pre-commit-home"
    set_fled(news, FLED, BROKEN)
    failing = pre_commit(news, home, "run", "--files", *CHANGED)
    assert failing.returncode == 1, failing.stdout + failing.stderr
    assert hook_line(failing).endswith("Failed")
    assert "error [inconsistency]" in failing.stdout
    # an untouched file alone: the broken claim is not in it, the hook passes
    other = pre_commit(news, home, "run", "--files", CHANGED[1])
    assert other.returncode == 0, other.stdout

    set_fled(news, BROKEN, FLED)
    passing = pre_commit(news, home, "run", "--files", *CHANGED)
    assert passing.returncode == 0, passing.stdout
    assert hook_line(passing).endswith("Passed")

