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
on Sunday", "42,000 people arrived today at 7am") is *daily*: its measure says so
(`poland.arrived_daily`), as a cumulative total it is not.
The date is a date-time when the text gives the hour ("at 7am", "at 07:00").
"""

from __future__ import annotations

import re

from ..grammar.clauses import TIME_ZONES
from ..grammar.quantity import TEMPERATURES
from .asof_clauses import day_of_clause
from .asof_openings import FINITE, opening
from .asof_windows import (counted_over, listed_before, parts_of_before, range_before,
                           recorded_on, week_before, week_ending, window_end)
from .clocks import (AMOUNT_KINDS, COUNT_KINDS, HOUR, AsOf, at_hour, clock_before_day,
                     frame_clock, single_day, when_of)
from .distance import from_a_point
from .factbox import factbox_introduction
from .mention import Mention
from .readings import level_reading, reading_date
from .speaker_phrases import speech_in
from .text import Span

_A_SPEED = re.compile(r"/ hour|knot")  # a wind's speed, read on a day as a temperature is
_AS_OF = re.compile(r"\b(?:as\s+of|as\s+at|as\s+on|by(?:\s+the\s+(?:early|late)\s+"
                    r"(?:hours|morning|evening|afternoon)(?:\s+of)?)?|up\s+to|"
                    # "27 persons were pulled out alive till July 1": counted up to it
                    r"(?P<till>(?:up\s+)?(?:till|until)))\s+"
                    # "died till the afternoon of June 16": the day's part, the day
                    # ("As of late afternoon on Friday")
                    r"(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+|(?:(?:late|early)\s+)?"
                    r"(?:morning|afternoon|evening)\s+)?"
                    # ("as of shortly after 10 a.m. Monday": near the hour, the day alone)
                    r"(?:about\s+|around\s+|(?P<near>(?:shortly|just)\s+(?:after|before)\s+))?"
                    r"(?P<clock>(?:(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?\s*"
                    r"(?P<ap>[ap])\.?\s?m\b\.?|(?P<noon>noon|midday))\s*"
                    # ("As of 10 p.m. ET Sunday": the hour as the text's zone gives it;
                    # "As of 6 p.m. local time on Friday": the place's)
                    rf"(?:{TIME_ZONES}\s+|local\s+time\s+)?"
                    r"(?:\([^()]{0,20}\)\s*)?(?:on\s+)?)?"
                    # "By 1500 GMT Tuesday": a 24-hour clock in UTC
                    r"(?P<utc>(?P<uh>[01]\d|2[0-3]):?(?P<um>[0-5]\d)\s*(?:GMT|UTC)\s+(?:on\s+)?)?"
                    # "by 06.00 local time on August 7": a 24-hour clock of the place
                    # ("by 21:30 on 04 January, 2017": with a colon, the time of the place)
                    r"(?P<local>(?P<lh>[01]\d|2[0-3])(?:[:.](?P<lm>[0-5]\d)\s*(?:hrs\s+|hours\s+)?"
                    r"local\s+time|:(?P<lc>[0-5]\d))\s+(?:on\s+)?)?"
                    r"(?:(?:early|late|mid)\s+)?$", re.I)
# "170 bodies had been recovered but that figure rose to 400 by Monday": the frame is
# the other clause's (not "Ten people have died in Paraguay, while in Uruguay, two deaths
# have been reported ... as of Tuesday": one list, one frame)
# "As [on Sunday morning],": the day's mention holds the "on"
_AS_ON = re.compile(r"(?:^\s*|[,;]\s+)[Aa]s\s+$")
_CONTRAST = re.compile(r"\bbut\b")
_POSSESSIVE = re.compile(r"['’]s\b")
_TO_COME = re.compile(r"\b(?:(?:expected|forecast|predicted|likely|set|due)\s+to|will|would)\s",
                      re.I)
_ON_BEFORE = re.compile(r"\b(?:on|early|late|early on|late on)\s+$", re.I)
_PERFECT_PASSIVE = re.compile(r"\b(?:had|has|have)\s+been\s+\w+(?:ed|en)\b", re.I)
# ("Some 7,000 households ... remain without power on Sunday evening")
_STILL = re.compile(r"\b(?:were|was|are|is|remained|remain|remains)\s+still\b|\bstill\s+"
                    r"(?:remained|remain|remains|missing|trapped|stranded)\b|\b(?:remained|"
                    r"remain|remains)\s+(?:without|in|under|stranded|trapped|missing|cut\s+off|"
                    r"homeless|displaced|isolated)\b", re.I)
# a count going on that day, not one state with a clause of its own ("two were missing
# as the typhoon made landfall early yesterday": the landfall's day)
_PROGRESSIVE = re.compile(r"\s*(?:[a-z]+\s+){0,3}?(?:were|was)\s+(?:being\s+[a-z]{3,}(?:ed|en)|"
                          r"(?!missing)[a-z]{3,}ing)\b(?!.*\bas\s)", re.I)
# a list of names in the count's clause, whose commas break no clause ("households in
# Savo, North Karelia and Central Finland remain without power on Sunday evening")
_NAME_LIST = re.compile(r"\s[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?:,\s+[A-Z][\w'’-]*(?:\s+"
                        r"[A-Z][\w'’-]*)*)+,?\s+and\s+")
_WITHOUT = re.compile(r"\b(?:were|was|are|is)\s+without\b", re.I)
_FLOW_VERBS = frozenset("""crossed arrived entered fled left reached departed escaped
returned""".split())
_CLAUSE_WORDS = re.compile(r"\b(?:since|after|before|when|until|that|which|who|while|because)\b",
                           re.I)
# "the toll rose early today to", "the council updated its death toll on Wednesday to"
_RISE_TO = re.compile(r".*\b(?:rose|climbed|jumped|risen|grew|reached|increased|"
                      r"(?:updated|raised|revised)\s+(?:its|the|their)\s+(?:death\s+)?"
                      r"(?:toll|tally|count|figures?|estimate))(?:\s+(?:early|late))?\s+", re.S)
# the hedges between a toll's verb and its number
_HEDGES = r"(?:(?:at\s+least|more\s+than|over|about|around|nearly|some)\s+)*"
# a toll risen to the count, its day after it ("rose to 12 dead ... on Tuesday")
_RISEN_TO = re.compile(r"\b(?:rose|climbed|jumped|risen|grew|increased|stood)\s+(?:to|at)\s+"
                       + _HEDGES + "$", re.I)
# a toll and its day, then the count: "The toll last Friday stood at 24"
_TOLL_ON_DAY = re.compile(r"\b(?:toll|tally|count|number|figure)\s+(?:on\s+|as\s+of\s+)?$", re.I)
_STOOD_AT = re.compile(r"\s+(?:stood|was|rose|climbed|reached|hit)\s+(?:at\s+|to\s+)?" + _HEDGES,
                       re.I)
# a toll set on a day: "The Philippines early on Thursday raised the number of confirmed
# dead from Ketsana to 277", "On Friday, the ministry put the death toll at 36": the
# count as of that day (the day a toll is set is the day it counts to)
_TOLL_SET = re.compile(r",?\s+(?:[\w'’-]+\s+){0,4}?(?:raised|revised|updated|put|brought|lifted|"
                       r"increased|set|estimated)\s+(?:its|the|their)\s+(?:[\w-]+\s+){0,2}?(?:"
                       r"number|toll|tally|count|figure)(?:\s+of\s+[^,;.\d]{1,60}?)?\s+(?:to|at)\s+"
                       + _HEDGES, re.I)
_EVENT_VERB = re.compile(r"\b(?:started|began|begun|erupted|broke\s+out|struck|ended|"
                         r"made\s+landfall)\s+$", re.I)
_PART_ASIDE = re.compile(r",\s*(?:among\s+(?:them|whom)|of\s+(?:them|whom))\s+"
                         r"(?:[^,;:.]|[,.](?=\d)){1,50},")
# what caused the count, then its day: the day is the cause's
_CAUSE_ON = re.compile(r"\b(?:as\s+a\s+result\s+of|caused\s+by|due\s+to|following|in\s+the\s+"
                       r"wake\s+of)\s+(?:the|a|an|this|last)\s+[^,;:.]{0,70}?\s+(?:on|early|late)"
                       r"?\s*$", re.I)
_BARE_DAY = re.compile(r"(?:(?:early|late)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                       r"Saturday|Sunday)", re.I)
# "displaced by Boko Haram's Sunday attack": the day names the event, no count's day
_EVENT_NOUN = re.compile(r"\s+(?:attacks?|raids?|assault|offensive|massacre|bombing|shelling|"
                         r"blasts?|explosion|quake|earthquake|storm|eruption|landslide|crash)\b")
_PAST_VERB = re.compile(r"\b(?:were|was)\s+(?:\w+\s+)?[a-z]{3,}(?:ed|en)\s+$")
# a noun right before the day that the day may be of ("at the time of the explosion on
# Tuesday"); not a place's ("without power in districts along the coast on Tuesday")
_NOUN_ON_DAY = re.compile(r"\bthe\s+(?!(?:coast|area|region|city|town|country|state|province|"
                          r"border|island|capital)\s+$)[a-z]+\s+$")


def as_of(text: str, sentence: Span, mention: Mention,
          mentions: list[Mention], ahead: bool = True) -> AsOf | None:
    """The as-of frame of a number; `ahead` False: not from a list's later counts."""
    if mention.kind not in COUNT_KINDS | AMOUNT_KINDS:
        return None
    if mention.kind in COUNT_KINDS and re.match(r"-[a-z]", text[mention.end:mention.end + 2]):
        return None  # "a 24-storey block of flats", "the 120-bed hospital": what the thing
        # is, never a count of a day (and that day stays the fire's own claim)
    dates = [m for m in mentions if m.kind == "date" and single_day(m)
             and sentence.start <= m.start < sentence.end]
    if mention.unit in TEMPERATURES or _A_SPEED.search(mention.unit or ""):
        # "temperatures on Tuesday hit 45 degrees", "Winds reached about 69km/h on Friday"
        # (a speed's day after it: "made landfall Saturday ... with winds of 127 mph"
        # is the landfall's day)
        if mention.unit not in TEMPERATURES:
            framed = [f for f in (_explicit(text, sentence, mention, d) for d in dates
                                  if d.end <= mention.start) if f is not None]
            if framed:
                return framed[-1]  # "By 1500 GMT Tuesday, ... winds of about 165 kph"
            dates = [d for d in dates if d.start >= mention.end]
        return _read_on(text, mention, dates)
    if mention.kind in AMOUNT_KINDS and from_a_point(text, mention):
        return None  # "the town of Omsukchan, 420 kilometers northwest of Magadan city,
        # ... as of Thursday": where a place lies has no day
    if mention.kind in AMOUNT_KINDS:  # "By Friday, flights had delivered 300 tonnes":
        framed = next((f for f in (_explicit(text, sentence, mention, d) for d in dates)
                       if f is not None), None) or _rain_window_end(text, sentence, mention,
                                                                    dates)  # "as of", "by",
        if framed is not None or not level_reading(text, sentence, mention):
            return framed  # or a water level read on a day
        return _read_on(text, mention, [d for d in dates if not _POSSESSIVE.match(text, d.end)
                                        and not re.search(r"['’]s$", d.text)])
        # ("Saturday's storm caused water levels to rise": the storm's day)
    window = counted_over(text, sentence, mention, mentions) \
        or range_before(text, sentence, mention, mentions)
    if window is not None:
        return window
    # the nearest frame first: "247,798 ... as of April 30, compared to 248,719 as of
    # April 15" (the second count's own "as of" is the one after it)
    for date in sorted(dates, key=lambda d: min(abs(d.start - mention.end),
                                                abs(mention.start - d.end))):
        if date.start > mention.end and _EVENT_VERB.search(text, mention.end, date.start):
            continue  # "The two fires started Monday": the fires' start, not their count's
        if re.match(r"['’]s\b", text[date.end:date.end + 3]) or re.search(r"['’]s$", date.text) \
                or _EVENT_NOUN.match(text, date.end) \
                or (date.start > mention.end and _CAUSE_ON.search(text, mention.end, date.start)):
            continue  # "affected by Sunday's eruption", "dead as a result of the explosion
            # of the Fuego volcano in Guatemala on Sunday": the event's day, no count's
        found = week_ending(text, mention, date) or recorded_on(text, mention, date) \
            or window_end(text, mention, date) \
            or _frame(text, sentence, mention, date) \
            or day_of_clause(text, sentence, mention, date)
        if found is not None and (later := _and_later(text, date, dates)) is not None:
            # "almost 300 refugees on Sunday and Monday": all moved by the second day
            return AsOf(when_of(text, later), False, (date.start, date.end), found.weekly)
        if found is not None:
            return AsOf(found.when, found.daily, (date.start, date.end), found.weekly)
    listed = _listed_after(text, sentence, mention, mentions)
    if listed is not None and dates:
        # "On December 25, a total of 235 cases, 13 new deaths and zero new suspected
        # cases were recorded": the list's later items share its first one's frame
        return as_of(text, sentence, listed, mentions, ahead)
    return week_before(text, sentence, mention, mentions,
                       lambda other: as_of(text, sentence, other, mentions)) \
        or (ahead or None) and listed_before(
            text, sentence, mention, mentions,
            lambda other: as_of(text, sentence, other, mentions, ahead=False)) \
        or parts_of_before(text, sentence, mentions,
                           lambda other, before: as_of(text, before, other, mentions)) \
        or _introduced(text, mention, mentions)


