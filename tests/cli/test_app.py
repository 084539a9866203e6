"""The command line: exit codes, outputs, options and bad input, in-process through
typer's CliRunner and, for the real entry point `factcheck.cli:main`, in a few
subprocess runs (exit code 3, no traceback on stderr, terminal behaviour)."""

from __future__ import annotations

import fcntl
import json
import os
import pty
import re
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest

from registry_texts import ARTICLE_DOCUMENT, ONE_CLAIM

FACTCHECK = Path(sys.executable).parent / "factcheck"
ANSI = re.compile(r"\x1b\[")
FLED_VALUE = "value: over 100,000 people"

DOC = """\
document:
  id: doc
  title: T
  text: {text}
  published: 2023-10-03
"""
CLAIM = ONE_CLAIM
QUOTED = ARTICLE_DOCUMENT + """\
  - id: c
    quote: {quote}
    quantity: karabakh.departed
    value: {value}
"""
FLED_QUOTE = '"over 100,000 of the estimated 120,000 residents of Karabakh have already fled"'
TWO_FILES = """\
document:
  id: {doc}
  published: 2023-10-03
claims:
  - id: fled
    quantity: karabakh.departed
    value: {{low: 1, high: 2, unit: person}}
"""

# name -> (files, (rule, file, line, column), words the message must hold)
BAD_INPUT = {
    "malformed-yaml": ({"a.yaml": "document:\n  id: x\n  title: [unclosed\n"},
                       ("yaml", "reg/a.yaml", 3, 10), "not closed"),
    "missing-text": ({"a.yaml": DOC.format(text="sources/missing.txt")},
                     ("text", "reg/a.yaml", 4, 9), "'sources/missing.txt'"),
    "non-utf8-text": ({"a.yaml": DOC.format(text="latin.txt"), "latin.txt": b"caf\xe9\n"},
                      ("text", "reg/a.yaml", 4, 9), "not UTF-8"),
    "text-escapes": ({"a.yaml": DOC.format(text="../../etc/passwd")},
                     ("text", "reg/a.yaml", 4, 9), "outside the registry"),
    "text-absolute": ({"a.yaml": DOC.format(text="/etc/passwd")},
                      ("text", "reg/a.yaml", 4, 9), "absolute"),
    "unknown-unit-word": ({"a.yaml": CLAIM.format(quantity="a.b", value="5 zorbs")},
                          ("value", "reg/a.yaml", 7, 14), "'zorbs'"),
    "unknown-unit": ({"a.yaml": CLAIM.format(quantity="a.b",
                                             value="{low: 1, high: 2, unit: zorbs}")},
                     ("unit", "reg/a.yaml", 7, 12), "unknown unit 'zorbs'"),
    "unknown-phrase": ({"a.yaml": CLAIM.format(quantity="a.b", value="umpteen people")},
                       ("value", "reg/a.yaml", 7, 12), "'umpteen'"),
    "quote-not-in-text": (
        {"a.yaml": QUOTED.format(quote='"the estimated 130,000 residents of Karabakh"',
                                 value="estimated 130,000 people")},
        ("quote", "reg/a.yaml", 8, 12), "not in the text"),
    "number-not-in-quote": ({"a.yaml": QUOTED.format(quote=FLED_QUOTE,
                                                     value="over 110,000 people")},
                            ("quote-number", "reg/a.yaml", 10, 12), "'110,000'"),
    "duplicate-id": ({"a.yaml": TWO_FILES.format(doc="doc-a"),
                      "b.yaml": TWO_FILES.format(doc="doc-b")},
                     ("duplicate", "reg/b.yaml", 5, 9), "'fled' is used twice"),
    "function-call": ({"a.yaml": CLAIM.format(quantity="__import__('os').system('x')",
                                              value="5 people")},
                      ("schema", "reg/a.yaml", 6, 15), "function calls"),
    "attribute-trick": ({"a.yaml": CLAIM.format(quantity="a.__class__", value="5 people")},
                        ("schema", "reg/a.yaml", 6, 15), "not a quantity name"),
    "people-vs-hours": ({"a.yaml": CLAIM.format(quantity="trip.passengers",
                                                value="{low: 5, high: 5, unit: person}")
                         + "relations:\n  - id: mix\n"
                         + "    holds: trip.passengers <= trip.duration + 1 hour\n"},
                        ("unit", "reg/a.yaml", 10, 12), "people"),
    "file-is-a-list": ({"a.yaml": "- id: fled\n- id: residents\n"},
                       ("schema", "reg/a.yaml", 1, 1), "must be a mapping"),
    "claims-without-document": ({"a.yaml": "claims:\n  - id: x\n    quantity: a.b\n"
                                           "    value: 5 people\n"},
                                ("schema", "reg/a.yaml", 1, 1), "no document"),
    "within-unknown-place": ({"a.yaml": "places:\n  s: {name: S, within: karabah}\n"},
                             ("schema", "reg/a.yaml", 2, 24), "'karabah'"),
    "within-cycle": ({"a.yaml": "places:\n  a: {within: b}\n  b: {within: a}\n"},
                     ("schema", "reg/a.yaml", 2, 15), "within itself"),
}


