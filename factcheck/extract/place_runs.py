"""Capitalised runs of words, the names inside them, and the words before a name: the
raw material `places.py` decides places from.
"""

from __future__ import annotations

import re

from .place_kinds import country_keys
from .speaker_offices import PERSON_NAME

# a run of capitalised words; "of" joins it after a word that heads a place's name
# ("Democratic Republic of Congo", "Bay of Bengal", "Lake of the Woods"), never after an
# organisation's
# ... and an Arabic article joins it: "Ras al-Ayn", "Deir al-Balah", "Marj Al-Zuhour";
# "St." or "Mt." opens it ("St. Louis"); a Spanish or Portuguese particle joins it:
# "Coyuca de Benitez", "Santander de Quilichao", "Ciudad del Este"
_REST = r"(?:[\w’']|-(?![-\d]))*"  # a word's letters ("Chicago--10": the dash ends it)
# (a name opened by a lowercase Arabic article after a preposition of place: "the city
# of el-Fasher", "in al-Hol"; not "al-Burhan" or "al-Shabab" alone)
_ARTICLE_OPENED = r"(?:(?<=\bin )|(?<=\bof )|(?<=\bfrom )|(?<=\bto )|(?<=\bnear )|(?<=\binto ))" \
                  r"(?:al|el|ad|ar|as|ash|az|an|at)-(?=[A-Z])"
RUN = re.compile(r"(?:(?:St|Mt|Ft)\.[ \t]+|" + _ARTICLE_OPENED + r")?[A-Z]" + _REST
                 + r"(?:(?:[ \t]+|(?:(?<=Republic)|"
                 r"(?<=Kingdom)|(?<=Emirate)|(?<=Islands)|(?<=Gulf)|(?<=Isle)|(?<=Sea)|(?<=Bay)|"
                 r"(?<=Horn)|(?<=Cape)|(?<=Strait)|(?<=Lake)|(?<=Valley))[ \t]+of[ \t]+"
                 r"(?:the[ \t]+)?|"
                 r"[ \t]+(?:de|del|da|do|dos|das)[ \t]+(?:(?:la|las|los)[ \t]+)?)"
                 r"(?:[A-Z]|(?:al|el|ad|ar|as|ash|az|an|at)-[A-Z])" + _REST + r")*")
_POSSESSIVE = re.compile(r"['’]s$")
_POSSESSIVE_NAMES = frozenset("bazaar bazar island bay point creek town landing harbour harbor head".split())


def names_in(match: re.Match):
    """The names in a run of capitalised words: the run itself, without a leading
    article or title and without a trailing possessive."""
    text, start = match.group(), match.start()
    lead = re.match(r"(?:(?:The|In|On|At|From|Of|Mr\.?|Mrs\.?|President|Prime|Minister|"
                    r"Neighbou?ring|Nearby|While|When|Although|Though|If|Since|"
                    r"Where|Whereas|With|Amid|After|During|Despite|Following)(?:\s+|$))+",
                    text)  # "Neighboring Ethiopia has had", "While Neustadt, a town of
    # 10,000, was hit"; alone, no name ("With officials warning of 300 deaths")
    if lead:
        text, start = text[lead.end():], start + lead.end()
    dated = re.search(r"\s+(?:January|February|March|April|May|June|July|August|September|"
                      r"October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|"
                      r"Saturday|Sunday)\b.*$", text)
    if dated:  # "in Mexico Wednesday": the place ends before the day
        text = text[:dated.start()]
    possessive = _POSSESSIVE.search(text)
    if possessive and " " not in text[possessive.start():]:
        text = text[:possessive.start()]
    inner = re.search(r"['’]s\s+([A-Z]\w*)", text)
    if inner and inner.group(1).lower() not in _POSSESSIVE_NAMES:  # "Armenia’s Goris"
        yield start, start + inner.start(), text[:inner.start()]
        yield start + inner.start(1), start + len(text), text[inner.start(1):]
    elif text:
        yield from _place_then_speaker(match, start, text)


# a speech verb right after the run: its last words may be the speaker's name
_SPEAKS_AFTER = re.compile(r"\s+(?:said|says|told|added|stated)\b")


def _place_then_speaker(match: re.Match, start: int, text: str):
    """"the UN Humanitarian Coordinator in South Sudan Anita Kiki Gbeho said": a
    country the lexicon knows, then the name of who speaks, two names and not one
    place; else the run whole."""
    words = text.split()
    if _SPEAKS_AFTER.match(match.string, match.start() + (start - match.start()) + len(text)):
        for k in range(1, len(words) - 1):
            tail = words[k:]
            if 2 <= len(tail) <= 4 and "_".join(w.lower() for w in words[:k]) in country_keys() \
                    and PERSON_NAME.fullmatch(" ".join(tail)):  # (not "Sudan Doctors Network")
                head = " ".join(words[:k])
                yield start, start + len(head), head
                at = start + text.index(tail[0], len(head))
                yield at, start + len(text), " ".join(tail)
                return
    yield start, start + len(text), text


def words_before(text: str, start: int, count: int, keep_case: bool = False) -> list[str]:
    piece = text[max(0, start - 60):start]
    if re.search(r"(?:[.;:!?,]|\n)[\s“”\"‘’']*$", piece):  # ", Baker"; a title line's end
        return []
    return [w if keep_case else w.lower() for w in re.findall(r"[A-Za-z.]+", piece)[-count:]]