def _introduced(text: str, mention: Mention, mentions: list[Mention]) -> AsOf | None:
    """"Here are the figures reported as of January 26, 2019:" above "Metro Manila: 441
    cases, five deaths": each line under the introduction is as of its day."""
    introduction = factbox_introduction(text, mention.start)
    if introduction is None:
        return None
    for date in mentions:
        if date.kind == "date" and single_day(date) \
                and introduction[0] <= date.start < introduction[1]:
            frame = _AS_OF.search(text[max(introduction[0], date.start - 45):date.start])
            if frame is not None and not frame.groupdict().get("till"):
                return AsOf(frame_clock(frame, when_of(text, date)), daily=False,
                            date=(date.start, date.end))
    return None


_RAIN = re.compile(r"\b(?:rain\w*|snow\w*|precipitation)\b", re.I)
_WINDOW_OPENS = re.compile(r"\b(?:between|from|(?:in|over|during)\s+the\s+(?:last|past))\s", re.I)
_WINDOW_CLOSES = re.compile(r"\b(?:and|to|until|till|through)\s+(?:\d{1,2}[:.]\d{2}\s+)?$", re.I)


def _rain_window_end(text: str, sentence: Span, mention: Mention,
                     dates: list[Mention]) -> AsOf | None:
    """"between Wednesday 29 March at 17:30 and Friday 31 March at 21:00, as much as
    287.5 mm of rain fell", "in the last 13 days (to 07 April) ... recorded 393.4 mm":
    rain over a window is as of the window's last day (not of any one day it fell)."""
    if mention.unit not in ("millimeter", "centimeter", "inch") \
            or not _RAIN.search(text, sentence.start, sentence.end):
        return None
    opener = _WINDOW_OPENS.search(text, sentence.start, sentence.end)
    if opener is None:
        return None
    ends = [d for d in dates if d.start > opener.end() and _WINDOW_CLOSES.search(
        text, max(opener.end(), d.start - 25), d.start)]
    return AsOf(when_of(text, ends[-1]), daily=False) if ends else None