def no_traceback(*outputs: str) -> None:
    for output in outputs:
        assert "Traceback" not in output and 'File "' not in output, output


RICH_RULE = "─" * 10  # the rich report's section rules; the text report draws none


def rows(text: str, section: str) -> list[str]:
    """The lines of one section of the text report (up to the blank line)."""
    lines = text.splitlines()
    start = lines.index(section) + 1
    end = lines.index("", start)
    return lines[start:end]


def set_fled(folder: Path, value: str) -> None:
    path = folder / "karabakh-exodus.yaml"
    text = path.read_text("utf-8")
    assert text.count(FLED_VALUE) == 1
    path.write_text(text.replace(FLED_VALUE, f"value: {value}"), "utf-8")


# ---------------------------------------------------------------- the shipped registry

def test_verify_shipped_registry_text_when_piped(shipped, cli):
    from factcheck.registry.load import load

    run = cli("verify")  # default path: claims/
    assert run.code == 0, run
    assert run.stderr == ""
    assert not ANSI.search(run.stdout) and RICH_RULE not in run.stdout
    claims = load([shipped]).registry.claims
    # findings lead; the claims follow, grouped by quantity, each under its quantity
    assert run.stdout.startswith("Findings\n")
    table = rows(run.stdout, "Claims by quantity")
    assert table[0].split() == ["claim", "value", "interval", "by", "status"]
    claim_rows = [r for r in table[1:] if r.startswith("  ")]
    assert len(claim_rows) == len(claims)
    for claim in claims:
        row = next(r for r in claim_rows if r.startswith(f"  {claim.id} "))
        assert f"  {claim.interval.describe()}  " in row, row
    fled = next(r for r in table if r.startswith("  fled "))
    assert "(100,000, ∞) people" in fled and "Armenian government" in fled
    # what the registry implies heads each quantity's claims
    assert "karabakh.departed  implied 2023-10-01: [102,600, 131,999] people; " \
           "2023-10-02: [102,600, 132,000] people" in table
    assert "karabakh.population  implied [108,000, 132,000] people" in table
    assert re.search(rf"^\d+ of {len(claims)} claims checked, 0 errors, \d+ warnings?$", run.stdout, re.M)


def test_verify_shipped_registry_json(shipped, cli, contract):
    from factcheck.registry.load import load

    run = cli("verify", "claims", "--format", "json")
    assert run.code == 0, run
    data = contract.loads(run.stdout)
    contract.validate(data, claims=len(load([shipped]).registry.claims))
    assert data["summary"]["errors"] == 0
    assert all(f["severity"] != "error" for f in data["findings"])
    assert data["quantities"]["karabakh.departed@2023-10-02"] == {
        "low": 102600, "high": 132000, "low_open": False, "high_open": False,
        "unit": "person"}


