"""The safe YAML loader: positions, refusals, limits, and no exception on any input."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck import yamlsafe
from factcheck.checks import settle
from factcheck.yamlsafe import (Limits, MapNode, ScalarNode, SeqNode, load_bytes,
                                load_file, load_text, resolve_plain)
from timing import cpu_budget

FAST = settings(max_examples=60, deadline=2000,
                suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(params=["default", "pure-python"])
def parser(request, monkeypatch):
    """Run a test with the parser in use and with the pure-Python fallback."""
    if request.param == "pure-python":
        monkeypatch.setattr(yamlsafe.loader, "_CParser", None)  # the name loader reads
    return request.param


def only_finding(text: str, **limits):
    node, findings = load_text(text, "f.yaml", Limits(**limits))
    assert node is None
    assert len(findings) == 1, findings
    (finding,) = settle(findings)  # severity: from the registered check, as in a run
    assert (finding.rule, finding.severity, finding.file) == ("yaml", "error", "f.yaml")
    return finding


def position(finding):
    return finding.line, finding.column


# ---------------------------------------------------------------- a good file

GOOD = """\
document:
  id: doc
  published: 2023-10-03
claims:
  - id: fled
    quote: "over 100,000 have fled"
    value: 'over 100,000'
    span: [3, 9]
    note: |
      a block
