"""Where a date or a duration stands to the event words around it (events.py): an
event noun it stands right before ("the September invasion"), a day an event is said
to have done something on ("destroyed on Monday by a landslide"), a lag from another
event ("a day after a tsunami"), a cue cut off by a clause break, the days of another
thing ("three days of rain")."""

from __future__ import annotations

import bisect
import re

from ..interval import ordinal_to_iso
from .clauses import BREAK
from .event_ranks import a_day
from .lexicon import Hit
from .mention import Mention
from .periods import LEVEL_VERB
from .text import Span

_SHORT_FORM = re.compile(r"\s\([A-Z][A-Za-z]{1,7}\)")  # "(TPLF)", "(UNHCR)"


def other_year(label: str, mention: Mention) -> bool:
    """A date of another year than the year its event's name carries."""
    year = re.search(r"_(\d{4})$", label)
    if year is None or mention.kind != "date" or mention.interval is None:
        return False
    return ordinal_to_iso(mention.interval.low)[:4] != year.group(1)


def broken(text: str, cue: Hit, mention: Mention) -> bool:
    """A clause break between a cue and the date, or a cue that is an adjective; a
    short form in brackets is part of the name before it ("launched the campaign
    against the TPLF (TPLF) on November 4")."""
    gap = text[min(cue.end, mention.end):max(cue.start, mention.start)]
    if cue.start >= mention.end and _OPENS_SENTENCE.search(text, max(0, mention.start - 12),
                                                           mention.start):
        gap = re.sub(r"^\s*,", " ", gap)  # "On 13 April, armed clashes occurred": the
        # sentence's day, its comma no break
    return bool(BREAK.search(_SHORT_FORM.sub("", gap))) or adjectival(text, cue)


_OPENS_SENTENCE = re.compile(r"(?:^|[.!?]\s+|\n)[\s\"“]*(?:(?:On|In|By|Early|Late)\s+)?"
                             r"(?:the\s+)?$")


def no_event_day(text: str, mention: Mention) -> bool:
    """A date whose cue dates no event: the day people began their work, a day as of
    which things stood, or the end of a window ("The tornadoes hit during a 24-hour
    period from 7 a.m. Saturday to 7 a.m. Sunday": Sunday is no day the tornadoes hit)."""
    return people_began(text, mention) or _AS_OF.search(
        text, max(0, mention.start - 40), mention.start) is not None or _RAIN_SINCE.search(
        text, max(0, mention.start - 40), mention.start) is not None or (
        _TO_CLOCK.search(text, max(0, mention.start - 30), mention.start) is not None
        and _FROM.search(text, max(0, mention.start - 90), mention.start) is not None)


# "As of shortly after 10 a.m. Monday, only 10 customers remained without power, down
# from 70,000 in the hours immediately following the quake": a day things stood
_AS_OF = re.compile(r"\bas\s+(?:of|at)\s+(?:[\w.:]+\s+){0,4}$", re.I)


# "a landslide ... triggered by heavy rainfall since last night": the rain's start, which
# the lexicon names no event, not the landslide's
# ("heavy rains since Monday" is the lexicon's own event, `rains.start`)
_RAIN_SINCE = re.compile(r"\b(?:rain|rainfall|downpour|showers)\s+since\s+$", re.I)


# ("to", not "until": "from Monday until Friday" ends the rains on Friday)
_TO_CLOCK = re.compile(r"\bto\s+(?:\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?\s+)?$", re.I)
_FROM = re.compile(r"\bfrom\s+(?:\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?\s+)?[A-Z]?[a-z]+day\b")


def people_began(text: str, mention: Mention) -> bool:
    """"as residents began Saturday to assess the damage": the day their work began,
    no event's start."""
    return _PEOPLE_BEGAN.search(text, max(0, mention.start - 60), mention.start) is not None \
        and _TO_DO.match(text, mention.end) is not None


_PEOPLE_BEGAN = re.compile(r"\b(?:residents|people|officials|crews|workers|rescuers|families|"
                           r"authorities|volunteers|survivors|villagers|teams)\s+"
                           r"(?:have\s+|had\s+)?(?:began|begun|started)\s+$", re.I)