def test_verify_shipped_registry_rich_with_no_color(shipped, cli):
    run = cli("verify", "--format", "rich", env={"NO_COLOR": "1"})
    assert run.code == 0, run
    assert not ANSI.search(run.stdout)
    assert RICH_RULE in run.stdout and "karabakh.population  implied [108,000, 132,000] " \
        "people" in run.stdout
    assert "\n  fled " in run.stdout


# ---------------------------------------------------------------- the acceptance scenario

def test_acceptance_scenario_exit_codes(shipped, cli):
    original = (shipped / "karabakh-exodus.yaml").read_text("utf-8")
    set_fled(shipped, "over 140,000 people")
    run = cli("verify", "--format", "json")
    assert run.code == 1, run
    [conflict] = [f for f in run.json()["findings"] if f["rule"] == "inconsistency"]
    assert conflict["claims"] == ["fled", "residents", "accounting"]
    assert conflict["severity"] == "error"
    assert conflict["file"] == "claims/karabakh-exodus.yaml"
    text = cli("verify")
    assert text.code == 1
    assert "140,001 − 132,000 + 0 = 8,001" in text.stdout

    (shipped / "karabakh-exodus.yaml").write_text(original, "utf-8")
    assert cli("verify").code == 0


# ---------------------------------------------------------------- bad input

@pytest.mark.parametrize("case", list(BAD_INPUT))
def test_bad_input_is_one_clear_finding(registry, cli, contract, case):
    files, expected, words = BAD_INPUT[case]
    registry(files, article=True)
    run = cli("verify", "reg", "--format", "json")
    assert run.code == 1, run
    assert run.stderr == ""
    data = contract.loads(run.stdout)
    contract.validate(data, claims=data["summary"]["claims"])
    findings = data["findings"]
    assert [(f["rule"], f["file"], f["line"], f["column"]) for f in findings] == [expected]
    assert findings[0]["severity"] == "error"
    assert words in findings[0]["message"]
    no_traceback(run.stdout)


def test_quote_not_in_text_hint_names_the_closest_passage(registry, cli):
    registry(BAD_INPUT["quote-not-in-text"][0], article=True)
    run = cli("verify", "reg")
    assert run.code == 1
    assert ('reg/a.yaml:8:12: error [quote] the quote of claim \'c\' is not in the text of '
            "'doc'") in run.stdout
    assert 'hint: the closest passage is: "the estimated 120,000 residents of Karabakh"' \
        in run.stdout


def test_every_bad_input_at_once(registry, cli):
    """All of them in one registry: every problem is reported in one run."""
    for number, case in enumerate(BAD_INPUT):
        files, _, _ = BAD_INPUT[case]
        registry(files, folder=f"all/{number:02d}-{case}", article=True)
    run = cli("verify", "all", "--format", "json")
    assert run.code == 1, run
    found = {f["file"].split("/")[1] for f in run.json()["findings"]}
    assert found == {f"{n:02d}-{c}" for n, c in enumerate(BAD_INPUT)}


# ---------------------------------------------------------------- usage errors: exit 2

def test_empty_registry_folder(registry, cli):
    registry({"README.md": "nothing here"})
    run = cli("verify", "reg")
    assert run.code == 2
    assert run.stdout == ""
    assert run.stderr.startswith("factcheck: reg: no *.yaml claim files here")


def test_missing_path(cli):
    run = cli("verify", "nowhere")
    assert run.code == 2
    assert run.stderr.startswith("factcheck: nowhere: no such file or folder")


def test_default_path_missing(cli):
    run = cli("verify")
    assert run.code == 2
    assert "claims: no such file or folder" in run.stderr


def test_unknown_format_suggests(shipped, cli):
    run = cli("verify", "--format", "jsno")
    assert run.code == 2
    assert run.stdout == ""
    assert "unknown format 'jsno' (did you mean 'json'?)" in run.stderr