"""


def test_good_file_gives_positioned_tree(parser):
    root, findings = load_text(GOOD, "good.yaml")
    assert findings == []
    assert isinstance(root, MapNode) and (root.line, root.column) == (1, 1)
    key, document = root.items["document"]
    assert (key.line, key.column) == (1, 1)
    assert (document.line, document.column) == (2, 3)
    published = document.items["published"][1]
    assert published == ScalarNode("2023-10-03", True, 3, 14)
    claims = root.items["claims"][1]
    assert isinstance(claims, SeqNode) and (claims.line, claims.column) == (5, 3)
    claim = claims.items[0]
    assert (claim.line, claim.column) == (5, 5)
    assert claim.items["quote"][1] == ScalarNode("over 100,000 have fled", False, 6, 12)
    assert claim.items["value"][1].plain is False
    assert claim.items["note"][1].plain is False  # block scalars are never resolved
    span = claim.items["span"][1]
    assert [item.value for item in span.items] == ["3", "9"]
    assert (span.items[1].line, span.items[1].column) == (8, 15)


def test_keys_keep_file_order():
    root, _ = load_text("b: 1\na: 2\nc: 3\n", "f.yaml")
    assert list(root.items) == ["b", "a", "c"]


@pytest.mark.parametrize("text", ["", "\n\n", "# only a comment\n", "---\n", "---\n...\n"])
def test_empty_file_gives_nothing_and_no_finding(text):
    assert load_text(text, "f.yaml") == (None, [])


def test_byte_order_mark_is_skipped_and_columns_stay_true(tmp_path):
    path = tmp_path / "bom.yaml"
    path.write_bytes("\ufeffa: 1\n".encode())
    root, findings = load_file(path, "bom.yaml")
    assert findings == []
    assert root.items["a"][0].column == 1


def test_crlf_line_endings_keep_line_numbers():
    root, findings = load_text("a: 1\r\nb: 2\r\n", "f.yaml")
    assert findings == [] and root.items["b"][1].line == 2


def test_non_ascii_columns_count_characters(parser):
    root, _ = load_text("é: 'ü'\nb: ✓\n", "f.yaml")
    assert (root.items["é"][1].line, root.items["é"][1].column) == (1, 4)


# ---------------------------------------------------------------- resolving plain scalars

@pytest.mark.parametrize("text, value", [
    ("", None), ("~", None), ("null", None), ("NULL", None),
    ("true", True), ("False", False), ("yes", "yes"), ("no", "no"), ("on", "on"),
    ("42", 42), ("-7", -7), ("0o17", 15), ("0x1F", 31), ("1_000", "1_000"),
    ("1.5", 1.5), ("1e3", 1000.0), (".5", 0.5), ("-.inf", float("-inf")),
    ("120,000", "120,000"), ("over 100,000", "over 100,000"),
    ("2023-10-03", dt.date(2023, 10, 3)), ("2023-02-30", "2023-02-30"),
    ("2023-10-02T14:30", dt.datetime(2023, 10, 2, 14, 30)),
    ("2023-10-02 14:30:00+04:00",
     dt.datetime(2023, 10, 2, 14, 30, tzinfo=dt.timezone(dt.timedelta(hours=4)))),
    ("karabakh.departed", "karabakh.departed"), ("nine", "nine"),
])
def test_resolve_plain_follows_yaml_1_2_core(text, value):
    assert resolve_plain(text) == value
    assert type(resolve_plain(text)) is type(value)


def test_quoted_scalars_stay_text():
    root, _ = load_text("a: '42'\nb: 42\n", "f.yaml")
    assert root.items["a"][1].resolved() == "42"
    assert root.items["b"][1].resolved() == 42


# ---------------------------------------------------------------- refusals

def test_duplicate_key_names_key_and_first_line(parser):
    finding = only_finding("claim:\n  quote: a\n  by: b\n  quote: c\n")
    assert position(finding) == (4, 3)
    assert "duplicate key 'quote' (first at line 2)" in finding.message


def test_every_duplicate_is_reported_in_one_run():
    _, findings = load_text("a: 1\na: 2\nb: 1\nb: 2\n", "f.yaml")
    assert [position(f) for f in findings] == [(2, 1), (4, 1)]


def test_anchor_is_refused_where_written(parser):
    finding = only_finding("a: &base 1\n")
    assert position(finding) == (1, 4) and "&base" in finding.message


def test_alias_is_refused_at_the_alias(parser):
    _, findings = load_text("a: &x 1\nb: *x\n", "f.yaml")
    assert [position(f) for f in findings] == [(1, 4), (2, 4)]
    assert "*x" in findings[1].message


def test_merge_key_with_alias_is_refused():
    _, findings = load_text("base: &b {x: 1}\nother:\n  <<: *b\n", "f.yaml")
    assert any("*b" in f.message and position(f) == (3, 7) for f in findings)


@pytest.mark.parametrize("text, where, shown", [
    ("a: !!str 5\n", (1, 4), "!!str"),
    ("a: !custom x\n", (1, 4), "!custom"),
    ("a: !!map {b: 1}\n", (1, 4), "!!map"),
])
def test_explicit_tags_are_refused(parser, text, where, shown):
    finding = only_finding(text)
    assert position(finding) == where and shown in finding.message


def test_complex_key_is_refused(parser):
    finding = only_finding("? [a, b]\n: 1\n")
    assert position(finding) == (1, 3)
    assert "not a list or a mapping" in finding.message


@pytest.mark.parametrize("text, where", [
    ("1: x\n", (1, 1)), ("true: x\n", (1, 1)), ("a:\n  null: x\n", (2, 3)),
    ("2023-10-03: x\n", (1, 1)), ("~: x\n", (1, 1)),
])
def test_keys_that_are_not_text_are_refused(text, where):
    finding = only_finding(text)
    assert position(finding) == where and "is not text" in finding.message


def test_quoted_number_key_is_text():
    root, findings = load_text("'1': x\n", "f.yaml")
    assert findings == [] and "1" in root.items


def test_second_document_is_refused(parser):
    finding = only_finding("a: 1\n---\nb: 2\n")
    assert position(finding) == (2, 1) and "second YAML document" in finding.message


def test_billion_laughs_is_refused_fast():
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for name, previous in zip("bcdefghij", "abcdefghi"):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]")
    with cpu_budget(0.1, "the billion laughs"):  # refused at the first alias chain
        node, findings = load_text("\n".join(lines) + "\n", "bomb.yaml")
    assert node is None
    assert position(findings[0]) == (1, 4)
    assert len(findings) <= Limits().max_findings + 1  # capped, with a closing note


# ---------------------------------------------------------------- limits

def test_size_cap_is_a_parameter(tmp_path):
    path = tmp_path / "big.yaml"
    path.write_text("a: " + "x" * 100 + "\n")
    node, findings = load_file(path, "big.yaml", Limits(max_bytes=50))
    assert node is None and "larger than 50 bytes" in findings[0].message
    assert load_file(path, "big.yaml", Limits(max_bytes=500))[1] == []


def test_default_size_cap_is_two_mebibytes():
    finding = only_finding("a: " + "x" * (2 * 1024 * 1024) + "\n")
    assert "2 MiB" in finding.message


def test_node_count_cap(parser):
    finding = only_finding("[" + ", ".join(["1"] * 20) + "]\n", max_nodes=10)
    assert position(finding) == (1, 29) and "more than 10 YAML values" in finding.message


def test_nesting_deeper_than_the_limit_is_refused(parser):
    finding = only_finding("[" * 100 + "]" * 100 + "\n")
    assert position(finding) == (1, 65) and "64 levels" in finding.message


def test_deep_block_nesting_is_refused():
    text = "".join(" " * depth + f"k{depth}:\n" for depth in range(70))
    finding = only_finding(text)
    assert finding.line == 65


# ---------------------------------------------------------------- bytes and characters

def test_invalid_utf8_names_line_and_column():
    node, findings = load_bytes(b"a: 1\nb: caf\xe9 au lait\n", "f.yaml")
    assert node is None and len(findings) == 1
    assert position(findings[0]) == (2, 7)
    assert "0xe9" in findings[0].message and "UTF-8" in findings[0].hint


def test_invalid_utf8_column_counts_characters_before_it():
    _, findings = load_bytes("é: ü \xff".encode() .replace(b"\xc3\xbf", b"\xff"), "f.yaml")
    assert position(findings[0]) == (1, 6)


def test_nul_byte_means_binary_file(tmp_path):
    path = tmp_path / "image.yaml"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    node, findings = load_file(path, "image.yaml")
    assert node is None and "binary" in findings[0].message
    assert position(findings[0]) == (3, 1)


def test_utf16_file_is_named():
    node, findings = load_bytes("a: 1\n".encode("utf-16"), "f.yaml")
    assert node is None and "UTF-16" in findings[0].message


def test_control_character_is_located():
    finding = only_finding("a: 1\nb: x\x07y\n")
    assert position(finding) == (2, 5) and "U+0007" in finding.message


def test_missing_file_is_a_finding_not_an_exception(tmp_path):
    node, findings = load_file(tmp_path / "absent.yaml", "absent.yaml")
    assert node is None and "cannot read this file" in findings[0].message


# ---------------------------------------------------------------- syntax errors

@pytest.mark.parametrize("text, where, words", [
    ("quote: she said: no\n", (1, 16), "':' followed by a space"),
    ("a: 'not closed\nb: 1\n", (1, 4), "never closed"),
    ("a:\n\t- x\n", (2, 1), "tab"),
    ("a: [1, 2\n", (1, 4), "[list]"),
    ("a: {b: 1\n", (1, 4), "{mapping}"),
    ("a:\n  b: 1\n c: 2\n", (3, 2), "indentation"),
])
def test_syntax_errors_are_plain_and_positioned(parser, text, where, words):
    finding = only_finding(text)
    assert position(finding) == where
    assert finding.message.startswith("YAML syntax error") and words in finding.message
    assert "parser said" in finding.hint


# ---------------------------------------------------------------- never an exception

@FAST
@given(st.text(max_size=300))
def test_any_text_gives_a_node_or_findings(text):
    node, findings = load_text(text, "any.yaml")
    assert node is None or not findings
    assert all(f.rule == "yaml" and f.line >= 0 for f in findings)


YAMLISH = st.text(alphabet=st.sampled_from(list(":-[]{}&*!?|>'\"#%@`, \n\tab1é\x00\x07")),
                  max_size=200)


@FAST
@given(YAMLISH)
def test_yaml_punctuation_soup_never_raises(text):
    node, findings = load_text(text, "soup.yaml", Limits(max_depth=8, max_nodes=50))
    assert node is None or not findings


@FAST
@given(st.binary(max_size=300))
def test_any_bytes_through_load_file_never_raise(tmp_path, data):
    path = tmp_path / "bytes.yaml"
    path.write_bytes(data)
    node, findings = load_file(path, "bytes.yaml")
    assert node is None or not findings


def test_colons_inside_plain_values_in_flow_mappings_are_read_alike(parser):
    # libyaml (YAML 1.1) refuses these; the loader falls back to the reference parser.
    root, findings = load_text(
        "a: {url: https://example.org/x, as_of: 2023-10-02T14:05+04:00}\n", "f.yaml")
    assert findings == []
    assert root.items["a"][1].items["url"][1] == ScalarNode(
        "https://example.org/x", True, 1, 10)
