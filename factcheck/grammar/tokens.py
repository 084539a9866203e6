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
from dataclasses import dataclass

# Digits with Western (723,000) or South Asian (7,23,000) grouping, or none, with an
# optional decimal part. Bounded repetition shapes only: no backtracking blow-up.
_NUMBER = (r"(?:[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}|[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)"
           r"(?![0-9])(?:\.[0-9]+)?")
_TOKEN = re.compile(
    rf"(?P<isodate>[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}(?![0-9]))"
    rf"|(?P<number>{_NUMBER})"
    r"|(?P<word>[^\W\d_]+(?:['’][^\W\d_]+)?)"
    r"|(?P<space>\s+)"
    r"|(?P<sym>.)",
    re.S,
)
_JOINING_HYPHENS = "-‐‑"
_MINUS_SIGNS = "-−"


@dataclass(frozen=True)
class Token:
    kind: str  # isodate | number | word | sym
    text: str
    start: int
    end: int
    space_before: bool  # whitespace (or the start of the text) right before it

    @property
    def low(self) -> str:
        return self.text.lower()


def tokenize(text: str) -> list[Token]:
    raw = _raw_tokens(text)
    return _join_signs(_drop_joining_hyphens(raw))


def _raw_tokens(text: str) -> list[Token]:
    tokens: list[Token] = []
    space = True
    for found in _TOKEN.finditer(text):
        kind = found.lastgroup
        if kind == "space":
            space = True
            continue
        tokens.append(Token(kind, found.group(), found.start(), found.end(), space))
        space = False
    return tokens


def _attached(left: Token, right: Token) -> bool:
    return left.end == right.start


def _drop_joining_hyphens(tokens: list[Token]) -> list[Token]:
    kept: list[Token] = []
    for i, token in enumerate(tokens):
        if (token.kind == "sym" and token.text in _JOINING_HYPHENS
                and 0 < i < len(tokens) - 1
                and _attached(tokens[i - 1], token) and _attached(token, tokens[i + 1])
                and "word" in (tokens[i - 1].kind, tokens[i + 1].kind)
                and {tokens[i - 1].kind, tokens[i + 1].kind} <= {"word", "number"}):
            continue
        kept.append(token)
    return kept


def _join_signs(tokens: list[Token]) -> list[Token]:
    """'-5' at the start or after a space is a negative number, not a range dash."""
    joined: list[Token] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if (token.kind == "sym" and token.text in _MINUS_SIGNS and token.space_before
                and nxt is not None and nxt.kind == "number" and _attached(token, nxt)
                and not (joined and joined[-1].kind == "number")):
            joined.append(Token("number", "-" + nxt.text, token.start, nxt.end, True))
            i += 2
            continue
        joined.append(token)
        i += 1
    return joined


def phrase_key(phrase: str) -> tuple[str, ...]:
    """A table phrase as the lower-case token texts the matcher compares."""
    return tuple(token.low for token in tokenize(str(phrase)))
