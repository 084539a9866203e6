"""A measure named as the text tells it: the people a vehicle carried by their noun
("carrying 187 passengers": `passengers`), the parts of a toll by how or when they died
("killed immediately": `killed_on_spot`, "two others died during the rescue":
`killed_later`, "Sixteen drowned and another was killed": `drowned`), bodies found
(`bodies_recovered`), and a population's change (`population_loss`), each apart from
the measure the lexicon gives."""

from __future__ import annotations

import re

# the people a vehicle carried, counted by their noun ("carrying 187 passengers")
# (not "166 passengers and crew on board": all aboard)
_PASSENGERS = re.compile(r"\s+(?:[a-z-]+\s+)?passengers\b(?!\s+and\s+(?:the\s+)?crew)")


def measure_as_told(text: str, mention, measure: str) -> str:
    """`passengers` for a count of people aboard that calls them passengers ("was
    carrying 187 passengers"), as readers name it; `killed_on_spot` for those who
    "died on the spot" and `killed_in_hospital` for those who died there, parts of the
    toll; `population_loss` for a change of a population; else the measure ("462
    people on board": `aboard`)."""
    if measure == "aboard" and _PASSENGERS.match(text, mention.end):
        return "passengers"
    if measure == "population" and (change := _POPULATION_CHANGE.search(
            text, max(0, mention.start - 40), mention.start)):
        return f"population_{change[1].lower()}"  # "a population loss of 8,638": the
        # change, never the population itself
    if measure == "killed" and _ON_THE_SPOT.match(text, mention.end):
        return "killed_on_spot"
    if measure == "killed" and _IN_HOSPITAL.match(text, mention.end):
        return "killed_in_hospital"  # "while five others died at the hospital"
    if measure == "killed" and (how := _HOW_THEN_ANOTHER.match(text, mention.end)):
        return how["how"]  # "Sixteen people drowned and another person was killed by
        # lightning": those who died one way, a part of the toll
    if measure == "killed" and _OTHERS_DIED.match(text, mention.end) \
            and _SPOT_BEFORE.search(text, max(0, mention.start - 60), mention.start):
        return "killed_later"  # "One person died on the spot while two others died
        # during the rescue operations": the rest of the toll, a part as the first
    if measure in ("recovered", "rescued") and _BODIES_OF.search(text, max(0, mention.start - 40),
                                                    mention.start):
        return "bodies_recovered"  # "the bodies of six people were recovered" ("pulled
        # out"): not healed, nor saved
    if measure == "missing" and _BODIES_OF.search(text, max(0, mention.start - 40), mention.start) \
            and _FOUND.match(text, mention.end):
        return "bodies_recovered"  # "the bodies of two missing people were found": no
        # longer missing
    return measure


_FOUND = re.compile(r"\s+(?:missing\s+)?(?:[a-z]+\s+)?(?:were|have\s+been|had\s+been)\s+"
                    r"(?:found|recovered|retrieved|pulled\s+out)\b")
_BODIES_OF = re.compile(r"\b[Bb]odies\s+of\s+(?:(?:at\s+least|another|some|about|around|over|"
                        r"more\s+than|nearly)\s+)?$")


# ("killing 15 on the spot while two others died on the way to the hospital")
# ("Twenty-one people were killed immediately and nine died later": a part, at once)
_ON_THE_SPOT = re.compile(r"\s+(?:(?:[a-z]+\s+)?(?:died|were\s+killed|was\s+killed|perished)\s+)?"
                          r"on\s+the\s+spot\b|\s+(?:[a-z]+\s+)?(?:died|were\s+killed|was\s+killed|"
                          r"perished)\s+(?:instantly|immediately)\b(?!\s+(?:after|when|as)\b)")
_POPULATION_CHANGE = re.compile(r"\bpopulation\s+(loss|decline|drop|decrease|fall|gain|growth|"
                                r"increase|rise)\s+of\s+(?:about\s+|some\s+|nearly\s+)?$", re.I)
_HOW_THEN_ANOTHER = re.compile(r"\s+(?:people\s+|persons\s+)?(?:were\s+|have\s+)?(?P<how>drowned|"
                               r"electrocuted|suffocated|burned|burnt)\s+(?:to\s+death\s+)?"
                               r"(?:and|while|,)\s+(?:another|one\s+more|a\s+further)\b")
_OTHERS_DIED = re.compile(r"\s+(?:people\s+)?others?\s+(?:later\s+)?(?:died|succumbed|perished)\b")
_SPOT_BEFORE = re.compile(r"(?:on\s+the\s+spot|instantly|immediately)\s+(?:while|and|,)\s+$")
# (not "five patients died in the hospital": in a hospital fire, the toll itself)
_IN_HOSPITAL = re.compile(r"\s+(?:(?:others|more)(?:\s+later)?|(?:people\s+)?later)\s+(?:died|"
                          r"succumbed|perished)\s+(?:at|in)\s+(?:the\s+|a\s+)?(?:local\s+)?"
                          r"hospitals?\b")
