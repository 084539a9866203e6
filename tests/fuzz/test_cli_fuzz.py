"""The same properties through the real command line, in a subprocess: exit code 0, 1
or 2, never 3, never a traceback on stderr. Fewer examples (each run starts Python).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
from hypothesis import given, reject
from hypothesis import strategies as st

import fuzz_support as fz
from factcheck.report.formats import FORMATS

ENTRY = [sys.executable, "-c", "from factcheck.cli import main; main()"]
KNOWN_IN_TRACEBACK = [re.compile(rf'File "[^"]*{re.escape(path)}", line \d+, in {function}\b')
                      for path, function, _ in fz.KNOWN_BUGS]


def run(args: list[str], cwd) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "FACTCHECK_DEBUG"}
    env["NO_COLOR"] = "1"
    return subprocess.run([*ENTRY, *args], cwd=cwd, capture_output=True, text=True,
                          env=env, timeout=60, errors="replace")


def check_clean(result: subprocess.CompletedProcess, debug_rerun) -> None:
    """Exit 0/1/2 and no traceback; an exit 3 from a KNOWN_BUGS entry is rejected
    (its traceback, from a FACTCHECK_DEBUG=1 rerun, names the function)."""
    if result.returncode == 3:
        traceback = debug_rerun().stderr
        if any(p.search(traceback) for p in KNOWN_IN_TRACEBACK) and \
                traceback.strip().splitlines()[-1].split(":")[0].rsplit(".", 1)[-1] in \
                set().union(*(names for *_, names in fz.KNOWN_BUGS)):
            reject()
    assert result.returncode in (0, 1, 2), result.stderr[-3000:]
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    assert "internal error" not in result.stderr, result.stderr[-3000:]


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    return fz.Workspace(tmp_path_factory.mktemp("cli"))


@fz.fuzz_settings(8)
@given(files=fz.mutated_registries(), format=st.sampled_from(sorted(FORMATS)))
def test_verify_on_mutated_registries(workspace, files, format):
    root = workspace.put(files)
    args = ["verify", str(root), "--format", format]

    def debug_rerun():
        return subprocess.run([*ENTRY, *args], cwd=root.parent, capture_output=True,
                              text=True, env={**os.environ, "FACTCHECK_DEBUG": "1"},
                              timeout=60, errors="replace")

    with fz.saved_on_failure("registry", files, "cli: verify"):
        result = fz.timed("cli: verify (subprocess)", run, args, root.parent,
                          limit=10.0, payload=files, clock="wall")
        check_clean(result, debug_rerun)


@fz.fuzz_settings(5)
@given(text=fz.articles, format=st.sampled_from(["yaml", "json"]))
def test_extract_on_random_articles(tmp_path_factory, text, format):
    folder = tmp_path_factory.mktemp("extract", numbered=True)
    (folder / "article.txt").write_bytes(text.encode("utf-8", "surrogatepass"))
    args = ["extract", "article.txt", "--published", "2023-10-03", "--format", format]
    with fz.saved_on_failure("article", text, "cli: extract"):
        result = fz.timed("cli: extract (subprocess)", run, args, folder, limit=10.0,
                          payload=text, clock="wall")
        check_clean(result, lambda: run(args, folder))
        # 2 only for a file that is no text: a NUL byte or bytes that are not UTF-8
        assert result.returncode == 0 or "\x00" in text or "not UTF-8" in result.stderr, \
            result.stderr


@fz.fuzz_settings(20)
@given(text=fz.articles)
def test_extract_into_writes_a_registry_file_verify_can_read(tmp_path_factory, text):
    """In-process, so more examples: the merged file is a registry file with no YAML
    or schema error (it is what a person edits next)."""
    from typer.testing import CliRunner

    from factcheck.cli.app import app
    from factcheck.registry.load import load

    folder = tmp_path_factory.mktemp("into", numbered=True)
    (folder / "sources").mkdir()
    (folder / "sources" / "article.txt").write_bytes(text.encode("utf-8", "surrogatepass"))
    target = folder / "drafts.yaml"
    with fz.saved_on_failure("article", text, "cli: extract --into"):
        result = CliRunner().invoke(app, ["extract", str(folder / "sources" / "article.txt"),
                                          "--published", "2023-10-03", "--into", str(target)])
        assert result.exception is None or isinstance(result.exception, SystemExit), \
            repr(result.exception)
        assert result.exit_code in (0, 2), result.stderr
        if result.exit_code == 0 and target.exists():
            loaded = load([folder])
            broken = [f for f in loaded.findings if f.rule in ("yaml", "schema")]
            assert broken == [], broken
