"""The place a paragraph opens with: "In Mayotte, a French overseas territory, at
least 31 people were confirmed dead ... Winds exceeding 220 km/h caused severe damage".

Reporters set the scene of a paragraph once ("In X, ...") and let the sentences after
it speak of X without naming it again. A count or a wind speed in such a sentence,
with no place of its own, is X's, not the story's main place's. Only a paragraph's
first words open such a frame ("In X," or "In X's"): a place named in the middle of
a paragraph ("... a camp in Sudan. Two died.") frames nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from .lexicon import lexicon
from .place_kinds import country_keys
from .place_words import OWNED_KIND
from .places import Places

# "250,473 people have been registered as refugees in Congo (21,186); Rwanda (73,926)":
# a place with its own count in brackets is a part of a list, not where the whole is
OWN_COUNT = re.compile(r"\s*\(\s*(?:about\s+|some\s+)?\d")
_BRACKET = re.compile(r"\s*\(\s*")
_POPULATION = re.compile(r",\s+population\s+(?:of\s+)?")
_LABEL_LINE = re.compile(r":[ \t]+[^\n:()]*")
_DASHED = re.compile(r"\s+[–—]\s+|\s*:\s+")
_IN_A_PLACE = re.compile(r"[^;,.]*?\s(?:in|at)\s+(?:the\s+)?[A-Z]")
_WITH = re.compile(r"\s+with\s+(?:(?:about|around|over|nearly|some|more\s+than|at\s+least)\s+)?")
_LOCATIVE = re.compile(r"\b(?:in|at|of|near|from|across|within)\s+(?:the\s+)?$", re.I)


def owns_number(text: str, place, mention) -> bool:
    """The number is the place's own: "River Nile (15.64%)", "followed by Rajasthan with
    267 deaths and Madhya Pradesh with 160"; not "the most-affected district in UP with
    36 deaths", where the place after "in" only says where the district is."""
    if _BRACKET.fullmatch(text, place.end, mention.start) \
            or _POPULATION.fullmatch(text, place.end, mention.start):
        return True  # "Kipnuk, population 715"
    if _LABEL_LINE.fullmatch(text, place.end, mention.start) \
            and not text[text.rfind("\n", 0, place.start) + 1:place.start].strip():
        return True  # "CALABARZON: 575 cases, nine deaths": a factbox line, its label's
    if _DASHED.fullmatch(text, place.end, mention.start):
        # "Mures County – 145 cases": a line of a breakdown; not "Romania – 145 cases in
        # Arad County", where the number names its own place
        return not _IN_A_PLACE.match(text, mention.end, mention.end + 60)
    return bool(_WITH.fullmatch(text, place.end, mention.start)) \
        and not _LOCATIVE.search(text, max(0, place.start - 12), place.start)
# "In Mayotte, a French overseas territory,": what a place is, not where
DESCRIBES = re.compile(r",\s+(?:a|an)\s+(?:[a-z]+\s+)?$")
_OPENS = re.compile(r"[ \t]*In[ \t]+(?:the[ \t]+)?(?=[A-Z])")


_WHERE = re.compile(r"\bwhere\s+$")
_LOCATED = re.compile(r"\s+(?:is|are|was|were|lies|lie|sits|stands)\s*(?:located|situated|found)?\b")


def owner_only(text: str, place, inside: list) -> bool:
    """A place named only as an owner: "India's Kerala", "the Solomon Islands town of
    Gizo" (the place owned is the
    count's), "one of Indonesia's most active volcanoes", "India's worst floods in 50
    years" (a ranking, not where the count is)."""
    if _WHERE.search(text, max(0, place.start - 8), place.start) and _LOCATED.match(
            text, place.end):  # "the Kandy district where Alawathugoda is located has
        return any(q.end <= place.start for q in inside)  # reported 88 deaths": Kandy's
    kind_of = _KIND_OF.match(text, place.end)
    if kind_of is not None:  # "the Solomon Islands town of Gizo": Gizo's
        return any(q.start == kind_of.end() for q in inside)
    if text[place.end:place.end + 2] not in ("'s", "’s"):
        return False
    owned = re.match(r"['’]s(?:\s+(?:(?:north|south|east|west|central)(?:ern)?\s+)?|\b)",
                     text[place.end:place.end + 16])  # "Sudan's western Darfur region"
    # (or "Llaima's," with no word after it)
    kind = OWNED_KIND.match(text, place.end)  # "Taiwan's second-largest city, Kaohsiung"
    return any(q.start in (place.end + owned.end(), kind.end() if kind else -1)
               for q in inside) or bool(
        re.search(r"\bone\s+of\s+$", text[max(0, place.start - 8):place.start], re.I)) \
        or bool(_RANKED.match(text, place.end + 2))


