"""The checks over a loaded registry, registered in one place.

Each check is a small function `(registry) -> iterable of Finding`. Its docstring
says what passes and what fails. The consistency check (engine) runs after these,
in `verify`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from ..findings import Finding
from ..registry.model import Claim, Registry

Check = Callable[[Registry], Iterable[Finding]]
CHECKS: dict[str, Check] = {}
_READ_NUMBERS: set[str] = set()  # checks that read numbers: given the phrase table
# Checks whose findings on a claim depend on that claim (and its document) alone: on
# a large registry they run file by file while loading (load.py).
_PER_CLAIM: set[str] = set()


def check(name: str, reads_numbers: bool = False, per_claim: bool = False):
    def register(function: Check) -> Check:
        CHECKS[name] = function
        if reads_numbers:
            _READ_NUMBERS.add(name)
        if per_claim:
            _PER_CLAIM.add(name)
        return function
    return register


@check("quote", per_claim=True)
def quotes_in_text(registry: Registry) -> Iterable[Finding]:
    """Every quote occurs in its document's text.

    PASS: quote "the estimated 120,000 residents of Karabakh" against an article
    holding “the estimated 120,000 residents of Karabakh”.
    FAIL: quote "the estimated 130,000 residents", with the closest passage as hint.
    """
    from .quote_match import MAX_OMISSIONS, find_quote, too_many_omissions

    searched: dict[str, int] = {}  # document id -> characters searched for hints
    for claim in registry.claims:
        text = claim.document.text
        if not claim.quote or text is None:
            continue
        if omissions := too_many_omissions(claim.quote):
            yield Finding("quote", "error", f"the quote of claim {claim.id!r} leaves text "
                          f"out {omissions} times ('...'); factcheck follows at most "
                          f"{MAX_OMISSIONS}", claim.quote_location or claim.location,
                          (claim.id,), "quote one passage, or split the claim in several")
            continue
        if find_quote(claim.quote, text) is None:
            hint = _closest_hint(claim, text, searched)
            yield Finding("quote", "error", f"the quote of claim {claim.id!r} is not in the "
                          f"text of {claim.document.id!r}",
                          claim.quote_location or claim.location, (claim.id,), hint)


# The closest passage costs a pass over the whole text: for each document, hints are
# searched while the characters searched stay within a few times its length, so that
# thousands of wrong quotes against a long text (a hostile pull request) cost time in
# proportion to the text, not to the text times the quotes.
HINT_BUDGET_TEXTS, HINT_BUDGET_CHARACTERS = 4, 2_000_000


def _closest_hint(claim: Claim, text: str, searched: dict[str, int]) -> str | None:
    from .quote_match import closest_passage

    spent = searched.get(claim.document.id, 0)
    if spent + len(text) > HINT_BUDGET_TEXTS * len(text) + HINT_BUDGET_CHARACTERS:
        return ("check the quote against the text (so many quotes of this document are "
                "missing that the closest passage is not searched for each)")
    searched[claim.document.id] = spent + len(text)
    passage = closest_passage(claim.quote, text)
    return f'the closest passage is: "{passage}"' if passage else None


@check("quote-number", reads_numbers=True, per_claim=True)
def value_number_in_quote(registry: Registry, table=None) -> Iterable[Finding]:
    """The number in `value` is a number of the quote, in digits or in words.

    PASS: value "over 100,000 people", quote "over 100,000 of the estimated ...".
    PASS: value "nine-month", quote "a nine-month blockade" (9 in words both sides).
    FAIL: value "over 110,000 people" with that same quote.
    A value with no number ("counted on one hand") passes when its words are in the
    quote.
    """
    from ..grammar import find_numbers

    def numbers(text):
        return _numbers_in(find_numbers, text, table)

    for claim in registry.claims:
        if not claim.quote or claim.value_text.startswith("{"):
            continue
        missing = _missing_numbers(claim, numbers)
        if missing:
            yield Finding("quote-number", "error",
                          f"claim {claim.id!r}: {missing} in the value is not a number of "
                          "its quote", claim.value_location or claim.location, (claim.id,),
                          "the value must restate the quote's number; fix one or the other")


# The same values ("over 1,000 people") and quotes come back again and again in a
# large registry: their numbers are read once per process. Keyed by the reader too,
# so a replaced reader (a test) never sees another one's answers.
_NUMBERS: dict[tuple, tuple] = {}
_NUMBERS_KEPT = 20_000


def _numbers_in(find_numbers, text: str, table) -> list:
    key = (find_numbers, id(table), text)
    found = _NUMBERS.get(key)
    if found is None:
        if len(_NUMBERS) >= _NUMBERS_KEPT:
            _NUMBERS.clear()
        found = _NUMBERS[key] = (table, find_numbers(text, table))  # table kept: id stays its
    return found[1]


def _missing_numbers(claim: Claim, find_numbers) -> str | None:
    in_value = find_numbers(claim.value_text)
    if not in_value:
        words = " ".join(claim.value_text.lower().split())
        quote = " ".join(claim.quote.lower().replace("“", "").replace("”", "").split())
        # whole words only: "all" is not in "the fall of Artsakh"
        found = re.search(rf"(?<!\w){re.escape(words)}(?!\w)", quote)
        return None if found else repr(claim.value_text)
    in_quote = {n.value for n in find_numbers(claim.quote)}
    for number in in_value:
        if number.value not in in_quote:
            return repr(number.text)
    return None


@check("duplicate")
def duplicate_claims(registry: Registry) -> Iterable[Finding]:
    """The same document saying the same thing about the same quantity on the same
    date twice is one claim entered twice.

    PASS: two claims on karabakh.departed at different dates.
    FAIL: two claims with the same quantity, date, value and quote in one document.
    """
    seen: dict[tuple, Claim] = {}
    for claim in registry.claims:
        key = (claim.document.id, claim.quantity.replace(" ", ""), claim.date,
               claim.value_text, (claim.quote or "").strip().lower())
        first = seen.setdefault(key, claim)
        if first is not claim:
            yield Finding("duplicate", "warning",
                          f"claim {claim.id!r} repeats claim {first.id!r} (same quote, "
                          f"quantity, date and value)", claim.location, (claim.id, first.id),
                          f"remove one, or keep {first.id!r} only")


@check("date", per_claim=True)
def dates_in_order(registry: Registry) -> Iterable[Finding]:
    """A claim cannot speak of a day after its document was published.

    PASS: as_of 2023-10-02 in a document published 2023-10-03 (or the same day).
    FAIL: as_of 2023-10-05 in that document.
    """
    for claim in registry.claims:
        published = claim.document.published
        as_of = claim.as_of
        if as_of is None or published is None:
            continue
        day = as_of.date() if hasattr(as_of, "hour") else as_of
        if day > published:
            yield Finding("date", "error",
                          f"claim {claim.id!r} is dated {day.isoformat()}, after its "
                          f"document was published ({published.isoformat()})",
                          claim.location, (claim.id,),
                          "check `as_of`: a report cannot count what has not happened yet")


@check("value", per_claim=True)
def no_negative_amounts(registry: Registry) -> Iterable[Finding]:
    """Counts of people and durations are never negative.

    PASS: "fewer than 1,500 people" ([0, 1,500)), "as long as 40 hours".
    FAIL: {low: -5, high: -1, unit: day}: the whole interval is below zero.
    """
    for claim in registry.claims:
        interval = claim.interval
        if interval is not None and interval.kind in ("count", "duration") \
                and interval.below_zero:
            what = "a duration" if interval.kind == "duration" else "a count"
            yield Finding("value", "error", f"claim {claim.id!r}: {what} cannot be negative "
                          f"({interval.describe()})", claim.value_location or claim.location,
                          (claim.id,), "write the amount as a positive number")


@check("unknown-quantity")
def names_that_exist(registry: Registry) -> Iterable[Finding]:
    """A relation, a `quantities:` entry or a ratio names only quantities that a claim
    or a `quantities:` entry declares.

    PASS: relation karabakh.departed + karabakh.remaining <= karabakh.population, each
    of the three claimed.
    FAIL: relation karabakh.departd <= karabakh.population: "karabakh.departd: no such
    quantity ...; did you mean karabakh.departed?".
    """
    from .names import unknown_names

    return unknown_names(registry)


def run_all(registry: Registry, table=None, done: dict[str, list[Finding]] | None = None
            ) -> list[Finding]:
    """`table`: the phrase table the registry's values were read with (None: shipped).
    `done`: per-claim checks already run over every claim (load.Loaded.checked)."""
    findings: list[Finding] = []
    for name, function in CHECKS.items():
        if done is not None and name in _PER_CLAIM:
            findings.extend(done.get(name, ()))
            continue
        findings.extend(function(registry, table) if name in _READ_NUMBERS
                        else function(registry))
    return findings


def per_claim_findings(registry: Registry, table=None) -> dict[str, list[Finding]]:
    """The per-claim checks' findings on these claims, check by check."""
    return {name: list(CHECKS[name](registry, table) if name in _READ_NUMBERS
                       else CHECKS[name](registry))
            for name in CHECKS if name in _PER_CLAIM}
