"""`factcheck extract` from the command line: outputs, many files, bad input."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from factcheck.cli.extract_command import extract

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "claims" / "sources" / "karabakh-exodus-2023.txt"
DATA = ROOT / "tests" / "extract" / "data"

app = typer.Typer()
app.command()(extract)
runner = CliRunner()


def run(*args, cwd=None):
    if cwd is not None:
        old = os.getcwd()
        os.chdir(cwd)
    try:
        return runner.invoke(app, [str(a) for a in args])
    finally:
        if cwd is not None:
            os.chdir(old)


def test_json_is_the_contract_list_in_text_order():
    result = run(SEED, "--published", "2023-10-03", "--format", "json")
    assert result.exit_code == 0, result.output
    mentions = json.loads(result.stdout)
    assert [m["start"] for m in mentions] == sorted(m["start"] for m in mentions)
    over = next(m for m in mentions if m["text"] == "over 100,000")
    assert (over["low"], over["high"], over["low_open"], over["unit"]) == (
        100000, None, True, "person")


def test_yaml_is_a_draft_registry(tmp_path):
    result = run(SEED, "--published", "2023-10-03", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("document:\n  id: karabakh-exodus-2023\n")
    assert "status: draft" in result.stdout and "span: [2068, 2080]" in result.stdout


def test_into_merges_and_a_second_run_changes_nothing(tmp_path):
    target = tmp_path / "claims" / "k.yaml"
    target.parent.mkdir()
    assert run(SEED, "--published", "2023-10-03", "--into", target).exit_code == 0
    first = target.read_bytes()
    assert b"text: ../../../work" not in first
    assert run(SEED, "--published", "2023-10-03", "--into", target).exit_code == 0
    assert target.read_bytes() == first


def test_many_files_stream_in_input_order_with_jobs():
    files = [DATA / "wire-quake.txt", SEED, DATA / "un-update.txt"]
    result = run(*files, "--format", "json", "--jobs", "2")
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["file"] for line in lines] == [str(f) for f in files]
    assert all(line["mentions"] for line in lines)


@pytest.mark.parametrize("format", ["json", "yaml"])
def test_parallel_output_is_the_serial_output(tmp_path, format):
    """Workers (the default, or --jobs 3) print byte for byte what --jobs 1 prints, in
    input order, a bad file's message and exit code included."""
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01binary")
    texts = sorted(DATA.glob("*.txt")) + [SEED]
    files = [*texts[:2], tmp_path / "bad.txt", *texts[2:], texts[0]]
    serial = run(*files, "--format", format, "--jobs", "1", cwd=tmp_path)
    assert serial.exit_code == 2
    assert serial.stderr == f"factcheck: {tmp_path / 'bad.txt'} looks like a binary file, " \
                            "not text\n"
    if format == "json":
        assert [json.loads(line)["file"] for line in serial.stdout.splitlines()] == \
            [str(f) for f in files if f.name != "bad.txt"]
    else:
        assert [line for line in serial.stdout.splitlines() if line.startswith("--- # ")] \
            == [f"--- # {f}" for f in files if f.name != "bad.txt"]
    for jobs in ([], ["--jobs", "3"], ["--jobs", "0"]):
        parallel = run(*files, "--format", format, *jobs, cwd=tmp_path)
        assert (parallel.exit_code, parallel.stdout, parallel.stderr) == \
            (serial.exit_code, serial.stdout, serial.stderr), jobs


