"""factcheck explain: one claim or quantity, every claim on it with its interval,
what the registry implies, and the findings that name them."""

from __future__ import annotations

from factcheck.report.explain_text import explain_text
from factcheck.verify import verify_paths


def test_explain_fled(shipped, position):
    report = verify_paths([shipped])
    text = (shipped / "karabakh-exodus.yaml").read_text("utf-8")
    line, column = position(text, "id: fled")
    out = explain_text(report, "fled")
    assert out.splitlines()[:4] == [
        f"claim fled (claims/karabakh-exodus.yaml:{line}:{column})",
        "  quote: 'over 100,000 of the estimated 120,000 residents of Karabakh have "
        "already fled'",
        "  by: Armenian government",
        ""]
    on_departed = [c for c in report.registry.claims if "karabakh.departed" in c.quantity]
    assert {c.id for c in on_departed} >= {"fled", "nearly-all-fled", "virtually-entire"}
    section = out[out.index("quantity karabakh.departed\n"):]
    for claim in on_departed:
        assert (f"  {claim.id}: {claim.quantity} is {claim.value_text!r} → "
                f"{claim.interval.describe()}"
                + (f" as of {claim.as_of}" if claim.as_of else "") + "  [") in section
    assert "  fled: karabakh.departed is 'over 100,000 people' → (100,000, ∞) people  " \
           "[ok]" in section
    assert "  implied: karabakh.departed@2023-10-03 in [102,600, 131,999] people\n" in section
    assert out.endswith("\n") and not out.endswith("\n\n")


def test_explain_quantity_is_the_same_section(shipped):
    report = verify_paths([shipped])
    by_claim = explain_text(report, "fled")
    by_quantity = explain_text(report, "karabakh.departed")
    assert by_quantity.startswith("quantity karabakh.departed\n")
    assert by_quantity in by_claim


def test_explain_a_ratio_claim_shows_both_quantities(shipped):
    out = explain_text(verify_paths([shipped]), "nearly-all-fled")
    assert "by: karabakh-exodus (the document itself)" in out
    assert "quantity karabakh.departed\n" in out and "quantity karabakh.population\n" in out
    assert "  implied: karabakh.population in [108,000, 132,000] people" in out
    assert "  residents: karabakh.population is 'estimated 120,000 people' → " \
           "[108,000, 132,000] people" in out


def test_explain_unknown_is_none(shipped):
    assert explain_text(verify_paths([shipped]), "nope") is None
    assert explain_text(verify_paths([shipped]), "karabakh.nope") is None


RELATED = {"a.yaml": """\
    document:
      id: d
      published: 2023-10-03
    claims:
      - id: total
        by: Census office
        quantity: town.population
        value: {low: 100, high: 200, unit: person}
      - id: left
        by: Mayor
        quantity: town.departed
        value: {low: 300, high: 400, unit: person}
    relations:
      - id: part
        holds: town.children <= town.population
      - id: accounting
        holds: town.departed <= town.population
    """}


def test_explain_a_quantity_bound_only_by_a_relation(registry):
    """No claim speaks of town.children, but a relation does and the registry implies
    a range for it: it is a quantity of the registry."""
    calm = RELATED["a.yaml"].replace("low: 300, high: 400", "low: 30, high: 40")
    report = verify_paths([registry({"a.yaml": calm})])
    assert explain_text(report, "town.children") == (
        "quantity town.children\n"
        "  bound by: relation part: town.children <= town.population\n"
        "  implied: town.children in [0, 200] people\n")


def test_explain_a_relation_only_quantity_in_a_conflict(registry):
    report = verify_paths([registry(RELATED)])
    assert explain_text(report, "town.children") == (
        "quantity town.children\n"
        "  bound by: relation part: town.children <= town.population\n"
        "  implied: (no range: the quantity is in a conflict or unread)\n")


def test_explain_a_conflict_lists_its_findings(registry):
    report = verify_paths([registry(RELATED)])
    out = explain_text(report, "left")
    assert "  left: town.departed is '{low: 300, high: 400, low_open: false, high_open: " \
           "false, unit: person}' → [300, 400] people  " \
           "[warning: disagreement]" in out
    assert "  implied: (no range: the quantity is in a conflict or unread)" in out
    findings = out[out.index("findings\n"):]
    assert "  reg/a.yaml:8:12: warning [disagreement] sources disagree: claim total, " \
           "claim left, relation accounting cannot all be true" in findings


def test_explain_an_unread_claim(registry):
    report = verify_paths([registry({"a.yaml": """\
        document:
          id: d
          published: 2023-10-03
        claims:
          - id: odd
            quantity: x.count
            value: umpteen people
        """})])
    out = explain_text(report, "odd")
    assert "  odd: x.count is 'umpteen people' → (unread)  " \
           "[error: value]" in out
    assert "  reg/a.yaml:7:12: error [value]" in out
