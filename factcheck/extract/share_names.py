"""The quantity of a share ("45 percent", "two-thirds", "3.12%"): a ratio of two
counts. Of a group of the people counted, the group's over the whole ("45 percent
of arrivals were children": `S.departed_children / S.departed`); of a place inside
the story's main place, the part's over the main place's; a case fatality rate,
deaths over confirmed cases; a share of the people who get a disease, of its cases;
else the share of the place's population."""

from __future__ import annotations

import re

from .amount_names import of_households
from .lexicon import lexicon
from .mention import Mention
from .nouns import AREA_UNITS, share_group
from .place_words import COMPASS

# "with Case Fatality Rate at 3.12%", "a case-fatality ratio of 2%", "whose lethality
# rate stands at 0.4%"
_CASE_FATALITY = re.compile(r"\b(?:case[\s-]+fatality|lethality|CFR)\b", re.I)


_POSITIVITY = re.compile(r"\b(?:test\s+)?positivity(?:\s+rate)?\s+(?:of|at|was|is|stood\s+at|"
                         r"stands\s+at)\s+(?:about\s+|around\s+|nearly\s+)?$", re.I)
_CASE_FATALITY_AFTER = re.compile(r"\s*(?:case[\s-]+fatality|CFR)\b", re.I)
# the cases a fatality rate is of, said right after it ("among confirmed cases")
_CASE_KIND = re.compile(r"\s+(?:among|of|in)\s+(?:all\s+|the\s+)?(confirmed|suspected)\s+cases\b",
                        re.I)
# ("four confirmed Lassa fever cases, including one death (case fatality ratio 25%)")
_CASES_OF_A_KIND = re.compile(r"\b(confirmed|suspected)\s+(?:[A-Za-z-]+\s+){0,3}?cases\b", re.I)
# a share of a sum of money ("half its requested $170 million", "a third of the funding")
_OF_MONEY = re.compile(r"\s+(?:of\s+)?(?:(?:its|their|the|his|her|this|that)\s+)?"
                       r"(?:[a-z]+\s+){0,2}?(?:(?:US|A|C|NZ)?[$€£¥]|(?:budget|funding|funds|"
                       r"appeal|money|aid\s+budget)\b)", re.I)


# "About 70 percent of people who get Ebola have died": a share of the cases
_OF_THE_INFECTED = re.compile(r"\s+of\s+(?:the\s+)?(?:people|those|patients|persons)\s+"
                              r"(?:who\s+(?:get|got|contract|contracted|catch|caught|"
                              r"(?:are|were|have\s+been)\s+infected)|infected)\b", re.I)


_AMONG_THE_INFECTED = re.compile(r"\s+among\s+(?:those|people|patients|women)\s+(?:who\s+"
                                 r"(?:are|were)\s+)?infected\b", re.I)


# ("All these people drowned": the seven just counted, no place's population; "received
# 82 percent of that": of the rain just given)
# a share set after a count and a comma, of that count ("10 deaths, all members of")
_APPOSED = re.compile(r"(?:\d[\d,.]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens|"
                      r"hundreds|thousands))\s+(?:[a-z]+\s+){0,2}[a-z]+,\s*$", re.I)
_OF = re.compile(r"\s+of\b")  # ("10 people in Bikuku, half of Kananga's toll": named)
_OF_THEM = re.compile(r"\s+(?:of\s+(?:them|whom|those|these|that|this|it)|these|those)\b",
                      re.I)


# "of the 127,000 internally displaced people": a count, and the words that say who
_OF_A_COUNT = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:(?:estimated|some|about|"
                         r"around|nearly)\s+)?\d[\d,.]*(?:\s+(?:million|thousand))?\s+"
                         r"((?:[a-z-]+\s+){1,3}?)(?:people|persons|residents|IDPs|refugees)\b")


def _whole_counted(text: str, mention: Mention) -> str | None:
    """The measure the whole of "SHARE of the N ... people" is counted as, when the
    words before its people say one: "of the 127,000 internally displaced people" ->
    `internally_displaced`."""
    found = _OF_A_COUNT.match(text, mention.end)
    if found is None:
        return None
    hits = [h for h in lexicon().hits(text, found.start(1), found.end(1))
            if h.table == "measures" and h.name != "population"]
    return hits[0].name if hits else None


