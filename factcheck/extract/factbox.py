"""A factbox: lines of "Label: number" under an introduction that says whose figures
they are ("Following is an outline of the disaster, according to government and
United Nations officials:"). Each such line is the introduction's source's, however
much prose stands between them; prose is not."""

from __future__ import annotations

import re

# "People killed: 501", "Houses damaged or destroyed: 99,317": a label, its colon
_LABEL = re.compile(r"[A-Z][^:\n]{0,60}:[ \t]")
# the introduction: a line that ends "according to X:"
_INTRODUCTION = re.compile(r"\baccording\s+to\s+([^:\n,;]{2,80}?)\s*:[ \t]*$", re.M)


def factbox_source(text: str, start: int) -> str | None:
    """The source of the factbox line holding offset `start`, or None when the line
    is no "Label: number" line or no introduction above names a source."""
    line_start = text.rfind("\n", 0, start) + 1
    label = _LABEL.match(text, line_start)
    if label is None or label.end() > start:
        return None
    found = None
    for found in _INTRODUCTION.finditer(text, 0, line_start):
        pass
    return found.group(1).strip() if found is not None else None
