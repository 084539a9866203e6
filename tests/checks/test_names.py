"""Rule `unknown-quantity`: a relation, a `quantities:` entry, a ratio in a claim or a
`within` that names something nothing declares is an error with the closest names;
names that are declared pass."""

import textwrap

from factcheck.verify import verify_paths

CLAIMS = """\
document:
  id: doc
  published: 2023-10-03
places:
  karabakh: {name: Nagorno-Karabakh}
claims:
  - id: fled
    quantity: karabakh.departed
    value: over 100,000 people
  - id: residents
    quantity: karabakh.population
    value: about 120,000 people
  - id: left
    as_of: 2023-10-02
    quantity: karabakh.remaining
    value: fewer than 1,500 people
"""


def _unknown(tmp_path, extra: str, dedent: bool = True) -> list:
    extra = textwrap.dedent(extra) if dedent else extra
    (tmp_path / "r.yaml").write_text(CLAIMS + extra, encoding="utf-8")
    return [f for f in verify_paths([tmp_path]).findings if f.rule == "unknown-quantity"]


def test_a_misspelled_quantity_in_a_relation_names_the_closest(tmp_path):
    [finding] = _unknown(tmp_path, """\
        relations:
          - id: accounting
            holds: karabakh.departd + karabakh.remaining <= karabakh.population
        """)
    assert finding.severity == "error"
    assert finding.message.startswith("karabakh.departd: no such quantity")
    assert "did you mean karabakh.departed?" in finding.message
    assert (finding.location.line, finding.location.column) == (19, 12)  # at `holds:`


def test_declared_names_pass_at_any_date(tmp_path):
    assert _unknown(tmp_path, """\
        quantities:
          karabakh.departed: {trend: non-decreasing}
        relations:
          - id: accounting
            holds: karabakh.departed + karabakh.remaining@2023-10-02 <= karabakh.population
        """) == []


def test_a_quantities_entry_nothing_uses_is_refused(tmp_path):
    [finding] = _unknown(tmp_path, """\
        quantities:
          karabakh.departd: {trend: non-decreasing}
        """)
    assert "karabakh.departd: no such quantity" in finding.message
    assert "karabakh.departed" in finding.message


SHARE = """\
  - id: share
    quantity: {place}.departed / {place}.population
    value: nearly all
"""


def test_a_ratio_part_needs_a_claim_or_a_declared_place(tmp_path):
    found = _unknown(tmp_path, SHARE.format(place="stepanakert"), dedent=False)
    assert sorted(f.message.split(":")[0] for f in found) == [
        "stepanakert.departed", "stepanakert.population"]
    assert all(f.claims == ("share",) for f in found)
    # the same share of a declared place passes: its counts need no claim of their own
    assert _unknown(tmp_path, SHARE.format(place="karabakh"), dedent=False) == []


def test_a_within_naming_no_place_is_reported_with_the_closest(tmp_path):
    text = CLAIMS.replace("  karabakh: {name: Nagorno-Karabakh}\n",
                          "  karabakh: {name: Nagorno-Karabakh}\n"
                          "  stepanakert: {name: Stepanakert, within: karabah}\n")
    (tmp_path / "r.yaml").write_text(text, encoding="utf-8")
    [finding] = [f for f in verify_paths([tmp_path]).findings
                 if f.rule in ("unknown-quantity", "schema")]
    assert finding.rule == "unknown-quantity"
    assert "'karabah', which is not a place" in finding.message
    assert "did you mean karabakh?" in finding.message