# "the Solomon Islands town of Gizo", "the Indian state of Kerala": the place of the kind
_KIND_OF = re.compile(r"\s+(?:(?:coastal|border|northern|southern|eastern|western|central|"
                      r"remote|small|devastated)\s+)?(?:town|city|village|port|province|state|"
                      r"district|region|island|county|capital|municipality|commune|country|"
                      r"nation)\s+of\s+")


# "trapped in India's worst floods in 50 years": a record's scope, not where the count is
_RANKED = re.compile(r"\s+(?:worst|deadliest|biggest|largest|strongest|heaviest|most\s+\w+|"
                     r"greatest|costliest|hottest|coldest|wettest|driest)\b", re.I)


def paragraph_place(text: str, start: int, places: Places) -> str | None:
    """The key of the place that opens the paragraph holding `start`, or None."""
    opening = text.rfind("\n", 0, start) + 1
    frame = _OPENS.match(text, opening)
    if frame is None:
        return _struck_opening(text, opening, start, places)
    place = next((p for p in places.found if p.start == frame.end() and not p.demonym), None)
    if place is None or place.start >= start or not re.match(r",|['’]s\b", text[place.end:]):
        return None
    return place.key


# "Morocco, Algeria's eastern neighbour, has also been badly hit by the storms. At least
# 18 people were killed": the place the paragraph opens on, struck, is its counts'
_STRUCK_SUBJECT = re.compile(r"[^.;]{0,60}?\b(?:has|have|was|were)\s+(?:also\s+)?(?:been\s+)?"
                             r"(?:\w+ly\s+)?(?:hit|affected|battered|struck|lashed|pounded)\b")


def _struck_opening(text: str, opening: int, start: int, places: Places) -> str | None:
    place = next((p for p in places.found if p.start == opening and not p.demonym), None)
    if place is None:  # "A 7.3 magnitude quake struck southern Iran ... 430 people died"
        struck = _NEW_EVENT_STRUCK.match(text, opening)  # the place another event struck
        place = struck and next((p for p in places.found if p.start == struck.end()
                                 and p.key != places.main), None)
    elif not _STRUCK_SUBJECT.match(text, place.end):
        return None
    return place.key if place is not None and place.end < start else None


_NEW_EVENT_STRUCK = re.compile(r"An?\s+(?:[^.;]|(?<=\d)\.(?=\d)){0,60}?\b(?:struck|hit|rocked|"
                               r"jolted|shook)\s+(?:the\s+)?")


def heading_place(text: str, start: int, places: Places) -> str | None:
    """The place whose name is a line of its own above `start` (a factbox's section:
    "MOZAMBIQUE", then "People killed: 501"), the nearest such line, or None. The
    title (the first line) is no section."""
    for place in sorted(places.found, key=lambda p: p.start, reverse=True):
        if place.start >= start or place.demonym:
            continue
        line_start = text.rfind("\n", 0, place.start) + 1
        line_end = text.find("\n", place.end)
        line_end = len(text) if line_end < 0 else line_end
        if line_start > 0 and not text[line_start:place.start].strip() \
                and not text[place.end:line_end].strip():
            return place.key
    return None


