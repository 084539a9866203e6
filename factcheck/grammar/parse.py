"""Reading a value phrase ("over 100,000 people", "three weeks ago") as an Interval.

Two directions share one matcher. `match_at` reads the longest value phrase that
starts at a character position of free text (the extractor's building block);
`parse_value` requires that reading to cover the whole string, and names what it
could not read otherwise, with a did-you-mean from the phrase table.
"""

from __future__ import annotations

import bisect
import datetime as dt

from ..findings import FactcheckError
from .compounds import with_smaller_part
from ..interval import Interval
from .context import (CLOCK_HINT, Context, attempt, clock_left, clock_marker, longest_or_error,
                      match_unit, time_of_day)
from .dates import match_date
from .quantity import match_proportion, match_quantity
from .ratios import match_ratio
from .rules import bare
from .suggest import closest_values, did_you_mean
from .table import PhraseIndex, PhraseTable, default_table, per_table
from .tokens import tokenize

MAX_VALUE_LENGTH = 500  # a value phrase is a few words; refuse essays early


# a value that is the day a span starts or ends on: "since May 2013", "till January
# 31" mean that date (in running text the mention is the date alone)
_SPAN_EDGES = frozenset({"since", "until", "till"})


def _span_edge(ctx: Context) -> Interval | None:
    if len(ctx.tokens) < 2 or ctx.tokens[0].low not in _SPAN_EDGES:
        return None
    found = _guarded(lambda: _match(ctx, 1))
    if found is None or found[1] != len(ctx.tokens) or found[0].kind != "date":
        return None
    return found[0]


SIGN_HINT = ("a sign word is read only with a temperature's scale: write it with the "
             "scale the article means, e.g. 'minus 26 °F', 'minus 5 degrees Celsius' or "
             "'12 degrees Fahrenheit below zero'")


def parse_value(text: str, *, anchor: dt.date | None = None,
                table: PhraseTable | None = None, future: bool = False,
                language: str | None = None) -> Interval:
    """The interval a whole value phrase means; FactcheckError if it is not one.

    `anchor` is the date relative phrases count from (the document's `published`);
    `future` reads year-less dates and weekdays as the first such day on or after it;
    `language` (an IETF tag, English when None) says how digits are grouped.
    """
    return _parse_value(text, anchor, table, future, language, suggest=True)


def _parse_value(text, anchor, table, future, language, *, suggest: bool) -> Interval:
    if not isinstance(text, str):
        raise FactcheckError(f"a value must be text, not {type(text).__name__}")
    if len(text) > MAX_VALUE_LENGTH:
        raise FactcheckError("the value is too long to be a number phrase",
                             hint="write only the number and its qualifier")
    ctx = _context(text, anchor, table, future, pint_units=True, language=language)
    if not ctx.tokens:
        raise FactcheckError("the value is empty", hint="write a number phrase, e.g. "
                             "'over 100,000 people'")
    found = _guarded(lambda: _match(ctx, 0))
    if found is not None and found[1] == len(ctx.tokens):
        if found[0].qualifier == "below" and found[0].high == 0 and found[0].unit is None:
            raise FactcheckError(f"{text.strip()!r} is a temperature with no scale",
                                 hint=SIGN_HINT)  # "drop below zero": no count of 0
        return found[0]
    edge = _span_edge(ctx)
    if edge is not None:
        return edge
    if not suggest:  # a suggestion being tried: no suggestions of its own
        raise FactcheckError("not a value")
    error = _not_understood(ctx, found[1] if found else 0, language)
    if found is not None and found[0].kind == "ratio":
        # "a 40 % rise since Monday": the dates of a change are the quantity's
        error.hint = ("a change's dates go in its quantity, e.g. `quantity: "
                      "x@2023-10-02 / x@2023-09-25`, and only the change in its value")
    raise error


def match_at(text: str, pos: int, anchor: dt.date | None = None, *,
             table: PhraseTable | None = None,
             future: bool = False) -> tuple[Interval, int] | None:
    """The longest value phrase starting at character `pos`: (interval, end offset).

    None when no value phrase starts there (or `pos` is not the start of a word,
    number or symbol). A phrase that starts there but is impossible (30 February)
    or relative with no anchor raises FactcheckError.
    """
    return Matcher(text, anchor, table=table, future=future).match_at(pos)


