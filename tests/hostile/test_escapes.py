"""Issue 14, kinds 1 and 2: what a claim file or a file name holds is printed as
text by every format, never acted on (terminal escapes, workflow commands, Markdown
links, rich markup) and never a crash (lone surrogates, names that are not UTF-8)."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from factcheck.report.formats.escape import encodable, json_text, markdown, visible
from hostile_support import assert_clean, run

FORMATS = ("text", "rich", "json", "markdown", "github", "sarif", "junit")

# Two claims that disagree (over 100,000 against 50), so both are printed in a finding.
HOSTILE = """\
document:
  id: doc
  published: 2023-10-03
claims:
  - id: c
    quantity: karabakh.departed
    value: over 100,000 people
    by: '[/]'
  - id: d
    quantity: karabakh.departed
    value: 50 people
    by: "\\uD800 x \\e[31mRED\\e]0;title\\a \\rOK \\u202e"
"""


def test_visible_escapes_every_control_character():
    assert visible("a\x1b[2Jb") == "a\\x1b[2Jb"
    assert visible("one\ntwo\rthree\ttab") == "one\\ntwo\\rthree\ttab"
    assert visible("\x07\x7f\x9b") == "\\x07\\x7f\\x9b"
    assert visible("\u202eevil") == "\\u202eevil"
    assert visible("caf\udce9") == "caf\\xe9"  # a byte of a name that is not UTF-8
    assert visible("\ud800") == "\\ud800"
    assert visible("ordinary – “text” 120,000 ∞") == "ordinary – “text” 120,000 ∞"


def test_encodable_keeps_control_characters_for_json():
    assert encodable("a\x1bb\udce9") == "a\x1bb\\xe9"
    assert json.loads(json_text(json.dumps({"f": "a\udce9"}, ensure_ascii=False))) \
        == {"f": "a\\xe9"}


def test_markdown_turns_links_images_and_cells_into_text():
    assert markdown("![x](http://e.test/p.png)") == "![x\\](http://e.test/p.png)"
    assert markdown("[click](http://e.test)") == "[click\\](http://e.test)"
    assert markdown("[a][ref] [ref]: http://e.test") == "[a\\][ref] [ref\\]: http://e.test"
    assert markdown("[5, 20] people") == "[5, 20] people"  # near miss: no link
    assert markdown("a|b <img src=x> &") == "a\\|b &lt;img src=x&gt; &amp;"
    assert markdown("*bold* _it_ `code` ~~del~~") == \
        "\\*bold\\* \\_it\\_ \\`code\\` \\~\\~del\\~\\~"
    assert markdown("120,000 (about) - 5.") == "120,000 (about) - 5."  # near miss


@pytest.mark.parametrize("format", FORMATS)
def test_every_format_prints_escapes_as_text(tmp_path, format):
    (tmp_path / "reg").mkdir()
    (tmp_path / "reg" / "a.yaml").write_text(HOSTILE, encoding="utf-8")
    result = run("verify", "reg", "--format", format, cwd=tmp_path)
    assert_clean(result)
    out = result.stdout.decode("utf-8")  # strict: it must be UTF-8
    assert "\x1b" not in out and "\x07" not in out and "\r" not in out
    if format != "json":  # JSON is data: it keeps the character, escapes controls
        assert "\u202e" not in out
    if format == "rich":  # the markup `[/]` is shown, not read
        assert "[/]" in out
    if format in ("text", "rich"):
        assert "\\x1b[31mRED" in out


def hostile_name(tmp_path: Path, name: bytes) -> Path:
    folder = tmp_path / "reg"
    folder.mkdir()
    with open(os.path.join(os.fsencode(folder), name), "w", encoding="utf-8") as f:
        f.write(HOSTILE.replace('by: "', 'not_a_key: 1\n    by: "'))
    return folder


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS refuses such names")
@pytest.mark.parametrize("format", FORMATS)
def test_a_file_name_that_is_not_utf8(tmp_path, format):
    hostile_name(tmp_path, b"caf\xe9.yaml")
    result = run("verify", "reg", "--format", format, cwd=tmp_path)
    assert_clean(result)
    out = result.stdout.decode("utf-8")
    assert "\udce9" not in out
    if format == "sarif":
        uris = {loc["physicalLocation"]["artifactLocation"]["uri"]
                for r in json.loads(out)["runs"][0]["results"] for loc in r["locations"]}
        assert "reg/caf%E9.yaml" in uris


def test_non_utf8_names_in_output_and_baseline(tmp_path):
    hostile_name(tmp_path, b"caf\xe9.yaml")
    for args in (("verify", "reg", "--format", "sarif", "--output", b"out\xff.sarif"),
                 ("baseline", "write", b"base\xff.json", "reg"),
                 ("verify", "reg", "--baseline", b"base\xff.json")):
        assert_clean(run(*args, cwd=tmp_path))
    assert json.loads((tmp_path / os.fsdecode(b"base\xff.json")).read_text())["findings"]


@pytest.mark.parametrize("format", ("text", "github"))
def test_a_newline_in_a_file_name_starts_no_line(tmp_path, format):
    hostile_name(tmp_path, b"a\n::error::forged.yaml")
    result = run("verify", "reg", "--format", format, cwd=tmp_path)
    assert_clean(result)
    lines = result.stdout.decode().splitlines()
    assert not any(line.startswith("::error::forged") for line in lines)
    assert not any(line.startswith(":") and "forged" in line and format == "text"
                   for line in lines)
    assert any("a\\n::error::forged.yaml" in line or "a%0A" in line for line in lines)


def test_a_pipe_in_a_file_name_stays_in_its_markdown_cell(tmp_path):
    hostile_name(tmp_path, b"a|b.yaml")
    out = run("verify", "reg", "--format", "markdown", cwd=tmp_path).stdout.decode()
    rows = [line for line in out.splitlines() if "a\\|b.yaml" in line]
    assert rows
    for row in rows:  # five unescaped pipes: four cells
        assert row.replace("\\|", "").count("|") == 5


def test_links_in_a_quote_are_text_in_the_pr_comment(tmp_path):
    (tmp_path / "reg").mkdir()
    (tmp_path / "reg" / "t.txt").write_text(
        "Some ![pixel](http://e.test/p.png) [click](http://e.test) 100 people fled.\n")
    (tmp_path / "reg" / "a.yaml").write_text("""\
document:
  id: doc
  published: 2023-10-03
  text: t.txt
claims:
  - id: c
    quote: "![pixel](http://e.test/p.png) [click](http://e.test) 100 people fled"
    quantity: x.fled
    value: 100 people
  - id: d
    quantity: x.fled
    value: 5 people
""")
    out = run("verify", "reg", "--format", "markdown", cwd=tmp_path).stdout.decode()
    assert "![pixel\\](http://e.test/p.png) [click\\](http://e.test)" in out
    assert "](" not in out.replace("\\](", "")  # no link or image left to render


from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@given(st.text(alphabet=st.sampled_from(["a", "é", "−", "\n", "\\", '"', "\ud800",
                                         "\udcff", "\udfff", "\U0001f600", "\u202e"])))
def test_text_without_surrogates_is_left_as_it_is_and_any_other_escaped(text):
    """encodable and json_text skip the search only when there is nothing to find:
    the same text as the escaping everywhere, surrogates or not."""
    from factcheck.report.formats.escape import _SURROGATE, _escape

    assert encodable(text) == _SURROGATE.sub(_escape, text)
    assert json_text(text) == _SURROGATE.sub(
        lambda match: _escape(match).replace("\\", "\\\\"), text)
    encodable(text).encode("utf-8")  # never fails
