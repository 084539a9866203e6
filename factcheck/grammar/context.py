"""What every phrase matcher needs: the tokens, the table, the anchor date, and
the resolution of unit words through pint."""

from __future__ import annotations

import re

import datetime as dt
from dataclasses import dataclass, field, replace
from functools import cache, wraps

from ..findings import FactcheckError
from ..units import COUNTS, CURRENCIES, TIME, resolve
from .table import PhraseIndex, PhraseTable
from .tokens import Token


@dataclass(frozen=True)
class Context:
    text: str
    tokens: list[Token]
    words: list[str]
    table: PhraseTable
    anchor: dt.date | None = None
    future: bool = False
    # Whole-value parsing may try any word pint knows as a unit ("5 litres");
    # scanning free text keeps to the table's unit words.
    pint_units: bool = False
    # Whole-value parsing (a claim's `value`) reads change words as ratios
    # ("doubled", "rose by 40 percent": grammar/ratios.py) and the table's
    # `value_fillers` ("an average of"); in free text a change word only sets a
    # number's `change`, and a mention's span stays the number's own.
    whole: bool = False
    # What `memoised` readers read at each token (see there), and `with_future`.
    memo: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    def phrase(self, index: PhraseIndex, i: int):
        """(value, end) of the longest phrase of `index` at token i, or None."""
        return index.match(self.words, i)

    def is_word(self, i: int, word: str) -> bool:
        return i < len(self.words) and self.words[i] == word

    def span_text(self, i: int, end: int) -> str:
        if i >= end:
            return ""
        return self.text[self.tokens[i].start:self.tokens[end - 1].end]

    def attached(self, i: int) -> bool:
        """Token i follows the one before it with no space ("19th", "Sept.")."""
        return 0 < i < len(self.tokens) and not self.tokens[i].space_before

    def with_future(self) -> Context:
        # Made once per context, so that its memo serves every future reading.
        if "future" not in self.memo:
            self.memo["future"] = replace(self, future=True)
        return self.memo["future"]


@dataclass(frozen=True)
class UnitInfo:
    name: str  # pint's name: "person", "hour", "percent", "USD"
    kind: str  # count | duration | percent | money | other
    days: object  # Fraction of days per unit for durations, else None


@cache
def unit_info(name: str) -> UnitInfo:
    """The pint unit behind a unit word, and the kind of value it makes."""
    unit = resolve(name)
    if unit.dimension in COUNTS:
        kind = "count"
    elif unit.dimension == TIME:
        kind = "duration"
    elif unit.name == "percent":
        kind = "percent"
    elif unit.name in CURRENCIES:
        kind = "money"
    else:
        kind = "other"
    return UnitInfo(unit.name, kind, unit.factor if kind == "duration" else None)


def memoised(reader):
    """reader(ctx, i), read once per context and token.

    A range and a single value both start with one ("2020" and "2020-2023"), and
    trimming a mention reads again where the phrase continues, so the same reader
    is asked at the same token several times. A context never changes, so neither
    does the answer, nor the error a phrase it cannot read raises."""
    @wraps(reader)
    def read(ctx: Context, i: int):
        memo = ctx.memo.get(read)
        if memo is None:
            memo = ctx.memo[read] = {}
        if i not in memo:
            try:
                memo[i] = reader(ctx, i)
            except FactcheckError as error:  # readers return tuples, never errors
                memo[i] = error
        found = memo[i]
        if isinstance(found, FactcheckError):
            raise found.with_traceback(None)
        return found

    return read


def match_unit(ctx: Context, i: int) -> tuple[UnitInfo, int] | None:
    """A unit word at token i: from the table, or (whole values only) from pint."""
    found = ctx.phrase(ctx.table.units, i)
    if found is not None:
        unit = unit_info(found[0])
        if unit.name == "household" and found[1] < len(ctx.words) \
                and ctx.words[found[1]] in ("member", "members"):
            return None  # "five family members" are people, not five families
        return unit, found[1]
    found = ctx.phrase(ctx.table.currency_words, i)
    if found is not None:
        return unit_info(found[0]), found[1]
    glued = ctx.table.glued_units.get(ctx.tokens[i].text) if i < len(ctx.tokens) else None
    if glued is not None and ctx.tokens[i - 1].kind == "number" and (
            ctx.attached(i) or _spaced_temperature(ctx, i, glued)):
        return unit_info(glued), i + 1
    if ctx.pint_units and clock_marker(ctx, i):
        raise time_of_day(ctx, i)
    if (ctx.pint_units and i < len(ctx.tokens) and ctx.tokens[i].kind == "word"
            and len(ctx.words[i]) > 1 and ctx.words[i] not in ctx.table.vocabulary):
        try:
            return unit_info(ctx.tokens[i].text), i + 1
        except FactcheckError:
            return None
    return None


