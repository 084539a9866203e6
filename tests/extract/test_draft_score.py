"""The drafts scorer, worked by hand on a small gold registry, and the floor the
shipped article and the development set reach (a drafting change that lowers a
figure fails here; raise the floor when a change lifts it)."""

import datetime as dt
import sys
from pathlib import Path

import pytest

from factcheck.extract.draft_score import DocScore, Gold, score_document

ROOT = Path(__file__).resolve().parents[2]
TEXT = "The government said 100,100 people fled. Of 120,100 residents, 500 stayed."
GOLD = {
    "document": {"id": "d", "published": dt.date(2023, 10, 3), "outlet": "EFE"},
    "places": {"k": {"name": "Karabakh", "aliases": ["Artsakh"]}},
    "speakers": {"gov": {"name": "Armenian government", "aliases": ["government"]}},
    "claims": [
        {"id": "fled", "quote": "said 100,100 people fled", "by": "Armenian government",
         "quantity": "k.departed", "value": "100,100 people"},
        {"id": "pop", "quote": "Of 120,100 residents", "quantity": "k.population",
         "value": "120,100 people", "by": "EFE"},
        {"id": "stayed", "quote": "500 stayed", "quantity": "k.remaining",
         "value": "500 people", "as_of": dt.date(2023, 10, 2)},
    ],
}


def span(needle: str) -> list:
    start = TEXT.index(needle)
    return [start, start + len(needle)]


def test_figures_worked_by_hand():
    drafts = [
        # right in every field: "government" is an alias of the gold speaker, and the
        # subject "artsakh" spells the gold place k
        {"span": span("100,100"), "value": "100,100 people", "by": "the government",
         "quantity": "artsakh.departed"},
        # own voice both ways (the gold names the outlet); quantity a placeholder
        {"span": span("120,100"), "value": "120,100 people", "quantity": "unnamed_d.m2"},
        # no as_of: one field wrong
        {"span": span("500"), "value": "500 people", "quantity": "k.remaining"},
        # a draft of no gold claim: precision only
        {"span": [0, 3], "value": "3", "quantity": "unnamed_d.m9"},
    ]
    result = score_document("d", Gold(GOLD, TEXT), drafts)
    figures = result.figures()
    assert (result.gold, result.found, result.drafts) == (3, 3, 4)
    assert figures["recall"] == 1.0 and figures["precision"] == 0.75
    assert figures["value"] == 1.0 and figures["by"] == 1.0
    assert figures["as_of"] == round(2 / 3, 3) and figures["quantity"] == round(2 / 3, 3)
    assert figures["placeholders"] == round(1 / 3, 3)
    assert figures["zero_touch"] == round(1 / 3, 3)  # only "fled" needs no edit
    # no two gold claims share a quantity, nor do two drafts: no pair either way
    assert result.pairs == [0, 0, 0] and figures["quantity_pair_f1"] == 1.0


def test_pairs_count_claims_sharing_a_quantity():
    gold = dict(GOLD, claims=[dict(c, quantity="k.departed") for c in GOLD["claims"]])
    drafts = [{"span": span(n), "value": v, "quantity": q} for n, v, q in (
        ("100,100", "100,100 people", "k.departed"),
        ("120,100", "120,100 people", "k.departed"),
        ("500", "500 people", "k.remaining"))]
    result = score_document("d", Gold(gold, TEXT), drafts)
    # gold pairs: (fled, pop), (fled, stayed), (pop, stayed); drafts share (fled, pop)
    assert result.pairs == [1, 2, 0]
    assert result.figures()["quantity_pair_f1"] == round(2 * 1 * (1 / 3) / (1 + 1 / 3), 3)


def test_a_missed_claim_counts_against_recall_only():
    result = score_document("d", Gold(GOLD, TEXT), [])
    assert result.figures()["recall"] == 0.0 and result.misses[0][2] == ["missing"]
    total = DocScore("t")
    total.add(result)
    assert total.gold == 3 and total.found == 0


def test_an_age_is_the_same_number_however_it_is_spelled():
    text = "Pramila Lembe, 25, was saved."
    gold = {"document": {"id": "d", "published": dt.date(2023, 10, 3)}, "claims": [
        {"id": "age", "quote": "Pramila Lembe, 25", "quantity": "lembe.age",
         "value": "25 years"}]}
    start = text.index("25")

    def value_right(value: str) -> bool:
        draft = {"span": [start, start + 2], "value": value, "quantity": "lembe.age"}
        return score_document("d", Gold(gold, text), [draft]).misses == []

    # "25 years" reads [24.5, 25.5] and "25-year-old" [25, 26): both say the age 25
    assert value_right("25-year-old") and value_right("25 years old")
    # near misses: another age, or a span of months
    assert not value_right("26-year-old") and not value_right("25 months")


# Floors reached by the drafting rules (development set: fifteen articles, 126 gold
# claims, the last five added with their gold written before their drafts were seen;
# the shipped article: 22).
FLOORS = {
    "karabakh-exodus": {"recall": 1.0, "precision": 0.9, "by": 0.9, "as_of": 1.0,
                        "quantity_pair_f1": 1.0, "placeholders_at_most": 0.37,
                        "zero_touch": 0.4},
    "TOTAL": {"recall": 1.0, "by": 0.98, "as_of": 0.99, "quantity_pair_f1": 0.79,
              "placeholders_at_most": 0.05, "zero_touch": 0.77},
}


@pytest.fixture(scope="module")
def scored():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import score_drafts
    finally:
        sys.path.pop(0)
    total = DocScore("TOTAL")
    results = {}
    for path in sorted((ROOT / "tests" / "data" / "drafts").glob("*.yaml")):
        result = score_drafts.score_file(path)
        results[path.stem] = result.figures()
        if path.name != score_drafts.SHIPPED:
            total.add(result)
    results["TOTAL"] = total.figures()
    return results


@pytest.mark.parametrize("name", FLOORS)
def test_drafts_keep_their_floor(scored, name):
    figures, floor = scored[name], FLOORS[name]
    for key, low in floor.items():
        if key == "placeholders_at_most":
            assert figures["placeholders"] <= low, (name, figures)
        else:
            assert figures[key] >= low, (name, key, figures)
