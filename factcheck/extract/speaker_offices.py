"""The person named after an office: "(head) of the local search and rescue team Berty
Kowas", "(Manager) Bureau of Meteorology James Ashley", "(official representative) of
the IC of Russia Svetlana Petrenko" (extract/speaker_names.py strips the role)."""

from __future__ import annotations

import re

from .place_kinds import countries
from .spellings import snake

# a person's name: two to four capitalised words, none a body's ("Ron Redmond", "Mr.
# Redmond"; not "UNHCR", "Health Ministry", "Polish border guard")
PERSON_NAME = re.compile(r"(?!.*\b(?:Ministry|Agency|Organi[sz]ation|Office|Commission|Committee|"
                         r"Council|Department|Government|Authority|Service|Police|Army|Cross|"
                         r"Crescent|Programme|Program|Fund|Bank|Institute|Centre|Center|"
                         r"Federation|Association|Union|Nations|News|Times|Post|Press|Trust|"
                         r"School|University|College|Academy|Society|Foundation|Board|Bureau|"
                         r"Survey|Club|Group|Network|Directorate|Division|Unit|Secretariat|"
                         r"Administration|Agencies|Services|Forces|Command|Corps|"
                         # (a place's: "Okmok Volcano is highly active, ... she said")
                         r"Volcano|Glacier|Peninsula|Airport|Canal|Creek)\b)"
                         r"(?:[A-Z][a-z][\w.’'\-]*\s+){1,3}[A-Z][a-z][\w’'\-]*")


# a lower-case noun of the office, then the name: "... rescue team Berty Kowas" (not
# "of Lagos State", "for the Interior Jorge Gomes": the office's own name)
_TRAILING_NAME = re.compile(r"\s(?!(?:of|the|for|and|at|in)\s)[a-z]+\s+"
                            r"((?:[A-Z][\w.'’-]*\s+){1,2}[A-Z][\w.'’-]*)$")


_BODY_WORD = re.compile(r"\b(?:Bureau|Ministry|Department|Agency|Office|Service|Authority|"
                        r"Institute|Directorate|Commission|Council)\b")


def name_after_body(rest: list[str]) -> str | None:
    """"(Manager) Bureau of Meteorology James Ashley": the person after the body."""
    if len(rest) < 5 or rest[-3].lower() in ("of", "the", "for", "and"):
        return None
    body, name = " ".join(rest[:-2]), " ".join(rest[-2:])
    return name if " of " in body and _BODY_WORD.search(body) \
        and PERSON_NAME.fullmatch(name) else None


def name_after_office(rest: list[str]) -> str | None:
    """"(head) of the local search and rescue team Berty Kowas": the person's name
    that ends the role's office, when it is a person's; else None."""
    if not rest or rest[0].lower() not in ("of", "for", "at"):
        return None
    found = _TRAILING_NAME.search(" ".join(rest))
    if found is None:  # "(spokesman) of the National Disaster Mitigation Agency Sutopo
        found = _NAME_AFTER_BODY_HEAD.search(" ".join(rest))  # Purwo Nugroho": all after
    if found is not None and not PERSON_NAME.fullmatch(found.group(found.lastindex)):
        found = None  # (the body's head noun)
    if found is None:  # "(Architect) of the Shamakhi Executive Power Rustam Aliyev": the
        found = _NAME_AFTER_BODY_NAME.search(" ".join(rest))  # body's name, then two words
    if found is None:  # "(head) of the regional Ministry of ... Communal Services Denis
        found = _NAME_AFTER_BODY_END.search(" ".join(rest))  # Arkhipov"
    if found is None:  # "(representative) of the IC of Russia Svetlana Petrenko"
        found = _NAME_AFTER_COUNTRY.search(" ".join(rest))
        if found is not None and snake(found.group(1)) not in countries():
            found = None
    return found.group(found.lastindex) if found and PERSON_NAME.fullmatch(
        found.group(found.lastindex)) else None


_NAME_AFTER_BODY_HEAD = re.compile(r"\bthe\s+(?:[A-Z][\w’'-]*\s+|and\s+)+?(?:Agency|Ministry|"
                                   r"Department|Office|Service|Board|Council|Authority|Bureau|"
                                   r"Centre|Center|Institute|Commission|Committee|Directorate)\s+"
                                   r"((?:[A-Z][\w.’'-]*\s+){1,2}[A-Z][\w’'-]*)$")
# ("(head) of the Fire and Rescue Corps Alexander Nejedlý")
_NAME_AFTER_BODY_NAME = re.compile(r"\bthe\s+[A-Z][\w’'-]*\s+(?:(?:[A-Z][\w’'-]*|and)\s+)+?"
                                   r"((?:[A-Z][\w.’'-]*\s+)[A-Z][\w’'-]*)$")


_NAME_AFTER_BODY_END = re.compile(r"\b(?:Services|Affairs|Resources|Protection|Situations|"
                                  r"Management|Development)\s+"
                                  r"((?:[A-Z][\w.’'-]*\s+)[A-Z][\w’'-]*)$")


# a country, then two or three words of a name: the office is the country's
_NAME_AFTER_COUNTRY = re.compile(r"\bof\s+(?:the\s+)?((?:[A-Z][a-z]+\s+){0,1}[A-Z][a-z]+)\s+"
                                 r"((?:[A-Z][\w.’'-]*\s+){1,2}[A-Z][\w’'-]*)$")
