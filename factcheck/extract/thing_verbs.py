"""What befell things a count names by its own noun, when the lexicon knows neither
the noun nor the verb: "180 reservoirs dried up" (`reservoirs_dried_up`), "Some 100
rivers in the province were cut off" (`rivers_cut_off`), "the government has already
distributed 339,000 blankets" (`blankets_distributed`), "Dozens of elephants die"
(`elephants_killed`). Readers name such a count by the thing and the verb's participle;
the thing alone would hold "180 reservoirs dried up" and "a province of 400
reservoirs" as one quantity."""

from __future__ import annotations

import re

from .mention import Mention

# (not "Two strong earthquakes have killed 180 people": they killed)
_DIED = re.compile(r"\s+(?:(?:(?:have|has|had)\s+)?(?:died|perished|drowned)|die|dies|dying|"
                   r"(?:were|was|have\s+been|has\s+been|had\s+been)\s+killed)\b")
# past participles that are not "-ed" forms
_IRREGULAR = frozenset("""burst sent cut shut built brought caught dug fed held kept laid
led lost made met put set shot sold spent spread stuck swept taken thrown torn blown
broken drawn driven flown frozen given shaken sunk sank struck hit""".split())
# verbs that say what was told or what held, not what befell the things
_NOT_DONE = frozenset("""said reported recorded registered estimated expected needed used
included involved listed counted believed thought feared located based called named
owned worth remained continued appeared seemed looked combined filed lodged submitted
received made set opened established built advised ordered told asked urged warned
allowed""".split())  # (what was made or received, or told to people in them:
# "25,600 claims were filed", "12 relief camps have been set up", "400 houses were
# advised to leave")

_IRREGULAR_ING = {"sending": "sent", "shutting": "shut"}  # (of the acts in _DONE_TO)
# verbs whose own subject is what befell ("180 reservoirs dried up", "Four carriages
# overturned"), read with no auxiliary; any other verb after the things needs one
# ("were cut off"): "two strong earthquakes killed", "tornadoes touched down" are
# what the things did, and readers keep those counts by the thing alone
_BEFELL = frozenset("""dried burst overturned collided capsized derailed collapsed sank
sunk caved flooded toppled crashed landed exploded""".split())
# acts done to things that stand before them ("distributed 339,000 blankets", "sent
# 17 samples"); not acts that make or hold them ("filed 25,600 claims", "received")
_DONE_TO = frozenset("""distributed sent deployed despatched dispatched attacked seized
captured mobilized mobilised evacuated closed shut cancelled canceled suspended delivered
donated airlifted detained arrested grounded""".split())
_PARTICLE = r"(?:\s+(?P<particle>off|up|down|out|away|over))?"
_AUX = (r"(?:(?:were|was|are|is|have|has|had|been|being|also|already|now|reportedly|"
        r"completely|partially|partly|totally|fully|badly|severely|heavily)\s+)*")
# the thing, a short place or time after it ("in the province"), auxiliaries, the verb
_AFTER = re.compile(r"(?:\s+and\s+[\w,.-]+(?:\s+[a-z-]+){1,2}?(?=\s+(?:were|are|have|had)\b))?"
                    r"(?:\s+(?:in|at|on|across|of)\s+(?:the\s+)?[\w'’-]+"
                    r"(?:\s+(?!(?:were|was|are|is|have|has|had)\b)[\w'’-]+)?)?"
                    r"\s+(?P<aux>" + _AUX + r")(?P<verb>[a-z]+)" + _PARTICLE + r"\b")
_PASSIVE = re.compile(r"\b(?:were|was|are|is|been|being)\b")
# the verb right before the number, a qualifier between: "distributed 339,000
# blankets", "deploying two RHIBs"
_BEFORE = re.compile(r"\b(?P<verb>[a-z]{3,}(?:ed|ing)|" + "|".join(sorted(_IRREGULAR)) + r")"
                     r"\s+(?:(?:about|some|around|nearly|almost|over|more\s+than|at\s+least|"
                     r"up\s+to|another|a\s+further|an\s+additional)\s+)?$")


def things_done(text: str, mention: Mention, things: str, noun_end: int | None = None,
                alive: bool = True) -> str:
    """`things` with what befell them, or `things` as it is; `noun_end`: where the
    things' noun ends, else found by the name's last word right after the number;
    `alive`: whether the things can die (elephants; not the lexicon's cars)."""
    if noun_end is None:
        noun = things.split("_")[-1]
        found = text.find(noun, mention.end, mention.end + 60)
        if found < 0:
            return things
        noun_end = found + len(noun)
    at = noun_end
    if alive and _DIED.match(text, at):
        return things + "_killed"  # "Dozens of elephants die": their deaths, not a herd
    if _LEFT_STANDING.match(text, at):
        return things + "_remaining"  # "We may have 15 houses left": those the fire spared
    after = _AFTER.match(text, at)
    if after is not None and _a_participle(after["verb"]) and (
            after["verb"] in _BEFELL or _PASSIVE.search(after["aux"])):
        verb = "affected" if after["verb"] == "impacted" else after["verb"]  # one word
        return f"{things}_{verb}" + (f"_{after['particle']}" if after["particle"] else "")
    before = _BEFORE.search(text, max(0, mention.start - 40), mention.start)
    if before is not None and _participle(before["verb"]) in _DONE_TO:
        return f"{things}_{_participle(before['verb'])}"
    return things


# things left at the clause's end ("15 houses left."), not "left homeless" nor "left in"
_LEFT_STANDING = re.compile(r"\s+(?:still\s+)?(?:left|remaining|standing)(?:\s+standing)?"
                            r"(?=\s*(?:[.,;:!?”\"]|$))")


def _a_participle(word: str) -> bool:
    return word not in _NOT_DONE and (word in _IRREGULAR or (
        len(word) > 4 and word.endswith("ed") and not word.endswith("eed")))


def _participle(word: str) -> str:
    """"distributed" as it is; "deploying" -> "deployed", "closing" -> "closed"."""
    if word.endswith("ing"):
        return _IRREGULAR_ING.get(word, word[:-3] + "ed")
    return word
