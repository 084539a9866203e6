"""A count's window: of one day or one week ("142,300 on Sunday", "2,000 a day",
"strikes killed at least 40 people on Sunday", "10 deaths over the past 24 hours",
"53 dead or missing this week alone"), named by its measure's suffix (`_daily`,
`_weekly`), or a yearly rate ("About 400 cases are reported every year": `_yearly`);
a running total has none. The most a count reached is its peak (`_peak`), never a
rival of the count of then."""

from __future__ import annotations

import re

from .clocks import AsOf
from .mention import Mention
from .text import Span, clause_around

FLOWS = frozenset({"departed", "arrived"})
# counted per day when a day follows
EVENT_COUNTS = frozenset({"killed", "injured", "critically_injured", "seriously_injured"})
# ... in a war of many days (a landslide that killed 12 on Friday is its own toll)
_ONGOING = re.compile(r"\b(?:strikes|airstrikes|air\s+strikes|shelling|bombing|bombardment|"
                      r"raids|attacks|fighting|clashes|violence)\b", re.I)
_PAST_DAY = re.compile(r"\b(?:in|over|during|within)\s+the\s+(?:past|last|previous)\s+"
                       r"(?:24\s+hours|day)\b", re.I)
_THIS_WEEK = re.compile(r"\bthis\s+week\s+alone\b", re.I)
# a search's haul of the day it is told ("Twenty-three bodies were recovered this
# morning"): that day's, not the running total of bodies found
_SEARCH_COUNTS = frozenset({"bodies_recovered", "rescued"})
_TODAY = re.compile(r"\b(?:this\s+(?:morning|afternoon|evening)|earlier\s+today|today)\b", re.I)
# "38 more deaths", "four more bodies were discovered": what a toll rose by in the
# latest update, never the toll (not "20 more were injured": other people)
_INCREASED = frozenset({"killed", "bodies_recovered"})
_MORE = re.compile(r"\s+more\b(?!\s+than)")
# "At least 21 people died in greater Jakarta, while two more were killed by flash
# floods in neighbouring Lebak regency": more than another place's count, told in
# the same sentence; the count of the place it names, no day's rise
_ELSEWHERE = re.compile(r"[^.;]{0,60}?\b(?:in|at)\s+(?:the\s+)?(?:(?:neighbouring|neighboring|"
                        r"nearby|adjacent|adjoining)\s+)?[A-Z]")
_WHILE = re.compile(r"\d[^.;]*?\b(?:while|whereas|and|but)\s+$")
_PAST_DAY_OPENING = re.compile(r"\s*[\"“]?(?:in|over|during|within)\s+the\s+"
                               r"(?:past|last|previous)\s+(?:24\s+hours|day)\s*,"
                               r"(?:(?!\b(?:to|at)\s)[^,;:])*$", re.I)
# "the toll rose to 30, taking ...": a level, not what was added
_A_LEVEL = re.compile(r"\b(?:to|at|reached|hit|topped|was|is|stood\s+at)\s+(?:(?:at\s+least|"
                      r"more\s+than|over|about|around|nearly|some)\s+)?$", re.I)
# "The number of people who fled reached 100,620 on Wednesday": the running total
# that day, no count of the day's own
LEVEL_VERB = (r"\b(?:reached|(?:rose|risen|climbed|grown|grew|jumped)\s+to|"
              r"st(?:oo|a)nds?\s+at|totall?ed|topped|surpassed)\s+"
              r"(?:(?:at\s+least|more\s+than|over|about|around|nearly|almost|some)\s+)?")
_LEVEL_BEFORE = re.compile(LEVEL_VERB + "$", re.I)
# "..., taking the total number of deaths to 23": what the number before it added
_RAISES_TOTAL = re.compile(r"[^.;:]{0,150}?\b(?:taking|bringing|pushing|raising|took|brought|"
                           r"pushed|raised)\s+(?:the|its|their)\s+(?:overall\s+|total\s+|"
                           r"cumulative\s+)?(?:death\s+)?(?:toll|total|tally|number|count)\b", re.I)
_FURTHER = re.compile(r"\b(?:a\s+further|an\s+additional|another)\s+(?:(?:about|some|nearly|"
                      r"over|more\s+than)\s+)?$", re.I)
_DAILY = re.compile(r"\b(?:overnight|a day|per day|daily|in a single day|in one day)\b", re.I)


# a rate named before its number: "the average rate of new arrivals per week has been
# more than 1,000", "the daily rate was about 233" (not "a week", "within a week")
_RATE_DAILY = re.compile(r"\b(?:per\s+day|daily|each\s+day|every\s+day)\b", re.I)
# "8,000 people fled Mosul in one day" (not "the most in a single day since the war
# started": a record of a day whose count is already dated)
_ONE_DAY = re.compile(r"\s*(?:[\w’'-]+\s+){0,4}?in\s+(?:one|a\s+single)\s+day\b", re.I)
_RATE_WEEKLY = re.compile(r"\b(?:per\s+week|weekly|each\s+week|every\s+week)\b", re.I)


