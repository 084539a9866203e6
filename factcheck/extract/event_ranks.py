"""Which of its kind an event is: "A second quake measuring 6.3" is `second_quake`,
another event than the story's own; "the worst floods in 50 years" counts a record
over a window (`flood_record.duration`), not how long anything lasted; "a yellow warning
for floods until Friday" is the warning's (`flood_warning.end`), not the floods'."""

from __future__ import annotations

import bisect
import re

from .clauses import BREAK
from .lexicon import Hit, lexicon
from .mention import Mention
from .places import snake

# a superlative and then "in" or "since" right before a span of time: the window a record
# is counted over ("the worst flooding in Kerala in a century"), not how long it lasted
RECORD = re.compile(r"\b(?:deadliest|worst|strongest|biggest|largest|heaviest|highest|lowest|"
                    r"longest|wettest|driest|hottest|coldest|warmest|costliest|greatest|"
                    r"fiercest|(?P<loose>most\s+\w+|first))\b(?P<kept>[^,;:.]{0,70})\b(?:in|since)"
                    r"\s+(?:the\s+(?:last|past)\s+)?(?:more\s+than\s+|over\s+|nearly\s+|"
                    r"almost\s+)?$", re.I)
# (nor a word of counting: "the lowest number in five years", "the highest figure since"
# rank no thing, and `number_record` would join two stories' unrelated records)
_NOT_RANKED = frozenset("""and the for ever yet such this that its their one day days time
number numbers figure figures level levels total totals count counts amount rate""".split())


# "A second quake measuring 6.3", "the third aftershock": another event of its kind
# ("On January 18, a previous, 5.8-magnitude quake": `previous_quake`, not the story's;
# "the second worst flood" is a rank, no second flood)
_ORDINAL = re.compile(r"\b(?:(?:[Aa]n?|[Tt]he)\s+(first|second|third|fourth|fifth|previous|earlier|"
                      r"separate)|([Aa]nother))"
                      r",?\s+(?:(?!(?:worst|best|most|least|\w+est)\b)[\w.-]+\s+)?$")


def ordinal_event(text: str, event: Hit) -> str | None:
    """`second_quake` for an event told as the second of its kind, by the story's word
    for it; else None (the first stays the story's own, its other numbers name it so,
    save where the story tells a second: "the first avalanche on Feb. 4")."""
    said = _ORDINAL.search(text, max(0, event.start - 30), event.start)
    if said is None:
        return None
    which = (said[1] or said[2]).lower()  # ("a separate quake of magnitude 6.6", "another
    # quake": not the story's; "In 2010, another massive earthquake": its year names it)
    if which == "another" and (re.search(r"\d", said.group()) or re.search(
            r"\b(?:19|20)\d\d\b", text[max(0, said.start() - 40):said.start()])):
        return None  # (nor "sickened another 183. The outbreak": a count, then a sentence)
    word = snake(text[event.start:event.end])
    word = word[:-1] if word.endswith('s') else word
    if which == "first" and not re.search(rf"\b(?:second|later)\s+(?:[\w.-]+\s+)?{word}",
                                          text, re.I):
        return None  # the story's own, unless the story tells a second one
    return f"{which}_{word}"


# "At least 13 tremors jolted the region ..., saying the first one had a magnitude of
# 5.1", "Aftershocks ... continued, with the most powerful measuring 4.7": one of several
# told apart by its rank, not the story's own quake
_ONE_OF_THEM = re.compile(r"\b[Tt]he\s+(first|second|third|last|largest|strongest|biggest|"
                          r"most\s+powerful)\s+(?:(?:one|of\s+(?:them|these|those))\b|"
                          r"(?=(?:measuring|registering|recorded|at|with)\b))")


def one_of_several(text: str, events: list[Hit], mention) -> str | None:
    """`first_tremor` for a reading of "the first one" of several events the clause
    named before ("13 tremors ..., the first one had a magnitude of 5.1"), else None."""
    for event in reversed([e for e in events if e.end <= mention.start]):
        word = snake(text[event.start:event.end])
        rank = _ONE_OF_THEM.search(text, event.end, mention.start) \
            if word.endswith("s") else None
        if rank is not None:
            return f"{snake(rank[1].lower())}_{word[:-1]}"
        if word.endswith("s") and _SERIES.search(text, max(0, event.start - 20), event.start) \
                and _BEGAN_WHEN.match(text, event.end, mention.start):
            return f"first_{word[:-1]}"  # "The series of earthquakes began at 6.37 p.m.
            # when a 5.1-magnitude earthquake struck": the first of them
    return None


