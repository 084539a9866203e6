"""Which of its kind an event is: "A second quake measuring 6.3" is `second_quake`,
another event than the story's own; "the worst floods in 50 years" counts a record
over a window (`flood_record.duration`), not how long anything lasted."""

from __future__ import annotations

import re

from .lexicon import Hit
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
