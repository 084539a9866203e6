"""The regression corpus: every input that once broke something (corpus/README.md).

Each entry runs through the same checks as the fuzz property of its kind; entries of
corpus/xfail.toml are known bugs in modules the fuzz suite does not own, kept as
strict xfails so that fixing one is noticed.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib

import pytest

import fuzz_support as fz

KINDS = ("registry", "registry-cli", "value", "expr", "article")
# registry-cli: an input that hangs must not hold the suite for minutes. A run takes
# about 1.5 s (Python's start included); ten times that, and more on a machine whose
# other work slows the subprocess (a load of 9 on 2 cores made 5 s fail).
CLI_SECONDS = 30
XFAIL = tomllib.loads((fz.CORPUS / "xfail.toml").read_text("utf-8"))


def entries() -> list:
    return list(_entries())


def _entries():
    for kind in KINDS:
        folder = fz.CORPUS / kind
        for path in sorted(folder.iterdir()) if folder.is_dir() else ():
            if path.name.startswith("."):
                continue
            name = f"{kind}/{path.name}"
            marks = [pytest.mark.xfail(strict=True, reason=XFAIL[name])] \
                if name in XFAIL else []
            yield pytest.param(kind, path, id=name, marks=marks)


def test_every_xfail_names_an_entry():
    names = {entry.id for entry in entries()}
    assert set(XFAIL) <= names, set(XFAIL) - names


def text_of(path) -> str:
    text = path.read_bytes().decode("utf-8", "surrogatepass")
    return text[:-1] if text.endswith("\n") else text


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    space = fz.Workspace(tmp_path_factory.mktemp("corpus"))
    fz.verify_and_render(space.put(fz.SHIPPED))  # warm up, so timings are the input's
    return space


@pytest.mark.parametrize("kind, path", entries())
def test_corpus(workspace, tmp_path, kind, path):
    if kind == "registry":
        files = {path.name: path.read_bytes()} if path.is_file() else {
            p.relative_to(path).as_posix(): p.read_bytes()
            for p in sorted(path.rglob("*")) if p.is_file()}
        fz.timed("corpus: registry", fz.verify_and_render, workspace.put(files))
    elif kind == "registry-cli":
        root = workspace.put({path.name: path.read_bytes()})
        env = {k: v for k, v in os.environ.items() if k != "FACTCHECK_DEBUG"}
        try:
            result = subprocess.run(
                [sys.executable, "-c", "from factcheck.cli import main; main()", "verify",
                 str(root), "--format", "json"], capture_output=True, text=True, env=env,
                timeout=CLI_SECONDS)
        except subprocess.TimeoutExpired:
            pytest.fail(f"factcheck verify still running after {CLI_SECONDS} s")
        assert result.returncode in (0, 1, 2) and "Traceback" not in result.stderr, \
            result.stderr[-2000:]
    elif kind == "value":
        phrase = text_of(path)
        fz.timed("corpus: value", fz.check_value, phrase)
        fz.timed("corpus: value", fz.verify_and_render,
                 workspace.put(fz.phrase_registry(phrase, "x.count")))
    elif kind == "expr":
        text = text_of(path)
        fz.timed("corpus: expr", fz.check_expression, text)
        fz.timed("corpus: expr", fz.verify_and_render,
                 workspace.put(fz.expression_registry(text, text, "over 5 people")))
    else:
        fz.timed("corpus: article", fz.check_article, path.read_text("utf-8"))
        fz.timed("corpus: article", fz.check_article_file, path, "yaml")
