"""Does a bare count count people? "fewer than 1,500 ethnic Armenians left",
"over 100,000 of the estimated 120,000 residents", "Stepanakert's population was
between 55,000 and 75,000", "charging hundreds of them".

The grammar reads a unit only when the unit word follows the number; the extractor
looks a few words further, both ways, within the clause. The person nouns are the
phrase table's own person units plus the common nouns for groups of people in
reporting; a capitalised plural like "Armenians" or "Azerbaijanis" counts too.
"""

from __future__ import annotations

import re

from ..grammar.table import PhraseTable

PERSON_NOUNS = frozenset("""
people persons person refugees residents civilians inhabitants individuals passengers
migrants evacuees children child kids women men adults babies infants girls boys
teenagers minors elderly soldiers troops servicemen fighters militants rebels
officials members workers employees staff students pupils patients protesters
demonstrators prisoners detainees hostages captives journalists reporters doctors
nurses teachers voters victims survivors dead wounded injured casualties deaths
firefighters rescuers responders others
fatalities citizens nationals pilgrims tourists visitors villagers settlers police
policemen officers personnel peacekeepers monitors inspectors volunteers observers
christians muslims jews hindus sikhs buddhists asylum seekers applicants recruits
displaced homeless mourners worshippers supporters opponents lawmakers deputies
delegates athletes players fans guests crew sailors pilots miners farmers families
inmates convicts immigrants emigrants returnees deportees trainees instructors climbers
trekkers hikers fishermen herders shepherds labourers laborers traders
travelers travellers commuters holidaymakers vacationers skiers snowboarders swimmers
bathers beachgoers campers surfers motorists drivers pedestrians cyclists
spectators devotees worshipers hunters picnickers
""".split()) - {"families"}
POPULATION_WORDS = frozenset("population toll headcount turnout crowd".split())
PRONOUNS = frozenset("them us those whom".split())
DEMONYMS = frozenset("""kurds turks uyghurs rohingya jews arabs serbs croats bosniaks
poles czechs greeks swiss french british dutch irish scots welsh thais slovaks
""".split())
_DEMONYM_ENDING = re.compile(r"^[A-Z][a-z]+(?:ians|ans|anis|is|ese|ites)$")
_STOP_AHEAD = frozenset("""is was were are be been has have had will would could should
may might can did do does who which that and or but said says""".split())
_SKIP_AHEAD = 5
_LOOK_BACK = 8


_CACHE: dict[int, tuple[PhraseTable, frozenset[str], frozenset[str]]] = {}


def person_words(table: PhraseTable) -> frozenset[str]:
    """Person nouns: the fixed list plus every table unit that is a person unit."""
    return _unit_words(table)[0]


def household_words(table: PhraseTable) -> frozenset[str]:
    """The table's words for households ("families", "household"): no people."""
    return _unit_words(table)[1]


def _unit_words(table: PhraseTable) -> tuple[frozenset[str], frozenset[str]]:
    cached = _CACHE.get(id(table))
    if cached is None or cached[0] is not table:
        cached = (table, *_read_unit_words(table))
        _CACHE[id(table)] = cached
    return cached[1], cached[2]


def _read_unit_words(table: PhraseTable) -> tuple[frozenset[str], frozenset[str]]:
    from ..grammar.context import unit_info

    people, households = set(PERSON_NOUNS), set()
    for phrase, unit in table.raw.get("units", {}).items():
        name = phrase if unit is True else unit
        try:
            kind = unit_info(str(name)).name
        except Exception:  # noqa: BLE001 - a user's odd unit is simply not a person
            continue
        if kind == "person":
            people.add(phrase.lower())
        elif kind == "household":  # "families": not people
            households.add(phrase.lower())
    return frozenset(people), frozenset(households)


def is_person_word(word: str, table: PhraseTable) -> bool:
    low = word.lower()
    return (low in person_words(table) or low in DEMONYMS
            or bool(_DEMONYM_ENDING.match(word)))


def counts_people(tokens, first: int, after: int, limit: int,
                  table: PhraseTable) -> bool:
    """Whether the count written as tokens[first:after] counts people.

    Ahead: a person noun among the next few words ("1,500 ethnic Armenians", "hundreds
    of them"). Behind, in the same sentence: a person noun or a word like "population"
    ("the number of civilians remaining ... could be counted on one hand").
    """
    if _compound(tokens, after):
        return False  # "the 21-storey building": a size of a thing, whatever the toll
    ahead = _ahead(tokens, after, table)
    if ahead is not None:
        return ahead
    return _behind(tokens, first, limit, table)


def _compound(tokens, i: int) -> bool:
    """A word glued to the number by a hyphen (the tokens leave it out, one character
    between): "21-storey", "3,676-metre"."""
    return 0 < i < len(tokens) and tokens[i].kind == "word" and not tokens[i].space_before \
        and tokens[i].start - tokens[i - 1].end == 1


def _ahead(tokens, i: int, table: PhraseTable) -> bool | None:
    households = household_words(table)
    seen = 0
    previous = None
    while i < len(tokens) and seen < _SKIP_AHEAD:
        token = tokens[i]
        if token.kind == "sym" and token.text not in "-’'":
            return None
        if token.kind == "word":
            low = token.low
            if low in _STOP_AHEAD or low == "others":
                return None  # "seven others": people only if what came before was
            following = tokens[i + 1].low if i + 1 < len(tokens) else ""
            if low in households and following in ("member", "members"):
                return True  # "five family members"
            if low in households or following in households:
                return False  # "4,000 Afghan families", "displaced families": households
            if is_person_word(token.text, table):
                return True
            if low in PRONOUNS and previous == "of":
                return True
            if _other_plural(token.text):
                return False
            previous = low
            seen += 1
        i += 1
    return None


def _other_plural(word: str) -> bool:
    """A lower-case plural noun right after a number: it counts something else."""
    low = word.lower()
    return (word.islower() and len(low) > 3 and low.endswith("s")
            and not low.endswith(("ss", "us", "is", "ous"))) or low in _THINGS_NO_S


# plurals with no -s that count no people ("almost 60 aircraft", "300 cattle")
_THINGS_NO_S = frozenset("aircraft spacecraft cattle livestock sheep poultry fish deer "
                         "swine".split())


def _behind(tokens, first: int, limit: int, table: PhraseTable) -> bool:
    i, seen = first - 1, 0
    while i >= 0 and tokens[i].start >= limit and seen < _LOOK_BACK:
        token = tokens[i]
        if token.kind == "word":
            if is_person_word(token.text, table) or token.low in POPULATION_WORDS:
                return True
            seen += 1
        i -= 1
    return False


# "The deceased are identified as Narmada Bai 38, Madan Thakur 16": the people named
# next are the dead, and a number right after a name is an age
NAMED_DEAD = re.compile(r"\b(?:identified\s+as|deceased|victims\s+(?:are|were|include))\b",
                        re.I)
