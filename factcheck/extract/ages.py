"""A person's age: "Ma Yaoqi, an 18-year-old volunteer", "A 48-year-old truck driver
who gave his name only as Raja" is `ma_yaoqi.age`, `raja.age`: the person the
sentence names nearest the age. With no name in the sentence ("a four-year-old
boy"), no rule names the age (a placeholder): an age is no count of people.

A relative's age is the relative's, named by whose relative it is: "Kesha Harlow,
who was there with her daughter, 8, and her son, 2 months" is
`kesha_harlow_daughter.age` and `kesha_harlow_son.age`, "... Raja said he lost ...
his 6-month-old grandchild" `raja_grandchild.age`. The owner is the person named
before the pronoun; "'One man told me he had lost his one-year-old son,' said
Simona Moscarelli" names no owner (she is not the man), and the age is left
unnamed.

How long a person has held a post, worked or lived somewhere, said by that person
("I've been a sheriff for 20 years") or of them ("said Kyle McCombs, ..., where he
has worked for more than 12 years"), is the speaker's `tenure`:
`joe_shepard.tenure`, `kyle_mccombs.tenure`. Not "the floods that have ravaged the
country for three weeks" (no person), nor "they have lived here for years" (no one
speaker).
"""

from __future__ import annotations

import re

from .amounts import an_age
from .mention import Mention
from .places import Places, snake
from .text import Span

# one to three capitalised words; "Ma Yaoqi", "Raja", "Lal Sarath Kumara"
_NAME = re.compile(r"\b[A-Z][a-z’'\-]+(?:\s+[A-Z][a-z’'\-]+){0,2}\b")
# capitalised words that name no person
_NOT_NAMES = frozenset("""a an the he she it they we i his her their its in on at of for
from to by with as but and or if when while after before this that these those there
mr mrs ms dr one two three some many monday tuesday wednesday thursday friday saturday
sunday january february march april may june july august september october november
december""".split())
_BODIES = re.compile(r"\b(?:Ministry|Agency|Department|Center|Centre|Council|Office|Police|"
                     r"Army|Government|News|Press|Associated|Reuters|Red|Cross|Crescent|"
                     r"Committee|Commission|Authority|Service)\b")


_KIN = (r"(?:son|daughter|child|baby|grandchild|grandson|granddaughter|wife|husband|"
        r"brother|sister|mother|father|nephew|niece|cousin|grandmother|grandfather)")
# "his 6-month-old grandchild": the age before the relative
_KIN_AFTER = re.compile(rf"\s+(?:[a-z]+\s+)?({_KIN})\b")
_OWNER_BEFORE = re.compile(r"\b(?:his|her|their)\s+$", re.I)
# "her daughter, 8, and ...": the age told after the relative, set off by commas
_KIN_BEFORE = re.compile(rf"\b(?:his|her|their)\s+({_KIN}),\s+$", re.I)
_APPOSITION_END = re.compile(r"\s*(?:[,.;)\"”]|and\b|$)")


def person_age(text: str, mention: Mention, sentence: Span, places: Places) -> str | None:
    """`NAME.age` for an age whose sentence names a person, else None."""
    kin = _kin(text, mention)
    if kin is not None:
        owner = _nearest_name(text, mention, Span(sentence.start, mention.start), places)
        return f"{snake(owner)}_{kin}.age" if owner else None
    if not (mention.text.endswith("-old") or an_age(text, mention)):
        return None
    best = _nearest_name(text, mention, sentence, places)
    return f"{snake(best)}.age" if best is not None else None


def _kin(text: str, mention: Mention) -> str | None:
    """The relative whose age the mention is ("his 6-month-old grandchild", "her
    daughter, 8"), or None."""
    end = mention.end + 4 if text.startswith("-old", mention.end) else mention.end
    if mention.text.endswith("-old") or end > mention.end:  # "6-month" + "-old"
        after = _KIN_AFTER.match(text, end)
        if after and _OWNER_BEFORE.search(text[max(0, mention.start - 10):mention.start]):
            return after.group(1).lower()
        return None
    before = _KIN_BEFORE.search(text[max(0, mention.start - 30):mention.start])
    if before and _APPOSITION_END.match(text, mention.end):
        return before.group(1).lower()
    return None


def _nearest_name(text: str, mention: Mention, sentence: Span, places: Places) -> str | None:
    """The person's name in text[sentence] nearest the mention."""
    taken = [(p.start, p.end) for p in places.between(sentence.start, sentence.end)]
    best = None
    for match in _NAME.finditer(text, sentence.start, sentence.end):
        words = match.group().split()
        while words and words[0].lower() in _NOT_NAMES:
            words = words[1:]  # "A 48-year-old", "The ..."
        if not words or _BODIES.search(" ".join(words)) or any(
                start < match.end() and match.start() < end for start, end in taken):
            continue
        gap = min(abs(match.start() - mention.end), abs(mention.start - match.end()))
        if best is None or gap < best[0]:
            best = (gap, " ".join(words))
    return best[1] if best is not None else None


# "I've been a sheriff for", "where he has worked for more than": the person's time
_TENURE = re.compile(r"\b(?:I|he|she)\s*(?:['’]ve|\s+(?:have|has|had))\s+"
                     r"(?:been\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+"
                     r"|worked|served|lived|taught|practised|"
                     r"practiced)(?:\s+(?:here|there|at\s+[\w\s]{1,40}?))?\s+for\s+"
                     r"(?:(?:more|less)\s+than\s+|about\s+|nearly\s+|almost\s+|over\s+)?$")


def tenure(text: str, mention: Mention, speaker: str | None) -> str | None:
    """`SPEAKER.tenure` for a duration a speaker gives of their own post, or None."""
    if not speaker or mention.kind != "duration" \
            or not _TENURE.search(text[max(0, mention.start - 80):mention.start]):
        return None
    return f"{snake(speaker)}.tenure"
