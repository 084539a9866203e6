"""Did-you-mean for a value phrase the grammar cannot read: whole known phrases.

"more then 5" is one wrong word from "more than 5": the suggestion is the user's own
value with its wrong words replaced by the closest phrases of the phrase table
("more than", "nearly all", "counted on one hand"), kept only when the new value
reads. Known phrases a word or two long are tried in place of the words around
the one at fault, so "more then" meets "more than" where the word "then" alone
would only meet "the".
"""

from __future__ import annotations

import difflib

from ..findings import FactcheckError
from .table import PhraseIndex, PhraseTable, per_table

MAX_WINDOW = 3  # words replaced at once: the longest common phrases are this long
MAX_TRIES = 12  # candidate values read back, per unknown value
MAX_SHOWN = 3


@per_table
def known_phrases(table: PhraseTable) -> dict[int, list[str]]:
    """Every phrase of the table, lower case, by its number of words."""
    phrases: set[str] = {word for word in table.vocabulary if len(word) > 1}
    for value in (*vars(table).values(), *vars(table.dates).values()):
        if isinstance(value, PhraseIndex):
            phrases.update(" ".join(key) for key in value.phrases()
                           if all(word.isalpha() for word in key))
    by_length: dict[int, list[str]] = {}
    for phrase in sorted(phrases):
        by_length.setdefault(len(phrase.split()), []).append(phrase)
    return by_length


def closest_values(ctx, at: int, reads) -> list[str]:
    """Up to three values, the user's with the words around token `at` replaced by
    a known phrase, that `reads(text)` accepts (it raises FactcheckError if not)."""
    scored = []
    phrases = known_phrases(ctx.table)
    for start, end in _windows(len(ctx.tokens), at):
        if not all(ctx.tokens[i].kind == "word" for i in range(start, end)):
            continue
        written = ctx.span_text(start, end).lower()
        count = end - start
        pool = phrases.get(count, []) + phrases.get(count + 1, [])
        for phrase in difflib.get_close_matches(written, pool, n=4, cutoff=0.7):
            if phrase != written:
                ratio = difflib.SequenceMatcher(None, written, phrase).ratio()
                text = ctx.text[:ctx.tokens[start].start] + phrase \
                    + ctx.text[ctx.tokens[end - 1].end:]
                scored.append((-ratio, count, text))
    found: list[str] = []
    for _, _, text in sorted(scored)[:MAX_TRIES]:
        if text not in found and _reads(reads, text):
            found.append(text)
    return found[:MAX_SHOWN]


def did_you_mean(values: list[str]) -> str | None:
    if not values:
        return None
    return "did you mean " + " or ".join(repr(value) for value in values) + "?"


def _windows(length: int, at: int):
    for count in range(1, MAX_WINDOW + 1):
        for start in range(max(0, at - count + 1), min(at, length - count) + 1):
            yield start, start + count


def _reads(reads, text: str) -> bool:
    try:
        reads(text)
    except FactcheckError:
        return False
    return True
