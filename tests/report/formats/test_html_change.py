"""formats/html: a change claim ("doubled in a week": `x@D2 / x@D1`, "rose by 5,000":
`x@D2 - x@D1`) is drawn on its quantity's timeline as a bracket from the earlier date
to the later one, marked when it is part of a conflict."""

from __future__ import annotations

import re

from factcheck.report.formats import render
from factcheck.verify import verify_paths

from html_dom import parse

REGISTRY = """\
document:
  id: doc
  published: 2023-10-03
claims:
{dated}
  - id: change
    as_of: 2023-10-02
    quantity: {change}
    value: doubled
"""
DATED = """\
  - id: before
    as_of: 2023-09-25
    quantity: town.departed
    value: 50,000 people
  - id: after
    as_of: 2023-10-02
    quantity: town.departed
    value: {after}
"""
RATIO = "town.departed@2023-10-02 / town.departed@2023-09-25"


def page(tmp_path, after="99,000 people", change=RATIO, dated=True):
    text = REGISTRY.format(dated=DATED.format(after=after) if dated else "", change=change)
    (tmp_path / "town.yaml").write_text(text, encoding="utf-8")
    return parse(render(verify_paths([tmp_path]), "html"))


def departed(root):
    [figure] = root.find_all("figure", data_quantity="town.departed")
    return figure


def bracket_ends(group) -> tuple[float, float]:
    [path] = [e for e in group.walk() if "bracket" in e.classes]
    xs = [float(x) for x in re.findall(r"[MH](-?[\d.]+)", path.attrs["d"])]
    return xs[0], xs[1]


def bar_x(figure, claim_id: str) -> float:
    [group] = figure.find_all("g", data_claim=claim_id)
    [bar] = [e for e in group.walk() if "bar" in e.classes]
    return float(bar.attrs["x1"])


def test_the_change_is_a_bracket_between_its_two_dates(tmp_path):
    figure = departed(page(tmp_path))
    assert "timeline" in figure.classes
    [group] = figure.find_all("g", data_claim="change")
    assert group.classes == {"change"}  # 99,000 / 50,000 = 1.98: it agrees
    assert (group.attrs["data-from"], group.attrs["data-to"]) == ("2023-09-25", "2023-10-02")
    # the bracket's ends stand over the dated claims it compares
    assert bracket_ends(group) == (bar_x(figure, "before"), bar_x(figure, "after"))
    assert "change: doubled" in group.all_text()


def test_a_change_in_a_conflict_is_marked(tmp_path):
    # 90,000 / 50,000 is at most 90,500 / 49,500 = 1.83 < 1.95
    [group] = departed(page(tmp_path, after="90,000 people")).find_all("g", data_claim="change")
    assert "conflict" in group.classes
    assert "(conflict)" in group.all_text()  # not by colour alone


def test_a_change_alone_still_draws_its_quantity_in_time(tmp_path):
    figure = departed(page(tmp_path, dated=False))
    assert "timeline" in figure.classes
    [group] = figure.find_all("g", data_claim="change")
    assert group.attrs["data-from"] == "2023-09-25"


def test_a_side_without_a_date_speaks_of_the_claims_date(tmp_path):
    figure = departed(page(tmp_path, change="town.departed / town.departed@2023-09-25"))
    [group] = figure.find_all("g", data_claim="change")
    assert (group.attrs["data-from"], group.attrs["data-to"]) == ("2023-09-25", "2023-10-02")


def test_a_ratio_of_two_quantities_is_no_change(tmp_path):
    root = page(tmp_path, change="town.departed@2023-10-02 / town.population@2023-10-02")
    assert not [e for e in root.walk() if "change" in e.classes]