_STATE_SAID = re.compile(r"\b(?:reported|confirmed|listed|declared)\s+(?:as\s+)?(?:missing|dead)\b",
                         re.I)
# between two items of a list of counts: the first's own words, a comma or "and"
_LIST_JOIN = re.compile(r"[ \t]+(?:[a-z]+[ \t]+){0,3}?[a-z]+"
                        r"(?:,[ \t]+(?:(?:and|with|including|among[ \t]+them)[ \t]+)?|"
                        r"[ \t]+(?:and|with)[ \t]+)"
                        r"(?:(?:another|a[ \t]+further)[ \t]+)?")  # "313 cases, including 280"


def _and_later(text: str, date: Mention, dates: list[Mention]) -> Mention | None:
    return next((d for d in dates if d.start > date.end and re.fullmatch(
        r"\s+and\s+(?:on\s+)?", text[date.end:d.start]) and d.interval.low > date.interval.low),
        None)


def _listed_after(text: str, sentence: Span, mention: Mention,
                  mentions: list[Mention]) -> Mention | None:
    """The count this one follows in a list ("235 cases, 13 new deaths and zero"), or
    None."""
    before = [m for m in mentions if sentence.start <= m.start and m.end <= mention.start
              and m.kind in COUNT_KINDS]
    if not before or not _LIST_JOIN.fullmatch(text, before[-1].end, mention.start):
        return None
    return before[-1]


