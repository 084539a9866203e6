"""A number in a clause or an appositive about a named person ("said Ma, who had
arrived with 20 other volunteers", "Kadjidja, a woman of about 50") is the outlet's
own words, not the person's (extract/speaker.py)."""

from __future__ import annotations

import re

from .speaker_phrases import VERBS

# A clause or an appositive that describes a named person is the outlet's own words,
# even next to that person's quotation: 'said Ma, who had arrived with 20 other
# volunteers Monday', 'said Kyle McCombs, chief of staff at the center, where he has
# worked for 12 years', 'Phon, whose family of 12 fled', 'Kadjidja, a woman of about 50'
_NAME_WORDS = r"[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3}"
_SAID = r"\b(?:said|says|told|added|explained|recalled|asked)\s+"
PERSON_NOUN = (r"(?:woman|man|mother|father|girl|boy|widow|widower|grandmother|grandfather|"
                r"resident|farmer|teacher|student|nurse|doctor|worker|survivor|villager|"
                r"refugee|driver|fisherman|trader|shopkeeper|volunteer|pensioner|retiree)")
_DESCRIBED = re.compile(
    # after the speech verb: 'said Ma, who ...', 'said McCombs, chief ..., where he ...'
    rf"{_SAID}{_NAME_WORDS},\s+(?:[^,.;:“”\"]{{1,80}},\s+)?(?:who|whose|where)\b"
    rf"[^.;:“”\"]*$"
    # before it: 'Phon, whose family of 12 fled'
    rf"|\b{_NAME_WORDS},\s+(?:who|whose)\b[^,.;:“”\"]*$"
    # an appositive of a person: 'Kadjidja, a woman of about 50'
    rf"|\b{_NAME_WORDS},\s+(?:a|an)\s+(?:[\w-]+\s+){{0,2}}{PERSON_NOUN}\b[^,.;:“”\"]*$"
    # ... or of anyone: 'said Korea Western Power, one of two South Korean partners'
    rf"|{_SAID}{_NAME_WORDS},\s+one\s+of\s+[^,.;:“”\"]*$")


def describes_person(text: str, sentence_start: int, start: int) -> bool:
    """The number at `start` stands in a clause or appositive about a named person,
    outside quotation marks."""
    before = text[sentence_start:start]
    if (before.count("“") > before.count("”")) or before.count('"') % 2:
        return False  # inside a quotation: the speaker's words
    found = _DESCRIBED.search(before)
    if found is None:
        return False
    # 'Smith, an official, who said that ...': the clause reports the person's words
    clause = found.group()[found.group().find(",") + 1:]
    return not any(w.lower() in VERBS for w in re.findall(r"[A-Za-z]+", clause))


def a_person(name: str) -> bool:
    """A person described by a noun ("one unidentified woman"; not "the UN refugee
    agency"). (A name is no sure sign: "Il Tirreno", "Transport Scotland".)"""
    return bool(name) and re.search(rf"\b{PERSON_NOUN}$", name) is not None
