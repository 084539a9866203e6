"""The stretches of an article that are its metadata, not its reporting: header
fields ("Published: 3 October 2023"), time stamps and bylines standing on a line of
their own, the dateline opening a story ("Feb. 7 (UPI) —", "GENEVA (Sputnik) -"),
and photo captions with their credits ("... on September 29, 2023. (AP
Photo/Vasily Krestyaninov)"). Their numbers are listed by `extract --format json`
but never drafted as claims: nobody fact-checks a photo's date stamp.
"""

from __future__ import annotations

import re

from .text import Span

_HEADER_FIELD = re.compile(r"^\s*(?:published|updated|posted|date|dated|last updated|by|"
                           r"source|photo|credit|image|filed)\s*[:\-]", re.I)
# The date of a dateline: "3 March 2024", "March 3, 2024", "Mar. 3".
_MONTH = r"[A-Z][a-z]{2,8}\.?"
_DAY = (rf"(?:\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?|{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?)")
# A story's dateline: a place in capitals (and its country) or a date, an agency in
# brackets, a dash ("SLEMAN, Indonesia, Oct 27 (Reuters) - ", "Islamabad, Oct. 8,
# (dpa/GNA) – ");
# or a place in capitals, its date and a dash ("KYIV, 3 March 2024 - ");
# or place, date and agency closed by periods ("TEHRAN. August 12. KAZINFORM").
_DATELINE = re.compile(r"^\s*(?:[A-Z][\w.’'\- ]{0,40}?,?\s*|[A-Z][A-Z’'.\- ]{2,30},\s*[A-Z][\w.]+"
                       r"(?:\s[A-Z]\w+)*,\s*)?(?:(?:[A-Z][a-z]{2,4}\.?\s+\d{1,2}|\d{1,2}\s+"
                       # ("ALMATY, 24 April 2007 (IRIN) - ")
                       r"[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?),?\s*)?\([^)\n]{2,40}\)\s*"
                       r"(?:,\s*[A-Z][a-z]{2,4}\.?\s+\d{1,2}\s*)?"
                       r"[—–-]{1,2}\s|^\s*[A-Z][A-Z’'.\- ]{2,30}(?:,\s*[A-Z][\w.]+(?: [A-Z]\w+)*)?"
                       r"\s*(?:[—–•]|--)\s|^\s*[A-Z][A-Z’'.\- ]{2,30},\s*" + _DAY + r"\s*[—–-]{1,2}\s"
                       # "TEHRAN. August 12. KAZINFORM ": place, date and agency, each
                       # closed by a period (the agency in capitals)
                       # ("PETROZAVODSK, July 21. /TASS/. ": the agency between slashes)
                       r"|^\s*[A-Z][A-Z’'\- ]{2,30}[.,]\s+" + _DAY
                       + r"\.\s+(?:[A-Z]{3,}(?:[ -][A-Z]{2,})*|/[A-Z][\w-]{1,20}/\.?)\s"
                       # "DUSHANBE, Jan 3 (AFP): ": place in capitals, day, agency, colon
                       r"|^\s*[A-Z][A-Z’'.\- ]{2,30},\s*[A-Z][a-z]{2,4}\.?\s+\d{1,2},?\s*"
                       r"\([^)\n]{2,40}\)\s*:\s"
                       # "San Salvador (AFP) Oct 14, 2014 Aftershocks rattled": place, agency,
                       # the whole date and no dash
                       r"|^\s*[A-Z][\w.’'\- ]{0,40}?\s*\([A-Z][A-Za-z/]{1,10}\)\s*" + _DAY
                       + r"(?<=\d{4})\s+(?=[A-Z])"
                       # "BOSASSO, Somalia, Nov 13 The death toll": the agency's mark gone
                       r"|^\s*[A-Z][A-Z’'.\- ]{2,30},\s*[A-Z][\w.]+(?:\s[A-Z]\w+)*,\s*" + _DAY
                       + r"\s+(?=[A-Z])")
# "Guwahati: Over 12 lakh people have been affected", "PHILADELPHIA: Temperatures
# soared": a city and a colon open the
# story's first paragraph (where the reporter files from; the title line is no
# dateline, "Assam: Floods leave ten dead")
# (several cities filing one story: "Lucknow/Bhadohi/Patna: At least 23 people ...")
_COLON_DATELINE = re.compile(r"^\s*(?:[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?|[A-Z]{3,}(?:[ -][A-Z]{2,})?)"
                             r"(?:/(?:[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?|[A-Z]{3,})){0,4}"
                             r"[ \t]?:\s+(?=[A-Z0-9“\"])")
