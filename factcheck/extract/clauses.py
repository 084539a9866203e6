"""How a number's clause reads, for naming its quantity: a forecast ("could flee",
"expected to reach"), a sum ("dead or missing"), a noun that says who is counted
against a predicate that says what ("3,075 residents were living in shelters"), a
measure word that belongs to an earlier number, a place that belongs to another
number ("Kyiv, home to nearly 3 million, ..."), destinations given as examples, a
number in an aside, a count of things that are not people ("25,600 flood insurance
claims"). A count of two places at once is `joint_places`'.
"""

from __future__ import annotations

import re

from .injuries import injured_part
from .lexicon import Hit
from .mention import Mention
from .places import GENERIC_DESTINATION, Place

SHARES = frozenset({"fraction", "percent"})  # a mention that is a share of a whole
COUNTS = frozenset({"count"}) | SHARES
BREAK_COST, NUMBER_COST = 60, 200
BREAK = re.compile(r"[,;:](?!\d)|[()—–]|\s-\s")  # not the comma of "120,000"
EXAMPLES = re.compile(rf"(?:{GENERIC_DESTINATION.pattern}),?\s+(?:including|such\s+as|like)\s+(?:the\s+)?[A-Z]")
_OR = re.compile(r"^\s+or\s+(?:\w+\s+){0,2}$")
SUMMABLE = frozenset({"killed", "injured", "missing", "displaced", "evacuated"})
def clause_start(text: str, at: int) -> int:
    cut = max(text.rfind(mark, 0, at) for mark in (";", ":", ".\n", ". ", "\n", "“", "\""))
    return cut + 1


def clause_end(text: str, at: int) -> int:
    ends = [k for k in (text.find(mark, at) for mark in (";", ". ", ".\n", "\n", "”", "\""))
            if k != -1]
    return min(ends, default=len(text))


def either(text: str, measure: Hit, hits: list[Hit]) -> Hit | None:
    """The other measure of "dead or missing", "killed or injured": a sum."""
    if measure.name not in SUMMABLE:
        return None
    for hit in hits:
        if hit.table != "measures" or hit.name not in SUMMABLE - {measure.name}:
            continue
        first, second = sorted((measure, hit), key=lambda h: h.start)
        if _OR.match(text[first.end:second.start]):
            return hit
        if measure.name == "missing" and hit.name == "killed" and hit.start > measure.end \
                and _OF_WHOM_DEAD.fullmatch(text, measure.end, hit.end):
            return hit  # "33 people have been reported as missing, of whom 11 are
            # confirmed dead": the dead and the still missing together
    return None


_OF_WHOM_DEAD = re.compile(r"[^,.;]{0,40},\s+of\s+whom\s+[\w,.]+\s+(?:are|were|have\s+been|"
                           r"had\s+been)\s+(?:now\s+)?(?:confirmed\s+|found\s+)?dead")


def predicate_over_noun(text: str, mention: Mention, measure: Hit, hits: list[Hit],
                         mentions: list[Mention]) -> Hit:
    """"3,075 residents were still living in shelters": the noun says who is counted,
    the predicate what is measured; "first responders saved at least 12 lives": lives
    saved, not lost."""
    if measure.name == "killed" and measure.start >= mention.end \
            and text[measure.start:measure.end].lower() == "lives":
        saved = [h for h in hits if h.name == "rescued" and h.end <= mention.start
                 and re.fullmatch(r"\s+(?:(?:at\s+least|more\s+than|over|about|nearly|some|"
                                  r"around|up\s+to|an\s+estimated)\s+)?",
                                  text[h.end:mention.start])]
        return saved[-1] if saved else measure
    if measure.name == "injured" and (part := injured_part(text, mention, measure, mentions)):
        return Hit(measure.start, measure.end, "measures", part)  # the lightly or gravely hurt
    held = measure.name == "detained" and text[measure.start:measure.end].lower() in (
        "prisoners", "detainees")  # "61 prisoners were killed in a fire": who died
    if (measure.name != "population" and not held) or measure.start < mention.end:
        return measure
    if any(h.name == "population" and h.end <= mention.start
           and re.fullmatch(r"\s+(?:about|some|around|nearly|almost|over|more\s+than)?\s*",
                            text[h.end:mention.start]) for h in hits):
        return measure  # "is home to 50,000 residents who have long been isolated"
    if re.search(r"(?<!total )(?<!number )\bof\s+(?:the\s+)?(?:\w+\s+)?$",
                 text[max(0, mention.start - 30):mention.start]):
        return measure  # "100,000 of the estimated 120,000 residents ... have fled"
    end = clause_end(text, mention.end)
    later = [h for h in hits if h.table == "measures" and h.name != "population"
             and measure.end <= h.start < end and not BREAK.search(text[mention.end:h.start])
             and not any(mention.end <= m.start < h.start for m in mentions
                         if m.kind in COUNTS)]
    return later[0] if later else measure


