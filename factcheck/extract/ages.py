"""A person's age: "Ma Yaoqi, an 18-year-old volunteer", "A 48-year-old truck driver
who gave his name only as Raja" is `ma_yaoqi.age`, `raja.age`: the person the
sentence names nearest the age. With no name in the sentence, the one the age
describes, by the sentence's place and its noun ("a four-year-old boy" in Kalinga:
`kalinga_boy.age`) or by the noun alone (`boy.age`); an age is no count of people.
"""

from __future__ import annotations

import re

from .amounts import an_age
from .mention import Mention
from .places import Places, snake
from .speaker_roles import role_word
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
additionally moreover local""".split())  # (sentence adverbs: "Separately, a 45-year-old")
# honorifics before a name that are no roles ("Datin Tai Siew Kim"; a role, "Captain
# Pierre Marx", is speaker_roles'), and an age ("Three-year-old Goncagul Akdag")
_HONORIFICS = frozenset("datin datuk dato sir lady lord miss sheikh senator rev".split())
_AGE_WORD = re.compile(r"-(?:years?|months?|weeks?|days?)-old$", re.I)
# the one "a 6-year-old" describes: "boy", "man", "skier" (not "daughter", whose age is
# a relative's, named by owned.py)
DESCRIBED_NOUNS = frozenset("""boy girl man woman child baby infant toddler teenager skier
driver fisherman farmer student pupil passenger tourist worker soldier migrant refugee
mother father pensioner retiree victim resident grandmother grandfather volunteer
firefighter policeman pilot hiker climber villager teacher nurse""".split())
# (one modifier may come between: "a 74-year-old truck driver")
_DESCRIBED = re.compile(r"\s+(?:[a-z]+\s+)?(" + "|".join(sorted(DESCRIBED_NOUNS)) + r")s?\b",
                        re.I)
# "the youngest victim was 14 years old": the one the age is said of
_SAID_OF = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+((?:youngest|oldest|eldest)\s+)?([a-z]+)\s+"
                      r"(?:was|is|were|are|,)\s+(?:aged\s+)?$")
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
    # ("a two-month-old baby": its number is "two-month")
    after = mention.end + 4 if text.startswith("-old", mention.end) else mention.end
    old = mention.text.endswith("-old") or after > mention.end
    if not (old or an_age(text, mention)):
        return None
    kin = _KIN_NEXT.match(text, after)
    if kin and OWNED_BEFORE.search(text, max(sentence.start, mention.start - 60), mention.start) \
            and not re.match(r",?\s+[A-Z][a-z]", text[kin.end():kin.end() + 4]):
        return None  # a relative's age, not the named person's (but "his 8-year-old
        # daughter Mariam": hers)
    owner = _POSSESSOR.search(text, max(sentence.start, mention.start - 40), mention.start)
    if kin and owner and not _common(text, owner.group(1)):
        return f"{snake(owner.group(1))}_{kin.group('kin').lower()}.age"  # "Hlope's ... son"
    group = _group_age(text, mention, sentence)
    if group is not None:
        return group
    name = nearest_name(text, mention, sentence, places)
    if name is not None:
        return f"{snake(name)}.age"
    described = _DESCRIBED.match(text, after) if old else None
    if described is None:
        return _said_of(text, mention, sentence)
    where = [p for p in places.between(sentence.start, sentence.end)
             if not (p.landmark or p.demonym)]
    noun = described.group(1).lower()
    # with no place to tell it by, the person by the noun alone ("an 82-year-old
    # pensioner": `pensioner.age`, as gold writers name it); two of one noun are told
    # apart when drafts are (the second one's age left unnamed)
    return f"{where[0].key}_{noun}.age" if where else f"{noun}.age"


# "The children who died ranged in age from 2 to 17", "the victims were aged": a group's
# ages, not the speaker's named after them; "... and the adults from 24 to 60" is the
# next group's
_GROUP = re.compile(r"\b(?:[Tt]he|[Tt]hose)\s+([a-z]+(?:s|ren|dead))\s+(?:(?:who|that)\s+"
                    r"(died|were\s+killed|perished|drowned)\s+)?(?:ranged|ranging|range|varied|"
                    r"were\s+aged|are\s+aged)\b")
_NEXT_GROUP = re.compile(r"\band\s+(?:the\s+)?([a-z]+(?:s|ren))\s+(?:from\s+)?$")


def _group_age(text: str, mention: Mention, sentence: Span) -> str | None:
    before = text[sentence.start:mention.start]
    found = list(_GROUP.finditer(before))
    if not found:
        return None
    noun, killed = found[-1][1], "killed_" if found[-1][2] else ""
    after = _NEXT_GROUP.search(before, found[-1].end())
    return f"{killed}{after[1] if after else noun}.age"


def _said_of(text: str, mention: Mention, sentence: Span) -> str | None:
    """"the youngest victim was 14 years old": `youngest_victim.age`."""
    found = _SAID_OF.search(text, max(sentence.start, mention.start - 40), mention.start)
    if found is None or not an_age(text, mention) \
            or _DESCRIBED.fullmatch(" " + found.group(2)) is None:
        return None
    return snake((found.group(1) or "") + found.group(2)) + ".age"


def _common(text: str, word: str) -> bool:
    """A capitalised word the text also writes in lower case ("Survivors included",
    "According to") is a common word at a sentence's start, no one's name."""
    return re.search(rf"\b{re.escape(word.lower())}\b", text) is not None


def bare_name(name: str) -> str:
    """The name alone: "A 48-year-old", "The", "Three-year-old Goncagul Akdag",
    "Resident Kelsey Ebinger", "Hayriye Balcan's" lose all but the person's name."""
    words = name.split()
    while words and (words[0].lower() in _NOT_NAMES | _HONORIFICS | DESCRIBED_NOUNS
                     or role_word(words[0]) or _AGE_WORD.search(words[0])):
        words = words[1:]
    if words:
        words[-1] = re.sub(r"['’]s$", "", words[-1])
    return " ".join(words)


def nearest_name(text: str, mention: Mention, sentence: Span, places: Places) -> str | None:
    """The person's name nearest the number in its sentence, or None."""
    taken = [(p.start, p.end) for p in places.between(sentence.start, sentence.end)]
    best = None
    for match in _NAME.finditer(text, sentence.start, sentence.end):
        words = bare_name(match.group()).split()
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
