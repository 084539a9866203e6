"""`verify` in the text, github, sarif and JSON formats, with and without
`--files`, prints exactly what `--no-cache` prints with the same flags, after any
sequence of edits; a value edit takes the quick path (report/quick_view.py) in
every one of them, with or without `--files`.

The command runs as a user runs it (typer's runner), on the registry of
test_cached_verify.py and the edits of test_quick_json.py (values, quantities,
ids, claims added, removed and moved, the atlas, renamed files, numbers alone),
plus a report file deleted and written again.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_cached_verify import _config, _initial
from test_quick_json import MORE, _apply_more, _write_all
from typer.testing import CliRunner

import factcheck.verify
from factcheck.cli.app import app
from factcheck.report.formats import render
from factcheck.verify import verify_paths

FORMATS = ["text", "json", "github", "sarif"]
# --files: none, one report, the other, the atlas, a report with the atlas
CHOICES = [None, ["report-0.yaml"], ["report-1.yaml"], ["atlas.yaml"],
           ["report-0.yaml", "atlas.yaml"]]


def _argv(folder: Path, name: str, files, *extra: str) -> list[str]:
    argv = ["verify", str(folder), "--format", name, *extra]
    present = [str(folder / f) for f in files or () if (folder / f).exists()]
    return [*argv, "--files", *present] if present else argv


def _both(folder: Path, state: dict, name: str, files, *extra: str):
    """(cached run, uncached run) of one command line: (exit code, output) each."""
    runner = CliRunner()
    argv = _argv(folder, name, files, *extra)
    cached = runner.invoke(app, argv)
    fresh = runner.invoke(app, [*argv, "--no-cache"])
    assert cached.exception is None or isinstance(cached.exception, SystemExit)
    return (cached.exit_code, cached.output), (fresh.exit_code, fresh.output)


def _write_config(folder: Path, state: dict) -> None:
    """The severity the state sets, as the command reads it (pyproject.toml here)."""
    config = _config(state)
    path = folder / "pyproject.toml"
    if config is None:
        path.unlink(missing_ok=True)
        return
    rules = "".join(f'{rule} = "{level}"\n' for rule, level in config.severity.items())
    path.write_text(f"[tool.factcheck.severity]\n{rules}", encoding="utf-8")


EDITS = st.one_of(MORE, st.tuples(st.just("delete"), st.integers(0, 1)))


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.tuples(EDITS, st.sampled_from(FORMATS),
                                 st.sampled_from(range(len(CHOICES)))),
                      min_size=1, max_size=6))
def test_every_format_prints_what_no_cache_prints(tmp_path_factory, monkeypatch, steps):
    folder = tmp_path_factory.mktemp("reg")
    monkeypatch.chdir(folder)
    state = _initial()
    _write_all(folder, state)
    _write_config(folder, state)
    cached, fresh = _both(folder, state, "json", None)
    assert cached == fresh
    for edit, name, choice in steps:
        if edit[0] == "delete":
            _write_all(folder, state)
            (folder / f"report-{edit[1]}.yaml").unlink(missing_ok=True)
        else:
            _apply_more(edit, state, folder)
            _write_all(folder, state)
        _write_config(folder, state)
        cached, fresh = _both(folder, state, name, CHOICES[choice])
        assert cached == fresh, (edit, name, CHOICES[choice])
        again, _ = _both(folder, state, name, CHOICES[choice])  # from what it kept
        assert again == fresh


@pytest.fixture
def counted(monkeypatch):
    """The full runs the command makes (verify_paths calls): none on the quick path."""
    calls = []
    real = factcheck.verify.verify_paths
    monkeypatch.setattr(factcheck.verify, "verify_paths",
                        lambda *args, **kw: calls.append(kw.get("only_files"))
                        or real(*args, **kw))
    return calls


def _edited(tmp_path, monkeypatch, edit) -> tuple[Path, dict]:
    monkeypatch.chdir(tmp_path)
    state = _initial()
    _write_all(tmp_path, state)
    CliRunner().invoke(app, ["verify", str(tmp_path), "--format", "text"])  # keeps pieces
    edit(state)
    _write_all(tmp_path, state)
    return tmp_path, state


TOWN = "between 135,000 and 175,000 people"  # more than the region's 132,000 at most
NEAR = "between 125,000 and 175,000 people"  # 125,000-132,000 still fits


def _disagree(output: str) -> bool:
    """Whether a report of any of the formats holds a disagreement finding (SARIF's
    catalogue names every rule)."""
    return any(mark in output for mark in ("[disagreement]", "factcheck disagreement",
                                           '"rule": "disagreement"',
                                           '"ruleId": "disagreement"'))


def _town(value: str):
    return lambda state: state["reports"][1][1].update(value=value)


@pytest.mark.parametrize("name", FORMATS)
def test_a_conflict_brought_in_from_an_unwanted_file_is_reported(tmp_path, monkeypatch,
                                                                 counted, name):
    """The region's population is claimed in report-0 (wanted), the town's in
    report-1 (not wanted), the town lies within the region (the atlas): the town's
    made at least 135,000 cannot fit in about 120,000 (at most 132,000). The
    finding names report-0's claim: --files report-0 reports it, from the pieces."""
    folder, state = _edited(tmp_path, monkeypatch, _town(TOWN))
    counted.clear()
    cached, fresh = _both(folder, state, name, ["report-0.yaml"])
    assert cached == fresh and "c1" in cached[1] and "c3" in cached[1]
    assert _disagree(cached[1])
    assert counted == [[str(folder / "report-0.yaml")]]  # the --no-cache run alone


