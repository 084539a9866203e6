"""An amount written in two units, the larger first: "6 feet, 1 inch", "2 hours and 30
minutes". Read apart, the smaller would stand as a value of its own, and "1.87 meters
(6 feet, 1 inch)" would make a water level 1 inch, a false error. Read together they
are one value: the sum, in the first unit, the larger unit's number exact (6 ft 1 in
to half an inch, not 6 feet give or take half a foot).
"""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction

from ..findings import FactcheckError
from ..interval import Interval
from ..units import resolve
from .context import Context, PhraseError


def with_smaller_part(ctx: Context, found, read):
    """`found` (interval, end) from `read` (a reader of amounts), extended over a
    second amount in a smaller unit of the same dimension right after it."""
    if found is None or isinstance(found[0], PhraseError) or not _plain(found[0]):
        return found
    first, j = found
    if j < len(ctx.tokens) and ctx.words[j] == ",":
        j += 1
    if j < len(ctx.tokens) and ctx.words[j] == "and":
        j += 1
    if j == found[1] and j < len(ctx.tokens) and not ctx.tokens[j].space_before:
        return found
    try:
        second = read(ctx, j) if j < len(ctx.tokens) else None
    except PhraseError:
        return found
    if second is None or not _plain(second[0]):
        return found
    ratio = _ratio(first.unit, second[0].unit)
    if ratio is None:
        return found
    return _sum(first, second[0], ratio), second[1]


def _plain(interval) -> bool:
    return isinstance(interval, Interval) and interval.unit is not None \
        and interval.kind in ("other", "duration") and interval.qualifier is None \
        and interval.low is not None and interval.high is not None


def _ratio(big: str, small: str) -> Fraction | None:
    """How many `big` one `small` is, when `small` is a smaller unit of its kind."""
    try:
        a, b = resolve(big), resolve(small)
    except (FactcheckError, KeyError, ValueError):
        return None
    if a.dimension != b.dimension or a.offset or b.offset or not b.factor < a.factor:
        return None
    # (pint's factors are floats: 0.0254 / 0.3048 is 1/12 up to their last digits)
    return Fraction(b.factor / a.factor).limit_denominator(1_000_000)


def _sum(first: Interval, second: Interval, ratio: Fraction) -> Interval:
    whole = first.exact or first
    exact = second.exact or second
    total = _added(whole, second, ratio)
    written = _added(whole, exact, ratio)
    return replace(total, exact=None if written == total else written)


def _added(a: Interval, b: Interval, ratio: Fraction) -> Interval:
    return replace(a, low=a.low + b.low * ratio, high=a.high + b.high * ratio,
                   low_open=a.low_open or b.low_open, high_open=a.high_open or b.high_open,
                   exact=None)
