"""`factcheck init`, `factcheck schema` and `factcheck --version`, in-process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema

from factcheck import __version__
from factcheck.registry.schema.json_schema import registry_schema

FACTCHECK = Path(sys.executable).parent / "factcheck"
SKELETON = ["claims/example.yaml", "claims/sources/example.txt", "factcheck.toml",
            "factcheck.schema.json"]


def files_under(folder):
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def test_version(cli):
    run = cli("--version")
    assert run.code == 0
    assert run.stdout == f"factcheck {__version__} (factcheck-registry)\n"


def test_init_makes_a_registry_that_verifies_clean(cli, workdir, monkeypatch):
    run = cli("init", "newsroom")
    assert run.code == 0, run.stderr
    assert files_under(workdir / "newsroom") == sorted(SKELETON)
    assert run.stdout.splitlines()[-1] == "next: cd newsroom && factcheck verify"
    monkeypatch.chdir(workdir / "newsroom")  # factcheck.toml names the registry
    verified = cli("verify", "--format", "json")
    assert verified.code == 0, verified.stdout
    report = verified.json()
    assert report["findings"] == []
    assert report["summary"]["claims"] == 2
    assert report["unchecked"] == []  # the relation checks both claims
    # the relation links both claims: 4,000 people (± 10 %) of at most 12,500
    assert report["quantities"]["riverton.departed"]["high"] == 4400
    assert report["quantities"]["riverton.population"]["low"] == 11500


def test_init_writes_the_schema_its_modeline_names(cli, workdir):
    assert cli("init").code == 0
    modeline = (workdir / "claims/example.yaml").read_text("utf-8").splitlines()[0]
    assert modeline == "# yaml-language-server: $schema=../factcheck.schema.json"
    written = json.loads((workdir / "factcheck.schema.json").read_text("utf-8"))
    assert written == registry_schema()


def test_init_never_overwrites(cli, workdir):
    (workdir / "factcheck.toml").write_text("registry = 'mine'\n", encoding="utf-8")
    run = cli("init")
    assert run.code == 2
    assert run.stderr.startswith("factcheck: not writing the skeleton: factcheck.toml "
                                 "already exists; factcheck init never overwrites a file")
    # nothing at all was written, and the user's file is untouched
    assert files_under(workdir) == ["factcheck.toml"]
    assert (workdir / "factcheck.toml").read_text("utf-8") == "registry = 'mine'\n"


def test_init_into_a_file_is_a_usage_error(cli, workdir):
    (workdir / "notes.txt").write_text("x", encoding="utf-8")
    run = cli("init", "notes.txt")
    assert run.code == 2
    assert "notes.txt is a file, not a folder" in run.stderr


def test_schema_prints_the_registry_schema(cli):
    run = cli("schema")
    assert run.code == 0
    printed = json.loads(run.stdout)
    assert printed == registry_schema()
    jsonschema.Draft202012Validator.check_schema(printed)
    validator = jsonschema.Draft202012Validator(printed)
    assert validator.is_valid({"document": {"id": "doc", "published": "2023-10-03"}})
    assert not validator.is_valid({"document": {"id": "doc", "publishd": "2023-10-03"}})


def complete(words: str) -> list[str]:
    """What the shell completion of the real entry point offers for `words`."""
    env = {**os.environ, "_FACTCHECK_COMPLETE": "complete_bash", "COMP_WORDS": words,
           "COMP_CWORD": str(len(words.split()) - 1)}
    done = subprocess.run([FACTCHECK], env=env, capture_output=True, text=True,
                          check=True)
    return done.stdout.split()


def test_shell_completion_offers_commands_options_and_formats():
    assert complete("factcheck ve") == ["verify"]
    assert complete("factcheck verify --fo") == ["--format"]
    assert complete("factcheck verify --format j") == ["json", "junit"]


def test_show_completion_prints_a_script_for_the_shell():
    # typer finds the shell by walking up the process tree: a test run with no shell
    # above it (a detached job, some CI runners) finds none. Its test switch makes
    # the option take the shell's name, so the test does not depend on who started it.
    env = {**os.environ, "SHELL": "/bin/bash", "_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1"}
    done = subprocess.run([FACTCHECK, "--show-completion", "bash"], capture_output=True,
                          text=True, env=env)
    assert done.returncode == 0
    assert "_factcheck_completion()" in done.stdout
    assert "_FACTCHECK_COMPLETE=complete_bash" in done.stdout


DRAFT_RULES = {"yaml", "schema", "quote", "quote-number"}


def test_extract_into_a_new_file_drafts_claims_that_verify(cli, workdir):
    # the README tutorial's article and the shipped seed article, each into a new
    # file of a registry init made: the drafts are valid YAML and schema, their
    # quotes are in the text and their values restate the quotes' numbers
    assert cli("init").code == 0
    seed = Path(__file__).resolve().parents[2] / "claims/sources/karabakh-exodus-2023.txt"
    (workdir / "claims/sources/seed.txt").write_text(seed.read_text("utf-8"), "utf-8")
    for article in ("example", "seed"):
        run = cli("extract", f"claims/sources/{article}.txt", "--into",
                  f"claims/{article}-drafts.yaml")
        assert run.code == 0, run.stderr
    (workdir / "claims/example.yaml").unlink()  # the drafts of its article stand alone
    report = cli("verify", "--format", "json").json()
    drafted = report["summary"]["claims"]
    assert drafted >= 20
    assert [f for f in report["findings"] if f["rule"] in DRAFT_RULES] == []
