"""Time in the registry: relative dates, durations between events, counts over time.

Each test writes a small registry whose file reads like the user's, runs verify, and
checks the verdict with the calendar arithmetic written out.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli.app import app
from factcheck.verify import verify_paths

REFERENCE = """\
document:
  id: timeline
  title: reference timeline
  url: https://example.org/timeline
  published: 2023-10-03
claims:
  - id: offensive-began
    by: reference
    quantity: offensive.start
    value: 2023-09-19
  - id: blockade-began
    by: reference
    quantity: blockade.start
    value: 2022-12-12
  - id: blockade-ended
    by: reference
    quantity: blockade.end
    value: 2023-09-19
"""


def registry(tmp_path: Path, article_claims: str, text: str = "", extra: str = "") -> Path:
    (tmp_path / "timeline.yaml").write_text(REFERENCE, encoding="utf-8")
    (tmp_path / "article.txt").write_text(text or "no text", encoding="utf-8")
    body = textwrap.dedent("""\
        document:
          id: article
          title: article
          text: article.txt
          published: 2023-10-03
        """) + extra + "claims:\n" + textwrap.indent(textwrap.dedent(article_claims), "  ")
    (tmp_path / "article.yaml").write_text(body, encoding="utf-8")
    return tmp_path


def findings(path: Path, rule: str | None = None):
    report = verify_paths([path])
    return [f for f in report.findings if rule is None or f.rule == rule], report


def test_three_weeks_ago_disagrees_with_an_offensive_two_weeks_earlier(tmp_path):
    # "three weeks ago" = [2.5, 3.5] weeks = [17.5, 24.5] days before 2023-10-03:
    # whole days 18..24 -> 2023-09-09 .. 2023-09-15. The offensive began 2023-09-19,
    # 14 days before: outside. Article against reference: a disagreement (warning).
    path = registry(tmp_path, """\
        - id: invasion-ago
          quote: an invasion three weeks ago
          quantity: offensive.start
          value: three weeks ago
        """, text="Azerbaijan settled it with an invasion three weeks ago.")
    found, report = findings(path)
    assert [(f.rule, f.severity, f.claims) for f in found] == [
        ("disagreement", "warning", ("invasion-ago", "offensive-began"))]
    assert "2023-09-09 to 2023-09-15" in report.registry.claim("invasion-ago").interval.describe()
    assert "would agree if it were 2023-09-19" in found[0].hint


def test_two_weeks_ago_is_a_near_miss_that_is_not_flagged(tmp_path):
    # "two weeks ago" = [10.5, 17.5] days -> whole days 11..17 before 2023-10-03
    # -> 2023-09-16 .. 2023-09-22, which holds 2023-09-19.
    path = registry(tmp_path, """\
        - id: invasion-ago
          quote: an invasion two weeks ago
          quantity: offensive.start
          value: two weeks ago
        """, text="Azerbaijan settled it with an invasion two weeks ago.")
    found, report = findings(path)
    assert found == []
    ranges = {str(r.key): r.describe() for r in report.ranges}
    assert ranges["offensive.start"] == "2023-09-19"


def test_nine_month_blockade_fits_281_days(tmp_path):
    # 2022-12-12 to 2023-09-19 is 281 days; nine months = [8.5, 9.5] months
    # = [258.72, 289.16] days (a month is 365.25 / 12 = 30.4375 days): inside.
    path = registry(tmp_path, """\
        - id: blockade-months
          quote: a nine-month blockade
          quantity: blockade.duration
          value: nine-month
        """, text="The exodus followed a nine-month blockade.")
    found, report = findings(path)
    assert found == []  # not even `rounding`: a month has no exact length in days
    duration = next(r for r in report.ranges if r.key.name == "blockade.duration")
    assert duration.low == duration.high  # fixed by start and end: 281 days in months
    assert duration.low * 1461 / 48 == 281


def test_seven_month_blockade_does_not_fit(tmp_path):
    # seven months = [6.5, 7.5] months = [197.8, 228.3] days < 281.
    path = registry(tmp_path, """\
        - id: blockade-months
          quote: a seven-month blockade
          quantity: blockade.duration
          value: seven-month
        """, text="The exodus followed a seven-month blockade.")
    found, _ = findings(path, "disagreement")
    assert len(found) == 1
    assert set(found[0].claims) == {"blockade-months", "blockade-began", "blockade-ended"}


def test_running_total_that_falls_is_a_trend_finding(tmp_path):
    # 100,417 on 30 September, then "fewer than 100,000" on 3 October: the total
    # of people who left cannot fall.
    text = "By Saturday 100,417 had arrived. Officials said fewer than 100,000 had left."
    path = registry(tmp_path, """\
        - id: saturday
          quote: 100,417 had arrived
          as_of: 2023-09-30
          quantity: karabakh.departed
          value: 100,417 people
        - id: later
          quote: fewer than 100,000 had left
          quantity: karabakh.departed
          value: fewer than 100,000 people
        """, text=text, extra="quantities:\n  karabakh.departed: {trend: non-decreasing}\n")
    found, _ = findings(path, "trend")
    assert [(f.severity, set(f.claims)) for f in found] == [("error", {"saturday", "later"})]


def test_running_total_that_stays_equal_is_not_flagged(tmp_path):
    text = "By Saturday 100,417 had arrived. By Tuesday 100,417 had left."
    path = registry(tmp_path, """\
        - id: saturday
          quote: 100,417 had arrived
          as_of: 2023-09-30
          quantity: karabakh.departed
          value: 100,417 people
        - id: tuesday
          quote: 100,417 had left
          quantity: karabakh.departed
          value: 100,417 people
        """, text=text, extra="quantities:\n  karabakh.departed: {trend: non-decreasing}\n")
    found, report = findings(path)
    assert found == []
    keys = [str(r.key) for r in report.ranges if r.key.name.startswith("karabakh")]
    assert keys == ["karabakh.departed@2023-09-30", "karabakh.departed@2023-10-03"]


def test_n_weeks_after_an_event_is_a_difference_of_dates(tmp_path):
    # "two weeks after the offensive" as a claim on (exodus.start - offensive.start):
    # [1.5, 2.5] weeks = [10.5, 17.5] days; with the exodus on 2023-09-24 it is 5 days.
    path = registry(tmp_path, """\
        - id: exodus-day
          quote: the exodus began on 24 September 2023
          quantity: exodus.start
          value: 24 September 2023
        - id: weeks-after
          quote: two weeks after the offensive
          quantity: exodus.start - offensive.start
          value: two weeks
        """, text="The exodus began on 24 September 2023, two weeks after the offensive.")
    found, _ = findings(path, "disagreement")
    assert len(found) == 1 and set(found[0].claims) == {
        "exodus-day", "weeks-after", "offensive-began"}


@pytest.mark.parametrize("claim, rule, words", [
    ("quantity: offensive.start\n  value: 2023-02-30", "value", "2023-02-30"),
    ("quantity: offensive.start\n  value: yesterday\n  as_of: 2023-10-05", "date", "after"),
    ("quantity: trip.duration\n  value: {low: -5, high: -1, unit: day}", "value", "negative"),
    ("quantity: offensive.start - karabakh.departed\n  value: 2 days", "unit", "date"),
])
def test_bad_time_input_is_one_clear_finding(tmp_path, claim, rule, words):
    path = registry(tmp_path, "- id: bad\n  " + claim + "\n")
    found, _ = findings(path)
    assert [f.rule for f in found] == [rule], [(f.rule, f.message) for f in found]
    assert words in found[0].message + (found[0].hint or "")
    assert found[0].line > 0


def test_a_relation_comparing_a_date_with_a_count(tmp_path):
    path = registry(tmp_path, """\
        - id: fled
          quote: 100 fled
          quantity: karabakh.departed
          value: 100 people
        """, text="In all, 100 fled.", extra=(
        "relations:\n  - id: odd\n    holds: offensive.start <= karabakh.departed\n"))
    found, _ = findings(path)
    assert [(f.rule, f.claims) for f in found] == [("unit", ("odd",))]
    assert "date" in found[0].message


def test_relative_date_without_an_anchor(tmp_path):
    (tmp_path / "a.yaml").write_text(textwrap.dedent("""\
        document: {id: undated, title: no date}
        claims:
          - id: when
            quantity: offensive.start
            value: three weeks ago
        """), encoding="utf-8")
    found, _ = findings(tmp_path)
    assert [f.rule for f in found] == ["value"]
    assert "published" in found[0].hint


def test_explain_offensive_start_on_the_shipped_registry(monkeypatch):
    monkeypatch.chdir(Path(__file__).resolve().parent.parent)
    result = CliRunner().invoke(app, ["explain", "offensive.start"])
    assert result.exit_code == 0, result.output
    assert "invasion-ago" in result.output and "2023-09-09 to 2023-09-15" in result.output
    assert "offensive-began" in result.output and "2023-09-19" in result.output


def test_shipped_registry_flags_exactly_the_three_weeks_ago_disagreement(monkeypatch):
    monkeypatch.chdir(Path(__file__).resolve().parent.parent)
    report = verify_paths([Path("claims")])
    assert [(f.rule, f.severity, f.claims) for f in report.findings] == [
        ("disagreement", "warning", ("invasion-ago", "offensive-began"))]
    assert report.exit_code() == 0
