"""The subject of the clause a participle of speech hangs on: "On May 17, the
department issued an advisory, saying ...": the department speaks."""

from __future__ import annotations

import re

from .speaker_names import clean
from .speaker_phrases import TOKEN, noun_phrase_before

# ", saying that", "released a statement saying": the participle hangs on the main
# clause, whose subject speaks ("On May 17, the department issued an advisory, saying")
_HANGS = re.compile(r"(?:,|\b(?:[a-z]+ed|put|sent|gave|made|wrote|held|set)\s+(?:out\s+)?"
                    r"(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){0,3})\s*$")
_MAIN_VERB = re.compile(r"\s(?:[a-z]+ed|put|sent|gave|made|wrote|held|set|said|told)\b")
_SAID_BEFORE = re.compile(r"\s(?:said|says|added|told\s+[\w.]+),?\s*$")
_LATER = re.compile(r"^\s*(?:later|earlier)(?:\s+(?:in|on)\s+the\s+(?:day|week|morning|"
                    r"afternoon|evening))?\s+(?=[A-Z])")
_OPENING = re.compile(r"^\s*(?:On|In|At|By|Late|Early|Earlier|Later|Last)\b[^,]{0,40},\s*")
# a sentence that opens with its frame ("He said ..."), and a verb of being before the
# participle ("officials were adding that": its own subject)
_SAID_OPENS = re.compile(r"\s*((?:[A-Z][\w.’'-]*\s+){1,4}?)(?:said|says|stated)\s+(?=\S)")
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s*$")


def participle_subject(before: str) -> str | None:
    """The subject of the clause a "saying" hangs on: "" when it has none to give
    (never the object, "health ministry released a"); None when "saying" has its
    own subject right before it ("with officials saying")."""
    said = _SAID_BEFORE.search(before)
    if said is not None:  # "the authority said adding that": the authority adds
        return clean(noun_phrase_before(TOKEN.findall(before[:said.start()])))
    if not _HANGS.search(before):
        opener = _SAID_OPENS.match(before)  # "He said 1410 people were being provided
        # facilities adding that": no comma, the participle still hangs on "He said"
        return clean(opener.group(1)) if opener and not _BE_BEFORE.search(before) else None
    # "X had said that 52 died, but later in the day Santa Rita police issued a press
    # release saying": the clause after the contrast, past its time
    clause = _OPENING.sub("", re.split(r",\s+(?:but|while|whereas)\s+", before)[-1])
    clause = _LATER.sub("", clause)
    verb = _MAIN_VERB.search(clause)
    if verb is None:
        return ""
    # over an appositive to the name ("Abiy, last year's Nobel Peace Prize winner,")
    return clean(noun_phrase_before(TOKEN.findall(clause[:verb.start()])))


def quoted_as(before: str) -> str | None:
    """Who "X quoted Y as saying" names: Y, before the clause "saying" hangs on; not an
    unnamed source ("quoted a source as saying": the agency that quotes speaks)."""
    quoted = QUOTED_AS.search(before)
    if quoted is None or _UNNAMED_SOURCE.match(quoted.group(1)):
        return None
    return quoted.group(1)


# "X quoted Y as": Y speaks, and closes a sentence as "Y said" would (speaker_choice)
QUOTED_AS = re.compile(r"\bquoted\s+([^,;:]{1,60}?)\s+as\s*$")
_UNNAMED_SOURCE = re.compile(r"by\b|an?\s+(?:\w+\s+)?source$|sources$")  # (not "police sources")


def told_after_with(text: str, floor: int, at: int, word: str) -> bool:
    """A passive participle in a "with" phrase of its own: who was warned, never who
    warns ("1,480 properties, with residents in the Canim Lake area warned of danger");
    not a clause after the phrase ("hit with gales and rain as Xinhua warned")."""
    return word in _TOLD_WORDS and _WITH_WHOM.search(text, max(floor, at - 80), at) is not None


_TOLD_WORDS = frozenset("warned told advised urged asked ordered".split())
_WITH_WHOM = re.compile(r"\bwith\s+(?!(?:the\s+)?(?:[a-z]+\s+)?(?:having|had|has|have)\b)"
                        r"(?:(?!(?:as|but|and|or|while|when|after|because|since|though|who|"
                        r"which|that)\s)[^\s,;:.“”\"]+\s+){1,8}$", re.I)
