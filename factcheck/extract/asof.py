"""`as_of` of a drafted count: only from an as-of frame touching the number, never
the day a statement was made ("On Monday, the government said ..." is not one).

Frames, within the number's sentence:
- "as of / as at / as on / by / up to DATE": "fewer than 1,500 left as of Monday
  evening", "By Tuesday, 5,000 had fled", "rose to 30 by the early hours today";
- a date opening the sentence or clause, then the count with no speech verb between:
  "On 20 October, 15,207 people had ...", "today at 7am, 42,000 people arrived";
- the count, then "on DATE" / "early DATE" in the same clause with no verb between
  but a perfect passive: "142,300 on Sunday", "5,000 deaths had been reported early
  Tuesday";
- a toll that rose on a day to a number: "the toll rose early today to at least 138",
  or was set that day: "early on Thursday raised the number of dead to 277";
- a temperature read on a day its clause names: "temperatures on Tuesday hit 45";
- a bare weekday right after a passive that ends a list of counts: "15 people were
  found dead ... and 62 homes were covered Saturday".
A count of the week ending on a day ("10,200 arrived in the week ending on August
27") is *weekly* (`S.arrived_weekly`), as of that day. A count of one day ("142,300
on Sunday", "42,000 people arrived today at 7am") is *daily*: its measure says so (`poland.arrived_daily`), as a cumulative total it is not.
The date is a date-time when the text gives the hour ("at 7am", "at 07:00").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..grammar.quantity import TEMPERATURES
from ..interval import ordinal_to_iso
from .mention import Mention
from .readings import reading_date
from .speaker import VERBS
from .text import Span

_A_SPEED = re.compile(r"/ hour|knot")  # a wind's speed, read on a day as a temperature is
COUNT_KINDS = frozenset({"count", "fraction", "percent"})
AMOUNT_KINDS = frozenset({"other", "money"})  # tonnes, litres, dollars: only "as of", "by"
_AS_OF = re.compile(r"\b(?:as\s+of|as\s+at|as\s+on|by(?:\s+the\s+(?:early|late)\s+"
                    r"(?:hours|morning|evening|afternoon)(?:\s+of)?)?|up\s+to)\s+"
                    r"(?P<clock>(?P<h>\d{1,2})(?::(?P<m>\d{2}))?\s*(?P<ap>[ap])\.?\s?m\b\.?\s*"
                    r"(?:\([^()]{0,20}\)\s*)?(?:on\s+)?)?(?:(?:early|late|mid)\s+)?$", re.I)
_CLOCK = re.compile(r"^\s*(?:,\s*)?(?:at\s+|by\s+)?(\d{1,2})(?::(\d{2}))?\s*([ap])\.?\s?m\b\.?"
                    r"|^\s*(?:,\s*)?(?:at\s+|by\s+)(\d{2}):(\d{2})\b", re.I)
_ON_BEFORE = re.compile(r"\b(?:on|early|late|early on|late on)\s+$", re.I)
_PERFECT_PASSIVE = re.compile(r"\b(?:had|has|have)\s+been\s+\w+(?:ed|en)\b", re.I)
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|could|may|might|"
                     r"[a-z]{3,}ed|fled|left|took|made|went|came|rose|fell|saw|says|said|began|"
                     r"stood|began|begun|grew|ran|won|lost|hit|struck)\b",
                     re.I)
_FLOW_VERBS = frozenset("""crossed arrived entered fled left reached departed escaped
returned""".split())
_CLOCK_BEFORE = re.compile(r"(\d{1,2})(?::(\d{2}))?\s*([ap])\.?\s?m\b\.?\s+$", re.I)
_CLAUSE_WORDS = re.compile(r"\b(?:since|after|before|when|until|that|which|who|while|because)\b",
                           re.I)
_PERFECT = re.compile(r"\b(?:had|has|have)\b", re.I)
# "the toll rose early today to", "the council updated its death toll on Wednesday to"
_RISE_TO = re.compile(r".*\b(?:rose|climbed|jumped|risen|grew|reached|increased|"
                      r"(?:updated|raised|revised)\s+(?:its|the|their)\s+(?:death\s+)?"
                      r"(?:toll|tally|count|figures?|estimate))(?:\s+(?:early|late))?\s+", re.S)
# a toll set on a day: "The Philippines early on Thursday raised the number of confirmed
# dead from Ketsana to 277", "On Friday, the ministry put the death toll at 36": the
# count as of that day (the day a toll is set is the day it counts to)
_TOLL_SET = re.compile(r",?\s+(?:[\w'’-]+\s+){0,4}?(?:raised|revised|updated|put|brought|lifted|"
                       r"increased|set)\s+(?:its|the|their)\s+(?:[\w-]+\s+){0,2}?(?:number|toll|"
                       r"tally|count|figure)(?:\s+of\s+[^,;.\d]{1,60}?)?\s+(?:to|at)\s+"
                       r"(?:(?:at\s+least|more\s+than|over|about|around|nearly|some)\s+)*", re.I)
_EVENT_VERB = re.compile(r"\b(?:started|began|begun|erupted|broke\s+out|struck|ended|"
                         r"made\s+landfall)\s+$", re.I)
_BARE_DAY = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)", re.I)
_PAST_VERB = re.compile(r"\b(?:were|was)\s+(?:\w+\s+)?[a-z]{3,}(?:ed|en)\s+$")


@dataclass(frozen=True)
class AsOf:
    when: str  # ISO date or date-time
    daily: bool  # a count of that one day, not a running total
    date: tuple = ()  # the span of the date mention that frames the count
    weekly: bool = False  # a count of the week that ends that day


def as_of(text: str, sentence: Span, mention: Mention,
          mentions: list[Mention]) -> AsOf | None:
    if mention.kind not in COUNT_KINDS | AMOUNT_KINDS:
        return None
    dates = [m for m in mentions if m.kind == "date" and _single_day(m)
             and sentence.start <= m.start < sentence.end]
    if mention.unit in TEMPERATURES or _A_SPEED.search(mention.unit or ""):
        # "temperatures on Tuesday hit 45 degrees", "Winds reached about 69km/h on Friday"
        # (a speed's day after it: "made landfall Saturday ... with winds of 127 mph"
        # is the landfall's day)
        if mention.unit not in TEMPERATURES:
            dates = [d for d in dates if d.start >= mention.end]
        read = reading_date(text, mention, dates, _speech)
        return None if read is None else AsOf(_when(text, read), False, (read.start, read.end))
    if mention.kind in AMOUNT_KINDS:  # "By Friday, flights had delivered 300 tonnes":
        return next((f for f in (_explicit(text, sentence, mention, d) for d in dates)
                     if f is not None), None)  # an amount only under "as of", "by"
    window = _counted_over(text, sentence, mention, mentions)
    if window is not None:
        return window
    # the nearest frame first: "247,798 ... as of April 30, compared to 248,719 as of
    # April 15" (the second count's own "as of" is the one after it)
    for date in sorted(dates, key=lambda d: min(abs(d.start - mention.end),
                                                abs(mention.start - d.end))):
        if date.start > mention.end and _EVENT_VERB.search(text, mention.end, date.start):
            continue  # "The two fires started Monday": the fires' start, not their count's
        found = _week_ending(text, mention, date) or _window_end(text, mention, date) \
            or _frame(text, sentence, mention, date) \
            or _day_of_clause(text, sentence, mention, date)
        if found is not None:
            return AsOf(found.when, found.daily, (date.start, date.end), found.weekly)
    listed = _listed_after(text, sentence, mention, mentions)
    if listed is not None and dates:
        # "On December 25, a total of 235 cases, 13 new deaths and zero new suspected
        # cases were recorded": the list's later items share its first one's frame
        return as_of(text, sentence, listed, mentions)
    return _week_before(text, sentence, mention, mentions)


_STATE_SAID = re.compile(r"\b(?:reported|confirmed|listed|declared)\s+(?:as\s+)?(?:missing|dead)\b",
                         re.I)
# between two items of a list of counts: the first's own words, a comma or "and"
_LIST_JOIN = re.compile(r"[ \t]+(?:[a-z]+[ \t]+){0,3}?[a-z]+"
                        r"(?:,[ \t]+(?:(?:and|with|including)[ \t]+)?|[ \t]+(?:and|with)[ \t]+)"
                        r"(?:(?:another|a[ \t]+further)[ \t]+)?")  # "313 cases, including 280"


def _listed_after(text: str, sentence: Span, mention: Mention,
                  mentions: list[Mention]) -> Mention | None:
    """The count this one follows in a list ("235 cases, 13 new deaths and zero"), or
    None."""
    before = [m for m in mentions if sentence.start <= m.start and m.end <= mention.start
              and m.kind in COUNT_KINDS]
    if not before or not _LIST_JOIN.fullmatch(text, before[-1].end, mention.start):
        return None
    return before[-1]


_WEEK_BEFORE = re.compile(r"\s+(?:in\s+)?(?:the\s+(?:week|seven\s+days)\s+(?:before|earlier)|"
                          r"the\s+previous\s+week|a\s+week\s+earlier)\b", re.I)


def _week_before(text: str, sentence: Span, mention: Mention,
                 mentions: list[Mention]) -> AsOf | None:
    """"10,200 ... in the week ending on August 27, compared with 4,500 the week
    before": the week before the one an earlier count of the sentence is of."""
    if not _WEEK_BEFORE.match(text, mention.end):
        return None
    for other in reversed([m for m in mentions if m.kind in COUNT_KINDS
                           and sentence.start <= m.start and m.end <= mention.start]):
        frame = as_of(text, sentence, other, mentions)
        if frame is not None and frame.weekly:
            day = dt.date.fromisoformat(frame.when[:10]) - dt.timedelta(days=7)
            return AsOf(day.isoformat(), daily=False, weekly=True)
    return None


