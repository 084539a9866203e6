"""Parts of the injured a count names by how badly they are hurt: "the condition of
several wounded was very serious" (`seriously_injured`), "26 sustained minor injuries"
beside six with serious ones (`slightly_injured`). Each is a part of the injured,
never the whole count against it."""

from __future__ import annotations

import re

from .lexicon import Hit
from .mention import Mention


def injured_part(text: str, mention: Mention, measure: Hit, mentions: list[Mention]) -> str | None:
    """The part of the injured `mention` counts, or None when it counts them all."""
    if _MINOR.search(text, max(0, measure.start - 12), measure.end) \
            and graver_count_beside(text, mention, mentions):
        # "six persons sustained serious injuries ... while 26 sustained minor injuries":
        # the lightly hurt are a part of the injured, as the gravely hurt are
        return "slightly_injured"
    grave = _GRAVE.match(text, measure.end) if measure.start >= mention.end and (
        _CONDITION_OF.search(text, max(0, mention.start - 30), mention.start)
        or _OF_THE.fullmatch(text, mention.end, measure.start)) else None
    return _GRAVITY[grave[1].lower()] if grave is not None else None


# a condition told of the injured a number counts: a count of its own, part of them
_CONDITION_OF = re.compile(r"\bcondition\s+of\s+(?:the\s+)?(?:at\s+least\s+|some\s+)?$",
                           re.I)
_GRAVE = re.compile(r"\s+(?:is|was|were|are|remains?|remained)\s+(?:still\s+)?(?:in\s+(?:a\s+)?)?"
                    r"(?:(?:very|extremely|quite)\s+)?(critical|serious|grave)\b", re.I)
# "several of the injured were in a very serious condition": some of those counted
_OF_THE = re.compile(r"\s+of\s+(?:(?:the|those)\s+)?")  # (the hit may hold "the")
_GRAVITY = {"critical": "critically_injured", "grave": "critically_injured",
            "serious": "seriously_injured"}
# (not "suffered at least minor injuries, with 10 seriously hurt": all the injured)
_MINOR = re.compile(r"(?<!least )\b(?:minor|slight|light)(?:ly)?\s+(?:injur|wound|hurt)\w*$",
                    re.I)
# a count told as gravely hurt: "six persons sustained serious injuries", "193 people
# severely injured", "one major injury", "20 in critical condition"
_GRAVER = re.compile(r"\s+(?:[a-z]+\s+){0,3}?(?:serious(?:ly)?|severe(?:ly)?|critical(?:ly)?|"
                     r"grave(?:ly)?|major|badly)\s+(?:injur|wound|hurt|condition)", re.I)
_SENTENCE_END = re.compile(r"[.!?][\"'”’]?\s")


def graver_count_beside(text: str, mention: Mention, mentions: list[Mention]) -> bool:
    """Another count of the same sentence is of the gravely hurt."""
    for other in mentions:
        if other is mention or other.kind != "count" or abs(other.start - mention.start) > 200:
            continue
        first, last = sorted((mention, other), key=lambda m: m.start)
        if not _SENTENCE_END.search(text, first.end, last.start) \
                and _GRAVER.match(text, other.end, other.end + 60):
            return True
    return False
