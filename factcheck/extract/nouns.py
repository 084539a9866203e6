"""The number's own nouns: a people noun that names a group ("21 students"), a word
that says which kind of thing ("religious buildings"), the verb done to things
right before the number, a thing right after it."""

from __future__ import annotations

import re

from .amounts import SIZE_WORDS
from .clauses import BREAK as _BREAK
from .clauses import COUNTS, nearest
from .lexicon import Hit
from .mention import Mention


# People nouns that name everyone counted, not a group apart ("300 people", "863
# civilians", "15 refugees"): no prefix.
GENERIC_PEOPLE = frozenset("""people persons person civilians residents refugees individuals
inhabitants migrants evacuees victims casualties dead deaths fatalities injured wounded
displaced homeless citizens nationals survivors others villagers locals""".split())


# the people an incident befell as a whole ("25 passengers were killed" in a bus crash,
# "145 Hindu pilgrims were trampled"): the toll itself, as fact-checkers name it, not a
# group's part of it
_THE_EVENTS_PEOPLE = frozenset("""passengers passenger tourists tourist pilgrims pilgrim
worshippers worshipper devotees devotee miners miner commuters commuter travellers
travelers visitors holidaymakers hikers climbers trekkers inmates inmate prisoners prisoner
trainees fishermen skiers snowboarders swimmers bathers beachgoers campers vacationers
picnickers motorists worshipers""".split())


# the people a report comes from, counted: "reports from several students"
_SOURCES_FROM = re.compile(r"\b(?:reports?|accounts?|complaints?|calls|testimon(?:y|ies)|"
                           r"statements?|messages?)\s+(?:from|by)\s+$", re.I)


_TOLL_AMONG = re.compile(r"\btoll\s+among\s+(?:the\s+)?([a-z]+)(?:\s+alone)?\s+(?:has\s+|had\s+)?"
                         r"(?:risen|rose|climbed|reached|stands|stood|is|was)\s+(?:to\s+|at\s+)?"
                         r"(?:(?:at\s+least|about|nearly|more\s+than|over)\s+)?$")


def group_noun(text: str, mention: Mention, as_prefix: bool = False) -> str | None:
    """A people noun right after the number, past one adjective, that names a group of
    its own ("21 students", "215 Pakistani soldiers"): the measure's prefix, unless
    they are the incident's people ("25 passengers were killed": the toll); alone, the
    count's name ("a ferry carrying 400 passengers": `S.passengers`)."""
    from .people import PERSON_NOUNS

    if _SOURCES_FROM.search(text, max(0, mention.start - 30), mention.start):
        return None  # "investigating reports from several students": who told, no group
    among = _TOLL_AMONG.search(text, max(0, mention.start - 80), mention.start)
    if among and as_prefix and among[1].lower() in PERSON_NOUNS \
            and among[1].lower() not in GENERIC_PEOPLE:
        return _plural(among[1].lower())  # "the toll among children alone has risen to
        # 180": the children's toll, a part of the whole
    # the number's own words, up to a clause mark ("reached 14, officials said")
    words = re.findall(r"[A-Za-z]+", re.split(r"[,;:.()]", text[mention.end:mention.end + 40],
                                               maxsplit=1)[0])[:2]
    for k, word in enumerate(words):
        low = word.lower()
        if low in _MEASURE_NOUNS and not as_prefix and (low != "refugees" or _THERE_ARE.search(
                text, max(0, mention.start - 40), mention.start)):  # "There are 183 survivors"
            return _MEASURE_NOUNS[low]
        group = _MEMBERS_OF.match(text, mention.end) if low == "members" else None
        if group and group[1].lower() not in _KIN_GROUPS:  # "About 20 members of the
            # Montana National Guard", not "several members of his family": two groups
            return f"{group[1].lower()}_members"
        if low in PERSON_NOUNS:
            if k == 1 and words[0].lower() in _GROUP_ADJECTIVES:  # "123 pregnant women"
                return f"{words[0].lower()}_{low}"
            if low in GENERIC_PEOPLE or (as_prefix and low in _THE_EVENTS_PEOPLE):
                return None
            return _plural(low)
        if k == 0 and not (word[0].isupper() or low.endswith(("ian", "ese", "ish", "i"))
                           or low in _GROUP_ADJECTIVES):
            return None
    return None


# people nouns that say the measure when no verb does ("there are 950,000 Ukrainian
# refugees in Poland"; with a verb, "38 survivors were rescued", the verb's)
_MEASURE_NOUNS = {"survivors": "survivors", "spectators": "attendance",
                  "attendees": "attendance", "refugees": "refugees"}