def _one_verb_to_end(text: str, gap: str, date: Mention) -> bool:
    """"two people died due to floods in Lakhimpur and Morigaon districts Tuesday.":
    one past verb, no comma, and the day ends the sentence."""
    verbs = len(FINITE.findall(gap)) + len(re.findall(r"\bdied\b", gap))
    return "," not in gap and verbs == 1 \
        and re.match(r"\s*[.”\"]", text[date.end:date.end + 3]) is not None


def _explicit(text: str, sentence: Span, mention: Mention, date: Mention) -> AsOf | None:
    """An "as of" / "by" frame of `date` that reaches the number."""
    frame = _AS_OF.search(text[max(sentence.start, date.start - 45):date.start]) or (
        _AS_ON.search(text[sentence.start:date.start])
        if date.text.lower().startswith("on ") else None)  # "As on Sunday morning,"
    between = text[min(mention.end, date.end):max(mention.start, date.start)]
    if frame is None or (frame.groupdict().get("till") and not _opens(text, sentence, date,
                                                                       frame)) \
            or _spoken_over(frame, between, date.end <= mention.start) \
            or re.search(r"[;–—]|(?<!\d):|:(?!\d)|\s-\s", between) or _TO_COME.search(between):
        return None  # ("the region, about 80km north of Melbourne, has been the worst hit
        # - 550 homes ... as of 6pm": a dash ends the distance's clause; "rose to 7.29
        # meters ..., was expected to ... reach its peak by Tuesday": what is to come by it)
    return AsOf(frame_clock(frame, when_of(text, date)), daily=False, date=(date.start, date.end))