def _one_verb_to_end(text: str, gap: str, date: Mention) -> bool:
    """"two people died due to floods in Lakhimpur and Morigaon districts Tuesday.":
    one past verb, no comma, and the day ends the sentence."""
    verbs = len(_FINITE.findall(gap)) + len(re.findall(r"\bdied\b", gap))
    return "," not in gap and verbs == 1 \
        and re.match(r"\s*[.”\"]", text[date.end:date.end + 3]) is not None


def _explicit(text: str, sentence: Span, mention: Mention, date: Mention) -> AsOf | None:
    """An "as of" / "by" frame of `date`, with no speech verb up to the number."""
    frame = _AS_OF.search(text[max(sentence.start, date.start - 45):date.start])
    between = text[min(mention.end, date.end):max(mention.start, date.start)]
    if frame is None or _speech(between) or re.search(r"[;:–—]|\s-\s", between):
        return None  # ("the region, about 80km north of Melbourne, has been the worst hit
        # - 550 homes ... as of 6pm": a dash ends the distance's clause)
    return AsOf(_clock_of(frame, _when(text, date)), daily=False, date=(date.start, date.end))


def _frame(text: str, sentence: Span, mention: Mention, date: Mention) -> AsOf | None:
    lead = text[max(sentence.start, date.start - 45):date.start]
    when = _when(text, date)
    frame = _AS_OF.search(lead)
    if frame:
        between = text[min(mention.end, date.end):max(mention.start, date.start)]
        if not _speech(between):
            return AsOf(_clock_of(frame, when), daily=False)
    if date.end <= mention.start:
        if _RISE_TO.fullmatch(text[max(sentence.start, date.start - 45):date.start]) \
                and re.fullmatch(r"\s+to\s+", text[date.end:mention.start]):
            return AsOf(when, daily=False)  # "the toll rose early today to at least 138"
        if _TOLL_SET.fullmatch(text, date.end, mention.start):
            return AsOf(when, daily=False)  # "early on Thursday raised the number of dead to"
        return _opening(text, sentence, mention, date, when)
    gap = text[mention.end:date.start]
    if _BARE_DAY.fullmatch(date.text) and (_PAST_VERB.search(gap) or _one_verb_to_end(
            text, gap, date)) and not _speech(gap) and not _CLAUSE_WORDS.search(gap) \
            and ";" not in gap:
        # "15 people were found dead, 100 remained missing and 62 homes were covered
        # Saturday": the day the list's last verb gives dates the whole list
        return AsOf(when, daily=False)
    introduced = _ON_BEFORE.search(gap) or date.text.lower().startswith(("on ", "early ", "late "))
    if re.search(r"[,;](?!\d)", gap) or not (introduced or gap.strip() == ""):
        return None
    if _CLAUSE_WORDS.search(gap):
        return None  # "582,000 since the exodus began on August 25"
    # ("reported missing on Tuesday night": what the people are, said that day)
    verbs = _FINITE.findall(_PERFECT_PASSIVE.sub(" ", _STATE_SAID.sub(" ", gap)))
    if len(verbs) == 1 and verbs[0].lower() in ("were", "was", "are", "is"):
        # "20,000 migrants were in Greece on Thursday": a state that day; not "were
        # inside at the time of the explosion on Tuesday" (the day of the noun before it)
        return None if re.search(r"\bthe\s+[a-z]+\s+$", gap) else AsOf(when, daily=False)
    if len(verbs) > 1 or (verbs and verbs[0].lower() not in _FLOW_VERBS):
        return None  # one verb of movement may stand between: "129,000 crossed ... on Saturday"
    return AsOf(_with_clock(text, mention, date, when), daily=not _PERFECT_PASSIVE.search(gap))