# refugees counted where they are, not how they came ("there are 950,000 refugees in
# Poland"; "five refugees" a tent holds, or who fled, are no such count)
_THERE_ARE = re.compile(r"\bthere\s+(?:are|were|is|was)\s+(?:now\s+|still\s+)?"
                        r"(?:(?:about|some|around|over|nearly|almost|more\s+than)\s+)?$", re.I)


_IRREGULAR = {"child": "children", "woman": "women", "man": "men"}
_KIN_GROUPS = frozenset({"family", "families", "household", "households"})
# the group members belong to: its last noun before a break ("of the Montana National
# Guard and police": guard)
_MEMBERS_OF = re.compile(r"\s+(?:[a-z]+\s+)?members\s+of\s+(?:the|his|her|their|its|our)?\s*"
                         r"(?:[A-Za-z]+\s+){0,3}?([A-Za-z]{3,})(?=\s*(?:$|[,;.:()]|\s(?:and|"
                         r"or|who|which|that|were|was|are|is|have|had|has|watched|[a-z]+ed)\b))")


def _plural(noun: str) -> str:
    """"40 child deaths" and "40 children died" count one group: `children`."""
    if noun in _IRREGULAR:
        return _IRREGULAR[noun]
    from .people import PERSON_NOUNS

    plural = f"{noun}s"
    return plural if plural in PERSON_NOUNS else noun


# adjectives that make a group of its own of any people ("123 pregnant women")
_GROUP_ADJECTIVES = frozenset("pregnant elderly disabled".split())


# "forcing 550,000 into shelters": a preposition says where, it is no kind of thing
_FUNCTION_WORDS = frozenset("of into in to from at on for with by the and or but".split())


def modifier(gap: str) -> str:
    """"73 religious buildings", "112 government buildings": kinds of a thing kept
    apart (`religious_buildings`); not a participle ("600 damaged homes")."""
    words = gap.split()
    # after an adjective, the word right before the thing says its kind ("two federal
    # military camps": military camps); not a compound noun ("two city center buildings")
    if len(words) == 2 and not _ADJECTIVE.fullmatch(words[0]):
        return ""
    if len(words) in (1, 2) and re.fullmatch(r"[a-z]{3,}", words[-1]) \
            and not words[-1].endswith("ed") \
            and not {w.lower() for w in words} & (SIZE_WORDS | _FUNCTION_WORDS | _NOT_KINDS):
        return f"{words[-1]}_"
    return ""


_ADJECTIVE = re.compile(r"[a-z]{2,}(?:al|an|ic|ous|ive|ful|ary|ese|ish)")


_NOT_KINDS = frozenset("""more other some many few new additional further central northern
southern eastern western such""".split())  # "four central provinces": where, not which kind
# (nor "about 40 such camps": the camps told before)


def verb_before(text: str, mention: Mention, hits: list[Hit]) -> Hit | None:
    """"The earthquake destroyed 53,000 homes and damaged 77,000 more": the verb whose
    object the number is, right before it, before any word after it."""
    for hit in hits:
        # ("have recovered some 40 bodies": the people's measure's longer phrase won)
        if (hit.table == "object_measures" or (hit.table, hit.name) == ("measures", "recovered")) \
                and hit.end <= mention.start \
                and re.fullmatch(r"\s*(?:(?:some|about|nearly|almost|over|more\s+than|"
                                 r"at\s+least|around|an\s+estimated)\s+)?",
                                 text[hit.end:mention.start]):
            return hit
    return None


# objects that are areas: a bare count of them in a crisis story ("floods hit 20
# states") is the areas affected, as fact-checkers name it (`S.states_affected`)
AREA_UNITS = frozenset({"villages", "provinces", "districts", "parishes", "states",
                        "sub_districts", "municipalities", "communities", "neighborhoods",
                        "townships"})


