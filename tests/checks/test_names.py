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


# Many names: the closest are looked up among the names sharing the most pieces.

def _registry_names(count: int) -> list[str]:
    places = [f"district_{i:04d}" for i in range(count // 4)]
    return [f"{p}.{m}" for p in places for m in ("departed", "remaining", "population",
                                                  "returned")]


def _typo(name: str, at: int) -> str:
    return name[:at] + name[at + 1:]  # a letter dropped


def score(a: str, b: str) -> float:
    import difflib
    return difflib.SequenceMatcher(None, b, a).ratio()


def test_closest_among_thousands_matches_comparing_with_every_name():
    from factcheck.checks.names import CANDIDATES, Closest
    import difflib
    known = _registry_names(2_000)
    closest = Closest(known)
    for name in known[::97]:
        for at in (3, len(name) - 4):
            typo = _typo(name, at)
            every = difflib.get_close_matches(typo, sorted(known), n=3, cutoff=0.8)
            # as close as comparing with every name (names equally close may differ)
            assert [score(typo, n) for n in closest(typo)] == [score(typo, n) for n in every]
            assert closest(typo)[0] == name
            assert len(closest._candidates(typo)) <= CANDIDATES  # the work is bounded


def test_a_few_names_are_all_compared():
    from factcheck.checks.names import Closest
    closest = Closest(["karabakh.departed", "karabakh.population"])
    assert closest._candidates("karabakh.departd") == ["karabakh.departed",
                                                        "karabakh.population"]
    assert closest("karabakh.departd") == ["karabakh.departed"]


def test_a_name_made_only_of_common_pieces_is_compared_with_every_name():
    from factcheck.checks.names import Closest
    known = [f"karabakh.m{i}" for i in range(500)]  # every piece of karabakh.m is common
    closest = Closest(known)
    assert closest._candidates("karabakh.m") == sorted(known)
    assert closest("karabakh.m")[0] in {f"karabakh.m{i}" for i in range(10)}