_SERIES = re.compile(r"\b(?:series|sequence|swarm|string)\s+of\s+(?:[a-z]+\s+)?$", re.I)
_BEGAN_WHEN = re.compile(r"\s+(?:began|started)\b[^;:]{0,80}?\bwhen\s+(?:a|an)\s+[^,;:]{0,20}$")


def one_of_two(text: str, mention, given: dict, name: str | None) -> str | None:
    """`name`, or the second event's when the reading right before was given `name`
    too and "and" joins them: "two aftershocks ... measuring 6.0 and 6.3" are two
    aftershocks (`second_aftershock.magnitude`), never one of two magnitudes."""
    before = [start for start in given if start < mention.start]
    if not name or not before or given[max(before)] != name \
            or not _JOINED.search(text, max(0, mention.start - 12), mention.start) \
            or not _SEVERAL.search(text, max(0, mention.start - 200), mention.start):
        return name  # ("magnitude 7.0 by one agency and 6.9 by another": one quake)
    subject, _, measure = name.partition(".")
    return f"second_{subject}.{measure}"


_SEVERAL = re.compile(r"\b(?:aftershocks|quakes|earthquakes|tremors|eruptions)\b", re.I)
_JOINED = re.compile(r"\d\s*(?:,\s*)?(?:and|or)\s+$")


def record_before(text: str, start: int, end: int) -> re.Match | None:
    """The record a span of time ending a clause is the window of ("the highest water
    level on this section of the Songhuajiang river in 15 years"); "first" and "most"
    reach less far, being words of so much else ("first responders arrived in")."""
    record = RECORD.search(text[start:end])
    if record is None or (record["loose"] and len(record["kept"]) > 45):
        return None
    return record


def record_window(kept: str) -> str | None:
    """`flood_record.duration` for "the worst floods in 50 years": the record's window,
    named by what is ranked (as gold writers name it), or None when no noun says."""
    noun = re.match(r"\s*([a-z]{3,})\b(?:\s+(level|levels|temperatures?|flows?)\b)?", kept)
    if noun is None or noun.group(1) in _NOT_RANKED:
        return None
    word = noun.group(1) + (f"_{noun.group(2)}" if noun.group(2) else "")
    word = word[:-1] if word.endswith("s") and not word.endswith(("ss", "us", "is")) else word
    return f"{word}_record.duration"


# "extended yellow warning for floods until Friday", "a red alert for floods is in force"
_WARNED_OF = re.compile(r"\b(?:warnings?|alerts?|watch(?:es)?)\s+(?:for|of|about|against)\s+"
                        r"(?:the\s+|possible\s+|more\s+|further\s+)?$", re.I)


def warned_of(text: str, event: Hit) -> str | None:
    """`flood_warning` for floods a warning is for, else None."""
    if _WARNED_OF.search(text, max(0, event.start - 40), event.start) is None:
        return None
    return f"{snake(event.name).removesuffix('s')}_warning"


_ON_TOP_OF = re.compile(r"\b(?:on\s+top\s+of|came\s+(?:right\s+|just\s+)?after|preceded\s+by)"
                        r"\s+an?\s+(?:[\w.-]+\s+){0,3}$", re.I)
_DAY_BEFORE = re.compile(r"\s+(?:the\s+(?:day|night|week)\s+before|the\s+previous\s+"
                         r"(?:day|night|week)|(?:a|one|two|three|\d+)\s+(?:days?|weeks?)\s+"
                         r"(?:earlier|before))(?=\s*(?:[,.;:)]|$))", re.I)
_HAD = re.compile(r"\bhad\s+(?:already\s+)?(?:been\s+)?[a-z]+\s+(?:[\w.-]+\s+){0,5}$")
# ("smaller tremors", "minor quakes": shocks after the story's own, not it)
_NEW = re.compile(r"\b(?:[Nn]ew|[Ff]resh|[Ss]maller|[Ww]eaker|[Mm]inor|[Ll]esser)\s+"
                  r"(?:strong\s+|powerful\s+|small\s+)?$")


