"""Sentences and clauses of a text, and whether a clause speaks of the future.

Both the extractor (a date in an article) and the loader (a date in a claim's quote)
ask whether the clause holding a date refers to the future: then a weekday or a day
with no year is the first such day on or after the anchor, not the last one before.
Everything works on character offsets of the original text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..findings import FactcheckError

# A sentence ends at . ! or ? (with closing quotes or brackets) before whitespace
# and a capital, digit or opening quote, or at a line break. "U.N. would" and
# "Mr. Aliyev" do not end sentences.
_SENTENCE_END = re.compile(r"""[.!?]["'”’»)\]]*\s+(?=["'“‘«(\[]?[A-Z0-9])|\n\s*""")
# a page that lost the space after its full stops: "according to the defense
# ministry.Citing Vice President ..." (two small letters before the stop: not "Mr.Smith",
# "U.S.", "p.m.")
# (not past a quotation mark: "Ms Bligh said.”We now have" may open a quotation with
# a closing mark, and the quotation stays with its frame)
_RUN_ON = re.compile(r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])")
# a text wrapped at a fixed width: one line break, no mark ending the line before it
# and a small letter after it
_WRAPPED = re.compile(r"[\w,]\n[ \t]*[a-z]")
# (not "49.9°C. The": a scale's letter)
_ABBREVIATION = re.compile(r"(?:(?<![°\d])\b[A-Z]\.|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Cpl|"
                           r"Capt|Cmdr|Maj|Brig|Rev|Supt|Insp|Const|Det|Prof|Gov|Sen|Rep|Jr|Sr|No|"
                           r"vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Rs)\.)"
                           r"[\"'”’»)\]]*\s+$")

# the time zones a clock may be given in ("10 p.m. ET", "2231 GMT"), in capitals
TIME_ZONES = r"(?-i:GMT|UTC|[ECMP][SD]?T|IST|JST|BST|CET)"
# "As of 8 a.m. Tuesday, 32 aftershocks": the hour's "a.m." before its day, month or
# time zone ends no sentence (before any other capital it may: "at 8 a.m. Rescuers")
_CLOCK_THEN_DAY = re.compile(r"[ap]\.m\.\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                             r"Saturday|Sunday|January|February|March|April|May|June|July|"
                             r"August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|"
                             rf"Jul|Aug|Sept?|Oct|Nov|Dec|{TIME_ZONES}|local)\b")

# Clause boundaries inside a sentence: punctuation, and the words that open a new
# clause ("promises that Armenians ... will be protected": the "will" is not the
# promise's tense).
_CLAUSE_PUNCT = re.compile(r"[,;:](?!\d)|[()\[\]“”\"—–]|\s-\s")
_CLAUSE_WORDS = frozenset("""that which who whom whose because while when whereas
although though but and since after before until unless if where so""".split())
# clause words that are prepositions right before the words asked about: "will stay
# until October" is one clause
_PREPOSITIONS = frozenset({"until", "before", "after"})
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_JOINED_NOUNS = re.compile(r"(?:and|or)\s", re.I)
# a finite verb after "and" makes it a clause of its own ("and two bodies were found")
_FRONTED = re.compile(r"[\s\"“‘']*(?:that\s+)?(?:(?:on|in|by|from|at)\s+)?[\s\"“‘']*", re.I)
# "Lee County authorities on Tuesday will release the names": the day told right
# before the marker is the marker's, when no verb of the past stands before it
_MARKER_NEXT = re.compile(r"\s+(?:will|is\s+due\s+to|are\s+due\s+to)\b", re.I)
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.I)  # ("from Monday will continue": its start)
_SINCE = re.compile(r"\bsince\s+$", re.I)  # ("since Monday will continue": gone by)
_TOMORROW_BEFORE = re.compile(r"\btomorrow\s*[(,–—-]\s*$", re.I)
# a day set as a deadline is still to come (not "Monday's deadline passed", no "as")
_AS_DEADLINE = re.compile(r"\s+as\s+(?:a|the)\s+(?:\w+\s+)?deadline\b(?![^.;]*\b(?:passed|"
                          r"expired|lapsed|missed)\b)", re.I)
