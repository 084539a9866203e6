"""The value a draft writes: a grammar phrase `parse_value` reads to the very interval
the extractor found (the round trip is checked for every claim): the mention's words,
"people" added to a people count ("15" -> "15 people"), a bare day given its month ("2"
of "May 1 and 2" -> "2 May", "16, 2025" of "September 15 and 16, 2025" -> "16
September 2025") and a day given the year said after it ("September 15" -> "September
15, 2025"); a date read forward keeps its words in a clause about the future, else gets
"scheduled for" in front. When no phrase reads back the same, the explicit mapping
{low, high, ...} is written (for dates, "between <ISO> and <ISO>")."""

from __future__ import annotations

import datetime as dt
import re

from ..findings import FactcheckError
from ..grammar import find_numbers, parse_value
from ..grammar.clauses import future_date_in
from ..interval import Interval, ordinal_to_iso
from .mention import Mention


def value_note(value, mention: Mention) -> str | None:
    """Why the value is not the quote's own words (verify's quote-number check will
    ask a person to look), or None."""
    if isinstance(value, str) and value.startswith("scheduled for "):
        return (f"{mention.text!r} is in a clause about the future: 'scheduled for' makes "
                "the value read forward")
    if isinstance(value, str) and " ".join(mention.text.split()) in value:
        return None
    return f"value written out: the grammar does not read {mention.text!r} as it stands"


def value_for(mention: Mention, published: dt.date | None, quote: str | None = None
              ) -> str | dict:
    """The phrase to write: the quote's own words when they read back. A day said in
    a clause about the future reads forward as it stands when the quote keeps that
    clause (verify asks the quote too); else "scheduled for" makes it read forward."""
    forward = bool(mention.future and quote and published is not None
                   and future_date_in(quote, mention.interval, published))
    for phrase in _candidates(mention, forward):
        if reads_back(phrase, mention, published, forward):
            return phrase
    return explicit(mention)


def _candidates(mention: Mention, said_forward: bool = False) -> list[str]:
    words = " ".join(mention.text.replace("“", "").replace("”", "").split())
    found = [words]
    if mention.unit == "person" and find_numbers(words):
        one = re.fullmatch(r"(?:.*\s)?(?:one|1)", words, re.I)  # "one person"
        found.append(f"{words} person" if one else f"{words} people")
    elif mention.unit == "person":  # "several thousand": the unit makes it read back
        plural = re.search(r"(?:dozens|scores|hundreds|thousands|millions)$", words, re.I)
        found.append(f"{words} of people" if plural else f"{words} people")
    if mention.kind == "date" and mention.interval.low is not None:
        date = dt.date.fromordinal(int(mention.interval.low))
        day = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+\d{4})?", words)
        found += [f"{day[1]} {date:%B}", f"{day[1]} {date:%B} {date.year}"] if day else [
            f"{words}, {date.year}"]
    if mention.future and not said_forward:
        found.insert(0, f"scheduled for {words}")
    return found


def reads_back(phrase: str, mention: Mention, published: dt.date | None,
               forward: bool = False) -> bool:
    """Whether `phrase` parses to the mention's interval (a number-less people phrase
    takes its unit from the quantity, so its unit is not compared); `forward`: read
    as a day to come, as verify reads it beside its quote."""
    try:
        parsed = parse_value(phrase, anchor=published, future=forward)
    except FactcheckError:
        return False
    want = mention.interval
    vague = parsed.qualifier is not None and parsed.qualifier == phrase.lower() \
        and not any(ch.isdigit() for ch in phrase)
    unit_ok = parsed.unit == _unit(mention) or (
        mention.unit == "person" and parsed.unit is None and vague)
    return unit_ok and _bounds(parsed) == _bounds(want) and parsed.kind == want.kind


def _unit(mention: Mention) -> str | None:
    return mention.interval.unit if mention.kind in ("date", "fraction") else mention.unit


def _bounds(iv: Interval):
    return iv.low, iv.high, iv.low_open, iv.high_open


def explicit(mention: Mention) -> str | dict:
    iv = mention.interval
    if mention.kind == "date" and iv.low is not None and iv.high is not None:
        low, high = ordinal_to_iso(iv.low), ordinal_to_iso(iv.high)
        return low if low == high else f"between {low} and {high}"  # "early on Sunday"
    return {"low": _plain(iv.low), "high": _plain(iv.high), "low_open": iv.low_open,
            "high_open": iv.high_open, "unit": mention.unit}


def _plain(value):
    if value is None:
        return None
    return int(value) if value.denominator == 1 else float(value)


_TEMPERATURE_SIGNS = {"degree_Celsius": "°C", "degree_Fahrenheit": "°F"}


def below_zero(mention: Mention, mentions: list[Mention]) -> tuple[str | None, str | None]:
    """A number below zero with no unit ("temperatures dropped to -14") is no count: the
    value in the one temperature unit the story gives its other readings, with a note
    that says so; (None, None) when the story gives none or several."""
    units = {m.unit for m in mentions if m.unit in _TEMPERATURE_SIGNS}
    if len(units) != 1:
        return None, None
    sign = _TEMPERATURE_SIGNS[units.pop()]
    return (f"{' '.join(mention.text.split())} {sign}",
            f"unit taken from the story's other temperatures ({sign}): the text gives none")
