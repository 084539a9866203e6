"""The day a statement was made: "said on Monday", "told ABC News on Monday", "On
Monday, the government said". Such a day is when someone spoke, no claim of its own
and no speaker's claim; a day of what the statement tells ("said the volcano erupted
on Tuesday") is the act's.
"""

from __future__ import annotations

import re

from .speaker_phrases import ALSO_PARTICIPLES, VERBS
from .speaker_rejects import SET_VERBS, rejected
from .text import Span

_SAYING = VERBS - ALSO_PARTICIPLES  # ("the body was found on Monday": the find's day)
# (not past a "that": "noting that Cyclone Sidr in 2007" dates what is reported)
# ... or a phrase of where it was said, then the day: "said in a Twitter post late on
# Wednesday", "told reporters at a news briefing on Thursday"
_STATEMENT_DAY = re.compile(r"\b(?:" + "|".join(sorted(_SAYING))
                            + r")\s+(?:(?:(?!that\s)[\w.]+\s+){0,4}|(?:\w+\s+)?(?:in|at|during|via|"
                            r"on|through)\s+(?:(?!that\s)[\w.]+\s+){1,5}?(?:late\s+|early\s+)?)$",
                            re.I)
# "On Monday, the Armenian government said ...", "Aliyev on Monday repeated ...": the
# date, then (a few words, no number) the speech verb
_STATEMENT_AFTER = re.compile(r"^[^\d;:.“”\"]{0,50}?\b(?:" + "|".join(sorted(_SAYING))
                              + r")\b", re.I)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are)\s+$", re.I)
# what instruments take down: "was recorded on Feb. 5" is when the quake was, where "were
# reported on Tuesday" is when someone told it
_SENSED = frozenset("recorded registered detected measured observed".split())
# a verb of what the statement tells, between the speech verb and the day ("said the
# volcano erupted on", "said the storm hit on"); not what carried the statement ("said
# in a statement released on", "told the Associated Press on")
_TOLD_ACT = re.compile(r"(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bits\s)(?<!\btheir\s)"
                       r"\b(?!(?:released|issued|published|posted|broadcast|aired|televised|"
                       r"quoted|cited|dated|based|reported|scheduled|updated|revised|compiled|"
                       r"announced|compared|provided|shared)\b)"
                       r"(?:[a-z]+ed|hit|struck|began|fell|shook|swept|broke|rose|came|went|"
                       r"left|fled|took|made|sank|blew|burst|froze|spread|erupts?|hits|strikes|"
                       r"begins?|falls)\s")


def statement_day(text: str, sentence: Span, start: int, end: int | None = None) -> bool:
    """"said on Monday", "told ABC News on Monday", "On Monday, the government said",
    "Aliyev on Monday repeated": the date at `start` (to `end`) is the day a
    statement was made."""
    said = _STATEMENT_DAY.search(text[sentence.start:start])
    # ("Experts said the volcano erupted on Tuesday": the eruption's day, no statement's)
    while said is not None and tells_an_act(said.group()[said.group().find(" "):]):
        # "adding to the 67 announced on Thursday": the later verb's day, if any
        said = _STATEMENT_DAY.search(text[sentence.start:start], said.start() + 1)
    at = sentence.start + said.start() if said is not None else 0
    if said is not None and said.group().split()[0].lower() in _SENSED \
            and _PASSIVE_BEFORE.search(text, max(0, at - 12), at):
        said = None  # "An earthquake was recorded on Feb. 5": the quake's day, no statement
    if said is not None or _SPOKEN_AT.search(text, max(sentence.start, start - 60), start):
        return True
    if end is None:
        return False
    setting = _SET_RIGHT_AFTER.match(text, end, sentence.end)
    if setting is not None and not rejected(text, sentence, setting.start(1),
                                            setting.group(1).lower()):
        return True  # "The United Nations on Monday raised to 160,000 the number of"
    opening = re.fullmatch(r"[\s“\"‘']*(?:on\s+)?", text[sentence.start:start], re.I)
    after = text[end:sentence.end]
    return bool(_STATEMENT_AFTER.match(after)) and (
        opening is not None or bool(_RIGHT_BEFORE_VERB.match(after)))


# ("but on Tuesday they revised the death toll down by one": the day of the revision)
_SET_RIGHT_AFTER = re.compile(r"\s+(?:(?:morning|afternoon|evening|night)\s+)?"
                              r"(?:(?:they|it|officials|authorities|police)\s+)?("
                              + "|".join(sorted(SET_VERBS)) + r")\b")
# "according to a local press conference held on Tuesday morning": the day it was said
_SPOKEN_AT = re.compile(r"\b(?:press|news)\s+(?:conference|briefing)s?\s+(?:(?:held|given|"
                        r"called)\s+)?(?:late\s+|early\s+)?(?:on\s+)?$", re.I)
_RIGHT_BEFORE_VERB = re.compile(r"\s+(?:\w+\s+)?(?:" + "|".join(sorted(_SAYING)) + r")\b", re.I)


def tells_an_act(between: str) -> bool:
    """Whether the words between a speech verb and a day tell an act of their own
    ("said the volcano erupted on"): the day is that act's, no statement's."""
    return _TOLD_ACT.search(between) is not None
