"""formats/rich_format: the terminal report; colour only on a terminal, never with
NO_COLOR, and the same content as the text report."""

from __future__ import annotations

import sys

import pytest

from factcheck.report import formats
from factcheck.report.formats import rich_format
from factcheck.verify import verify_paths

ANSI = "\x1b["


@pytest.fixture
def tty(monkeypatch):
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True, raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)


@pytest.fixture
def report(shipped):
    return verify_paths([shipped])


def test_plain_render_has_the_tables(report):
    text = rich_format.render(report, color=False, width=300)
    assert ANSI not in text
    assert text.startswith("Claims")
    for claim in report.registry.claims:
        row = next(line for line in text.splitlines() if line.startswith(f"│ {claim.id} "))
        assert f" {claim.interval.describe()} " in row
    assert "What the registry implies" in text
    for r in report.ranges:
        assert any(line.startswith(f"│ {r.key} ") and f" {r.describe()} " in line
                   for line in text.splitlines()), r.key
    assert text.rstrip().splitlines()[-1].startswith(f"{len(report.registry.claims)} claims")


def test_colour_render(report):
    text = rich_format.render(report, color=True)
    assert ANSI in text
    assert "karabakh.departed@2023-10-03" in text


def test_findings_with_hint_and_details(shipped):
    path = shipped / "karabakh-exodus.yaml"
    path.write_text(path.read_text("utf-8").replace("value: over 100,000 people",
                                                    "value: over 140,000 people"))
    report = verify_paths([shipped])
    text = rich_format.render(report, color=False, width=400)
    assert "Findings" in text
    assert "error [inconsistency] the source contradicts itself" in text
    assert "140,001 − 132,000 + 0 = 8,001" in text
    assert "    hint: fled would agree if it were at most 132,000 people" in text
    coloured = rich_format.render(report, color=True, width=400)
    assert "\x1b[1;31m" in coloured  # errors in bold red


def test_no_color_is_honoured_on_a_terminal(report, tty, monkeypatch):
    assert formats._color_wanted() is True
    assert ANSI in formats.render(report, "rich")
    monkeypatch.setenv("NO_COLOR", "1")
    assert formats._color_wanted() is False
    text = formats.render(report, "rich")
    assert ANSI not in text and "┃" in text


def test_auto_picks_rich_on_a_terminal_only(report, tty):
    assert formats.pick("auto") == "rich"
    assert formats.pick("auto", terminal=False) == "text"
    assert formats.pick("json") == "json"
    assert ANSI not in formats.render(report, "rich", terminal=False)
    assert formats.render(report, "auto", terminal=False) == formats.render(report, "text")


def test_not_a_terminal_means_no_colour(report, monkeypatch):
    monkeypatch.setattr(sys.stdout, "isatty", lambda: False, raising=False)
    assert formats.pick("auto") == "text"
    assert ANSI not in formats.render(report, "rich")
