"""Finding a claim's quote in its document's text.

A quote matches when, after normalising both sides, it occurs in the text:

- whitespace runs fold to one space; typographic quotes and apostrophes
  (“ ” ‘ ’ « » ‹ › „ ‚) become ASCII, dashes (– — −) become `-`, `…` becomes `...`,
  NFKC folds compatibility forms, invisible format characters (soft hyphen,
  zero-width space) disappear;
- matching ignores case, and ignores double quotation marks entirely: a quote written
  `could be counted on one hand` matches `could be “counted on one hand.”`, because
  people drop the inner quotation marks when they copy a quote into YAML. Apostrophes
  and single quotes still count (`it's` must match `it’s`);
- `...`, `…` or `[...]` in the quote stands for omitted text: the pieces must occur in
  order, each at most MAX_GAP characters of the original after the one before;
- a match starts and ends at word boundaries: "5 refugees" is not in "15 refugees".

Numbers are matched exactly: "over 140,000" never matches "over 100,000". When a
quote is not found, `closest_passage` finds the most similar passage for the hint.
"""

from __future__ import annotations

import bisect
import functools
import difflib
import heapq
import re
import unicodedata
from dataclasses import dataclass

MAX_GAP = 400  # characters of the original text an ellipsis may stand for
CANDIDATES = 12  # windows compared in full by closest_passage
MAX_QUOTE_WORDS = 200  # closest_passage compares at most this many words
SENTENCE_REACH = 1000  # how far sentence_around looks for a sentence boundary

_TYPOGRAPHIC = str.maketrans({
    "“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "″": '"',
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "‹": "'", "›": "'", "′": "'",
    "–": "-", "—": "-", "−": "-", "‒": "-", "―": "-", "‐": "-", "‑": "-",
    "…": "...",
})
_ELLIPSIS = re.compile(r"\s*[\[(]?\s*\.\s*\.\s*\.\s*[\])]?\s*")
_WORD = re.compile(r"\w+(?:[.,'’-]\w+)*")


@dataclass(frozen=True)
class QuoteMatch:
    start: int  # offsets into the ORIGINAL text
    end: int
    passage: str  # text[start:end]
    spans: tuple[tuple[int, int], ...] = ()  # each piece of an elided quote


@dataclass(frozen=True)
class _Folded:
    """Normalised text with, for each character, the original span it came from."""

    text: str
    starts: list[int]
    ends: list[int]


def _clusters(text: str, start: int, end: int):
    """A base character with its combining marks, so NFKC can compose them."""
    for i in range(start + 1, end + 1):
        if i == end or not unicodedata.combining(text[i]):
            yield start, i
            start = i


# Printable ASCII other than `"`, and single spaces between such characters: these
# map one to one, so long stretches are copied at C speed instead of char by char.
_PLAIN = re.compile(r"(?:[!#-~]| (?=[!#-~]))+")


class _Folder:
    def __init__(self, for_matching: bool):
        self.for_matching = for_matching
        self.pieces: list[str] = []
        self.last = ""  # the last character emitted
        self.starts: list[int] = []
        self.ends: list[int] = []

    def plain(self, text: str, start: int, end: int) -> None:
        if self.last == " " and text[start] == " ":
            self.ends[-1] = start + 1  # continues a whitespace run
            start += 1
        if start == end:
            return
        piece = text[start:end]
        self.pieces.append(piece.lower() if self.for_matching else piece)
        self.starts.extend(range(start, end))
        self.ends.extend(range(start + 1, end + 1))
        self.last = piece[-1]

    def special(self, text: str, start: int, end: int) -> None:
        for cluster_start, cluster_end in _clusters(text, start, end):
            piece = text[cluster_start:cluster_end].translate(_TYPOGRAPHIC)
            piece = unicodedata.normalize("NFKC", piece).translate(_TYPOGRAPHIC)
            for char in piece:
                self.emit(char, cluster_start, cluster_end)

    def emit(self, char: str, start: int, end: int) -> None:
        if unicodedata.category(char) == "Cf" or (self.for_matching and char == '"'):
            return
        if char.isspace():
            if self.last == " ":
                self.ends[-1] = end  # the space stands for the whole run
                return
            char = " "
        elif self.for_matching:
            lower = char.lower()
            char = lower if len(lower) == 1 else char  # keep one char per char
        self.pieces.append(char)
        self.starts.append(start)
        self.ends.append(end)
        self.last = char


