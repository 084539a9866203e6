"""Whether a number is a forecast, not a count of what happened: a forecast word in
its clause ("could flee", "expected to reach", "the toll may go over 200", "preparing
to evacuate"), no other number between; not a state presumed now ("feared dead"),
an estimate of the past ("may have died"), the month "May", nor a modal of another
noun's relative clause."""

from __future__ import annotations

import re

from .clauses import BREAK, COUNTS, clause_end, clause_start
from .lexicon import Hit
from .mention import Mention
from .text import Span

# A relative clause with a verb of its own, not a modal: what it says of the number
# happened or holds ("as deadly as a 2010 heat event which killed 106"; "would give
# details on the search for 38 people who remain missing"), whatever comes before.
_OWN_VERB = r"(?:who|which|that)\s+(?!(?:could|might|would|will|may|can|should|must|are\s+expected|is\s+expected|are\s+likely|is\s+likely|are\s+set|is\s+set|have\s+to|has\s+to|need\s+to|needs\s+to)\b)[a-z]+(?:ed|s)?\b"
_RELATIVE = re.compile(rf"\b{_OWN_VERB}")
# ... save one right after a scenario: "a scenario that sees a powerful undersea quake
# of about 9.0 magnitude" tells what the scenario holds, a forecast whatever its verb
_SCENARIO_TOLD = re.compile(r"(?<=scenario)\s+(?:that|which|in\s+which|where)\s", re.I)
# "dozens more feared buried", "feared dead": presumed now, no forecast
# ("could still be trapped": a state guessed now; not "feared to have drowned", a toll
# not yet counted, kept apart from the bodies found)
_PRESUMED = re.compile(r"\s+(?:still\s+)?(?:to\s+be\s+|to\s+have\s+been\s+|be\s+)?"
                       r"(?:still\s+)?(?:dead|buried|trapped|killed|missing|drowned|lost)\b")
_PRESUMED_AFTER = re.compile(r"(?:\s+(?:people|more|others|persons))?\s+(?:dead|buried|trapped|"
                             r"killed|missing|drowned|lost)\b")
_PAST_CHANCE = re.compile(r"\s+(?:well\s+|also\s+)?have\s+(?:been|[a-z]+ed|died|fled|left)\b")
# a relative clause of another noun than the count's ("200 miners trapped ... after an
# explosion and fire that may be"; not "4,000 people who could flee")
_OTHER_RELATIVE = re.compile(r"\s+(?:[\w-]+\s+){3,}?(?:that|which|who)\s+")
# a quotation mark opening right after "will be", "will reach": the clause and its
# forecast run on into the quote (not "could be “counted on one hand”": a guess at now)
_PARTIAL_QUOTE = re.compile(r"\b(?:(?:will|shall)\s+(?:be|reach|hit|top|exceed|rise\s+to)|"
                            r"warn(?:ing|ed|s)\s+(?:about|of))\s+[“\"]$")  # ("warning about “")
_HOLDS = re.compile(r"\s+(?:remain|stay)\s+at\s+(?:[a-z]+\s+)?")  # the count is what it is
_RELATIVE_AFTER = re.compile(rf"(?:\s+[a-z]+){{0,2}},?\s+{_OWN_VERB}")


_MODAL_BOUND = re.compile(r"(?:could|would|will|may|might)\s+top\b", re.I)