_A_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|did|does|[a-z]{2,}ed)\b", re.I)

# "due to" before a determiner gives a cause ("closed due to the blockade"), and
# after a past verb too ("two people died due to floods", "closed due to rain").
_DETERMINERS = frozenset("the a an his her its their our this that these those".split())
_NOT_PRESENT = _DETERMINERS | {"to"}  # an infinitive takes the tense of the verb before it
_PAST = re.compile(r"[a-z]{2,}ed|died|lost|fled|left|fell|shut")


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
            if _WRAPPED.fullmatch(text, max(0, match.start() - 1), match.end() + 1):
                continue  # "resulting in 2,284\ndeaths and": a line wrapped, no end
            # a line break ends a sentence, after an abbreviation too ("S.C.\n\n")
            if "\n" in match.group() or not (_ABBREVIATION.search(
                    text[max(0, match.start() - 8):match.end()]) or _CLOCK_THEN_DAY.match(
                    text, max(0, match.start() - 3))):
                self.starts.append(match.end())
        self.starts = sorted(set(self.starts) | {m.end() for m in _RUN_ON.finditer(text)})
        self._spans: dict[int, Span] = {}  # sentence number -> span, as asked for

    def break_at(self, positions) -> None:
        """Start a sentence at each of `positions` too (where a dateline ends:
        "TEHRAN. August 12. KAZINFORM Two strong earthquakes ...")."""
        self.starts = sorted(set(self.starts) | {p for p in positions if 0 < p < len(self.text)})
        self._spans.clear()

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
        word = match.group().lower()
        if word in _CLAUSE_WORDS and not (word in _PREPOSITIONS
                                          and not text[match.end():start].strip()):
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


def future_clause(text: str, sentences: Sentences, words: list[str], starts: list[int],
                  dates, start: int, end: int, before: bool = False) -> bool:
    """Whether the clause holding text[start:end] speaks of the future: it holds a
    future marker of the phrase table (will, is due to, next, scheduled for ...),
    or it opens with "until", "before" ... and a present verb ("until the rains
    arrive in June"); with `before`, one that comes before text[start:end]. `words`
    are the text's tokens in lower case, `starts` their offsets, `dates` the phrase
    table's `dates` section."""
    if _SINCE.search(text, max(0, start - 8), start):
        return False  # "since Monday will continue": a time since is gone by
    if _AS_DEADLINE.match(text, end) or _TOMORROW_BEFORE.search(text, max(0, start - 14), start):
        return True  # "have set Tuesday as a deadline to get the camp cleaned up",
        # "Tomorrow (Wednesday), UNHCR will move 300": the day after the anchor
    sentence = sentences.around(start)
    clause = clause_around(text, sentence, start, end)
    while _JOINED_NOUNS.match(text, clause.start) and clause.start > sentence.start \
            and not _CLAUSE_PUNCT.search(text[clause.start - 2:clause.start]) \
            and not _A_VERB.search(text, clause.start, start):
        # "will have to provide food and shelter ... until October": an "and" with no
        # comma before it joins words, not clauses; the clause goes on before it
        clause = Span(clause_around(text, sentence, clause.start - 1, clause.start - 1).start,
                      clause.end)
    k = bisect.bisect_left(starts, clause.start)
    # "On Christmas day it will be four months": a date opening its clause is the
    # main verb's, whose marker may follow (not "those who died on Thursday will")
    date_at = bisect.bisect_left(starts, start)
    # "who entered Poland from Feb 24 will exceed one million": the day is the past
    # verb's before it; the marker after it is the main clause's
    past_before = any(_PAST.fullmatch(word) for word in words[k:date_at])
    fronted = before and (_FRONTED.fullmatch(text, clause.start, start) is not None or (
        not past_before and _MARKER_NEXT.match(text, end) is not None
        and not _FROM_BEFORE.search(text, max(0, start - 8), start)))
    stop = bisect.bisect_left(starts, clause.end if fronted or not before else start)
    if k < stop and words[k] in dates.future_openers and any(
            words[j] in dates.present_verbs and words[j - 1] not in _NOT_PRESENT
            for j in range(k + 1, stop)):  # not the noun of "until the end of June",
        return True  # nor the infinitive of "when the panels started to come away"
    while k < stop:
        found = dates.future_markers.match(words, k)
        if found is not None and not _a_cause(words, k, found[1]) \
                and not _modal_of_the_past(words, k, found[1], date_at) \
                and not (k > 0 and words[k - 1] in _WAS and words[k] in _PLANNED) \
                and not (k > 0 and words[k] in _FORETOLD and words[k - 1] in _NOT_FORETELLING) \
                and not (past_before and k >= date_at):
            return True
        k += 1
    return False


