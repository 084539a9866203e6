"""Limits: each hostile or oversized input ends in one clear finding (rule, file, line
and column), the exit code of a run with errors, and quickly.

Runs go through the command line in-process (`cli`), in JSON, so each test checks
exactly what CI sees.
"""

from __future__ import annotations

import os
import time

import pytest

from factcheck import expr, yamlsafe
from timing import cpu_budget

DOC = "document:\n  id: doc\n  published: 2023-10-03\n"
LIMITS = yamlsafe.Limits()


def verify(cli, *args: str, seconds: float = 5.0):
    """(exit code, findings as (rule, file, line, column, message), stdout), timed in
    CPU seconds (the run is in-process: a busy CI machine does not count)."""
    start = time.process_time()
    run = cli("verify", *args, "--format", "json")
    elapsed = time.process_time() - start
    assert elapsed < seconds, f"took {elapsed:.1f} s of CPU"
    assert run.code in (0, 1, 2), run
    if run.code == 2:
        return run.code, [], run.stdout
    findings = [(f["rule"], f["file"], f["line"], f["column"], f["message"])
                for f in run.json()["findings"]]
    return run.code, findings, run.stdout


def only(findings):
    assert len(findings) == 1, findings
    return findings[0]


def claim(value: str, quantity: str = "a.b") -> str:
    return DOC + f"claims:\n  - id: c\n    quantity: {quantity}\n    value: {value}\n"


# ---------------------------------------------------------------- size, nodes, depth

