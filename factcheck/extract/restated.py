"""A count told twice, or restated in brackets.

A count told twice: "a landslide buried up to 200 houses" in the lead, then "up to
200 homes in the village of Shiaolin were buried". When a draft's subject is only
the story's main place (or the document, for want of any place) and another draft
of the same measure and the same number names a place of its own, the two are one
count of that place, as a reader takes them (also when one says a little more of
the thing counted: "brick homes" and "homes"); not when the other says its place is a
part ("220 killed ... just in the Kersi region", "in Kersi alone": the part had as
many as the whole, or more were counted elsewhere). Small numbers are left alone: two
counts of five are too often two different fives.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..findings import FactcheckError
from ..grammar import find_numbers
from ..grammar.clauses import TIME_ZONES
from ..units import COUNTS, resolve

_SIMPLE = re.compile(r"([a-z][a-z0-9_]*)\.([a-z][a-z0-9_]*)")
SMALLEST = 20  # below this, equal numbers are no sign of one count
_ANOTHER_YEAR = re.compile(r"_(?:1[89]|20)\d\d$")


def one_count(text: str, drafts: list, general: set[str], places_of, parts=frozenset()) -> list:
    """`general`: the subjects that say no more than the story's place; `places_of`:
    quantity -> the places a draft declares for it; `parts`: those of `general` told by
    a compass point ("southern Italy"), which still say more than the story's place a
    count with no place of its own falls back to."""
    numbers = [_numbers(text, d) for d in drafts]
    body = text.lstrip().find("\n") + len(text) - len(text.lstrip())  # the title is vaguer
    result = list(drafts)
    for k, draft in enumerate(drafts):
        own = _SIMPLE.fullmatch(draft.quantity)
        if own is None or own.group(1) not in general or not numbers[k]:
            continue
        named = {m.group() for j, other in enumerate(drafts)
                 if j != k and numbers[j] == numbers[k] and other.span[0] > body
                 and other.span != draft.span  # (not a copy "each" made of one number)
                 and (m := _SIMPLE.fullmatch(other.quantity)) is not None
                 and _one_measure(m.group(2), own.group(2))
                 and (m.group(1) not in general
                      or (m.group(1) in parts and own.group(1) not in parts))
                 and not m.group(1).startswith("unnamed_") and not _a_part(text, other)
                 and not _ANOTHER_YEAR.search(m.group(1))}  # ("the 25-foot record set in
        # 2006", `flood_2006`: that year's, never today's count told again)
        if len(named) == 1:
            quantity = named.pop()
            result[k] = replace(draft, quantity=quantity, places=places_of(quantity))
    return result


# "rose by one to 14, of which 13 died at the accident site itself": a part of the 14
_OF_WHICH = re.compile(r",\s*of\s+(?:which|whom)\s+$")
_AT_SITE = re.compile(r"\s+(?:people\s+)?(?:died|were\s+killed|perished)\s+(?:at\s+the\s+"
                      r"(?:accident\s+|crash\s+|blast\s+)?(?:site|scene|spot)|on\s+the\s+spot)\b")


def of_which(text: str, drafts: list) -> list:
    """A count told as part of the count right before it (", of which 13 died at the
    accident site") is the part, never a rival of the whole: `S.killed_at_site`."""
    result = list(drafts)
    for k in range(1, len(result)):
        draft, whole = result[k], result[k - 1]
        if draft.quantity != whole.quantity or not _OF_WHICH.search(
                text, max(0, draft.span[0] - 12), draft.span[0]):
            continue
        if _AT_SITE.match(text, draft.span[1]) and _SIMPLE.fullmatch(draft.quantity):
            result[k] = replace(draft, quantity=f"{draft.quantity}_at_site")
    return result


def _one_measure(named: str, own: str) -> bool:
    """The same measure, or one that says more of the same thing: "12,000 brick homes
    collapsed" in a standfirst and "About 12,000 mostly brick homes collapsed ... in
    Ludian county" (`brick_homes_collapsed`, `homes_collapsed`) are one count; the
    named place's words name it."""
    return named == own or own.endswith(f"_{named}") or named.endswith(f"_{own}")


# "just in the Kersi region", "only in Kinglake", "in Marysville alone"
_PART = re.compile(r"\b(?:just|only)\s+(?:in|at)\b|\b(?:in|at)\s+(?:the\s+)?[A-Z][\w-]*"
                   r"(?:\s+[A-Za-z][\w-]*){0,2}\s+alone\b")


def _a_part(text: str, draft) -> bool:
    """Whether the draft's sentence, from its number on, counts a part of a place."""
    end = re.compile(r"[.!?](?:\s|$)|\n").search(text, draft.span[1])
    return _PART.search(text, draft.span[1], end.start() if end else len(text)) is not None


def bracketed(text: str, drafts: list, places_of) -> list:
    """"exceeded 50,000 people (50,227)": a number in brackets right after another,
    that no rule named, restates it: the same quantity."""
    result = list(drafts)
    for k in range(1, len(result)):
        draft, before = result[k], result[k - 1]
        if draft.quantity.startswith("unnamed_") and not before.quantity.startswith(
                "unnamed_") and re.fullmatch(r"\s*(?:people\s*)?\(\s*",
                                              text[before.span[1]:draft.span[0]]):
            result[k] = replace(draft, quantity=before.quantity,
                                places=places_of(before.quantity))
    return result


def _numbers(text: str, draft) -> frozenset:
    """The numbers a count's words give, when they are large enough to tell."""
    if isinstance(draft.value, dict):
        return frozenset()
    found = frozenset(n.value for n in find_numbers(text[draft.span[0]:draft.span[1]]))
    return found if found and min(found) >= SMALLEST else frozenset()


_RESTATING = re.compile(r"\s*\(\s*|\s*,\s*or\s+(?:about\s+|some\s+)?")


def conversion(text: str, mentions: list, k: int) -> bool:
    """ "winds up to 260 km/h (161 mph)", "250 millimeters (10 inches)": a measure
    restated in brackets in another unit of its dimension is the same number for
    another reader, no claim of its own (money in another currency is a sum of its
    own: verify converts no currency)."""
    if k == 0:
        return False
    mention, before = mentions[k], mentions[k - 1]
    if mention.kind == "date" and _in_other_zone(text, mention.start):
        return True  # "at 1:31 am Friday (2231 GMT Thursday)": the day in another zone
    day = _DAY_OF_MONTH.match(text, before.end) if before.kind == "date" else None
    if day is not None and day.span(1) == (mention.start, mention.end):
        return True  # "this Friday (8)": the weekday's day of the month, the same day
    # "(161 mph)", ", or 500 kilometers,": the same measure in another unit
    if _RESTATING.fullmatch(text, before.end, mention.start) and mention.unit is not None:
        return _another_unit(mention.unit, before.unit)
    return _range_again(text, mentions, k if mention.unit is None else k - 1)


def _another_unit(ours_name: str | None, theirs_name: str | None) -> bool:
    """Another unit of the same dimension, no count nor currency."""
    ours, theirs = _unit(ours_name), _unit(theirs_name)
    return ours is not None and theirs is not None and ours.name != theirs.name \
        and ours.dimension == theirs.dimension and ours.dimension not in COUNTS \
        and not any(base.startswith("[currency") for base, _ in ours.dimension)


def _range_again(text: str, mentions: list, first: int) -> bool:
    """"between 23.9 and 25.4 feet (7.3 and 7.7 meters)": a range restated in brackets,
    its first end a bare number the grammar reads alone, its unit on the second."""
    if first < 1 or first + 1 >= len(mentions):
        return False
    before, bare, last = mentions[first - 1], mentions[first], mentions[first + 1]
    return bare.unit is None and bare.kind == "count" \
        and _RESTATING.fullmatch(text, before.end, bare.start) is not None \
        and re.fullmatch(r"\s+(?:and|to)\s+|\s*[-–]\s*", text[bare.end:last.start]) is not None \
        and _another_unit(last.unit, before.unit)


_DAY_OF_MONTH = re.compile(r"\s*\(\s*([12]?\d|3[01])\s*\)")
# the opening of a bracket giving the moment in UTC: "(2231 GMT ", "(02:45 GMT on ", or
# in another zone: "(7:45 p.m. ET "
_UTC_DAY = re.compile(r"\(\s*(?:\d{1,2}[:.]?\d{2}\s*(?:GMT|UTC)|\d{1,2}(?:[:.]\d{2})?\s*"
                      rf"[ap]\.?\s?m\.?\s*{TIME_ZONES})\s+(?:on\s+)?$")


def _in_other_zone(text: str, start: int) -> bool:
    """A day in brackets after the clock in UTC: the moment told before it, again."""
    return _UTC_DAY.search(text, max(0, start - 30), start) is not None


def _unit(name: str | None):
    if not name:
        return None
    try:
        return resolve(name)
    except FactcheckError:
        return None
