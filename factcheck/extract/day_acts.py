"""A day told with an act, not with the event the act is about: "Rescuers dug through
homes Monday looking for survivors of a strong earthquake", "By Friday, aid was
flowing to the cities hit by the quake", "Authorities in Ibaraki Prefecture on
Thursday continued to assess the damage from a strong earthquake overnight". The day
is the digging's, the aid's, the assessing's; the event after it has a day of its
own (extract/events.py)."""

from __future__ import annotations

import re

from ..grammar.clauses import TIME_ZONES
from .event_clauses import DONE_BEFORE
from .mention import Mention

# a verb of its own right after the day, its object naming the event: "on Thursday
# continued to assess the damage from a strong earthquake" (not "on Thursday struck")
# (the event's own verbs, and verbs that tell it: "which began yesterday, triggered a series
# of deadly mudslides", "earlier this month celebrated the end of the fire season")
_ACT_AFTER = re.compile(r",?\s+(?!(?:hit|struck|erupted|began|started|occurred|happened|"
                        r"killed|destroyed|damaged|flooded|battered|lashed|pounded|triggered|"
                        r"caused|sparked|unleashed|celebrated|marked|declared|announced|"
                        r"confirmed|reported)\b)"
                        r"[a-z]{3,}ed\s+(?:to\s+[a-z]+\s+)?(?:[a-z]+\s+){0,4}?"
                        r"(?:from|of|after|caused\s+by)\s+(?:(?:a|an|the|this|that|its|"
                        r"their)\s+)?(?:[a-z-]+\s+){0,3}$")


# an act between the event and the day: "a coal mine rocked by a methane gas blast found
# the bodies of several more victims Tuesday" (not "the blast killed five Tuesday", "the
# rains continued until Friday", "a landslide that buried the village on Saturday")
_ACT_BETWEEN = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:found|recovered|retrieved|pulled|"
                          r"identified|rescued)\s+"
                          r"(?:[a-z-]+\s+){0,8}?(?:on\s+)?")


def done_on_the_day(text: str, clause_start: int, mention: Mention, event) -> bool:
    """Whether the day at `mention` is of an act of its clause, not of `event` (a hit
    after the day, or before it with the act between)."""
    if event.start < mention.end:  # (an event before the day, or holding it: "breached on")
        return event.end <= mention.start \
            and _ACT_BETWEEN.fullmatch(text, event.end, mention.start) is not None
    return DONE_BEFORE.search(text, clause_start, mention.start) is not None \
        or re.search(r"\b[Bb]y\s+$", text[max(0, mention.start - 4):mention.start]) is not None \
        or _ACT_AFTER.fullmatch(text, mention.end, event.start) is not None


_BY_DAY = re.compile(r"\b[Bb]y\s+$")
_TO_COME = re.compile(r"\b(?:(?:is|are)\s+(?:expected|forecast|predicted|due)|will)\s+"
                      r"[^,;:.]{0,60}$", re.I)
_OF_A = re.compile(r"\bof\s+(?:an?\s+|the\s+)?$")
_ZONE_RESTATED = re.compile(r"\(\s*\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?\s*)?"
                            + TIME_ZONES + r"\s+(?:on\s+)?$")


def no_start_on(text: str, sentence_start: int, mention: Mention) -> bool:
    """Whether the day at `mention` is no event's start, whatever event its sentence
    tells: a day something was done by ("bring the fire under some control by Tuesday
    morning"; not "damaged by Tuesday's quake"), a day to come ("while rain is expected
    in part of the region Wednesday"; not "pictures of victims of a 1993 eruption"), a
    day the brackets give in another time zone ("at about 2am (21.30 BST yesterday)")."""
    before = text[sentence_start:mention.start]
    if _BY_DAY.search(before) and not mention.text.endswith(("'s", "’s")):
        return True
    if _ZONE_RESTATED.search(before):
        return True  # "at about 2am (21.30 BST yesterday)": the hour of another zone
    return _TO_COME.search(before) is not None and _OF_A.search(before) is None

