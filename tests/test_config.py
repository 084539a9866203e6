"""config: factcheck.toml / [tool.factcheck], found up the tree; registry, severity,
disable, phrases, tolerance; bad settings are exit 2 with a did-you-mean."""

from __future__ import annotations

import textwrap
from fractions import Fraction

import pytest

from factcheck import config
from factcheck.grammar import rules as grammar_rules

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
        schema = "error"
        value = "info"
        """)
    run = cli("verify", "--format", "json")  # no PATHS: the configured registry
    assert run.code == 1, run
    assert [(f["rule"], f["severity"], f["file"]) for f in run.json()["findings"]] == [
        ("schema", "error", "news/a.yaml"), ("value", "info", "news/a.yaml")]
    write(workdir / "factcheck.toml", 'registry = "news"\ndisable = ["schema", "value"]\n')
    run = cli("verify", "--format", "json")
    assert run.code == 0 and run.json()["findings"] == []


PHRASES_CLAIM = {"a.yaml": """\
    document:
      id: doc
      title: T
      text: sources/article.txt
      published: 2023-10-03
    claims:
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
