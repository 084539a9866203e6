"""Who a passive report names as its agent: "37 deaths were reported by the health
ministry", "magnitude 7.0 by Indonesian authorities" (extract/speaker.py reads the
active frames)."""

from __future__ import annotations

import re

from .speaker_names import clean
from .speaker_phrases import phrase_after
from .text import DAYS, MONTHS

# the agent of a passive report speaks: "37 deaths were reported by the health
# ministry", "according to figures released by the health ministry", "as reported
# by the Red Cross"; not a deadline ("reported by Sunday", "by the end of the day")
_PASSIVE_AGENT = re.compile(
    r"\b(?:reported|released|announced|confirmed|given|provided|issued|published|compiled|"
    r"recorded|tallied|cited|estimated)"
    # ("the 67 announced on Thursday afternoon by Minister Velenkosini Hlabisa")
    r"(?:\s+(?:on\s+|late\s+|early\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|yesterday|today)(?:\s+(?:morning|afternoon|evening|night))?)?"
    r"\s+by\s+(?!(?:the\s+)?(?:end|time|weekend|morning|"
    r"afternoon|evening|night|middle|start|beginning)\b)(?=(?:the\s+)?[A-Z]|the\s+[a-z]|"
    r"(?:police|officials|authorities)\b)"  # "the toll given by police was 24"
    rf"(?!(?:{DAYS}|{MONTHS})\b)")


# a reading, then who read it: "magnitude 7.0 by Indonesian authorities and a still-
# powerful 6.9 by the U.S. Geological Survey" (a decimal only: not "launched in 2015 by")
_READ_BY = re.compile(r"(?:(?<=\d\.\d)|(?<=\d\.\d\d))\s+by\s+(?=(?:the\s+)?[A-Z])"
                      rf"(?!(?:{DAYS}|{MONTHS})\b)")


# verbs whose agent speaks only of what is given: figures, a toll, a report
_GIVING = frozenset({"provided", "given", "issued", "released", "compiled", "published"})
_A_DOCUMENT = re.compile(r"\b(?:figures?|data|numbers?|statistics|information|details|toll|"
                         r"estimates?|reports?|counts?|tally|list|bulletin|statement|update)\b"
                         r"[^.;:]*$", re.I)


def passive_agents(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(verb start, verb end, speaker) of each passive report's agent in text[start:end]."""
    found = []
    matches = [*_PASSIVE_AGENT.finditer(text, start, end), *_READ_BY.finditer(text, start, end)]
    for match in sorted(matches, key=lambda m: m.start()):
        if match.group().split()[0] in _GIVING and not _A_DOCUMENT.search(
                text, max(start, match.start() - 40), match.start()):
            continue  # "two Canadair planes provided by France": no figures given
        speaker = phrase_after(text, match.end(), end)
        if match.re is _READ_BY:  # "by Indonesian authorities and a ... 6.9 by the USGS"
            speaker = re.split(r"\s+and\s+", speaker, maxsplit=1)[0]
        # "the toll given by police was 24": the agent ends at the clause's verb
        # ("the toll of 67 announced by the minister rose": and at a verb of change)
        # ("is estimated by WFP to be food insecure": and at the infinitive)
        # ("Figures given by Turkish state television indicated that": and at a verb
        # of showing)
        speaker = re.split(r"\s+(?:was|were|is|are|has|have|had|stood|stands|rose|fell|"
                           r"climbed|increased|dropped|reached|jumped|doubled|to\s+(?:be|"
                           r"have)|indicated|indicates|showed|shows|suggested|suggests|"
                           r"revealed|reveals|put|puts|said|says|stated|noted)\b", speaker,
                           maxsplit=1)[0]
        speaker = clean(speaker)
        if speaker and not speaker[0].isdigit():
            found.append((match.start(), match.end(), speaker))
    return found
