"""Counts of another time than the one the story tells: an estimate since revised
("Initial estimates of 10,000 deaths have now been scaled back"), a count the
sentence tells as an earlier one ("Before, 13 villagers have died", "A previous report
... reported at least twelve"), the count a toll rose from ("increased to 11 from
nine"). Each is a quantity of its own (`_initial_estimate`, `_previous_count`), never
a rival of the latest count."""

from __future__ import annotations

import re

from .past_years import ITS_YEAR

# a count since revised: "Initial estimates of 10,000 deaths have now been scaled back"
INITIAL = re.compile(r"\b(?:initial|early|earlier|first|original)\s+(?:estimates?|reports?|"
                     r"figures?|tolls?|counts?)\s+(?:of|put\s+(?:it|the\s+toll)\s+at|"
                     r"said|suggested)\s+(?:[a-z]+\s+)?$", re.I)
# a count the sentence tells as an earlier one ("Before, 13 villagers have died",
# "Previously, 12 were confirmed"): of another time than the count told beside it
EARLIER = re.compile(r"\W*(?:(?:Before|Previously|Earlier|Until\s+then),\s+(?:[a-z]+\s+){0,3}|"
                     # "Earlier, the West Bengal State disaster management authority had said
                     # that 20 people were killed"
                     r"(?:Previously|Earlier),\s+[^,;:.\d]{0,100}?\b(?:said|reported|put|placed|"
                     r"gave|estimated|announced)\b[^;:.\d]{0,40}|"
                     # "Earlier the provincial civil affairs department put the figure at
                     # nearly 2,000" (no comma after the adverb)
                     r"(?:Earlier|Previously|Initially)\s+(?!,)[^,;:.\d]{0,80}?\b(?:put|placed|"
                     r"said|reported|gave|estimated|announced)\b[^;:.\d]{0,40}|"
                     # "Originally the death toll given by police was 24, but ...", "At one
                     # point they had said there were 106 confirmed deaths"
                     r"(?:Originally|Initially|At\s+first|At\s+one\s+point),?\s+[^,;:.\d]{0,60}|"
                     # "He had earlier reported 39 deaths", "had initially put the toll at"
                     # "the death toll had increased to 11 from nine people": the count
                     # it rose from
                     # ("raised the death toll to 52 from the 38 deaths confirmed earlier")
                     r"[^;:.]{0,200}?\b(?:increased|rose|risen|climbed|jumped|went\s+up|"
                     r"gone\s+up|(?:raised|revised|lifted|pushed)(?:\s+(?:the|its|their)"
                     r"(?:\s+[a-z-]+){0,2}?\s+(?:toll|tally|count|number|figure))?(?:\s+up)?)"
                     r"\s+to\s+[\d,.]+(?:\s+[a-z]+){0,2}?\s+from\s+(?:the\s+)?|"
                     # "a large increase (in the number) of displaced people, from just
                     # over 30,000 to 53,000", "rose from 30,000 to 53,000": the count it
                     # changed from
                     r"[^;:.]{0,200}?\b(?:increased?|rose|risen|rise|climbed|jumped|grew|grown|"
                     r"went\s+up|gone\s+up|fell|fallen|dropped|declined?|decreased?|drop)\b"
                     r"[^;:.\d]{0,60}?\bfrom\s+(?:(?:just|about|around|nearly|almost|some|"
                     r"roughly|over|more\s+than|less\s+than|under)\s+)*|"
                     # "54 people died ... — up from the county's previously announced
                     # death toll of 42", "24 deaths – up from 12" (past "10 a.m.")
                     r"[^;:]{0,200}?\b(?:up|down)\s+from\s+(?:(?:the|its|their|a|an)\s+"
                     r"[^,;:.\d—–]{0,70}?\b(?:of|at)\s+)?|"
                     # "revising an earlier estimate by the Malang Disaster Mitigation Agency
                     # that pegged the death toll at 174", "its earlier estimate of 30" (past
                     # the abbreviations of a sentence: "Gen. Listyo Prabowo"; not "a
                     # preliminary toll of six": the count as it stands)
                     r"[^;:]{0,200}?\b(?:an?|the|its|their)\s+(?:earlier|previous)\s+"
                     r"(?:estimate|toll|count|figure|tally|report)\b"
                     r"[^;:.\d]{0,80}?(?:\bof|\b(?:that|which)\s+(?:put|pegged|placed|gave|set|"
                     r"had\s+put)\b[^;:.\d]{0,40}?\bat)\s+(?:[a-z]+\s+){0,2}|"
                     # "At the beginning of May, the case count stood at 1,140 with nine
                     # deaths": a level the start of a past month dates (not "At the
                     # beginning of May, 300 people fled": a flow of its own)
                     r"(?:At|By)\s+the\s+(?:beginning|start)\s+of\s+(?:January|February|March|"
                     r"April|May|June|July|August|September|October|November|December|the\s+"
                     r"(?:month|year)|last\s+(?:month|year))\s*,[^;:]{0,60}?\b(?:stood|was|"
                     r"were|reached|totall?ed|numbered)\b[^;:]{0,60}?|"
                     # "A previous report, announced by the Prime Minister, reported"
                     r"(?:An?|The)\s+(?:previous|earlier|preliminary)\s+(?:report|toll|count|"
                     r"tally|assessment|estimate|balance)\b[^;:.\d]{0,100}|"
                     # "The death toll was earlier reported at 89"
                     # ("was originally given as seven, with three people missing": both)
                     r"[^,;:.\d]{0,40}\b(?:had|has|was|were)\s+(?:earlier|previously|initially|"
                     r"originally)\s+(?:reported|put|given|announced|confirmed|said|stated)\b"
                     r"[^,;:.\d]{0,40}(?:,\s+with\s+[^,;:.\d]{0,20})?|"
                     # "the number of fatalities, which was initially estimated at 18, rose
                     # to 23": a relative clause that tells the count as a first one
                     r"[^;:.]{0,200}?\b(?:which|that)\s+(?:was|were|had\s+been)\s+(?:initially|"
                     r"first|originally|earlier|previously)\s+(?:(?:estimated|reported|put|given|"
                     r"announced|counted|thought)\s+(?:at|to\s+be|as)\s+(?:[a-z]+\s+){0,2})?|"
                     # "Officials first said 20 students were killed, but later revised"
                     r"[^,;:.\d]{0,40}\b(?:first|initially|originally)\s+(?:ha[ds]\s+|have\s+)?"
                     r"(?:said|reported|put|"
                     r"gave|announced|stated|estimated)\b[^,;:.\d]{0,40}|"
                     # "The death toll ..., once feared to be well more than 100, is
                     # expected to land between 95 and 99": a fear it has left behind
                     r"[^;:.\d]{0,200}?\bonce\s+(?:feared|expected|thought|estimated|believed|"
                     r"projected|put)\s+(?:to\s+be\s+|at\s+)?(?:[a-z]+\s+){0,2})$")

