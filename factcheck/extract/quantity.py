"""A suggested `quantity` for a drafted claim, where the sentence makes it clear.

People who "fled" -> `<subject>.departed`; "residents", "population" ->
`.population`; "left", "remain" -> `.remaining`; a journey's hours ->
`journey.duration`; "nearly all ... have fled" -> `<s>.share_departed` (a person
turns it into `<s>.departed / <s>.population` once both counts carry people).
The subject is the place the clause names ("residents of Karabakh", "Stepanakert's
population"). Anything unclear gets a placeholder the schema accepts:
`unknown.m<N>`, or `unknown_m<N>.<measure>` when only the measure is clear.
"""

from __future__ import annotations

import re

from .mention import Mention

MEASURES = (  # (measure, words that show it); the first that matches wins
    ("departed", "fled flee flees fleeing departed displaced evacuated decamped exodus "
                 "escaped"),
    ("remaining", "remain remains remaining remained stayed left"),
    ("population", "residents population inhabitants lived live"),
    ("killed", "killed dead died deaths death toll"),
    ("injured", "injured wounded"),
    ("detained", "arrested detained charged charging"),
)
EVENTS = frozenset("""journey trip travel drive flight walk blockade siege war occupation
offensive ceasefire sentence strike ban curfew lockdown campaign crisis conflict
negotiations talks""".split())
PEOPLE_KINDS = ("count", "fraction")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_AHEAD = re.compile(r"\d[\d,.]*|[^\W\d_]+")
_POSSESSIVE = re.compile(r"['’]s$")
_PLACE_BEFORE = frozenset("in of from to across inside near".split())
_NOT_PLACES = frozenset("""monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
the a an on in at un u.n president minister mr mrs ms dr""".split())


def suggest(mention: Mention, quote: str, index: int) -> str:
    words = _WORD.findall(quote)
    lowered = [w.lower() for w in words]
    if mention.kind == "duration":
        event = next((w for w in lowered if w in EVENTS), None)
        return f"{event}.duration" if event else f"unknown.m{index}"
    if mention.kind not in PEOPLE_KINDS:
        return f"unknown.m{index}"
    measure = _measure(mention, quote)
    subject = _subject(words, quote.split(mention.text, 1)[0] if mention.text in quote else "")
    if measure is None:
        return f"unknown.m{index}"
    if mention.kind == "fraction":
        measure = f"share_{measure}"
    return f"{subject or f'unknown_m{index}'}.{measure}"


def _measure(mention: Mention, quote: str) -> str | None:
    """The words right after the number decide first ("120,000 residents"), up to the
    next number; then the words of the whole quote ("over 100,000 of ... have fled")."""
    after = quote.split(mention.text, 1)[1] if mention.text in quote else ""
    ahead = []
    for token in _AHEAD.findall(after)[:4]:
        if token[0].isdigit():
            break
        ahead.append(token.lower())
    return _first_measure(ahead) or _first_measure([w.lower() for w in _WORD.findall(quote)])


def _first_measure(words: list[str]) -> str | None:
    present = set(words)
    for measure, shown_by in MEASURES:
        if present & set(shown_by.split()):
            return measure
    return None


def _subject(words: list[str], before_number: str) -> str | None:
    """A place named in the quote: after in/of/from, or with a possessive."""
    for k, word in enumerate(words):
        if not word[0].isupper() or word.lower() in _NOT_PLACES or len(word) < 3:
            continue
        if _POSSESSIVE.search(word) or (k > 0 and words[k - 1].lower() in _PLACE_BEFORE):
            return snake(_POSSESSIVE.sub("", word))
    return None


def snake(word: str) -> str:
    name = re.sub(r"[^a-z0-9]+", "_", word.lower()).strip("_")
    return name if name and name[0].isalpha() else f"q_{name}"
