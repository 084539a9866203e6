"""Numbers that belong to a person or to a thing the sentence names, for numbers no
measure word names:
- tenure: "I've been a sheriff for 20 years", "McCombs, who has worked there for more
  than 12 years" is `NAME.tenure`, the person the sentence names nearest, else the
  speaker ("I");
- a relative's age: "Kesha Harlow, ... with her daughter, 8", "his 6-month-old
  grandchild" is `NAME_daughter.age`, the relative of the person the sentence names
  (else the speaker); a person's own, "Kostas Katsaros, 62, a farmer", is `NAME.age`
  before any measure word (`apposed_age`, in the outlet's voice);
- what lasted: "the power outage lasted three days" is `power_outage.duration`.
A near miss stays a placeholder: "for 20 years" with no "has been", "their two
sons" (a count of relatives, not an age).
"""

from __future__ import annotations

import re

from .ages import KIN as _KIN, OWNED_BEFORE, bare_name, nearest_name
from .amounts import AGE_WORDS
from .mention import Mention
from .people import NAMED_DEAD
from .places import Places, snake
from .text import Span

_TENURE = re.compile(
    r"\b(?:(?:has|have|had|'ve|’ve|'d|’d)\s+(?:been|worked|served|taught|led|run|headed|"
    r"covered|reported)|(?:served|worked)\s+as)\b[^.;:!?\"“”]{0,70}?\bfor\s+$", re.I)
# what has been is a state, no post: "stuck", "trapped", "without power", "missing"
_A_STATE = re.compile(r"\bbeen\s+(?:(?:\w+ly)\s+)?(?:[a-z]+(?:ed|en)|stuck|left|kept|held|lost|"
                      r"missing|without|out|unable|cut|shut|sick|ill|homeless)\b", re.I)
_VETERAN = re.compile(r"^-year\s+veteran\b|^\s+years?\s+(?:as|in\s+the\s+job|on\s+the\s+job"
                      r"|on\s+the\s+force)\b", re.I)
_FIRST_PERSON = re.compile(r"\b(?:I|I've|I’ve|I'd|I’d|I\s+have|I\s+had)\s*[^.;:!?]{0,80}$")
_HE = re.compile(r"\b(?:he|she)\s+(?:has|had|'s|’s)\s+\w+[^.;:!?]{0,70}$", re.I)
# "her daughter, 8", "her son, 2 months"
_KIN_BEFORE = re.compile(rf"\b(?:his|her|their|my|our)\s+{_KIN}\s*,\s*(?:aged\s+)?$", re.I)
# "his 6-month-old grandchild", "her 3-year-old son"
_KIN_AFTER = re.compile(rf"\s*{_KIN}\b", re.I)
_LASTED = re.compile(
    r"\b(?:the|a|an|its|their)\s+(?P<what>(?:[a-z]+\s+){0,2}?[a-z]+)\s+(?:has\s+|had\s+)?"
    r"(?:lasted|lasts|lasting|went\s+on|dragged\s+on|continued)\s+(?:for\s+)?"
    r"(?:(?:about|around|nearly|almost|more\s+than|over|some)\s+)?$", re.I)


def owned(text: str, mention: Mention, sentence: Span, places: Places,
          speaker: str) -> str | None:
    """The name of a tenure, a relative's age, a duration or a place's people, or None."""
    return _tenure(text, mention, sentence, places, speaker) \
        or _relative_age(text, mention, sentence, places, speaker) \
        or _lasted(text, mention, sentence) or _owned_people(text, mention, places)


# "Most of Gaza's 2.3 million people are crammed into tent camps", "Cuba's 11 million
# citizens": the people a place holds, its population, when no measure named them
_OWNED_PEOPLE = re.compile(r"\s+(?:people|citizens|inhabitants|souls|population)\b"
                           r"(?!\s+(?:who|that|affected|displaced|killed|left|living\s+in\s+"
                           r"(?:camps|tents)))")