def another_of_its_kind(text: str, event: Hit, mentions: tuple = ()) -> str | None:
    """The name of another event of the kind than the story's: "New tremors", "a
    fresh quake" in a quake story are `aftershock`, and so is a quake told anew on a
    later day ("An earthquake was recorded on Feb. 5 ... A magnitude 3 earthquake was
    recorded on Feb. 6"); "a previous, 5.8-magnitude quake", "the second quake" are
    `previous_quake`, `second_quake`; a warning's event is the warning's; else None."""
    if (warning := warned_of(text, event)) is not None:
        return warning  # "yellow warning for floods until Friday": no flood ends then
    if event.name == "earthquake" and (_NEW.search(text, max(0, event.start - 24), event.start)
                                       or _told_anew_later(text, event, mentions)):
        return ordinal_event(text, event) or "aftershock"  # ("A second quake Sunday")
    if (nearby := _IN_A_NEIGHBOUR.match(text, event.end)) is not None \
            and _INDEFINITE.search(text, max(0, event.start - 30), event.start):
        # "On Tuesday, a landslide hit a village in neighboring Yunnan Province": another
        # place's, as a reader names it
        place = re.sub(r"_(?:province|state|district|county|region)$", "", snake(nearby[1]))
        return f"{place}_{snake(text[event.start:event.end])}"
    if _ON_TOP_OF.search(text, max(0, event.start - 60), event.start) \
            or (_DAY_BEFORE.match(text, event.end) and _HAD.search(
                text, max(0, event.start - 60), event.start)):  # ("had been hit by a
        # 4.7-magnitude quake the day before": an earlier one; "survivors of a quake the
        # day before" may be the story's own, told from the day after)
        return f"previous_{snake(text[event.start:event.end])}"  # "it came on top of a
    return ordinal_event(text, event)  # 5.9 magnitude quake nearby": an earlier one


_IN_A_NEIGHBOUR = re.compile(r"\s+(?:[a-z]+\s+){0,4}?(?:in|at|across)\s+(?:the\s+)?"
                             r"(?:neighbou?ring|nearby|adjacent|adjoining)\s+"
                             r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)")
# "An earthquake", "A magnitude 3 earthquake": a quake told as a new one
_INDEFINITE = re.compile(r"\b[Aa]n?\s+(?:[\w.-]+\s+){0,3}$")
_SENTENCE_GAP = re.compile(r"[.!?][\"”’)]*\s+[A-Z]")
QUAKES_BACK = 10  # (the last few quakes before one: bounded work on a long text)
QUAKE_WORD = re.compile(r"\b(?:earthquake|quake|tremor|temblor)\b", re.I)


def _told_anew_later(text: str, event: Hit, mentions) -> bool:
    """A quake introduced with "a", dated a later day in its own clause than a quake
    introduced with "a" before it."""
    own = _intro_day(text, event.start, mentions)
    if own is None:
        return False
    before = list(QUAKE_WORD.finditer(text, 0, event.start))[-QUAKES_BACK:]
    return any((day := _intro_day(text, match.start(), mentions)
                or _its_day(text, match.start(), mentions)) is not None and day < own
               for match in before)


def _its_day(text: str, start: int, mentions) -> int | None:
    """The day owning a quake at `start`: "Monday's earthquake", "Monday's 6.3 quake"."""
    at = bisect.bisect_left(mentions, start, key=lambda m: m.start)
    day = next((m for m in reversed(mentions[max(0, at - 3):at]) if a_day(m)
                and re.search(r"['’]s$", m.text)
                and re.fullmatch(r"\s+(?:[\w.-]+\s+){0,2}", text[m.end:start])), None)
    return day.interval.low if day is not None else None


def _intro_day(text: str, start: int, mentions) -> int | None:
    """The day of a quake told with "a" at `start`: the first day its clause gives."""
    if _INDEFINITE.search(text, max(0, start - 30), start) is None:
        return None
    first = bisect.bisect_right(mentions, start, key=lambda m: m.start)
    day = next((m for m in mentions[first:first + 8] if a_day(m)
                and not BREAK.search(text, start, m.start)
                and not _SENTENCE_GAP.search(text, start, m.start)), None)
    return day.interval.low if day is not None else None


def a_day(mention: Mention) -> bool:
    span = mention.interval
    return mention.kind == "date" and span is not None and None not in (span.low, span.high) \
        and span.high - span.low < 2


# what a lag's "after" is after: "after the earthquake", "after a deadly cyclone swept"
_LAG_OBJECT = re.compile(r"(?:\s+[\w'’-]+(?:\.\d+)?){1,5}")  # ("the magnitude 7.5 quake",
# "the powerful Category 5 hurricane")
_IT_STRUCK = re.compile(r"\s+(?:it|they)\s+(?:had\s+|has\s+)?[a-z]+")


def lag_from_another(text: str, at: int) -> bool:
    """Whether the first words after a lag's "after" (at `at`) name no event: "came a
    day after foreign shortwave radio stations ... broadcast news" is a lag from the
    broadcast, not the storm's aftermath."""
    if _IT_STRUCK.match(text, at):
        return False  # "two days after it struck": the event's own
    found = _LAG_OBJECT.match(text, at)
    end = found.end() if found else at
    return not any(h.table == "events" and h.start < end for h in lexicon().hits(text, at, end))