@functools.lru_cache(maxsize=16)  # one document's text serves all its claims
def _fold(text: str, for_matching: bool) -> _Folded:
    folder = _Folder(for_matching)
    position = 0
    for match in _PLAIN.finditer(text):
        start, end = match.span()
        if end < len(text) and unicodedata.combining(text[end]):
            end -= 1  # the base character composes with the mark after it
        if start > position:
            folder.special(text, position, start)
        if end > start:
            folder.plain(text, start, end)
        position = end
    if position < len(text):
        folder.special(text, position, len(text))
    return _Folded("".join(folder.pieces), folder.starts, folder.ends)


def normalise(text: str) -> tuple[str, list[int]]:
    """The normalised text (case kept) and, for each of its characters, the offset
    in `text` it comes from, plus one final entry equal to len(text)."""
    folded = _fold(text, for_matching=False)
    return folded.text, folded.starts + [len(text)]


def _pieces(quote: str) -> list[str]:
    """The quote's pieces between ellipses, normalised for matching."""
    folded = _fold(quote, for_matching=True).text
    return [piece.strip() for piece in _ELLIPSIS.split(folded) if piece.strip()]


def _occurrences(piece: str, haystack: str) -> list[int]:
    found, at = [], haystack.find(piece)
    while at != -1:
        if _at_word_boundaries(haystack, at, at + len(piece)):
            found.append(at)
        at = haystack.find(piece, at + 1)
    return found


def _at_word_boundaries(haystack: str, start: int, end: int) -> bool:
    if start > 0 and haystack[start].isalnum() and haystack[start - 1].isalnum():
        return False
    return not (end < len(haystack) and haystack[end - 1].isalnum() and haystack[end].isalnum())


def find_quote(quote: str, text: str) -> QuoteMatch | None:
    """Where the quote occurs in the text (original offsets), or None."""
    pieces = _pieces(quote)
    if not pieces:
        return None
    folded = _fold(text, for_matching=True)
    chain = _chain(pieces, folded)
    if chain is None:
        return None
    spans = tuple((folded.starts[at], folded.ends[at + len(piece) - 1])
                  for at, piece in zip(chain, pieces))
    start, end = spans[0][0], spans[-1][1]
    return QuoteMatch(start, end, text[start:end], spans)


def _chain(pieces: list[str], folded: _Folded) -> list[int] | None:
    """Positions of the pieces, in order, each within MAX_GAP of the one before.

    Dynamic programming over occurrences (never exponential backtracking): for each
    piece keep the occurrences reachable from some reachable occurrence of the
    previous piece, with a pointer back to the nearest one; the earliest reachable
    occurrence of the last piece wins.
    """
    reachable: list[list[tuple[int, int]]] = []  # per piece: (position, back index)
    previous_ends: list[int] = []  # original end offsets of the previous piece, sorted
    for number, piece in enumerate(pieces):
        level = []
        for at in _occurrences(piece, folded.text):
            if number == 0:
                level.append((at, -1))
                continue
            back = bisect.bisect_right(previous_ends, folded.starts[at]) - 1
            if back >= 0 and folded.starts[at] - previous_ends[back] <= MAX_GAP:
                level.append((at, back))
        if not level:
            return None
        reachable.append(level)
        previous_ends = [folded.ends[at + len(piece) - 1] for at, _ in level]
        # Ends grow with positions, so the list stays sorted for bisect.
    positions, index = [], 0
    for level in reversed(reachable):
        at, back = level[index]
        positions.append(at)
        index = back
    return positions[::-1]


