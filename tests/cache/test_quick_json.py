"""The JSON report made from the last run's pieces (report/quick.py) is exactly the
full run's, after any sequence of edits; an edit of values alone takes that path,
and it reads and builds only what the edit touches.

The command line's JSON run is mimicked as it runs (verify.quick_report, else the
full pipeline, whose pieces are then kept), on the registry of
test_cached_verify.py, with its edits and three more ways for kept pieces to go
stale: a report file renamed, a claim moved to the other report, and a value edit
between two runs that keep pieces.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_cached_verify import EDITS, _apply, _config, _initial, _write
from typer.testing import CliRunner

from factcheck.cli.app import app
from factcheck.report import quick
from factcheck.report.formats import render
from factcheck.verify import quick_report, verify_paths


def _cli_json(folder: Path, state: dict) -> tuple[str, bool]:
    """(the JSON text, whether it came from the kept pieces), as `verify --format
    json` makes it."""
    config = _config(state)
    made = quick_report([folder], config)
    if made is not None:
        return made[0], True
    report = verify_paths([folder], config=config, cache=True)
    text = render(report, "json", terminal=False)
    report.keep_json(text)
    return text, False


def _uncached(folder: Path, state: dict) -> str:
    return render(verify_paths([folder], config=_config(state)), "json", terminal=False)


def _write_all(folder: Path, state: dict) -> None:
    _write(folder, state)
    for index in state.get("renamed", ()):
        (folder / f"report-{index}.yaml").rename(folder / f"renamed-{index}.yaml")
    for stale in folder.glob("renamed-*.yaml"):
        if int(stale.stem.split("-")[1]) not in state.get("renamed", ()):
            stale.unlink()


MORE = st.one_of(
    EDITS,
    st.tuples(st.just("rename"), st.integers(0, 1)),
    st.tuples(st.just("move"), st.integers(0, 50)),
    st.tuples(st.just("number"), st.integers(0, 50), st.integers(1, 400)),
)


def _apply_more(edit: tuple, state: dict, folder: Path) -> None:
    claims = [c for report in state["reports"] for c in report]
    if edit[0] == "rename":
        state["renamed"] = set(state.get("renamed", ())) ^ {edit[1]}
    elif edit[0] == "move" and claims:
        victim = claims[edit[1] % len(claims)]
        source = 0 if victim in state["reports"][0] else 1
        state["reports"][source].remove(victim)
        state["reports"][1 - source].append(victim)
    elif edit[0] == "number" and claims:  # a value's number alone: the quick path
        claims[edit[1] % len(claims)]["value"] = f"{edit[2] * 500:,} people"
    else:
        _apply(edit, state, folder)


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=st.lists(MORE, min_size=1, max_size=6))
def test_the_quick_report_is_the_full_one(tmp_path_factory, edits):
    folder = tmp_path_factory.mktemp("reg")
    state = _initial()
    _write_all(folder, state)
    assert _cli_json(folder, state) == (_uncached(folder, state), False)
    for edit in edits:
        _apply_more(edit, state, folder)
        _write_all(folder, state)
        text, _ = _cli_json(folder, state)
        assert text == _uncached(folder, state), edit
        assert _cli_json(folder, state)[0] == text  # and again, from what it kept


def test_a_number_edited_takes_the_quick_path_and_builds_its_group_alone(
        tmp_path, monkeypatch):
    """The village's population is a group of its own: its new number is read from
    its file and built alone; no other file is read, no other claim built."""
    from factcheck.engine import build
    from factcheck.registry import parallel_load

    state = _initial()
    _write_all(tmp_path, state)
    _cli_json(tmp_path, state)
    assert _cli_json(tmp_path, state)[1]  # nothing changed: the pieces as they were
    built, read = [], []
    real_claim, real_read = build._claim_constraint, parallel_load._read_file
    monkeypatch.setattr(build, "_claim_constraint",
                        lambda claim, *rest: built.append(claim.id) or real_claim(claim, *rest))
    monkeypatch.setattr(parallel_load, "_read_file",
                        lambda path, *rest: read.append(path.name) or real_read(path, *rest))
    state["reports"][1][2]["value"] = "130,000 people"  # village.population
    _write_all(tmp_path, state)
    text, took = _cli_json(tmp_path, state)
    assert took and built == ["c4"] and read == ["report-1.yaml"]
    assert text == _uncached(tmp_path, state)


def test_a_quantity_edited_takes_the_full_path(tmp_path):
    """A claim moved to another quantity moves groups: not a value's edit."""
    state = _initial()
    _write_all(tmp_path, state)
    _cli_json(tmp_path, state)
    state["reports"][0][0]["quantity"] = "town.departed"
    _write_all(tmp_path, state)
    assert _cli_json(tmp_path, state) == (_uncached(tmp_path, state), False)