# a day with no "on" that can stand anywhere in its clause ("flocked Monday to dozens of
# shelters", "Friday sent about 3,000 residents", "toured the county yesterday while")
_DAY_WORD = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                       r"(?:\s+(?:morning|afternoon|evening|night))?|yesterday|today|tonight",
                       re.I)
# what ends a clause: punctuation, a quotation mark, a word that opens another clause
_CLAUSE_STOP = re.compile(r"[,;:()“”\"]|\.\s|\b(?:while|where|when|as|after|before|because|"
                          r"since|until|which|who|that|but)\b|\b(?:and|or)\s+(?=(?:then\s+)?"
                          r"(?:[a-z]+ed|is|are|was|were|has|have|had|they|he|she|it|we)\b)",
                          re.I)
# "arrived Friday with more than 10,000 blankets": what came along, no count of the day
_WITH = re.compile(r"\bwith\s+(?:(?:more|fewer|less)\s+than\s+|some\s+|about\s+|nearly\s+|"
                   r"almost\s+|over\s+|around\s+)?$", re.I)
# past forms _FINITE leaves out
_IRREGULAR = re.compile(r"\b(?:sent|brought|kept|found|got|put|gave|told|held|spent|fought|"
                        r"flew|drove|swept|tore|threw|shook|broke|sought|sank|led|fed)\b", re.I)