# "after another boat sank", "in another incident", "Another quake struck ...": the
# sentence tells of a second incident, not the story's own
_ANOTHER = re.compile(
    r"\b(?:(?i:in|after|following|during|when|as)\s+another\s+([a-z]+)\b"
    # (not "another was seriously injured": one more person, what befell them)
    r"|[Aa]nother\s+(?!(?:was|were|is|are|has|had|have|also|later)\b)(?:[a-z-]+\s+)?"
    r"([a-z]+)\s+(?:has\s+|had\s+)?(?:[a-z]+ed|sank|struck|hit|"
    r"broke|fell|blew|went|began|swept|tore)\b"
    # "A separate bus crash early Wednesday ... killed six people": another one
    r"|\b[Aa]\s+separate\s+(?:[a-z-]+\s+)?([a-z]+)\b(?!\s+(?:of|from)\b)"
    # "Flooding returned to the area in late October to claim at least eight lives"
    r"|\b((?i:flooding|floods|rains|storms))\s+returned\b)")
_NO_INCIDENT = frozenset("""people person persons time times one ones way thing things day
days week weeks year years month months two three four five six seven eight nine ten
eleven twelve dozen dozens hundred hundreds thousand thousands few several round rounds
bout bouts spell spells series batch was were is are has had have been who which that
whose""".split())
# ("another round of storms", "another one was injured", "another person who fell into a
# manhole": no incident)


def another_incident(text: str, start: int, end: int) -> str | None:
    """`another_boat` when text[start:end] tells of another incident than the
    story's ("four people were killed ... after another boat sank off Libya"): its
    counts are that incident's, not the story's place's. "A July 29 quake killed 16
    people" is the quake of that day: `quake_july_29`."""
    dated = dated_incident(text, start, end)
    if dated is not None:
        return dated[0]
    for found in _ANOTHER.finditer(text, start, end):
        noun = next(g for g in found.groups() if g).lower()
        if noun not in _NO_INCIDENT and not _a_person(noun):
            return f"another_{noun}"
    for found in _EARLIER.finditer(text, start, end):
        noun = next(g for g in found.groups() if g).lower()
        if (noun in _incidents() or noun == "collision") \
                and not _PLACED.search(text, found.end(), end):  # ("... that killed 16
            return f"previous_{noun}"  # on Mount Everest": the place's) (as event_ranks
            # names its day)
    return None


_PLACED = re.compile(r"\b(?:in|on|at|near|off)\s+(?:the\s+)?[A-Z]")
# an incident before the story's, its counts in a clause of its own: "The latest ship
# disaster came after a Christmas Eve collision ... in which 24 were missing", "The
# same region was hit by an earthquake just over a week earlier in which 15 were killed"
_EARLIER = re.compile(r"(?:\b(?:came|comes|followed|follows)\s+(?:[a-z]+\s+){0,3}?after\s+an?\s+"
                      r"(?:[\w'’-]+\s+){0,3}?([a-z]+)|\ban?\s+([a-z]+)\s+(?:just\s+)?(?:over\s+|"
                      r"about\s+)?(?:a|one|two|three|four|\d+|a\s+few|several)\s+(?:days?|weeks?|"
                      r"months?)\s+(?:earlier|before))\b"
                      r"(?=[^.;]{0,120}?\b(?:in\s+which|which|that)\b)")


def _a_person(noun: str) -> bool:
    """"Another villager died", "another man was hurt": one more person of the
    story's own toll, no other incident."""
    from .people import PERSON_NOUNS

    return noun in PERSON_NOUNS or f"{noun}s" in PERSON_NOUNS or noun in _PERSONS_SINGULAR


_PERSONS_SINGULAR = frozenset("man woman child person body".split())


# "A July 29 quake", "an Aug. 6 cave-in": an incident named by its day, with "a", is
# one of several; the story's own is "the quake"
_DATED = re.compile(r"\b[Aa]n?\s+((?:January|February|March|April|May|June|July|August|"
                    r"September|October|November|December|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.?"
                    r"\s+\d{1,2})\s+([a-z]+(?:-[a-z]+)?)\b")


@cache
def _incidents() -> frozenset:
    """The lexicon's single-word events and the accidents a story names ("cave-in")."""
    events = lexicon().tables["events"].values()
    return frozenset(p.replace("-", "_") for ps in events for p in ps if " " not in p) | {
        "cave_in", "crash", "collapse", "shipwreck", "capsizing", "sinking", "derailment",
        "stampede"}