def forecast(text: str, mention: Mention, hits: list[Hit], mentions: list[Mention]) -> bool:
    """A forecast word in the number's clause, no other number between: "could
    flee", "expected to reach"; a gust told right after a speed is as the speed."""
    gusted = _gusted(text, mention, mentions)
    if gusted is not None:
        return forecast(text, gusted, hits, mentions)
    if _MODAL_BOUND.match(mention.text):
        return True  # "deaths could top 1,000": the modal is the number's own word
    before = [m.end() for m in BREAK.finditer(text, max(0, mention.start - 200), mention.start)]
    start = max([clause_start(text, mention.start), *before])
    if _PARTIAL_QUOTE.search(text, max(0, start - 30), start):
        # 'there will be “half a million by November”': the forecast's clause goes on
        start = max([clause_start(text, start - 1), *before])
    after = BREAK.search(text, mention.end)
    end = min(clause_end(text, mention.end), after.start() if after else len(text))
    own = _RELATIVE_AFTER.match(text, mention.end)  # "38 people who remain missing"
    return any(h.table == "forecast" and start <= h.start and h.end <= end
               and not _PRESUMED.match(text, h.end)
               and not _PAST_CHANCE.match(text, h.end)  # "may have died": an estimate
               and text[h.start:h.end] != "May"  # "died in May this year": the month
               # (a warning fears the count it is of: not "an alert on Monday warning of
               # rain", "warned of a spillover from Zimbabwe from where 3,000 migrate daily")
               and not (text[h.start:h.end].lower().startswith("warn") and (
                   h.start >= mention.end or mention.kind in ("date", "duration")
                   or re.search(r"\b(?:where|who|which|that)\b", text[h.end:mention.start])))
               and not (h.start >= mention.end and _OTHER_RELATIVE.fullmatch(
                   text, mention.end, h.start))  # "... fire that may be one of the worst"
               and not _HOLDS.fullmatch(text, h.end, mention.start)  # "would remain at 16"
               and not (text[h.end:mention.start].isspace()  # "officials fear 5,000 missing"
                        and _PRESUMED_AFTER.match(text, mention.end))
               and not any(min(h.end, mention.end) <= m.start < max(h.start, mention.start)
                           for m in mentions if m.kind in COUNTS)
               and not (h.end <= mention.start and not _SCENARIO_TOLD.match(text, h.end)
                        and (own or _RELATIVE.search(text, h.end, mention.start)))
               and not (h.start >= mention.end and (_RISE_AHEAD.match(text, h.end) or
                                                    _FIGURES_RISE.match(text, h.end)))
               and not (h.end <= mention.start and _RISE_BECAUSE.match(text, h.end, mention.start))
               for h in hits)


# "the death toll could go up as we sent 70 critically injured persons", "fears the
# toll would rise with three fishermen reported missing": the rise is the toll's, the
# number in the clause that says why is a count of now
_RISE_BECAUSE = re.compile(r"(?:\s+(?:that\s+)?(?:the\s+)?(?:death\s+)?(?:toll|figures?|number)\s+"
                           r"(?:would|could|will|may|might))?"
                           r"(?:\s+(?:further|still|also|well|sharply|significantly))*\s+(?:rise|"
                           r"increase|climb|grow|go\s+up|mount|worsen|go\s+higher)\b[^.;]*?\b"
                           r"(?:as|with|after|because|since|given)\b[^.;]*$", re.I)
# "... 2,068 injured, and said he feared those figures would increase"
_FIGURES_RISE = re.compile(r"\s+(?:that\s+)?(?:the|those|these)\s+(?:figures|numbers|tolls?|"
                           r"death\s+toll|tally)\s+(?:would|could|will|may|might)\b", re.I)


# "the toll had risen to 91 and will definitely increase", "91, a toll expected to
# rise": what will come is a rise from the number, which is today's
_RISE_AHEAD = re.compile(r"(?:[\s\"“]+(?:definitely|certainly|likely|probably|further|"
                         r"still|only|surely|almost\s+certainly|to))*[\s\"“]+(?:rise|increase|"
                         r"climb|grow|go\s+up|mount|worsen|go\s+higher|be\s+(?:even\s+)?higher|"
                         r"get\s+worse|soar|jump)\b", re.I)


# "would be around 155 to 165 kmph, gusting to 185 kmph": the gust belongs to the
# speed's clause, a forecast when the speed is
_GUSTING = re.compile(r"\s*,?\s*(?:gusting|with\s+gusts\s+(?:of\s+)?)(?:\s*(?:up\s+)?to)?"
                      r"(?:\s+(?:about|around|nearly|some))?\s*", re.I)


def _gusted(text: str, mention: Mention, mentions: list[Mention]) -> Mention | None:
    """The speed a gust's number follows ("155 to 165 kmph, gusting to 185 kmph")."""
    before = [m for m in mentions if m.end <= mention.start and m.kind != "date"]
    if before and _GUSTING.fullmatch(text, before[-1].end, mention.start):
        return before[-1]
    return None


# "in a worst-case scenario, a storm surge would flood the city with 18 feet": one
# scenario's forecast, no rival of the likely one ("a direct hit could ... several feet")
_WORST_CASE = re.compile(r"\b(?:worst[-\s]case|in\s+the\s+worst\s+case|at\s+worst)\b", re.I)


def scenario(text: str, sentence: Span, quantity: str) -> str:
    """`quantity` as its worst case's forecast when its sentence tells the number
    as the worst case."""
    if not quantity.endswith("_forecast") or " " in quantity \
            or not _WORST_CASE.search(text, sentence.start, sentence.end):
        return quantity
    return quantity[:-len("_forecast")] + "_worst_case_forecast"