def _day_of_clause(text: str, sentence: Span, mention: Mention, date: Mention) -> AsOf | None:
    """A bare day in the count's own clause of one verb, wherever it stands."""
    if not _DAY_WORD.fullmatch(date.text):
        return None
    first, last = sorted((mention, date), key=lambda m: m.start)
    between = text[first.end:last.start]
    if _CLAUSE_STOP.search(between) or _speech(between) \
            or _WITH.search(text, sentence.start, mention.start):
        return None
    stops = [m for m in _CLAUSE_STOP.finditer(text, sentence.start, sentence.end)]
    start = max([m.end() for m in stops if m.end() <= first.start], default=sentence.start)
    end = min([m.start() for m in stops if m.start() >= last.end], default=sentence.end)
    clause = text[start:first.start] + " " + between + " " + text[last.end:end]
    verbs = _FINITE.findall(clause) + _IRREGULAR.findall(clause)
    if len(verbs) != 1 or _speech(clause):
        return None
    return AsOf(_when(text, date), daily=not _PERFECT.search(clause))


_WEEK_ENDING = re.compile(r"\b(?:in|during|over)\s+the\s+(?:week|seven\s+days|7\s+days)\s+"
                          r"(?:ending|ended|to|up\s+to|through)\s+(?:on\s+)?$", re.I)


_DAY_ENDING = re.compile(r"\b(?:in|during|over|within)\s+the\s+(?:past\s+|last\s+|"
                         r"previous\s+)?(?:24|twenty-four)\s+hours\s+(?:until|till|to|"
                         r"up\s+to|ending|ended|through)\s+(?:on\s+)?$", re.I)


def _week_ending(text: str, mention: Mention, date: Mention) -> AsOf | None:
    """"10,200 people had poured into the camp in the week ending on August 27": a
    count of the seven days up to that day, as of that day; "two more deaths were
    reported in the 24 hours until Sunday morning": of the day up to it."""
    if date.start < mention.end:
        return None
    weekly = _WEEK_ENDING.search(text, mention.end, date.start) is not None
    if not weekly and not _DAY_ENDING.search(text, mention.end, date.start):
        return None
    gap = text[mention.end:date.start]
    # "deaths were reported in the 24 hours until": the count's own verb, no speaker's
    own = _PASSIVE_REPORT.sub(" ", gap)
    if re.search(r"[;:]|[.]\s", gap) or _speech(own) or len(gap.split()) > 16:
        return None
    return AsOf(_when(text, date), daily=not weekly, weekly=weekly)


# "10,416 measles cases were seen between November 2022 until December 12": counted
# over a window, as of its last day
_WINDOW = re.compile(r"\s+(?:[a-z]+\s+){1,4}?(?:between|from)\s+(?:[\w,.]+\s+){1,4}?"
                     r"(?:and|until|till|to|through)\s+(?:on\s+)?$", re.I)


# "tallied 188,562 dengue cases from Jan. 1 to Aug. 3 this year": a count over a
# window of days said as one range, as of its last day
_OVER = re.compile(r"\s+(?:[a-z]+\s+){0,3}")
_RANGE_OPENING = re.compile(r"(?:from|between)\s", re.I)


