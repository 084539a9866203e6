"""Another quake than the story's, told in the same article: after "Kayseri was hit
by a magnitude 4.9 earthquake", "A magnitude 3.8 earthquake jolted the southern
province of Adana" is Adana's quake (`adana_earthquake`), not a second reading of the
story's; "two other earthquakes below magnitude 4" are `other_earthquakes`.

A quake is another place's only when both are told as new ("a ... earthquake"), with
magnitudes that differ, in different sentences, and its own clause names a place the
first one's sentence does not: "A powerful earthquake struck Taiwan. A magnitude 7.4
earthquake struck off Hualien" restates one quake (the first has no magnitude)."""

from __future__ import annotations

import re

from .event_ranks import QUAKE_WORD, QUAKES_BACK, another_of_its_kind
from .lexicon import Hit
from .text import MONTHS, title_end

# "A magnitude 3.8 earthquake", "a 5.8-magnitude quake", "A strong 6.1 tremor"
_TOLD = re.compile(r"\b[Aa]n?\s+(?:[a-z]+\s+){0,2}?(?:magnitude[\s-]+)?(\d(?:\.\d)?)"
                   r"(?:[\s-]*magnitude)?\s+(?:[a-z]+\s+)?$")
# "An earthquake measuring 6.9 on the Richter scale rocked Xinjiang": told as new, the
# magnitude after the noun
_NEW = re.compile(r"\b[Aa]n?\s+(?:[a-z]+\s+){0,2}?$")
_MEASURING = re.compile(r"\s*,?\s+(?:measuring|of\s+magnitude|with\s+a\s+magnitude\s+of)\s+"
                        r"(\d(?:\.\d)?)\b")
_OTHERS = re.compile(r"\bother\s+(?:[a-z]+\s+)?$")
# "At least 17 aftershocks shook Nicaragua, including a 5.0-magnitude earthquake"
_AMONG_AFTERSHOCKS = re.compile(r"\baftershocks\b[^.;:]{0,60}?\bincluding\s+(?:an?|one)\s+"
                                r"(?:[^.;:]|\.(?=\d)){0,25}$", re.I)
# "A tremor of 5.0 magnitude hit half an hour before the main quake"
_BEFORE_MAIN = re.compile(r"(?:[^.;:]|(?<=\d)\.(?=\d)){0,60}?\bbefore\s+the\s+"
                          r"(?:main|big|larger|major|strongest)\s+"
                          r"(?:quake|earthquake|shock|tremor|temblor)\b", re.I)
_SENTENCE_END = re.compile(r"[.!?](?=[\"”’)]*\s)")
_CLAUSE_END = re.compile(r"[.;!?](?=\s)|,?\s+and\s+(?:an?|the)\s")


def other_event(text: str, event: Hit, mentions, places, months: bool = False) -> str | None:
    """The name of another event than the story's own of its kind ("New tremors shook
    Croatia"), or of a quake of another place ("on the heels of a 6.0-magnitude
    earthquake in northeastern Italy on Sunday": its day too), or (`months`) of a month
    told after the story's, else None. (A date of a quake of a past month keeps the
    name its year gives it: `quake_2005.start`.)"""
    if (other := another_of_its_kind(text, event, mentions)) is not None or places is None:
        return other
    if not months and _A_YEAR_AFTER.match(text, event.end):
        return None  # "a 4.9 magnitude earthquake in July 2004": its year names it
    return quake_elsewhere(text, event, places, months, mentions)


_A_YEAR_AFTER = re.compile(r"[^.;]{0,80}?\b(?:1[89]|20)\d\d\b")


def quake_elsewhere(text: str, event: Hit, places, months: bool = True,
                    mentions=()) -> str | None:
    """The name of a quake of another place or of other quakes (`months`: or of a
    month told after the story's), else None."""
    if event.name != "earthquake":
        return None
    if (among := _AMONG_AFTERSHOCKS.search(text, max(0, event.start - 90), event.start)):
        # ("17 aftershocks shook Nicaragua, including ...": Nicaragua's, not El Salvador's)
        place = next((p for p in places.between(among.start(), event.start)
                      if not p.qualifier), None)
        return f"{place.key}_aftershock" if place else "aftershock"
    if _BEFORE_MAIN.match(text, event.end):
        return "foreshock"
    if _OTHERS.search(text, max(0, event.start - 20), event.start) \
            and text[event.start:event.end].lower().endswith("s"):
        return "other_earthquakes"
    if (day := _of_a_day(text, event, mentions)) is not None:
        return day
    own = _told(text, event.start, event.end)
    if own is None:
        return None
    earlier = _earlier_told(text, event.start)
    if earlier is not None and earlier[0] != own:
        theirs = {p.key for p in places.between(*earlier[1])} | {places.main}
        stop = _CLAUSE_END.search(text, event.end)
        place = next((p for p in places.between(event.end, stop.start() if stop else len(text))
                      if not p.qualifier and p.key not in theirs), None)
        if place is not None:
            return f"{place.key}_earthquake"
    return _of_a_month(text, event) if months else None


# "after the magnitude-7.8 quake on April 25", "damage it sustained during the April 25
# quake": a quake of its own day, told after the story's own quake
_DAY_BEFORE = re.compile(rf"\bthe\s+({MONTHS})\s+(\d{{1,2}})\s+$")
_DAY_AFTER = re.compile(rf"\s+(?:on|of)\s+({MONTHS})\s+(\d{{1,2}})\b(?!,?\s+\d{{4}})")


