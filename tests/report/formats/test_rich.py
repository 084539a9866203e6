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


def test_plain_render_leads_with_findings(report):
    text = rich_format.render(report, color=False, width=300)
    assert ANSI not in text
    assert text.startswith("Findings ──")
    assert text.index("Findings") < text.index("Claims by quantity")
    lines = text.splitlines()
    for claim in report.registry.claims:
        row = next(line for line in lines if line.startswith(f"  {claim.id} "))
        assert f" {claim.interval.describe()} " in row
        assert row.rstrip().endswith(report.claim_status(claim))
    for name in {r.key.name for r in report.ranges}:
        implied = [r for r in report.ranges if r.key.name == name]
        assert any(line.startswith(f"{name}  implied ") and
                   all(r.describe() in line for r in implied) for line in lines), name
    assert text.rstrip().splitlines()[-1].startswith(
        f"{report.checked} of {len(report.registry.claims)} claims checked")


def test_quiet_is_findings_and_summary(report):
    text = rich_format.render(report, color=False, width=100, quiet=True)
    assert "Findings" in text and "Claims by quantity" not in text
    assert text.rstrip().splitlines()[-1].startswith(f"{report.checked} of ")


@pytest.mark.parametrize("width", [80, 120])
def test_wraps_never_cuts(report, width):
    text = rich_format.render(report, color=False, width=width)
    assert max(len(line) for line in text.splitlines()) <= width
    assert "…" not in text
    joined = " ".join(text.split())
    for claim in report.registry.claims:
        for part in (claim.id, *(claim.by or "").split()):
            assert part in joined, part


def test_widths_give_way_widest_first():
    rows = [("claim", "value", "interval", "by", "status"),
            ("  a-long-claim-id", "v" * 30, "i" * 12, "b" * 50, "ok")]
    assert rich_format.widths(rows, 200) == [17, 30, 12, 50, 6]
    sizes = rich_format.widths(rows, 80)
    assert sum(sizes) + 2 * 4 == 80 and sizes[0] == 17  # the ids keep their width
    assert abs(sizes[1] - sizes[3]) <= 1 and min(sizes[1], sizes[3]) > sizes[2] == 12
    assert rich_format.widths(rows, 20) == [10] * 4 + [6]  # never below the minimum


def test_colour_render(report):
    text = rich_format.render(report, color=True)
    assert ANSI in text
    assert "karabakh.departed" in text and "2023-10-02: [102,600, 132,000] people" in text


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
    assert ANSI not in text and "Claims by quantity ──" in text


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
