"""Drafts for a change between two dates: "the number of refugees doubled in a week",
"arrivals rose by 40 percent since Monday", "163,000 more people displaced since
January". The quantity is the change of one quantity between its two dates: a
ratio `S.departed@D2 / S.departed@D1` for a factor or a percent, a difference
`S.departed@D2 - S.departed@D1` for a count. The dates come from the sentence:
"since D1" (to the publication date), "from D1 to D2", "between D1 and D2", "in a
week" (the week before D2); one of them may be the publication date. The value is
left as the quote's words ("rose by 40 percent", "doubled"), which the value grammar
reads as the change.

A number with a verb of change but no dates to set it between is not drafted as a
change: which two values it compares is a person's call.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..findings import FactcheckError
from ..grammar import parse_value
from ..interval import ordinal_to_iso
from .mention import Mention
from .text import Span

# a factor of change with no digits: the words say the ratio
FACTOR_WORDS = re.compile(r"^(?:more\s+than\s+|nearly\s+|almost\s+)?(?:doubled|tripled|trebled|"
                          r"quadrupled|halved)$", re.I)
# the same words in running text: no number is written, so `extract --format json`
# lists no mention; a draft is made only where the sentence gives the two dates
_FACTOR_IN_TEXT = re.compile(r"\b(?:(?:more\s+than|nearly|almost)\s+)?(?:doubled|tripled|"
                             r"trebled|quadrupled|halved)\b", re.I)
_VERB = re.compile(r"\b(?:rose|risen|rises|rising|grew|grown|grows|increased|increases|jumped|"
                   r"climbed|surged|soared|swelled|fell|fallen|falls|dropped|declined|"
                   r"decreased|shrank|plunged)\s+(?:by\s+)?(?:(?:nearly|almost|about|some|"
                   r"around|more\s+than|over)\s+)?$", re.I)
_MORE = re.compile(r"\s+more\b", re.I)  # "163,000 more IDPs"
_SINCE = re.compile(r"\bsince\s+(?:early\s+|late\s+|mid-?\s*)?$", re.I)
_FROM = re.compile(r"\bfrom\s+$", re.I)
_TO = re.compile(r"\b(?:to|until|and)\s+$", re.I)
_WITHIN = re.compile(r"\b(?:in|within|over)\s+(?:the\s+(?:past|last)\s+)?$", re.I)
DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}


@dataclass(frozen=True)
class Change:
    op: str  # "/" (a factor, a percent) or "-" (a count)
    first: str  # ISO date of the earlier value
    second: str  # ISO date of the later value
    dates: tuple  # spans of the date mentions the change consumed
    words: str  # the value: the quote's words of the change

    def expression(self, base: str) -> str:
        return f"{base}@{self.second} {self.op} {base}@{self.first}"


def change_of(text: str, sentence: Span, mention: Mention, mentions: list[Mention],
              published: dt.date | None) -> Change | None:
    """The change the number states, or None (no verb of change, or no two dates)."""
    words = _change_words(text, mention)
    if words is None:
        return None
    op = "-" if mention.kind == "count" and not FACTOR_WORDS.match(mention.text) else "/"
    here = [m for m in mentions if sentence.start <= m.start < sentence.end and m is not mention
            and not _past_another_count(mention, m, mentions)]
    span = _between(text, here) or _since(text, here, published) or _within(
        text, mention, here, published)
    if span is None:
        return None
    first, second, used = span
    if first >= second:
        return None
    return Change(op, first, second, used, words)


def _past_another_count(mention: Mention, other: Mention, mentions: list[Mention]) -> bool:
    """Whether another count stands between the number and `other`: "five more deaths
    in addition to the four already reported since Sunday" (Sunday is the four's)."""
    low, high = sorted((mention.end, other.start)) if other.start >= mention.end else \
        (other.end, mention.start)
    return any(m.kind == "count" and low <= m.start and m.end <= high for m in mentions)


def factor_mentions(text: str, skip) -> list[Mention]:
    """"doubled", "more than tripled", "halved" in the text, as ratio mentions for
    drafting (never listed by `extract --format json`: they write no number)."""
    found = []
    for match in _FACTOR_IN_TEXT.finditer(text):
        if any(span.start <= match.start() < span.end for span in skip):
            continue
        words = " ".join(match.group(0).split())
        try:
            interval = parse_value(words)
        except FactcheckError:
            continue  # the phrase table was overridden without the change words
        found.append(Mention(match.start(), match.end(), words, "ratio", interval))
    return found


def _change_words(text: str, mention: Mention) -> str | None:
    """The words of the change, from its verb through the number: "rose by 40
    percent", "doubled", "163,000 more"; None when no verb of change governs it."""
    if FACTOR_WORDS.match(mention.text):
        return mention.text
    verb = _VERB.search(text, max(0, mention.start - 40), mention.start)
    if verb is not None and mention.change in ("up", "down"):
        return " ".join(text[verb.start():mention.end].split())
    if mention.kind == "count" and _MORE.match(text, mention.end):
        return mention.text
    return None


def _between(text: str, dates: list[Mention]):
    """"between March 1 and March 8", "from March 1 to March 8"."""
    days = [m for m in dates if m.kind == "date" and m.interval is not None]
    for m in days:
        if m.text.lower().startswith("between ") and m.interval.low < m.interval.high:
            return _iso(m.interval.low), _iso(m.interval.high), ((m.start, m.end),)
    for a, b in zip(days, days[1:]):
        if _FROM.search(text, 0, a.start) and _TO.search(text, a.end, b.start) \
                and len(text[a.end:b.start].split()) <= 1:
            return _iso(a.interval.low), _iso(b.interval.high), ((a.start, a.end), (b.start, b.end))
    return None


def _since(text: str, dates: list[Mention], published: dt.date | None):
    """"since Monday", "since January" (its first day): to the publication date."""
    if published is None:
        return None
    for m in dates:
        if m.kind == "date" and m.interval is not None and _SINCE.search(
                text, max(0, m.start - 20), m.start):
            return _iso(m.interval.low), published.isoformat(), ((m.start, m.end),)
    return None


def _within(text: str, mention: Mention, durations: list[Mention],
            published: dt.date | None):
    """"doubled in a week", "in the past week": the week before the publication date."""
    if published is None:
        return None
    for m in durations:
        if m.kind not in ("duration", "date") or m.start < mention.end or m.interval is None:
            continue
        if not _WITHIN.search(text, max(0, m.start - 20), m.start):
            continue
        if m.kind == "date":  # "in the past week": from the window's first day to now
            window = m.interval
            if window.low is None or window.low >= window.high or _iso(window.low) >= \
                    published.isoformat():
                return None
            return _iso(window.low), published.isoformat(), ((m.start, m.end),)
        exact = m.interval.exact or m.interval
        days = DAYS.get(str(m.unit or "").rstrip("s"))
        if days is None or exact.low != exact.high:
            return None
        first = published - dt.timedelta(days=int(exact.low * days))
        return first.isoformat(), published.isoformat(), ((m.start, m.end),)
    return None


def _iso(ordinal) -> str:
    return ordinal_to_iso(ordinal)
