"""The per-claim checks (quote, quote-number, repeated-claim, date, value), each tested
on its docstring's examples and on the edges around them."""

from __future__ import annotations

import pytest

from factcheck import checks
from factcheck.registry.load import load

from registry_texts import ARTICLE_DOCUMENT

HEAD = ARTICLE_DOCUMENT


def claim(id: str, quote: str, value: str, quantity: str = "karabakh.population",
          as_of: str | None = None) -> str:
    dated = f"    as_of: {as_of}\n" if as_of else ""
    return (f"  - id: {id}\n    quote: {quote}\n{dated}"
            f"    quantity: {quantity}\n    value: {value}\n")


def run(registry, *claims: str, check: str | None = None, text: bool = True):
    head = HEAD if text else HEAD.replace("  text: sources/article.txt\n", "")
    root = registry({"a.yaml": head + "".join(claims)}, article=True)
    loaded = load([root])
    assert loaded.findings == [], [(f.rule, f.message) for f in loaded.findings]
    context = checks.Context(loaded.registry)
    if check is None:
        return checks.settle(checks.run(context))
    return checks.settle(checks.CHECKS[check].function(context))


def where(finding) -> tuple:
    return finding.rule, finding.severity, finding.file, finding.line, finding.column, \
        finding.claims


# ---------------------------------------------------------------- the registry of checks

def test_registered_checks():
    assert {"quote", "quote-number", "repeated-claim", "date", "value"} <= set(checks.CHECKS)


# ---------------------------------------------------------------- quote

def test_quote_pass_example(registry):
    """The docstring's PASS: plain quotes in YAML, typographic ones in the article."""
    found = run(registry, claim("residents", '"the estimated 120,000 residents of Karabakh"',
                                "estimated 120,000 people"), check="quote")
    assert found == []


@pytest.mark.parametrize("quote", [
    '"the estimated   120,000\\n residents of Karabakh"',  # whitespace folds
    '"THE ESTIMATED 120,000 RESIDENTS OF KARABAKH"',  # case
    '"over 100,000 of the estimated ... residents of Karabakh have already fled"',
    '"could be counted on one hand"',  # inner typographic quotes dropped
    "\"Stepanakert's population was somewhere between 55,000 and 75,000\"",
])
def test_quote_normalisations(registry, quote):
    assert run(registry, claim("c", quote, "{low: 1, high: 2, unit: person}"),
               check="quote") == []


def test_quote_fail_example_gives_the_closest_passage(registry):
    found = run(registry, claim("residents", '"the estimated 130,000 residents of Karabakh"',
                                "estimated 130,000 people"), check="quote")
    assert [where(f) for f in found] == [
        ("quote", "error", "reg/a.yaml", 8, 12, ("residents",))]
    assert "'residents'" in found[0].message and "'doc'" in found[0].message
    assert found[0].hint == 'the closest passage is: "the estimated 120,000 residents of Karabakh"'


