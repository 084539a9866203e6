"""A count of an earlier year in a story of this one: "About 2,000 people died in 2015
in both states during a heat wave" in a story of April 2016, "Last year, 1,705 people
lost their lives due to dengue". The count is that year's, not the story's running
total: `heatwave_2015.killed` (the story's event, of that year), or, in a story whose
event has no name, the measure of that year (`bangladesh.killed_2023`). Named so, it
never links with this year's count, nor makes verify call the two a conflict.
"""

from __future__ import annotations

import re

from .clauses import BREAK
from .lexicon import lexicon
from .mention import Mention
from .text import MONTHS, Span

# "in 2015", "during 2015", "last year", at the number's clause or opening its sentence
_MONTH = rf"(?:(?:early|late|mid-?)\s*)?{MONTHS}\s+"
# ("compared with 37 in the whole of 2023", "in all of 2023")
_WHOLE = r"(?:(?:the\s+)?(?:whole|entire|full)\s+(?:year\s+)?(?:of\s+)?|all\s+(?:of\s+)?)?"
_YEAR = re.compile(rf"\b(?:in|during|throughout)\s+{_WHOLE}(?:{_MONTH})?"
                   r"(?P<year>1[89]\d\d|20\d\d)\b"
                   r"(?!\s*[-–/])"
                   r"|\b(?P<last>last\s+year)\b"
                   r"|\b(?P<owner>1[89]\d\d|20\d\d)['’]s\s"  # "2004's Madrid train bombing"
                   # "from January to July 2015", "in the same months of 2014": that year's
                   rf"|\b(?:(?:from|between)\s+{MONTHS}\s+(?:to|and|through|until)\s+{MONTHS}"
                   r"|the\s+same\s+(?:months|period)\s+of)\s+(?P<span>1[89]\d\d|20\d\d)\b"
                   # "during a famine in the mid to late-1990s": a decade, past if it ended
                   r"|\b(?:in|during|throughout)\s+the\s+(?:(?:early|mid|late)(?:\s+(?:to|and)\s+"
                   r"(?:early|mid|late))?[-\s]?)?(?P<decade>1[89]\d0|20\d0)['’]?s\b", re.I)
_ALONE = re.compile(r"\b(?:in|during)\s+(?:1[89]\d\d|20\d\d)\s+alone\b", re.I)
_SINCE = re.compile(r"\bsince\b", re.I)
# "since a famine in the 1990s killed hundreds of thousands": the count is the earlier
# event's, told inside the "since" clause, not a running count up to now
_SINCE_EVENT_COUNT = re.compile(r"\s+(?:killed|claimed(?:\s+the\s+lives\s+of)?|left)\s+"
                                r"(?:(?:about|some|nearly|almost|more\s+than|over|at\s+least)\s+)?",
                                re.I)
# "since 1993, when 292 people died", "the country's infamous 1984 famine, when"
# ("the historic flood of December 23, 1982, when the Charente rose to 6.84 meters")
_DAY = rf"(?:{MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+|\d{{1,2}}\s+{MONTHS},?\s+)?"
_YEAR_WHEN = re.compile(rf"(?:\b(?:in|since|of|on)\s+{_DAY}(1[89]\d\d|20\d\d)"
                        r"|\b(1[89]\d\d|20\d\d)\s+"
                        r"(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*),?\s+when\s+(?:[\w’'-]+\s+){0,8}"
                        r"(?:(?:about|some|nearly|almost|more\s+than|over|at\s+least)\s+)?$",
                        re.I)
# ... but "the worst fire since 87 people were killed at a club fire in 1990": the
# earlier count itself
_SINCE_COUNT = re.compile(r"\s+(?:(?:about|some|nearly|almost|more\s+than|over|at\s+least)\s+)?")
# the simple past of a count's own verb, which keeps the time of the sentence before
_SIMPLE_PAST = re.compile(r"\s+(?:people\s+|others\s+)?(?:died|perished|drowned|were\s+killed|"
                          r"lost\s+their\s+lives|were\s+(?:rescued|injured|hurt|saved|"
                          r"evacuated)|survived)\b", re.I)
