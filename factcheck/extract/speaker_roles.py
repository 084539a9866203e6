"""The words of a role a speaker holds ("minister", "spokesman", "Secretary General"),
and whether a role is what "of" governs or a body's name stands before it."""

from __future__ import annotations

import re

ROLES = frozenset("""minister president spokesman spokeswoman spokesperson director chief
head secretary governor mayor commissioner prosecutor official officer representative
deputy chairman chairwoman chair leader ambassador envoy coordinator co-coordinator
general colonel commander captain seismologist analyst researcher professor expert
host founder manager organization organisation agency correspondent adviser
advisor superintendent inspector magistrate sheriff chairperson administrator
lieutenant major admiral brigadier commodore marshal sergeant detective trooper constable
gov. sen. rep. lt. gen. col. capt. sgt. lt gen col capt sgt brig
supt. insp. cmdr. cpl. corporal const. det. prof. prof dr. dr worker volunteer doctor
nurse engineer scientist meteorologist volcanologist geologist hydrologist epidemiologist
activist lawyer pilot teacher priest pastor journalist reporter architect photographer
survivor resident witness villager farmer fisherman in-charge incharge forecaster
premier collector councilor councillor councilman councilwoman alderman maj. brig. rev.
prefect subprefect
reverend""".split())
# roles a person holds for an organisation: "a spokesman for UNHCR" speaks for UNHCR
SPOKESPEOPLE = frozenset("""spokesman spokeswoman spokesperson official officer
representative coordinator adviser advisor""".split())


def role_word(word: str) -> bool:
    """A role, hyphenated or not: "Vice-President", "co-coordinator"."""
    low = word.lower()  # ("co-ordinator": a coordinator)
    return low in ROLES or low.rsplit("-", 1)[-1] in ROLES or low.replace("-", "") in ROLES


def role_of(words: list[str], k: int) -> bool:
    """The role ending at `k` is what "of" governs ("government of President ...",
    "wife of the Prime Minister ...", "office of Tongan Prime Minister ..."), not a
    body's name before it ("Ministry of Health spokesman ...", "Foundation of the ...
    Exchange Secretary General ...": a capital before "of")."""
    j = k
    while j > 0 and (role_word(words[j - 1]) or words[j - 1].lower() in _ROLE_MODIFIERS):
        j -= 1
    before = [w.lower() for w in words[max(0, j - 2):j]]
    if before and (before[-1] == "of" or before == ["of", "the"]):
        return True
    return any(w.lower() == "of" and (i == 0 or not words[i - 1][:1].isupper())
               for i, w in enumerate(words[:k]))


_ROLE_MODIFIERS = frozenset("prime vice deputy chief acting former interim first assistant "
                            "foreign".split())


# the one who speaks for a body, named before ("the official", "the mayor")
_THE_ROLES = SPOKESPEOPLE | frozenset("minister governor mayor commissioner secretary director "
                                      "chief".split())
_SHORT = {"governor": "gov", "senator": "sen", "commissioner": "commr", "secretary": "sec"}


def the_role(text: str, speaker: str, verb) -> bool:
    """Whether the speaker of the frame at `verb` is "the" and a role alone ("the
    official said"): a person the text has named."""
    return speaker in _THE_ROLES and re.search(
        rf"\b[Tt]he\s+{re.escape(speaker)}\b",
        text[max(0, verb.start - 40):verb.end + 40]) is not None


def holder_named(text: str, role: str, before: int) -> str | None:
    """The person last named with `role` before offset `before`: "Espirito Santo Gov.
    Renato Casagrande" is "the governor"; None when no one is."""
    words = rf"(?i:{role}|{_SHORT[role]}\.?)" if role in _SHORT else rf"(?i:{role})"
    found = list(re.finditer(rf"\b{words}\s+((?:[A-Z][\w’'-]+\s+){{0,3}}[A-Z][\w’'-]+)",
                             text[:before]))
    return found[-1].group(1) if found else None