def test_a_value_quoted_by_a_unit_finding_takes_the_full_path(tmp_path):
    """A unit finding quotes the value as written: kept, it would be stale."""
    state = _initial()
    share = {**state["reports"][1][3], "id": "c6", "value": "40%"}  # of village.departed
    state["reports"][1].append(share)
    _write_all(tmp_path, state)
    _cli_json(tmp_path, state)
    assert [f.claims for f in verify_paths([tmp_path]).findings if f.rule == "unit"] \
        == [("c6",)]
    share["value"] = "45%"
    _write_all(tmp_path, state)
    assert _cli_json(tmp_path, state) == (_uncached(tmp_path, state), False)


def test_more_changed_files_than_the_limit_take_the_full_path(tmp_path, monkeypatch):
    monkeypatch.setattr(quick, "MAX_CHANGED", 1)
    state = _initial()
    _write_all(tmp_path, state)
    _cli_json(tmp_path, state)
    state["reports"][0][0]["value"] = "over 101,000 people"
    state["reports"][1][0]["value"] = "fewer than 1,600 people"
    _write_all(tmp_path, state)
    assert _cli_json(tmp_path, state) == (_uncached(tmp_path, state), False)


def test_the_command_prints_and_exits_as_without_the_cache(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    state = _initial()
    state["reports"][0][0]["value"] = "over 130,000 people"  # more left than lived there
    _write_all(tmp_path, state)
    runner = CliRunner()
    argv = ["verify", str(tmp_path), "--format", "json"]
    first = runner.invoke(app, argv)
    state["reports"][0][0]["value"] = "over 140,000 people"
    _write_all(tmp_path, state)
    cached = runner.invoke(app, argv)
    fresh = runner.invoke(app, [*argv, "--no-cache"])
    assert first.exit_code == cached.exit_code == fresh.exit_code == 1
    assert cached.output == fresh.output and '"inconsistency"' in fresh.output
    assert runner.invoke(app, [*argv, "--exit-zero"]).exit_code == 0


def test_the_pieces_join_into_the_text_render_prints(tmp_path):
    """Whole numbers, a share (a float), open ends and dates: each range and finding
    written alone, joined, is the text render writes at once; and the ranges cut
    from that text are the ranges written alone."""
    from factcheck.report.formats import json_format

    state = _initial()
    state["reports"][0][0]["value"] = "an average of 4.2 people per household"
    _write_all(tmp_path, state)
    for folder in (tmp_path, Path(__file__).resolve().parents[2] / "claims"):
        report = verify_paths([folder])
        assert any(type(r.to_json()["high"]) is float for r in report.ranges) \
            or folder != tmp_path
        pieces = ([json_format.finding_piece(f) for f in report.findings],
                  [json_format.range_piece(r) for r in report.ranges])
        text = render(report, "json", terminal=False)
        assert json_format.assemble(*pieces, list(report.unchecked), report.summary()) == text
        assert json_format.range_pieces(text, len(report.ranges)) == pieces[1]
