"""A cached run prints exactly what --no-cache prints, after any sequence of edits.

The property test keeps a small registry as data (two reports on a region, its town
and a village, an atlas with a relation and a `within`, article texts), applies
random edits (values, speakers, quantities, dates, claims added and removed, a
claim given another's id or a new one, the relation, a product relation, which
place the town lies within and the places above it, the trend, a declared unit, a
document's date, a rule's severity, the article text, a corrupted cache entry) and after each one compares the JSON and text
reports of a cached run with those of an uncached one. The village's claims are a
group of their own, so most edits leave a group cached whole (components.py).
"""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from factcheck.cache.store import FOLDER
from factcheck.config import Config
from factcheck.report.formats import render
from factcheck.verify import verify_paths

ARTICLE = ("Officials said over 100,000 people had fled. The region was home to "
           "about 120,000 people. Fewer than 1,500 people remained. The town had "
           "between 55,000 and 75,000 residents.")
QUOTES = ["over 100,000 people had fled", "home to about 120,000 people",
          "Fewer than 1,500 people remained", "between 55,000 and 75,000 residents"]
VALUES = ["over 100,000 people", "about 120,000 people", "fewer than 1,500 people",
          "between 55,000 and 75,000 people", "120,000 people", "130,000 people",
          "nearly 2,000 people", "at least 125,000 people", "lots of people",
          "500 households", "an average of 4.2 people per household"]
QUANTITIES = ["region.departed", "region.population", "region.remaining",
              "town.population", "town.departed", "region.departed / region.population",
              "village.population", "village.departed", "town.households",
              "town.household_size"]
PRODUCT = "town.departed == town.households * town.household_size"
ATLAS = {"town_within": ["region", None, "district", "village"],
         "trend": ["non-decreasing", "non-increasing", None],
         "unit": [None, "person", "hour"], "published": ["2023-10-03", "2023-10-05"],
         "product": [False, True], "severity": [None, "error", "warning"]}
SPEAKERS = [None, "UN", "officials"]
DATES = [None, "2023-10-01", "2023-10-02"]


def _claim(n: int, draw_index: int) -> dict:
    return {"id": f"c{n}", "quote": QUOTES[draw_index % len(QUOTES)],
            "quantity": QUANTITIES[draw_index % 4], "value": VALUES[draw_index % 4],
            "by": None, "as_of": None}


def _initial() -> dict:
    village = [{**_claim(4, 1), "quantity": "village.population"},
               {**_claim(5, 3), "quantity": "village.departed", "value": "nearly 2,000 people"}]
    return {"reports": [[_claim(0, 0), _claim(1, 1)], [_claim(2, 2), _claim(3, 3), *village]],
            "relation": True, "article": ARTICLE, "next": 6,
            **{name: options[0] for name, options in ATLAS.items()}}


def _config(state: dict) -> Config | None:
    """A rule's severity set in the configuration (the engine's results stay, the
    report's severities move)."""
    if state["severity"] is None:
        return None
    return Config(severity={"disagreement": state["severity"], "rounding": state["severity"]})


def _write(folder: Path, state: dict) -> None:
    (folder / "sources").mkdir(parents=True, exist_ok=True)
    (folder / "sources" / "a.txt").write_text(state["article"], encoding="utf-8")
    within = f", within: {state['town_within']}" if state["town_within"] else ""
    atlas = ["places:", "  region: {name: Region}", f"  town: {{name: Town{within}}}",
             "  district: {name: District, within: region}",
             "  village: {name: Village}", "quantities:"]
    if state["trend"]:
        atlas.append(f"  region.departed: {{trend: {state['trend']}}}")
    if state["unit"]:
        atlas.append(f"  town.population: {{unit: {state['unit']}}}")
    if atlas[-1] == "quantities:":
        atlas[-1] = "quantities: {}"
    relations = []
    if state["relation"]:
        relations += ["  - id: accounting",
                      "    holds: region.departed + region.remaining <= region.population"]
    if state["product"]:
        relations += ["  - id: by-household", f"    holds: {PRODUCT}"]
    if relations:
        atlas += ["relations:", *relations]
    (folder / "atlas.yaml").write_text("\n".join(atlas) + "\n", encoding="utf-8")
    for index, claims in enumerate(state["reports"]):
        lines = ["document:", f"  id: report-{index}", "  title: A report",
                 "  text: sources/a.txt",
                 f"  published: {state['published'] if index else '2023-10-03'}", "claims:"]
        for claim in claims:
            lines += [f"  - id: {claim['id']}", f"    quote: \"{claim['quote']}\"",
                      f"    quantity: {claim['quantity']}", f"    value: {claim['value']}"]
            if claim["by"]:
                lines.append(f"    by: {claim['by']}")
            if claim["as_of"]:
                lines.append(f"    as_of: {claim['as_of']}")
        if not claims:
            lines[-1] = "claims: []"
        (folder / f"report-{index}.yaml").write_text("\n".join(lines) + "\n",
                                                    encoding="utf-8")