_CAUSES = frozenset({"has left", "have left", "had left"})


def causative(text: str, mention: Mention, hit: Hit) -> bool:
    """"The invasion has left hundreds of thousands without water": the number is the
    object of "left", those it happened to, not people who left."""
    phrase = " ".join(text[hit.start:hit.end].lower().split())
    if phrase not in _CAUSES or hit.end > mention.start:
        return False
    gap = text[hit.end:mention.start]
    # "have left much of the capital, Nouakchott, and six of the surrounding regions
    # under water": a list of what it left, and the state it left them in
    return len(gap.split()) <= 1 or (len(gap.split()) <= 15 and not re.search(r"[.;:]", gap)
                                     and _LEFT_IN.match(text, mention.end, mention.end + 60))


_LEFT_IN = re.compile(r"[^.;:]*?\b(?:under\s*water|underwater|homeless|without|in\s+(?:the\s+)?"
                      r"dark(?:ness)?|stranded|destitute|cut\s+off|isolated)\b")


def earlier_numbers(text: str, mention: Mention, hit: Hit, mentions: list[Mention]) -> bool:
    """"8,649 people had been confirmed dead and 13,262 listed as missing": "dead"
    comes after the first number and is its word, not the second's."""
    if hit.start >= mention.end:
        return False
    for other in mentions:
        if other.kind in COUNTS and other.end <= hit.start and other is not mention:
            gap = text[other.end:hit.start]
            if len(gap.split()) <= 5 and not BREAK.search(gap) \
                    and re.fullmatch(r"\s+and\s+", text[hit.end:mention.start]) \
                    and not any(hit.end <= m.start < mention.start for m in mentions
                                if m.kind in COUNTS):
                return True
    return False


_OWN_PEOPLE = re.compile(r"\s+(?:people|persons|individuals)\b")


def others_noun(text: str, mention: Mention, hit: Hit, mentions: list[Mention]) -> bool:
    """"206 cases of coronavirus and one death, up to five people keeping distance are
    allowed": "death" is the noun of "one", and five people, counted by their own noun
    past a break, are no toll. (Not "40 deaths, 25 in Assam": a part, no noun.)"""
    if hit.end > mention.start or not _OWN_PEOPLE.match(text, mention.end) \
            or not BREAK.search(text, hit.end, mention.start):
        return False
    return any(m.kind in COUNTS and m is not mention and m.end <= hit.start
               and re.fullmatch(r"\s+(?:[a-z]+\s+)?", text[m.end:hit.start])
               for m in mentions)


# a part of the count before it: "17 of them", "two of the deaths were in Bali"
_PART_OF = re.compile(r"\s+of\s+(?:them|those|whom|these|the\s+(?:[a-z]+\s+)?(?:dead|deaths|"
                      r"victims|fatalities|casualties|injured|missing|people|bodies)\b)")


# "four in Paraguay", "28 were from Pakyong", "9,000 in Uruguay": the number's place
ITS_PLACE = re.compile(r"\s+(?:(?:were|was|are|is)\s+)?(?:in|at|from)\s+")
# ... and any place of its list: "of which 125,000 are from Porbandar and Junagadh"
_LIST = r"(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*(?:\s*,\s*(?:and\s+)?|\s+and\s+))*"
_ITS_PLACES = re.compile(r"\s+(?:(?:were|was|are|is)\s+)?(?:in|at|from)\s+" + _LIST)
# a part the sentence declares, or a bare next item, whose places may follow a kind of
# place: "of which 1.25 lakh are from highest affected districts of Porbandar, Junagadh",
# "killed 31 people there and four in the neighbouring province of Malatya" (not "and
# injured at least 70 in the resort town of Vilanculos": the town of both counts)
_A_PART = re.compile(r"\b(?:of\s+(?:which|whom|them|these)|including|among\s+them|and)\s*,?\s*"
                     r"(?:(?:about|some|around|nearly|over|more\s+than)\s+)?$", re.I)
_PART_PLACES = re.compile(r"\s+(?:(?:were|was|are|is)\s+)?(?:in|at|from)\s+(?:the\s+)?"
                          r"(?:[a-z-]+\s+){1,3}of\s+" + _LIST)