# "Lucknow, June 18 The Uttar Pradesh government ...", "Lucknow, June 18 (IANS) The",
# "Hathras (UP), Jul 2 (PTI) A stampede":
# a city, a day and no dash, opening the story's first paragraph (where the agency
# files from)
# ("Gaza [Palestine], May 12: Some 150,000 Gazans": the country in brackets, a colon)
_PLAIN_DATELINE = re.compile(r"^\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?:\s\([A-Z][A-Za-z ]{1,20}\)|"
                             r"\s\[[A-Z][A-Za-z ]{1,20}\])?,\s+"
                             + _MONTH + r"\s+\d{1,2}"
                             # ("Accra, Sept 28, Ghanadot - ": the outlet, then a dash)
                             r"(?:\s*\([A-Z]{2,8}\)|"
                             r",\s+[A-Z][\w.]+(?:\s[A-Z][\w.]+)?\s+[—–-]{1,2})?"
                             r":?\s+(?=[A-Z])")
# "May 18, 2016: Rescuers in Sri Lanka have started ...", "Tehran, Iran, 29 Jan: A
# 5.9-magnitude earthquake": the day the story is filed (and where), opening its first
# paragraph
_DATE_COLON = re.compile(r"^\s*(?:[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?,\s+(?:[A-Z][a-z]+"
                         r"(?:\s[A-Z][a-z]+)?,\s+)?)?" + _DAY + r"[ \t]?:\s+(?=[A-Z])")
_CREDIT = re.compile(r"\((?:[^()\n]*\b(?:Photo|photo|AP|AFP|Reuters|Getty|File|via)\b[^()\n]*)\)"
                     r"\s*$|^\s*©|^\s*\(?(?:Full-size photo|All photos)|\bphoto\s*$|"
                     r"^\s*(?:Photo|Image|Picture)\s*:", re.M)
_PHOTO_WORDS = re.compile(r"\b(?:in this (?:\w+, )*(?:\w+ )*photo|photo taken|pictured|"
                          r"photographed)\b", re.I)
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s*$")
_DIGIT = re.compile(r"\d")
SHORT_LINE_WORDS = 9


def metadata_spans(text: str) -> list[Span]:
    """The metadata stretches of `text`, in order (they may touch)."""
    lines = list(_lines(text))
    found: list[Span] = []
    opening = True  # the story's first paragraph is still to come
    told = False  # a paragraph of the story has been read: a factbox's label may follow
    for k, (start, end) in enumerate(lines):
        line = text[start:end]
        if _is_metadata_line(line) or _is_caption(lines, k, text):
            found.append(Span(start, end))
            continue
        dateline = _DATELINE.match(line) \
            or (_COLON_DATELINE.match(line) if k and not (told and _a_label(line)) else None) \
            or (_PLAIN_DATELINE.match(line) or _DATE_COLON.match(line) if k and opening
                else None)
        if dateline is not None:
            found.append(Span(start, start + dateline.end()))
        opening = opening and not k
        # ("Metro Manila: 441 cases, five deaths" under the story: a factbox's label)
        told = told or (k > 0 and len(line.split()) > SHORT_LINE_WORDS
                        and _SENTENCE_END.search(line) is not None)
    return found


def _a_label(line: str) -> bool:
    """A short line that is no sentence: "Metro Manila: 441 cases, five deaths"."""
    return len(line.split()) <= SHORT_LINE_WORDS and _SENTENCE_END.search(line) is None


def _lines(text: str):
    start = 0
    for match in re.finditer(r"\n", text):
        if match.start() > start:
            yield start, match.start()
        start = match.end()
    if start < len(text):
        yield start, len(text)


def _is_metadata_line(line: str) -> bool:
    """A header field, or a short line with a number that is not a sentence (a time
    stamp, "February 23, 2011 in Nation/World")."""
    if _HEADER_FIELD.match(line):
        return True
    if _CREDIT.search(line) and len(line.split()) <= SHORT_LINE_WORDS:
        return True
    words = line.split()
    return (bool(_DIGIT.search(line)) and len(words) <= SHORT_LINE_WORDS
            and not _SENTENCE_END.search(line) and _looks_like_stamp(line))


def _looks_like_stamp(line: str) -> bool:
    """Mostly dates and times: a month or weekday name or a clock, and few other words."""
    stamp = re.search(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|"
                      r"\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|"
                      r"\d{1,2}:\d{2}|\d{4}-\d{2}-\d{2}", line, re.I)
    return stamp is not None


def _is_caption(lines: list[tuple[int, int]], k: int, text: str) -> bool:
    """A photo caption: it carries a credit or speaks of a photo, or the line after
    it is a credit."""
    line = text[slice(*lines[k])]
    if _CREDIT.search(line) or _PHOTO_WORDS.search(line):
        return True
    following = text[slice(*lines[k + 1])] if k + 1 < len(lines) else ""
    return bool(_CREDIT.search(following)) and len(following.split()) <= SHORT_LINE_WORDS


def inside(spans: list[Span], start: int) -> bool:
    return any(span.start <= start < span.end for span in spans)
