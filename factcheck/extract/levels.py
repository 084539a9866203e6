"""The measure of "the number of X displaced ... had reached more than 22,000": a
count's level said through the noun phrase it is the level of. The measure word
inside "the number of ..." (or "the total of", "the tally of") governs the number
its level verb reaches, before any word nearer the number in a later clause ("with
the latest arrivals pushing the total to around 30,000")."""

from __future__ import annotations

import re

from .lexicon import Hit, lexicon
from .mention import Mention

_QUALIFIER = (r"(?:(?:at\s+least|more\s+than|over|about|around|nearly|almost|some|"
              r"roughly|an\s+estimated)\s+)*")
# "the number of Iraqis displaced since ... had reached", "the total number of people
# affected stood at"
_NUMBER_OF = re.compile(r"\b(?:the\s+)?(?:total\s+)?(?:number|tally|count|total)\s+of\s+"
                        r"(?P<phrase>[^;:.]{1,120}?)\s+(?:has\s+|had\s+|have\s+)?(?:now\s+)?"
                        r"(?:reached|risen\s+to|rose\s+to|climbed\s+to|jumped\s+to|grown\s+to|"
                        r"grew\s+to|stood\s+at|stands\s+at|hit|topped|is|was)\s+" + _QUALIFIER
                        + r"$", re.I)
_TOLL_LEVEL = re.compile(r"\b[Tt]he\s+(?:death\s+)?(?P<toll>toll)\s+(?:from|of|in)\s+(?:[^;:.]|\.\d){1,120}?"
                         r"\s+(?:has\s+|had\s+)?(?:now\s+)?(?:rose|risen|climbed|jumped|reached|"
                         r"stood|stands|hit|topped|grew|grown)\s+(?:to\s+|at\s+)?" + _QUALIFIER
                         + r"$")
# "These new figures bring the total number of suspected cases to 2 232"
_BROUGHT_TO = re.compile(r"\b(?:bring|brings|bringing|brought|take|takes|taking|took|push|"
                         r"pushes|pushing|pushed|raise|raises|raising|raised)\s+(?:the|its|"
                         r"their)\s+(?:total\s+|overall\s+|cumulative\s+)?(?:number|tally|count|"
                         r"total)\s+of\s+(?P<phrase>[^;:.]{1,120}?)\s+to\s+" + _QUALIFIER + r"$",
                         re.I)
LOOK_BACK = 200  # characters before the number where "the number of" may open
# a total that names nothing, opening its sentence: "The total number reaches around 200"
_BARE_TOTAL = re.compile(r"(?:^|[.!?]\s+|\n)[“\"]?The\s+(?:total|overall)(?:\s+(?:number|figure|"
                         r"tally|count))?\s+(?:now\s+)?(?:reaches|reached|has\s+reached|is|was|"
                         r"stands\s+at|stood\s+at|rises\s+to|rose\s+to|has\s+risen\s+to)\s+"
                         + _QUALIFIER + r"$")
_NUMBER_START = re.compile(r"(?<![\d,.])\d")
# "..., with the latest arrivals pushing the total to around 30,000": the same total
_TOTAL_TO = re.compile(r"\b(?:the|its|their)\s+(?:total|tally|number|figure|count)\s+(?:to|at)\s+"
                       + _QUALIFIER + r"$", re.I)


_SCALE_OF = re.compile(r"\bscale(?:\s+(?:of|from))?\s+$", re.I)
_SOUGHT = re.compile(r"\b(?:search(?:ing|ed)?|hunt(?:ing)?|look(?:ing)?)\s+for\s+(?:(?:at\s+least|"
                     r"another|some|about|around|the(?:\s+remaining)?|scores\s+of)\s+)?$",
                     re.I)


# "a population of 23 million", "its population of about 20,000": a place's people
_POPULATION_OF = re.compile(r"\bpopulation\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+|"
                            r"almost\s+|over\s+|more\s+than\s+|roughly\s+)?$", re.I)


def number_of(text: str, mention: Mention, hits: list[Hit]) -> Hit | None:
    """The last measure word inside the "number of" phrase whose level is `mention`;
    or the toll whose level it is ("The death toll from the quake that struck Bohol
    and affected nearby provinces rose to 144": the dead, not the affected)."""
    scale = _SCALE_OF.search(text, max(0, mention.start - 24), mention.start)
    if scale is not None:  # "uses a scale of one to five": the scale's steps, no count
        return Hit(scale.start(), scale.end(), "measures", "scale")
    people = _POPULATION_OF.search(text, max(0, mention.start - 30), mention.start)
    if people is not None:  # "40 percent of Syria's population of 23 million fled": the
        return Hit(people.start(), people.end(), "measures", "population")  # whole's
    sought = _SOUGHT.search(text, max(0, mention.start - 40), mention.start)
    own = [h for h in hits if h.table == "measures" and 0 <= h.start - mention.end <= 25
           and not re.search(r"[,;.]", text[mention.end:h.start])]
    if sought is not None and not own:  # "halt the search for 38 others": those searched
        # for (not "searching for 12 people trapped": what they are is told)
        return Hit(sought.start(), sought.end(), "measures", "missing")
    phrase = level_phrase(text, mention)
    bare = _BARE_TOTAL.search(text, max(0, mention.start - 60), mention.start)
    if phrase is None and bare is not None:  # "... 18 in Charsadda. The total number
        # reaches around 200": the total of the counts told just before
        told = [h for h in lexicon().hits(text, max(0, bare.start() - LOOK_BACK), bare.start())
                if h.table == "measures" and h.name != "population"]
        return told[-1] if told else None
    if phrase is None:
        toll = _TOLL_LEVEL.search(text, max(0, mention.start - LOOK_BACK), mention.start)
        return next((h for h in hits if toll and h.table == "measures" and h.name == "killed"
                     and h.start <= toll.start("toll") < h.end), None)
    inside = [h for h in hits if h.table == "measures" and phrase[0] <= h.start
              and h.end <= phrase[1]]
    # "the number of deaths in the camp": where they are is no measure of the count
    headed = [h for h in inside if not _WHERE.match(text, h.start)]
    # ("the number of people killed after gunmen ... stormed": the first, the head)
    return (headed or inside)[0] if inside else None


_WHERE = re.compile(r"(?:in|at|into|to)\s", re.I)


def level_phrase(text: str, mention: Mention) -> tuple[int, int] | None:
    """The span of what "the number of ..." counts, when `mention` is its level."""
    start = max(0, mention.start - LOOK_BACK)
    found = _NUMBER_OF.search(text, start, mention.start) \
        or _BROUGHT_TO.search(text, start, mention.start)
    if found is None and _TOTAL_TO.search(text, start, mention.start):
        # the total a "number of" phrase earlier in the sentence reached
        numbers = [m.start() for m in _NUMBER_START.finditer(text, start, mention.start)]
        found = next((f for f in (_NUMBER_OF.search(text, start, at) for at in numbers)
                      if f is not None), None)
    return found.span("phrase") if found is not None else None