# a share of a place's households, not of its people nor of another place's count
_OF_HOUSEHOLDS = re.compile(r"\s+of\s+(?:the\s+|all\s+)?(?:[a-z]+\s+)?(?:families|households)\b",
                            re.I)
_FUNDED = re.compile(r"\s+(?:funded|financed|covered|met)\b(?!\s+by\s+\d)")
# "One-third of Slave Lake, Alta., has been lost to fire": the town's buildings, no one
# killed (not "a third of the residents were lost to the flood")
_PLACE_LOST = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][^;]{0,50}?\blost\s+to\b")


# "We have lost 99% of our land", "lost 40 percent of their income": what was lost is
# no people, unless the share's whole says it is ("lost 10 percent of its residents")
_LOST_BEFORE = re.compile(r"\blos(?:t|e|es|ing)\s+(?:[a-z]+\s+){0,2}$", re.I)
_OF_PEOPLE = re.compile(r"\s+of\s+(?:the\s+|our\s+|their\s+|its\s+|his\s+|her\s+)?(?:[a-z'’]+\s+)?"
                        r"(?:people|population|residents|inhabitants|famil(?:y|ies)|relatives|"
                        r"members|villagers|community|staff|workers|men|women|children|"
                        r"(?:work)?force|troops|soldiers|herd)\b", re.I)


def _things_lost(text: str, mention: Mention, sentence_start: int) -> bool:
    return _LOST_BEFORE.search(text, max(sentence_start, mention.start - 30),
                               mention.start) is not None \
        and _OF_PEOPLE.match(text, mention.end) is None


_OF_A_BODY = re.compile(r"\s+of\s+(?:his|her|their|the|a|its)\s+(?:[a-z-]+\s+)?(?:bod(?:y|ies)|"
                        r"skin)\b", re.I)


# places a floating "all" counts: "the nine other cities in the region all"
_PLACES_ALL = re.compile(r"\b(?:" + "|".join(sorted(AREA_UNITS | {
    "cities", "towns", "regions", "countries", "counties", "islands"})) + r")\b"
    r"(?:\s+(?:in|of|across)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?\s+$", re.I)


# the noun of a change right after the share ("a 64.2 percent increase", "a 20% drop
# in arrivals"), not the verb of a part ("20 percent fall ill", "drop out")
_A_CHANGE = re.compile(r"[\s-]*(?:increase|rise|jump|surge|growth|drop|decline|decrease|fall|"
                       r"reduction)\b(?!\s+(?:ill|sick|out|behind|short|into|in\s+love)\b)",
                       re.I)
# "came to 1,385 ..., up 29 percent from the same period last year"
_UP_BY = re.compile(r"\b(?:up|down)\s+(?:by\s+)?(?:(?:about|around|nearly|some|almost|over|"
                    r"more\s+than)\s+)?$", re.I)
# a part of the land: "the northern half", "the south-western third"
_COMPASS_PART = re.compile(rf"\b{COMPASS}\s+$", re.I)