def number_between(text: str, mention: Mention, place: Place,
                    mentions: list[Mention]) -> bool:
    """A place past another number belongs to that number: "100,000 of the 120,000
    residents of Karabakh", "Kyiv, home to nearly 3 million, ... 160,000"; but "India
    reported 360 killed and 900 injured" speaks of India twice."""
    if place.start > mention.end and _LATER_CLAUSE.search(text, mention.end, place.start):
        return True  # "killing two people after lashing the Philippines": that clause's
    if place.end <= mention.start and _AN_EARLIER.search(text, place.end, mention.start):
        return True  # "The disaster on the Annapurna comes six months after an avalanche
        # that killed 16": the place of the story, not of the earlier event
    low, high = min(mention.end, place.end), max(mention.start, place.start)
    between = [m for m in mentions if m is not mention and m.kind in COUNTS
               and low <= m.start and m.end <= high]
    if not between:
        return False
    if place.start > mention.end:  # "Eighteen died - 17 of them Orissa": the part's place
        return any(_PART_OF.match(text, m.end) for m in between) or any(
            _ITS_PLACES.fullmatch(text, m.end, place.start) or (
                _A_PART.search(text, max(0, m.start - 20), m.start)
                and _PART_PLACES.fullmatch(text, m.end, place.start)) for m in between)
        # ("176 homes ...; 89 in Conjola Park", "Of the 76 missing, 28 were from
        # Pakyong": the item's place)
    aside = re.match(r",[^,;:.()]*[,;:)]", text[place.end:])  # "Kyiv, home to 3 million,"
    return aside is not None and place.end + aside.end() <= mention.start and any(
        m.end <= place.end + aside.end() for m in between)


# a clause of its own after the number: "after lashing", "before hitting" (not "after
# being struck by lightning in Uttar Pradesh": what befell the people counted, there)
# ("at 14, followed by Tabasco ... with eight each": the next in a ranking)
_LATER_CLAUSE = re.compile(r"\b(?:after|before|while)\s+(?!being\b)[a-z]+ing\b|,\s*followed\s+by\b")
# an earlier event of its own, its toll in a relative clause: "after an avalanche that
# killed", "months after a similar fire which killed"
_AN_EARLIER = re.compile(r"\b(?:after|since|like)\s+an?\s+(?:[\w-]+\s+){0,2}?[a-z]+,?\s+"
                         r"(?:that|which)\s+(?:[a-z]+\s+){0,2}$")


# "Russian forces pressed towards Kyiv": the adjective names who acts, not where
AGENT = re.compile(r"\s+(?:forces|troops|army|military|soldiers|invasion|government|"
                    r"officials|authorities|president|strikes|shelling|bombardment|"
                    r"air\s*strikes?|airstrikes?|strike|warplanes|jets|drones?|missiles?|"
                    r"rockets?|artillery|navy|police|raids?|attacks?|offensives?|incursions?|"
                    r"operations?|bombing|bombings|blockade|siege)\b")


_THING_STOP = frozenset("""of in on at to for from and or but by with as than that which who
is are was were be been has have had will would could should may might including
includes like such all across into per among
since after before until when while during over under the a an this its his being
besides towards afterwards whereas""".split())  # ("killing 10 people besides knocking out")


_TIME_UNITS = frozenset("""seconds minutes hours days nights weeks months years decades
centuries""".split())


