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
from array import array
import functools
import re
import unicodedata
from dataclasses import dataclass

MAX_GAP = 400  # characters of the original text an ellipsis may stand for
MAX_OMISSIONS = 20  # '...' in one quote: more is no quotation, and costs every search

_TYPOGRAPHIC = str.maketrans({
    "“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "″": '"',
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "‹": "'", "›": "'", "′": "'",
    "–": "-", "—": "-", "−": "-", "‒": "-", "―": "-", "‐": "-", "‑": "-",
    "…": "...",
})
_ELLIPSIS = re.compile(r"\s*[\[(]?\s*\.\s*\.\s*\.\s*[\])]?\s*")
WORD = re.compile(r"\w+(?:[.,'’-]\w+)*")


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
    starts: array  # of int: machine integers, not a list of int objects (a 10 MB
    ends: array  # text would need 700 MB as lists, 160 MB as arrays)


def _clusters(text: str, start: int, end: int):
    """A base character with its combining marks, so NFKC can compose them."""
    for i in range(start + 1, end + 1):
        if i == end or not unicodedata.combining(text[i]):
            yield start, i
            start = i


# Printable ASCII other than `"`, and single spaces between such characters: these
# map one to one, so long stretches are copied at C speed instead of char by char.
_PLAIN = re.compile(r"(?:[!#-~]| (?=[!#-~])){1,4096}")


class _Folder:
    def __init__(self, for_matching: bool, offsets: bool = True):
        self.for_matching = for_matching
        self.offsets = offsets  # False: the text alone (the offsets are most of the work)
        self.pieces: list[str] = []
        self.last = ""  # the last character emitted
        self.starts = array("q")
        self.ends = array("q")

    def plain(self, text: str, start: int, end: int) -> None:
        if self.last == " " and text[start] == " ":
            if self.offsets:
                self.ends[-1] = start + 1  # continues a whitespace run
            start += 1
        if start == end:
            return
        piece = text[start:end]
        self.pieces.append(piece.lower() if self.for_matching else piece)
        if self.offsets:
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
                if self.offsets:
                    self.ends[-1] = end  # the space stands for the whole run
                return
            char = " "
        elif self.for_matching:
            lower = char.lower()
            char = lower if len(lower) == 1 else char  # keep one char per char
        self.pieces.append(char)
        if self.offsets:
            self.starts.append(start)
            self.ends.append(end)
        self.last = char


@functools.lru_cache(maxsize=16)  # one document's text serves all its claims
def fold(text: str, for_matching: bool) -> _Folded:
    return _fold(text, _Folder(for_matching))


@functools.lru_cache(maxsize=16)
def _folded_text(text: str) -> _Folded:
    """fold(text, True) without the offsets: enough to say whether a quote is there."""
    return _fold(text, _Folder(True, offsets=False))


def _fold(text: str, folder: _Folder) -> _Folded:
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
    folded = fold(text, for_matching=False)
    return folded.text, folded.starts.tolist() + [len(text)]


def _pieces(quote: str) -> list[str]:
    """The quote's pieces between ellipses, normalised for matching."""
    if _PLAIN.fullmatch(quote):  # most quotes: fold would copy them whole, lowered
        folded = quote.lower()  # (without the offsets, which a quote never needs)
    else:
        folded = fold(quote, for_matching=True).text
    if folded.count(".") < 3:  # no ellipsis (three dots) can be in it: one piece
        return [folded.strip()] if folded.strip() else []
    return [piece.strip() for piece in _ELLIPSIS.split(folded) if piece.strip()]


def _piece_pattern(piece: str) -> re.Pattern:
    """The piece at word boundaries: "5 refugees" is not in "15 refugees". `[^\\W_]`
    is exactly str.isalnum(); a boundary is checked only where the piece itself
    begins or ends with a letter or digit."""
    before = r"(?<![^\W_])" if piece[0].isalnum() else ""
    after = r"(?![^\W_])" if piece[-1].isalnum() else ""
    return re.compile(before + re.escape(piece) + after)