FIELDS = {"value": VALUES, "quantity": QUANTITIES, "by": SPEAKERS, "as_of": DATES,
          "quote": QUOTES}
EDITS = st.one_of(
    st.tuples(st.just("field"), st.sampled_from(sorted(FIELDS)), st.integers(0, 50),
              st.integers(0, 50)),
    st.tuples(st.just("add"), st.integers(0, 1), st.integers(0, 50)),
    st.tuples(st.just("remove"), st.integers(0, 50)),
    st.tuples(st.just("id"), st.integers(0, 50), st.integers(0, 50)),
    st.tuples(st.just("relation")),
    st.tuples(st.just("atlas"), st.sampled_from(sorted(ATLAS)), st.integers(0, 50)),
    st.tuples(st.just("article"), st.integers(0, 3)),
    st.tuples(st.just("corrupt"), st.integers(0, 1000)),
)


def _apply(edit: tuple, state: dict, folder: Path) -> None:
    claims = [c for report in state["reports"] for c in report]
    kind = edit[0]
    if kind == "field" and claims:
        _, name, which, choice = edit
        options = FIELDS[name]
        claims[which % len(claims)][name] = options[choice % len(options)]
    elif kind == "add":
        state["reports"][edit[1]].append(_claim(state["next"], edit[2]))
        state["next"] += 1
    elif kind == "remove" and claims:
        victim = claims[edit[1] % len(claims)]
        for report in state["reports"]:
            if victim in report:
                report.remove(victim)
    elif kind == "id" and claims:  # another claim's id (a duplicate), or a new one
        _, which, other = edit
        if other % 3:
            claims[which % len(claims)]["id"] = claims[other % len(claims)]["id"]
        else:
            claims[which % len(claims)]["id"] = f"c{state['next']}"
            state["next"] += 1
    elif kind == "relation":
        state["relation"] = not state["relation"]
    elif kind == "atlas":
        _, name, choice = edit
        state[name] = ATLAS[name][choice % len(ATLAS[name])]
    elif kind == "article":  # drop one sentence: its quote is no longer found
        sentences = ARTICLE.split(". ")
        state["article"] = ". ".join(s for i, s in enumerate(sentences) if i != edit[1])
    elif kind == "corrupt":
        _corrupt(folder, edit[1])


def _corrupt(folder: Path, seed: int) -> None:
    """Flip one byte of one cache entry: it must be ignored, never trusted."""
    entries = sorted(p for p in (folder / FOLDER).rglob("*-*") if p.is_file()
                     and not p.name.startswith("."))
    if not entries:
        return
    path = entries[seed % len(entries)]
    data = bytearray(path.read_bytes())
    data[seed % len(data)] ^= 0xFF
    path.write_bytes(bytes(data))


def _outputs(folder: Path, cache: bool, state: dict) -> tuple[str, str]:
    report = verify_paths([folder], cache=cache, config=_config(state))
    return render(report, "json", terminal=False), render(report, "text", terminal=False)


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=st.lists(EDITS, min_size=1, max_size=6))
# found by this test: the town's claim takes the village's id, then a unit makes the
# town's claim wrong; the unit finding, named by the shared id, marked only the
# village's group as not to be kept, so a full cache lost it
@example(edits=[("id", 3, 16), ("atlas", "unit", 2)])
def test_cached_run_prints_what_an_uncached_run_prints(tmp_path_factory, edits):
    folder = tmp_path_factory.mktemp("reg")
    state = _initial()
    _write(folder, state)
    assert _outputs(folder, True, state) == _outputs(folder, False, state)
    for edit in edits:
        _apply(edit, state, folder)
        _write(folder, state)
        cached = _outputs(folder, True, state)
        assert cached == _outputs(folder, False, state), edit
        assert _outputs(folder, True, state) == cached  # and again, from a full cache


