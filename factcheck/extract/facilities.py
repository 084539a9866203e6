"""A hospital that reports its own count: "The SKMCH has reported 93 casualties so
far", "The Kejriwal hospital has so far reported 19 casualties". The count is the
hospital's (`skmch.casualties`), not the district's toll the story gives besides
("taking the total number of casualties to 113"), which it would contradict.
"""

from __future__ import annotations

import re

from .spellings import snake

# what a hospital counts: its dead, its patients
_COUNTED = frozenset("""killed casualties injured hospitalized admitted discharged cases
patients bodies_received""".split())
_FACILITY = re.compile(r"\b(?:hospital|clinic|mortuary|morgue|medical\s+(?:college|centre|"
                       r"center))$", re.I)


def facility_count(text: str, by: str | None, quantity: str, start: int) -> str:
    """`quantity` as the speaking hospital's own count, when a hospital speaks; "the
    hospital" is the last one named before `start` ("In the Kejriwal hospital, ...
    The hospital has so far reported 19 casualties")."""
    subject, dot, measure = quantity.partition(".")
    if not by or not dot or measure not in _COUNTED or not _is_facility(text, by):
        return quantity
    if by.lower() in _GENERIC:
        named = list(_NAMED.finditer(text, max(0, start - 600), start))
        if not named:
            return quantity
        by = named[-1].group()
    own = _OWN_NAME.search(by)  # "hospital management of the Jinnah ... Medical Centre"
    return f"{snake(own.group() if own else by)}.{measure}"


_OWN_NAME = re.compile(r"(?:[A-Z][\w’'-]*\s+)+(?:[Hh]ospital|[Cc]linic|[Mm]ortuary|[Mm]orgue|"
                       r"Medical\s+(?:College|Centre|Center))$")
_GENERIC = frozenset({"hospital", "the hospital", "clinic", "the clinic"})
# a hospital's name: "Kejriwal hospital", "Abbasi Shaheed Hospital"
_NAMED = re.compile(r"\b(?!The\b|In\b|At\b)[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}\s+[Hh]ospital\b")


def _is_facility(text: str, name: str) -> bool:
    """"Kejriwal hospital"; an acronym the text gives after a hospital's name
    ("Shri Krishna Medical College and Hospital (SKMCH)")."""
    if _FACILITY.search(name):
        return True
    return bool(re.fullmatch(r"[A-Z]{3,6}", name)) and re.search(
        r"(?:Hospital|Clinic|Medical\s+(?:College|Centre|Center))\s*\(" + name + r"\)",
        text) is not None
