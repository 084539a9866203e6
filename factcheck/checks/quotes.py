"""Quotes against their article: the quote is there, and it says the value's number."""

from __future__ import annotations

from collections.abc import Iterable

from ..findings import Finding, problem
from ..registry.model import Claim
from .base import Context, check
from .number_words import restated


@check("quote", per_claim=True)
def quotes_in_text(context: Context) -> Iterable[Finding]:
    """A claim's quote is not in its document's text.

    What it checks:
        Every quote occurs in its document's article, after normalising whitespace,
        typographic quotes and case; `...` stands for omitted text. The hint shows
        the closest passage of the article.

    Why it matters:
        A claim is only as good as its source: a quote that is not in the article
        may be misremembered, edited, or from another story.

    Example that fails:
        --- a.yaml
        document: {id: d, published: 2023-10-03, text: sources/a.txt}
        claims:
          - id: residents
            quote: "the estimated 130,000 residents"
            quantity: karabakh.population
            value: estimated 130,000 people
        --- sources/a.txt
        Over 100,000 of the estimated 120,000 residents have fled.

    Fixed:
        --- a.yaml
        document: {id: d, published: 2023-10-03, text: sources/a.txt}
        claims:
          - id: residents
            quote: "the estimated 120,000 residents"
            quantity: karabakh.population
            value: estimated 120,000 people
        --- sources/a.txt
        Over 100,000 of the estimated 120,000 residents have fled.

    How to fix:
        Copy the quote from the article; the hint shows the closest passage.
    """
    registry = context.registry
    from .quote_match import MAX_OMISSIONS, quote_found, too_many_omissions

    searched: dict[str, int] = {}  # document id -> characters searched for hints
    for claim in registry.claims:
        text = claim.document.text
        if not claim.quote or text is None:
            continue
        if omissions := too_many_omissions(claim.quote):
            yield problem("quote", f"the quote of claim {claim.id!r} leaves text "
                          f"out {omissions} times ('...'); factcheck follows at most "
                          f"{MAX_OMISSIONS}", claim.quote_location or claim.location,
                          (claim.id,), "quote one passage, or split the claim in several")
            continue
        if not quote_found(claim.quote, text):
            hint = _closest_hint(claim, text, searched)
            yield problem("quote", f"the quote of claim {claim.id!r} is not in the "
                          f"text of {claim.document.id!r}",
                          claim.quote_location or claim.location, (claim.id,), hint)


# The closest passage costs a pass over the whole text: for each document, hints are
# searched while the characters searched stay within a few times its length, so that
# thousands of wrong quotes against a long text (a hostile pull request) cost time in
# proportion to the text, not to the text times the quotes.
HINT_BUDGET_TEXTS, HINT_BUDGET_CHARACTERS = 4, 2_000_000


def _closest_hint(claim: Claim, text: str, searched: dict[str, int]) -> str | None:
    from .passages import closest_passage

    spent = searched.get(claim.document.id, 0)
    if spent + len(text) > HINT_BUDGET_TEXTS * len(text) + HINT_BUDGET_CHARACTERS:
        return ("check the quote against the text (so many quotes of this document are "
                "missing that the closest passage is not searched for each)")
    searched[claim.document.id] = spent + len(text)
    passage = closest_passage(claim.quote, text)
    return f'the closest passage is: "{passage}"' if passage else None


@check("quote-number", per_claim=True)
def value_number_in_quote(context: Context) -> Iterable[Finding]:
    """A claim's value restates no number of its quote.

    What it checks:
        The number in `value` is one of the numbers of the quote, in digits or in
        words ("nine-month" for "a nine-month blockade"). A value without digits
        ("counted on one hand", "nearly all") passes when its words are in the
        quote. The unit word may differ; the number may not.

    Why it matters:
        The value is what gets checked, the quote is what the source said: when the
        two disagree, a verdict would be about a number nobody printed.

    Example that fails:
        --- a.yaml
        document: {id: d, published: 2023-10-03, text: sources/a.txt}
        claims:
          - id: fled
            quote: "over 100,000 of the estimated 120,000 residents"
            quantity: karabakh.departed
            value: over 110,000 people
        --- sources/a.txt
        Over 100,000 of the estimated 120,000 residents have fled.

    Fixed:
        --- a.yaml
        document: {id: d, published: 2023-10-03, text: sources/a.txt}
        claims:
          - id: fled
            quote: "over 100,000 of the estimated 120,000 residents"
            quantity: karabakh.departed
            value: over 100,000 people
        --- sources/a.txt
        Over 100,000 of the estimated 120,000 residents have fled.

    How to fix:
        Make the value restate the quote's number, or fix the quote.
    """
    registry, table = context.registry, context.table
    from ..grammar import find_numbers

    for claim in registry.claims:
        if not claim.quote or claim.value_text.startswith("{"):
            continue
        language = claim.document.language

        def numbers(text, language=language):
            return _numbers_in(find_numbers, text, table, language)

        missing = _missing_numbers(claim, numbers)
        if missing:
            yield problem("quote-number",
                          f"claim {claim.id!r}: {missing} in the value is not a number of "
                          "its quote", claim.value_location or claim.location, (claim.id,),
                          "the value must restate the quote's number; fix one or the other")


# The same values ("over 1,000 people") and quotes come back again and again in a
# large registry: their numbers are read once per process. Keyed by the reader too,
# so a replaced reader (a test) never sees another one's answers.
_NUMBERS: dict[tuple, tuple] = {}
_NUMBERS_KEPT = 20_000


def _numbers_in(find_numbers, text: str, table, language: str | None = None) -> list:
    key = (find_numbers, id(table), text, language)
    found = _NUMBERS.get(key)
    if found is None:
        if len(_NUMBERS) >= _NUMBERS_KEPT:
            _NUMBERS.clear()
        numbers = find_numbers(text, table, language=language) if language is not None \
            else find_numbers(text, table)  # a test's replaced reader takes no language
        found = _NUMBERS[key] = (table, numbers)  # table kept: id stays its
    return found[1]


def _missing_numbers(claim: Claim, find_numbers) -> str | None:
    in_value = find_numbers(claim.value_text)
    if not in_value:  # number words: the unit word may differ (number_words.py)
        return None if restated(claim.value_text, claim.quote) else repr(claim.value_text)
    in_quote = {n.value for n in find_numbers(claim.quote)}
    for number in in_value:
        if number.value not in in_quote:
            return repr(number.text)
    return None
