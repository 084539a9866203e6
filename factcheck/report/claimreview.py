"""ClaimReview: a fact-checker's finished work as schema.org JSON-LD, the markup that
search engines and fact-check aggregators read.

One review per claim a person has marked `status: reviewed`. Its rating is the
verdict of the whole registry on that claim, said in words: a claim that no check
could refuse (unchecked), or whose value or quote could not be confirmed, is "Not
checked", never "Consistent".
"""

from __future__ import annotations

import datetime as dt

CONSISTENT = "Consistent"
WITHIN_ROUNDING = "Consistent within rounding"
DISAGREES = "Disagrees with other sources"
CONTRADICTS = "Contradicts itself"
NOT_CHECKED = "Not checked"

# Findings on a claim that leave it unconfirmed: its words, number or unit unread.
_UNCONFIRMED = {"yaml", "schema", "unit", "value", "text", "quote", "quote-number",
                "date", "undecided"}


def verdict(report, claim, unchecked: set[str]) -> str:
    """What the registry as a whole says of one claim."""
    if claim.id in unchecked or claim.interval is None or claim.expr is None:
        return NOT_CHECKED
    rules = {(f.rule, f.severity) for f in report.findings if claim.id in f.claims}
    names = {rule for rule, _ in rules}
    if names & _UNCONFIRMED:
        return NOT_CHECKED
    if "inconsistency" in names or ("trend", "error") in rules:
        return CONTRADICTS
    if names & {"disagreement", "trend"}:
        return DISAGREES
    if "rounding" in names:
        return WITHIN_ROUNDING
    return CONSISTENT


def claim_reviews(report, org: str, url_base: str, unchecked: set[str],
                  reviewed_on: dt.date) -> list[dict]:
    """The JSON-LD objects, one per reviewed claim, in registry order."""
    return [_review(report, claim, org, url_base, unchecked, reviewed_on)
            for claim in report.registry.claims if claim.status == "reviewed"]


def _review(report, claim, org, url_base, unchecked, reviewed_on) -> dict:
    document = claim.document
    item = {"@type": "Claim", "author": _author(claim)}
    if document.published is not None:
        item["datePublished"] = document.published.isoformat()
    if document.url:
        item["appearance"] = {"@type": "CreativeWork", "url": document.url}
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": f"{url_base.rstrip('#')}#claim-{claim.id}",
        "claimReviewed": claim.quote or claim.value_text,
        "datePublished": reviewed_on.isoformat(),
        "author": {"@type": "Organization", "name": org},
        "itemReviewed": item,
        "reviewRating": {"@type": "Rating",
                         "alternateName": verdict(report, claim, unchecked)},
    }


def _author(claim) -> dict:
    """Who made the claim: its `by`, else its document's outlet (its own voice),
    else the document's title. Typed Organization: a registry does not say whether
    a speaker is a person, and aggregators read the name."""
    document = claim.document
    name = claim.by or getattr(document, "outlet", None) or document.title or document.id
    return {"@type": "Organization", "name": name}