def test_closest_passages_are_searched_within_a_budget_per_document(registry):
    # A text of exactly 100,000 characters: hints are searched while the characters
    # searched stay within 4 × 100,000 + 2,000,000 = 2,400,000, that is for the first
    # 24 missing quotes; the 25th to 30th get the plain hint, at no cost.
    quotes = [claim(f"q{i}", f'"the town of Stepanakert had {60_000 + i} residents"',
                    f"{60_000 + i} people", quantity=f"town.residents{i}")
              for i in range(30)]
    root = registry({"a.yaml": HEAD + "".join(quotes)}, article=True)
    sentence = "The town of Stepanakert had 55,000 residents before the exodus. "
    text = (sentence * (100_000 // len(sentence) + 1))[:100_000]
    assert len(text) == 100_000
    (root / "sources" / "article.txt").write_text(text, encoding="utf-8")
    found = list(checks.CHECKS["quote"].function(checks.Context(load([root]).registry)))
    assert [f.claims for f in found] == [(f"q{i}",) for i in range(30)]
    hints = [f.hint for f in found]
    assert hints[:24] == ['the closest passage is: "The town of Stepanakert had 55,000 '
                          'residents"'] * 24
    assert all(h.startswith("check the quote against the text (so many quotes of this "
                            "document are missing") for h in hints[24:])


def test_quote_is_matched_on_word_boundaries(registry):
    found = run(registry, claim("bus", '"carrying 5 refugees"', "5 refugees",
                                quantity="last_bus.passengers"), check="quote")
    assert [where(f) for f in found] == [
        ("quote", "error", "reg/a.yaml", 8, 12, ("bus",))]
    assert "carrying 15 refugees" in found[0].hint


def test_no_quote_check_without_a_text(registry):
    found = run(registry, claim("c", '"words the article never said"', "5 people"),
                check="quote", text=False)
    assert found == []


def test_claim_without_quote_is_not_quote_checked(registry):
    text = "  - id: c\n    quantity: a.b\n    value: 5 people\n"
    assert run(registry, text) == []


# ---------------------------------------------------------------- quote-number

FLED = '"over 100,000 of the estimated 120,000 residents of Karabakh have already fled"'


@pytest.mark.parametrize("quote, value", [
    (FLED, "over 100,000 people"),  # PASS example
    ('"The exodus followed a nine-month Azerbaijani blockade"', "nine-month"),
    ('"The exodus followed a nine-month Azerbaijani blockade"', "9 months"),
    ('"the number of civilians remaining in Stepanakert could be “counted on one hand.”"',
     "counted on one hand"),  # no number: its words are in the quote
    ('"charging hundreds of them with war crimes"', "hundreds"),
    ('"Virtually the entire population decamped for Armenia last week"',
     "virtually the entire"),
])
def test_quote_number_pass(registry, quote, value):
    assert run(registry, claim("c", quote, value), check="quote-number") == []


def test_quote_number_fail_example(registry):
    found = run(registry, claim("fled", FLED, "over 110,000 people",
                                quantity="karabakh.departed"), check="quote-number")
    assert [where(f) for f in found] == [
        ("quote-number", "error", "reg/a.yaml", 10, 12, ("fled",))]
    assert "'110,000'" in found[0].message


def test_quote_number_fails_for_number_less_words_not_in_the_quote(registry):
    found = run(registry, claim("c", '"charging hundreds of them with war crimes"',
                                "thousands"), check="quote-number")
    assert [where(f) for f in found] == [
        ("quote-number", "error", "reg/a.yaml", 10, 12, ("c",))]
    assert "'thousands'" in found[0].message


def test_quote_number_words_match_whole_words(registry):
    """'all' is not in "The fall of Artsakh": a piece of a word is not the word."""
    found = run(registry, claim(
        "c", '"The fall of Artsakh created an enormous rift between Armenia and Russia"',
        "all", quantity="a.b / a.c"), check="quote-number")
    assert [where(f) for f in found] == [
        ("quote-number", "error", "reg/a.yaml", 10, 12, ("c",))]


def test_quote_number_skips_explicit_values(registry):
    assert run(registry, claim("c", FLED, "{low: 140000, high: null, unit: person}"),
               check="quote-number") == []


# ---------------------------------------------------------------- duplicate

def test_repeated_claim_pass_example_different_dates(registry):
    found = run(registry,
                claim("a", FLED, "over 100,000 people", "karabakh.departed", "2023-10-01"),
                claim("b", FLED, "over 100,000 people", "karabakh.departed", "2023-10-02"),
                check="repeated-claim")
    assert found == []


def test_repeated_claim_fail_example(registry):
    found = run(registry,
                claim("a", FLED, "over 100,000 people", "karabakh.departed"),
                claim("b", FLED.upper(), "over 100,000 people", "karabakh.departed "),
                check="repeated-claim")
    assert [where(f) for f in found] == [
        ("repeated-claim", "warning", "reg/a.yaml", 11, 5, ("b", "a"))]
    assert "'b' repeats claim 'a'" in found[0].message


def test_repeated_claim_needs_the_same_value(registry):
    found = run(registry,
                claim("a", FLED, "over 100,000 people", "karabakh.departed"),
                claim("b", FLED, "more than 100,000 people", "karabakh.departed"),
                check="repeated-claim")
    assert found == []


def test_run_all_runs_every_check(registry):
    found = run(registry,
                claim("a", '"the estimated 130,000 residents"', "estimated 130,000 people"),
                claim("b", '"the estimated 130,000 residents"', "estimated 130,000 people"))
    assert sorted((f.rule, f.claims) for f in found) == [
        ("quote", ("a",)), ("quote", ("b",)), ("repeated-claim", ("b", "a"))]


# ---------------------------------------------------------------- date and value

def test_date_pass_and_fail_examples(registry):
    found = run(registry,
                claim("same-day", FLED, "over 100,000 people", "karabakh.departed",
                      "2023-10-03"),
                claim("before", FLED, "over 100,000 people", "karabakh.departed",
                      "2023-10-02"),
                claim("after", FLED, "over 100,000 people", "karabakh.departed",
                      "2023-10-05"), check="date")
    assert [where(f) for f in found] == [("date", "error", "reg/a.yaml", 17, 5, ("after",))]
    assert "2023-10-05" in found[0].message


@pytest.mark.parametrize("value, kind", [("{low: -5, high: -1, unit: day}", "duration"),
                                         ("{low: -5, high: -1, unit: person}", "count")])
def test_value_fail_example_negative_amounts(registry, value, kind):
    found = run(registry, "  - id: neg\n    quantity: a.b\n"
                          f"    value: {value}\n", check="value")
    assert [where(f) for f in found] == [("value", "error", "reg/a.yaml", 9, 12, ("neg",))]
    assert f"a {kind} cannot be negative" in found[0].message


@pytest.mark.parametrize("value", ["fewer than 1,500 people", "as long as 40 hours",
                                   "{low: -5, high: 3, unit: person}"])
def test_value_pass_examples(registry, value):
    assert run(registry, f"  - id: ok\n    quantity: a.b\n    value: {value}\n",
               check="value") == []
