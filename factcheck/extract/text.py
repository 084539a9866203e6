"""Plain-text structure the extractor needs: sentences, clauses, and the stretches
of text whose digits are not figures (web addresses, e-mail, phone numbers) or are
figures the grammar does not read (clock times).

Everything works on character offsets of the original text, so a mention found by
the grammar can be placed in its sentence and clause without copying the text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

# A sentence ends at . ! or ? (with closing quotes or brackets) before whitespace
# and a capital, digit or opening quote, or at a line break. "U.N. would" and
# "Mr. Aliyev" do not end sentences.
_SENTENCE_END = re.compile(r"""[.!?]["'”’»)\]]*\s+(?=["'“‘«(\[]?[A-Z0-9])|\n\s*""")
_ABBREVIATION = re.compile(r"(?:\b[A-Z]\.|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Prof|"
                           r"Gov|Sen|Rep|Jr|Sr|No|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|"
                           r"Sep|Sept|Oct|Nov|Dec|Rs)\.)[\"'”’»)\]]*\s+$")

# Clause boundaries inside a sentence: punctuation, and the words that open a new
# clause ("promises that Armenians ... will be protected": the "will" is not the
# promise's tense).
_CLAUSE_PUNCT = re.compile(r"[,;:](?!\d)|[()\[\]“”\"—–]|\s-\s")
_CLAUSE_WORDS = frozenset("""that which who whom whose because while when whereas
although though but and since after before until unless if where so""".split())
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")

# A digit that starts a word is written \d(?<!\w\d) below rather than \b\d: the
# same thing, but a pattern that begins with \d lets the regex engine skip straight
# to the next digit instead of trying every character (three times faster).

# Digits that are not figures, masked before the grammar runs: the alternatives of
# one pattern, each with the strings it cannot match without (none: always tried).
_NOT_FIGURES = (
    (r"(?:https?://|www\.)\S+", ("://", "www.")),                  # web addresses
    (r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", ("@",)),                    # e-mail
    (r"\+\d{1,3}(?:[\s.-]?\(?\d{1,4}\)?){2,5}(?![\d,])", ("+",)),  # +44 20 7946 0958
    (r"\(\d{3}\)\s?\d{3}[-.\s]\d{4}\b", ("(",)),                  # (555) 123-4567
    (r"\d(?<!\w\d)\d\d[-.]\d{3}[-.]\d{4}\b", ()),                 # 555-123-4567
    (r"0(?<!\w0)\d{2,4}[ -]\d{3,4}[ -]\d{3,4}\b", ()))               # 0800 555 0199
# Clock times: number-like, but not in the phrase table, so reported as unparsed.
# A point between hours and minutes makes a time only with am/pm after it: "9.30am"
# is a time, "49.46" a decimal.
_AM_PM = r"\s*[ap]\.?\s?m\b\.?"
_CLOCK = re.compile(r"\d(?<!\w\d)\d?(?::\d{2}(?::\d{2})?(?:" + _AM_PM + r")?"  # 9:30
                    r"|\.\d{2}" + _AM_PM +                                  # 9.30am
                    r"|\s*[ap]\.\s?m\.|\s*[ap]m\b)", re.I)                  # 9 a.m., 9pm


@dataclass(frozen=True)
class Span:
    start: int
    end: int


class Sentences:
    """The sentences of a text, found once, looked up by offset."""

    def __init__(self, text: str):
        self.text = text
        self.starts = [0]
        for match in _SENTENCE_END.finditer(text):
            # a line break ends a sentence, after an abbreviation too ("S.C.\n\n")
            if "\n" in match.group() or not _ABBREVIATION.search(
                    text[max(0, match.start() - 8):match.end()]):
                self.starts.append(match.end())
        self._spans: dict[int, Span] = {}  # sentence number -> span, as asked for

    def around(self, pos: int) -> Span:
        """The sentence holding offset `pos`, without surrounding whitespace."""
        k = bisect.bisect_right(self.starts, pos) - 1
        span = self._spans.get(k)
        if span is None:  # worked out once: each mention asks several times
            span = self._spans[k] = self._trimmed(k)
        return span

    def _trimmed(self, k: int) -> Span:
        start = self.starts[k]
        end = self.starts[k + 1] if k + 1 < len(self.starts) else len(self.text)
        while end > start and self.text[end - 1].isspace():
            end -= 1
        while start < end and self.text[start].isspace():
            start += 1
        return Span(start, end)

    def text_of(self, start: int, end: int) -> str:
        first, last = self.around(start), self.around(max(start, end - 1))
        return self.text[first.start:max(last.end, end)]


def clause_around(text: str, sentence: Span, start: int, end: int) -> Span:
    """The clause of `sentence` holding text[start:end]: bounded by punctuation and by
    the words that open a new clause."""
    left = sentence.start
    for match in _CLAUSE_PUNCT.finditer(text, sentence.start, start):
        left = match.end()
    for match in _WORD.finditer(text, left, start):
        if match.group().lower() in _CLAUSE_WORDS:
            left = match.start()
    right = sentence.end
    found = _CLAUSE_PUNCT.search(text, end, sentence.end)
    if found is not None:
        right = found.start()
    for match in _WORD.finditer(text, end, right):
        if match.group().lower() in _CLAUSE_WORDS:
            right = match.start()
            break
    return Span(left, right)


def masked_spans(text: str) -> list[Span]:
    """Stretches whose digits are no figures at all: addresses, e-mail, phones."""
    # An alternative that cannot match anywhere in the text changes no match, so it
    # is left out: the e-mail one, tried at every letter, was most of the time here.
    present = tuple(not needs or any(n in text for n in needs) for _, needs in _NOT_FIGURES)
    return [Span(m.start(), m.end()) for m in _not_figures(present).finditer(text)]


@cache
def _not_figures(present: tuple[bool, ...]) -> re.Pattern:
    return re.compile("|".join(part for (part, _), used in zip(_NOT_FIGURES, present)
                               if used))


def clock_times(text: str) -> list[Span]:
    return [Span(m.start(), m.end()) for m in _CLOCK.finditer(text)]


class SpanSet:
    """Sorted, non-overlapping spans with a fast "which span holds pos" lookup."""

    def __init__(self, spans: list[Span]):
        merged: list[Span] = []
        for span in sorted(spans, key=lambda s: s.start):
            if merged and span.start < merged[-1].end:
                merged[-1] = Span(merged[-1].start, max(merged[-1].end, span.end))
            else:
                merged.append(span)
        self.spans = merged
        self.starts = [s.start for s in merged]

    def holding(self, pos: int) -> Span | None:
        k = bisect.bisect_right(self.starts, pos) - 1
        if k >= 0 and self.spans[k].start <= pos < self.spans[k].end:
            return self.spans[k]
        return None
