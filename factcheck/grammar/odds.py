"""A share told as a count of a group: "one in five", "nine out of 10", "1 in every 4
children". The value is N/M, a fraction of a group (kind fraction, no unit), with the
fraction words' margin around it, as "a fifth" has: "one in five" is [0.15, 0.25].

Not a share: "3 in 2020" (a year), "5 in 10 days" (a span of time), "10 in 5" (more
than the whole). In running text, "10 out of 14 districts" names a part and a whole
that the text counts, two numbers of their own: only one of a group ("1 in 68") or a
round whole ("nine out of 10", "three in 100") is a rate; a value written in a claim
may be any of them.
"""

from __future__ import annotations

from fractions import Fraction

from .context import Context, match_unit
from .numbers import read_number
from .rules import Amount

_ROUND = frozenset({2, 3, 4, 5, 6, 7, 8, 9, 10, 100, 1000, 10000})
_JOINERS = (("in", "every"), ("out", "of", "every"), ("out", "of", "the"), ("out", "of"),
            ("in",))


def one_in(ctx: Context, i: int) -> tuple[Amount, int] | None:
    """ "one in five", "nine out of 10": N/M ± the fraction margin."""
    part = read_number(ctx.tokens, i, ctx.table, words=ctx.words)
    if part is None or not _whole(part.value):
        return None
    joiner = next((j for j in _JOINERS if tuple(ctx.words[part.end:part.end + len(j)]) == j),
                  None)
    if joiner is None:
        return None
    k = part.end + len(joiner)
    whole = read_number(ctx.tokens, k, ctx.table, words=ctx.words)
    if whole is None or not _whole(whole.value) or not 0 < part.value < whole.value:
        return None
    if not ctx.whole and part.value != 1 and whole.value not in _ROUND:
        return None  # "10 out of 14 districts": two counts
    if joiner == ("in",) and (whole.plain_digits and 1500 <= whole.value <= 2100
                              or _a_span_of_time(ctx, whole.end)):
        return None  # "3 in 2020", "5 in 10 days"
    share = part.value / whole.value
    return Amount(share, share, precision=ctx.table.fraction_margin, kind="fraction"), \
        whole.end


def _whole(value: Fraction) -> bool:
    return value.denominator == 1 and value > 0


def _a_span_of_time(ctx: Context, j: int) -> bool:
    found = match_unit(ctx, j) if j < len(ctx.tokens) else None
    return found is not None and found[0].kind == "duration"
