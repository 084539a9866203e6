"""Rules about one claim, or two claims of one document: dates and repeats."""

from __future__ import annotations

from collections.abc import Iterable

from ..findings import Finding, problem
from ..registry.model import Claim
from .base import Context, check


@check("repeated-claim", "warning")
def repeated_claims(context: Context) -> Iterable[Finding]:
    """A claim is entered twice.

    What it checks:
        The same document saying the same thing (same quote, quantity, date and
        value) about the same quantity twice.

    Why it matters:
        A repeated claim counts twice wherever claims are counted, and an edit to
        one copy leaves the other behind.

    Example that fails:
        document: {id: d, published: 2023-10-03}
        claims:
          - id: fled
            quantity: karabakh.departed
            value: over 100,000 people
          - id: fled-again
            quantity: karabakh.departed
            value: over 100,000 people

    Fixed:
        document: {id: d, published: 2023-10-03}
        claims:
          - id: fled
            quantity: karabakh.departed
            value: over 100,000 people

    How to fix:
        Remove one of the two claims.
    """
    seen: dict[tuple, Claim] = {}
    for claim in context.registry.claims:
        key = (claim.document.id, claim.quantity.replace(" ", ""), claim.date,
               claim.value_text, (claim.quote or "").strip().lower())
        first = seen.setdefault(key, claim)
        if first is not claim:
            yield problem("repeated-claim",
                          f"claim {claim.id!r} repeats claim {first.id!r} (same quote, "
                          f"quantity, date and value)", claim.location, (claim.id, first.id),
                          f"remove one, or keep {first.id!r} only")


@check("date", per_claim=True, voiced=True)
def dates_in_order(context: Context) -> Iterable[Finding]:
    """A claim's date is impossible.

    What it checks:
        A claim cannot speak of a day after its document was published: its `as_of`
        is on or before the document's `published`.

    Why it matters:
        A report cannot count what has not happened yet: such a date is a typo in
        the registry or a misread date in the article.

    Example that fails:
        document: {id: d, published: 2023-10-03}
        claims:
          - id: fled
            as_of: 2023-10-05
            quantity: karabakh.departed
            value: over 100,000 people

    Fixed:
        document: {id: d, published: 2023-10-03}
        claims:
          - id: fled
            as_of: 2023-10-02
            quantity: karabakh.departed
            value: over 100,000 people

    How to fix:
        Correct `as_of:` on the claim, or `published:` on its document.
    """
    yield from context.noticed_as("date")  # a dated quantity's claim without a date
    for claim in context.registry.claims:
        published = claim.document.published
        as_of = claim.as_of
        if as_of is None or published is None:
            continue
        day = as_of.date() if hasattr(as_of, "hour") else as_of
        if day > published:
            yield problem("date",
                          f"claim {claim.id!r} is dated {day.isoformat()}, after its "
                          f"document was published ({published.isoformat()})",
                          claim.location, (claim.id,),
                          "check `as_of`: a report cannot count what has not happened yet")