def _counted_over(text: str, sentence: Span, mention: Mention,
                  mentions: list[Mention]) -> AsOf | None:
    for date in mentions:
        if date.kind == "date" and date.start >= mention.end and date.start < sentence.end \
                and not _single_day(date) and _OVER.fullmatch(text, mention.end, date.start) \
                and _RANGE_OPENING.match(date.text) \
                and date.interval.high is not None:
            return AsOf(ordinal_to_iso(date.interval.high), False, (date.start, date.end))
    return None


def _window_end(text: str, mention: Mention, date: Mention) -> AsOf | None:
    gap = text[mention.end:date.start]
    if date.start < mention.end or not _WINDOW.fullmatch(gap) or _speech(gap) \
            or re.search(r"[;:]|[.]\s", gap):
        return None
    return AsOf(_when(text, date), daily=False)


_PASSIVE_REPORT = re.compile(r"\b(?:were|was|have\s+been|has\s+been|had\s+been)\s+"
                             r"(?:reported|recorded|registered|confirmed)\b", re.I)


def _opening(text: str, sentence: Span, mention: Mention, date: Mention,
             when: str) -> AsOf | None:
    """A date opening its sentence or clause, a comma, then the count's clause."""
    before = text[sentence.start:date.start].strip(" “\"‘'")
    before = re.sub(r"(?:^|(?<=,))\s*(?:on|by|as of|as at)$", "", before, flags=re.I).strip()
    if before and not before.endswith((",", ":", ";")):
        return None
    # "On Monday (Dec. 15), 17 bodies were found": the bracket restates the day
    after_date = re.sub(r"^\s*\([^()\d]{0,12}\d[^()]{0,12}\)", "", text[date.end:mention.start])
    clock = _CLOCK.match(after_date)
    rest = after_date[clock.end():] if clock else after_date
    if not rest.lstrip().startswith(","):
        return None
    if _speech(rest) or len(rest.split()) > 4:
        return None
    clause = text[mention.end:_clause_end(text, mention.end, sentence.end)]
    return AsOf(when, daily=not _PERFECT.search(clause))


def _clause_end(text: str, start: int, end: int) -> int:
    found = re.search(r"[,;:.”\"]", text[start:end])
    return start + found.start() if found else end


def _with_clock(text: str, mention: Mention, date: Mention, when: str) -> str:
    """"between midnight and 7 am on Sunday": the hour written just before the day."""
    clock = _CLOCK_BEFORE.search(text[mention.end:date.start])
    if clock is None or "T" in when:
        return when
    return at_hour(when, clock.group(1), clock.group(2), clock.group(3))


def _clock_of(frame: re.Match, when: str) -> str:
    """"as of 12:00 pm (0300 GMT) Monday": the hour written before the day."""
    if frame.group("clock") is None or "T" in when:
        return when
    return at_hour(when, frame.group("h"), frame.group("m"), frame.group("ap"))


def at_hour(day: str, hour: str, minute: str | None, half: str) -> str:
    """`day` at a 12-hour clock's time ("8", None, "a" -> dayT08:00); `day` alone
    when the minutes are no minutes."""
    h, m = int(hour) % 12 + (12 if half.lower() == "p" else 0), int(minute or 0)
    return f"{day}T{h:02d}:{m:02d}" if m < 60 else day


def _speech(piece: str) -> bool:
    """A speech verb in `piece`; "confirmed dead", "reported missing" say what the
    people are, not who speaks."""
    piece = re.sub(r"\b\w+\s+(?:as\s+)?(?:dead|missing|killed|injured|wounded)\b", " ", piece)
    # "196 confirmed cases", "reported deaths": an adjective of the count
    piece = re.sub(r"\b\w+ed\s+(?:cases|deaths|infections|fatalities)\b", " ", piece)
    # "have been recorded as of 9 a.m.", "were reported": a passive names no speaker
    piece = re.sub(r"\b(?:been|was|were|is|are|be)\s+(?:\w+ly\s+)?\w+ed\b", " ", piece)
    return any(word.lower() in VERBS for word in re.findall(r"[A-Za-z]+", piece))


def _single_day(mention: Mention) -> bool:
    iv = mention.interval
    return iv is not None and iv.low is not None and iv.low == iv.high


def _when(text: str, date: Mention) -> str:
    day = ordinal_to_iso(date.interval.low)
    clock = _CLOCK.match(text[date.end:date.end + 20])
    if clock is None:
        return day
    if clock.group(1) is not None:
        return at_hour(day, clock.group(1), clock.group(2), clock.group(3))
    hour, minute = int(clock.group(4)), int(clock.group(5))  # "at 07:00": a 24-hour clock
    return day if hour > 23 or minute > 59 else f"{day}T{hour:02d}:{minute:02d}"
