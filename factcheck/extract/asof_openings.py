"""Frames that open a sentence or clause: a date, maybe after a place, an adverb or
an hour, then a comma, then the count's clause ("On 20 October, 15,207 people had
...", "In Texas on Thursday, ...", "At 1 p.m. Wednesday, 106 homes had ..."), or a
state that day told by its one verb of being ("On Monday evening the shelter was full
with 470 evacuees"); `asof.py` asks `opening`."""

from __future__ import annotations

import re

from .clocks import CLOCK, HOUR, AsOf, at_hour
from .mention import Mention
from .speaker_phrases import speech_in
from .text import Span

# a finite verb, or a past form read as one; a perfect
FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|could|may|might|"
                    r"[a-z]{3,}ed|fled|left|took|made|went|came|rose|fell|saw|says|said|began|"
                    r"stood|began|begun|grew|ran|won|lost|hit|struck)\b", re.I)
PERFECT = re.compile(r"\b(?:had|has|have)\b", re.I)

_OPENING_ADVERB = re.compile(r"(?:^|(?<=,))\s*(?:earlier|later|also|then|meanwhile)$", re.I)
_DAY_ASIDE = re.compile(r"^\s*,\s*(?:the|a|one)\s+(?:(?:first|second|third|fourth|fifth|last|"
                        r"final)\s+)?(?:day|night|morning|evening|week)\s+"
                        r"(?:before|after|of)\s+[^,;:.\d]{1,40}(?=,)", re.I)
# the words of a count before its number: "Hamas released a total of 14 Israelis"
_COUNT_WORDS = re.compile(r"\s+(?:a\s+total\s+of|at\s+least|more\s+than|some|about|nearly|"
                          r"over|around|up\s+to)\s*$", re.I)
_PLACE_OPENING = re.compile(r"(?:^|(?<=,))\s*(?:In|At|Across)\s+(?:the\s+)?[A-Z][\w'’.-]*"
                            r"(?:\s+[A-Z][\w'’.-]*){0,3}$")
_HOUR_OPENING = re.compile(r"(?:^|(?<=,))\s*(?:at\s+(?:around\s+|about\s+)?|around\s+)"
                           + HOUR + r"(?:\s+on)?$", re.I)
# "In the 24 hours until Wednesday morning, the SES responded to 329 calls": up to then
_WINDOW_OPENING = re.compile(r"(?:^|(?<=,))\s*(?:In|Over|During)\s+the\s+(?:past\s+|last\s+)?"
                             r"[\w-]+\s+(?:hours|days)\s+(?:until|till|to|up\s+to|ending)"
                             r"(?:\s+on)?$", re.I)


def opening(text: str, sentence: Span, mention: Mention, date: Mention,
             when: str) -> AsOf | None:
    """A date opening its sentence or clause, a comma, then the count's clause."""
    before = text[sentence.start:date.start].strip(" “\"‘'")
    before = re.sub(r"(?:^|(?<=,))\s*(?:on|by|as of|as at)$", "", before, flags=re.I).strip()
    before = _PLACE_OPENING.sub("", before)  # "In Texas on Thursday, ...": where, then when
    hour = _HOUR_OPENING.search(before)  # "At 1 p.m. Wednesday, 106 homes had": that hour
    if hour is not None:
        before = before[:hour.start()].rstrip()
        when = when if "T" in when else at_hour(when, *(
            hour.group(1, 2, 3) if hour.group(4) is None else ("12", None, "p")))
    window = _WINDOW_OPENING.search(before)  # (its count's clause may be longer)
    before = _OPENING_ADVERB.sub("", before[:window.start()] if window else before)
    # ("Earlier on Thursday, 22 bodies were")
    if before and not before.endswith((",", ":", ";")):
        return None
    # "On Monday (Dec. 15), 17 bodies were found": the bracket restates the day, and so
    # does an aside naming it ("On Nov. 26, the day before the storm, there were 700")
    after_date = re.sub(r"^\s*\([^()\d]{0,12}\d[^()]{0,12}\)", "", text[date.end:mention.start])
    after_date = _DAY_ASIDE.sub("", after_date)
    clock = CLOCK.match(after_date)
    rest = after_date[clock.end():] if clock else after_date
    if not rest.lstrip().startswith(","):
        return _state_that_day(rest, when) if not before else None
    if speech_in(rest) or len(_COUNT_WORDS.sub("", rest).split()) > (8 if window else 4):
        return None
    clause = text[mention.end:_clause_end(text, mention.end, sentence.end)]
    return AsOf(when, daily=not PERFECT.search(clause))


def _state_that_day(rest: str, when: str) -> AsOf | None:
    """"On Monday evening the Rita school shelter was full with 470 evacuees": a
    state the sentence's day opens, told by its one verb of being."""
    verbs = FINITE.findall(rest)
    if re.search(r"[,;:()]", rest) or speech_in(rest) or len(rest.split()) > 10 \
            or [v.lower() for v in verbs] not in (["was"], ["were"], ["is"], ["are"]):
        return None
    return AsOf(when, daily=False)


def _clause_end(text: str, start: int, end: int) -> int:
    found = re.search(r"[,;:.”\"]", text[start:end])
    return start + found.start() if found else end