def share_quantity(text: str, mention: Mention, sentence_start: int, subject: str,
                   name: str, main: str | None, population_said: bool) -> str | None:
    """The ratio a share names, or None when the share is of the population itself
    (`name` is "population": the caller's own naming stands); "" when no name can be
    given."""
    if _FUNDED.match(text, mention.end):  # "the appeal ... has been just 16 percent
        return f"{subject}.appeal_funded / {subject}.appeal"  # funded": no people's share
    if _OF_MONEY.match(text, mention.end):
        return ""  # "received only half its requested $170 million": of money, no people
    if _OF_A_BODY.match(text, mention.end):
        return ""  # "burns on 40% of his body": of a body, no people's share
    if _A_CHANGE.match(text, mention.end) or _UP_BY.search(
            text, max(sentence_start, mention.start - 20), mention.start):
        return ""  # "a 64.2 percent increase compared to last year": a change of a
        # count, which count unsaid, no share of people
    if _COMPASS_PART.search(text, max(sentence_start, mention.start - 25), mention.start):
        return ""  # "700,000 Palestinians in the northern half of Gaza": a part of the
        # land, no share of its people
    if mention.text.lower() == "all" and _PLACES_ALL.search(text, sentence_start, mention.start):
        return ""  # "the nine other cities in the region all saw increases": every place,
        # no share of people
    if _CASE_FATALITY.search(text, max(sentence_start, mention.start - 60), mention.start) \
            or _CASE_FATALITY_AFTER.match(text, mention.end):  # ("3.3% case fatality rate")
        # deaths per case, of all cases unless the rate says which: "killed 839 persons
        # with a case fatality rate of 5.0 per cent" beside "16,518 confirmed cases"
        # (5.08% of them) is no self-contradiction; gold writers divide by all cases
        kind = _CASE_KIND.match(text, mention.end)
        kinds = {k.lower() for k in _CASES_OF_A_KIND.findall(text, sentence_start, mention.start)}
        said = kind[1].lower() if kind else kinds.pop() if len(kinds) == 1 else None
        # ("377 suspected cases and 2 deaths (CFR 0.5%)": of the cases its sentence counts)
        return f"{subject}.killed / {subject}.{said + '_' if said else ''}cases"
    if _POSITIVITY.search(text, max(sentence_start, mention.start - 40), mention.start):
        return f"{subject}.test_positivity"  # "a positivity rate of 56.6 percent": of
        # the tests, no share of people
    if _AMONG_THE_INFECTED.match(text, mention.end):
        return ""  # "it can reach 20% among those infected in the third trimester": a
        # rate among them, of what unsaid
    if _OF_THE_INFECTED.match(text, mention.end) and name != "cases":
        return f"{subject}.{name} / {subject}.cases"  # "70 percent of people who get Ebola"
    if name == "population":
        return None
    if name == "killed" and (_PLACE_LOST.match(text, mention.end) or _things_lost(
            text, mention, sentence_start)):
        return ""
    whole = _whole_counted(text, mention)
    if whole is not None and whole != name:  # "nearly half of the 127,000 internally
        return f"{subject}.{name} / {subject}.{whole}"  # displaced people have returned"
    part = share_group(text, mention)
    if part is not None:  # "45 percent of arrivals were children": the whole's
        return f"{subject}.{name}_{part} / {subject}.{name}"  # name, then the part
    apposed = _APPOSED.search(text, max(sentence_start, mention.start - 50), mention.start)
    if _OF_THEM.match(text, mention.end) or (apposed and not _OF.match(text, mention.end)):
        return ""  # "a majority of them in the last week", "caused 10 deaths, all
        # members of the same family": a part of the count before, which part unsaid:
        # no name (not the place's share of another place's)
    group = _OF_A_GROUP.match(text, mention.end)
    if group is not None:  # "all workers were evacuated": the workers' share, not the town's
        return f"{subject}.{group[1].lower()}_{name} / {subject}.{group[1].lower()}"
    if _OF_HOUSEHOLDS.match(text, mention.end):  # "40 percent of families have lost
        return f"{subject}.{of_households(name)} / {subject}.households"  # their homes"
    if main and subject != main and not population_said:
        return f"{subject}.{name} / {main}.{name}"  # a part's share of the whole
    return f"{subject}.{name} / {subject}.population"


# a group a share is of, no place's people: "all workers", "half of the staff"
_OF_A_GROUP = re.compile(r"\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?(workers|staff|employees|crew|"
                         r"patients|students|pupils|inmates|prisoners|passengers|tourists|"
                         r"miners|guests|soldiers|troops)\b", re.I)


# "it had not properly counted all vehicles": a share the sentence denies holds nothing
_NEGATED = re.compile(r"(?:\b(?:not|never|nor)|n['’]t)\s+(?:[a-z]+\s+){0,3}$", re.I)


def denied_share(text: str, sentence_start: int, mention: Mention) -> bool:
    """Whether a negation stands right before the share at `mention`."""
    return _NEGATED.search(text, max(sentence_start, mention.start - 40), mention.start) \
        is not None
