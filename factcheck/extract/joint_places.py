"""One count of several places at once: "an earthquake that struck Pakistan and India,
killing about 19,500" counts both (`pakistan_and_india`), never either one; with
"respectively", each number is its own place's."""

from __future__ import annotations

import re

from .clauses import BREAK
from .mention import Mention
from .places import Place


def joint(text: str, place: Place, inside: list[Place],
          mentions: list[Mention], mention: Mention) -> str | None:
    """"an earthquake that struck Pakistan and India, killing about 19,500": one count
    of both places, `pakistan_and_india`, never either one's; of a list, all of them
    ("13 million people in Ethiopia, Somalia, and Kenya": `ethiopia_somalia_and_kenya`);
    with "respectively", each number its own place's."""
    chain = _listed(text, place, [p for p in inside if not p.demonym])
    if len(chain) < 2 or _two_clauses(text, chain, mentions):
        return None
    if _RESPECTIVELY.match(text, chain[-1].end):
        return _respective(text, chain, mentions, mention)
    if any(a.key in b.key or b.key in a.key for a, b in zip(chain, chain[1:])):
        # "Pakistan-controlled Kashmir and northwest Pakistan": one country's land, the
        # country's count
        country = min((p.key for p in chain), key=len)
        return country if all(country in p.key for p in chain) else None
    return "_".join(p.key for p in chain[:-1]) + f"_and_{chain[-1].key}"


# "442 families and 1100 families were displaced from Kegalle and Matara districts
# respectively": the first number is the first place's, the second the second's
_RESPECTIVELY = re.compile(r"(?:\s+[a-z]+)?\s*,?\s+respectively\b")
_NEXT_IN_RUN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")  # ("442 families and 1100")


def _respective(text: str, chain: list[Place], mentions: list[Mention],
                mention: Mention) -> str | None:
    """The place of `mention` in a run of as many numbers as places before them."""
    run = [m for m in mentions if m.end <= chain[0].start][-len(chain):]
    if mention not in run or len(run) != len(chain) or not all(
            _NEXT_IN_RUN.fullmatch(text, a.end, b.start) for a, b in zip(run, run[1:])):
        return None
    return chain[run.index(mention)].key


# a verb right after a list's last place: "... set in Sioux Falls, South Dakota, and
# Baltimore set a record at 39 C" is two clauses, "and" joining them, not the places
_VERB_AFTER = re.compile(r"[ \t]+(?:set|hit|saw|had|has|was|were|is|are|recorded|"
                         r"reported|registered|logged|topped|reached|[a-z]{3,}ed)\b")


_VERB_BETWEEN = re.compile(r"\b(?:was|were|is|are|has|have|had|[a-z]{3,}ed)\b")


def _two_clauses(text: str, chain: list[Place], mentions: list[Mention]) -> bool:
    """Whether "and" before the list's last place joins two clauses, each with its
    number: "40 C was set in Sioux Falls, South Dakota, and Baltimore set a record at
    39 C". Not "Floods in Assam and Bihar killed 40 people": no number before."""
    first, last = chain[0], chain[-1]
    if not _VERB_AFTER.match(text, last.end):
        return False
    stop = BREAK.search(text, last.end)
    stop = min(len(text) if stop is None else stop.start(), last.end + 80)
    opening = max(text.rfind(". ", 0, first.start) + 2, first.start - 120)
    counts = [m for m in mentions if m.kind != "date"]
    # the first clause has its verb before the list ("40 C was set in"); in "Tens of
    # thousands of residents from Louisiana and Mississippi flocked to dozens of
    # shelters" the list is inside the subject of the one verb
    return any(opening <= m.start and m.end <= first.start
               and _VERB_BETWEEN.search(text, m.end, first.start) for m in counts) \
        and any(last.end < m.start < stop for m in counts)


_LIST_GAP = re.compile(r"\s*,\s*(?:the\s+)?")
# (not "and a New Zealand man": a person's country, no place of the list)
_LAST_GAP = re.compile(r"\s*,?\s+and\s+(?:the\s+)?(?:(?!an?\s)[a-z]+\s+)?")


def _listed(text: str, place: Place, places: list[Place]) -> list[Place]:
    """The places listed with `place` ("A, B and C", "A and B"), in order, when the
    list ends with "and"; else [place]."""
    ordered = sorted(places, key=lambda p: p.start)
    if place not in ordered:
        return [place]
    k = ordered.index(place)
    start = k
    if start > 0 and _LAST_GAP.fullmatch(text[ordered[start - 1].end:ordered[start].start]):
        start -= 1  # "the Philippines, Taiwan and China" seen from China
    while start > 0 and _LIST_GAP.fullmatch(text[ordered[start - 1].end:ordered[start].start]):
        start -= 1
    end = k
    while end + 1 < len(ordered):
        gap = text[ordered[end].end:ordered[end + 1].start]
        if _LAST_GAP.fullmatch(gap):
            return ordered[start:end + 2]
        if not _LIST_GAP.fullmatch(gap):
            break
        end += 1
    chain = ordered[start:end + 1]
    return chain if len(chain) >= 2 and _LAST_GAP.fullmatch(
        text[chain[-2].end:chain[-1].start]) else [place]
