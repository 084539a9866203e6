"""The quote of a drafted claim: the shortest clause that carries the number, its
subject and its verb ("the Armenian government said over 100,000 of the estimated
120,000 residents of Karabakh have already fled").

Start with the clause the number is in (punctuation and words like "that", "who"
bound it); while it has no finite verb, or is only a few words, widen it by the
comma-separated pieces next to it, within the sentence. The quote is always a
stretch of the original text, so `factcheck verify` finds it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .text import Sentences, Span, clause_around

MAX_QUOTE = 300
MIN_WORDS = 5
_PIECE_BREAK = re.compile(r"[,;:](?!\d)|[()\[\]—–]|\s-\s")
_VERB = re.compile(r"\b(?:is|are|was|were|be|been|being|has|have|had|said|says|say|told|"
                   r"did|does|do|will|would|could|can|may|might|must|should|shall|took|"
                   r"left|fled|made|went|came|kept|met|won|lost|rose|fell|paid|held|"
                   r"saw|gave|got|ran|sent|spent|stood|began|fought|hit|cut|put|set|"
                   r"remain|remains|live|lives|flee|flees|[a-z]{3,}ed)\b", re.I)
_WORDS = re.compile(r"\w+")
_STRIP = " \t\n,;:“”\"'‘’()[]—–-"


def quote_for(text: str, sentences: Sentences, start: int, end: int) -> str:
    return _clean(text, _span(text, sentences, start, end), start, end)


def quote_from_sentence_start(text: str, sentences: Sentences, start: int, end: int,
                              holds) -> str | None:
    """The quote reaching back to its sentence's start, when `holds(quote)` and
    the short one does not: "We will have to provide food and shelter ... until
    October" carries the "will" that makes October the coming one."""
    span = _span(text, sentences, start, end)
    wider = _clean(text, Span(sentences.around(start).start, span.end), start, end)
    return wider if holds(wider) else None


def distinct_quotes(text: str, sentences: Sentences, drafts: list) -> list:
    """`drafts` with each quote an earlier draft of another sentence already has
    widened until that sentence no longer holds it: a story that prints its lead
    again ("Nearly 50 wildfires have sprung up ..., forcing the evacuations of
    thousands") would else give two claims verify reads as one repeated. A sentence
    printed twice word for word keeps its quote: the text repeats itself."""
    first: dict[str, Span] = {}
    result = []
    for draft in drafts:
        sentence = sentences.around(draft.span[0])
        other = first.get(draft.quote)
        if other is not None and other != sentence:
            held = " ".join(text[other.start:other.end].split())
            draft = replace(draft, quote=_wider_than(text, sentences, draft.span, held))
        first.setdefault(draft.quote, sentence)
        result.append(draft)
    return result


def _wider_than(text: str, sentences: Sentences, span: tuple[int, int], held: str) -> str:
    """The number's quote, widened piece by piece until `held` does not contain it."""
    start, end = span
    wider = _span(text, sentences, start, end)
    pieces = _pieces(text, sentences.around(start))
    quote = _clean(text, wider, start, end)
    while quote in held:
        widest = _widen(pieces, wider)
        if widest == wider:
            break
        wider = widest
        quote = _clean(text, wider, start, end)
    return quote


def _span(text: str, sentences: Sentences, start: int, end: int) -> Span:
    sentence = sentences.around(start)
    span = clause_around(text, sentence, start, end)
    span = Span(min(span.start, start), max(span.end, end))
    pieces = _pieces(text, sentence)
    while not _complete(text, span):
        wider = _widen(pieces, span)
        if wider == span:
            break
        span = wider
    return span


def _pieces(text: str, sentence: Span) -> list[Span]:
    cuts = [sentence.start]
    for match in _PIECE_BREAK.finditer(text, sentence.start, sentence.end):
        cuts.append(match.end())
    cuts.append(sentence.end)
    return [Span(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


def _complete(text: str, span: Span) -> bool:
    piece = text[span.start:span.end]
    return bool(_VERB.search(piece)) and len(_WORDS.findall(piece)) >= MIN_WORDS


def _widen(pieces: list[Span], span: Span) -> Span:
    """The pieces the span touches; else one more piece: the one before, else after."""
    touching = [p for p in pieces if p.start < span.end and span.start < p.end]
    if touching:
        whole = Span(min(span.start, touching[0].start), max(span.end, touching[-1].end))
        if whole != span:
            return whole
    before = [p for p in pieces if p.end <= span.start + 1 and p.start < span.start]
    if before:
        return Span(before[-1].start, span.end)
    after = [p for p in pieces if p.start >= span.end - 1 and p.end > span.end]
    if after:
        return Span(span.start, after[0].end)
    return span


def _clean(text: str, span: Span, start: int, end: int) -> str:
    a, b = span.start, span.end
    if b - a > MAX_QUOTE:  # a window around the number, at word boundaries
        a = max(a, start - MAX_QUOTE // 2)
        b = min(b, max(end, a + MAX_QUOTE))
        while a > span.start and text[a - 1].isalnum():
            a += 1
        while b < span.end and b > end and text[b].isalnum():
            b -= 1
    while a < start and text[a] in _STRIP:
        a += 1
    while b > end and text[b - 1] in _STRIP + ".":
        b -= 1
    return " ".join(text[a:b].split())