@pytest.mark.parametrize("content, message", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
    ("caf\u00e9 15 people".encode("latin-1"), "not UTF-8"),
])
def test_unusable_files_exit_2_with_a_message(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = run(path, "--format", "json")
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_a_file_above_the_cap_is_refused(tmp_path, monkeypatch):
    from factcheck.extract import runner as runner_module

    monkeypatch.setattr(runner_module, "MAX_BYTES", 1000)
    path = tmp_path / "big.txt"
    path.write_text("Over 100 people. " * 200)
    result = run(path)
    assert result.exit_code == 2 and "refused" in result.stderr


@pytest.mark.parametrize("content", ["", "No figures in this text at all."])
def test_empty_or_number_free_text_is_an_empty_list(tmp_path, content):
    path = tmp_path / "none.txt"
    path.write_text(content)
    result = run(path, "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == []


def test_missing_file_and_bad_options_exit_2(tmp_path):
    assert run(tmp_path / "nope.txt").exit_code == 2
    assert run(SEED, "--published", "last tuesday").exit_code == 2
    assert run(SEED, "--format", "xml").exit_code == 2
    assert run(SEED, SEED, "--into", tmp_path / "x.yaml").exit_code == 2


def test_an_invalid_into_file_exits_2_and_is_untouched(tmp_path):
    target = tmp_path / "bad.yaml"
    target.write_text("claims: [unclosed\n")
    result = run(SEED, "--published", "2023-10-03", "--into", target)
    assert result.exit_code == 2
    assert "not a valid claim registry" in result.stderr
    assert target.read_text() == "claims: [unclosed\n"


def test_another_article_into_a_file_that_holds_one_is_refused(tmp_path):
    """The file's claims are its document's: a second article's drafts merged in would
    be dated by the first one's publication day and read as it contradicting itself."""
    other = tmp_path / "other-quake.txt"
    other.write_text("Quake kills 40\n\nThe quake on Tuesday killed 40 people.\n")
    target = tmp_path / "karabakh.yaml"
    assert run(SEED, "--published", "2023-10-03", "--into", target).exit_code == 0
    before = target.read_bytes()
    result = run(other, "--published", "2024-05-07", "--into", target)
    assert result.exit_code == 2
    assert "holds the document 'karabakh-exodus-2023'" in result.stderr
    assert "(its text: " in result.stderr
    assert "the article 'other-quake' is another one" in result.stderr
    assert "other-quake.yaml" in result.stderr  # where to put it instead
    assert target.read_bytes() == before
    # the same article again, by another path to the same file: merged as before
    again = run(tmp_path / ".." / tmp_path.name / "other-quake.txt", "--into",
                tmp_path / "other-quake.yaml")
    assert again.exit_code == 0
    assert run(other, "--into", tmp_path / "other-quake.yaml").exit_code == 0


def test_a_real_process_prints_no_traceback(tmp_path):
    huge = tmp_path / "digits.txt"
    huge.write_text("A figure of " + "7" * 400 + " and an invalid date.\n")
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\x00\x01\x02")
    code = ("import sys; from factcheck.cli import app; "
            "sys.exit(app(sys.argv[1:], standalone_mode=True))")
    runs = [[str(huge), "--format", "json"], [str(binary)],
            [str(SEED), "--published", "not-a-date"]]
    results = [subprocess.run([sys.executable, "-c", code, "extract", *args],
                              capture_output=True, text=True, timeout=60) for args in runs]
    assert [r.returncode for r in results] == [0, 2, 2]
    assert all("Traceback" not in r.stderr for r in results)
    assert json.loads(results[0].stdout)[0]["kind"] == "unparsed"


def test_all_lists_the_numbers_that_are_names(tmp_path):
    article = tmp_path / "phone.txt"
    article.write_text("The iPhone 11 sold 40k units. Call 0800 555 0199.\n", encoding="utf-8")
    plain = json.loads(run(article, "--published", "2024-01-01", "--format", "json").stdout)
    listed = json.loads(run(article, "--published", "2024-01-01", "--format", "json",
                            "--all").stdout)
    assert [(m["text"], m["kind"]) for m in plain] == [("40k", "count")]
    assert [(m["text"], m["kind"]) for m in listed] == [
        ("11", "name"), ("40k", "count"), ("0800 555 0199", "name")]


def test_all_without_json_is_a_usage_error(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("5 people left.\n", encoding="utf-8")
    result = run(article, "--all")
    assert result.exit_code == 2
    assert "--format json" in result.output


def test_language_reads_dot_groups_and_an_unknown_one_is_refused(tmp_path):
    article = tmp_path / "de.txt"
    article.write_text("Die Stadt hat 100.000 Einwohner.\n", encoding="utf-8")
    result = run(article, "--published", "2024-01-01", "--format", "json", "--language", "de")
    assert [(m["low"], m["high"]) for m in json.loads(result.stdout)] == [(95000, 105000)]
    english = run(article, "--published", "2024-01-01", "--format", "json")
    assert [m["low"] for m in json.loads(english.stdout)] == [99.9995]  # near miss
    refused = run(article, "--language", "xx")
    assert refused.exit_code == 2
    assert "unknown language 'xx'" in refused.output


def test_another_article_message_shows_the_file_s_words_escaped(tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("Quake kills 40\n\nThe quake on Tuesday killed 40 people.\n")
    for document in ('  id: held\n  text: "a\\u202eb.txt"\n',     # another article's
                     '  id: "held\\u001b[31m"\n'):                 # a file that is invalid
        target = tmp_path / "held.yaml"
        target.write_text("document:\n" + document, encoding="utf-8")
        result = run(other, "--published", "2024-05-07", "--into", target)
        assert result.exit_code == 2, result.stderr
        assert "\x1b" not in result.stderr and "\u202e" not in result.stderr
        assert "\\x1b" in result.stderr or "\\u202e" in result.stderr
