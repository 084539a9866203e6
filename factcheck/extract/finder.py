"""Finding every numeric mention of a text with the verify grammar's own matcher.

The scan walks the grammar's tokens left to right. At each token the grammar's
`Matcher.match_at` reads the longest value phrase starting there; the extractor then
only decides what the grammar cannot: where a mention's span begins and ends (a
preposition before a year, a person noun after a count, a filler word are left out),
whether the clause speaks of the future, whether a count counts people, whether a
verb of change governs it ("rose 5%": change up), and which number-like things are
no claims: names like "Boeing 737", "COVID-19", ordinals, phone numbers and slashed
dates become mentions of kind `name`, listed only when asked for (`extract --all`).
Number-like text the grammar cannot read becomes a mention of kind `unparsed`. So
every digit of a text is in a mention.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, replace

from ..findings import FactcheckError
from ..grammar import Matcher
from ..grammar.change import change_of
from ..grammar.quantity import TEMPERATURES
from ..grammar.table import PhraseTable
from ..interval import Interval
from . import filters, trim
from .mention import NAME, UNPARSED, Mention, json_unit
from .people import counts_people
from .starters import candidates
from .text import Sentences, SpanSet, clause_around, clock_times, masked_spans


@dataclass
class Scan:
    """One text being scanned: the matcher, its tokens, and lookups over the text."""

    text: str
    matcher: Matcher
    sentences: Sentences
    masked: SpanSet
    clocks: SpanSet
    starts: list[int]  # each token's start offset, for bisect

    @property
    def tokens(self):
        return self.matcher.ctx.tokens

    @property
    def table(self) -> PhraseTable:
        return self.matcher.ctx.table

    def clause(self, start: int, end: int):
        return clause_around(self.text, self.sentences.around(start), start, end)


def find_mentions(text: str, published: dt.date | None = None, *,
                  table: PhraseTable | None = None, gate: bool = True,
                  language: str | None = None, names: bool = False) -> list[Mention]:
    """Every numeric mention of `text`, in text order.

    `published` anchors relative dates; without it the document's own date line is
    used when there is one, else relative dates are reported as unparsed.
    `language` (an IETF tag; English when None) says how digits are grouped; an
    unknown one raises FactcheckError. `names` keeps the mentions of kind `name`.
    """
    if published is None:
        from .docdate import document_date
        published = document_date(text, table)
    matcher = Matcher(text, published, table=table, language=language)
    scan = Scan(text, matcher, Sentences(text), SpanSet(masked_spans(text)),
                SpanSet(clock_times(text)), matcher.token_starts)
    return [m for m in _walk(scan, gate) if names or m.kind != NAME]


def _walk(scan: Scan, gate: bool = True):
    tokens = scan.tokens
    covered = 0
    for i in candidates(tokens, scan.table) if gate else range(len(tokens)):
        token = tokens[i]
        if token.start < covered:
            continue
        masked = scan.masked.holding(token.start)
        if masked is not None or token.kind == "slashed":
            span = masked or token  # a phone number, address, "5/17/2018", "24/7"
            yield _named(scan, span.start, span.end)
            covered = span.end
            continue
        clock = scan.clocks.holding(token.start)
        if clock is not None:
            yield _unparsed(scan, clock.start, clock.end, "a clock time")
            covered = clock.end
            continue
        found, covered_to = _read_at(scan, i)
        if found is not None:
            yield from _two_days(found)
        covered = max(covered, covered_to)


# "on May 1 and 2", "3 and 4 June": the grammar reads two days running as one stretch;
# each day is a mention of its own (the first the start, the second the end)
_PAIRED = re.compile(r"(.*?\d+(?:st|nd|rd|th)?)(\s+and\s+)(\d+(?:st|nd|rd|th)?\b.*)")


def _two_days(found: Mention):
    paired = _PAIRED.fullmatch(found.text) if found.kind == "date" and not re.match(
        r"(?:between|from)\b", found.text, re.I) else None  # ("between 6 and 7 May": one)
    span = found.interval
    if paired is None or span is None or span.low is None or span.high != span.low + 1:
        yield found
        return
    cut = found.start + paired.end(1)
    yield replace(found, end=cut, text=paired[1], interval=replace(span, high=span.low))
    second = found.start + paired.start(3)
    yield replace(found, start=second, text=paired[3], interval=replace(span, low=span.high))


# "Minister Santosh Lad Hands Over Rs 5 Lakh": the verb's particle, no "more than"
# (not "took over 20 hours": more than 20)
_PARTICLE_VERB = re.compile(r"\b(?:hands?|handed|handing|signs?|signed|signing|forks?|forked|"
                            r"forking)\s+$", re.I)


def _read_at(scan: Scan, i: int) -> tuple[Mention | None, int]:
    """The mention starting at token i (or None) and how far the text is used up."""
    token = scan.tokens[i]
    if token.low == "over" and _PARTICLE_VERB.search(scan.text, max(0, token.start - 12),
                                                     token.start):
        return None, 0  # (the amount after it is read from its own first token)
    try:
        found = scan.matcher.match_at(token.start)
    except FactcheckError as error:
        return _after_error(scan, i, error)
    if found is None:
        if token.kind == "number":
            return _unparsed(scan, token.start, token.end, "not a value phrase"), token.end
        return None, 0
    interval, end = found
    return _accept(scan, i, interval, end)


def _empty(iv: Interval) -> bool:
    if iv.low is None or iv.high is None:
        return False
    return iv.low > iv.high or (iv.low == iv.high and (iv.low_open or iv.high_open))


_SIGN_WORDS = frozenset({"minus"})
# "12 below zero", "wind chill of 31 below", "drop below zero": a temperature's sign
# after the number, or zero itself, with no scale (not "10 below the poverty line")
_SIGN_AFTER = re.compile(r"\s+(?:degrees?\s+)?below(?:\s+zero)?\b(?!\s+(?:the|a|an)\b|\s+\d)",
                         re.I)
_ZERO = re.compile(r"(?:below|under)\s+(?:zero|freezing)", re.I)
# "around 4am", "5.10 a.m.", "2310 GMT": a time of day, no count
_CLOCK_AFTER = re.compile(r"\s*(?:[ap]\.?m\b\.?|(?:GMT|UTC)\b|local\s+time\b)", re.I)


# "(2015 GMT)": a 24-hour clock that also reads as a year
_HHMM = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")


def _may_be_clock(scan: Scan, interval: Interval, start: int, end: int) -> bool:
    return interval.kind == "count" or (
        interval.kind == "date" and _HHMM.fullmatch(scan.text, start, end) is not None)


def _accept(scan: Scan, i: int, interval: Interval, end: int) -> tuple[Mention | None, int]:
    start = scan.tokens[i].start
    future = False
    if interval.kind == "date" and filters.clause_is_future(scan, start, end):
        interval, end, future = _future_reading(scan, start, interval, end)
    if i > 0 and scan.tokens[i - 1].low in _SIGN_WORDS and interval.unit not in TEMPERATURES:
        # "as low as minus 26" with no scale: the sign is not read, and 26 is no reading
        sign = scan.tokens[i - 1].start
        return _unparsed(scan, sign, end, "a sign word with no temperature scale"), end
    if interval.kind == "count" and _old_year(scan, i, end):
        return _unparsed(scan, start, end, "a year before 1800"), end
    clock = _CLOCK_AFTER.match(scan.text, end) if _may_be_clock(scan, interval, start, end) \
        else None
    if clock is not None:
        return _unparsed(scan, start, clock.end(), "a clock time"), clock.end()
    held = scan.clocks.holding(end - 1) if interval.kind == "count" else None
    if held is not None and held.start > start:  # "around 11:30 p.m.": the hedge and
        return _unparsed(scan, start, held.end, "a clock time"), held.end  # its clock
    masked = scan.masked.holding(end - 1)
    if masked is not None and masked.start > start \
            and not any(c.isdigit() for c in scan.text[start:masked.start]):
        # "Some 4x4s were stuck": a hedge, then a kind of vehicle, no count (not "1 000
        # 000 000", whose own digits run on into a phone-like tail)
        return _named(scan, masked.start, masked.end), masked.end
    after = _SIGN_AFTER.match(scan.text, end)
    if interval.unit not in TEMPERATURES and interval.kind != "date" and (
            after is not None or _ZERO.fullmatch(scan.text, start, end)):
        stop = after.end() if after is not None else end
        return _unparsed(scan, start, stop, "a sign word with no temperature scale"), stop
    if _empty(interval):  # "It crossed the entire ocean": more than all of it, no reading
        return None, end
    verdict = filters.judge(scan, i, interval, end)
    if verdict is filters.DROP:
        return None, end
    if verdict is filters.NAME:
        stop = max(end, filters.attached_run_end(scan, i))
        return _named(scan, start, stop), stop
    if verdict is filters.UNPARSED:
        stop = filters.attached_run_end(scan, i)
        return _unparsed(scan, start, max(end, stop), "number-like text"), max(end, stop)
    if isinstance(verdict, Interval):
        interval, end = verdict, filters.attached_run_end(scan, i)
    start, shown_end = trim.span(scan, i, start, end, interval, future)
    return _mention(scan, i, start, shown_end, end, interval, future), end


# "since 1500", "in 1568.", "a massive 1568 eruption": a year the grammar does not read
# (it reads 1800 to 2199), not a count
_BEFORE_OLD_YEAR = frozenset({"since", "until", "till"})
_EVENT_AFTER = re.compile(r"\s+(?:eruption|earthquake|quake|flood|floods|famine|plague|"
                          r"epidemic|war|storm|hurricane|typhoon|cyclone|fire)\b", re.I)


def _old_year(scan: Scan, i: int, end: int) -> bool:
    token = scan.tokens[i]
    if not (token.text.isdigit() and len(token.text) == 4 and 1000 <= int(token.text) < 1800
            and token.end == end):
        return False
    before = scan.tokens[i - 1].low if i > 0 else ""
    after = scan.text[end:end + 2]
    return before in _BEFORE_OLD_YEAR or bool(_EVENT_AFTER.match(scan.text, end)) or (
        before == "in" and (not after or after[0] in ".,;:)" or after.isspace() and
                            not after[1:].isalpha()))


def _future_reading(scan: Scan, start: int, interval: Interval, end: int):
    try:
        found = scan.matcher.match_at(start, future=True)
    except FactcheckError:
        return interval, end, False
    if found is None:
        return interval, end, False
    return found[0], found[1], True


def _mention(scan: Scan, i: int, start: int, end: int, used_end: int,
             interval: Interval, future: bool) -> Mention:
    people = False
    if interval.kind == "count" and interval.unit is None and _whole(interval):
        sentence = scan.sentences.around(start)
        after = _token_after(scan, used_end)
        people = counts_people(scan.tokens, i, after, sentence.start, scan.table)
    change = change_of(scan.matcher.ctx, i) if interval.kind != "date" else None
    return Mention(start, end, scan.text[start:end], interval.kind, interval,
                   json_unit(interval, people), scan.sentences.text_of(start, end), future,
                   change=change)


def _whole(interval: Interval) -> bool:
    """People come in whole numbers: "a magnitude 6.1 earthquake" counts none."""
    return all(v is None or v.denominator == 1 for v in (interval.low, interval.high))


def _token_after(scan: Scan, end: int) -> int:
    return bisect.bisect_left(scan.starts, end)


def _after_error(scan: Scan, i: int, error: FactcheckError) -> tuple[Mention | None, int]:
    """A phrase the grammar recognised but cannot read (30 February, 400 digits, a
    range that runs downwards, a relative date with no anchor): unparsed."""
    token = scan.tokens[i]
    stop = getattr(error, "end", None)
    if stop is not None and 0 < stop <= len(scan.tokens) and token.kind == "word":
        end = scan.tokens[stop - 1].end
        start, _ = trim.span(scan, i, token.start, end, None, False)
        return _unparsed(scan, start, end, error.message), end
    if token.kind != "number":
        return None, 0
    end = filters.attached_run_end(scan, i)
    if filters.a_score(scan.text, token.start, end):
        return _named(scan, token.start, end), end  # "a 2-1 win": a score, no range
    return _unparsed(scan, token.start, end, error.message), end


def _named(scan: Scan, start: int, end: int) -> Mention:
    return Mention(start, end, scan.text[start:end], NAME, None, None,
                   scan.sentences.text_of(start, end))


def _unparsed(scan: Scan, start: int, end: int, note: str) -> Mention:
    return Mention(start, end, scan.text[start:end], UNPARSED, None, None,
                   scan.sentences.text_of(start, end), note=note)