def period(text: str, mention: Mention, sentence: Span, frame: AsOf | None, measure: str,
           word: str) -> str:
    """The suffix of a count of one day or one week: people on the move that day
    ("142,300 on Sunday", "2,000 a day") or that week, and the killed or injured of
    one day of a war ("strikes killed at least 40 people on Sunday"; not "the death
    toll rose to 22 on Monday", a running total), or of the past day ("10 deaths over
    the past 24 hours")."""
    clause = clause_around(text, sentence, mention.start, mention.end)
    if (_PAST_DAY.search(text, mention.end, clause.end) or _PAST_DAY_OPENING.match(
            text, sentence.start, mention.start)) and not (frame and frame.daily):
        return "_daily"  # ("In the last 24 hours, three people have succumbed")
    if measure in FLOWS:
        lead = text[max(sentence.start, mention.start - 100):mention.start]
        # and a rate said after the verb, in the number's clause: "1,500 new refugees
        # arrive in Dadaab every day", "scores of people migrate daily"
        rest = text[mention.end:clause.end]
        if (frame is not None and frame.daily and not _LEVEL_BEFORE.search(lead)) \
                or _DAILY.search(_around(text, mention)) \
                or _RATE_DAILY.search(lead) or _RATE_DAILY.search(rest) \
                or _ONE_DAY.match(rest):
            return "_daily"
        weekly = (frame is not None and frame.weekly) or _RATE_WEEKLY.search(lead) \
            or _RATE_WEEKLY.search(rest)
        if not weekly and _FURTHER.search(lead):
            return "_additional"  # "while a further 4,000 arrivals have been reported":
            # more than the count told, never the same count
        return "_weekly" if weekly else ""
    if measure in EVENT_COUNTS and frame is not None and frame.daily and frame.date \
            and "toll" not in word.lower() \
            and _ONGOING.search(text, sentence.start, sentence.end) \
            and re.fullmatch(r"\s+(?:people\s+)?(?:on\s+)?", text[mention.end:frame.date[0]]):
        return "_daily"
    if measure in _SEARCH_COUNTS and _TODAY.search(text, mention.end, clause.end):
        return "_daily"  # "Twenty-three bodies were recovered this morning"
    if measure in _INCREASED and _MORE.match(text, mention.end) \
            and not (_WHILE.search(text, sentence.start, mention.start)
                     and _ELSEWHERE.match(text, mention.end)) \
            and of_the_day(text, sentence, frame, measure, mention.start) == measure:
        return "_daily"  # "the toll climbed to 195 with 38 more deaths": the day's rise;
        # "Ten more people died on Friday" too (an epidemic's day names it its own way)
    if measure in _INCREASED | {"cases"} and _RAISES_TOTAL.match(text, mention.end, sentence.end) \
            and not _A_LEVEL.search(text, max(sentence.start, mention.start - 40), mention.start) \
            and not (frame and frame.daily):
        return "_daily"  # "three people have succumbed ..., taking the total number of
        # deaths to 23": the rise, the total its own
    if measure in EVENT_COUNTS | {"missing"} and _THIS_WEEK.search(text, mention.end, clause.end):
        return "_weekly"  # "53 dead or missing off Libya this week alone"
    return ""


def _around(text: str, mention: Mention) -> str:
    before = " ".join(text[max(0, mention.start - 40):mention.start].split()[-3:])
    after = " ".join(text[mention.end:mention.end + 40].split()[:3])
    return f"{before} {after}"



# an epidemic's counts of one day: "On December 25, a total of 235 cases, 13 new deaths
# and zero new suspected cases were recorded" are that day's, `S.cases_daily`
_EPIDEMIC = re.compile(r"\b(?:cases|outbreak|epidemic|cholera|ebola|measles|mpox|dengue|"
                       r"covid(?:-19)?|infections)\b", re.I)
_LEVEL = re.compile(r"\b(?:reached|rose|risen|climbed|stood|stands|totalled|totaled|"
                    r"jumped|increased|passed|topped|surpassed)\b", re.I)
# a surveillance report's week: "In the reporting week", "in epidemiological week 37"
_REPORTING_WEEK = re.compile(r"\b(?:in|during|for)\s+(?:the\s+)?(?:reporting|epidemiological|"
                             r"epi)\s+week\b|\bin\s+the\s+week\s+under\s+review\b", re.I)
_OF_THE_DAY = frozenset({"killed", "cases", "suspected_cases", "confirmed_cases", "recovered",
                         "hospitalized"})


