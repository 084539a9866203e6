"""Halves written in words: "one and a half million", "two and a half years", "half an
hour", "a day and a half". Each reads as its decimal would ("1.5 million", "2.5
years", "0.5 hours", "1.5 days"), with the precision of one decimal written: half a
tenth, times any scale word after it.
"""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction

ONE_HALF = Fraction(1, 2)
# "2.5" written: half a unit of its last digit
TENTH_PRECISION = Fraction(1, 20)
_AND_A_HALF = ["and", "a", "half"]


def and_a_half(tokens, words: list[str], read, scales: dict):
    """`read` (a NumberRead) with "and a half" and any scale after it: "one and a half
    million" is 1,500,000 ± 50,000. A read that ends in a scale keeps its value ("a
    million and a half" is no number of this form), and so does "and a half-dozen"."""
    if read is None:
        return None
    j = read.end
    if words[j:j + 3] != _AND_A_HALF or read.value.denominator != 1 \
            or words[j - 1] in scales or _glued(tokens, j + 2):
        return read
    value, precision, k = read.value + ONE_HALF, TENTH_PRECISION, j + 3
    while k < len(words) and words[k] in scales:
        value, precision = value * scales[words[k]], precision * scales[words[k]]
        k += 1
    return replace(read, value=value, precision=precision, end=k, plain_digits=False)


def half_before_unit(words: list[str], i: int) -> bool:
    """"half an hour", "half a metre": "half" and the article a unit follows."""
    return words[i:i + 1] == ["half"] and words[i + 1:i + 2] in (["a"], ["an"])


def half_after_unit(tokens, words: list[str], j: int) -> int | None:
    """The end of "and a half" right after a unit ("a day and a half"), or None."""
    if words[j:j + 3] != _AND_A_HALF or _glued(tokens, j + 2):
        return None
    return j + 3


def _glued(tokens, half: int) -> bool:
    """"half-dozen", "half-million": the word after "half" is joined to it."""
    return half + 1 < len(tokens) and tokens[half + 1].start == tokens[half].end \
        and tokens[half + 1].text[:1] in "-‐‑"