def test_unknown_option(cli):
    assert cli("verify", "--frobnicate").code == 2


@pytest.mark.parametrize("target", ["missing-folder/report.txt", "a-file/report.txt",
                                    "a-folder"])
def test_output_to_an_unwritable_place(shipped, cli, workdir, target):
    (workdir / "a-file").write_text("x")
    (workdir / "a-folder").mkdir()
    before = sorted(p.name for p in workdir.rglob("*"))
    run = cli("verify", "--output", target)
    assert run.code == 2, run
    assert run.stdout == ""
    assert run.stderr.startswith(f"factcheck: cannot write {target}: ")
    assert sorted(p.name for p in workdir.rglob("*")) == before  # no temporary file left


# ---------------------------------------------------------------- options

WARNING_ONLY = {"a.yaml": """\
    document:
      id: doc
      published: 2023-10-03
      colour: blue
    """}
ERROR = {"a.yaml": "document: {id: doc, text: missing.txt}\n"}


def test_warnings_pass_unless_strict(registry, cli):
    registry(WARNING_ONLY)
    plain = cli("verify", "reg", "--format", "json")
    assert plain.code == 0
    assert [(f["rule"], f["severity"], f["line"], f["column"])
            for f in plain.json()["findings"]] == [("unknown-key", "warning", 4, 3)]
    assert cli("verify", "reg", "--strict").code == 1


def test_exit_zero(registry, cli):
    registry(ERROR)
    assert cli("verify", "reg").code == 1
    run = cli("verify", "reg", "--exit-zero", "--format", "json")
    assert run.code == 0
    assert run.json()["summary"]["errors"] == 1
    assert cli("verify", "reg", "--exit-zero", "--strict").code == 0


def test_exit_zero_does_not_hide_usage_errors(cli):
    assert cli("verify", "nowhere", "--exit-zero").code == 2


CROSS = {
    "a.yaml": """\
        document:
          id: doc-a
          published: 2023-10-03
        claims:
          - id: fled
            by: Armenian government
            quantity: karabakh.departed
            value: {low: 100000, high: null, low_open: true, unit: person}
          - id: residents
            by: Armenian government
            quantity: karabakh.population
            value: {low: 90000, high: 95000, unit: person}
        """,
    "b.yaml": """\
        relations:
          - id: accounting
            holds: karabakh.departed <= karabakh.population
        """,
    "c.yaml": "places:\n  k: {name: K}\n  x: {within: nowhere}\n",
}


def test_files_with_a_path_that_does_not_exist_is_a_usage_error(registry, cli):
    registry(CROSS)
    run = cli("verify", "reg", "--files", "reg/a.yaml", "reg/typo.yaml", "gone.yml")
    assert run.code == 2
    assert run.stdout == ""
    assert run.stderr == ("factcheck: --files reg/typo.yaml, gone.yml: no such files; "
                          "give the paths of the registry's YAML files\n")


def test_files_reports_only_those_files_but_loads_everything(registry, cli):
    registry(CROSS)
    everything = cli("verify", "reg", "--format", "json")
    assert everything.code == 1
    assert sorted((f["rule"], f["file"]) for f in everything.json()["findings"]) == [
        ("inconsistency", "reg/a.yaml"), ("schema", "reg/c.yaml")]

    only_a = cli("verify", "reg", "--files", "reg/a.yaml", "--format", "json")
    assert only_a.code == 1
    [finding] = only_a.json()["findings"]
    # the conflict needs the relation of b.yaml: it is found while showing only a.yaml
    assert (finding["rule"], finding["file"], finding["line"], finding["column"]) == (
        "inconsistency", "reg/a.yaml", 8, 12)
    assert finding["claims"] == ["fled", "residents", "accounting"]
    assert only_a.json()["summary"] == {"claims": 2, "errors": 1, "warnings": 0,
                                        "checked": 2, "unchecked": 0}

    only_c = cli("verify", "reg", "--files", "reg/c.yaml", "--format", "json")
    assert [(f["rule"], f["line"], f["column"]) for f in only_c.json()["findings"]] == [
        ("schema", 3, 15)]
    # b.yaml holds the relation `accounting`, a member of the conflict: an edit to it
    # must fail a pre-commit run that passes only b.yaml
    only_b = cli("verify", "reg", "--files", "reg/b.yaml", "--format", "json")
    assert only_b.code == 1
    assert [f["claims"] for f in only_b.json()["findings"]] == [
        ["fled", "residents", "accounting"]]
    both = cli("verify", "reg", "--files", "reg/a.yaml", "--files", "./reg/c.yaml",
               "--format", "json")
    assert len(both.json()["findings"]) == 2