# ---------------------------------------------------------------- near misses


def closest_passage(quote: str, text: str) -> str:
    """The passage of the text most like the quote, for a "did you mean" hint.

    Linear pre-selection, then difflib on a few windows: a window as many words
    long as the quote slides over the text, scored by how many of its words the quote
    has; the best CANDIDATES windows are compared word by word with SequenceMatcher.
    """
    quote_words = [w.group() for w in _WORD.finditer(_fold(quote, True).text)]
    quote_words = quote_words[:MAX_QUOTE_WORDS]
    folded = _fold(text, for_matching=True)
    words = list(_WORD.finditer(folded.text))
    if not quote_words or not words:
        return ""
    width = min(len(quote_words), len(words))
    texts = [w.group() for w in words]
    best = max(_candidates(texts, set(quote_words), width),
               key=lambda start: (_similarity(texts[start:start + width], quote_words), -start))
    lo, hi = _refine(texts, quote_words, best, width)
    first, last = words[lo], words[hi - 1]
    return text[folded.starts[first.start()]:folded.ends[last.end() - 1]]


def _candidates(texts: list[str], wanted: set[str], width: int) -> list[int]:
    """Window starts with the most quote words: a sliding count, O(words)."""
    hits = [1 if word in wanted else 0 for word in texts]
    score = sum(hits[:width])
    scores = [score]
    for start in range(1, len(texts) - width + 1):
        score += hits[start + width - 1] - hits[start - 1]
        scores.append(score)
    return heapq.nlargest(CANDIDATES, range(len(scores)), key=lambda s: (scores[s], -s))


def _similarity(window: list[str], quote_words: list[str]) -> float:
    return difflib.SequenceMatcher(None, window, quote_words, autojunk=False).ratio()


def _refine(texts: list[str], quote_words: list[str], start: int, width: int):
    """Nudge both ends of the best window by up to two words."""
    best, best_score = (start, start + width), -1.0
    for move_start in range(-2, 3):
        for move_end in range(-2, 3):
            lo = max(0, start + move_start)
            hi = min(len(texts), start + width + move_end)
            if hi > lo:
                score = _similarity(texts[lo:hi], quote_words)
                if score > best_score + 1e-9:
                    best, best_score = (lo, hi), score
    return best


# ---------------------------------------------------------------- sentences

# A sentence ends at . ! or ? (with any closing quote or bracket) before whitespace
# and a capital, digit or opening quote, or at a line break. "U.N. would" and
# "Mr. Aliyev" do not end sentences.
_SENTENCE_END = re.compile(r"""[.!?]["'”’»)\]]*\s+(?=["'“‘«(\[]?[A-Z0-9])|\n\s*""")
_ABBREVIATION = re.compile(r"(?:\b[A-Z]\.|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Prof|"
                           r"Gov|Sen|Rep|Jr|Sr|No|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|"
                           r"Sep|Sept|Oct|Nov|Dec)\.)[\"'”’»)\]]*\s+$")


def _is_boundary(text: str, match: re.Match) -> bool:
    if match.group().startswith("\n"):
        return True
    return not _ABBREVIATION.search(text[max(0, match.start() - 8):match.end()])


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence (or sentences) holding text[start:end], stripped; at most
    SENTENCE_REACH characters are searched on each side."""
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    lo = max(0, start - SENTENCE_REACH)
    begin = lo
    # The pattern looks ahead a few characters past `start`.
    for match in _SENTENCE_END.finditer(text, lo, min(len(text), start + 8)):
        if match.end() <= start and _is_boundary(text, match):
            begin = match.end()
    finish = min(len(text), end + SENTENCE_REACH)
    search_from = max(begin, end - 1) if end > start else end
    for match in _SENTENCE_END.finditer(text, search_from, finish):
        if _is_boundary(text, match):
            finish = match.start() + len(match.group().rstrip())
            break
    return text[begin:finish].strip()
