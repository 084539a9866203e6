"""The vehicle a story's accident befell, and the counts that are its people's.

Fact-checkers name the toll of a ferry that sank, a bus that plunged into a gorge or a
flight that crashed by the vehicle, not by the country it happened in: "36 killed",
"12 still missing" and "carrying 462 people" are `ferry.killed`, `ferry.missing`,
`ferry.aboard`. A count of other people in the same story ("41 from Telangana"), of
a place the lead never names, of a span of time or of a past year stays that place's.
"""
from __future__ import annotations

import re

from .lexicon import lexicon
from .place_kinds import country_keys
from .scenes import describes_someone
from .sites import SITE_KINDS, SITE_NOUNS, story_site
from .spellings import snake
from .text import title_end

# the vehicle's words, each with the name its people's counts take
_KINDS = {"ferry": "ferry", "ferries": "ferry", "boat": "boat", "dinghy": "boat",
          "trawler": "boat", "bus": "bus", "minibus": "bus", "coach": "bus",
          "truck": "truck", "lorry": "truck",
          "ship": "ship", "plane": "plane", "jet": "plane",
          "airliner": "plane", "aircraft": "plane", "flight": "plane"}
# the words of a vehicle or site whose mishap is the story's ("the boat sank")
SCENE_NOUNS = frozenset(_KINDS) | SITE_NOUNS | frozenset("""vessel train ship block shaft
plane aircraft jet""".split())
# what a story's scene is named by (`ferry`, `gold_mine`, `bay_horse_mine`): any
# vehicle or site of that kind, as `earthquake` is any quake
SCENE_KINDS = frozenset(_KINDS.values()) | SITE_KINDS
_VEHICLE = re.compile(r"\b(" + "|".join(_KINDS) + r")\b", re.I)
# what befell it: no vehicle story without ("Bus fares rise", "UN to launch ...")
_ACCIDENT = re.compile(
    r"\b(?:capsiz\w*|sank|sink\w*|sunk|crash\w*|plung\w*|derail\w*|collid\w*|collision|"
    r"overturn\w*|wreck\w*|shipwreck\w*|aground|tragedy|disaster|accident|fell|falls?|veer\w*|"
    r"skid\w*|explo\w*|caught fire|fire|adrift|drifting|"
    r"died\s+(?:aboard|on\s+board|on\s+(?:a|the))|"  # ("died aboard a boat adrift")
    r"(?:found|lay)\s+dead\s+(?:in|inside|aboard))\b", re.I)  # ("found dead in a truck")
# a boat of a kind readers name it by ("A FISHING BOAT carrying hundreds of migrants")
_BOAT_KIND = re.compile(r"\b(fishing|migrant)\s+(?:boat|vessel|trawler)\b", re.I)
_FLIGHT = re.compile(r"\b[Ff]light\s+([A-Z]{0,3}\s?\d{2,4})\b")
_FIRST_SENTENCE = re.compile(r".+?[.!?](?=\s|$)", re.S)

# people of a place: "41 from Telangana", "pilgrims from Pakistan" (not "the toll from
# Philippine ferry")
_FROM = re.compile(r"(?:\d|\b[a-z]+s|\bpeople)\s+from\s+(?:the\s+)?$")

# a count over a span of time, or of another accident of the kind
# ("a collapse in Florida last month" says when it fell, not a span counted)
_ANOTHER_TIME = re.compile(r"\b(?:(?:this|past|every|a)\s+(?:week|month|year)|annually|"
                           r"similar\s+(?:accident|incident|tragedy|disaster))\b", re.I)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def _past_year(text: str, sentence, year: int | None) -> bool:
    """Whether the sentence names a year before the story's."""
    return year is not None and any(
        int(y) < year for y in _YEAR.findall(text, sentence.start, sentence.end))


# the measures of a vehicle's people: those it carried, lost, and saved
CARRIED = frozenset({"aboard", "passengers"})
PEOPLE_MEASURES = CARRIED | frozenset("""killed injured missing rescued survivors
hospitalized trapped bodies_recovered killed_on_spot killed_in_hospital
killed_later""".split())


def story_scene(text: str) -> str | None:
    """The vehicle or site whose accident the story tells, by the name its people's
    counts take (`ferry`, `bay_horse_mine`), or None."""
    countries = country_keys() | {snake(name) for name in lexicon().demonyms}
    return story_vehicle(text) or story_site(text, text[:lead_end(text)], title_end(text),
                                             countries)