def counts_things(text: str, mention: Mention, hits: list[Hit]) -> str | None:
    """The name of what the number counts when its own noun is a plural that names no
    people and no lexicon thing ("25,600 flood insurance claims" -> insurance_claims,
    "110,500 applications" -> applications), else None."""
    from .people import DEMONYMS, PERSON_NOUNS

    start = mention.end
    vague = re.match(r"\s+of\s+", text[start:start + 6])
    if vague and not re.search(r"\d", mention.text):
        start = mention.end + vague.end()  # "hundreds of flights", "dozens of schools"
    # (a number ends the words: "60 people share 20 beds" counts no beds)
    # (an abbreviation is one word: "three U.N. agencies")
    # (a line break ends them too: "thousands injured" over the next paragraph's noun)
    # (and a dash: "10,000 people — less than 10%" counts no "less")
    words = re.findall(r"(?:[A-Z]\.){2,}|[A-Za-z][\w'’-]*|[,;:.()—–]|\s-+\s|\d",
                       text[start:start + 50].split("\n", 1)[0])[:4]
    phrase = []
    for k, word in enumerate(words):
        if word.lower() in ("and", "or") and len(phrase) == 1 and k + 1 < len(words) \
                and re.fullmatch(r"[a-z]+ing", phrase[0]) \
                and re.fullmatch(r"[a-z]+ing", words[k + 1]):
            continue  # "several hundred cooling and hydrating stations": two kinds
        if not word[0].isalpha() or word.lower() in _THING_STOP or (
                phrase and word.endswith("ed")):  # "flights cancelled": the verb after
            break
        phrase.append(word)
        if re.fullmatch(r"[a-z]{2,}[^su]s", word):
            break  # the first plural is the noun: "eight states destroy hundreds"
            # (not "religious", "gas", "bus": no plurals)
    noun = phrase[-1] if phrase else None
    if noun is None or noun[0].isupper() or not re.fullmatch(r"[a-z]{3,}s", noun):
        return None
    if noun in PERSON_NOUNS or noun in DEMONYMS or noun == "families" or noun in _TIME_UNITS:
        return None  # "three consecutive days of rain": a span of time, no things
    at = text.find(noun, start)
    if len(phrase) == 1 and _OBJECT_AFTER.match(text, at + len(noun)):
        return None  # "the estimate of 1,547,607 reflects a little more": a verb
    if any(h.start <= at < h.end for h in hits if h.table != "events"):
        return None  # an event's noun is a count of events: "120 aftershocks"
    # the noun and the word that says which kind ("insurance claims"), not a
    # participle or a size ("damaged claims", "more claims")
    kind = [w.lower() for w in phrase[-2:] if re.fullmatch(r"[a-z]{3,}", w)
            and not w.endswith("ed") and w not in _NOT_KINDS]
    return "_".join(kind) if kind and kind[-1] == noun else None


_NOT_KINDS = frozenset("more other some many few new additional further".split())
# the object a verb in -s takes right after it ("reflects a little", "doubles its")
# (not "four times the average", "10,000 meals a day", "two avalanches that resulted",
# "500 houses the storm destroyed": a multiple, a rate, a relative clause)
_OBJECT_AFTER = re.compile(r"(?<!\btimes)\s+(?:its|their|a\s+(?:little|bit|slight|modest|sharp|"
                           r"steep))\s")


def aside(text: str, mention: Mention, other: Mention, hit: Hit) -> bool:
    """"over 10 million Sudanese, representing 20% of the population, have been
    displaced": the other number stands in an aside between commas."""
    return "," in text[mention.end:other.start] and "," in text[other.end:hit.start]


# "would remain at 16 until the remains were recovered": a word past a subordinate
# clause's opening is that clause's
_SUBORDINATE = re.compile(r"\b(?:until|unless|because|although|whereas|while)\b")


_PART_ASIDE = re.compile(r"(?:\s+[a-z]+)?,\s*(?:including|among\s+(?:them|whom)|of\s+(?:them|"
                         r"whom))\s+[^,;:.()]{1,60},")


def between_cost(text: str, a: int, b: int, mentions: list[Mention]) -> int:
    gap = text[a:b]
    cost = BREAK_COST * (len(BREAK.findall(gap)) + len(_SUBORDINATE.findall(gap)))
    numbers = sum(1 for m in mentions if a <= m.start and m.end <= b and m.kind in COUNTS)
    return cost + NUMBER_COST * numbers


def distance(text: str, mention: Mention, hit, mentions: list[Mention]) -> int:
    if hit.start >= mention.end:
        aside = _PART_ASIDE.match(text, mention.end)
        start = aside.end() if aside is not None and aside.end() <= hit.start else mention.end
        # ("11 people, including seven children, have died in Batman": the part told
        # aside stands outside the count's clause)
        return hit.start - start + between_cost(text, start, hit.start, mentions)
    # a word after the number is its verb or noun more often than one before it
    return mention.start - hit.end + between_cost(text, hit.end, mention.start, mentions) + 15


def nearest(text: str, mention: Mention, hits: list, mentions: list[Mention]):
    if not hits:
        return None
    return min(hits, key=lambda h: distance(text, mention, h, mentions))


# "killing at least 91 people and shaking neighboring Bali", "killed 12 people and cut
# roads to Kisumu": the number a verb's object, and a place after a second predicate
# is that predicate's (not "houses inundated ... and standing crops ... in Khyber")
_VERBS = r"(?:[a-z]+(?:ing|ed)|cut|hit|left|shook|sent)"
_OTHER_PREDICATE = re.compile(rf"\s(?:and|but)\s+(?!(?:were|was|had|have|has|are|is)\b){_VERBS}\b")
_OBJECT_OF = re.compile(rf"\b{_VERBS}\s+(?:[a-z]+\s+){{0,2}}$")