def dated_incident(text: str, start: int, end: int) -> tuple[str, tuple[int, int]] | None:
    """(name, span of the day) of an incident named by its day in text[start:end]."""
    for found in _DATED.finditer(text, start, end):
        noun = found.group(2).replace("-", "_")
        if noun in _incidents():  # not "a July 29 report said": no incident
            day = re.sub(r"[^a-z0-9]+", "_", found.group(1).lower()).strip("_")
            return f"{noun}_{day}", found.span(1)
    return None


# "How many people have been displaced?", then "Around 673,000, according to ...":
# an explainer's question says what the answer's first number counts
_QUESTION = re.compile(r"(?:how\s+many|how\s+much)\b[^\n?]*\?[ \t]*$", re.I)


def asked_in(text: str, start: int) -> tuple[int, int] | None:
    """The span of the question line ("How many ...?") whose answer opens with the
    number at `start`: the paragraph holding `start` begins with it (a qualifier at
    most before it), and the last line before that paragraph is the question."""
    paragraph = text.rfind("\n", 0, start) + 1
    if len(text[paragraph:start].split()) > 2:
        return None  # the number does not open its paragraph
    above = text[:paragraph].rstrip()
    line = above.rfind("\n") + 1
    found = _QUESTION.search(above, line)
    return (line, len(above)) if found is not None and found.start() == line else None


# "four million cases of cholera worldwide", "..., leading to between 21,000 and
# 143,000 deaths": a count of the whole world
_WORLDWIDE = re.compile(r"[^,;:.()]{0,40}?\b(?:worldwide|globally|around\s+the\s+world|"
                        r"across\s+the\s+(?:world|globe)|in\s+the\s+world)\b")
_WORLDWIDE_BEFORE = re.compile(r"\b(?:worldwide|globally|around\s+the\s+world),?\s+(?:leading|"
                               r"resulting|causing)\s+(?:to|in)\s+[^,;:.]{0,25}$")


def worldwide(text: str, mention, sentence) -> bool:
    """A count the text says is the world's, after its noun or by the one before it."""
    return _WORLDWIDE.match(text, mention.end) is not None or _WORLDWIDE_BEFORE.search(
        text, max(sentence.start, mention.start - 60), mention.start) is not None


# "29,123 dengue cases reported Island-wide", "had been reported from all parts of the
# country": the whole country's count, no city's the sentence names
# (not over another count's: "the toll in the state to 124 and the countrywide toll")
_NATIONWIDE = re.compile(r"(?:(?!\band\s+the\b)[^,;:.()]){0,80}?\b(?:nationwide|"
                         r"island-?wide|country-?wide|"
                         r"(?:across|throughout|all\s+over)\s+the\s+country|(?:from|in)\s+all\s+"
                         r"parts\s+of\s+the\s+country)\b", re.I)


# "the countrywide toll to 160", "a nationwide total of 204"
_NATIONWIDE_BEFORE = re.compile(r"\b(?:nationwide|countrywide|country-wide|national)\s+"
                                r"(?:death\s+)?(?:toll|tally|total|count)\s+(?:(?:rose\s+)?to|of|"
                                r"at|stood\s+at)\s+(?:(?:about|some|at\s+least|nearly|over|"
                                r"more\s+than)\s+)?$", re.I)


def scope_of(text: str, mention, sentence, places, document: str) -> str | None:
    """"world" for a count the text says is the world's; for one it says is the
    whole country's, the country its sentence names last before it, else the one the
    text names most, else the document (never a city's); else None."""
    if worldwide(text, mention, sentence):
        return "world"
    if _NATIONWIDE.match(text, mention.end) is None and _NATIONWIDE_BEFORE.search(
            text, max(0, mention.start - 40), mention.start) is None:
        return None
    # the country the sentence names last before the count ("India's northern Uttar
    # Pradesh state, ... the countrywide toll to 160"), else the text's most named (a
    # country named by a part of it counts too: "central_bolivia" is Bolivia's)
    own = [key for p in places.found if sentence.start <= p.start < mention.start
           and (key := _country_in(p.key))]
    named = Counter(key for key in (_country_in(p.key) for p in places.found) if key)
    return own[-1] if own else named.most_common(1)[0][0] if named else document


def _country_in(key: str) -> str | None:
    words = key.split("_")
    return next(("_".join(words[k:]) for k in range(len(words))
                 if "_".join(words[k:]) in country_keys()), None)
