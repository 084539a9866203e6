"""Counts of an epidemic's cases, named by their status: "six new confirmed cases of
Ebola" is `S.new_confirmed_cases`, "28 confirmed Ebola cases, 21 probable ones and two
suspected" three counts apart (`S.confirmed_cases`, `S.probable_cases`,
`S.suspected_cases`). A confirmed case and a suspected one are different counts, and
new cases (a day's) are not the total: named alike they would be checked against each
other and disagree."""

from __future__ import annotations

import re

from .levels import level_phrase
from .mention import Mention

# (any case: a headline's "More Than 20,000 Cases", "2,000 Confirmed Cases")
_STATUS = r"(?i:confirmed|suspected|probable|possible|active|imported|fatal)"
# the number's own words: [new] [status] [one Capitalised disease name] cases
_CASES = re.compile(
    rf"\s+(?:(?P<new>(?i:new|more|additional|fresh))\s+)?"
    # ("16,700 confirmed or suspected cases": both kinds, all the cases)
    rf"(?:{_STATUS}\s+(?:or|and|and/or)\s+{_STATUS}\s+)?"
    rf"(?:(?:laboratory|lab)[\s-]+(?=confirmed))?(?P<status>{_STATUS}\s+)?"  # "lab-confirmed"
    rf"(?:(?:[A-Z][\w-]*|cholera|measles|mpox|dengue|malaria)\s+)?"
    rf"(?i:cases|infections)\b(?!\s+of\s+(?:\w+\s+)?(?:rape|abuse|fraud|theft|torture))")
# "21 probable ones", "and two suspected": the noun left out after a count of cases
_ELIDED = re.compile(rf"\s+(?P<status>{_STATUS})(?:\s+ones)?(?=\s*(?:[,.;]|and\b|$))")


def case_count(text: str, mention: Mention, sentence_start: int) -> str | None:
    """The measure of a count of cases, or None when the number counts no cases."""
    own = _CASES.match(text, mention.end)
    if own is not None:
        status = own["status"] or _confirmed_by_verb(text, mention, own.end())
        return _name(own["new"], status)
    elided = _ELIDED.match(text, mention.end)
    if elided is not None and re.search(r"\bcases\b", text[sentence_start:mention.start]):
        return _name(None, elided["status"])
    phrase = level_phrase(text, mention)  # "the total number of cholera cases ... has
    counted = _CASES.match(" " + text[phrase[0]:phrase[1]]) if phrase else None  # reached"
    return _name(counted["new"], counted["status"]) if counted else None


# "four cholera cases have been confirmed", "the district has confirmed four cases"
_CONFIRMED_AFTER = re.compile(r"\s+(?:have|has|had|were|was)\s+(?:now\s+)?(?:been\s+)?confirmed\b")
_CONFIRMED_BEFORE = re.compile(r"\b(?:has|have|had)\s+(?:now\s+)?confirmed\s+$")


def _confirmed_by_verb(text: str, mention: Mention, end: int) -> str | None:
    """The status a verb gives the cases, before or after the count."""
    if _CONFIRMED_AFTER.match(text, end) or _CONFIRMED_BEFORE.search(
            text, max(0, mention.start - 30), mention.start):
        return "confirmed"
    return None


def _name(new: str | None, status: str | None) -> str:
    parts = (["new"] if new else []) + ([status.strip().lower()] if status else [])
    return "_".join(parts + ["cases"])