@pytest.mark.parametrize("format", ["text", "json", "rich", "auto"])
def test_output_file_equals_stdout(shipped, cli, workdir, format):
    printed = cli("verify", "--format", format)
    written = cli("verify", "--format", format, "--output", "report.out")
    assert written.code == printed.code == 0
    assert written.stdout == ""
    assert (workdir / "report.out").read_text("utf-8") == printed.stdout
    assert [p.name for p in workdir.iterdir() if p.name.startswith(".")] == []


def test_output_replaces_an_existing_file_keeping_its_mode(shipped, cli, workdir):
    target = workdir / "report.json"
    target.write_text("old report")
    target.chmod(0o640)
    run = cli("verify", "--format", "json", "--output", "report.json")
    assert run.code == 0
    assert json.loads(target.read_text("utf-8"))["summary"]["errors"] == 0
    assert target.stat().st_mode & 0o777 == 0o640


def test_output_with_errors_still_exits_1(registry, cli, workdir):
    registry(ERROR)
    run = cli("verify", "reg", "-o", "out.txt", "-f", "text")
    assert run.code == 1
    assert "[text]" in (workdir / "out.txt").read_text("utf-8")


# ---------------------------------------------------------------- explain

def test_explain_claim(shipped, cli):
    run = cli("explain", "fled")
    assert run.code == 0, run
    out = run.stdout
    assert out.startswith("claim fled (claims/karabakh-exodus.yaml:")
    assert "  by: Armenian government" in out
    assert "quantity karabakh.departed" in out
    assert "  fled: karabakh.departed is 'over 100,000 people' → (100,000, ∞) people as of " \
           "2023-10-02  [ok]" in out
    assert "nearly-all-fled: karabakh.departed / karabakh.population is 'nearly all' → " \
           "[0.9, 1) as of 2023-10-01" in out
    assert "virtually-entire:" in out
    assert "  implied: karabakh.departed@2023-10-01 in [102,600, 131,999] people" in out
    assert "  implied: karabakh.departed@2023-10-02 in [102,600, 132,000] people" in out


def test_explain_quantity(shipped, cli):
    run = cli("explain", "karabakh.departed")
    assert run.code == 0, run
    assert run.stdout.startswith("quantity karabakh.departed\n")
    for claim in ("nearly-all-fled", "virtually-entire", "fled"):
        assert f"  {claim}: " in run.stdout
    assert "implied: karabakh.departed@2023-10-02 in [102,600, 132,000] people" in run.stdout


def test_explain_unknown_id(shipped, cli):
    run = cli("explain", "nope")
    assert run.code == 2
    assert run.stdout == ""
    assert run.stderr == "factcheck: no claim or quantity called 'nope' in the registry\n"


def test_explain_a_quantity_known_only_from_a_relation(registry, cli):
    registry({"a.yaml": """\
        document: {id: d, published: 2023-10-03}
        claims:
          - {id: total, quantity: town.population, value: {low: 100, high: 200, unit: person}}
        relations:
          - {id: part, holds: town.children <= town.population}
        """})
    run = cli("explain", "town.children", "reg")
    assert run.code == 0, run
    assert run.stdout == ("quantity town.children\n"
                          "  bound by: relation part: town.children <= town.population\n"
                          "  implied: town.children in [0, 200] people\n")