# "five more deaths in addition to the four already reported since Sunday": the count
# the new ones add to, told before them (not "20 injured, in addition to the 5 dead")
_ADDED_TO = re.compile(r"[^;:.]{0,200}?\b(?:in\s+addition\s+to|on\s+top\s+of|besides)\s+"
                       r"(?:the|its|their)\s+$", re.I)
_ALREADY = re.compile(r"\s+(?:[a-z]+\s+)?already\b")




def earlier(text: str, sentence_start: int, mention) -> bool:
    """Whether the sentence tells the count as one of an earlier time (not one a year
    names: "rose to 4,880,200 from 4,533,222 in 2011" is the count of 2011)."""
    if ITS_YEAR.match(text, mention.end):
        return False
    return EARLIER.match(text, sentence_start, mention.start) is not None or (
        _ADDED_TO.match(text, sentence_start, mention.start) is not None
        and _ALREADY.match(text, mention.end) is not None)


# a count the sentence then adds to a toll: "have left 47 people dead or missing ...,
# raising the disaster death toll to at least 119"
_ADDED = re.compile(r"[^.;:]{0,160}?,\s+(?:raising|bringing|pushing|taking|lifting)\s+the\s+"
                    r"(?:[a-z-]+\s+){0,3}?toll\s+(?:[a-z]+\s+){0,3}?to\b")
# ... not "the toll in Kandy rose to 30, bringing the national toll to 90": a toll itself
_A_TOLL_BEFORE = re.compile(r"\b(?:rose|risen|climbed|increased|jumped|reached|stood\s+at|"
                            r"stands\s+at|is|was)\s+(?:to\s+)?(?:[a-z]+\s+)?$")


def added_to_toll(text: str, mention, sentence) -> bool:
    """Whether the sentence adds the counted deaths to a toll it names after them."""
    return _ADDED.match(text, mention.end, sentence.end) is not None \
        and not _A_TOLL_BEFORE.search(text, max(sentence.start, mention.start - 30),
                                      mention.start)