def _owned_people(text: str, mention: Mention, places: Places) -> str | None:
    if mention.kind != "count" or not _OWNED_PEOPLE.match(text, mention.end):
        return None
    owner = next((p for p in places.found if p.end <= mention.start and re.fullmatch(
        r"['’]s?\s+", text[p.end:mention.start])), None)
    return f"{owner.key}.population" if owner is not None and not owner.demonym else None


# "Kostas Katsaros, 62, a farmer": an age between commas right after a name
_NAME_BEFORE = re.compile(r"(?<![\w.])([A-Z][\w’'.\-]+(?:\s+[A-Z][\w’'.\-]+){0,3}),\s*$")
# "said Jodi Riwono (46) who was trapped": the age in brackets after a full name (two
# words at least: "Gorontalo (12)" lists a place's count)
_NAME_BRACKET = re.compile(r"(?<![\w.])([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){1,2})\s*\($")


_NAME_SPACE = re.compile(r"(?<![\w.])([A-Z][a-z’'\-]+(?:\s+[A-Z][a-z’'\-]+){1,2})\s+$")
_CHILDREN_BEFORE = re.compile(r"\b(?:learners|children|pupils|students|boys|girls|sons|"
                             r"daughters|siblings|kids|toddlers|babies|infants)\b", re.I)


def apposed_age(text: str, mention: Mention, places: Places) -> str | None:
    """`NAME.age` for "Kostas Katsaros, 62, a farmer", "Jodi Riwono (46)", else None."""
    name = _NAME_BEFORE.search(text, max(0, mention.start - 60), mention.start)
    # ("Sharif, 24 from Kawar Char": the age, then where the person is from)
    after, number = r"\s*[,;.)]|\s+(?:from|of)\s+[A-Z]", r"\d{1,3}"
    if name is None:  # ("two learners, ... Moreblessing Washata (six)": a child's age in
        # words, after the children; not "Pahang (five), Kuala Lumpur (four)")
        name, after = _NAME_BRACKET.search(text, max(0, mention.start - 60),
                                           mention.start), r"\)"
        number = rf"\d{{1,3}}|{AGE_WORDS}" if _CHILDREN_BEFORE.search(
            text, max(0, mention.start - 120), mention.start) else r"\d{1,3}"
    if name is None and NAMED_DEAD.search(text, max(0, mention.start - 150), mention.start):
        # ("The deceased are identified as Narmada Bai 38, Madan Thakur 16 and Sangeeta
        # Bai 48 resident of Jamuniya": ages after names, with no comma)
        name, after = _NAME_SPACE.search(text, max(0, mention.start - 40), mention.start), \
            r"\s*[,;.]|\s+(?:and|resident|of|from)\b"
    if name is None or not re.fullmatch(number, mention.text) or (
            mention.text.isdigit() and int(mention.text) > 120) \
            or not re.match(after, text[mention.end:mention.end + 12]):
        return None
    start, person = name.start(1), name.group(1)
    if _places_listed_before(text, start, places):
        return None  # "followed by Harapanahalli (16), Kottur (6) and Hagari Bommanahalli
        # (2)": one more place's count
    ended = [m.end() for m in re.finditer(r"\w{3,}\.\s+", person)]
    if ended:  # "in the town of Hunt. Elinor Lester, 13,": the name after the sentence's end
        start, person = start + ended[-1], person[ended[-1]:]
    if any(p.start < start + len(person) and start < p.end for p in places.found):
        return None  # "in Kerala, 12, ...": a place, no person
    bare = bare_name(person)  # ("Resident Kelsey Ebinger, 19": Ebinger's)
    return f"{snake(full_name(text, bare, start))}.age" if bare else None


# an item of a list of names with a number in brackets: "Kottur (6) and "
_BRACKETED_ITEM = re.compile(r"([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2})\s*\(\s*[\d.,]+"
                             r"(?:\s*[a-z]+)?\s*\)\s*(?:,\s*(?:and\s+)?|\s+and\s+)$")


