"""A factbox: lines of "Label: number" under an introduction that says whose figures
they are ("Following is an outline of the disaster, according to government and
United Nations officials:"). Each such line is the introduction's source's, however
much prose stands between them; prose is not. An introduction that ends "as of
January 26, 2019:" dates the lines right under it. A title's source after a colon
("Death toll in Morbi bridge collapse reaches 141: police official") is the source of
the title's numbers before it."""

from __future__ import annotations

import re

from .lexicon import lexicon
from .spellings import snake

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


# a title's tail that names who said it: ": police official", ": UNHCR", ": Red Cross
# official" (not ": what we know", ": live updates")
_TITLE_SOURCE = re.compile(r":[ \t]+((?:[\w.'’&-]+[ \t]+){0,3}(?:officials?|police|minister|"
                           r"ministry|govt|government|authorities|spokes(?:man|woman|person)|"
                           r"governor|mayor|agency|army|military|[A-Z]{2,6}))[ \t]*$")


def title_source(text: str, start: int) -> str | None:
    """Who the title's tail names, when the number at `start` stands in the title
    before it; else None."""
    begin = len(text) - len(text.lstrip())
    end = text.find("\n", begin)
    end = len(text) if end < 0 else end
    if not begin <= start < end:
        return None
    found = _TITLE_SOURCE.search(text, start, end)
    if found is None or re.search(r"\d", found.group(1)):
        return None
    return found.group(1)


def factbox_introduction(text: str, start: int) -> tuple[int, int] | None:
    """The span of the line ending in a colon right above the run of "Label: number"
    lines that holds offset `start` (blank lines may stand between), or None."""
    line_start = text.rfind("\n", 0, start) + 1
    label = _LABEL.match(text, line_start)
    if label is None or label.end() > start:
        return None
    for _ in range(60):  # (a factbox of up to 60 lines)
        if line_start == 0:
            return None
        end = line_start - 1
        line_start = text.rfind("\n", 0, end) + 1
        line = text[line_start:end].strip()
        if line.endswith(":"):
            return line_start, end
        if line and _LABEL.match(text, line_start) is None:
            return None  # prose between: the lines are no factbox under it
    return None


def label_start(text: str, start: int) -> int:
    """Where the "Label: " opening the line of offset `start` begins, when only that
    label stands before `start` on its line ("Metro Manila: 441 cases"); else `start`."""
    line_start = text.rfind("\n", 0, start) + 1
    label = _LABEL.match(text, line_start)
    return line_start if label is not None and label.end() <= start \
        and not text[label.end():start].strip() else start


# a place's name as a factbox line's label: "Zamboanga Peninsula: 22 cases", "Region 3:
# 192 cases", "ARMM: 48 cases" (not a measure's label: "Deaths: 12", "Total: 1,500")
_PLACE_LABEL = re.compile(r"[ \t]*((?:[A-Z][\w'’.-]*|\d{1,2})"
                          r"(?:[ \t]+(?:[A-Z][\w'’.-]*|\d{1,2}|of|and|del|de)){0,3}):[ \t]+")
_NOT_PLACES = frozenset("""total totals note notes source sources update updated deaths death
dead cases case killed injured missing displaced confirmed recovered active suspected new
people families houses homes children women men evacuated affected damaged destroyed
rescued age date time location magnitude depth""".split())


def label_place(text: str, start: int) -> str | None:
    """The label of the factbox line holding offset `start` when it names a place, in
    snake case, or None."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    if len(text[line_start:line_end].split()) > 12 or not text[:line_start].strip():
        return None  # a paragraph ("ISLAMABAD: National Disaster ... said that 51 districts")
        # or the title ("India Swine Flu: Death Toll Tops 1,000")
    label = _PLACE_LABEL.match(text, line_start)
    if label is None or label.end(1) > start or any(
            h.table in ("measures", "events") for h in lexicon().hits(text, *label.span(1))) \
            or any(w.lower() in _NOT_PLACES for w in label.group(1).split()):
        return None
    return snake(label.group(1))
