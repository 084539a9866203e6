"""formats/html: one self-contained page; every quantity charted, every claim with
its id, the conflict marked, and nothing from a file let through unescaped."""

from __future__ import annotations

import json
import re

from factcheck.report.formats import render
from factcheck.verify import verify_paths

from html_dom import parse

CONFLICT = ("value: over 100,000 people", "value: over 140,000 people")


def plant_conflict(shipped):
    path = shipped / "karabakh-exodus.yaml"
    path.write_text(path.read_text("utf-8").replace(*CONFLICT), "utf-8")


def test_self_contained(shipped):
    page = render(verify_paths([shipped]), "html")
    assert page.startswith("<!DOCTYPE html>") and page.endswith("</html>\n")
    # nothing is fetched: no scripts, stylesheets, images, frames or fonts from a URL
    assert not re.search(r"<(script|link|img|iframe|object|embed)\b", page)
    assert not re.search(r"url\(|@import|src=", page)
    assert '<meta name="viewport"' in page and "@page { size: A4" in page


def test_every_quantity_and_claim_is_there(shipped):
    report = verify_paths([shipped])
    root = parse(render(report, "html"))
    charted = {f.attrs["data-quantity"] for f in root.find_all("figure")
               if "data-quantity" in f.attrs}
    names = {key.split("@")[0]
             for key in json.loads(render(report, "json"))["quantities"]}
    assert names <= charted
    assert "karabakh.departed / karabakh.population" in charted  # a ratio's chart
    for figure in root.find_all("figure"):
        assert figure.find_all("svg"), figure.attrs
    ids = {e.attrs["id"] for e in root.walk() if "id" in e.attrs}
    assert {f"claim-{c.id}" for c in report.registry.claims} <= ids
    # the claims quoted from the article link to their passage and back
    [ref] = root.find_all("a", id="quote-fled")
    assert ref.attrs["href"] == "#claim-fled"
    assert root.find_all("a", href="#quote-fled")


# The shipped departures have one date; a count the UN gave "as of Sunday" adds one.
DATED = """\
  - id: un-fled-sunday
    quote: "nearly all of the ethnic Armenian Christians who have lived in the region for centuries have fled"
    as_of: 2023-10-01
    quantity: karabakh.departed / karabakh.population
    value: nearly all

relations:
"""


def test_time_indexed_quantity_is_a_timeline(shipped):
    path = shipped / "karabakh-exodus.yaml"
    path.write_text(path.read_text("utf-8").replace("\nrelations:\n", "\n" + DATED, 1),
                    encoding="utf-8")
    root = parse(render(verify_paths([shipped]), "html"))
    [departed] = root.find_all("figure", data_quantity="karabakh.departed")
    assert "timeline" in departed.classes
    assert "trendline" in {c for e in departed.walk() for c in e.classes}
    [remaining] = root.find_all("figure", data_quantity="karabakh.remaining")
    assert "numberline" in remaining.classes  # one date: a number line


def test_unchecked_claims_are_marked_never_ok(shipped):
    report = verify_paths([shipped])
    root = parse(render(report, "html"))
    for claim_id in report.unchecked:
        [item] = root.find_all("li", id=f"claim-{claim_id}")
        assert "unchecked" in item.classes and "ok" not in item.all_text().split()
    [fled] = root.find_all("li", id="claim-fled")
    assert "ok" in fled.classes


def test_the_conflict_is_marked_with_its_arithmetic(shipped):
    plant_conflict(shipped)
    report = verify_paths([shipped])
    root = parse(render(report, "html"))
    [finding] = [e for e in root.find_all("article") if "error" in e.classes
                 and "inconsistency" in e.all_text()]
    text = finding.all_text()
    assert "over 100,000 of the estimated 120,000 residents" in text  # the quote
    assert "arithmetic: given the others" in text
    assert "fled" in text and "would agree if it were" in text
    for claim_id in ("fled", "residents"):
        [item] = root.find_all("li", id=f"claim-{claim_id}")
        assert "conflict" in item.classes
        rows = root.find_all("g", data_claim=claim_id)
        assert rows and all("conflict" in row.classes for row in rows)
    [population] = root.find_all("figure", data_quantity="karabakh.population")
    assert population.find_all("g", data_claim="residents")


def test_everything_from_a_file_is_escaped(registry):
    root = registry({"a.yaml": """\
        document:
          id: doc
          title: "<script>alert(1)</script>"
          url: "javascript:alert(2)"
          text: sources/article.txt
          published: 2023-10-03
        claims:
          - id: x"><b>1
            quantity: bus.passengers
            value: 15 people
            by: "<img src=x onerror=alert(3)>"
            quote: "<i>15 people</i>"
        """}, article=True)
    page = render(verify_paths([root]), "html")
    assert "<script>" not in page and "<img" not in page and "<i>" not in page
    assert "&lt;script&gt;" in page
    assert 'href="javascript:' not in page
    # such an id is refused (a schema finding), and its message is escaped too
    assert "x&quot;&gt;&lt;b&gt;1" in page and 'x"><b>1' not in page


def test_empty_registry(registry):
    page = render(verify_paths([registry({"a.yaml": "document:\n  id: d\n"})]), "html")
    root = parse(page)
    assert "No findings" in root.all_text() or root.find_all("article")
    assert not root.find_all("figure")


def test_cli_writes_the_page_and_exits_1_on_the_conflict(shipped, cli, workdir):
    plant_conflict(shipped)
    run = cli("verify", "--format", "html", "--output", "r.html")
    assert run.code == 1, run
    page = (workdir / "r.html").read_text("utf-8")
    assert page.startswith("<!DOCTYPE html>") and "\x1b[" not in page


def test_a_temperature_in_another_scale_is_charted_in_the_series_scale(tmp_path):
    from factcheck.report.formats.html_series import series

    (tmp_path / "r.yaml").write_text(
        "document:\n  id: heat\nclaims:\n"
        "  - {id: c, quantity: lytton.max_temperature, value: 46.6°C}\n"
        "  - {id: f, quantity: lytton.max_temperature, value: 115.88°F}\n", "utf-8")
    (one,) = series(verify_paths([tmp_path]))
    assert one.unit == "degree_Celsius"
    celsius, fahrenheit = one.claims
    assert (celsius.low, celsius.high) == (46.55, 46.65)
    # [115.875, 115.885] °F is ((F - 32) × 5/9) [46.5972.., 46.6027..] °C, not F × 5/9
    assert abs(fahrenheit.low - 46.597222) < 1e-5 and abs(fahrenheit.high - 46.602778) < 1e-5