def done_to(text: str, mention: Mention, hits: list[Hit], thing: Hit,
            mentions: list[Mention]) -> Hit | None:
    """What happened to the things a number counts: the verb right before it, else
    the nearest ("200 homes were destroyed"). "Evacuated" only right before the number
    ("people evacuated ... were housed in 305 relief camps" evacuated no camps), and an
    area's verb only right after it."""
    before = verb_before(text, mention, hits)
    if before is not None:
        return before
    if thing.name == "bodies" and _OF_THE.search(text, max(0, mention.start - 12), mention.start):
        # "Of the 68 bodies which got charred, 12 have been identified": those found
        return Hit(mention.start, mention.end, "object_measures", "recovered")
    verbs = [h for h in hits if h.table == "object_measures" and h.name != "evacuated"
             and (thing.name not in AREA_UNITS
                  or _AREA_VERB_GAP.fullmatch(text, thing.end, h.start))
             and not (h.name == "recovered" and _FOUND_IN_A_STATE.match(text, h.end))
             and not _past_own_predicate(text, thing, h, mentions)]
    # (not "backhoes digging alongside destroyed houses": the verb of another noun)
    verbs = [h for h in verbs if not any(o.table == "objects" and o is not thing
                                         and text[h.end:o.start].isspace() for o in hits)]
    if _OWN_PREDICATE.match(text, thing.end):
        # "9,018 homes have collapsed and 8,257 homes have been left uninhabitable": the
        # things' own verb follows them; the verb of the clause before is another's
        verbs = [h for h in verbs if h.start >= mention.end]
    return nearest(text, mention, verbs, mentions)


def _past_own_predicate(text: str, thing: Hit, verb: Hit, mentions: list[Mention]) -> bool:
    """"eight buildings were inspected and only one was found to be uninhabitable":
    a verb past another count, after the things' own predicate, is that count's."""
    return any(thing.end <= m.start and m.end <= verb.start and m.kind in COUNTS
               and _AUXILIARY.search(_RELATIVE_ASIDE.sub(",", text[thing.end:m.start]))
               for m in mentions)


_AUXILIARY = re.compile(r"\b(?:were|was|are|is|have|has|had)\s+[a-z]")
# ("12 buildings, five homes, two of which are commercial, a stand ... were affected")
_RELATIVE_ASIDE = re.compile(r",[^,]*\b(?:which|who|whom|that)\b[^,]*,")
# "Twenty-four homes were found unsafe for habitation": a state found, nothing recovered
_FOUND_IN_A_STATE = re.compile(r"\s+(?:to\s+be\b|(?:un)?safe\b|unfit\b|un(?:in)?habitable\b|"
                               r"damaged\b|cracked\b|intact\b|in\s+(?:good|poor|bad|sound)\b)",
                               re.I)
_OWN_PREDICATE = re.compile(r"\s+(?:have|has|had|were|was|are|is)\s+(?:been\s+)?[a-z]")


_OF_THE = re.compile(r"\b(?:[Oo]f|[Aa]mong)\s+the\s+$")


# an area's verb is its own right after it: "40 villages were submerged", "12 districts
# flooded", not "hail in eight states killed 27, ... and destroyed hundreds of houses"
_AREA_VERB_GAP = re.compile(r"\s+(?:(?:were|was|are|is|have|has|had|been|being|all|now|"
                            r"also|still|remain|remained|largely|partly|partially|completely|"
                            r"totally|fully)\s+)*")


def attached(hits: list[Hit], mention: Mention, table: str, text: str) -> Hit | None:
    """A noun of `table` right after the number ("600 homes", "215 Pakistani
    soldiers", "dozens of villages")."""
    from .people import PERSON_NOUNS

    for hit in hits:
        if hit.table == table and hit.start >= mention.end:
            owner = re.match(r"\s+([a-z]+)", text[hit.end:hit.end + 20])
            if owner and owner.group(1) in PERSON_NOUNS:
                continue  # "hundreds of nomadic reindeer herders": people, not reindeer
            gap = text[mention.end:hit.start]
            words = set(gap.lower().split())
            if len(gap.split()) <= 2 and not _BREAK.search(gap) \
                    and not words & GENERIC_PEOPLE and not words & _NOT_OF_THE_NUMBER \
                    and not _NEXT_NUMBER.match(gap) and not _NEXT_VERB.fullmatch(gap):
                return hit  # not "60 people inside apartments": the people are counted
    return None


# a preposition or a verb between: the noun is where or what the counted did ("Two
# died at home", "five killed in houses"), not what is counted; a conjunction: the
# noun opens another clause ("the death toll has climbed to 4,455 as rescuers continue")
_NOT_OF_THE_NUMBER = frozenset("""at in on into inside from near to died killed as while
when because whereas after before since than""".split())
# "the toll rose to 66 and 640 houses were destroyed": the houses are the next number's
_NEXT_NUMBER = re.compile(r"\s+(?:and|or|but)\s+\S*\d")
# "killed dozens and destroyed homes": the homes are the verb's after "and" (not "160
# domestic and international flights")
_NEXT_VERB = re.compile(r"\s+(?:and|or|but)\s+[a-z]+ed\s+")


