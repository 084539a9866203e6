"""A day told with an act, not with the event the act is about: "Rescuers dug through
homes Monday looking for survivors of a strong earthquake", "By Friday, aid was
flowing to the cities hit by the quake", "Authorities in Ibaraki Prefecture on
Thursday continued to assess the damage from a strong earthquake overnight". The day
is the digging's, the aid's, the assessing's; the event after it has a day of its
own (extract/events.py)."""

from __future__ import annotations

import re

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


def done_on_the_day(text: str, clause_start: int, mention: Mention, event) -> bool:
    """Whether the day at `mention` is of an act of its clause, not of `event` (a hit
    after the day)."""
    return DONE_BEFORE.search(text, clause_start, mention.start) is not None \
        or re.search(r"\b[Bb]y\s+$", text[max(0, mention.start - 4):mention.start]) is not None \
        or _ACT_AFTER.fullmatch(text, mention.end, event.start) is not None
