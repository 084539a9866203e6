"""export claimreview: one schema.org ClaimReview per reviewed claim, rated by the
registry's verdict; an unchecked claim is never rated consistent."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from factcheck.report.claimreview import (CONSISTENT, CONTRADICTS, NOT_CHECKED,
                                          WITHIN_ROUNDING, claim_reviews)
from factcheck.verify import verify_paths

REGISTRY = """\
document:
  id: doc
  title: Exodus report
  url: https://example.org/exodus
  published: 2023-10-03
claims:
  - id: fled
    by: Armenian government
    quantity: karabakh.departed
    value: over 100,000 people
    status: reviewed
  - id: residents
    by: Armenian government
    quantity: karabakh.population
    value: estimated 120,000 people
    status: reviewed
  - id: wars
    quantity: region.recent_wars
    value: two
    status: reviewed
  - id: draft
    quantity: region.recent_wars_draft
    value: three
{more}relations:
  - id: accounting
    holds: karabakh.departed <= karabakh.population
"""
REQUIRED = ("claimReviewed", "url", "datePublished")


def reviews(tmp_path, more: str = "", text: str = REGISTRY):
    (tmp_path / "a.yaml").write_text(text.format(more=more), encoding="utf-8")
    report = verify_paths([tmp_path])
    return report, claim_reviews(report, "Desk", "https://example.org/checks",
                                 set(report.unchecked), dt.date(2023, 10, 5))


def rating(review) -> str:
    return review["reviewRating"]["alternateName"]


def test_one_review_per_reviewed_claim_with_the_fields_aggregators_read(tmp_path):
    _, found = reviews(tmp_path)
    assert [r["url"] for r in found] == [
        "https://example.org/checks#claim-fled", "https://example.org/checks#claim-residents",
        "https://example.org/checks#claim-wars"]  # the draft claim is not reviewed
    for review in found:
        assert review["@context"] == "https://schema.org"
        assert review["@type"] == "ClaimReview"
        assert all(review[key] for key in REQUIRED)
        assert review["author"] == {"@type": "Organization", "name": "Desk"}
        assert review["itemReviewed"]["author"]["name"]
        assert review["itemReviewed"]["datePublished"] == "2023-10-03"
        assert review["itemReviewed"]["appearance"]["url"] == "https://example.org/exodus"
    assert found[0]["itemReviewed"]["author"]["name"] == "Armenian government"
    assert found[2]["itemReviewed"]["author"]["name"] == "Exodus report"  # own voice


def test_ratings_follow_the_verdict(tmp_path):
    _, found = reviews(tmp_path)
    # fled and residents are tied by the relation (100,001 .. 132,000 agree);
    # nothing else speaks of region.recent_wars: unchecked, so not rated consistent
    assert [rating(r) for r in found] == [CONSISTENT, CONSISTENT, NOT_CHECKED]


def test_a_contradiction_is_rated_as_such(tmp_path):
    text = REGISTRY.replace("over 100,000 people", "over 140,000 people")
    _, found = reviews(tmp_path, text=text)
    assert [rating(r) for r in found[:2]] == [CONTRADICTS, CONTRADICTS]


def test_agreeing_only_within_rounding_is_said(tmp_path):
    # 100,000 bare -> [95,000, 105,000]; 98,000 -> [97,500, 98,500]: they agree as
    # rounded numbers, but 100,000 <= 98,000 is false read exactly
    text = REGISTRY.replace("over 100,000 people", "100,000 people").replace(
        "estimated 120,000 people", "98,000 people")
    _, found = reviews(tmp_path, text=text)
    assert [rating(r) for r in found[:2]] == [WITHIN_ROUNDING, WITHIN_ROUNDING]


@pytest.mark.parametrize("value", ["over 100,000 people", "unknowable words"])
def test_an_unchecked_or_unread_claim_is_never_rated_consistent(tmp_path, value):
    text = REGISTRY.replace("estimated 120,000 people", value).replace(
        "relations:\n  - id: accounting\n    holds: karabakh.departed <= karabakh.population\n",
        "")
    report, found = reviews(tmp_path, text=text)
    assert all(rating(r) == NOT_CHECKED for r in found)


def test_the_command(tmp_path, cli):
    (tmp_path / "a.yaml").write_text(REGISTRY.format(more=""), encoding="utf-8")
    run = cli("export", "claimreview", str(tmp_path), "--org", "Desk",
              "--url-base", "https://example.org/checks", "--date", "2023-10-05")
    assert run.code == 0, run
    data = json.loads(run.stdout)
    assert [r["datePublished"] for r in data] == ["2023-10-05"] * 3
    bad = cli("export", "claimreview", str(tmp_path), "--org", "Desk", "--url-base", "here")
    assert bad.code == 2 and "--url-base" in bad.stderr
