"""The measure words a number may take from its sentence: not a noun measure that is
not its own ("120,000 residents"), not a toll's level verb, not a word past another
number, a partitive's or an aside's, not the verb of a whole ("killing 158 of the 166
passengers"), not residents something befell."""

from __future__ import annotations

import re

from . import amounts
from .clauses import COUNTS, SHARES, aside, causative, earlier_numbers, others_noun
from .lengths import LENGTH_MEASURES
from .lexicon import Hit
from .mention import Mention
from .nouns import in_part_aside, object_between, own_noun, partitive_noun, people_acted_on
from .place_lists import coordinated
from .vehicles import without_crew

NOUN_MEASURES = frozenset({"population"})
# measures said only right by their number ("Four people survived"), never across a clause
CLOSE_MEASURES = frozenset({"aboard", "survivors"})
_PARTITIVE = re.compile(r"\s+of\s+(?:the\s+)?(?:[a-z]+\s+)?", re.I)


_OF_THOSE = re.compile(r"\b(?:of|among)\s+(?:those|these)(?:\s+[a-z]+){0,2},\s+"
                       r"(?:(?:about|some|around|nearly|at\s+least|more\s+than)\s+)?$", re.I)


_TALLIES = frozenset({"confirmed", "reported", "recorded", "registered", "counted"})
_OF_THE_COUNTED_BE = re.compile(r"\s+of\s+(?:the|those)\s+(?:dead|injured|wounded|victims|"
                                r"fatalities|casualties|deceased|bodies)\s+(?:were|are|was|is|"
                                r"have\s+been|has\s+been|had\s+been)\s+")


def measure_hits(text: str, mention: Mention, mentions: list[Mention],
                 hits: list[Hit]) -> list[Hit]:
    """The lexicon's measure `hits` of the sentence that `mention` may take."""
    parent = _OF_THOSE.search(text, max(0, mention.start - 40), mention.start)
    if parent is not None and {h.name for h in hits if 0 <= h.start - mention.end <= 30} & {
            h.name for h in hits if parent.start() <= h.start < parent.end()}:
        return []  # "of those wounded, 750 had “minor injuries”": a part of the count
        # before, of a kind of its own, never a rival of the whole
    usable = [h for h in hits if _may_measure(text, mention, h)]
    besides = _BESIDES.search(text, max(0, mention.start - 120), mention.start)
    if besides is not None:  # "In addition to the families made homeless, several people
        # ... were killed": the opening phrase's word is another count's
        usable = [h for h in usable if not besides.start() <= h.start < besides.end()]
    own = [h for h in usable if _bracketed_after(text, mention, h)]
    usable = own or usable
    if _OF_THEM.match(text, mention.end):  # "killed 111 people, dozens of them villagers
        usable = [h for h in usable if not (  # who had taken shelter": a part of the 111,
            h.start >= mention.end and _RELATIVE.search(text, mention.end, h.start))]
        # whatever the relative clause says of it
        if _NEW_CLAUSE.search(text, max(0, mention.start - 8), mention.start):
            usable = [h for h in usable if h.start >= mention.end]  # "206 out of 252
            # people were evacuated, and 18 of them sought medical help": not evacuated
    told = _OF_THE_COUNTED_BE.match(text, mention.end)
    verb = [h for h in usable if told is not None and h.start == told.end()
            and h.name not in _TALLIES]
    if verb:  # "15 of the dead were identified": the part the verb tells, not the dead
        usable = verb  # (not "were confirmed in Santa Catarina": still the dead)
    usable = [h for h in usable if not (h.start >= mention.end and (_past_another(
        text, mention, mentions, h) or _OTHER_GROUP.search(
            text, max(mention.end, h.start - 40), h.start) or _SUBJECT_OF_ITS_OWN.search(
            text, max(mention.end, h.start - 60), h.start)))]
    # ("thousands that have been rendered destitute, ... and many people injured": the
    # injured are the many people, not the thousands)
    whole = amounts.is_whole(text, mention, mentions)
    if _AND_BEFORE.search(text, max(0, mention.start - 6), mention.start) \
            and _OWN_VERB_AFTER.match(text, mention.end):  # "shot and wounded another
        # Sunday night and dozens of members of three gangs began fighting": a subject of
        # its own verb, no object of the verb before
        usable = [h for h in usable if h.start >= mention.end]
    if whole:  # "killing 158 of the 166 passengers": the verb is the part's, not the whole's
        usable = [h for h in usable if h.start >= mention.end and _whole_own(text, mention, h)]
    if _GROUP_OF.search(text, max(0, mention.start - 30), mention.start):
        usable = [h for h in usable if h.end <= mention.start]  # "one person from a group
        # of five foreign tourists died": the group's size; the verb is the one's
    usable = [h for h in usable if whole or not people_acted_on(text, mention, h, usable)]
    if any(h.name == "assisted" and amounts.QUALIFIED.fullmatch(text, h.end, mention.start)
           for h in usable) or _ASKED.search(text, max(0, mention.start - 40), mention.start):
        # "provided care to hundreds of displaced individuals": the aid's, not the
        # displaced; "interviewed hundreds of newly arrived Rohingyas": those asked
        usable = [h for h in usable if h.end <= mention.start]
    return [h for h in usable if not partitive_noun(text, mention, h, mentions)
            and not earlier_numbers(text, mention, h, mentions)
            and not others_noun(text, mention, h, mentions)
            and not causative(text, mention, h) and not in_part_aside(
                text, mention, h) and not object_between(text, mention, h)
            and not amounts.governs_other(text, mention, h, mentions)]