# Who a share counts among those its clause measures: "45 percent of arrivals were
# children", "43 percent female", "four percent aged above 60". The group is the
# part; the people measured are the whole, and the part is named after it, as fact-
# checkers write it (`S.departed_children / S.departed`, `S.homes_insured / S.homes`).
_SHARE_GROUPS = {"children": "children", "minors": "children", "kids": "children",
                 "women": "women", "men": "men", "girls": "girls", "boys": "boys",
                 "female": "female", "females": "female", "male": "male", "males": "male",
                 "elderly": "elderly", "older people": "elderly"}
_GROUP_WORD = "|".join(sorted(map(re.escape, _SHARE_GROUPS), key=len, reverse=True))
# the group right after the share, or after "of <whole> were": never "45 percent of
# children", where the children are the whole
_SHARE_GROUP = re.compile(
    rf"\s+(?:(?:of\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?\s+)?(?:were|are|was|is)\s+|"
    rf"of\s+(?:them|whom)\s+)?"  # "half of them children"
    rf"(?:(?P<group>{_GROUP_WORD})\b|aged\s+(?P<side>above|over|under|below)\s+"
    rf"(?P<age>\d{{1,3}})\b)", re.IGNORECASE)


def share_group(text: str, mention: Mention) -> str | None:
    """The group a share counts: "children", "female", "over_60"; None for a share of
    everyone the clause measures."""
    found = _SHARE_GROUP.match(text, mention.end)
    if found is None:
        return None
    if found["group"]:
        return _SHARE_GROUPS[found["group"].lower()]
    side = "over" if found["side"].lower() in ("above", "over") else "under"
    return f"{side}_{found['age']}"


_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|[a-z]{3,}ed)\b", re.I)

_AS_OF_DAY = re.compile(r"^\s+as\s+(?:of|at)\s+(?:census\s+day\s+)?(?:(?:[A-Z][a-z]+\.?\s+\d{1,2}|"
                        r"\d{1,2}\s+[A-Z][a-z]+)(?:,?\s+\d{4})?|[A-Z][a-z]+\s+\d{4}|\d{4})(?=\s)")


def own_noun(text: str, mention: Mention, hit: Hit) -> bool:
    """"120,000 residents", "population was somewhere between 55,000", "a population
    of 120,000": the noun belongs to this number."""
    if hit.start >= mention.end:
        gap = text[mention.end:hit.start]
        return len(gap.split()) <= 2 and not _BREAK.search(gap)
    gap = _AS_OF_DAY.sub("", text[hit.end:mention.start], count=1)  # ("Canada's
    # population as of census day 2006 was 31,612,897": the day is the count's own)
    if text[hit.end - 3:hit.end] == " of" and re.search(r"[A-Z]", gap):
        return False  # "in the city of Asakura and three in the village of Toho": the
        # city's name follows, not its people (as in "a city of 300,000")
    if _BREAK.search(gap):
        return False  # "the total number of Rohingya in Cox's Bazaar to 867,500" is
    return len(gap.split()) <= 3 or (len(gap.split()) <= 8 and not _VERB.search(gap))


# a verb acting on the people counted: "marooning hundreds of residents", "evacuated
# 300 inhabitants" (not "home to", "has": what a place holds)
_ACTED_ON = re.compile(r"\b(?!(?:housed|hosted|included|including|housing|hosting|"
                       r"numbered|numbering|estimated|registered|counted)\b)[a-z]{3,}"
                       r"(?:ing|ed)\s+(?:(?:[a-z]+\s+){0,2}of\s+)?(?:(?:the|its|their|some|"
                       r"about|nearly|almost|around|over|more\s+than|at\s+least)\s+)*$")


def people_acted_on(text: str, mention: Mention, hit: Hit, others: list[Hit]) -> bool:
    """Whether "residents" or "inhabitants" after the number count people something
    befell, no population: the number a verb's object ("marooning hundreds of
    residents"), or another measure in the clause ("15,000 residents and 2,000 homes
    were affected", "leading hundreds of residents ... to evacuate")."""
    if text[hit.start:hit.end].lower() not in ("residents", "inhabitants") \
            or hit.start < mention.end or _PLACE_OF.search(text, max(0, mention.start - 40),
                                                         mention.start):
        return False  # ("left the community of 3,000 inhabitants cut off": its people)
    return bool(_ACTED_ON.search(text, max(0, mention.start - 50), mention.start)
                or _ACTED_AFTER.match(text, hit.end)) or any(
        h is not hit and h.name != "population" and (0 <= h.start - hit.end <= 60 or (
            h.start - hit.end <= 160 and _OF_WHERE.fullmatch(text, hit.end, h.start)))
        and not _OTHER_CLAUSE.search(text, hit.end, h.start) for h in others)