class Matcher:
    """Tokenises a text once, then reads value phrases at any position in it."""

    def __init__(self, text: str, anchor: dt.date | None = None, *,
                 table: PhraseTable | None = None, future: bool = False,
                 language: str | None = None):
        self.ctx = _context(text, anchor, table, future, pint_units=False,
                            language=language)
        self._starts = [t.start for t in self.ctx.tokens]  # increasing: bisect finds one

    def match_at(self, pos: int, *, future: bool | None = None):
        i = bisect.bisect_left(self._starts, pos)
        if i == len(self._starts) or self._starts[i] != pos:
            return None
        ctx = self.ctx if future is None else _with(self.ctx, future)
        found = _guarded(lambda: _match(ctx, i))
        if found is None:
            return None
        interval, end = found
        return interval, ctx.tokens[end - 1].end

    @property
    def token_starts(self) -> list[int]:
        """Character offsets where a phrase may start, in text order."""
        return list(self._starts)


def _with(ctx: Context, future: bool) -> Context:
    return ctx.with_future() if future else ctx


def _context(text, anchor, table, future, pint_units, language=None) -> Context:
    table = table or default_table()
    tokens = tokenize(text, table.decimal_mark(language))
    return Context(text, tokens, [t.low for t in tokens], table, anchor, future,
                   pint_units, whole=pint_units)


def _match(ctx: Context, i: int) -> tuple[Interval, int] | None:
    """The longest value phrase at token i; a date wins a tie ("2012" is the year),
    and a change word ("doubled") is read only as a whole value."""
    ratio = attempt(match_ratio, ctx, i) if ctx.whole else None
    if not _may_start(ctx, i):
        return longest_or_error(ratio)
    marker = ctx.phrase(ctx.table.dates.future_markers, i)
    if marker is not None and marker[1] < len(ctx.tokens):
        after = _match(ctx.with_future(), marker[1])
        if after is not None:
            return after
    proportion = match_proportion(ctx, i)
    return longest_or_error(attempt(match_date, ctx, i),
                            (bare(proportion[0]), proportion[1]) if proportion else None,
                            with_smaller_part(ctx, attempt(match_quantity, ctx, i),
                                              match_quantity), ratio)


# Every reader `_match` tries begins with a number or ISO date token, a number word,
# or a whole phrase of one of these sections (a qualifier, "in", "September"...).
# Where none is, it reads nothing: `_may_start` says so at once, which spares most
# words of a text (and the "the" of "the war") some thirty calls each.
_OPENING_SECTIONS = ("proportions", "range_openers", "fillers", "qualifiers_before",
                     "estimate_nouns", "ages_before", "currency_symbols", "vague",
                     "fractions", "signs_before", "value_qualifiers")
_OPENING_DATE_SECTIONS = ("future_markers", "prepositions", "relative_days", "holidays",
                          "relative_weeks", "relative_weekends", "relative_months",
                          "relative_years", "relative_weekdays", "rolling", "weekdays",
                          "month_parts", "day_parts", "months")


@per_table
def _openings(table: PhraseTable) -> tuple[frozenset[str], dict[str, list[PhraseIndex]]]:
    """The number words, and for each first word the sections with a phrase starting so."""
    number_words = frozenset().union(table.ones, table.teens, table.tens, table.scales,
                                     table.one_words)
    sections = [getattr(table, name) for name in _OPENING_SECTIONS
                if getattr(table, name) is not None]
    sections += [getattr(table.dates, name) for name in _OPENING_DATE_SECTIONS]
    by_first: dict[str, list[PhraseIndex]] = {}
    for index in sections:
        for word in index.first_words():
            by_first.setdefault(word, []).append(index)
    return number_words, by_first


def _may_start(ctx: Context, i: int) -> bool:
    if i >= len(ctx.tokens):
        return False
    if ctx.tokens[i].kind in ("number", "isodate"):
        return True
    number_words, by_first = _openings(ctx.table)
    word = ctx.words[i]
    if word in number_words or (word == "the" and ctx.whole and i + 1 < len(ctx.tokens) and (
            ctx.tokens[i + 1].kind == "number" or ctx.words[i + 1] in ("early", "mid", "late"))):
        return True  # (a value "the 1980s", "the early 1990s", as "in the 1980s")
    for index in by_first.get(word, ()):
        if index.match(ctx.words, i) is not None:
            return True
    return False


def _guarded(read):
    """Run a reader; relative dates pushed past year 1 or 9999 become FactcheckErrors.

    `datetime` raises OverflowError or ValueError ("year 0 is out of range") there.
    """
    try:
        return read()
    except (OverflowError, ValueError) as error:
        raise FactcheckError(f"that date is outside the calendar ({error})") from None


