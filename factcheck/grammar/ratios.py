"""Change words as ratios: the value of a claim on `x@D2 / x@D1` (README, "Change,
households and rates").

    ratio := prefix* ratio-word          "doubled", "more than doubled", "twice as many"
           | prefix* number times-word   "3 times", "about 2.5 times as many"
           | verb ["by"] percentage      "rose by 40 percent", "fell by nearly 40%"
           | ["a"] percentage verb       "a 40 % rise", "a 40 percent drop"
           | percentage comparative      "50 percent more", "30% fewer"

Only whole values are read so (`Context.whole`): in running text a verb of change
sets `change` on the number after it, and "doubled" alone is no mention.

The arithmetic: a rise keeps the qualifier on the ratio ("nearly doubled" [1.8, 2));
a fall puts it on the part lost, so "more than halved" (lost more than half) is
[0, 0.5) and "fell by 40 percent" is 1 − [39.5, 40.5] % = [0.595, 0.605]. A ratio is
never clamped to [0, 1]; only a fall with no stated limit stops at 0.
"""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction

from ..interval import Interval
from .context import Context, PhraseError
from .numbers import read_number
from .quantity import longest, match_quantity, prefixes
from .rules import ONE, Amount, apply, bare

HUNDRED = Fraction(100)
DIFFERENCE_HINT = ("a change by an amount is a difference of two dates: `quantity: "
                   "x@2023-10-02 - x@2023-09-25` with `value: 5,000 people`")


def match_ratio(ctx: Context, i: int) -> tuple[Interval, int] | None:
    """The longest change phrase at token i, as a ratio interval (kind "ratio")."""
    if not ctx.whole or i >= len(ctx.tokens):
        return None
    return longest(_word(ctx, i), _times(ctx, i), _verb_by(ctx, i), _percent_verb(ctx, i))


def _word(ctx: Context, i: int):
    qualifier, j = prefixes(ctx, i)
    found = ctx.phrase(ctx.table.ratio_words, j)
    if found is None:
        return None
    value, end = found
    return _nominal(value, ctx.table.ratio_margin, qualifier, ctx, exact=False), end


def _times(ctx: Context, i: int):
    qualifier, j = prefixes(ctx, i)
    read = read_number(ctx.tokens, j, ctx.table, words=ctx.words)
    if read is None or read.value <= 0:
        return None
    found = ctx.phrase(ctx.table.ratio_times, read.end)
    if found is None:
        return None
    # "3 times" says what "tripled" says; "2.5 times" is as precise as its digits
    whole = read.value.denominator == 1
    precision = ctx.table.ratio_margin if whole else read.precision
    return _nominal(read.value, precision, qualifier, ctx, exact=not whole), found[1]


def _nominal(value: Fraction, precision: Fraction, qualifier, ctx: Context, *,
             exact: bool) -> Interval:
    """A ratio word's interval: qualifiers on the ratio of a rise, on the part lost
    of a fall. The margin of a word ("doubled": ± 0.05) is what the word means, not
    a rounding: it has no exact reading (`exact=False`), so 50,000 → 99,000 is
    "doubled" without a rounding warning; digits ("2.5 times") keep theirs."""
    rise = value >= 1
    kind = "ratio" if rise else "fraction"  # the part lost lies within [0, 1]
    amount = Amount(value if rise else ONE - value, value if rise else ONE - value,
                    precision=precision, kind=kind)
    interval = bare(amount) if qualifier is None else apply(
        qualifier[0], amount, qualifier[1].lower(), ctx.table.estimate_tolerance)
    if not exact:
        interval = replace(interval, exact=None)
    return _mapped(interval, Fraction(0), ONE) if rise else _mapped(interval, ONE, -ONE)


def _verb_by(ctx: Context, i: int):
    verb = ctx.phrase(ctx.table.changes, i)
    if verb is None:
        return None
    direction, j = verb
    by = ctx.phrase(ctx.table.ratio_by, j)
    found = match_quantity(ctx, by[1] if by is not None else j)
    if found is None:
        return None
    interval, end = found
    if interval.unit != "percent" and end < len(ctx.tokens):
        return None  # "rose by 40 procent": the unknown word is the thing to report
    if interval.unit != "percent":
        raise PhraseError(f"{ctx.span_text(i, end)!r} is a change by an amount, not "
                          "a ratio", end, hint=DIFFERENCE_HINT, offset=ctx.tokens[i].start)
    return _from_percent(interval, direction), end


def _percent_verb(ctx: Context, i: int):
    j = i + 1 if ctx.words[i] in ctx.table.one_words else i  # "a 40 % rise"
    found = match_quantity(ctx, j) if j < len(ctx.tokens) else None
    if found is None or found[0].unit != "percent":
        return None
    interval, end = found
    noun = ctx.phrase(ctx.table.changes, end)
    if noun is None and j == i and ctx.table.ratio_comparatives is not None:
        noun = ctx.phrase(ctx.table.ratio_comparatives, end)
    if noun is None:
        return None
    return _from_percent(interval, noun[0]), noun[1]


def _from_percent(interval: Interval, direction: str) -> Interval:
    """1 + p/100 for a rise by p percent, 1 − p/100 for a fall."""
    sign = ONE if direction == "up" else -ONE
    return _mapped(interval, ONE, sign / HUNDRED)


def _mapped(interval: Interval, offset: Fraction, factor: Fraction) -> Interval:
    """{offset + factor·x : x ∈ interval} as a ratio; a negative factor swaps the
    ends, and an end it leaves unbounded below stops at 0 (nothing falls below
    nothing). Bounds that are finite are kept, negative or not: a ratio below 0
    is the value check's to report."""
    ends = [(None if b is None else offset + factor * b, o)
            for b, o in ((interval.low, interval.low_open),
                         (interval.high, interval.high_open))]
    (low, low_open), (high, high_open) = ends if factor > 0 else ends[::-1]
    if low is None:
        low, low_open = Fraction(0), False
    exact = None if interval.exact is None else _mapped(interval.exact, offset, factor)
    return replace(interval, low=low, high=high, low_open=low_open, high_open=high_open,
                   unit=None, kind="ratio", exact=exact)