def test_overlapping_paths_are_not_duplicates(shipped, cli):
    run = cli("verify", "claims", "claims/karabakh-exodus.yaml", "./claims", "-f", "json")
    assert run.code == 0, run
    assert not [f for f in run.json()["findings"] if f["rule"] == "duplicate"]


def test_explain_missing_registry(cli):
    run = cli("explain", "fled", "nowhere")
    assert run.code == 2
    assert "nowhere: no such file or folder" in run.stderr


# ---------------------------------------------------------------- the real entry point

def factcheck(*args: str, cwd: Path, env: dict | None = None, **kwargs):
    environment = {k: v for k, v in os.environ.items()
                   if k not in ("FACTCHECK_DEBUG", "NO_COLOR")}
    environment.update(env or {})
    return subprocess.run([str(FACTCHECK), *args], cwd=cwd, env=environment,
                          capture_output=True, text=True, timeout=60, **kwargs)


def test_entry_point_exit_codes_and_no_traceback(shipped, registry, workdir):
    ok = factcheck("verify", cwd=workdir)
    assert (ok.returncode, ok.stderr) == (0, ""), ok.stderr
    assert "Claims by quantity" in ok.stdout and not ANSI.search(ok.stdout)

    for number, case in enumerate(BAD_INPUT):
        registry(BAD_INPUT[case][0], folder=f"bad/{number:02d}", article=True)
    bad = factcheck("verify", "bad", "--format", "json", cwd=workdir)
    assert bad.returncode == 1 and bad.stderr == ""
    assert len(json.loads(bad.stdout)["findings"]) >= len(BAD_INPUT)

    (workdir / "empty").mkdir()
    for args in (["verify", "empty"], ["verify", "nowhere"], ["verify", "-f", "xml"],
                 ["explain", "nope"], ["verify", "-o", "nowhere/x.txt"]):
        usage = factcheck(*args, cwd=workdir)
        assert usage.returncode == 2, (args, usage.stderr)
        assert usage.stderr.startswith("factcheck: ") and usage.stderr.count("\n") == 1
        no_traceback(usage.stdout, usage.stderr)
    no_traceback(ok.stderr, bad.stdout)


def test_entry_point_acceptance(shipped, workdir):
    set_fled(shipped, "over 140,000 people")
    run = factcheck("verify", cwd=workdir)
    assert run.returncode == 1 and run.stderr == ""
    assert "error [inconsistency]" in run.stdout


INTERNAL_ERROR = """\
import sys
import factcheck.verify
def boom(*args, **kwargs):
    raise RuntimeError("boom")
factcheck.verify.verify_paths = boom
sys.argv = ["factcheck", *sys.argv[1:]]
from factcheck.cli import main
main()
"""


def test_internal_error_is_exit_3_with_a_short_message(shipped, workdir):
    def python(*args, env=None):
        environment = {k: v for k, v in os.environ.items() if k != "FACTCHECK_DEBUG"}
        environment.update(env or {})
        return subprocess.run([sys.executable, "-c", INTERNAL_ERROR, *args], cwd=workdir,
                              env=environment, capture_output=True, text=True, timeout=60)

    for args in (["verify"], ["explain", "fled"]):
        run = python(*args)
        assert run.returncode == 3, run.stderr
        assert run.stdout == ""
        assert run.stderr == ("factcheck: internal error: RuntimeError: boom. Please report "
                              "it (set FACTCHECK_DEBUG=1 for the traceback).\n")
    debug = python("verify", env={"FACTCHECK_DEBUG": "1"})
    assert debug.returncode == 1 and "Traceback" in debug.stderr  # on request only