def too_many_omissions(quote: str) -> int | None:
    """How many times the quote leaves text out ('...'), when that is more than
    MAX_OMISSIONS; else None."""
    omissions = len(_pieces(quote)) - 1
    return omissions if omissions > MAX_OMISSIONS else None


def find_quote(quote: str, text: str) -> QuoteMatch | None:
    """Where the quote occurs in the text (original offsets), or None. A quote with
    more than MAX_OMISSIONS omissions is never found (see `too_many_omissions`)."""
    pieces = _pieces(quote)
    if not pieces or len(pieces) > MAX_OMISSIONS + 1:
        return None
    folded = fold(text, for_matching=True)
    chain = _plain_chain(pieces, folded)
    if chain is False:
        chain = _chain(pieces, folded)
    if chain is None:
        return None
    spans = tuple((folded.starts[at], folded.ends[at + len(piece) - 1])
                  for at, piece in zip(chain, pieces))
    start, end = spans[0][0], spans[-1][1]
    return QuoteMatch(start, end, text[start:end], spans)


def quote_found(quote: str, text: str) -> bool:
    """find_quote(quote, text) is not None, without the offsets of the text when
    the quote is one piece found (or not) by str.find (most quotes)."""
    pieces = _pieces(quote)
    if len(pieces) == 1:
        chain = _plain_chain(pieces, _folded_text(text))
        if chain is not False:
            return chain is not None
    return find_quote(quote, text) is not None


# A quote without omissions is at the first occurrence of its one piece; str.find
# finds it without compiling a pattern (which costs more than the search), as long
# as few occurrences fail the word-boundary test.
PLAIN_TRIES = 16


def _plain_chain(pieces: list[str], folded: _Folded) -> list[int] | None | bool:
    """_chain for a one-piece quote: its position, None if absent, False when
    undecided after PLAIN_TRIES occurrences (then _chain decides)."""
    if len(pieces) != 1:
        return False
    piece, text = pieces[0], folded.text
    check_before, check_after = piece[0].isalnum(), piece[-1].isalnum()
    at = text.find(piece)
    for _ in range(PLAIN_TRIES):
        if at == -1:
            return None
        end = at + len(piece)
        if not (check_before and at > 0 and text[at - 1].isalnum()) and not (
                check_after and end < len(text) and text[end].isalnum()):
            return [at]
        at = text.find(piece, at + 1)
    return None if at == -1 else False


class _Searcher:
    """Occurrences of one piece in the folded text, found by the regex engine between
    folded indexes, never one by one in Python."""

    def __init__(self, piece: str, folded: _Folded):
        self.pattern = _piece_pattern(piece)
        self.length = len(piece)
        self.folded = folded

    def end(self, at: int) -> int:
        """The original end offset of the occurrence at folded index `at`."""
        return self.folded.ends[at + self.length - 1]

    def first(self, lo: int, hi: int) -> int | None:
        """The first occurrence starting at a folded index in [lo, hi]."""
        if lo > hi:
            return None
        text = self.folded.text
        # Up to hi + length + 1: the boundary check after a match at hi sees its
        # character; a match starting after hi is cut short and dropped below.
        match = self.pattern.search(text, lo, min(len(text), hi + self.length + 1))
        return match.start() if match is not None and match.start() <= hi else None

    def last(self, lo: int, hi: int) -> int | None:
        """The last occurrence starting in [lo, hi]: a binary search over `first`."""
        if self.first(lo, hi) is None:
            return None
        while lo < hi:
            middle = (lo + hi + 1) // 2
            if self.first(middle, hi) is None:
                hi = middle - 1
            else:
                lo = middle
        return lo

    def starts_between(self, lo_offset: int, hi_offset: int) -> tuple[int, int]:
        """The folded indexes whose original start offset is in [lo_offset, hi_offset]."""
        starts = self.folded.starts
        return bisect.bisect_left(starts, lo_offset), bisect.bisect_right(starts, hi_offset) - 1

    def last_ending_by(self, offset: int) -> int:
        """The last folded index at which an occurrence would end at or before the
        original offset."""
        return bisect.bisect_right(self.folded.ends, offset) - self.length