_OWN_TIME = re.compile(r"\b(?:years?|months?|weeks?|days?|following|next|previous|earlier|"
                       r"later|then|since|ago|today|yesterday|now|Monday|Tuesday|Wednesday|"
                       r"Thursday|Friday|Saturday|Sunday|1[89]\d\d|20\d\d)\b|" + _MONTH.strip(r"\s+"),
                       re.I)
# events that are no disaster of their own: a year's toll is never theirs
_NO_TOLL = frozenset("journey search election lockdown ceasefire transition exodus".split())
# measures of a place, never of an event: "a population of 2.5 million as per the last
# census in 2011" is the province's of 2011 (`sistan_baluchestan.population_2011`)
_A_PLACES = frozenset({"population"})
_SIMPLE = re.compile(r"(?P<subject>[a-z][a-z0-9_]*)\.(?P<measure>[a-z][a-z0-9_]*)")


def of_a_past_year(text: str, mention: Mention, sentence: Span, quantity: str,
                   published_year: int | None, events) -> str:
    """`quantity` as that earlier year's when the number's clause dates it so;
    `events`: the story's events (events.Events), whose main one is named."""
    terms = quantity.split(" + ")
    if len(terms) > 1 and all(_SIMPLE.fullmatch(term) for term in terms):
        # "132 people were reported dead or missing ... last year": each term that year's
        return " + ".join(of_a_past_year(text, mention, sentence, term, published_year, events)
                          for term in terms)
    named = _SIMPLE.fullmatch(quantity)
    if named is None or published_year is None or re.search(r"_(?:1[89]|20)\d\d\b", quantity) \
            or named["subject"] in {hit.name for hit in events.named}:
        return quantity  # a sum, a share, a name with its year, a named event ("Sidr")
    earlier = _earlier_event(text, mention, sentence, events)
    if earlier is not None:  # "a week of floods earlier in July had killed 88"
        return f"{earlier}.{named['measure']}"
    if _FROM_NEW_YEAR.search(text, mention.end, min(sentence.end, mention.end + 60)) \
            and not _YEAR_NAMED.search(text, mention.end, min(sentence.end, mention.end + 60)):
        # "36 deaths from January 1 to September 1 this year": the year's count, never a
        # rival of the story's own toll since August 15
        return f"{named['subject']}.{named['measure']}_{published_year}"
    year = _clause_year(text, mention, sentence, published_year)
    if year == published_year and _ALONE.search(text, sentence.start, mention.start):
        return f"{named['subject']}.{named['measure']}_{year}"  # "in 2018 alone, 77 cases"
    if year is None or year >= published_year:
        return quantity
    if events.main_event is not None and named["measure"] not in _A_PLACES:
        # by the sentence's word for it: `quake_2005`
        # (the event after the number first: "Excluding the September 11 attacks, the
        # worst fire since 87 people were killed at a club fire in 1990": `fire_1990`)
        # (else the event the count's clause tells last before it: "the nation has
        # grappled with shortages since a famine in the 1990s killed hundreds")
        event = events.written_in(mention.end, sentence.end) \
            or _event_before(text, mention, sentence, events) \
            or events.written_in(sentence.start, sentence.end) or events.main_event
        if event not in _NO_TOLL:  # (a ferry story's "overnight trip" killed no one)
            return f"{event}_{year}.{named['measure']}"
    return f"{named['subject']}.{named['measure']}_{year}"


# a closed window from the new year ("from January 1 to September 1"); not "since
# January 1", an epidemic's running count as often as not
_FROM_NEW_YEAR = re.compile(r"\b(?:from|between)\s+(?:January\s+1(?:st)?|1(?:st)?\s+January|"
                            r"the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year)"
                            r"(?!,?\s+(?:1[89]|20)\d\d)\s+(?:to|and|until|till|through)\b",
                            re.I)
_YEAR_NAMED = re.compile(r"\b(?:last|previous)\s+year\b", re.I)  # (another year's)