def test_a_repeated_id_is_found_then_forgotten(tmp_path):
    """The duplicate-id findings are kept under a digest of every file's ids: an
    edit that repeats an id, then one that undoes it, are both seen."""
    state = _initial()
    _write(tmp_path, state)
    assert not [f for f in verify_paths([tmp_path], cache=True).findings
                if f.rule == "duplicate"]
    state["reports"][1][0]["id"] = "c0"  # report-1's first claim takes report-0's id
    _write(tmp_path, state)
    repeated = [f for f in verify_paths([tmp_path], cache=True).findings
                if f.rule == "duplicate"]
    assert [(Path(f.file).name, f.line, f.claims) for f in repeated] \
        == [("report-1.yaml", 7, ("c0",))]
    state["reports"][1][0]["id"] = "c2"
    _write(tmp_path, state)
    assert not [f for f in verify_paths([tmp_path], cache=True).findings
                if f.rule == "duplicate"]


def test_a_text_edited_alone_is_read_again(tmp_path):
    """The YAML is unchanged, its article is not: the quote finding must follow."""
    state = _initial()
    _write(tmp_path, state)
    before = verify_paths([tmp_path], cache=True)
    assert not [f for f in before.findings if f.rule == "quote"]
    state["article"] = ARTICLE.replace("over 100,000", "more than 90,000")
    _write(tmp_path, state)
    after = verify_paths([tmp_path], cache=True)
    assert [f.claims for f in after.findings if f.rule == "quote"] == [("c0",)]


def test_the_cache_lives_in_the_registry_and_is_reused(tmp_path):
    from factcheck.cache import store as store_mod
    from factcheck.cache.shards import SHARDS

    state = _initial()
    _write(tmp_path, state)
    verify_paths([tmp_path], cache=True)
    entries = list((tmp_path / FOLDER).glob("v-*/*"))
    # three files read, and at least one group solved
    assert len([e for e in entries if e.name.startswith("file-")]) == 3
    assert any(e.name.startswith("group-") for e in entries)
    stamps = {e: e.stat().st_mtime_ns for e in entries}
    opened = []
    real_open = store_mod.open_store
    store_mod.open_store = lambda root: opened.append(real_open(root)) or opened[-1]
    try:
        verify_paths([tmp_path], cache=True)
    finally:
        store_mod.open_store = real_open
    assert opened[0].misses == 0 and opened[0].writes == 0
    # the files, the shards of the index of groups of names, the files' stamps,
    # the dimensions, the duplicate ids, and the solved groups of constraints (the
    # groups of names cached are not even built: those entries stay unread)
    groups = [e for e in entries if e.name.startswith("group-")]
    assert len(entries) == 3 + SHARDS + 1 + 1 + 1 + len(groups)
    assert 3 + SHARDS + 1 + 1 + 1 <= opened[0].hits < len(entries)
    assert {e: e.stat().st_mtime_ns for e in entries} == stamps


def test_an_edit_builds_only_the_group_it_touches(tmp_path, monkeypatch):
    """The village's population has a claim of its own, linked to nothing: an edit
    to it builds that one claim again, not the other five."""
    from factcheck.engine import build

    state = _initial()
    _write(tmp_path, state)
    verify_paths([tmp_path], cache=True)
    built = []
    real = build._claim_constraint
    monkeypatch.setattr(build, "_claim_constraint",
                        lambda claim, *rest: built.append(claim.id) or real(claim, *rest))
    state["reports"][1][2]["value"] = "130,000 people"  # village.population
    _write(tmp_path, state)
    after = _outputs(tmp_path, True, state)
    assert built == ["c4"]
    assert after == _outputs(tmp_path, False, state)


def test_no_cache_writes_nothing(tmp_path):
    _write(tmp_path, _initial())
    verify_paths([tmp_path])
    assert not (tmp_path / FOLDER).exists()
    assert os.listdir(tmp_path)
