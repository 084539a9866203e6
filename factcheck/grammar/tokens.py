"""Splitting text into the tokens the phrase matcher walks over.

Every token keeps its character span, so a match can be reported as a span of the
original text (the extractor needs offsets). A hyphen that joins two words, or a
number and a word, with no space around it ("two-thirds", "nine-month",
"35-year-old", "mid-September") is dropped: the table's phrases are then written
with spaces or hyphens alike. A hyphen between two numbers stays: it is a range
("55,000-75,000"). A minus sign before digits, after a space or at the start, is
part of the number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from .digits import SUPERSCRIPTS, VULGAR, ascii_digits, canonical, is_slashed, number_pattern

# One token and the whitespace before it, as groups (space, word, isodate, number,
# sym): `findall` hands back plain strings, cheaper than a match object per token.
# Words come first, being the commonest: no other alternative starts with a letter
# (vulgar fractions and superscripts, which Python counts as letters, are left out).
_WORD_CLASS = rf"[^\W\d_{''.join(VULGAR)}{SUPERSCRIPTS}⁻⁺]"


@cache
def _token_pattern(mark: str) -> re.Pattern:
    return re.compile(
        r"(\s*)"
        rf"(?:({_WORD_CLASS}+(?:['’]{_WORD_CLASS}+)?)"       # word
        rf"|([0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}})(?![0-9])"   # isodate
        rf"|({number_pattern(mark)})"                       # number
        r"|(\S))"                                          # sym: any other character
    )


# Where `findall` may stop reading: the start of a run of whitespace (so a blank line
# is never cut in two) that is not inside a number ("100 000").
_WHITESPACE = re.compile(r"(?<!\s)(?:(?<![0-9])\s|\s(?![0-9]))")
# A blank line between two tokens: a paragraph break, which no phrase crosses.
_PARAGRAPH = re.compile(r"\n[^\S\n]*\n")
PARAGRAPH = "¶"  # the text of the zero-width token that stands for a paragraph break
_STRETCH = 8192  # characters `findall` reads at a time, about 1,500 tokens
_JOINING_HYPHENS = "-‐‑"
_MINUS_SIGNS = "-−"
_SIGNS = _MINUS_SIGNS + "+"
# Decimal marks: a point (English: 2.5, 100,000) or a comma (German: 2,5, 100.000).
MARKS = (".", ",")


# Slots: a long text has millions of tokens, and slots take less memory and less of
# the garbage collector's time than an attribute dictionary per token.
@dataclass(frozen=True, slots=True)
class Token:
    kind: str  # isodate | number | slashed | word | sym
    text: str
    start: int
    end: int
    space_before: bool  # whitespace (or the start of the text) right before it
    low: str = field(init=False, repr=False, compare=False)  # the text in lower case

    def __post_init__(self):
        object.__setattr__(self, "low", self.text.lower())


_DASHES = frozenset(_JOINING_HYPHENS + _SIGNS)
# Token(...) without its __init__, for the tokeniser: a frozen dataclass sets each
# field through object.__setattr__, which was a third of the tokeniser's time; the
# slots' own setters are much cheaper.
_new = object.__new__
_set_kind, _set_text, _set_low, _set_start, _set_end, _set_space = (
    getattr(Token, name).__set__ for name in ("kind", "text", "low", "start", "end",
                                               "space_before"))


def tokenize(text: str, mark: str = ".") -> list[Token]:
    """The tokens of `text`; `mark` is the decimal mark of its language (MARKS).

    A number token's text is canonical (digits_value reads it): groups as commas,
    the decimal mark a point, digits of other scripts as ASCII ones; its offsets are
    those of the text as written."""
    tokens, dashes = _raw_tokens(ascii_digits(text), mark)
    return _resolve_dashes(tokens, dashes) if dashes else tokens


def _raw_tokens(text: str, mark: str) -> tuple[list[Token], list[int]]:
    """The tokens, and the indices of the dashes among them.

    `findall` reads the text a stretch at a time, each cut at a whitespace character
    (no token holds one, nor looks past one): its tuples for a whole long text, all
    alive at once, made the garbage collector run half as often again."""
    tokens: list[Token] = []
    dashes: list[int] = []
    pos = 0
    while pos < len(text):
        cut = _WHITESPACE.search(text, pos + _STRETCH)
        stop = cut.start() if cut is not None else len(text)
        _read_stretch(text, pos, stop, tokens, dashes, mark)
        pos = stop
    return tokens, dashes


def _read_stretch(text: str, pos: int, stop: int, tokens: list[Token],
                  dashes: list[int], mark: str) -> None:
    end = pos
    for space, word, isodate, number, sym in _token_pattern(mark).findall(text, pos, stop):
        if "\n" in space and (blank := _PARAGRAPH.search(space)) is not None:
            # A token that matches no phrase, so no number phrase runs across; it
            # stands inside the blank line, where no other token starts.
            at = end + blank.start() + 1
            tokens.append(Token("sym", PARAGRAPH, at, at, True))
        if word:
            kind, piece = "word", word
        elif sym:
            kind, piece = "sym", sym
            if sym in _DASHES:
                dashes.append(len(tokens))
        elif number:
            kind, piece = "number", number
        else:
            kind, piece = "isodate", isodate
        start = end + len(space)
        end = start + len(piece)
        if kind == "number" and not (piece.isascii() and piece.isdigit()):
            piece = canonical(piece, mark)
            kind = "slashed" if "/" in piece and is_slashed(piece) else kind
        token = _new(Token)
        _set_kind(token, kind)
        _set_text(token, piece)
        _set_low(token, piece.lower())
        _set_start(token, start)
        _set_end(token, end)
        _set_space(token, bool(space) or not tokens)  # the first token: the start
        tokens.append(token)


def _resolve_dashes(tokens: list[Token], dashes: list[int]) -> list[Token]:
    """Drop the hyphens that join words, and join minus signs to their numbers.

    Only the dashes need looking at. Each decision depends on a dash's neighbours
    alone, and neither rule changes another dash's neighbours: a joining hyphen sits
    between a word and a word or number, a minus sign after a space before a number.
    """
    kept: list[Token] = []
    done = 0
    for i in dashes:
        if _joins_words(tokens, i):
            kept += tokens[done:i]
            done = i + 1
        elif _is_minus_sign(tokens, i):
            sign, number = tokens[i], tokens[i + 1]
            kept += tokens[done:i]
            text = number.text if sign.text == "+" else "-" + number.text
            kept.append(Token("number", text, sign.start, number.end, True))
            done = i + 2
    if done == 0:
        return tokens
    kept += tokens[done:]
    return kept


def _attached(left: Token, right: Token) -> bool:
    return left.end == right.start


def _joins_words(tokens: list[Token], i: int) -> bool:
    """ "two-thirds", "35-year-old", "mid-September": a hyphen to drop."""
    if not (tokens[i].text in _JOINING_HYPHENS and 0 < i < len(tokens) - 1):
        return False
    before, after = tokens[i - 1], tokens[i + 1]
    return (_attached(before, tokens[i]) and _attached(tokens[i], after)
            and "word" in (before.kind, after.kind)
            and {before.kind, after.kind} <= {"word", "number"})


def _is_minus_sign(tokens: list[Token], i: int) -> bool:
    """'-5' at the start, after a space or an opening bracket ("(-4° Fahrenheit)") is
    a negative number, not a range dash
    (unless a number comes right before it: "10 -5" stays a range); '+2.5' a
    positive one."""
    sign = tokens[i]
    opened = i > 0 and tokens[i - 1].text in ("(", "[") and _attached(tokens[i - 1], sign)
    return (sign.text in _SIGNS and (sign.space_before or opened) and i + 1 < len(tokens)
            and tokens[i + 1].kind == "number" and _attached(sign, tokens[i + 1])
            and not (i > 0 and tokens[i - 1].kind == "number"))


def phrase_key(phrase: str) -> tuple[str, ...]:
    """A table phrase as the lower-case token texts the matcher compares."""
    return tuple(token.low for token in tokenize(str(phrase)))