def _a_cause(words: list[str], k: int, end: int) -> bool:
    """A marker ending in "to" that gives a cause, no future: before a determiner,
    after a past verb, or a bare "due to" before no verb ("since 3 September 2016
    due to insecurity"; not "due to arrive")."""
    if words[end - 1] != "to":
        return False
    if words[k:end] == ["due", "to"] and (k == 0 or words[k - 1] not in _BE) \
            and (end >= len(words) or words[end] not in _DUE_VERBS):
        return True
    return (end < len(words) and words[end] in _DETERMINERS) or (
        k > 0 and _PAST.fullmatch(words[k - 1]) is not None)


def _modal_of_the_past(words: list[str], k: int, end: int, date_at: int) -> bool:
    """ "could" and "would" speak of a time to come before the date they tell ("the
    Seine could peak on Friday", "said it would remain closed on Friday"), not after
    it ("the toll from Friday's blast could rise"), nor when denied or done ("could
    not be reached on Monday", "would have turned 80", "would later die on Monday")."""
    return words[k] in _MODALS and (k > date_at or end < len(words)
                                    and words[end] in _MODAL_PAST or any(
        _PAST.fullmatch(words[j]) and words[j - 1] not in _STATE_VERBS
        for j in range(end, date_at)))  # ("fears the toll would rise with three fishermen
    # reported missing on Tuesday night": the day is the report's; not "would remain
    # closed on Friday")


_MODALS = frozenset(("could", "would"))
_STATE_VERBS = frozenset("be been remain stay get become".split())
_MODAL_PAST = frozenset("not n't never have later also".split())
_BE = frozenset("is are was were be been".split())
# "which was due to host meetings Monday": a plan told in the past, of a day gone by
_WAS = frozenset("was were been".split())
_PLANNED = frozenset("due scheduled expected".split())
# "hit as forecast on Thursday", "the forecast for Friday": no forecast of what comes
_FORETOLD = frozenset("forecast forecasts predicted".split())
_NOT_FORETELLING = frozenset("as than the a an its their his her this that".split())
_DUE_VERBS = frozenset("""be take arrive start begin open close hold meet visit return end
leave resume land reach expire finish launch go come make hit last""".split())


def future_date_in(quote: str, forward, anchor, table=None, language=None) -> bool:
    """Whether `quote` holds, in a clause about the future, a date that reads as the
    interval `forward` when read forward: "survivors will be taken to the mainland
    on Thursday" for the value "on Thursday" (the first Thursday on or after the
    anchor, not the last one before it). The marker must come before the date: in
    "those who died on Thursday will be buried" the future is the burial's."""
    from .parse import Matcher

    matcher = Matcher(quote, anchor, table=table, language=language)
    words, starts = matcher.ctx.words, matcher.token_starts
    dates = matcher.ctx.table.dates
    sentences = Sentences(quote)
    for pos in starts:
        try:
            found = matcher.match_at(pos, future=True)
        except FactcheckError:
            continue
        if found is not None and (found[0].low, found[0].high) == (forward.low, forward.high) \
                and future_clause(quote, sentences, words, starts, dates, pos, found[1],
                                  before=True):
            return True
    return False