def on_terminal(*args: str, cwd: Path, env: dict | None = None,
                columns: int = 200) -> tuple[int, str]:
    """Run factcheck with stdout on a pseudo-terminal; its exit code and output."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 50, columns, 0, 0))
    environment = {k: v for k, v in os.environ.items()
                   if k not in ("FACTCHECK_DEBUG", "NO_COLOR")}
    environment.pop("COLUMNS", None)
    environment.update({"TERM": "xterm-256color", **(env or {})})
    process = subprocess.Popen([str(FACTCHECK), *args], cwd=cwd, env=environment,
                               stdout=slave, stderr=subprocess.PIPE)
    os.close(slave)
    chunks = []
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    code = process.wait(timeout=60)
    assert process.stderr.read() == b""
    process.stderr.close()
    return code, b"".join(chunks).decode("utf-8").replace("\r\n", "\n")


def test_terminal_gets_colour_unless_no_color(shipped, workdir):
    code, coloured = on_terminal("verify", cwd=workdir)
    assert code == 0
    assert ANSI.search(coloured) and RICH_RULE in coloured  # auto is rich on a terminal
    code, plain = on_terminal("verify", cwd=workdir, env={"NO_COLOR": "1"})
    assert code == 0
    assert not ANSI.search(plain) and RICH_RULE in plain
    code, machine = on_terminal("verify", "--format", "json", cwd=workdir)
    assert code == 0 and not ANSI.search(machine)
    json.loads(machine)


def test_output_file_from_a_terminal_has_no_colour(shipped, workdir):
    code, shown = on_terminal("verify", "--output", "report.txt", cwd=workdir)
    assert code == 0 and shown == ""
    written = (workdir / "report.txt").read_text("utf-8")
    assert not ANSI.search(written)
    assert written == factcheck("verify", "--format", "text", cwd=workdir).stdout


def test_rich_report_fits_the_terminal(shipped, workdir):
    code, shown = on_terminal("verify", cwd=workdir, env={"NO_COLOR": "1"}, columns=80)
    assert code == 0
    assert max(len(line) for line in shown.splitlines()) <= 80
    assert "\n  fled " in shown
    # names wrap, never cut: every quantity, claim id and speaker is there in full
    words = set(shown.split())
    assert {"artsakh_government.charged_with_war_crimes", "stepanakert-population",
            "Krestyaninov", "Avanesyan,"} <= words and "…" not in shown


# ---------------------------------------------------------------- main() in-process

@pytest.fixture
def main_with(monkeypatch, shipped):
    """Run factcheck.cli.main() in-process with verify_paths replaced by `behaviour`."""
    import factcheck.verify
    from factcheck import cli as cli_module

    def call(behaviour, *args):
        monkeypatch.setattr(factcheck.verify, "verify_paths", behaviour)
        monkeypatch.setattr(sys, "argv", ["factcheck", *args])
        with pytest.raises(SystemExit) as stopped:
            cli_module.main()
        return stopped.value.code
    return call


def boom(*args, **kwargs):
    raise ZeroDivisionError("division by zero")


def test_main_turns_an_internal_error_into_exit_3(main_with, capsys):
    assert main_with(boom, "verify") == 3
    out, err = capsys.readouterr()
    assert out == ""
    assert err == ("factcheck: internal error: ZeroDivisionError: division by zero. Please "
                   "report it (set FACTCHECK_DEBUG=1 for the traceback).\n")


def test_main_interrupted_is_130(main_with):
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt
    assert main_with(interrupted, "verify") == 130


def test_main_debug_shows_the_error(main_with, monkeypatch):
    monkeypatch.setenv("FACTCHECK_DEBUG", "1")
    with pytest.raises(ZeroDivisionError):
        main_with(boom, "verify")


def test_main_passes_exit_codes_through(main_with):
    from factcheck.verify import verify_paths
    assert main_with(verify_paths, "verify", "-f", "json") == 0
    assert main_with(verify_paths, "verify", "nowhere") == 2
