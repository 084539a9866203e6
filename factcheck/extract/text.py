"""Plain-text structure the extractor needs: sentences, clauses, and the stretches
of text whose digits are not figures (web addresses, e-mail, phone numbers) or are
figures the grammar does not read (clock times).

Everything works on character offsets of the original text, so a mention found by
the grammar can be placed in its sentence and clause without copying the text.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

# (sentences and clauses are the grammar's: the loader reads a quote's tense too)
from ..grammar.clauses import Sentences, Span, clause_around  # noqa: F401

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
    (r"0(?<!\w0)\d{2,4}[ -]\d{3,4}[ -]\d{3,4}\b", ()),              # 0800 555 0199
    (r"(?<!\w)(?:4\s?[x×]\s?4|6\s?[x×]\s?6)s?\b", ("x", "×")))       # 4x4 vehicles
# Clock times: number-like, but not in the phrase table, so reported as unparsed.
# A point between hours and minutes makes a time only with am/pm after it: "9.30am"
# is a time, "49.46" a decimal.
_AM_PM = r"\s*[ap]\.?\s?m\b\.?"
_CLOCK = re.compile(r"\d(?<!\w\d)\d?(?::\d{2}(?::\d{2})?(?:" + _AM_PM + r")?"  # 9:30
                    r"|\.\d{2}" + _AM_PM +                                  # 9.30am
                    r"|\s*[ap]\.\s?m\.|\s*[ap]m\b)", re.I)                  # 9 a.m., 9pm


def masked_spans(text: str) -> list[Span]:
    """Stretches whose digits are no figures at all: addresses, e-mail, phones, and
    a kind of vehicle ("4×4 vehicles", "4x4s": no count of four)."""
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


def title_end(text: str) -> int:
    """Where the title line ends: the first line of a text of several lines (0 for a
    text of one line, which has no title)."""
    first = re.match(r"\s*[^\n]*\n", text)
    return first.end() if first else 0


# the months by their full names, for patterns that must tell a day from a name
MONTHS = (r"(?:January|February|March|April|May|June|July|August|September|October|"
          r"November|December)")
DAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