def _opens(text: str, sentence: Span, date: Mention, frame: re.Match) -> bool:
    """Whether the frame opens its sentence: "Till 8.30 a.m. on October 26, the district
    received 45.6 mm" is up to then."""
    return not text[sentence.start:max(sentence.start, date.start - 45) + frame.start()].strip()


def _read_on(text: str, mention: Mention, dates: list[Mention]) -> AsOf | None:
    """The day a reading was taken, its clause naming it."""
    read = reading_date(text, mention, dates, speech_in)
    if read is None:
        return None
    when, hour = when_of(text, read), _AT_HOUR.search(text, max(0, read.start - 20), read.start)
    if hour is not None and "T" not in when:  # "30cm deep at midday on Friday"
        when = at_hour(when, hour[1] or "12", hour[2], hour[3] or "p")
    return AsOf(when, False, (read.start, read.end))


_AT_HOUR = re.compile(r"\bat\s+" + HOUR + r"\s+(?:on\s+)?$", re.I)


def _spoken_over(frame: re.Match, between: str, opening: bool) -> bool:
    """A speech verb between the number and a "by" frame after it: "40 died, the
    ministry said by Monday" may date the saying. "As of" says what stood then,
    whoever tells it ("As of July 7, the country reported a total of 2,379,397
    infections"), and so does a "by" that opens the clause ("By Sunday, the UNHCR
    estimated that there were only 25,000")."""
    return speech_in(between) and not (opening or frame.group(0).lower().startswith("as"))


