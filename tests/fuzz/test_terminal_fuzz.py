"""Fuzzing what a claim file or a file name can put into a report (issue 14): any
control character, escape sequence, bidi override, lone surrogate, rich markup or
Markdown syntax, in a scalar (through YAML's "\\uXXXX" escapes) or in a file name
(bytes that are not UTF-8 included). Every format must print it as text: nothing a
terminal or CI log would act on, one line per line, one cell per cell, and UTF-8
that encodes."""

from __future__ import annotations

import os
import re
import shutil

import pytest
from hypothesis import given
from hypothesis import strategies as st

import fuzz_support as fz
from factcheck.report.formats import FORMATS, render
from factcheck.verify import verify_paths

# What a terminal or a log would act on: C0 but tab and newline, DEL, C1, bidi
# controls, lone surrogates.
ACTIVE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
PIECES = ["\x1b[31m", "\x1b]0;title\x07", "\x1b[2J", "\r", "\n", "\t", "\x07", "\x08",
          "\x9b", "\u202e", "\u2066", "\ud800", "\udce9", "[/]", "[bold]", "[link=x]",
          "|", "![i](http://e.test/p.png)", "[a](http://e.test)", "<img src=x>", "`",
          "*", "_", "::error::x", "%0A", "&amp;", "\\", "\u200b", "\ufeff"]
SCALARS = st.lists(st.one_of(st.sampled_from(PIECES),
                             st.characters(max_codepoint=0x3000),
                             st.text(alphabet="abc 120,", max_size=5)),
                   min_size=1, max_size=8).map("".join)
# A file name: no "/" and no NUL; bytes 0x80-0xff alone are not UTF-8 (Python holds
# them as surrogates 0xdc80-0xdcff, as it reads such names from the disk).
NAME_PIECES = ["\n", "\r", "\x1b[31m", "|", "::error::", "`", "[bold]", "\u202e", " ",
               "\udce9", "\udcff", "a", "é", "%", ","]
NAMES = st.lists(st.sampled_from(NAME_PIECES), min_size=1, max_size=6).map(
    lambda parts: "".join(parts) + ".yaml")

REGISTRY = """\
document:
  id: doc
  published: 2023-10-03
claims:
  - id: c
    quantity: x.n
    value: 5 people
    by: "{by}"
    quote: "{quote}"
  - id: d
    quantity: x.n
    value: 50 people
"""


def yaml_escaped(text: str) -> str:
    """Any text as the inside of a YAML double-quoted scalar: every character as an
    escape, surrogates included (the file itself stays plain ASCII)."""
    return "".join(f"\\u{ord(c):04x}" if ord(c) < 0x10000 else f"\\U{ord(c):08x}"
                   for c in text)


def assert_table_rows_keep_their_cells(markdown: str) -> None:
    """Every row of every Markdown table has as many cells as its header: nothing
    from a file splits a row."""
    header = None
    for line in markdown.splitlines():
        if not line.startswith("|"):
            header = None
            continue
        cells = len(re.findall(r"(?<!\\)\|", line))
        if header is None:
            header = cells
        assert cells == header, line


def check_every_format(root) -> None:
    report = verify_paths([root])
    assert report.findings  # c and d disagree: the scalars and the file are printed
    for name in FORMATS:
        out = render(report, name, terminal=False)
        out.encode("utf-8")  # strict: no lone surrogate left
        if name in ("text", "rich", "github", "markdown", "junit", "sarif"):
            assert ACTIVE.search(out) is None, (name, ACTIVE.search(out))
        if name == "github":
            assert all(line.startswith(("::", "factcheck: ")) for line in out.splitlines())
        if name == "markdown":
            assert_table_rows_keep_their_cells(out)
        if name == "json":
            fz.strict_json(out)


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    return tmp_path_factory.mktemp("terminal")


@fz.fuzz_settings(40)
@given(by=SCALARS, quote=SCALARS)
def test_any_scalar_is_printed_as_text(workspace, by, quote):
    root = workspace / "reg"
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir()
    (root / "a.yaml").write_text(REGISTRY.format(by=yaml_escaped(by),
                                                 quote=yaml_escaped(quote)))
    fz.timed("terminal: scalar", check_every_format, root, payload=by + quote)


@fz.fuzz_settings(30)
@given(name=NAMES)
def test_any_file_name_is_printed_as_text(workspace, name):
    root = workspace / "named"
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir()
    try:
        path = os.path.join(os.fsencode(root), os.fsencode(name))
    except UnicodeEncodeError:  # a surrogate outside 0xdc80-0xdcff: no such name
        return
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(REGISTRY.format(by="x", quote="y"))
    fz.timed("terminal: file name", check_every_format, root, payload=name)
