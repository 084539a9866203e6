"""An as-of frame that gives an hour and no day: "As of 8 a.m., 32 aftershocks were
recorded" is as of that hour of the story's own day (the publication date), as a
reader of that day's report takes it."""

from __future__ import annotations

import re

from .asof import COUNT_KINDS, AsOf, at_hour
from .mention import Mention
from .text import Span

# "As of 8 a.m., 32 aftershocks were recorded": an hour with no day is the story's day
_CLOCK_ONLY = re.compile(r"[\s“\"]*(?:as\s+of|as\s+at|by)\s+(\d{1,2})(?::(\d{2}))?\s*([ap])\.?\s?m\.?"
                         r"\s*,\s*", re.I)


def clock_only(text: str, sentence: Span, mention: Mention, published) -> AsOf | None:
    """The publication day at the hour an as-of frame opening the sentence gives."""
    found = _CLOCK_ONLY.fullmatch(text, sentence.start, mention.start)
    if found is None or published is None or mention.kind not in COUNT_KINDS:
        return None
    when = at_hour(published.isoformat(), found.group(1), found.group(2), found.group(3))
    return AsOf(when, False) if "T" in when else None