def _frame(text: str, sentence: Span, mention: Mention, date: Mention) -> AsOf | None:
    lead = text[max(sentence.start, date.start - 45):date.start]
    when = when_of(text, date)
    frame = _AS_OF.search(lead)
    if frame and frame.group("till") and mention.unit != "person" \
            and not _opens(text, sentence, date, frame):
        frame = None  # "cancelled 19 trains till January 31": how long, not up to when
    if frame:
        between = text[min(mention.end, date.end):max(mention.start, date.start)]
        if not _spoken_over(frame, between, date.end <= mention.start) \
                and not (date.start >= mention.end and _CONTRAST.search(between)):
            return AsOf(frame_clock(frame, when), daily=False)
    if date.end <= mention.start:
        if _RISE_TO.fullmatch(text[max(sentence.start, date.start - 45):date.start]) \
                and re.fullmatch(r"\s+to\s+", text[date.end:mention.start]):
            return AsOf(when, daily=False)  # "the toll rose early today to at least 138"
        if _TOLL_ON_DAY.search(text, max(sentence.start, date.start - 30), date.start) \
                and _STOOD_AT.fullmatch(text, date.end, mention.start):
            return AsOf(when, daily=False)  # "The toll last Friday stood at 24"
        if _TOLL_SET.fullmatch(text, date.end, mention.start):
            return AsOf(when, daily=False)  # "early on Thursday raised the number of dead to"
        return opening(text, sentence, mention, date, when)
    # ("4,079 illegal entrants, among them 1,026 children, were caught ... on Saturday":
    # the aside of a part leaves the count's clause whole)
    gap = _PART_ASIDE.sub(" ", text[mention.end:date.start])
    if _STILL.search(gap) or _WITHOUT.search(gap):  # a list of names keeps a state's
        gap = _NAME_LIST.sub(" places and ", gap)  # clause whole (not "engulfed several
        # areas of X, Y and Z on Sunday": the storm's day)
    if _RISEN_TO.search(text, max(sentence.start, mention.start - 40), mention.start) \
            and not re.search(r"[,;:]|\b(?:as|when|after|before|since|while|but|that|which|"
                              r"who|where|from|following)\b", gap):
        return AsOf(when, daily=False)  # "The toll rose to 12 dead and 134 injured on Tuesday"
    if _BARE_DAY.fullmatch(date.text) and (_PAST_VERB.search(gap) or _one_verb_to_end(
            text, gap, date)) and not speech_in(gap) and not _CLAUSE_WORDS.search(gap) \
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
    if _STILL.search(gap) and not speech_in(gap):
        # "340 vehicles were still snowed in at 6 p.m. on Sunday": a state that day
        return AsOf(clock_before_day(text, mention, date, when), daily=False)
    if _PROGRESSIVE.match(gap) and not speech_in(gap):
        # "Some 300 firefighters were combating the flames on Friday", "2,000 people
        # were being evacuated on Wednesday morning": what went on that day
        return AsOf(clock_before_day(text, mention, date, when), daily=False)
    verbs = FINITE.findall(_AUXILIARY.sub("", _STATE_SAID.sub(" ", _PERFECT_PASSIVE.sub(" ", gap))))
    if len(verbs) == 1 and verbs[0].lower() in ("were", "was", "are", "is"):
        # "20,000 migrants were in Greece on Thursday": a state that day; not "were
        # inside at the time of the explosion on Tuesday" (the day of the noun before it)
        return None if _NOUN_ON_DAY.search(gap) or re.search(r"\d", gap) \
            else AsOf(when, daily=False)  # (nor a day after another count: "one of 26 fires")
    if len(verbs) > 1 or (verbs and verbs[0].lower() not in _FLOW_VERBS):
        return None  # one verb of movement may stand between: "129,000 crossed ... on Saturday"
    return AsOf(clock_before_day(text, mention, date, when),  # (what "had" crossed: all so far)
                daily=not (_PERFECT_PASSIVE.search(gap) or _AUXILIARY.search(gap)))


# ("some 8,000 had crossed the border on Monday": one verb, its auxiliary no other)
_AUXILIARY = re.compile(r"\bhad\s+(?=[a-z]{3,}ed\b|fled|left)", re.I)