# where the residents live, then their verb: "152,000 Israeli residents of cities, towns
# and villages near the borders of Gaza in the south and Lebanon in the north have
# evacuated" (no verb of a clause of its own between)
_OF_WHERE = re.compile(r"\s+of(?:,?\s+(?![a-z]+(?:ed|ing)\b|(?:is|are|was|were|have|has|had|be|"
                       r"been|to|will|would|can|could)\b)[\w'’-]+)+?\s+(?:(?:have|has|had)\s+"
                       r"(?:been\s+)?|(?:were|was|are|is)\s+)")


# "Hundreds of residents bussed from Daly River", "About 250 residents left 80 homes",
# "40 residents were cleared from the town" (not "3,000 residents lived there")
_ACTED_AFTER = re.compile(r"\s+(?:were\s+|have\s+been\s+|had\s+been\s+)?(?:left|fled|lost|"
                          r"(?!(?:lived|remained|stayed|registered)\b)[a-z]{3,}ed\s+(?:from|to|"
                          r"out|into|by|in|on|at|away|off)\b)")
_PLACE_OF = re.compile(r"\b(?:community|town|city|village|country|nation|island|district|"
                       r"municipality|settlement|region|province|state|neighbou?rhood|commune)"
                       r"\s+of\s+(?:(?:about|some|around|nearly|almost|over|more\s+than)\s+)?$",
                       re.I)
# (not "with 55,000 residents, was emptied as people fled": the people of another clause)
_OTHER_CLAUSE = re.compile(r"[.;:()]|\b(?:as|when|while|after|before|because|since|where|who|"
                           r"which|that|but)\b")


def partitive_noun(text: str, mention: Mention, hit: Hit, mentions: list[Mention]) -> bool:
    """In "N of the M residents", "residents" is M's noun, not N's."""
    after = text[mention.end:mention.end + 40]
    if not re.match(r"\s+of\s+", after):
        return False
    following = next((m for m in mentions if m.start >= mention.end and m.kind in COUNTS), None)
    if following is None or following.start - mention.end > 25:
        return False
    tail = text[following.end:hit.start]  # ("of nine crew members were killed")
    return hit.start >= following.end and len(tail.split()) <= 3


# "Thirty people, most of them homeless, have died": the aside says what some of the
# counted are; its words measure nothing of the count
_PART_ASIDE = re.compile(r"\s*(?:people\s*)?,\s*(?:most|many|some|all|half|several|a\s+few|"
                         r"none|one|two|three|[a-z]+\s+percent)\s+of\s+(?:them|whom)\b[^,;.]*,")


# "Dead were among hundreds that flocked to the factory": the dead are a part of the
# crowd the number counts
_AMONG = re.compile(r"[^,;:.\d]{0,30}?\b(?:were|are|was|is)\s+(?:also\s+)?among\s+(?:the\s+)?"
                    r"(?:(?:about|some|nearly|around|over|more\s+than)\s+)?$", re.I)


def in_part_aside(text: str, mention: Mention, hit: Hit) -> bool:
    """Whether `hit` says what befell a part of those the number counts: in an aside
    right after the number ("Thirty people, most of them homeless, have died"), or as
    the subject the count holds ("Dead were among hundreds that flocked")."""
    if hit.end <= mention.start and _AMONG.fullmatch(text, hit.end, mention.start):
        return True
    aside = _PART_ASIDE.match(text, mention.end)
    return aside is not None and mention.end <= hit.start and hit.end <= aside.end()


# "released a list naming 21 people", "issued a statement saying 30 died": the verb's
# object is the list or the statement; the number is what it names
_OBJECT_BETWEEN = re.compile(r"\s+(?:a|an|the|its|their)\s+(?:[a-z]+\s+)?(?:list|statement|"
                             r"report|tally|document|bulletin|update|notice)\s+(?:naming|"
                             r"saying|listing|showing|stating|that\s+said|which\s+said|of)\s+"
                             r"(?:[a-z]+\s+){0,5}$")


def object_between(text: str, mention: Mention, hit: Hit) -> bool:
    """Whether a verb before the number has an object of its own between ("released a
    list naming 21 people"): the verb measures the object, not the number."""
    return hit.end <= mention.start and _OBJECT_BETWEEN.fullmatch(
        text, hit.end, mention.start) is not None
