"""Passages of an article for hints: the passage most like a quote that is not in
the text ("did you mean"), and the sentence around a span."""

from __future__ import annotations

import difflib
import heapq
import re

from .quote_match import WORD, fold

CANDIDATES = 12  # windows compared in full by closest_passage
MAX_QUOTE_WORDS = 200  # closest_passage compares at most this many words
SENTENCE_REACH = 1000  # how far sentence_around looks for a sentence boundary


def closest_passage(quote: str, text: str) -> str:
    """The passage of the text most like the quote, for a "did you mean" hint.

    Linear pre-selection, then difflib on a few windows: a window as many words
    long as the quote slides over the text, scored by how many of its words the quote
    has; the best CANDIDATES windows are compared word by word with SequenceMatcher.
    """
    quote_words = [w.group() for w in WORD.finditer(fold(quote, True).text)]
    quote_words = quote_words[:MAX_QUOTE_WORDS]
    folded = fold(text, for_matching=True)
    words = list(WORD.finditer(folded.text))
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
