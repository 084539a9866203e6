"""config: factcheck.toml / [tool.factcheck], found up the tree; registry, severity,
disable, phrases, tolerance; bad settings are exit 2 with a did-you-mean."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from fractions import Fraction
from pathlib import Path

import pytest

from factcheck import config
from factcheck.grammar import rules as grammar_rules

from registry_texts import ARTICLE_DOCUMENT

WARNING_AND_ERROR = {"a.yaml": """\
    document:
      id: doc
      published: 2023-10-03
      colour: blue
    claims:
      - id: c
        quantity: town.size
        value: umpteen people
    """}


def write(path, text: str):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), "utf-8")


def test_no_configuration(workdir):
    assert config.load() == config.Config()


def test_nearest_folder_wins_and_factcheck_toml_beats_pyproject(workdir, monkeypatch):
    write(workdir / "pyproject.toml", "[tool.factcheck]\nregistry = 'top'\n")
    write(workdir / "sub" / "pyproject.toml", "[project]\nname = 'x'\n")  # no table
    write(workdir / "sub" / "deep" / "x.txt", "")
    monkeypatch.chdir(workdir / "sub" / "deep")
    found = config.load()
    assert found.source == workdir / "pyproject.toml"
    assert found.registry.resolve() == (workdir / "top").resolve()

    write(workdir / "sub" / "pyproject.toml", "[tool.factcheck]\nregistry = 'mid'\n")
    assert config.load().registry.resolve() == (workdir / "sub" / "mid").resolve()
    write(workdir / "sub" / "factcheck.toml", "registry = 'own'\n")
    found = config.load()
    assert found.source == workdir / "sub" / "factcheck.toml"
    assert found.registry.resolve() == (workdir / "sub" / "own").resolve()


def test_registry_severity_and_disable(registry, cli, workdir):
    registry(WARNING_AND_ERROR, folder="news")
    write(workdir / "factcheck.toml", """\
        registry = "news"
        [severity]
        unknown-key = "error"
        value = "info"
        """)
    run = cli("verify", "--format", "json")  # no PATHS: the configured registry
    assert run.code == 1, run
    assert [(f["rule"], f["severity"], f["file"]) for f in run.json()["findings"]] == [
        ("unknown-key", "error", "news/a.yaml"), ("value", "info", "news/a.yaml")]
    write(workdir / "factcheck.toml", 'registry = "news"\ndisable = ["unknown-key", "value"]\n')
    run = cli("verify", "--format", "json")
    assert run.code == 0 and run.json()["findings"] == []


PHRASES_CLAIM = {"a.yaml": ARTICLE_DOCUMENT + """\
  - id: trip
    quote: "as long as 40 hours"
    quantity: journey.duration
    value: fourty hours
  - id: crowd
    quantity: crowd.size
    value: a bunch of people
  - id: about
    quantity: town.size
    value: about 100 people
