"""Verbs of change before a number (PRODUCT.md, "Change, households and rates").

"rose 5%" gives the mention `change: up`; "fell from 36,040 to 34,935" and "rose 5%
to 120" are a change and a level, or two levels, never a range. The verbs, and the
words that may stand between verb and number ("by", "some", "sharply"), are the
phrase table's `change` sections.
"""

from __future__ import annotations

from .context import Context


def change_before(ctx: Context, i: int) -> str | None:
    """ "up" or "down" when a verb of change stands right before token i, with only
    the table's `change.between` words and qualifiers between ("rose by some 5%")."""
    k = i
    while k > 0:
        if ctx.words[k - 1] in ctx.table.change_between:
            k -= 1
            continue
        qualifier = _phrase_ending(ctx, ctx.table.qualifiers_before, k)
        if qualifier is None:
            break
        k = qualifier[0]
    verb = _phrase_ending(ctx, ctx.table.changes, k)
    return verb[1] if verb is not None else None


def _phrase_ending(ctx: Context, index, k: int):
    """(start, value) of a phrase of `index` that ends right before token k."""
    if k == 0 or ctx.words[k - 1] not in index.words:
        return None  # most words end no phrase: one set lookup decides
    for start in range(max(0, k - 4), k):
        found = ctx.phrase(index, start)
        if found is not None and found[1] == k:
            return start, found[0]
    return None


def change_of(ctx: Context, i: int) -> str | None:
    """The change a verb of change gives the number phrase at token i: "rose 5%",
    "rose by some 5%", "cut the price by $2,000" (up to the clause's start)."""
    direction = change_before(ctx, i)
    if direction is None and _word_before(ctx, i) == "by":
        direction = _verb_in_clause(ctx, i - 1)
    return direction


def _past_qualifiers_to_from(ctx: Context, i: int) -> int:
    """Token i, or the start of the qualifiers before it when "from" stands before them."""
    k, qualifier = i, _phrase_ending(ctx, ctx.table.qualifiers_before, i)
    while qualifier is not None:
        k = qualifier[0]
        qualifier = _phrase_ending(ctx, ctx.table.qualifiers_before, k)
    return k if k != i and _word_before(ctx, k) == "from" else i


def _word_before(ctx: Context, i: int) -> str | None:
    return ctx.words[i - 1] if i > 0 and ctx.tokens[i - 1].kind == "word" else None


_CLAUSE_REACH = 8
# marks a change's "from A to B" may stand across from its noun (an aside, a comma)
_ASIDE_MARKS = frozenset(",()")


def _verb_in_clause(ctx: Context, k: int, marks: frozenset[str] = frozenset()) -> str | None:
    """The direction of the nearest verb of change before token k, within a few
    words and no punctuation but `marks`: "raise the price of its plan from ...",
    "cut the Model 3's price by ..."."""
    start = k
    reach = _CLAUSE_REACH * 2 if marks else _CLAUSE_REACH
    while start > 0 and k - start < reach and (
            ctx.tokens[start - 1].kind in ("word", "number")
            or ctx.tokens[start - 1].text in "'’" or ctx.tokens[start - 1].text in marks):
        start -= 1
        found = ctx.phrase(ctx.table.changes, start)
        if found is not None and found[1] <= k:
            return found[0]
    return None


def after_change(ctx: Context, i: int) -> bool:
    """The range at token i is a change and a level, not a range: a verb of change
    stands before it ("rose 5% to 120"), or before its "by" or "from" ("fell from
    36,040 to 34,935", "cut the price by $2,000 to $38,990")."""
    if i >= len(ctx.words):
        return False
    i = _past_qualifiers_to_from(ctx, i)  # "from just over 30,000 to 53,000"
    before = _word_before(ctx, i)
    if before == "from":
        i -= 1
        before = _word_before(ctx, i)
    if i <= 0:
        return False
    if change_before(ctx, i) is not None:
        return True
    at = i if ctx.words[i] in ("from", "by") else (i - 1 if before == "by" else None)
    if at is not None and ctx.words[at] == "from":  # "a large increase (in the number) of
        return _verb_in_clause(ctx, at, _ASIDE_MARKS) is not None  # displaced people,
    return at is not None and _verb_in_clause(ctx, at) is not None  # from 30,000 to 53,000"
