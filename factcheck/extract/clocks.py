"""An as-of frame that gives an hour and no day: "As of 8 a.m., 32 aftershocks were
recorded" is as of that hour of the story's own day (the publication date), as a
reader of that day's report takes it."""

from __future__ import annotations

import re

from .asof import COUNT_KINDS, AsOf
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
    hour = int(found.group(1)) % 12 + (12 if found.group(3).lower() == "p" else 0)
    minute = int(found.group(2) or 0)
    return AsOf(f"{published.isoformat()}T{hour:02d}:{minute:02d}", False) if minute < 60 \
        else None