def story_vehicle(text: str) -> str | None:
    """The name of the vehicle the story's title or first sentence tells an accident
    of: `ferry`, `bus`, `fishing_boat`, `flight_8501`; None for any other story, and
    for a train's, whose tolls readers tell by the town it crashed at."""
    end, lead = title_end(text), text[:lead_end(text)]
    # the story's own word before the title's ("boat capsizes" over "a passenger ferry")
    found = _VEHICLE.search(lead, end) or _VEHICLE.search(lead)
    if found is None or not _ACCIDENT.search(lead):
        return None
    kind = _KINDS[found.group(1).lower()]
    if kind == "plane":
        number = _FLIGHT.search(text)
        return f"flight_{number.group(1).replace(' ', '').lower()}" if number else "plane"
    if kind == "boat":
        # the boat's own kind before its passengers' ("capsized migrant boat" in the
        # title, "A FISHING BOAT carrying hundreds of migrants" in the story)
        kinds = {k.lower() for k in _BOAT_KIND.findall(text[:end + 800])}
        if "fishing" in kinds:
            return "fishing_boat"
        # "a migrant boat capsized off Libya": no vessel of its own but its people's,
        # told by the coast it sank off (`libya.killed`)
        return None if "migrant" in kinds else "boat"
    return kind


def lead_end(text: str) -> int:
    """Where the story's lead (its title and first sentence) ends."""
    end = title_end(text)
    body_start = len(text) - len(text[end:].lstrip())
    first = _FIRST_SENTENCE.match(text, body_start)
    return first.end() if first else min(len(text), body_start + 300)


def of_the_vehicle(text: str, vehicle: str | None, measure: str | None, sentence,
                   places, year: int | None) -> bool:
    """Whether a count of `measure` in `sentence` is of the story's vehicle's people:
    the sentence names no place but those the lead names ("In September, 21 died when
    a bus plunged into a ravine in Sukabumi" is another crash's)."""
    if vehicle is None or measure not in PEOPLE_MEASURES:
        return False
    named = places.between(sentence.start, sentence.end)
    if any(_FROM.search(text, max(0, p.start - 30), p.start) for p in named):
        return False  # "41 from Telangana and 32 from Andhra Pradesh": their parts
    if measure in CARRIED and not _another_time(text, sentence, year):
        return True  # "left Bengkulu for Pagar Alam with 27 on board": its own
    return of_the_story(text, sentence, places, year)


def of_the_story(text: str, sentence, places, year: int | None) -> bool:
    """Whether `sentence` tells of the story's own accident: no span of time, no past
    year, no place but those the lead names."""
    if _another_time(text, sentence, year):
        return False  # "53 reported dead off Libya this week", "In 1996, 800 died"
    lead = {p.key for p in places.between(0, lead_end(text))}
    return all(p.key in lead or describes_someone(text, p)  # "police chief of Banyuwangi"
               for p in places.between(sentence.start, sentence.end))


def _another_time(text: str, sentence, year: int | None) -> bool:
    return bool(_ANOTHER_TIME.search(text, sentence.start, sentence.end)) \
        or _past_year(text, sentence, year)


# what befell the story's vehicle or site, as its lead tells it ("Ferry sinks",
# "as boat capsizes", "building collapse"): the lexicon's mishaps by their stems
_LEAD_MISHAPS = {
    "capsizing": r"capsiz|overturn", "sinking": r"sank|sink|sunk",
    "collapse": r"collaps|gave\s+way|caved?[\s-]+in|crumbl|buckl|toppl",
    "explosion": r"explo|blast",
    "derailment": r"derail|(?:jump|left|came\s+off)\w*\s+the\s+tracks",
    "crash": r"crash|plung|collid|veer|careen", "fire": r"fire|blaze",
}


def lead_mishaps(text: str) -> frozenset:
    """The mishaps the story's lead tells: `capsizing`, `collapse` ..."""
    lead = text[:lead_end(text)]
    return frozenset(kind for kind, stems in _LEAD_MISHAPS.items()
                     if re.search(rf"\b(?:{stems})", lead, re.I))


_AND_CREW = re.compile(r"\s+and\s+(?:the\s+)?crew(?:\s+members)?\b")


def without_crew(words: str) -> str:
    """The words between a number and "on board" without "and crew" ("166 passengers
    and crew on board" are all aboard, as close as "166 passengers on board")."""
    return _AND_CREW.sub("", words)
