"""formats/json_format: the one JSON object of the contract, checked field by field."""

from __future__ import annotations

import json

import pytest

from factcheck.report.formats import render
from factcheck.report.formats.json_format import as_dict
from factcheck.verify import verify_paths

def test_shipped_registry(shipped, contract):
    report = verify_paths([shipped])
    text = render(report, "json")
    assert text.endswith("}\n") and text.count("\n}\n") == 1
    data = contract.loads(text)
    contract.validate(data, claims=len(report.registry.claims))
    assert data["summary"]["errors"] == 0
    quantities = data["quantities"]
    assert quantities["karabakh.population"] == {
        "low": 108000, "high": 132000, "low_open": False, "high_open": False,
        "unit": "person"}
    assert quantities["karabakh.remaining@2023-10-02"] == {
        "low": 0, "high": 1499, "low_open": False, "high_open": False, "unit": "person"}
    assert quantities["journey.duration"] == {
        "low": 0, "high": 40, "low_open": False, "high_open": False, "unit": "hour"}
    assert quantities["blockade.duration"]["unit"] == "month"
    assert list(quantities) == sorted(quantities)


def test_acceptance_finding_in_json(shipped, contract):
    path = shipped / "karabakh-exodus.yaml"
    text = path.read_text("utf-8")
    path.write_text(text.replace("value: over 100,000 people", "value: over 140,000 people"))
    report = verify_paths([shipped])
    data = contract.loads(render(report, "json"))
    contract.validate(data, claims=len(report.registry.claims))
    [conflict] = [f for f in data["findings"] if f["rule"] == "inconsistency"]
    line = text[:text.index("value: over 100,000 people")].count("\n") + 1
    assert conflict == {
        "rule": "inconsistency", "severity": "error", "message": conflict["message"],
        "file": "claims/karabakh-exodus.yaml", "line": line, "column": 12,
        "claims": ["fled", "residents", "accounting"],
        "hint": "fled would agree if it were at most 132,000 people; residents would "
                "agree if it were at least 140,001 people",
        "arithmetic": conflict["arithmetic"],
        # the registry allows 120,000 ± 10 % = 132,000 residents at most, and more
        # than 140,000 fled: each claim's nearest agreeing value is the other's end
        "nearest": {"fled": "at most 132,000 people",
                    "residents": "at least 140,001 people"}}
    assert "cannot all be true" in conflict["message"]
    members, sums = conflict["arithmetic"][:3], conflict["arithmetic"][3:]
    assert [line.split(":")[0] for line in members] == [
        "fled (Armenian government)", "residents (Armenian government)",
        "relation accounting"]
    assert sums == ["arithmetic: given the others, karabakh.departed@2023-10-03 − "
                    "karabakh.population + karabakh.remaining@2023-10-03 is at least "
                    "140,001 − 132,000 + 0 = 8,001, but relation accounting needs it ≤ 0"]
    assert not any(k.startswith("karabakh.") for k in data["quantities"])


UNBOUNDED = {"a.yaml": """\
    document:
      id: d
      published: 2023-10-03
    claims:
      - id: over
        quantity: town.departed
        value: {low: 100000, high: null, low_open: true, unit: person}
      - id: day
        quantity: war.start
        value: 2023-09-19
      - id: free
        quantity: town.change
        value: {low: -5, high: null}
    places:
      x: {within: nowhere}
    """}


def test_unbounded_ends_dates_and_null_hints(registry, contract):
    report = verify_paths([registry(UNBOUNDED)])
    data = contract.loads(render(report, "json"))
    contract.validate(data, claims=3)
    assert data["quantities"]["town.departed"]["low"] == 100001  # whole people
    assert data["quantities"]["town.departed"]["high"] is None
    assert data["quantities"]["town.change"] == {
        "low": -5, "high": None, "low_open": False, "high_open": False, "unit": None}
    assert data["quantities"]["war.start"] == {
        "low": "2023-09-19", "high": "2023-09-19", "low_open": False, "high_open": False,
        "unit": "day"}
    [finding] = data["findings"]
    assert (finding["rule"], finding["line"], finding["column"]) == ("unknown-quantity", 15, 15)


def test_findings_without_position_or_hint(registry, contract):
    report = verify_paths([registry({"a.yaml": "- a\n", "b.yaml": "document: {id: x}\n"})])
    data = as_dict(report)
    contract.validate(data, claims=0)
    assert json.loads(render(report, "json")) == data


def test_json_is_not_coloured_on_a_terminal(shipped, monkeypatch, contract):
    import sys

    monkeypatch.setattr(sys.stdout, "isatty", lambda: True, raising=False)
    text = render(verify_paths([shipped]), "json")
    assert "\x1b[" not in text
    contract.loads(text)


@pytest.mark.parametrize("value", ["over 100,000 people", "between 55,000 and 75,000 people",
                                   "nine-month", "counted on one hand"])
def test_every_quantity_range_is_valid_json(registry, value, contract):
    report = verify_paths([registry({"a.yaml": f"""\
        document:
          id: d
          published: 2023-10-03
        claims:
          - id: c
            quantity: x.count
            value: {value}
        """})])
    data = contract.loads(render(report, "json"))
    contract.validate(data, claims=1)
    assert list(data["quantities"]) == ["x.count"]