def _not_understood(ctx: Context, end: int, language: str | None) -> FactcheckError:
    """An error naming the first word the grammar does not know, or what is left,
    with the closest values that read (suggest.py)."""
    def reads(text: str):
        return _parse_value(text, ctx.anchor, ctx.table, ctx.future, language,
                            suggest=False)

    marked = next((i for i in range(len(ctx.tokens)) if clock_marker(ctx, i)), None)
    if marked is not None:  # "Monday 7 a.m."
        return time_of_day(ctx, marked)
    if 0 < end < len(ctx.tokens) and clock_left(ctx.text[ctx.tokens[end].start:]):
        return _left_over(ctx, end, CLOCK_HINT)  # "6 March at 23:31 GMT": a date-time
    for i, token in enumerate(ctx.tokens):
        if token.kind == "word" and token.low not in ctx.table.vocabulary \
                and not _is_unit_word(ctx, token.text):
            if _in_rate(ctx, i):  # "2,000 people a blorp": never a plain number
                return FactcheckError(
                    f"unknown unit {token.text!r} in the rate {ctx.text!r}",
                    hint=f"write the rate in units factcheck knows: {RATE_EXAMPLES}",
                    offset=token.start)
            hint = _counted_noun(ctx, i) or did_you_mean(closest_values(ctx, i, reads)) \
                or ctx.table.suggest(token.text)
            return FactcheckError(f"unknown word {token.text!r} in the value {ctx.text!r}",
                                  hint=hint, offset=token.start)
    hint = did_you_mean(closest_values(ctx, min(end, len(ctx.tokens) - 1), reads))
    if hint is None and end < len(ctx.tokens) and ctx.phrase(ctx.table.rate_words, end):
        hint = f"a rate names what it counts before 'per' or 'a': {RATE_EXAMPLES}"
    if hint is None and (ctx.phrase(ctx.table.signs_after, end) or any(
            ctx.phrase(ctx.table.signs_before, k)
            for k in range(end, min(end + 5, len(ctx.tokens))))):
        hint = SIGN_HINT  # "minus 26", "12 below zero"
    return _left_over(ctx, end, hint or "write the number as the article does, e.g. "
                      "'over 100,000 people', 'between 55,000 and 75,000', or as {low, high, unit}")


def _left_over(ctx: Context, end: int, hint: str) -> FactcheckError:
    """What is left from token `end` on, after what was read."""
    at = min(end, len(ctx.tokens) - 1)
    rest = ctx.text[ctx.tokens[end].start:] if end < len(ctx.tokens) else ctx.text
    read = ctx.text[:ctx.tokens[end].start].strip() if end < len(ctx.tokens) else ""
    where = f" after {read!r}" if read else ""
    return FactcheckError(f"cannot read {rest.strip()!r}{where} as part of a value",
                          hint=hint, offset=ctx.tokens[at].start)


def _counted_noun(ctx: Context, i: int) -> str | None:
    """ "17 camps": a plural noun right after the number counts things, and the count
    is the number alone (the quantity's name says what it counts), not a unit."""
    word = ctx.tokens[i].text
    if i == 0 or ctx.tokens[i - 1].kind != "number" or not (
            word.islower() and len(word) > 3 and word.endswith("s")):
        return None
    return (f"for a count of {word}, write the number alone ({ctx.tokens[i - 1].text!r}) "
            f"and name what it counts in the quantity (e.g. `x.{word}`)")


RATE_EXAMPLES = "'2,000 people a day', '$11 million per month', '4.2 people per household'"


def _in_rate(ctx: Context, i: int) -> bool:
    """Token i is a unit of a rate: after a rate word ("per", "a", "/") that follows
    a number or unit ("people a blorp"), or between a number and a rate word
    ("2,000 blorps a day")."""
    rate = ctx.table.rate_words.words
    after = i >= 2 and ctx.words[i - 1] in rate and ctx.words[i - 2] not in rate \
        and ctx.tokens[i - 2].kind in ("number", "word")
    before = 0 < i < len(ctx.tokens) - 2 and ctx.words[i + 1] in rate \
        and ctx.tokens[i - 1].kind == "number"
    return after or before


def _is_unit_word(ctx: Context, word: str) -> bool:
    probe = Context(word, tokenize(word), [word.lower()], ctx.table, pint_units=True)
    return match_unit(probe, 0) is not None