_TO_DO = re.compile(r"\s+to\s+[a-z]+")


# "the devastated town of Gizo Tuesday", "the badly flattened village", "storm-ravaged":
# a state the place is in, not the day the event did it ("that" is a relative:
# "the fire that started Thursday")
_DETERMINED = re.compile(r"(?:(?<![\w'’])(?:the|a|an|its|their|these|those|his|her|our)"
                         r"\s+(?:[a-z]+ly\s+)?|\w-)$", re.I)


def adjectival(text: str, cue: Hit) -> bool:
    """A participle cue used as an adjective ("the outbreak" stays a noun)."""
    return text[cue.start:cue.end].lower().endswith("ed") \
        and bool(_DETERMINED.search(text, max(0, cue.start - 30), cue.start))


# "Wednesday morning's disaster", "Sunday's quake": the day owns the event
_POSSESSED = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?['’]s\s+(?:[a-z]+\s+)?")
# a date read with its "'s" ("Saturday’s"): at most one adjective before the event noun
_OWNER_DAY = re.compile(r"['’]s$")
_ONE_ADJECTIVE = re.compile(r"\s+(?:[a-z]+\s+)?")


# "destroyed on Monday by a landslide", "flattened Sunday by a 7.5-magnitude quake",
# "collapsed on Sunday when the quake struck": the event did it that day; "killed
# Saturday when the group were caught by the avalanche": the day of the avalanche
BY_EVENT = re.compile(r"\s*,?\s*(?:(?:by|when|as|after|in|during|when\s+(?:[\w-]+\s+){1,5}?"
                      r"(?:was|were|got)\s+[a-z]+\s+(?:by|in|under))\s+(?:the\s+|a\s+|an\s+)?"
                      r"(?:[a-z]+\s+){0,2}|by\s+an?\s+(?:[a-z]+\s+){0,2}(?:[\d.]+-[a-z]+\s+|"
                      r"magnitude[\s-]+[\d.]+\s+))")  # (the agent's size: only after "by")


def by_event(text: str, mention: Mention, event: Hit, hits: list[Hit]) -> bool:
    """Whether the event after the date did what the clause tells that day ("destroyed
    on Monday by a landslide"); not when rescuers act that day after it ("Rescue workers
    ferried victims from remote mountain areas Saturday after powerful earthquakes rolled
    over the countryside": CBS, the quakes were Friday's)."""
    found = BY_EVENT.fullmatch(text, mention.end, event.start)
    return found is not None and not (
        found.group().lstrip(" ,").startswith("after") and any(
            h.table == "objects" and h.name == "rescuers" and h.end <= mention.start
            for h in hits))


SINCE = re.compile(r"\b(?:since|from)\s+$", re.I)  # "since Aug. 30": a start
# "first erupted on Tuesday, a day after a tsunami pounded": a lag from another event
# ("But not this weekend, not after the deadly quake": a time after it)
LAG_TO = re.compile(r"\s*,?\s*(?:(?:a|an|one|two|three|four|five|six|seven|\d+)\s+(?:days?|weeks?|"
                    r"months?|hours?)\s+(?:after|before)|not\s+after)\s+")
# "bringing out dozens of bodies on Friday afternoon after the fire was extinguished":
# a day after the event was over, never its start
AFTER_ITS_END = re.compile(r"\s*,?\s*(?:after|once|when)\s+(?:the|a|an|this)\s+(?:[a-z-]+\s+){1,3}?"
                           r"(?:was|were|had\s+been|has\s+been|had)\s+(?:finally\s+)?"
                           r"(?:extinguished|put\s+out|doused|contained|brought\s+under\s+control|"
                           r"ended|subsided|receded|over|lifted|passed)\b")
# a past verb of someone's act before the day: the day is that act's (a place between:
# "flee flames pushed by winds in central Montana on Wednesday, while a fire ...")
DONE_BEFORE = re.compile(r"\b(?!(?:hit|struck|erupted|began|started|occurred|happened)\b)"
                         r"(?:[a-z]{3,}ed|dug|ran|sat|went|came|took|held|kept|stood|fought|"
                         r"raced|met|spent|sought)\s+(?:[a-z][a-z-]*\s+|(?!(?:In|On|At|The|"
                         r"By|For|After|Since)\b)[A-Z][a-z-]+\s+){0,10}?$"  # (no "--" aside)
                         # "Rescuers searching Tuesday for dozens missing after a ferry sank"
                         r"|\b(?!(?:making|hitting|striking|beginning|starting|erupting)\b)"
                         r"[a-z]{3,}ing\s+(?:on\s+|early\s+|late\s+)?$")


def clause_start(text: str, sentence: Span, mention: Mention) -> int:
    cuts = [m.end() for m in BREAK.finditer(text, sentence.start, mention.start)]
    return max([sentence.start, *cuts])


def of_another(text: str, mention: Mention, event: Hit) -> bool:
    """"The floods, following three consecutive days of rain": the days are the rain's,
    a thing the lexicon lists as no event; "three days of fighting" are the event's."""
    of = re.match(r"\s+of\s+(?:[a-z]+\s+)?[a-z]", text[mention.end:mention.end + 40])
    return of is not None and not mention.end <= event.start <= mention.end + of.end()


def attached_event(text: str, mention: Mention, events: list[Hit]) -> Hit | None:
    """An event noun the date stands right before ("the September invasion", "the
    1923 Great Kanto Earthquake", "the March 11 catastrophe", "Wednesday morning's
    disaster"), or a named event the date follows ("Cyclone Sidr in 2007")."""
    for hit in sorted(events, key=lambda h: h.start):
        if hit.start >= mention.end:
            gap = text[mention.end:hit.start]
            if re.fullmatch(r"\s+(?:[A-Z][\w-]*\s+){0,3}", gap) or _POSSESSED.fullmatch(gap) or (
                    hit.table == "named" and gap.strip() == "") or (
                    _OWNER_DAY.search(mention.text) and _ONE_ADJECTIVE.fullmatch(gap)):
                return hit  # ("Saturday’s heavy storm": the day owns the storm)
        elif hit.table == "named" and re.fullmatch(r"\s+in\s+", text[hit.end:mention.start]):
            return hit
    return None


# events of one moment whose word also names a lasting thing or sits in a clause of
# its own ("a fire", "left homeless by a tsunami"): a date is their start only inside
# the event's own phrase ("the fire at Kostenko mine on Oct. 28"), not past a verb
# ("by a tsunami ventured back into Gizo Tuesday", "the fires have led ... from Thursday")
PHRASE_INSTANT = frozenset({"lightning", "fire", "tsunami"})
_VERB_OR_BREAK = re.compile(r"[,;:.]|\b(?:(?!building|morning|evening|ceiling)\w+ing|\w+ed|"
                            r"was|were|is|are|has|have|had|from)\b", re.I)

# weather whose date stands right after its noun is when it began ("torrential rains on
# Saturday", "a massive flash flood on Sunday", "Heavy storms on Monday afternoon": gold
# writes the start 20 times of 22); a day further off may be a day of it ("the floods
# have ... since", "the storm was 200 km off on Tuesday")
ADJACENT_INSTANT = frozenset({"flood", "rains", "storm"})
_ADJACENT = re.compile(r"\s+(?:(?:early|late)\s+)?")


def dated_right_after(text: str, event: Hit, mention: Mention) -> bool:
    """Whether the date follows the event's noun with nothing between, the noun no
    complement ("the cyclone weakened to a tropical storm on Monday": a day of it)."""
    return event.end <= mention.start and _ADJACENT.fullmatch(
        text, event.end, mention.start) is not None and not _BECAME.search(
        text, max(0, event.start - 30), event.start)


_BECAME = re.compile(r"\b(?:(?:weakened|weakening|strengthened|strengthening|downgraded|"
                     r"upgraded|intensified|intensifying|turned|developed)\s+(?:in)?to|became|"
                     r"becoming|become)\s+(?:an?\s+)?(?:[a-z]+\s+){0,2}$")


def elsewhere(places, sentence) -> bool:
    """"Because of torrential rains on Saturday, Lanzhou saw ..." in a story of
    Yinchuan: another place's rain, whose start is not the story's rain's."""
    return places is not None and any(
        p.key != places.main and not p.demonym and not p.whole
        for p in places.between(sentence.start, sentence.end))


_OPENS_CLAUSE = re.compile(r"\s*,\s*(?:the\s+|a\s+|an\s+)?(?:[a-z]+\s+){0,2}")


def in_own_phrase(text: str, event: Hit, mention: Mention) -> bool:
    """Whether the date follows the event within its noun phrase, or opens the clause
    the event begins ("Last Saturday, tsunami waves smashed"), or the event's words say
    it began ("The fire broke out at ... on Thursday afternoon")."""
    if mention.end <= event.start:
        return _OPENS_CLAUSE.fullmatch(text, mention.end, event.start) is not None
    gap = text[event.end:mention.start]
    return re.match(r"[\w ]*?\s*broke\s+out\b", text[event.start:event.end + 12]) is not None or (
        len(gap) <= 60 and not _VERB_OR_BREAK.search(gap))

# a count of the clause a "since DATE" closes: "111 people have died ... since
# September 2022", "Since Monday, rains and flooding have affected 25,800 homes"
_SINCE_ONLY = re.compile(r"\bsince\s+$", re.I)
_FIRST_PERSON = re.compile(r"\b(?:we|our|us|I)\b")
_HAVE = re.compile(r"\b(?:have|has)\s+(?:been\s+)?(?:[a-z]+\s+){0,2}?[a-z]+(?:ed|en|ne|ft|d)\b",
                   re.I)


def counted_since(text: str, sentence: Span, mention: Mention, mentions: list[Mention],
                  year: int | None) -> bool:
    """Whether a date after "since" starts the story's own count told beside it, not a
    record's years ("the hottest since 1922": a whole past year is another event's)."""
    if mention.kind != "date" or not _SINCE_ONLY.search(text, sentence.start, mention.start) \
            or mention.interval is None or year is None:
        return False  # (not "from Thursday": a span's start, told with its end)
    if _FIRST_PERSON.search(text, sentence.start, sentence.end):
        return False  # "Since September, we have seen 2,108 cholera patients": the
        # speaker's own tally (another country's outbreak), not the story's event
    begins = int(ordinal_to_iso(mention.interval.low)[:4])
    if begins < year - 1 or mention.interval.high - mention.interval.low >= 364:
        return False
    clause = text[sentence.start:sentence.end]
    counts = [m for m in mentions if m.kind == "count" and sentence.start <= m.start < sentence.end
              and m is not mention]
    return bool(counts) and _HAVE.search(clause) is not None


# an event feared, not had: "an appeal to avert catastrophic hunger and famine",
# "means to avoid a famine", "I was concerned about famine"
_FEARED = re.compile(r"\b(?:avert|averting|avoid|avoiding|prevent|preventing|stave\s+off|"
                     r"head\s+off|warn(?:s|ed|ing)?\s+of|fears?\s+of|feared|concerned\s+about|"
                     r"risk\s+of|threat\s+of|brink\s+of|verge\s+of)\s+(?:(?:an?|the|any|"
                     r"another|catastrophic|widespread|imminent|full-blown)\s+)*"
                     r"(?:[a-z]+\s+and\s+)?$", re.I)


# "volcano experts", "earthquake scientists": the event word names their field
_FIELD_OF = re.compile(r"\s+(?:experts?|scientists?|specialists?|researchers?|observatory|"
                       r"observatories|engineers?|monitoring)\b", re.I)


def feared(text: str, hit: Hit) -> bool:
    """Whether the event word at `hit` is of no event that happened: one feared or
    averted, or a field of study ("met ... volcano experts later on Tuesday")."""
    return bool(_FEARED.search(text, max(0, hit.start - 60), hit.start)
                or _FIELD_OF.match(text, hit.end))


def second_of_two_days(text: str, mention: Mention, mentions: list[Mention]) -> bool:
    """The second date of "on Tuesday and Wednesday": the last day of what began on
    the first (not "eruptions in 1984 and 2000": two eruptions, a year each)."""
    at = bisect.bisect_left(mentions, mention.start, key=lambda m: m.start)
    before = mentions[at - 1] if at > 0 else None  # (only the one right before can be)
    return a_day(mention) and before is not None and a_day(before) \
        and before.end < mention.start \
        and re.fullmatch(r"\s+and\s+", text[before.end:mention.start]) is not None


def past_its_end(text: str, mention: Mention, event: Hit) -> bool:
    after = AFTER_ITS_END.match(text, mention.end)  # ("Sunday after an earthquake": after it)
    return after is not None and event.start < after.end() or mention.kind == "date" \
        and _AFTER_AN.fullmatch(text, mention.end, event.start) is not None


_AFTER_AN = re.compile(r"\s*,?\s*after\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}")


def outside_acts(hits: list[Hit]) -> list[Hit]:
    """`hits` but the events inside an act's phrase ("A state of high alert for forest
    fires was declared": the fires are what the alert is for, the date the alert's)."""
    acts = [h for h in hits if h.table == "acts"]
    return [h for h in hits if not any(a.start <= h.start and h.end <= a.end and a is not h
                                       for a in acts)]


def act_right_before(text: str, mention: Mention, hits: list[Hit]) -> Hit | None:
    """An act whose verb the date follows within a few words ("A curfew was imposed in
    Karachi on Monday after the quake struck"): the act's day, whatever comes after."""
    for hit in hits:
        gap = text[hit.end:mention.start]
        if hit.table == "acts" and hit.end <= mention.start and len(gap.split()) <= 4 \
                and not BREAK.search(gap) and not any(
                    hit.end <= h.start and h.end <= mention.start for h in hits):
            return hit  # (not "declared an end to the search operation on Thursday")
    return None


# what a duration in a date's clause measures when it is no event's length
# "Madagascar's second destructive storm in two weeks": the window the storms are
# counted over, no storm's length
NTH_IN = re.compile(r"\b(?:second|third|fourth|fifth)\b[^,;:.]{0,45}\bin\s+"
                    r"(?:(?:the\s+)?(?:last|past)\s+)?(?:just\s+|only\s+)?$", re.I)
# the window a count was reported over, no event's length
REPORTED_OVER = re.compile(r"\b(?:reported|recorded|registered|confirmed|detected|diagnosed|"
                           r"counted)\b[^.;:]{0,60}\b(?:in|during|over|within)\s+the\s+"
                           r"(?:last|past)\s+$", re.I)
# the window an amount of rain fell in, or the one it is likened to: "the amount of rain
# falling within 24 hours ... was equivalent to that typically seen over three months"
_RAIN_WINDOW = re.compile(r"(?:\b(?:rain|rainfall|precipitation|snow|snowfall)\b[^.;:]{0,30}|"
                         r"\b(?:equivalent|typically|usually|normally|average)\b[^.;:]{0,40})"
                         r"\b(?:within|in|over|during)\s+(?:the\s+)?(?:past\s+|last\s+)?$", re.I)


def rain_window(text: str, sentence_start: int, mention: Mention) -> bool:
    """Whether a duration is the window rain fell in or is likened to; the words before
    it end with its preposition, its own ("over three months") or not ("in 24 hours")."""
    own = re.match(r"(?:within|in|over|during)\s+", mention.text, re.I)
    end = mention.start + (own.end() if own else 0)
    return _RAIN_WINDOW.search(text, max(sentence_start, mention.start - 80), end) is not None


LIVED = re.compile(r"\s+(?:that\s+|which\s+)?(?:I|we|he|she|they)(?:['’]ve|\s+have|\s+had|"
                   r"['’]d)?\s+(?:been\s+)?(?:living|lived|worked|working|served|been)\b", re.I)
# "who's lived in Houston for 40 years": the person's time there, no event's
LIVED_FOR = re.compile(r"\b(?:lived|living|worked|working|served|resided)\b[^,;.]{0,40}"
                       r"\bfor\s+(?:(?:about|nearly|almost|more\s+than|over|some)\s+)?$", re.I)
WAITED = re.compile(r"\b(?:waiting|waited|wait|a\s+wait\s+of)\s+(?:for\s+)?$", re.I)


# an event told as going on: "in an eruption that has killed at least 28"
ONGOING_AFTER = re.compile(r"\s+in\s+an?\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:that|which)\s+"
                           r"(?:has|have)\s+[a-z]+ed\b.*", re.S)


# "heavy rains from [Tuesday] until Friday": the first day of a range and its last
_RANGE_FROM = re.compile(r"\bfrom\s+\[?$", re.I)
_RANGE_ON = re.compile(r"\]?\s+(?:until|till|to|through)\s+", re.I)
_NEXT_DATE_CUES = ("until", "till", "since")


def opens_range(text: str, mention: Mention) -> bool:
    """The date after "from" with "until" another after it: when it began."""
    return _RANGE_FROM.search(text, max(0, mention.start - 7), mention.start) is not None \
        and _RANGE_ON.match(text, mention.end) is not None


def cue_of_next(text: str, cue: Hit, mention: Mention) -> bool:
    """"until" or "since" after the date: the next date's cue ("from Tuesday until
    Friday": "until" ends the range on Friday, not on Tuesday)."""
    return cue.start >= mention.end and text[cue.start:cue.end].lower() in _NEXT_DATE_CUES


# "from 8 pm on Tuesday to 8 pm on Wednesday": a window's opening day, its hour first
_WINDOW_FROM = re.compile(r"\bfrom\s+(?:\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\b\.?\s+)?$", re.I)


def window_of_another(text: str, mention: Mention, event: Hit | None) -> bool:
    """A day of a count told after the event ("the toll ... reached 30 dead Monday");
    "issued a blue alert at 3:30 pm on Tuesday warning of torrential rain in some parts
    of the province from 8 pm on Tuesday to 8 pm on Wednesday": the window of what the
    event before it tells of, not that event's start (the noun right before "from" is
    the window's own: "the blue alert from 8 pm on Tuesday")."""
    if event is not None and event.end <= mention.start and _TOLL_REACHED.match(
            text, event.end, mention.start):
        return True  # "The toll from two earthquakes ... reached at least 30 dead and 250
        # injured Monday": the day the toll stood, not the quakes'
    if event is not None and event.end <= mention.start and _GOES_ON.fullmatch(
            text, event.end, mention.start):
        return True  # "As the tremors continue to rumble on Saturday": a day it went on
    if event is None or event.end > mention.start \
            or _RANGE_ON.match(text, mention.end) is None:
        return False
    opening = _WINDOW_FROM.search(text, max(0, mention.start - 20), mention.start)
    return opening is not None and len(text[event.end:opening.start()].split()) >= 4 \
        and not _ACTED.search(text, event.end, opening.start())  # ("was battered from
    # Sunday through most of Wednesday": the event's own span)


_GOES_ON = re.compile(r"\s+(?:(?:continu(?:e|es|ed|ing)|kept|keeps)\s+to\s+[a-z]+\s+(?:on\s+)?|"
                      r"(?:continu(?:e|es|ed|ing)|went\s+on|go(?:es)?\s+on)\s+(?:into|on)\s+)")
# (and "gusts that hit 200 mph last week": a reading's day)
_TOLL_REACHED = re.compile(r"[^.;:]*?(?:" + LEVEL_VERB + r"|\bhit\s+)\d[^.;:]*$", re.I)
_ACTED = re.compile(r"\b(?:[a-z]+ed|lasts?|ran|runs|raged|went|goes|hit|struck)\s+$")
