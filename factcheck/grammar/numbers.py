"""Reading numbers, in digits and in words, as exact Fractions with their precision.

A number is read from a token position: digits ("723,000", "7,23,000", "2.5",
"-5") optionally followed by scale words ("1.5 million", "7 lakh"), number words
("forty-two", "one hundred and twenty thousand", "a hundred", "two dozen"), or a
fraction of a scale ("half a million", "a quarter of a million"); "and a half" after
any of them adds one half ("one and a half million").

Besides its value, a reading records its *written precision*: half a unit of the
last digit written, times any scale word ("2.5" -> 0.05, "1.5 million" -> 50,000,
"forty" -> 0.5). `bare_precision` turns that into the contract's bare-number rule,
which depends on what the number counts.

Absurd magnitudes (hundreds of digits, "a million million million ...") raise
FactcheckError rather than computing with them.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from ..findings import FactcheckError
from .digits import digits_value
from .halves import and_a_half
from .suffixes import glued_suffix, spaced_money_suffix
from .table import PhraseTable, default_table
from .tokens import Token, tokenize

MAX_MAGNITUDE = Fraction(10) ** 30
HALF = Fraction(1, 2)


@dataclass(frozen=True)
class NumberMatch:
    """A number found in text: its character span, exact value and written precision."""

    start: int
    end: int
    value: Fraction
    text: str
    precision: Fraction = Fraction(0)


@dataclass(frozen=True)
class NumberRead:
    """A number read at a token position; `end` is the token index after it."""

    value: Fraction
    precision: Fraction
    end: int
    plain_digits: bool  # digits only, no grouping, decimals or scale: maybe a year


def guard(value: Fraction, text: str) -> Fraction:
    if abs(value) > MAX_MAGNITUDE:
        raise FactcheckError(f"the number {text!r} is too large to be a real figure")
    return value


def zeros_precision(value: Fraction) -> Fraction:
    """The bare-number rule for whole numbers ending in three or more zeros.

    Rounded to the last nonzero digit, but never to fewer than two significant
    digits: 120,000 -> 5,000; 100,000 -> 5,000; 55,000 -> 500. Other whole numbers
    are exact (0).
    """
    if value.denominator != 1 or value == 0:
        return Fraction(0)
    digits = str(abs(value.numerator))
    zeros = len(digits) - len(digits.rstrip("0"))
    if zeros < 3:
        return Fraction(0)
    significant = len(digits) - zeros
    place = zeros - max(0, 2 - significant)
    return Fraction(10 ** place, 2)


def bare_precision(value: Fraction, written: Fraction, kind: str) -> Fraction:
    """± what a careful reader allows a bare number of this kind.

    Counts and money: the zeros rule for whole numbers, otherwise exact; written
    with decimals (an odd count like 2.5, "RM2.00") half the last digit. Everything
    else (durations, percentages, distances...): half a unit of the last digit
    written.
    """
    if kind in ("count", "money"):
        whole = value.denominator == 1 and written >= HALF
        return zeros_precision(value) if whole else written
    return written


def read_number(tokens: list[Token], i: int, table: PhraseTable, *, money: bool = False,
                words: list[str] | None = None) -> NumberRead | None:
    """The longest number starting at tokens[i], or None.

    `words` are the tokens' lower-case texts, passed by callers that scan a long
    text so that they are not rebuilt at every position.
    """
    words = words if words is not None else [t.low for t in tokens]
    candidates = [_read_digits(tokens, words, i, table, money),
                  _read_words(tokens, words, i, table),
                  _read_fraction_of_scale(tokens, words, i, table)]
    found = [c for c in candidates if c is not None]
    best = max(found, key=lambda c: c.end) if found else None
    return and_a_half(tokens, words, best, table.scales)  # "one and a half million"


def _read_digits(tokens, words, i, table, money) -> NumberRead | None:
    if i >= len(tokens) or tokens[i].kind != "number":
        return None
    value, precision = digits_value(tokens[i].text)
    j = i + 1
    plain = tokens[i].text.isdigit()
    suffix = glued_suffix(tokens, words, i, table, money)
    if suffix is None and money:
        suffix = spaced_money_suffix(tokens, words, j, table)  # "EUR 150 M": as if glued
    if suffix is not None:
        return NumberRead(guard(value * suffix, tokens[i].text), precision * suffix,
                          j + 1, False)
    while j < len(tokens) and words[j] in table.scales:
        value, precision = value * table.scales[words[j]], precision * table.scales[words[j]]
        guard(value, tokens[i].text)
        plain = False
        j += 1
    return NumberRead(value, precision, j, plain)


class _WordNumber:
    """State of reading number words: whole scale groups plus the current group."""

    def __init__(self):
        self.total = 0
        self.group = 0
        self.last = None  # kind of the previous word
        self.group_has_hundred = False
        self.last_scale = None

    def add(self, word: str, table: PhraseTable) -> bool:
        """Take one more word; False when it cannot continue the number."""
        if word in table.ones or word in table.teens or word in table.tens:
            return self._add_small(word, table)
        if word == "hundred" and "hundred" in table.scales:
            return self._add_hundred()
        if word in table.scales:
            return self._add_scale(table.scales[word])
        return False

    def _add_small(self, word, table) -> bool:
        if word in table.ones:
            kind, value = "one", table.ones[word]
            allowed = (None, "tens", "hundred", "scale", "and")
        else:
            kind = "teen" if word in table.teens else "tens"
            value = table.teens.get(word, table.tens.get(word))
            allowed = (None, "hundred", "scale", "and")
        if self.last not in allowed or (self.last is not None and value == 0):
            return False
        self.group += value
        self.last = kind
        return True

    def _add_hundred(self) -> bool:
        if self.last not in ("one", "teen", "tens", "a") or self.group_has_hundred \
                or not 0 < self.group < 100:
            return False
        self.group *= 100
        self.group_has_hundred = True
        self.last = "hundred"
        return True

    def _add_scale(self, scale: int) -> bool:
        if self.last not in ("one", "teen", "tens", "hundred", "a") or self.group == 0:
            return False
        if self.last_scale is not None and scale >= self.last_scale:
            return False
        self.total += self.group * scale
        self.group, self.group_has_hundred = 0, False
        self.last, self.last_scale = "scale", scale
        return True

    @property
    def value(self) -> int:
        return self.total + self.group

    @property
    def complete(self) -> bool:
        return self.last in ("one", "teen", "tens", "hundred", "scale")


def _read_words(tokens, words, i, table) -> NumberRead | None:
    state = _WordNumber()
    j, best = i, None
    if j < len(words) and words[j] in table.one_words and _next_is_scale(words, j, table):
        state.group, state.last = 1, "a"
        j += 1
    while j < len(words) and tokens[j].kind == "word":
        word = words[j]
        if word in table.number_joiners and state.last in ("hundred", "scale"):
            if not _small_run_follows(words, j + 1, table, state):
                break
            state.last = "and"
            j += 1
            continue
        if not state.add(word, table):
            break
        j += 1
        if state.complete:
            best = NumberRead(guard(Fraction(state.value), " ".join(words[i:j])), HALF,
                              j, False)
    if best is not None and _ordinal_follows(words, best.end, table):
        return None  # "twenty-fifth", "one hundred and first": an ordinal, no count
    return best


def _ordinal_follows(words, j, table) -> bool:
    if j < len(words) and words[j] in table.number_joiners:
        j += 1
    return j < len(words) and words[j] in table.ordinals


def _next_is_scale(words, j, table) -> bool:
    return j + 1 < len(words) and words[j + 1] in table.scales


def _small_run_follows(words, j, table, state: _WordNumber) -> bool:
    """After "and": a number below a hundred that continues this number.

    "one hundred and twenty thousand" continues; in "one hundred and two hundred"
    and "a thousand and two thousand" the "and" joins two numbers instead.
    """
    small = {**table.ones, **table.teens, **table.tens}
    if j >= len(words) or words[j] not in small:
        return False
    while j < len(words) and words[j] in small:
        j += 1
    if j >= len(words) or words[j] not in table.scales:
        return True
    scale = table.scales[words[j]]
    return words[j] != "hundred" and (state.last_scale is None or scale < state.last_scale)


def _read_fraction_of_scale(tokens, words, i, table) -> NumberRead | None:
    """ "half a million", "a quarter of a million", "a half-million": a fraction word
    times a scale."""
    found = table.fractions.match(words, i)
    if found is None:
        return None
    fraction, j = found
    joined = table.vague_joiners.match(words, j)
    if joined is not None:
        j = joined[1]
    if j < len(words) and words[j] in table.scales and tokens[j].start == tokens[j - 1].end + 1:
        pass  # "a half-million", "a quarter-million": the fraction hyphened to its scale
    elif j >= len(words) or words[j] not in table.one_words:
        return None
    else:
        j += 1
    value = fraction
    start = j
    while j < len(words) and words[j] in table.scales:
        value *= table.scales[words[j]]
        j += 1
    if j == start:
        return None
    value = guard(value, " ".join(words[i:j]))
    return NumberRead(value, HALF if value.denominator == 1 else Fraction(0), j, False)


def find_numbers(text: str, table: PhraseTable | None = None, *,
                 language: str | None = None) -> list[NumberMatch]:
    """Every number in free text, digits and words, with its span, in text order.

    Fraction words count ("half" is 1/2). ISO dates are not numbers here, and a
    number too long to be a real figure is skipped rather than raised. `language`
    says how digits are grouped (English when None).
    """
    table = table or default_table()
    tokens = tokenize(text, table.decimal_mark(language))
    words = [t.low for t in tokens]
    starters = _starters(table)
    found: list[NumberMatch] = []
    i = 0
    while i < len(tokens):
        if tokens[i].kind != "number" and words[i] not in starters:
            i += 1  # no reader below can start at this word (most words of a text)
            continue
        match = _number_at(text, tokens, words, i, table)
        if match is None:
            i += 1
            continue
        found.append(match[0])
        i = match[1]
    return found


_STARTERS: dict[int, tuple] = {}  # id(table) -> (table, its starting words)


def _starters(table: PhraseTable) -> frozenset[str]:
    """The words a number can start with other than digits: what _read_words takes
    first (a number word, or "a" before a scale) and the fractions' first words
    (for _read_fraction_of_scale and the fraction alone)."""
    found = _STARTERS.get(id(table))
    if found is None:
        if len(_STARTERS) >= 64:  # tests make many tables; a run, one or two
            _STARTERS.clear()
        words = frozenset().union(table.ones, table.teens, table.tens, table.one_words,
                                  table.fractions.first_words())
        found = _STARTERS[id(table)] = (table, words)  # the table kept: its id stays its
    return found[1]


def _number_at(text, tokens, words, i, table):
    money = i > 0 and table.currency_symbols.match(words, i - 1) is not None
    try:
        read = read_number(tokens, i, table, money=money, words=words)
    except FactcheckError:
        return None
    fraction = table.fractions.match(words, i)
    if read is not None and (fraction is None or read.end >= fraction[1]):
        start, end = tokens[i].start, tokens[read.end - 1].end
        return NumberMatch(start, end, read.value, text[start:end], read.precision), read.end
    if fraction is not None:
        start, end = tokens[i].start, tokens[fraction[1] - 1].end
        return NumberMatch(start, end, fraction[0], text[start:end]), fraction[1]
    return None


def number_to_words(n: int) -> str:
    """English words for a whole number below 10**15: 120000 -> "one hundred twenty thousand"."""
    if n < 0:
        raise ValueError("only non-negative numbers")
    if n == 0:
        return "zero"
    parts = []
    for scale, name in ((10 ** 12, "trillion"), (10 ** 9, "billion"),
                        (10 ** 6, "million"), (1000, "thousand"), (1, "")):
        group, n = divmod(n, scale)
        if group:
            parts.append((_below_thousand(group) + " " + name).strip())
    return " ".join(parts)


_ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen " \
        "fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def _below_thousand(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    parts = [f"{_ONES[hundreds]} hundred"] if hundreds else []
    if rest >= 20:
        tens, ones = divmod(rest, 10)
        parts.append(_TENS[tens] + (f"-{_ONES[ones]}" if ones else ""))
    elif rest:
        parts.append(_ONES[rest])
    return " ".join(parts)
