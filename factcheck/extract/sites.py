"""The site a story's accident befell: a mine that collapsed, a building that fell, a
factory that burned. Readers name its toll by the site, as they do a ferry's: "the Bay
Horse Mine" -> `bay_horse_mine.killed`, "a coal mine in Soma" -> `soma_mine.trapped`,
"an illegal gold mine" in Indonesia -> `gold_mine.killed`.

Dams and temples are left out: readers tell a dam's flood and a temple's stampede by
the town or country they struck.
"""
from __future__ import annotations

import re

from .spellings import snake

_KINDS = {"mine": "mine", "colliery": "mine", "building": "building", "hotel": "hotel",
          "factory": "factory", "plant": "plant", "tower": "building", "bridge": "bridge",
          "tunnel": "tunnel", "warehouse": "warehouse", "mall": "mall",
          "condominium": "building", "condo": "building"}
SITE_KINDS = frozenset(_KINDS.values())
SITE_NOUNS = frozenset(_KINDS)
_KIND = "|".join(_KINDS)
# the accident close to the site ("gold mine collapse", "explosion at a chemical plant")
_NEAR = r"(?:\s+[\w'’-]+){0,5}?\s+"
_ACCIDENT = (r"(?:collaps\w*|caved?[- ]in|cave-ins?|explo\w*|blasts?|fires?|blaze|inferno|"
             r"crumbl\w*|gas\s+leak)")
_SITE_ACCIDENT = re.compile(rf"\b(?:({_KIND})s?{_NEAR}{_ACCIDENT}|{_ACCIDENT}{_NEAR}"
                            rf"(?:[\w'’-]+\s+){{0,3}}?({_KIND})s?)\b", re.I)
# "the Bay Horse Mine", "Ikoyi collapsed building", "Grenfell Tower": a name before it
_NAMED = re.compile(rf"\b((?:[A-Z][\w'’-]+\s+){{1,2}})(?:[a-z]+\s+)?((?i:{_KIND})s?)\b")
# "Hotel Rigopiano": the kind before the name
_KIND_FIRST = re.compile(r"\b(Hotel|Tower|Mine)\s+([A-Z][\w'’-]+)\b")
# "a coal mine in Soma", "the garment factory fire in Baldia Town"
_IN_TOWN = re.compile(rf"\b((?i:{_KIND}))\b(?:\s+[a-z]+)?\s+(?:in|at|near)\s+(?:the\s+(?:town|"
                      rf"city|village)\s+of\s+|the\s+)?([A-Z][\w'’-]++(?:\s+[A-Z][\w'’-]++)?+)(?!\s+(?:[Pp]rovince|"
                      rf"[Rr]egion|[Ss]tate|[Dd]istrict|[Cc]ounty|[A-Z]))")
# "an illegal gold mine", "a chemical plant": the kind a lowercase word names
_MODIFIED = re.compile(rf"\b(gold|coal|chemical|garment|textile|fireworks|power)\s+({_KIND})\b",
                       re.I)
_DAM = re.compile(r"\bdams?\b", re.I)
_NOT_NAMES = frozenset("""the a an in at of on this that its their his her and after when
while as but for to from with by one two three four five six seven eight nine ten
death toll""".split())


def story_site(text: str, lead: str, title_end: int, countries: frozenset) -> str | None:
    """The name of the site whose accident the story's lead tells (`lead`: its title
    and first sentence); None for any other story."""
    found = _SITE_ACCIDENT.search(lead)
    if found is None or _DAM.search(lead):
        return None
    kind = _KINDS[(found.group(1) or found.group(2)).lower()]
    body = text[title_end:]
    proper = _named(body, kind, countries, proper=True)
    if proper:  # "the Sago Mine", "Champlain Towers South": a name of its own
        return proper
    # the name the story opens with before one it names later ("from the Grasberg mine")
    for part in (body[:800], text[:title_end]):
        name = _named(part, kind, countries) or _in_town(part, kind, countries)
        if name:
            return name
    modified = _MODIFIED.search(text[:title_end + 800])
    if modified and _KINDS[modified.group(2).lower()] == kind:
        return f"{modified.group(1).lower()}_{kind}"
    return _named(body, kind, countries) or _in_town(body, kind, countries) or kind


def _named(text: str, kind: str, countries: frozenset, proper: bool = False) -> str | None:
    """The site by its name and its own word for its kind, "the Bay Horse Mine" ->
    `bay_horse_mine`, "Champlain Towers South" -> `champlain_towers`; with `proper`,
    only a name that capitalises its kind too."""
    first = _KIND_FIRST.search(text)
    if first and _KINDS[first.group(1).lower()] == kind:
        return f"{kind}_{snake(first.group(2))}"
    for found in _NAMED.finditer(text):
        words = found.group(1).split()
        if _KINDS[_singular(found.group(2))] != kind or _longer_name(text, found) or (
                proper and found.group(2).islower()):
            continue
        while words and words[0].lower() in _NOT_NAMES:
            words = words[1:]
        parts = set(snake(" ".join(words)).split("_"))
        if words and not parts & countries and (
                not found.group(2).islower() or not _sentence_start(text, found.start(1))):
            return f"{snake(' '.join(words))}_{snake(found.group(2))}"
    return None


def _singular(word: str) -> str:
    word = word.lower()
    return word if word in _KINDS else word.removesuffix("s")


def _longer_name(text: str, found: re.Match) -> bool:
    """"TTK Amasra Muessese Mudurlugu mine", "the Lagos State Building Control Agency":
    a company's or an agency's name, not the site's."""
    before = text[max(0, found.start(1) - 30):found.start(1)].split()
    return bool(re.match(r"\s+(?!(?:North|South|East|West)\b)[A-Z]", text[found.end():])) or bool(
        before and before[-1][:1].isupper() and before[-1].lower() not in _NOT_NAMES
        and not before[-1].endswith((".", ":")))


def _in_town(text: str, kind: str, countries: frozenset) -> str | None:
    for found in _IN_TOWN.finditer(text):
        place = snake(re.sub(r"\s+(?:Town|City|Village|Area)$|['’]s$", "", found.group(2)))
        if _KINDS[found.group(1).lower()] == kind and place not in countries:
            return f"{place}_{kind}"
    return None


def _sentence_start(text: str, start: int) -> bool:
    """"Mine rescuers said": a capital that only opens a sentence names nothing (but
    "Champlain Towers South crumbled": a capitalised kind is a name's)."""
    return not text[:start].strip() or text[:start].rstrip()[-1:] in ".!?\n\"“"