def _spaced_temperature(ctx: Context, i: int, unit: str) -> bool:
    """ "40.5 C in Louisville", "40 C (104 F)": a wire's temperature, the letter apart
    from its number, and no word of a name after it ("5 C Street")."""
    if not unit.startswith("degree_"):
        return False
    after = ctx.tokens[i + 1] if i + 1 < len(ctx.tokens) else None
    if after is None:
        return True
    if after.kind == "word":  # "40 C in Louisville", not "5 C Street" nor "5 Co"
        return not ctx.attached(i + 1) and after.text[:1].islower()
    # "39 C." ends a sentence; "C.K." is a name
    later = ctx.tokens[i + 2] if i + 2 < len(ctx.tokens) else None
    return not (later is not None and later.kind == "word" and ctx.attached(i + 2))


def clock_marker(ctx: Context, i: int) -> bool:
    """ "am"/"pm" or "a.m."/"p.m." after a number: a time of day, which pint would
    read as attometres and picometres ("1.15pm" is a quarter past one)."""
    if i == 0 or i >= len(ctx.tokens) or ctx.tokens[i - 1].kind != "number":
        return False
    if ctx.words[i] in ("am", "pm"):
        return True
    return (ctx.words[i] in ("a", "p") and ctx.words[i + 1:i + 3] == [".", "m"]
            and ctx.attached(i + 1) and ctx.attached(i + 2))


def time_of_day(ctx: Context, i: int) -> FactcheckError:
    start = i - 1
    while start > 0 and ctx.attached(start) and ctx.tokens[start - 1].kind in ("number", "sym"):
        start -= 1
    end = i + 1 if ctx.words[i] in ("am", "pm") else min(i + 4, len(ctx.tokens))
    return FactcheckError(
        f"{ctx.span_text(start, end)!r} is a time of day, not an amount", rule="value",
        hint=CLOCK_HINT)


CLOCK_HINT = "a value is a date as a whole day ('on Monday', '28 August 2017'); keep " \
    "the hour in the quote, or give it in `as_of` as a date-time (2017-08-28T13:15)"
# what is left after a date when the value gives its hour: "at 04:17", ", 4.17pm"
_CLOCK_LEFT = re.compile(r"(?:,\s*|at\s+|around\s+)?\d{1,2}(?:(?:[:.h]\d{2})\s*(?:[ap]\.?m\.?)?|"
                         r"\s*[ap]\.?m\.?)(?:\s*(?:GMT|UTC|local\s+time|[A-Z]{2,4}))?\s*$")


def clock_left(rest: str) -> bool:
    """What a value could not read is the hour of the date before it."""
    return _CLOCK_LEFT.match(rest.strip()) is not None


_DASHES = frozenset("-–—")


def read_pair(ctx: Context, start: int, opener, read):
    """The two ends of a range read by `read` from token `start`: "A and B" after an
    opener ("between"), else "A to B" / "A–B" / "A or B". (a, j, b, end): j is where B
    starts; None when the tokens are not such a pair."""
    first = read(ctx, start)
    if first is None:
        return None
    a, j = first
    if opener is not None:
        joiner = opener[0]
        if tuple(ctx.words[j:j + len(joiner)]) == joiner:
            j += len(joiner)
        elif ctx.whole and j < len(ctx.words) and (ctx.words[j] in _DASHES or (
                ctx.words[j] == "to" and joiner == ("and",))):
            j += 1  # a value "between 60-80 kph", "between 100mm to 200mm": the opener
            # said again by a dash or "to" (in a text, the mention is the range, "60-80
            # kph", as readers mark it)
        else:
            return None
    else:
        infix = ctx.phrase(ctx.table.range_infixes, j)
        if infix is None:
            return None
        j = infix[1]
    second = read(ctx, j)
    if second is None:
        return None
    b, end = second
    return a, j, b, end


def skip_fillers(ctx: Context, i: int) -> int:
    while (found := ctx.phrase(ctx.table.fillers, i)) is not None:
        i = found[1]
    return i


class PhraseError(FactcheckError):
    """A phrase was recognised up to token `end` but cannot be read (30 February, a
    relative date with no anchor). Kept while longer readings are tried, so that
    "September 20, 2023" is not stopped by what "September" alone would need."""

    def __init__(self, message: str, end: int, hint: str | None = None, offset: int = 0):
        super().__init__(message, hint=hint, offset=offset)
        self.end = end


def attempt(reader, ctx: Context, i: int):
    """reader(ctx, i), with a PhraseError returned as a candidate (error, end)."""
    try:
        return reader(ctx, i)
    except PhraseError as error:
        return error, error.end


def longest_or_error(*candidates):
    """The candidate reaching furthest (the first on a tie); raise it if an error."""
    best = None
    for candidate in candidates:
        if candidate is not None and (best is None or candidate[1] > best[1]):
            best = candidate
    if best is not None and isinstance(best[0], PhraseError):
        raise best[0]
    return best
