"""Which temperature a reading is: the day's highest, its lowest, or one at any hour.

Gold writers name a heat story's temperatures `S.max_temperature` (18 of 21 in the
gold sets: "soared to 40.5 C in Louisville", "the hottest place in the state at 43°",
"a record of 40 C"), a cold story's `S.min_temperature` ("Agra, which recorded 5.4
degree Celsius, was coldest"), and a reading with no word of either kind and no
story of heat or cold plain `S.temperature` ("With a temperature of 12 below zero").
A record broken is its own quantity: "the previous record was 44.1 degrees" is
`S.max_temperature_previous_record`.
"""

from __future__ import annotations

import re

from .mention import Mention
from .text import Span

# "maximum temperature is expected to remain in the range of 40-43 degree Celsius":
# the day's highest, a quantity apart from the temperature at any hour
_EXTREME = re.compile(r"\b(?:(maximum|highest|max\.?)|(minimum|lowest|min\.?))\s+"
                      r"(?:daily\s+|day(?:time)?\s+|night(?:time)?\s+)?temperatures?\b[^.;]*$",
                      re.I)
# "hit a record low temperature for the date - 4 degrees": the record says which
_RECORD = re.compile(r"\brecord[\s-]+(?:(highs?)|(lows?))\b[^.;]*$", re.I)
# words of the sentence that say a reading is the hottest or the coldest
_HOT = re.compile(r"\b(?:hottest|highest|maximum|highs?(?!\s+temperature)|soar(?:ed|ing|s)?|"
                  r"sizzl\w*|scorch\w*|record|top(?:ped|ping|s)?|peak(?:ed|ing)?|up\s+to|"
                  r"above)\b", re.I)
_COLD = re.compile(r"\b(?:coldest|lowest|minimum|lows?(?!\s+temperature)|plung\w*|dipp?\w*|"
                   r"mercury)\b", re.I)
_BODY = re.compile(r"\b(?:body|core|internal)\s+temperatures?\b[^.;]*$", re.I)
_AVERAGE = re.compile(r"\b(?:average|mean)\s+(?:daily\s+|monthly\s+|annual\s+)?"
                      r"temperatures?\b[^.;]*$", re.I)
# ("often exceed": the verb may be the value's own qualifier)
_HABITUAL = re.compile(r"\b(?:often|usually|typically|normally|regularly|routinely|commonly|"
                       r"generally)\s+(?:(?:exceeds?|reach(?:es)?|tops?|hits?|"
                       r"rises?\s+(?:to|above)|climbs?\s+(?:to|above)|soars?\s+(?:to|above|past)|"
                       r"goes\s+above)\s+"
                       r"(?:[a-z]+\s+){0,2})?$", re.I)
_HEAT_EVENTS = frozenset({"heatwave", "wildfire", "drought"})
_COLD_EVENTS = frozenset({"cold_wave", "blizzard"})


# "the previous record was 44.1 degrees", "beating the old record of 44.1": a record
# broken, a reading of its own, not the new one
# ("The previous top of 49.5C was set six years ago": the record by another word)
_PREVIOUS = re.compile(r"\b(?:previous|old|former|earlier|prior)\s+(?:national\s+|all-time\s+|"
                       r"heat\s+)?(?:record|top|high|best|mark|peak)\b(?:[^.;,]|(?<=\d)\.(?=\d))"
                       r"{0,40}$", re.I)  # (a decimal point: "of 40.4 degrees (104.72 F)")


def previous_record(text: str, mention: Mention, sentence: Span) -> bool:
    return _PREVIOUS.search(text, max(sentence.start, mention.start - 60), mention.start) \
        is not None


def temperature_kind(text: str, mention: Mention, sentence: Span,
                     event: str | None) -> str:
    """`max_temperature`, `min_temperature`, `temperature`, `body_temperature` or a
    season's `usual_max_temperature`; `event`: the story's."""
    if _BODY.search(text, max(sentence.start, mention.start - 60), mention.start):
        return "body_temperature"  # "Her body temperature was 41C": no air's reading
    if _AVERAGE.search(text, max(sentence.start, mention.start - 120), mention.start):
        return "average_temperature"  # "Average daily temperatures ... were 22.3 degrees"
    if _HABITUAL.search(text, max(sentence.start, mention.start - 40), mention.start):
        return "usual_max_temperature"  # "summer temperatures often exceed 50 degrees":
        # what a season brings, no reading of a day
    found = _EXTREME.search(text, max(sentence.start, mention.start - 120), mention.start) \
        or _RECORD.search(text, max(sentence.start, mention.start - 120), mention.start)
    if found is not None:
        return "max_temperature" if found.group(1) else "min_temperature"
    hot = _HOT.search(text, sentence.start, sentence.end)
    cold = _COLD.search(text, sentence.start, sentence.end)
    if hot and not cold:
        return "max_temperature"
    if cold and not hot:
        return "min_temperature"
    if event in _HEAT_EVENTS:
        return "max_temperature"
    return "min_temperature" if event in _COLD_EVENTS else "temperature"