_ASIDE = re.compile(r"\s*(?:of|measuring|with)\s")  # a noun's aside, not a clause's
_A_YEAR_SET_OFF = re.compile(r"\s*(?:1[89]|20)\d\d\b")


# an earlier count the change started from, between the number and a year
_FROM_A_COUNT = re.compile(r"[^;:]{0,40}?\bfrom\s+(?:about\s+|some\s+|nearly\s+|just\s+)?\d[\d,.]*"
                           r"(?:\s+(?:million|billion|thousand))?(?:\s+(?:people|residents|"
                           r"inhabitants))?\s*")


_FOUNDED = re.compile(r"\b(?:established|founded|built|incorporated|settled|constructed)\s+$",
                      re.I)
# a year right after the count: its own ("751,000 in 2011")
ITS_YEAR = re.compile(r"\s+(?:people\s+|residents\s+|inhabitants\s+)?in\s+(1[89]\d\d|20\d\d)\b"
                       r"(?!\s*[-–/])")


def _clause_year(text: str, mention: Mention, sentence: Span, published_year: int) -> int | None:
    if (own := ITS_YEAR.match(text, mention.end)) is not None:
        return int(own.group(1))  # "grew to 812,000 in 2021 from 751,000 in 2011"
    when = _YEAR_WHEN.search(text, max(sentence.start, mention.start - 60), mention.start)
    if when is not None:  # "the biggest ferry disaster since 1993, when 292 people died"
        return int(when.group(1) or when.group(2))
    before = [m.end() for m in BREAK.finditer(text, sentence.start, mention.start)]
    after = BREAK.search(text, mention.end, sentence.end)
    start, end = (before[-1] if before else sentence.start), (after.start() if after
                                                              else sentence.end)
    windows = [(start, end)]
    if before:  # "In 2015, 2,000 died", "Last year, 1,705 people lost their lives"
        windows.append((sentence.start, before[0]))
    if len(before) >= 2:  # "..., said that in 2018 alone, Nigeria recorded 77 cases"
        windows.append((before[-2], before[-1]))
    aside = _aside_clause(text, before, after, sentence)
    if aside is not None:
        windows.append(aside[:2])
    for low, high in windows:
        found = _YEAR.search(text, low, high)
        if found is not None and _FROM_A_COUNT.fullmatch(text, mention.end, found.start()):
            continue  # "rose to 4,880,200 from 4,533,222 in 2011": the earlier count's year
        if found is not None and _FOUNDED.search(text, max(0, found.start() - 20), found.start()):
            continue  # "A rural railroad town established in 1909, Malden has a population
            # of roughly 250": when the town began, no year of the count
        since = _SINCE.search(text, low, found.start()) if found is not None else None
        if since is not None and not _SINCE_COUNT.fullmatch(text, since.end(), mention.start) \
                and not _SINCE_EVENT_COUNT.fullmatch(text, found.end(), mention.start):
            return None  # "1,430 deaths since the outbreak in August 2024": up to now
        if found is not None and found.group("decade"):
            decade = int(found.group("decade"))  # (the 2010s in 2015: not yet over)
            return decade if decade + 9 < published_year else None
        if found is not None:
            return published_year - 1 if found.group("last") else int(
                found.group("year") or found.group("owner") or found.group("span"))
    if aside is not None and aside[2] is not None:
        return aside[2]  # "hit on Aug. 15, 2007": the year a comma sets off after its day
    return _year_before(text, mention, sentence, end)


def _aside_clause(text: str, before: list[int], after, sentence: Span):
    """(start, end, year) of the clause an aside of a noun stands in ("The deadliest
    quake, of 5.9 magnitude, struck near Athens in September 1999": its year is the
    aside's); `year`, one a comma sets off after a day ("hit on Aug. 15, 2007"), else
    None. None when the number is no such aside."""
    if not before or after is None or after.group() != "," or text[before[-1] - 1] != "," \
            or not _ASIDE.match(text, before[-1]):
        return None
    following = BREAK.search(text, after.end(), sentence.end)
    year = _A_YEAR_SET_OFF.match(text, following.end()) if following and text[
        following.start() - 1].isdigit() else None  # (after a day: not ", 1900 people")
    return (after.end(), following.start() if following else sentence.end,
            int(year.group()) if year else None)