def _bracketed_after(text: str, mention: Mention, hit: Hit) -> bool:
    """"the densely populated (over one million) mining city": the word the brackets
    stand right after measures their number."""
    opened = _OPENED.search(text, max(0, mention.start - 30), mention.start)
    return opened is not None and hit.end <= opened.start() \
        and not text[hit.end:opened.start()].strip() \
        and re.match(r"\s*\)", text[mention.end:]) is not None  # (the number alone inside)


_PER = re.compile(r"\s+per\b")
_RESULTING = re.compile(r",\s*(?:resulting\s+in|leading\s+to|prompting|causing)\s")
_OPENED = re.compile(r"\(\s*(?:(?:over|about|some|nearly|almost|more\s+than|around)\s+)?$")
# the clause's own verb after a whole ("two of nine crew members were killed", "of the
# region's 1.9 million residents have been left without power") is the part's
_MAIN_VERB = re.compile(r"\b(?:were|was|are|is|have|has|had|will|would|died|perished|fled)\b",
                        re.I)


def _whole_own(text: str, mention: Mention, hit: Hit) -> bool:
    """A word after the whole M of "N of M" that is M's own: its noun, or a verb of a
    relative clause about it ("five of the 20 people who were injured"); the dead are
    the dead ("79 of the 84 victims had died")."""
    gap = text[mention.end:hit.end]  # the word itself may be the verb ("passengers died")
    verb = _MAIN_VERB.search(gap)
    return verb is None or bool(_RELATIVE.search(gap, 0, verb.start())) \
        or bool(_THE_DEAD.match(text, mention.end))


_AT_RISK_OF = re.compile(r"\b(?:risk|risks|danger|threat|chance|fear)\s+of\s+"
                         r"(?:[a-z]+\s+(?:or|and)\s+)?$", re.I)


def _may_measure(text: str, mention: Mention, hit: Hit) -> bool:
    if hit.table != "measures" or hit.name in LENGTH_MEASURES | {"magnitude"}:
        return False
    if hit.name in NOUN_MEASURES and (mention.kind in SHARES or not own_noun(
            text, mention, hit)) and not _bracketed_after(text, mention, hit):
        return False
    if hit.name == "population" and _PER.match(text, hit.end):
        return False  # "the standards of 500 inhabitants per water point": a rate
    if hit.name in ("killed", "injured") and _AT_RISK_OF.search(
            text, max(0, hit.start - 30), hit.start):
        return False  # "thousands of people who work at high risk of injury or death":
        # a hazard, no one hurt (not "at risk of acute malnutrition": a need counted)
    if hit.end <= mention.start and _RESULTING.search(text, hit.end, mention.start):
        return False  # "2,600 migrants per day are crossing ..., resulting in hundreds
        # sleeping on the streets": the hundreds are the result's, not crossers
    if amounts.level_verb(text, hit, mention):
        return False  # "the death toll has reached 14": the toll's level, no arrival
    if text[hit.start:hit.end].lower() == "lives" and not _LIVES_LOST.search(
            text, max(0, hit.start - 60), min(len(text), hit.end + 20)):
        return False  # "16,000 people whose lives were threatened ... were relocated"
    if hit.name == "arrived" and _INTO_A_BUILDING.match(text, hit.end):
        return False  # "We entered a house to rescue two children": no border crossed
    if text[hit.start:hit.end].lower() == "lost" and _LOST_THINGS.match(text, hit.end):
        return False  # "400 people from 53 families lost absolutely everything": alive
    return not (hit.name in CLOSE_MEASURES and len(without_crew(text[min(
        hit.end, mention.end):max(hit.start, mention.start)]).split()) > 2)
    # ("a boat carrying refugees ... while thousands other waiting": no survivors)


# a part taken from a group ("one person from a group of five", "two of a group of
# seven"), not "the fate of a group of 32 refugees who have been stuck"
_GROUP_OF = re.compile(r"\b(?:(?:from|among)\s+|(?:\d+|one|two|three|four|five|six|seven|eight|"
                       r"nine|ten)\s+(?:[a-z]+\s+)?of\s+)(?:a|the)\s+group\s+of\s+$", re.I)
