"""A person's age: "Ma Yaoqi, an 18-year-old volunteer", "A 48-year-old truck driver
who gave his name only as Raja" is `ma_yaoqi.age`, `raja.age`: the person the
sentence names nearest the age. With no name in the sentence ("a four-year-old
boy"), no rule names the age (a placeholder): an age is no count of people.
"""

from __future__ import annotations

import re

from .amounts import an_age
from .mention import Mention
from .places import Places, snake
from .text import Span

# one to three capitalised words; "Ma Yaoqi", "Raja", "Lal Sarath Kumara"
# ("McCombs": a capital inside a name, before lower case)
_WORD = r"[A-Z](?:[a-z’'\-]|[A-Z](?=[a-z]))+"
_NAME = re.compile(rf"\b{_WORD}(?:\s+{_WORD}){{0,2}}\b")
# capitalised words that name no person
_NOT_NAMES = frozenset("""a an the he she it they we i his her their its in on at of for
from to by with as but and or if when while after before this that these those there
some about nearly almost around over more most many all only least among both another
each every either neither other such several few
mr mrs ms dr monday tuesday wednesday thursday friday saturday sunday january february
march april may june july august september october november december
one two three four five six seven eight nine ten eleven twelve dozens hundreds
thousands authorities officials police rescuers residents witnesses according
children people survivors victims women men families students workers patients
separately meanwhile elsewhere however also earlier later overall nearby recently
additionally moreover""".split())  # (sentence adverbs: "Separately, a 45-year-old ...")
# the one "a 6-year-old" describes: "boy", "man", "skier" (not "daughter", whose age is
# a relative's, named by owned.py)
_DESCRIBED = re.compile(r"\s+(boy|girl|man|woman|child|baby|infant|toddler|teenager|skier|"
                        r"driver|fisherman|farmer|student|pupil|passenger|tourist|worker|"
                        r"soldier|migrant|refugee|mother|father)\b", re.I)
_BODIES = re.compile(r"\b(?:Ministry|Agency|Department|Center|Centre|Council|Office|Police|"
                     r"Army|Government|News|Press|Associated|Reuters|Red|Cross|Crescent|"
                     r"Committee|Commission|Authority|Service|Medical|Hospital|University|College|"
                     r"School|Church|Bank|Fund|Institute|Foundation)\b")


# a relative, whose age owned.py names after the person ("his 6-month-old grandchild")
KIN = (r"(?P<kin>daughter|son|wife|husband|mother|father|grandchild|grandson|granddaughter"
       r"|brother|sister|child|baby|niece|nephew|grandmother|grandfather|mom|dad|boy|girl)")
_KIN_NEXT = re.compile(rf"\s*{KIN}\b", re.I)
# "his 28-year-old wife", and the next of a list: "his 28-year-old wife and 35-year-old
# sister"
OWNED_BEFORE = re.compile(r"\b(?:his|her|their|my|our)\s+(?:[^.;:]{0,40}\band\s+)?$", re.I)

# "the Correio do Manhã newspaper", "the Office of Civil Defense": an institution's
# words; a person is never "the Name"
_INSTITUTION_BEFORE = re.compile(r"(?:\bthe|[A-Z][a-z]+\s+of)\s+$")
# "Hlope's one-year-old son": the age of the possessor's relative
_POSSESSOR = re.compile(r"\b([A-Z][a-z]+)['’]s\s+$")


def person_age(text: str, mention: Mention, sentence: Span, places: Places) -> str | None:
    """`NAME.age` for an age whose sentence names a person; else `PLACE_NOUN.age` for
    one the age describes ("a 6-year-old boy" in Kalinga: `kalinga_boy.age`, as gold
    writers name it); else None."""
    if not (mention.text.endswith("-old") or an_age(text, mention)):
        return None
    kin = _KIN_NEXT.match(text, mention.end)
    if kin and OWNED_BEFORE.search(text, max(sentence.start, mention.start - 60), mention.start) \
            and not re.match(r",?\s+[A-Z][a-z]", text[kin.end():kin.end() + 4]):
        return None  # a relative's age, not the named person's (but "his 8-year-old
        # daughter Mariam": hers)
    owner = _POSSESSOR.search(text, max(sentence.start, mention.start - 40), mention.start)
    if kin and owner and not _common(text, owner.group(1)):
        return f"{snake(owner.group(1))}_{kin.group('kin').lower()}.age"  # "Hlope's ... son"
    name = nearest_name(text, mention, sentence, places)
    if name is not None:
        return f"{snake(name)}.age"
    described = _DESCRIBED.match(text, mention.end) if mention.text.endswith("-old") else None
    if described is None:
        return None
    where = [p for p in places.between(sentence.start, sentence.end)
             if not (p.landmark or p.demonym)]
    return f"{where[0].key}_{described.group(1).lower()}.age" if where else None


def _common(text: str, word: str) -> bool:
    """A capitalised word the text also writes in lower case ("Survivors included",
    "According to") is a common word at a sentence's start, no one's name."""
    return re.search(rf"\b{re.escape(word.lower())}\b", text) is not None


def nearest_name(text: str, mention: Mention, sentence: Span, places: Places) -> str | None:
    """The person's name nearest the number in its sentence, or None."""
    taken = [(p.start, p.end) for p in places.between(sentence.start, sentence.end)]
    best = None
    for match in _NAME.finditer(text, sentence.start, sentence.end):
        words = match.group().split()
        while words and words[0].lower() in _NOT_NAMES:
            words = words[1:]  # "A 48-year-old", "The ..."
        if not words or _BODIES.search(" ".join(words)) or any(
                start < match.end() and match.start() < end for start, end in taken) \
                or _INSTITUTION_BEFORE.search(text, max(0, match.start() - 30), match.start()) \
                or (len(words) == 1 and _common(text, words[0])
                    and not text[sentence.start:match.start()].strip(" \t\n\"“‘'")):
            continue
        gap = min(abs(match.start() - mention.end), abs(mention.start - match.end()))
        if best is None or gap < best[0]:
            best = (gap, " ".join(words))
    return best[1] if best is not None else None