def _year_before(text: str, mention: Mention, sentence: Span, end: int) -> int | None:
    """The year the sentence before, in the same paragraph, dates, for a count told in
    the simple past with no time of its own ("The virus was first identified in 1967
    after it caused outbreaks in laboratories. Seven people died ..."), else None."""
    if not _SIMPLE_PAST.match(text, mention.end, end) or _OWN_TIME.search(
            text, sentence.start, end):
        return None  # ("The following year, at least 145 people died": its own time)
    paragraph = text.rfind("\n", 0, sentence.start) + 1
    before = re.split(r"(?<=[.!?])\s+", text[paragraph:sentence.start].strip())[-1]
    found = _YEAR.search(before)
    if found is None or found.group("last") or found.group("decade") \
            or _SINCE.search(before, 0, found.start()):
        return None  # (a decade dates no year: "In the 1990s, ...")
    return int(found.group("year") or found.group("owner") or found.group("span"))


# "a week of floods earlier in July had killed 88 people" in a story of the floods at
# July's end: another event, the story's own dated later, named by its month
_EARLIER_IN = re.compile(rf"\s+earlier\s+in\s+(?P<month>{MONTHS})\b", re.I)


def _earlier_event(text: str, mention: Mention, sentence: Span, events) -> str | None:
    """`flood_july` when the count's clause tells an event "earlier in July" that
    the count is of, else None."""
    hits = [h for h in lexicon().hits(text, sentence.start, mention.start)
            if h.table == "events"]
    for hit in reversed(hits):
        found = _EARLIER_IN.match(text, hit.end)
        if found is not None and not BREAK.search(text, found.end(), mention.start):
            return f"{events.written(hit)}_{found['month'].lower()}"
    return None


def _event_before(text: str, mention: Mention, sentence: Span, events) -> str | None:
    """The story's word for the last event the count's own clause names before it."""
    breaks = [m.end() for m in BREAK.finditer(text, sentence.start, mention.start)]
    hits = [h for h in lexicon().hits(text, breaks[-1] if breaks else sentence.start,
                                      mention.start) if h.table == "events"]
    return events.written(hits[-1]) if hits else None


# a record the reading is held against, set before: "below the 14.4-metre record set in
# February", "the previous record of 8.45 meters"
_SET_BEFORE = re.compile(r"[\s-]*(?:record\s+)?(?:set|recorded|reached|seen)\s+(?:in|on|during)\b")
_PREVIOUS = re.compile(r"\b(?:previous|old|former|earlier)\s+record\s+(?:of\s+)?(?:about\s+)?$",
                       re.I)


def past_record(text: str, mention: Mention, quantity: str) -> str:
    """`quantity` as the record it names, `S.water_level_record`, when the number is a
    record set before the reading (never a rival of the readings themselves)."""
    if _SIMPLE.fullmatch(quantity) is None or re.search(r"_(?:1[89]|20)\d\d\b", quantity):
        return quantity  # (a record of a named year is that year's already)
    if _SET_BEFORE.match(text, mention.end) or _PREVIOUS.search(
            text, max(0, mention.start - 40), mention.start):
        return f"{quantity}_record"
    return quantity


def dated_reading(text: str, mention: Mention, sentence: Span) -> bool:
    """A level or length that its own words date to a year: "the 6.18 meters measured
    in 2021", "the previous high of 10.48 feet set in July 2010", "the historic flood
    of December 23, 1982, when the Charente rose to 6.84 meters". A year further off
    ("above the record high set in 1998 and well over the alert level of 19.50
    meters") dates another reading, so it is left to the count's rules."""
    after = _YEAR.search(text, mention.end, min(sentence.end, mention.end + 50))
    if after is not None and not re.search(r"\d", text[mention.end:after.start()]):
        return True
    return _YEAR_WHEN.search(text, max(sentence.start, mention.start - 60),
                             mention.start) is not None
