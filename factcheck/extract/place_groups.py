"""The place a count points back to by a kind or a group of places.

"the district", "the region" in a sentence that names no place points back to the
last place the text called a district, a region ("Lablae district", "the Tigray
region", "the province of Nan"): the kind must agree, so "in the region" never
lands on a town named last. "the Andean nation of 16 million people" is the story's
country.

A count said over a number of places no name gathers ("storms in eight states
killed at least 27 people", "damage to homes across several southern states") is
that group's, `eight_states`, `southern_states`: not the story's main place, nor one
of the states named later. Districts and counties are the main place's when the text
calls it a state, a province or a region ("affected across 30 districts" in a story
of Assam State). "16 districts of Assam" are Assam's, "the 16 districts" are those
named before, and a place named in the sentence comes first.
"""

from __future__ import annotations

import re
from collections import Counter

from .place_kinds import country_keys
from .places import Places
from .spellings import snake


_KINDS = ("district", "province", "county", "region", "state", "prefecture", "governorate",
          "country", "nation", "camp", "settlement")  # "the settlement": "X settlement"
# (not "the country's most populated city with 14.6 million": the city's, no country's)
_THE_KIND = re.compile(rf"\bthe\s+({'|'.join(_KINDS)})\b(?!\s+of\b|['’]s\s+(?:[\w-]+\s+){{0,2}}"
                       r"(?:city|town|capital|port|village)\b)", re.I)


def _country_before(places: Places, start: int) -> str | None:
    """The country named most before `start`, the last of a tie ("floods across the
    country"; not "Turkey" of "crossed the border from Turkey" in a Greek story)."""
    countries = country_keys()
    named = Counter(p.key for p in places.found if p.end <= start and p.key in countries)
    return max(reversed(list(named)), key=named.get) if named else None


# "the Andean nation of 16 million people": the people of the story's country;
# "Isabela, a province of more than a million people": the place it stands beside
_NATION_OF = re.compile(r"\b(?:the|an?|this|that)\s+(?:[A-Z][\w-]+\s+|[a-z]+\s+)?(nation|country|"
                        r"province|state|city|town|village|island|district|region|territory)\s+"
                        r"of\s+(?:(?:some|about|nearly|almost|over|more\s+than|roughly)\s+)?$")


# "Samoa, formerly part of New Zealand, which has about 220,000 people": the place's
# people (amounts.py), the place the one before the aside
HOME_HAS = re.compile(r"(?<=,\s)(?:which|that)\s+(?:has|had|is\s+home\s+to|was\s+home\s+to)\s+"
                      r"(?:(?:some|about|nearly|almost|over|more\s+than|roughly|around)\s+)?$")


def nation_of(text: str, start: int, places: Places) -> str | None:
    """The place "a province of", "the nation of" before `start` says, or None."""
    said = _NATION_OF.search(text, max(0, start - 60), start) \
        or HOME_HAS.search(text, max(0, start - 60), start)
    if said is None:
        return None
    # the place before an aside ("Samoa, formerly part of New Zealand, a nation of"),
    # never the aside's own place
    gaps = [(p, re.fullmatch(r"\s*,(?:([^,;.()]{1,50}),)?\s*", text[p.end:said.start()]))
            for p in places.found]
    heads = [p for p, gap in gaps if gap and gap[1]]
    beside = heads or [p for p, gap in gaps if gap and not re.search(
        r"\bof\s+$", text[max(0, p.start - 5):p.start])]
    if beside:
        return beside[-1].key
    return _country_before(places, said.start()) if said.re is _NATION_OF \
        and said[1] in ("nation", "country") else None


_NUMBER_WORDS = r"\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|a\s+dozen"
# not "in the 16 districts": the districts named before, whose place said it
_GROUP = re.compile(rf"\b(?:in|across|over|through|throughout)\s+(?:({_NUMBER_WORDS}|several|"
                    r"many)|some|a\s+number\s+of)\s+((?:[a-z]+\s+)?(states|countries|"
                    r"provinces|districts|counties|regions|nations))\b(?!\s+(?:of|in)\b)")


def local_place(text: str, start: int, end: int, places: Places) -> str | None:
    """The group of places text[start:end] counts over ("in eight states": the country
    named before, else the group itself), else the place "the district" points back
    to, or None."""
    group = _GROUP.search(text, start, end)
    if group is not None:  # the country they are parts of, when one is named before
        number, kind, plural = group.groups()
        if number and number.lower() in ("several", "many") and " " in kind.strip():
            number = None  # "several southern states": the southern states
        return _country_before(places, group.start()) or (
            _whole_of_districts(text, places) if plural in ("districts", "counties") else None) \
            or snake(" ".join(w for w in (number, kind) if w))
    return place_of_kind(text, start, end, places)


def _whole_of_districts(text: str, places: Places) -> str | None:
    """The story's main place as the whole of its districts ("affected across 30
    districts" in a story of Assam), when the text calls it a state, a province or a
    region ("Assam State Disaster Management Authority"): the main place of another
    story may be one of the districts itself (Cumilla among Bangladesh's 11)."""
    named = next((p for p in places.found if p.key == places.main), None)
    if named is None:
        return None
    name = re.escape(text[named.start:named.end])
    called = re.search(rf"\b{name}\s+(?:state|province|region)\b|\b(?:state|province|region)"
                       rf"\s+of\s+{name}\b", text, re.I)
    return named.key if called else None


def place_of_kind(text: str, start: int, end: int, places: Places) -> str | None:
    """The place "the district" or "the country" (of text[start:end]) points back
    to, or None."""
    said = _THE_KIND.search(text, start, end)
    if said is None:
        return None
    kind = said.group(1).lower()
    if kind in ("country", "nation"):
        return _country_before(places, said.start())
    for place in reversed([p for p in places.found if p.end <= said.start() and not p.demonym]):
        after = re.match(rf"\s+{kind}\b", text[place.end:place.end + 20], re.I)
        # "the province of Nan"; not "Lablae district of Uttaradit", the district's
        before = re.search(rf"\bthe\s+{kind}\s+of\s+$", text[max(0, place.start - 30):
                                                              place.start], re.I)
        if after or before or text[place.start:place.end].lower().endswith(kind):
            return place.key
    return None
