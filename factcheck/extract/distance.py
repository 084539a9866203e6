"""How far a place lies from another: `S.distance_from_P`.

"300 kilometres north of the capital, Bangui", "380 km off Yemen": the place the
clause is about (the one named before the number, else the story's) and the place named
after the frame ("northeast of Yunnan's capital, Kunming": Kunming, not Yunnan).
A conversion in brackets between the number and its frame is the same distance told
in other units ("85 miles (135 km) north of Sacramento"), so the frame is read past
it. With no name after the frame, only a point every reader of the story can place
is named: the epicentre, the border ("80 kilometers (50 miles) from the border").
"the village", "here" are left unnamed: which village, where is here, is not said.
"""

from __future__ import annotations

import re

from .mention import Mention
from .places import Places, snake
from .text import Span

DISTANCE_UNITS = frozenset({"kilometer", "mile", "meter"})
# "85 miles (135 km)", "300 miles, or 500 kilometers,": the same distance restated
_CONVERSION = re.compile(r"\s*\(\s*(?:about\s+|some\s+)?[\d.,]+\s*[a-z]{1,12}\.?\s*\)"
                         r"|\s*,\s*or\s+(?:about\s+|some\s+)?[\d.,]+\s*[a-z]{1,12}\.?\s*,", re.I)
# "north of the capital, Bangui", "from the main city of Guwahati", "south-east of":
# what the distance is from
_FROM = re.compile(r"\s+(?:(?:north|south|east|west)(?:-?(?:north|south|east|west)){0,2}"
                   r"(?:ern)?\s+)?(?:of|from|off)\s+(?:the\s+)?"  # ("south-southwest of")
                   r"(?:(?:[a-z]+\s+|[A-Z][\w-]*['’]s\s+)?(?:capital|city|town|village|border)"
                   r"\s*,?\s+(?:of\s+)?)?", re.I)
_AFTER_ITS_NAME = re.compile(r"[A-Z][\w'’-]+,\s+(?:(?:about|some|around|roughly|nearly)\s+)?$")
_OWNS_POINT = re.compile(r"[A-Z][\w-]*['’]s\s+(?:[a-z]+\s+)?(?:capital|city|town|village)\b")
_NAME_RUN = re.compile(r"[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+)*")
# points named by their common noun that a story has one of
_POINTS = (("epicentre", re.compile(r"epicent(?:re|er)\b", re.I)),
           ("border", re.compile(r"border\b(?!\s+(?:of|with)\b)", re.I)))


def from_a_point(text: str, mention: Mention) -> bool:
    """ "the town of Omsukchan, 420 kilometers (260 miles) northwest of Magadan": where
    a place lies, told after its name (not "the typhoon was 300 km south of Okinawa":
    where a storm is, which moves)."""
    if mention.unit not in DISTANCE_UNITS \
            or not _AFTER_ITS_NAME.search(text, max(0, mention.start - 60), mention.start):
        return False
    conversion = _CONVERSION.match(text, mention.end)
    return _FROM.match(text, conversion.end() if conversion else mention.end) is not None


def distance(text: str, mention: Mention, sentence: Span, places: Places,
             mentions: tuple = ()) -> str | None:
    if mention.unit not in DISTANCE_UNITS:
        return None
    start = mention.end
    conversion = _CONVERSION.match(text, start)
    if conversion is not None:
        start = conversion.end()
    frame = _FROM.match(text, start)
    if frame is None:
        return None
    if _OWNS_POINT.match(text, frame.end()):
        return None  # "northeast of Yunnan's capital.": the capital is not named
    name = _NAME_RUN.match(text, frame.end())
    target = next((p.key for p in places.found if p.start == frame.end()), None)
    if target is None and name is None:
        target = _point(text, frame) or _here(text, frame, places)
        if target is None:
            return None  # "12 km west of here", "10 km from the village"
    target = target or snake(name.group())
    before = [p for p in places.between(sentence.start, mention.start)
              if p.key != target and not p.demonym]
    subject = before[-1].key if before else (
        _located_event(text, sentence, mention, mentions) or places.main)
    if subject is None or subject == target:
        return None
    return f"{subject}.distance_from_{target}"


def _point(text: str, frame: re.Match) -> str | None:
    """"23 kilometres from the epicentre", "50 miles from the border, where": the
    frame swallows "the border, " when it looks like "the border, Name"."""
    said = frame.group().lower()
    if "from" not in said:
        return None  # "north of the border" is a side, not a distance from a point
    if re.search(r"\bborder\b", said):
        return "border"
    for key, pattern in _POINTS:
        if pattern.match(text, frame.end()):
            return key
    return None


# a story's dateline: "SHIMLA : At least 18 people ...", "KOSLANDA, Sri Lanka —"
_DATELINE_PLACE = re.compile(r"\s*([A-Z][A-Z'’.\- ]{2,30}?)\s*(?:,|:|\(|[—–-])")


def _here(text: str, frame: re.Match, places: Places) -> str | None:
    """"250 km from here": from where the story is filed, its dateline's place."""
    if not re.match(r"here\b", text[frame.end():frame.end() + 5]) or "from" not in \
            frame.group().lower():
        return None
    for span in places.skip:
        found = _DATELINE_PLACE.match(text, span.start, span.end)
        if found is not None:
            return snake(found.group(1).strip().title())
    return None


# events that happen at a point: "the quake hit on Tuesday, 30 kilometres west of Port
# Vila" puts the quake there, not the story's country
_AT_A_POINT = frozenset({"earthquake", "aftershock", "eruption", "explosion", "landslide",
                         "avalanche"})


def _located_event(text: str, sentence: Span, mention: Mention, mentions) -> str | None:
    """The last event of a point named before the number in its sentence ("A magnitude
    3 earthquake was recorded on Feb. 6, 8 km southwest of": an aftershock's, after a
    quake of Feb. 5)."""
    from .event_ranks import another_of_its_kind
    from .lexicon import lexicon

    hits = [h for h in lexicon().hits(text, sentence.start, mention.start)
            if h.table == "events" and h.name in _AT_A_POINT]
    return (another_of_its_kind(text, hits[-1], mentions) or hits[-1].name) if hits else None
