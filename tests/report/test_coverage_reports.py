"""Coverage in every report: unchecked claims are never "ok", the summary says
"N of M claims checked", and `verify --min-coverage` turns a low share into an error."""

from __future__ import annotations

import json

from factcheck.report.formats import render
from factcheck.verify import verify_paths

LONELY = {"a.yaml": """\
    document:
      id: d
      published: 2023-10-03
    claims:
      - id: alone
        quantity: bus.passengers
        value: 15 people
      - id: one
        quantity: x.departed
        value: 100 people
      - id: two
        quantity: x.departed
        value: over 90 people
    """}


def test_text_table_says_unchecked_never_ok(registry):
    report = verify_paths([registry(LONELY)])
    lines = [line.split() for line in render(report, "text").splitlines()]
    rows = {words[0]: words[-1] for words in lines
            if words and words[0] in ("alone", "one", "two")}
    assert rows == {"alone": "unchecked", "one": "ok", "two": "ok"}
    assert render(report, "text").rstrip().endswith("2 of 3 claims checked, 0 errors, 0 warnings")


def test_json_lists_the_unchecked_claims(registry, contract):
    data = contract.loads(render(verify_paths([registry(LONELY)]), "json"))
    contract.validate(data, claims=3)
    assert data["unchecked"] == ["alone"]
    assert (data["summary"]["checked"], data["summary"]["unchecked"]) == (2, 1)


def test_markdown_and_sarif_carry_a_note(registry):
    report = verify_paths([registry(LONELY)])
    markdown = render(report, "markdown")
    assert "- 2 of 3 claims checked; nothing cross-validates the other 1 (unchecked): alone" \
        in markdown
    run = json.loads(render(report, "sarif"))["runs"][0]
    assert run["results"] == []  # a note of the run, not an alert on a line
    [note] = run["invocations"][0]["toolExecutionNotifications"]
    assert note["level"] == "note" and note["message"]["text"].startswith("2 of 3 claims")
    assert run["properties"] == {"checked": 2, "unchecked": ["alone"]}


def test_min_coverage_below_is_an_error(registry, cli):
    root = registry(LONELY)
    run = cli("verify", root, "--format", "json", "--min-coverage", "67")
    assert run.code == 1, run
    [finding] = run.json()["findings"]
    assert (finding["rule"], finding["severity"], finding["claims"]) == (
        "coverage", "error", ["alone"])
    assert finding["message"].startswith("only 2 of 3 claims are checked (66.7%")
    assert (finding["file"], finding["line"]) == ("reg/a.yaml", 5)


def test_min_coverage_met_or_absent_passes(registry, cli):
    root = registry(LONELY)
    assert cli("verify", root, "--format", "json", "--min-coverage", "66.6").code == 0
    assert cli("verify", root, "--format", "json").code == 0


def test_min_coverage_out_of_range_is_a_usage_error(registry, cli):
    run = cli("verify", registry(LONELY), "--min-coverage", "101")
    assert run.code == 2 and "--min-coverage" in run.stderr


def test_min_coverage_100_on_the_shipped_registry(shipped, cli):
    run = cli("verify", "--format", "json", "--min-coverage", "100")
    assert run.code == 1
    coverage = [f for f in run.json()["findings"] if f["rule"] == "coverage"]
    assert len(coverage) == 1 and len(coverage[0]["claims"]) == 16
    assert "last-bus" in run.json()["unchecked"]
