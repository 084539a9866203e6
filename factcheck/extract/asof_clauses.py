"""A bare day in the count's own clause of one verb, wherever it stands: "flocked Monday
to dozens of shelters", "Friday sent about 3,000 residents" (`asof.py` asks it last)."""

from __future__ import annotations

import re

from .asof_openings import FINITE, PERFECT
from .clocks import AsOf, when_of
from .mention import Mention
from .speaker_phrases import speech_in
from .text import Span

# a day with no "on" that can stand anywhere in its clause ("flocked Monday to dozens of
# shelters", "Friday sent about 3,000 residents", "toured the county yesterday while")
_DAY_WORD = re.compile(r"(?:(?:early|late)\s+)?"  # "searched early Saturday for"
                       r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                       r"(?:\s+(?:morning|afternoon|evening|night))?|"
                       # ("were without electricity yesterday afternoon")
                       r"yesterday(?:\s+(?:morning|afternoon|evening))?|today|tonight",
                       re.I)
# what ends a clause: punctuation, a quotation mark, a word that opens another clause
# (not the point of "p.m.": "without power at 10 p.m. Thursday")
_CLAUSE_STOP = re.compile(r"[,;:()“”\"]|(?<![ap]\.m)\.\s|\b(?:while|where|when|as|after|before|"
                          r"because|since|until|which|who|that|but)\b|\b(?:and|or)\s+"
                          r"(?=(?:then\s+)?(?:[a-z]+ed|is|are|was|were|has|have|had|they|he|she|"
                          r"it|we)\b)", re.I)
# "arrived Friday with more than 10,000 blankets", "a boat carrying 278 passengers
# capsized Thursday": what came along, no count of the day
_WITH = re.compile(r"\b(?:with|carrying)\s+(?:(?:more|fewer|less)\s+than\s+|some\s+|about\s+|"
                   r"nearly\s+|almost\s+|over\s+|around\s+)?$", re.I)
# past forms FINITE leaves out
_IRREGULAR = re.compile(r"\b(?:sent|brought|kept|found|got|put|gave|told|held|spent|fought|"
                        r"flew|drove|swept|tore|threw|shook|broke|sought|sank|led|fed|died)\b",
                        re.I)


def day_of_clause(text: str, sentence: Span, mention: Mention, date: Mention) -> AsOf | None:
    """A bare day in the count's own clause of one verb, wherever it stands."""
    if not _DAY_WORD.fullmatch(date.text):
        return None
    first, last = sorted((mention, date), key=lambda m: m.start)
    between = text[first.end:last.start]
    if _CLAUSE_STOP.search(between) or speech_in(between) \
            or _WITH.search(text, sentence.start, mention.start):
        return None
    stops = [m for m in _CLAUSE_STOP.finditer(text, sentence.start, sentence.end)]
    start = max([m.end() for m in stops if m.end() <= first.start], default=sentence.start)
    end = min([m.start() for m in stops if m.start() >= last.end], default=sentence.end)
    clause = text[start:first.start] + " " + between + " " + text[last.end:end]
    verbs = FINITE.findall(clause) + _IRREGULAR.findall(clause)
    if len(verbs) != 1 or speech_in(clause):
        return None
    return AsOf(when_of(text, date), daily=not PERFECT.search(clause))