def _chain(pieces: list[str], folded: _Folded) -> list[int] | None:
    """Positions of the pieces, in order, each within MAX_GAP of the one before: of
    the chains, the one whose last piece comes first, each earlier piece at its latest
    occurrence that still reaches the next one.

    Zones instead of occurrences: zones[i] are the original offsets at which piece i
    may start, the union of [end, end + MAX_GAP] over the reachable occurrences of
    piece i - 1. A run of occurrences each within MAX_GAP of the next makes a single
    zone, found by jumping to the last occurrence in reach (binary search with the
    regex engine), so a piece that occurs thousands of times ("a ... a ... a") costs
    a few searches per MAX_GAP characters, not one step per occurrence.
    """
    searchers = [_Searcher(piece, folded) for piece in pieces]
    everywhere = [(0, folded.starts[-1] if folded.starts else 0)]
    zones = [everywhere]
    for searcher in searchers[:-1]:
        zones.append(_next_zones(searcher, zones[-1]))
        if not zones[-1]:
            return None
    positions = [_first_in_zones(searchers[-1], zones[-1])]
    if positions[0] is None:
        return None
    for searcher, allowed in zip(reversed(searchers[:-1]), reversed(zones[:-1])):
        next_start = folded.starts[positions[-1]]
        positions.append(_latest_reaching(searcher, allowed, next_start))
    return positions[::-1]


def _next_zones(searcher: _Searcher, zones: list[tuple[int, int]]) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    for lo_offset, hi_offset in zones:
        lo, hi = searcher.starts_between(lo_offset, hi_offset)
        at = searcher.first(lo, hi)
        while at is not None:
            zone_start = searcher.end(at)
            zone_end = zone_start + MAX_GAP
            while (further := searcher.last(at + 1, min(hi, searcher.last_ending_by(
                    zone_end)))) is not None:
                at, zone_end = further, searcher.end(further) + MAX_GAP
            if found and zone_start <= found[-1][1]:
                found[-1] = (found[-1][0], max(found[-1][1], zone_end))
            else:
                found.append((zone_start, zone_end))
            at = searcher.first(at + 1, hi)
    return found


def _first_in_zones(searcher: _Searcher, zones: list[tuple[int, int]]) -> int | None:
    for lo_offset, hi_offset in zones:
        at = searcher.first(*searcher.starts_between(lo_offset, hi_offset))
        if at is not None:
            return at
    return None


def _latest_reaching(searcher: _Searcher, zones: list[tuple[int, int]],
                     next_start: int) -> int:
    """The latest occurrence allowed by `zones` that ends at or before `next_start`,
    at most MAX_GAP before it (one exists: the next piece was reached from one)."""
    lo = bisect.bisect_left(searcher.folded.ends, next_start - MAX_GAP) - searcher.length + 1
    hi = searcher.last_ending_by(next_start)
    best, at = None, searcher.first(max(lo, 0), hi)
    while at is not None:  # occurrences may overlap: step one character at a time
        if searcher.end(at) >= next_start - MAX_GAP and _allowed(searcher, zones, at):
            best = at
        at = searcher.first(at + 1, hi)
    return best


def _allowed(searcher: _Searcher, zones: list[tuple[int, int]], at: int) -> bool:
    offset = searcher.folded.starts[at]
    index = bisect.bisect_right(zones, (offset, float("inf"))) - 1
    return index >= 0 and zones[index][0] <= offset <= zones[index][1]


# ---------------------------------------------------------------- near misses