def of_the_day(text: str, sentence: Span, frame: AsOf | None, measure: str,
               start: int) -> str:
    """`measure` with "_daily" for an epidemic's count of one day (not a running
    total: "had recorded", "reached", "rose to" are none); "new" goes, the day says it."""
    plain = measure.removeprefix("new_")
    if plain in _OF_THE_DAY and (_REPORTING_WEEK.search(text, sentence.start, start)
                                 or (frame is not None and frame.weekly)):
        return f"{plain}_weekly"  # "In the reporting week, 15 states reported 1,825 cases",
        # "from 22 to 28 June, a total of 11 cases"
    if frame is None or not frame.daily or frame.weekly or plain not in _OF_THE_DAY \
            or not _EPIDEMIC.search(text, sentence.start, sentence.end) \
            or _LEVEL.search(text, sentence.start, start):
        return measure
    return f"{plain}_daily"


# "About 400 cases ... are reported in Madagascar every year", "50 people are killed
# annually": a rate, not a count of the story's days (not "a year ago", "a year later")
_YEARLY = re.compile(r"\b(?:(?:every|each|per|a)\s+year\b(?!\s+(?:ago|earlier|later|after|"
                     r"before|on|since))|annually\b|yearly\b)", re.I)
_SIMPLE_NAME = re.compile(r"[a-z0-9_]+\.[a-z0-9_]+")


def yearly(text: str, mention: Mention, sentence: Span, name: str) -> str:
    """`name` with `_yearly` when its count is said to recur every year in its clause."""
    if not _SIMPLE_NAME.fullmatch(name) or name.endswith(("_yearly", "_daily", "_weekly")) \
            or name.endswith(".population"):
        return name  # ("hundreds of lives every year in this nation of 130 million": no
        # yearly population)
    clause = clause_around(text, sentence, mention.start, mention.end)
    found = _YEARLY.search(text, mention.end, clause.end) \
        or _YEARLY_BEFORE.search(text, clause.start, mention.start)
    if not found and "/" not in (mention.unit or "") and _HABITUAL.search(
            text, max(sentence.start, mention.start - 60), mention.start):
        # "storms ..., often killing scores": no one storm's (a rate, "usually receives
        # about 20 bodies a day", is a rate already: one name, one unit)
        return name + "_typical"
    return name + "_yearly" if found else name


# what happens as a rule, said right before the count: "often killing scores and in some
# years hundreds of people"
_HABITUAL = re.compile(r"\b(?:often|usually|typically|regularly|commonly|normally|routinely|"
                       r"in\s+(?:some|most|many|bad)\s+years)\s+(?:[a-z]+\s+){0,2}$", re.I)


# "researchers estimate that annually there are between 1.3 million and four million
# cases": the rate said before the count, in its clause
_YEARLY_BEFORE = re.compile(r"\b(?:annually|every\s+year|each\s+year)\b[^,;:.]{0,40}$", re.I)


# the most a count reached, told as such: "down from a peak exceeding 1 million",
# "outages peaked at more than 1 million customers": the peak, no count of then
_PEAK = re.compile(r"\b(?:(?:a|the|its|their)\s+peak\s+(?:of\s+|exceeding\s+|above\s+|at\s+|"
                   r"near\s+)?|peaked\s+at\s+)(?:more\s+than\s+|over\s+|about\s+|around\s+|"
                   r"nearly\s+|some\s+|almost\s+)?$", re.I)


# names that are a peak already, or a reading whose highest value is its own measure
_NOT_PEAKED = re.compile(r"_peak$|peak_|previous|initial|degrees|temperature|rain|level|speed|"
                         r"height|depth")


def at_peak(text: str, mention: Mention, quantity: str) -> str:
    """`quantity` as its peak (`S.without_power_peak`) when the words right before
    the count say it is the most the count reached, as its norm (`S.killed_normal`)
    when they set it as the mean it is compared against ("980 people had died during
    the week compared to a mean of 606 deaths for the previous five years")."""
    if not re.fullmatch(r"[a-z0-9_]+\.[a-z0-9_]+", quantity) or quantity.startswith("unnamed_"):
        return quantity
    if _NORM.search(text, max(0, mention.start - 50), mention.start):
        return f"{quantity}_normal"
    if mention.kind != "count" or _NOT_PEAKED.search(quantity):
        return quantity  # (a reading's peak is its own measure: "peaked at 106 degrees")
    return f"{quantity}_peak" if _PEAK.search(text, max(0, mention.start - 40),
                                              mention.start) else quantity


_NORM = re.compile(r"\b(?:compared\s+(?:to|with)|against|versus|vs\.?)\s+(?:a|an|the)\s+"
                   r"(?:(?:long-term|five-year|ten-year|normal|usual|monthly|yearly|annual)\s+)?"
                   r"(?:mean|average|norm)\s+(?:of\s+)?$", re.I)
