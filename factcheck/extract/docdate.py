"""The date a text gives for itself: a header line ("Published: 3 October 2023",
"Date: 2023-10-03") or a dateline opening the first line ("YEREVAN, Oct 3, 2023
(Reuters) -"). Used to anchor relative dates when no --published is given."""

from __future__ import annotations

import datetime as dt
import re

from ..findings import FactcheckError
from ..grammar import Matcher
from ..grammar.table import PhraseTable

_HEADER = re.compile(r"^\s*(?:published|date|dated|updated|posted)\s*[:\-]\s*(.{6,40}?)\s*$",
                     re.I | re.M)
HEAD_CHARS = 2000
DATELINE_CHARS = 120


def document_date(text: str, table: PhraseTable | None = None) -> dt.date | None:
    head = text[:HEAD_CHARS]
    for match in _HEADER.finditer(head):
        found = _first_day(match.group(1), table)
        if found is not None:
            return found
    first_line = text.lstrip()[:DATELINE_CHARS].split("\n", 1)[0]
    return _first_day(first_line, table)


def _first_day(text: str, table: PhraseTable | None) -> dt.date | None:
    """The first absolute single day written in `text` (with its year)."""
    matcher = Matcher(text, None, table=table)
    for start in matcher.token_starts:
        try:
            found = matcher.match_at(start)
        except FactcheckError:
            continue
        if found is None:
            continue
        interval = found[0]
        if interval.kind == "date" and interval.low is not None and interval.low == interval.high:
            return dt.date.fromordinal(int(interval.low))
    return None