# "Peru's last major temblor, a magnitude-7.9 quake, occurred in 2007"
_YEAR_AFTER = re.compile(r"[^.;:]{0,40}?\b(?:in|of)\s+((?:19|20)\d\d)\b")


def _of_a_day(text: str, event: Hit, mentions) -> str | None:
    """`quake_april_25` (`quake_2007`) for a quake told by its own day (year)
    after the story has told of a quake on another day; else None (not "aftershocks
    following the July 6 earthquake" in a story whose quake has no other day)."""
    day = _DAY_BEFORE.search(text, max(0, event.start - 20), event.start) \
        or _DAY_AFTER.match(text, event.end) or _YEAR_AFTER.match(text, event.end)
    first = QUAKE_WORD.search(text, title_end(text), _sentence_start(text, event.start))
    if day is None or first is None:  # (the body's first quake: a title has no dates)
        return None  # (the story's first quake is its own, whatever its date)
    opening = max(_sentence_start(text, first.start()), text.rfind("\n", 0, first.start()) + 1)
    end = _SENTENCE_END.search(text, first.end())
    dated = [m for m in mentions or () if m.kind == "date" and m.interval is not None
             and None not in (m.interval.low, m.interval.high)]  # (not "since May 20")
    told = [m for m in dated if opening <= m.start < (end.end() if end else len(text))]
    this = [m for m in dated if m.start <= day.start(1) < m.end]
    if not told or not this or any(m.interval.low <= this[0].interval.high
                                   and this[0].interval.low <= m.interval.high for m in told):
        return None
    word = text[event.start:event.end].lower().rstrip("s")  # (as the date's own name:
    # "a magnitude-7.9 quake, occurred in 2007" is `quake_2007`, its year `quake_2007.start`)
    return "_".join([word, *(g.lower() for g in day.groups() if g)])


# "An earthquake measuring 6.1 rumbled through Inner Mongolia in March", told after the
# story's own quake: a quake of that month, told for its history
# (a month no day number is next to; "May" only after "in", or it may be the verb)
_IN_MONTH = re.compile(rf"(?<!\d\s)\b((?!May\b){MONTHS}|(?<=in\s)May)\b(?!\s+\d{{1,2}}\b)")


def _of_a_month(text: str, event: Hit) -> str | None:
    """`earthquake_march` for a quake told as new and dated by a month alone in its
    sentence, after the story has told of a quake; else None."""
    opening = _sentence_start(text, event.start)
    if not QUAKE_WORD.search(text, 0, opening):
        return None  # (the story's first quake is its own, whatever its date)
    end = _SENTENCE_END.search(text, event.end)
    month = _IN_MONTH.search(text, opening, end.end() if end else len(text))
    return f"earthquake_{month.group(1).lower()}" if month else None


def _earlier_told(text: str, start: int) -> tuple[str, tuple[int, int]] | None:
    """The magnitude and sentence of the last quake told as new in a sentence before."""
    opening = _sentence_start(text, start)
    quakes = list(QUAKE_WORD.finditer(text, 0, opening))[-QUAKES_BACK:]
    for quake in reversed(quakes):
        told = _told(text, quake.start(), quake.end())
        if told is not None:
            end = _SENTENCE_END.search(text, quake.end())
            return told, (_sentence_start(text, quake.start()),
                                   end.end() if end else len(text))
    return None


def _told(text: str, start: int, end: int) -> str | None:
    """The magnitude of a quake told as new at start:end ("a 5.8-magnitude quake", "An
    earthquake measuring 6.9"), else None."""
    before = _TOLD.search(text, max(0, start - 40), start)
    if before is not None:
        return before.group(1)
    after = _MEASURING.match(text, end)
    return after.group(1) if after and _NEW.search(text, max(0, start - 30), start) else None


def _sentence_start(text: str, at: int) -> int:
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, at - 400), at)]
    return ends[-1] if ends else max(0, at - 400)


# "another two earthquakes measuring 5.2 and 4.6": a magnitude for each quake of a list
_LISTED = re.compile(r"\b(?:earthquakes|quakes|tremors|aftershocks|temblors)\s+(?:measuring|"
                     r"of\s+magnitudes?|with\s+magnitudes?\s+of)\s+(?P<list>\d(?:\.\d)?"
                     r"(?:\s*,\s*\d(?:\.\d)?)*,?\s+and\s+\d(?:\.\d)?)\b", re.I)


def numbered_magnitude(text: str, start: int, sentence, quantity: str, earlier: list) -> str:
    """`kind_N.magnitude` for the Nth magnitude of a list of quakes, each a quake of its
    own (`kind` the first one's); else `quantity`."""
    if not quantity.endswith(".magnitude"):
        return quantity
    for listed in _LISTED.finditer(text, sentence.start, sentence.end):
        starts = [listed.start("list") + m.start()
                  for m in re.finditer(r"\d(?:\.\d)?", listed.group("list"))]
        if start in starts:
            first = next((d.quantity for d in earlier if d.span[0] == starts[0]), quantity)
            kind = re.sub(r"_\d+$", "", first.split(".")[0])
            return f"{kind}_{starts.index(start) + 1}.magnitude"
    return quantity