def _places_listed_before(text: str, start: int, places: Places) -> bool:
    """Whether the list `start` continues is of places: a name in it the text places,
    or the list ranks ("followed by Perak (13)", never a person's age in the gold)."""
    while (item := _BRACKETED_ITEM.search(text, max(0, start - 60), start)) is not None:
        if any(p.start < item.end(1) and item.start(1) < p.end for p in places.found):
            return True
        start = item.start()
    return re.search(r"\bfollowed\s+by\s+$", text[max(0, start - 20):start]) is not None


def full_name(text: str, name: str, before: int) -> str:
    """A bare surname ("Zhang, 42, said") as the person was named earlier ("Zhang
    Xuping and his family"), the first such name; else the name as it stands."""
    if " " in name:
        return name
    word = re.escape(name)
    found = re.search(rf"\b(?:{word}(?:\s+[A-Z][a-z’'-]+){{1,2}}|(?:[A-Z][a-z’'-]+\s+){{1,2}}{word})\b",
                      text[:before])
    return found.group() if found and not re.search(r"\b(?:The|A|An|In|On|At|Mr|Mrs|Ms|Dr)\b",
                                                    found.group()) else name


def _tenure(text, mention, sentence, places, speaker) -> str | None:
    if mention.kind != "duration" and not mention.text.endswith("-year"):
        return None
    before = text[sentence.start:mention.start]
    tenure = _TENURE.search(before)
    if tenure is not None and _A_STATE.search(tenure.group()):
        return None  # "people who have been stuck in cars for two days": no one's post
    if not (tenure or _VETERAN.match(text, mention.end)):
        return None
    # "I've been", "where he has worked": the speaker, when one is named
    said_of = _FIRST_PERSON.search(before) or _HE.search(before)
    owner = speaker if said_of and speaker else \
        nearest_name(text, mention, sentence, places) or speaker
    return f"{snake(owner)}.tenure" if owner else None


def _relative_age(text, mention, sentence, places, speaker) -> str | None:
    before = text[max(sentence.start, mention.start - 40):mention.start]
    kin = _KIN_BEFORE.search(before)
    old = mention.end + 4 if text.startswith("-old", mention.end) else mention.end
    if kin is None and (mention.text.endswith("-old") or old > mention.end) \
            and OWNED_BEFORE.search(before):
        kin = _KIN_AFTER.match(text, old)
    if kin is None or (kin.re is _KIN_BEFORE and not _is_age(mention)):
        return None
    owner = nearest_name(text, mention, sentence, places) or speaker
    return f"{snake(owner)}_{kin['kin'].lower()}.age" if owner else None


def _is_age(mention: Mention) -> bool:
    """"8", "2 months": a bare number or a span of time, not "two sons"."""
    return mention.kind == "duration" or re.fullmatch(r"\d{1,3}", mention.text) is not None


def _lasted(text, mention, sentence) -> str | None:
    if mention.kind != "duration":
        return None
    found = _LASTED.search(text, sentence.start, mention.start)
    if found is None or found.end() != mention.start:
        return _span_of(text, mention)
    return f"{snake(found['what'])}.duration"


# "a three-day visit", "Boko Haram's seven-year insurgency", "three days of national
# mourning": the span is the noun's
_COMPOUND_NOUN = re.compile(r"\s+([a-z]{4,})\b")
_OF_NOUN = re.compile(r"\s+of\s+((?:[a-z]+\s+)?[a-z]{4,})\b(?!['’]|\s+(?:of|the)\b)")
_NOT_SPANNED = frozenset("""time times which that their there this these those after before
during since until from with people them more less about the a an his her its our my your
through into onto over under life""".split())


def _span_of(text, mention) -> str | None:
    compound = re.search(r"-(?:day|week|month|year|hour)$", mention.text)
    found = (_COMPOUND_NOUN if compound else _OF_NOUN).match(text, mention.end)
    if found is None or set(found.group(1).split()) & _NOT_SPANNED:
        return None
    return f"{snake(found.group(1))}.duration"