""", "sources/article.txt": "The journey took as long as 40 hours.\n"}


def test_phrases_and_tolerance(registry, workdir):
    from factcheck.verify import verify_paths

    folder = registry(PHRASES_CLAIM)
    write(workdir / "extra.toml", """\
        [numbers.tens]
        fourty = 40
        [vague]
        "a bunch of" = "[5, 20]"
        """)
    write(workdir / "factcheck.toml", 'phrases = "extra.toml"\ntolerance = 0.25\n')
    report = verify_paths([folder], config=config.load())
    # the value's words are read with the user's table, and so is the quote-number
    # check: 'fourty' is the quote's 40
    assert report.findings == []
    intervals = {c.id: c.interval for c in report.registry.claims}
    assert (intervals["trip"].low, intervals["trip"].high) == (Fraction(79, 2), Fraction(81, 2))
    assert (intervals["crowd"].low, intervals["crowd"].high) == (5, 20)
    assert (intervals["about"].low, intervals["about"].high) == (75, 125)
    assert grammar_rules.TEN_PERCENT == Fraction(1, 10)  # the override is undone

    plain = verify_paths([folder])
    # the shipped table knows neither 'fourty' nor 'a bunch of'
    assert sorted((f.rule, f.claims) for f in plain.findings) == [
        ("quote-number", ("trip",)), ("value", ("crowd",)), ("value", ("trip",))]
    assert plain.registry.claim("about").interval.low == 90


@pytest.mark.parametrize("text, words", [
    ("registy = 'claims'\n", "unknown key 'registy' (did you mean 'registry'?)"),
    ("disable = ['roundng']\n", "disable: unknown rule 'roundng' (did you mean 'rounding'?)"),
    ("disable = 'rounding'\n", "disable must be a list of rule ids"),
    ("[severity]\nquote-numbr = 'info'\n", "unknown rule 'quote-numbr' (did you mean "
                                           "'quote-number'?)"),
    ("[severity]\nquote = 'warn'\n", "unknown severity 'warn' (did you mean 'warning'?)"),
    ("tolerance = 1.5\n", "tolerance must be a number from 0 to below 1"),
    ("tolerance = '10%'\n", "tolerance must be a number"),
    ("phrases = 'missing.toml'\n", "cannot read phrase table missing.toml"),
    ("phrases = 'bad.toml'\n", "bad.toml is not valid TOML"),
    ("phrases = 'wrong.toml'\n", "bad interval"),
    ("registry = [1]\n", "registry must be a path"),
    ("[[registry]]\n", "registry must be a path"),
    ("registry = \n", "factcheck.toml is not valid TOML"),
])
def test_bad_configuration_is_exit_2(cli, shipped, workdir, text, words):
    write(workdir / "bad.toml", "[vague\n")
    write(workdir / "wrong.toml", "[vague]\n'a lot' = 'many'\n")
    write(workdir / "factcheck.toml", text)
    for command in (("verify",), ("explain", "fled"), ("baseline", "write", "b.json")):
        run = cli(*command)
        assert run.code == 2, (command, run)
        assert run.stdout == ""
        assert words in run.stderr, run.stderr
        assert "Traceback" not in run.stderr


def test_bad_table_in_pyproject_is_named(cli, shipped, workdir):
    write(workdir / "pyproject.toml", "[tool.factcheck]\nseverity = 'error'\n")
    run = cli("verify")
    assert run.code == 2
    assert "pyproject.toml [tool.factcheck]: severity must be a table" in run.stderr


# ------------------------------------------- containment: paths stay in the folder

SECRET = "[QXZVRKTW]\na = 1\n[QXZVRKTW]\n"  # its TOML error quotes the table name


def leaks(output: str) -> bool:
    return "QXZVRKTW" in output


@pytest.fixture
def repo(workdir, monkeypatch):
    """workdir/outside/ holds a secret (also inside a folder); workdir/repo/ is the
    checked-out pull request, the working folder, with a good phrase file and claims."""
    for folder in (workdir / "outside", workdir / "outside" / "dir"):
        write(folder / "secret.toml", SECRET)
    write(workdir / "repo" / "own.toml", "[vague]\numpteen = '[5, 20]'\n")
    write(workdir / "repo" / "claims" / "a.yaml", WARNING_AND_ERROR["a.yaml"])
    monkeypatch.chdir(workdir / "repo")
    return workdir / "repo"


# (phrases value, registry value, links to make in repo/ as {name: target})
ESCAPES = {
    "dot-dot": ("../outside/secret.toml", "../outside", {}),
    "dot-dot through a folder": ("claims/../../outside/secret.toml", "claims/../..", {}),
    "absolute": ("{workdir}/outside/secret.toml", "{workdir}/outside", {}),
    "link": ("link.toml", "link", {"link.toml": "../outside/secret.toml",
                                   "link": "../outside"}),
    "absolute link": ("link.toml", "link", {"link.toml": "{workdir}/outside/secret.toml",
                                            "link": "{workdir}/outside"}),
    "folder link": ("linked/secret.toml", "linked/dir", {"linked": "../outside"}),
    "chain of links": ("claims/hop.toml", "claims/hop", {
        "claims/hop.toml": "../hop2.toml", "hop2.toml": "../outside/secret.toml",
        "claims/hop": "../hop2", "hop2": "../outside"}),
}


def escape(repo, workdir, case: str, key: str) -> str:
    phrases, registry, links = ESCAPES[case]
    for name, target in links.items():
        os.symlink(target.format(workdir=workdir), repo / name)
    return (phrases if key == "phrases" else registry).format(workdir=workdir)


@pytest.mark.parametrize("key", ["phrases", "registry"])
@pytest.mark.parametrize("case", ESCAPES)
def test_a_path_leading_out_of_the_config_folder_is_refused(repo, workdir, cli, case, key):
    value = escape(repo, workdir, case, key)
    write(repo / "factcheck.toml", f"{key} = {value!r}\n")
    what = "phrase file" if key == "phrases" else "registry folder"
    for command in (("verify",), ("explain", "c"), ("baseline", "write", "b.json")):
        run = cli(*command)
        assert (run.code, run.stdout) == (2, ""), (command, run)
        assert run.stderr.startswith(f"factcheck: {repo}/factcheck.toml: {key} = {value!r} ")
        reason = "is an absolute path" if case == "absolute" else "leads outside the folder"
        assert reason in run.stderr
        assert f"put the {what} inside {repo} and give its path relative to that folder" \
            in run.stderr
        assert not leaks(run.stderr)
    assert not (repo / "b.json").exists()


def test_the_same_secret_inside_the_folder_is_quoted(repo, cli):
    """Control: the secret is a TOML file whose error names its key, so `leaks` sees it
    when the file may be read."""
    write(repo / "inside.toml", SECRET)
    write(repo / "factcheck.toml", "phrases = 'inside.toml'\n")
    run = cli("verify")
    assert run.code == 2
    assert run.stderr == (f"factcheck: {repo}/factcheck.toml: phrases: inside.toml is not "
                          "valid TOML: Cannot declare ('QXZVRKTW',) twice (at line 3, "
                          "column 10)\n")
    assert leaks(run.stderr)


def test_links_and_dot_dot_that_stay_inside_are_followed(repo, cli):
    os.symlink("own.toml", repo / "link.toml")
    os.symlink("claims", repo / "news")
    write(repo / "factcheck.toml", "registry = 'sub/../news'\nphrases = 'claims/../link.toml'\n")
    (repo / "sub").mkdir()
    found = config.load()
    assert found.registry == Path("claims")  # shown resolved, relative to here
    assert found.phrases == Path("own.toml")
    run = cli("verify", "--format", "json")
    # own.toml, read through the link, knows 'umpteen': only the unknown-key warning is left
    assert run.code == 0, run
    assert [(f["rule"], f["file"]) for f in run.json()["findings"]] == [
        ("unknown-key", "claims/a.yaml")]


def test_pyproject_table_paths_are_contained_too(repo, cli):
    write(repo / "pyproject.toml", "[tool.factcheck]\nphrases = '../outside/secret.toml'\n")
    run = cli("verify")
    assert run.code == 2
    assert run.stderr.startswith(f"factcheck: {repo}/pyproject.toml [tool.factcheck]: "
                                 "phrases = '../outside/secret.toml' leads outside the "
                                 "folder of pyproject.toml")
    assert not leaks(run.stderr)


@pytest.mark.parametrize("name", ["factcheck.toml", "pyproject.toml"])
@pytest.mark.parametrize("target", ["../outside/secret.toml", "{workdir}/outside/secret.toml"])
def test_a_config_file_linking_out_of_its_folder_is_not_read(repo, workdir, cli, name,
                                                              target):
    write(workdir / "outside" / "secret.toml", "[tool.factcheck]\nQXZVRKTW = 1\n")
    os.symlink(target.format(workdir=workdir), repo / name)
    run = cli("verify")
    assert (run.code, run.stdout) == (2, "")
    assert run.stderr == (f"factcheck: {repo}/{name} is a symbolic link to a file outside "
                          "its folder; factcheck does not read it: replace the link by the "
                          "file itself\n")


def test_a_config_file_linking_inside_its_folder_is_read(repo, cli):
    write(repo / "settings" / "team.toml", "registry = 'claims'\ndisable = ['value']\n")
    os.symlink("settings/team.toml", repo / "factcheck.toml")
    run = cli("verify", "--format", "json")
    assert run.code == 0, run  # the value error is disabled, the unknown-key warning stays
    assert [f["rule"] for f in run.json()["findings"]] == ["unknown-key"]


# ------------------------------------------- a phrase file that cannot serve

@pytest.mark.parametrize("make, words", [
    (lambda p: p.mkdir(), "cannot read phrase table extra.toml: Is a directory"),
    (lambda p: p.write_bytes(b"[vague]\n" + b"#" * config.MAX_BYTES),
     "phrase table extra.toml is larger than 1024 KiB"),
    (lambda p: p.write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00"),
     "phrase table extra.toml looks like a binary file, not TOML text"),
    (lambda p: p.write_bytes("[vague]\n'caf\u00e9' = '[1, 2]'\n".encode("latin-1")),
     "phrase table extra.toml is not UTF-8 (first bad byte at line 2); save it as UTF-8"),
    (lambda p: os.symlink("extra.toml", p), "its symbolic links loop"),
], ids=["folder", "huge", "binary", "latin-1", "link loop"])
def test_a_phrase_file_that_cannot_serve_is_exit_2(repo, cli, make, words):
    make(repo / "extra.toml")
    write(repo / "factcheck.toml", "phrases = 'extra.toml'\n")
    run = cli("verify")
    assert (run.code, run.stdout) == (2, ""), run
    assert run.stderr.startswith(f"factcheck: {repo}/factcheck.toml: phrases")
    assert words in run.stderr
    assert "Traceback" not in run.stderr and "internal error" not in run.stderr


def test_a_byte_order_mark_is_allowed(repo):
    (repo / "extra.toml").write_bytes(b"\xef\xbb\xbf[vague]\n'a bunch of' = '[5, 20]'\n")
    write(repo / "factcheck.toml", "phrases = 'extra.toml'\n")
    assert config.load().table is not None


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_named_pipe_as_phrase_file_does_not_block(repo):
    os.mkfifo(repo / "extra.toml")  # opening it to read would wait for a writer forever
    write(repo / "factcheck.toml", "phrases = 'extra.toml'\n")
    try:
        done = subprocess.run([sys.executable, "-c", "from factcheck.cli import main; main()",
                               "verify"], cwd=repo, capture_output=True, text=True, timeout=20)
    except subprocess.TimeoutExpired:
        pytest.fail("verify still waiting on the pipe after 20 s")
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == (f"factcheck: {repo}/factcheck.toml: phrases: cannot read phrase "
                           "table extra.toml: not a regular file (a device, pipe or socket)\n")


def test_extract_reads_with_the_configured_phrase_table(cli, workdir):
    """Issue 14, kind 10: extract honours `phrases`, as verify does."""
    write(workdir / "extra.toml", '[vague]\n"a bunch of" = "[5, 20]"\n')
    write(workdir / "art.txt", "On 3 October 2023 a bunch of people left; 12 more came.\n")

    def mentions():
        run = cli("extract", "art.txt", "--format", "json")
        assert run.code == 0, run
        return {m["text"]: (m["low"], m["high"]) for m in run.json()}

    assert "a bunch" not in mentions()  # the shipped table does not know it
    write(workdir / "factcheck.toml", 'phrases = "extra.toml"\n')
    found = mentions()
    assert found["a bunch"] == (5, 20) and found["12"] == (12, 12)
    write(workdir / "factcheck.toml", 'phrases = "missing.toml"\n')
    run = cli("extract", "art.txt")
    assert run.code == 2 and "cannot read phrase table missing.toml" in run.stderr