def nearest_measure(text: str, mention: Mention, hits: list, mentions: list[Mention]):
    """The nearest measure word, passing over the verb of a second predicate after the
    number when the number is a verb's object ("has killed thousands of people and
    displaced many more": killed), when another word is left. A word past ", but" is
    the contrasting clause's ("dropped from 12,000 to 5,000 ..., but ... the volcano
    claimed its first lives": no toll of 5,000)."""
    hits = [h for h in hits if not _BUT.search(text, mention.end, h.start)
            and not _NEGATED.search(text, max(0, h.start - 60), h.start)  # ("no reports of
            # deaths or injuries, but ... damage in at least one city": no toll of one)
            and not _RESULT.search(text, h.end, mention.start)]  # ("washed away and as
    # a result around 150 residents lost contact": the road's, not theirs)
    object_of = _OBJECT_OF.search(text, max(0, mention.start - 40), mention.start)
    own = [h for h in hits if h.start < mention.end or not object_of
           or not _OTHER_PREDICATE.search(text, mention.end, h.end)]
    toll = [h for h in own if _TOLL_AT.fullmatch(text, h.start, mention.start)]  # "toll now 17"
    # "have killed at least 14 people, including two children, with others missing":
    # the verb the number is the object of, not the aside's word after it
    # (not "admitted 220 casualties": the noun the number counts comes first)
    noun = any(h.start >= mention.end and re.fullmatch(r"\s+(?:(?!and\b|or\b)[a-z-]+\s+)?",
                                                       text[mention.end:h.start]) for h in own)
    verb = [h for h in own if not noun and re.fullmatch(r"[a-z]+(?:ed|ing)", text[h.start:h.end])
            and _RIGHT_BEFORE.fullmatch(text, h.end, mention.start)]
    return (toll or verb or [None])[-1] or nearest(text, mention, own or hits, mentions)


_BUT, _WHILE = re.compile(r"[,;]\s+but\s"), re.compile(r"\s(?:while|whereas)\s")
_NEGATED = re.compile(r"\b[Nn]o\s+(?:(?:immediate|official|confirmed|further|new|other)\s+)*"
                      r"(?:reports?\s+of\s+)?(?:[a-z]+\s+(?:or|and)\s+)?$")
_RESULT = re.compile(r"\b(?:as\s+a\s+(?:result|consequence)|consequently)\b", re.I)
_RIGHT_BEFORE = re.compile(r"\s+(?:(?:a\s+total\s+of|an\s+estimated|some|about|around|nearly|"
                           r"almost|over|more\s+than|at\s+least|up\s+to)\s+)*")
_TOLL_AT = re.compile(r"(?i:(?:death\s+)?toll)\s+(?:now\s+|(?:rises|rose|climbs|climbed|jumps|"
                      r"hits|reaches|stands)\s+(?:to\s+|at\s+)?|at\s+|of\s+)?(?:at\s+least\s+|over\s+)?")


_DASH_BEFORE = re.compile(r"\s[—–-]\s+$")
_DASH_AFTER = re.compile(r"(?:\s*[^\s—–.;,]+){0,3}?\s+[—–-]\s")


def nearest_place(text: str, mention: Mention, places: list[Place],
                  mentions: list[Mention]) -> Place | None:
    """The nearest place, passing over a qualifier ("Vidalia, Louisiana") and a place
    of another predicate after the number, when another place is left."""
    heads = [p for p in places if not p.qualifier] or places
    if _DASH_BEFORE.search(text, max(0, mention.start - 4), mention.start) \
            and _DASH_AFTER.match(text, mention.end):
        # "France has hit its highest ever recorded temperature — 45.9 degrees Celsius
        # — amid a heatwave in Europe": the aside restates what comes before it
        heads = [p for p in heads if p.end <= mention.start] or heads
    object_of = _OBJECT_OF.search(text, max(0, mention.start - 40), mention.start)
    own = [p for p in heads if p.start < mention.end or not (  # ("7 deaths with 3.3%
        object_of and _OTHER_PREDICATE.search(text, mention.end, p.start)  # ... while
        or _WHILE.search(text, mention.end, p.start))]  # Mubi South has": its own clause)
    return nearest(text, mention, own or heads, mentions)