@pytest.mark.parametrize("name", FORMATS)
def test_a_near_miss_from_an_unwanted_file_is_no_conflict(tmp_path, monkeypatch, counted,
                                                          name):
    """At least 125,000 still fits within at most 132,000: nothing to report."""
    folder, state = _edited(tmp_path, monkeypatch, _town(NEAR))
    counted.clear()
    cached, fresh = _both(folder, state, name, ["report-0.yaml"])
    assert cached == fresh and not _disagree(cached[1])
    assert counted == [[str(folder / "report-0.yaml")]]


@pytest.mark.parametrize("name", FORMATS)
def test_a_conflict_resolved_in_an_unwanted_file_is_gone(tmp_path, monkeypatch, counted,
                                                        name):
    """The conflict kept by the full run, then the town's population brought back
    to between 55,000 and 75,000: --files report-0 reports no conflict any more."""
    monkeypatch.chdir(tmp_path)
    state = _initial()
    _town(TOWN)(state)
    _write_all(tmp_path, state)
    CliRunner().invoke(app, ["verify", str(tmp_path), "--format", "json"])
    assert _disagree(CliRunner().invoke(
        app, ["verify", str(tmp_path), "--format", "text", "--files",
              str(tmp_path / "report-0.yaml")]).output)
    _town("between 55,000 and 75,000 people")(state)
    _write_all(tmp_path, state)
    counted.clear()
    cached, fresh = _both(tmp_path, state, name, ["report-0.yaml"])
    assert cached == fresh and not _disagree(cached[1])
    assert counted == [[str(tmp_path / "report-0.yaml")]]


def test_a_renamed_file_is_read_anew_and_reported_under_its_name(tmp_path, monkeypatch,
                                                                 counted):
    """report-1 renamed: the kept pieces name the old file, so the whole registry is
    verified again (and kept), then --files's view is made from the new pieces."""
    folder, state = _edited(tmp_path, monkeypatch,
                            lambda state: state.update(renamed={1}))
    for name in FORMATS:
        counted.clear()
        cached, fresh = _both(folder, state, name, ["renamed-1.yaml"])
        assert cached == fresh and "renamed-1.yaml" in cached[1]
    assert counted == [[str(folder / "renamed-1.yaml")]]  # (the last, uncached run)


def test_a_deleted_file_is_reported_without_it(tmp_path, monkeypatch):
    """report-1 deleted: its claims and the findings on them are gone, the same with
    the cache as without, with and without --files."""
    folder, state = _edited(tmp_path, monkeypatch, lambda state: None)
    (folder / "report-1.yaml").unlink()
    for name in FORMATS:
        for files in (None, ["report-0.yaml"], ["atlas.yaml"]):
            cached, fresh = _both(folder, state, name, files)
            assert cached == fresh and "c3" not in cached[1], (name, files)


def test_a_value_edit_takes_the_quick_path_in_every_format(tmp_path, monkeypatch, counted):
    """village.population's number alone: no full run, with or without --files (the
    hook's run), and the text table shows the new value."""
    folder, state = _edited(tmp_path, monkeypatch, lambda state: state["reports"][1][2]
                            .update(value="130,000 people"))
    for name in FORMATS:
        for files in (None, ["report-1.yaml"], ["report-0.yaml", "atlas.yaml"]):
            counted.clear()
            cached, fresh = _both(folder, state, name, files)
            assert cached == fresh, (name, files)
            assert counted == [[str(folder / f) for f in files] if files else None]
    assert "130,000 people" in _both(folder, state, "text", ["report-1.yaml"])[0][1]


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.tuples(EDITS, st.sampled_from(range(1, len(CHOICES)))),
                      min_size=1, max_size=6))
def test_the_full_run_with_files_builds_less_and_prints_the_same(tmp_path_factory,
                                                                  monkeypatch, steps):
    """The pipeline's own --files run with the cache (engine.solve building only the
    groups of names the files hold and those not cached) prints what it prints
    without the cache, after each edit; a whole run between keeps groups cached."""
    folder = tmp_path_factory.mktemp("reg")
    monkeypatch.chdir(folder)
    state = _initial()
    _write_all(folder, state)
    for edit, choice in steps:
        config = _config(state)
        verify_paths([folder], config=config, cache=True)  # the groups, cached
        if edit[0] == "delete":
            (folder / f"report-{edit[1]}.yaml").unlink(missing_ok=True)
        else:
            _apply_more(edit, state, folder)
            _write_all(folder, state)
        files = [str(folder / f) for f in CHOICES[choice] if (folder / f).exists()]
        config = _config(state)
        for name in ("text", "json"):
            cached = verify_paths([folder], files, config=config, cache=True)
            fresh = verify_paths([folder], files, config=config)
            assert render(cached, name, terminal=False) == render(fresh, name, terminal=False)


def test_a_registry_that_keeps_no_pieces_is_verified_whole_once(tmp_path, monkeypatch,
                                                                 counted):
    """Two claims with one id: no pieces are kept (groups find their members by id).
    The first --files run tries the whole registry once; the next ones know it gives
    no view and make the --files run alone, until pieces are kept again."""
    monkeypatch.chdir(tmp_path)
    state = _initial()
    state["reports"][1][0]["id"] = "c0"
    _write_all(tmp_path, state)
    runner = CliRunner()
    argv = ["verify", str(tmp_path), "--format", "text", "--files",
            str(tmp_path / "report-0.yaml")]
    first = runner.invoke(app, argv)
    assert counted == [None, [str(tmp_path / "report-0.yaml")]]
    counted.clear()
    assert runner.invoke(app, argv).output == first.output
    assert counted == [[str(tmp_path / "report-0.yaml")]]
    assert first.output == runner.invoke(app, [*argv, "--no-cache"]).output
    assert "duplicate" in first.output