_OTHER_GROUP = re.compile(r"(?:,|\band)\s+(?:many|several|numerous|countless)\s+(?:other\s+)?"
                          r"(?:people|persons|residents|villagers|others)\s+(?:(?:were|was|"
                          r"have\s+been|had\s+been)\s+)?$", re.I)
_ASKED = re.compile(r"\b(?:interviewed|surveyed|polled|questioned|spoke\s+(?:to|with)|"
                    r"talked\s+(?:to|with))\s+(?:(?:about|some|around|nearly|more\s+than|over|"
                    r"at\s+least)\s+)?$", re.I)
# "thousands of people swarmed around the site, erupting into cheers as limp forms were
# pulled from the rubble": the verb of a clause with a subject of its own
# (not "miners who had been near the exit when the explosion occurred were rescued": the
# clause ends at its verb, and "were rescued" is the miners')
_SUBJECT_OF_ITS_OWN = re.compile(r"\b(?:as|while|when|until)\s+(?:(?![a-z]+ed\b)[A-Za-z-]+\s+){1,3}"
                                 r"(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\s+$")
_BESIDES = re.compile(r"(?:^|(?<=[.\n]\s)|(?<=\n))(?:In\s+addition\s+to|Besides|Apart\s+from|"
                      r"Aside\s+from|As\s+well\s+as)\b[^,;:.]{1,80},\s*(?:[a-z]+\s+){0,2}$")
_AND_BEFORE = re.compile(r"\band\s+$")
_OWN_VERB_AFTER = re.compile(r"(?:\s+of\s+(?:[\w-]+\s+){1,5}?|\s+(?:[a-z-]+\s+)?)(?:began|started|"
                             r"gathered|joined|took|fought|marched|attacked|stormed)\b")
_NEW_CLAUSE = re.compile(r"(?:,\s*and|;)\s+$")
_THE_DEAD = re.compile(r"\s+(?:victims|dead|deaths|fatalities|casualties|bodies)\b", re.I)
_OF_THEM = re.compile(r"\s+of\s+(?:them|whom|those|these)\b", re.I)
_RELATIVE = re.compile(r"\b(?:who|which|that|whose)\b", re.I)
# lives a disaster took: "claimed 2,500 lives", "50 lives were lost", "cost ... lives"
_LIVES_LOST = re.compile(r"\b(?:claim\w*|cost\w*|took|tak(?:e|es|en|ing)|lost|los(?:e|es|ing)|"
                         r"toll|perish\w*)\b[^.;:]{0,40}\blives\b|\blives\s+(?:were\s+|have\s+"
                         r"been\s+|had\s+been\s+)?lost\b", re.I)


_INTO_A_BUILDING = re.compile(r"\s+(?:into\s+)?(?:a|an|the|their|his|her)\s+(?:[a-z]+\s+)?(?:house|"
                              r"home|building|room|flat|apartment|water|premises|site|mine|"
                              r"cave|tunnel|car|vehicle)s?\b", re.I)
# what people lose and live: "lost absolutely everything", "lost their homes", "around
# 150 residents lost contact with the rest of the country"
# ("lost most of their belongings": anything of theirs but their lives)
_LOST_THINGS = re.compile(r"\s+(?:(?:absolutely|almost|nearly|practically)\s+)?(?:everything|"
                          r"(?:(?:most|all|much|some|part|many)\s+of\s+)?(?:their|his|her)\s+"
                          r"(?!lives?\b|own\s+lives\b)|"
                          r"all\s+(?:they|their|his|her)\b|(?:their|his|her|the)\s+(?:[a-z]+\s+)?"
                          r"(?:homes?|houses?|belongings|livelihoods?|crops|possessions|property|"
                          r"cattle|livestock|jobs?|businesses|savings|shelter)\b|homes|power|"
                          r"electricity|contact|touch|access|communications?)", re.I)


def _past_another(text: str, mention: Mention, mentions: list[Mention], hit: Hit) -> bool:
    """Whether a word after the number lies past another number, whose word it is; save
    the whole of a partitive ("over 100,000 of the estimated 120,000 residents ... have
    fled") and a shared verb ("at least 21 students and four teachers died")."""
    return any(
        mention.end <= m.start and m.end <= hit.start and not _PARTITIVE.fullmatch(
            text[mention.end:m.start]) and not aside(text, mention, m, hit)
        # "2,000 families (10,000) people were affected": the same count restated
        and not re.fullmatch(r"[^()\d]{0,12}\(\s*", text[mention.end:m.start])
        and not coordinated(text, mention.end, m.start)
        # "Five civilians, including a child and two women, were killed"
        and not re.search(r",\s*including\b", text[mention.end:m.start])
        for m in mentions if m.kind in COUNTS)