def test_a_file_over_the_size_cap_is_refused_unread(registry, cli):
    line = "# " + "x" * 97 + "\n"
    root = registry({"big.yaml": DOC + line * (LIMITS.max_bytes // len(line) + 1),
                     "ok.yaml": "places:\n  x: {name: X}\n"})
    code, findings, _ = verify(cli, str(root))
    rule, file, line_no, column, message = only(findings)
    assert (code, rule, file, line_no, column) == (1, "yaml", "reg/big.yaml", 0, 0)
    assert "larger than 2 MiB" in message


def test_a_file_of_too_many_values(registry, cli):
    root = registry({"a.yaml": "claims:\n" + "  - 1\n" * LIMITS.max_nodes})
    code, findings, _ = verify(cli, str(root))
    rule, file, line, column, message = only(findings)
    # nodes: the mapping, its key, the list, then one per item: the first one over
    # the cap is item max_nodes - 2, on line max_nodes - 1.
    assert (code, rule, file, line, column) == (1, "yaml", "reg/a.yaml",
                                                LIMITS.max_nodes - 1, 5)
    assert f"more than {LIMITS.max_nodes:,} YAML values" in message


@pytest.mark.parametrize("text, where", [
    ("a: " + "[" * 65 + "]" * 65 + "\n", (1, 4 + 63)),  # the root mapping is level 1
    ("".join(" " * depth + f"k{depth}:\n" for depth in range(70)), (65, 65)),
])
def test_nesting_deeper_than_the_limit(registry, cli, text, where):
    code, findings, _ = verify(cli, str(registry({"a.yaml": text})))
    rule, file, line, column, message = only(findings)
    assert (code, rule, file, (line, column)) == (1, "yaml", "reg/a.yaml", where)
    assert f"more than {LIMITS.max_depth} levels" in message


# ---------------------------------------------------------------- expressions

@pytest.mark.parametrize("quantity, offset, words", [
    ("(" * (expr.MAX_NESTING + 1) + "a.b" + ")" * (expr.MAX_NESTING + 1),
     expr.MAX_NESTING, "nested too deeply"),
    ("-" * (expr.MAX_NESTING + 1) + "a.b", expr.MAX_NESTING, "nested too deeply"),
    (" + ".join(["a.b"] * (expr.MAX_OPERATORS + 2)), 4 + 6 * expr.MAX_OPERATORS,
     "too many operations"),
    ("a.b + " * 400 + "a.b", expr.MAX_LENGTH, "too long"),
])
def test_expression_limits(registry, cli, quantity, offset, words):
    code, findings, _ = verify(cli, str(registry({"a.yaml": claim("5 people", quantity)})))
    rule, file, line, column, message = only(findings)
    assert (code, rule, file, line, column) == (1, "schema", "reg/a.yaml", 6, 15 + offset)
    assert words in message


# ---------------------------------------------------------------- number magnitude

@pytest.mark.parametrize("value, words", [
    ("over 1e400 people", "unknown word"),
    ("over " + "9" * 400 + " people", "too long"),
    ("1" + "0" * 40 + " people", "too long"),
    ("NaN people", "unknown word 'NaN'"),
    ("inf", "unknown word 'inf'"),
    ("over ∞ people", "cannot read"),
    ("999 trillion trillion trillion", "too large"),
])
def test_huge_and_impossible_numbers_in_value_phrases(registry, cli, value, words):
    code, findings, _ = verify(cli, str(registry({"a.yaml": claim(value)})))
    rule, file, line, column, message = only(findings)
    assert (code, rule, file, line) == (1, "value", "reg/a.yaml", 7)
    assert column >= 12 and words in message


@pytest.mark.parametrize("low, high, column, words", [
    ("1e400", "null", 18, "out of range"),
    ("-1e400", "null", 18, "out of range"),
    ("9" * 400, "null", 18, "out of range"),
    ("9" * 5000, "null", 18, "out of range"),  # past Python's int-from-text limit
    ("0x" + "f" * 300, "null", 18, "out of range"),
    ("null", "1" + "0" * 30, 30, "out of range"),
    ("1e-400", "1", 18, "out of range"),  # would read as 0
    (".nan", "1", 18, "finite"),
    ("1", ".inf", 27, "finite"),
    ("-.inf", "1", 18, "finite"),
])
def test_huge_and_impossible_numbers_in_explicit_values(registry, cli, low, high, column,
                                                        words):
    value = f"{{low: {low}, high: {high}, unit: person}}"
    code, findings, _ = verify(cli, str(registry({"a.yaml": claim(value)})))
    rule, file, line, col, message = only(findings)
    assert (code, rule, file, line, col) == (1, "schema", "reg/a.yaml", 7, column)
    assert words in message and len(message) < 200


def test_the_largest_explicit_value_allowed_is_read(registry, cli):
    value = "{low: " + "9" * 30 + ", high: null, unit: person}"
    code, findings, _ = verify(cli, str(registry({"a.yaml": claim(value)})))
    assert (code, findings) == (0, [])


@pytest.mark.parametrize("holds, offset, words", [
    ("a.b <= 1e400", 7, "exponent"),
    ("a.b <= " + "9" * 400, 7, "too long"),
    ("a.b <= nan", 7, "not a quantity name"),
    ("a.b <= inf", 7, "not a quantity name"),
    ("a.b <= NaN people", 7, "not a quantity name"),
])
def test_huge_and_impossible_numbers_in_expressions(registry, cli, holds, offset, words):
    text = claim("5 people") + f"relations:\n  - id: r\n    holds: {holds}\n"
    code, findings, _ = verify(cli, str(registry({"a.yaml": text})))
    rule, file, line, column, message = only(findings)
    assert (code, rule, file, line, column) == (1, "schema", "reg/a.yaml", 10, 12 + offset)
    assert words in message


# ---------------------------------------------------------------- bombs and long lines

def billion_laughs() -> str:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for name, previous in zip("bcdefghij", "abcdefghi"):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def test_billion_laughs_is_refused_before_any_expansion(registry, cli):
    code, findings, stdout = verify(cli, str(registry({"bomb.yaml": billion_laughs()})),
                                    seconds=1.0)
    assert code == 1
    assert {rule for rule, *_ in findings} == {"yaml"}
    assert any(f[2:4] == (1, 4) and "anchor '&a'" in f[4] for f in findings), findings
    assert len(findings) <= LIMITS.max_findings + 1 and len(stdout) < 50_000


@pytest.mark.parametrize("field", ["quote", "value", "quantity", "id", "by"])
def test_a_one_megabyte_line_is_refused_before_parsing(registry, cli, field):
    megabyte = "word " * (1024 * 1024 // 5)
    text = DOC + "claims:\n  - id: c\n    quantity: a.b\n    value: 5 people\n"
    text = text.replace(f"    {field}: ", f"    {field}: {megabyte}", 1) \
        if f"    {field}: " in text else text + f"    {field}: {megabyte}\n"
    root = registry({"a.yaml": text})
    line = text[:text.index(megabyte)].count("\n") + 1
    code, findings, stdout = verify(cli, str(root), seconds=2.0)
    rule, file, line_no, column, message = only(findings)
    assert (code, rule, file, line_no, column) == (1, "yaml", "reg/a.yaml", line,
                                                   LIMITS.max_line + 1)
    assert "characters long" in message
    assert len(stdout) < 5000  # the report does not echo the megabyte


def test_a_one_megabyte_key_is_refused_before_parsing(registry, cli):
    code, findings, stdout = verify(cli, str(registry({"a.yaml": DOC + "k" * 2**20 + ": 1\n"})),
                                    seconds=2.0)
    assert only(findings)[:4] == ("yaml", "reg/a.yaml", 4, LIMITS.max_line + 1)
    assert code == 1 and len(stdout) < 5000


def test_a_long_value_over_many_lines_is_refused_at_its_start(registry, cli):
    block = "".join(f"      {'word ' * 19}\n" for _ in range(LIMITS.max_scalar // 90))
    text = DOC + "claims:\n  - id: c\n    quantity: a.b\n    value: 5 people\n" \
        "    note: >\n" + block
    code, findings, _ = verify(cli, str(registry({"a.yaml": text})))
    rule, file, line, column, message = only(findings)
    assert (code, rule, file, line, column) == (1, "yaml", "reg/a.yaml", 8, 11)
    assert f"at most {LIMITS.max_scalar:,} characters" in message


# ---------------------------------------------------------------- not text at all

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10"


@pytest.mark.parametrize("data, where, words", [
    (PNG, (3, 1), "binary"),
    (bytes(range(1, 256)) * 4, (2, 118), "not valid UTF-8"),  # \x0a is byte 10
    ("a: 1\n".encode("utf-16"), (1, 1), "UTF-16"),
    (b"a: 1\n\x1b[31mred\n", (2, 1), "control character"),
])
def test_binary_files_named_yaml(registry, cli, data, where, words):
    code, findings, _ = verify(cli, str(registry({"image.yaml": data})))
    rule, file, line, column, message = only(findings)
    assert (code, rule, file, (line, column)) == (1, "yaml", "reg/image.yaml", where)
    assert words in message


# ---------------------------------------------------------------- the folder itself

GOOD = DOC + "claims:\n  - id: c\n    quantity: a.b\n    value: 5 people\n"


def test_a_folder_symlink_to_its_parent_does_not_loop(registry, cli):
    root = registry({"sub/a.yaml": GOOD})
    os.symlink("..", root / "sub" / "up")  # reg/sub/up/sub/up/... if followed
    os.symlink(".", root / "self")
    code, findings, stdout = verify(cli, str(root), seconds=2.0)
    assert (code, findings) == (0, [])  # a.yaml read once: no duplicate ids


@pytest.mark.parametrize("links", [
    {"a.yaml": "b.yaml", "b.yaml": "a.yaml"},
    {"self.yaml": "self.yaml"},
])
def test_a_file_symlink_loop_is_a_finding(registry, cli, links):
    root = registry({"ok.yaml": GOOD})
    for name, target in links.items():
        os.symlink(target, root / name)
    code, findings, _ = verify(cli, str(root), seconds=2.0)
    assert code == 1
    assert sorted((rule, file, line) for rule, file, line, *_ in findings) == \
        sorted(("yaml", f"reg/{name}", 0) for name in links)
    assert all("loop" in message for *_, message in findings)


def test_a_registry_path_that_loops_is_a_usage_error(workdir, cli):
    os.symlink("loop", workdir / "loop")
    code, findings, _ = verify(cli, "loop")
    assert code == 2


def verify_in_a_subprocess(root, cwd, seconds: float = 20.0):
    """For inputs that could block: a run that waits forever is killed and fails."""
    import json
    import subprocess
    import sys

    try:
        result = subprocess.run([sys.executable, "-c", "from factcheck.cli import main; main()",
                                 "verify", str(root), "--format", "json"], cwd=cwd,
                                capture_output=True, text=True, timeout=seconds)
    except subprocess.TimeoutExpired:
        pytest.fail(f"verify still waiting after {seconds} s")
    findings = json.loads(result.stdout)["findings"]
    return result.returncode, [(f["rule"], f["file"], f["line"], f["column"], f["message"])
                               for f in findings]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_named_pipe_called_yaml_does_not_block(registry, workdir):
    root = registry({"ok.yaml": GOOD})
    os.mkfifo(root / "pipe.yaml")  # opening it to read would wait for a writer forever
    code, findings = verify_in_a_subprocess(root, workdir)
    rule, file, line, column, message = only(findings)
    assert (code, rule, file) == (1, "yaml", "reg/pipe.yaml")
    assert "not a regular file" in message


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_named_pipe_as_document_text_does_not_block(registry, workdir):
    root = registry({"a.yaml": GOOD.replace("  published", "  text: pipe.txt\n  published")})
    os.mkfifo(root / "pipe.txt")
    code, findings = verify_in_a_subprocess(root, workdir)
    rule, file, line, column, message = only(findings)
    assert (code, rule, file, line, column) == (1, "text", "reg/a.yaml", 3, 9)
    assert "not a regular file" in message


def test_a_registry_of_a_thousand_small_files(registry, cli):
    files = {f"f{i:04}.yaml": f"""\
        document:
          id: doc-{i}
          published: 2023-10-03
        claims:
          - id: c-{i}
            quantity: town_{i}.population
            value: between 1,000 and 2,000 people
          - id: d-{i}
            quantity: town_{i}.departed
            value: over 100 people
        relations:
          - id: r-{i}
            holds: town_{i}.departed <= town_{i}.population
        """ for i in range(1000)}
    files["f0500.yaml"] = files["f0500.yaml"].replace("over 100 people", "over 5,000 people")
    start = time.process_time()
    run = cli("verify", str(registry(files)), "--format", "json")
    elapsed = time.process_time() - start
    data = run.json()
    assert run.code == 1 and data["summary"] == {"claims": 2000, "errors": 1, "warnings": 0,
                                                 "checked": 2000, "unchecked": 0}
    finding = only(data["findings"])
    assert (finding["rule"], finding["file"]) == ("inconsistency", "reg/f0500.yaml")
    assert elapsed < 30, f"1,000 files took {elapsed:.1f} s"


# ---------------------------------------------------------------- quotes

def quoting(quote: str) -> str:
    return DOC.replace("  published", "  text: a.txt\n  published") + \
        f'claims:\n  - id: c\n    quote: "{quote}"\n    quantity: a.b\n    value: five\n'


def test_a_quote_with_too_many_omissions(registry, cli):
    from factcheck.checks.quote_match import MAX_OMISSIONS

    quote = " ... ".join(["a five"] * (MAX_OMISSIONS + 2))
    root = registry({"a.yaml": quoting(quote), "a.txt": "a five " * 50_000})
    code, findings, _ = verify(cli, str(root), seconds=3.0)
    rule, file, line, column, message = only(findings)
    assert (code, rule, file, line, column) == (1, "quote", "reg/a.yaml", 7, 12)
    assert f"out {MAX_OMISSIONS + 1} times" in message


@pytest.mark.parametrize("where", ["nowhere", "too early", "at the end"])
def test_many_short_pieces_against_a_long_text_are_fast(registry, cli, where):
    """Every piece occurs 50,000 times: the search must not visit each occurrence."""
    from factcheck.checks.quote_match import MAX_OMISSIONS

    text = {"nowhere": "a five " * 50_000, "too early": "six " + "a five " * 50_000,
            "at the end": "a five " * 50_000 + "six"}[where]
    quote = " ... ".join(["a five"] * MAX_OMISSIONS) + " ... six"
    root = registry({"a.yaml": quoting(quote).replace("value: five", "value: six"),
                     "a.txt": text})
    code, findings, _ = verify(cli, str(root), seconds=3.0)
    assert [f[0] for f in findings] == ([] if where == "at the end" else ["quote"])


# ---------------------------------------------------------------- places inside places

def nested_places(count: int) -> str:
    return "places:\n" + "".join(f"  p{i}: {{within: p{i + 1}}}\n" for i in range(count)) \
        + f"  p{count}: {{name: The top}}\n"


def test_twenty_thousand_nested_places_load_fast(registry):
    """The cycle check walked every chain to its top for every place, testing list
    membership at each step: O(n^3), minutes for this 500 KB file."""
    from factcheck.registry.load import load

    root = registry({"a.yaml": nested_places(20_000)})
    with cpu_budget(1.0, "loading 20,000 nested places"):  # about 0.6 s; cubic: minutes
        loaded = load([root])
    assert loaded.findings == [] and len(loaded.registry.places) == 20_001


def test_a_long_cycle_of_places_is_one_finding(registry, cli):
    text = nested_places(500).replace("{name: The top}", "{within: p0}")
    code, findings, _ = verify(cli, str(registry({"a.yaml": text})))
    rule, file, line, column, message = only(findings)
    assert (code, rule, file, line, column) == (1, "schema", "reg/a.yaml", 2, 16)
    assert message.startswith("place 'p0' ends up within itself: p0 within p1 within p2")


MEASURED_ENDS = """\
document:
  id: d
claims:
  - id: bottom
    quantity: p0.population
    value: 5 people
  - id: top
    quantity: p{count}.population
    value: 9 people
"""


@pytest.mark.parametrize("measured", [False, True])
def test_nested_places_are_checked_in_linear_time(registry, measured):
    # With the bottom and the top measured, the walk from the bottom crosses every
    # unmeasured place between them once.
    from factcheck.verify import verify_paths

    def cpu(count: int) -> float:
        text = nested_places(count)
        if measured:
            text = MEASURED_ENDS.format(count=count) + text
        root = registry({"a.yaml": text}, folder=f"reg{count}")
        start = time.process_time()
        report = verify_paths([root])
        assert [f.rule for f in report.findings] == []
        return time.process_time() - start

    small, large = cpu(1_000), cpu(4_000)
    assert large < 6 * max(small, 0.05), (small, large)  # 4x the places: ~4x the time
