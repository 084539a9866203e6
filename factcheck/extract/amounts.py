"""Quantities that are not counts of people: sums of money, land counted by its area,
roads counted by their length, and a part of a stated whole ("10 out of 14
districts").

- Money: the lexicon's `[money]` word nearest to the sum in its clause says what the
  money is ("caused a loss of $1.1bn" -> `S.economic_loss`, "put costs at 80.3bn
  rupees" -> `S.cost`, "declared assistance of 5 billion rupees" -> `S.aid`); a sum
  restated in brackets ("5 billion rupees ($71 million)") is the same quantity.
- Extent: an area or a length whose noun is a thing of the lexicon ("40,000 hectares
  of farmland", "crops across 1,000 hectares", "10,000 kilometres of state roads
  damaged") is that thing with what happened to it (`S.farmland_damaged`,
  `S.roads_damaged`); a length with no such thing is left to the other rules.
- Part of a whole: in "N out of M things" the whole M is `S.things` and N is the
  part the clause's verb says (`S.things_affected`).
"""

from __future__ import annotations

import re

from .clauses import BREAK
from .clauses import nearest
from .place_groups import HOME_HAS
from .lexicon import Hit
from .mention import Mention
from .people import PERSON_NOUNS
from .shelters import counts_where

AREA_UNITS = frozenset({"hectare", "acre", "kilometer ** 2", "mile ** 2", "meter ** 2",
                        "square_kilometer", "square_mile"})
LENGTH_UNITS = frozenset({"kilometer", "mile", "meter"})
# goods weighed or poured: "500 tonnes of food", "3 million litres of water"
BULK_UNITS = frozenset({"metric_ton", "ton", "tonne", "kilogram", "pound", "liter", "gallon",
                        "barrel", "meter ** 3"})
_BULK_NOUN = re.compile(r"\s+of\s+((?:[a-z]{3,}\s+)?[a-z]{3,})\b")
_NOT_GOODS = frozenset("""the a an and or in on at to for from by with this that these those
its their which who was were is are has have had will been be more than about""".split())
# words that size a thing rather than say which kind it is ("27 major dams")
SIZE_WORDS = frozenset("""major main big large small key several other more new
additional further some many few vast huge""".split())
ANIMATE = frozenset({"livestock"})  # things that can be killed
# (and an owner's: "more than half of the village's 46 homes")
_OUT_OF = re.compile(r"\s+(?:out\s+of|of|(?:out\s+)?of\s+(?:the|its|their)(?:\s+total)?|"
                     r"(?:out\s+)?of\s+(?:the\s+)?(?:[A-Za-z-]+\s+){0,2}[A-Za-z-]+['’]s)\s+$")


def fitting(hits: list[Hit], thing: Hit | None) -> list[Hit]:
    """The hits, less the verbs that cannot be done to the thing: homes are not
    "killed" ("destroyed 500 homes and killed 20 people": 20 is people)."""
    if thing is not None and thing.name in ANIMATE:  # "lost 300 goats": killed, not destroyed
        killed = {(h.start, h.end) for h in hits if h.table == "object_measures"
                  and h.name == "killed"}
        return [h for h in hits if not (h.table == "object_measures" and h.name != "killed"
                                        and (h.start, h.end) in killed)]
    return [h for h in hits if not (h.table == "object_measures" and h.name == "killed")]


_LEVEL_VERBS = frozenset("reached reaching crossed crossing".split())
_STAY_VERBS = frozenset("remain remains remained stayed stay stays".split())
QUALIFIED = re.compile(r"\s+(?:(?:at\s+least|more\s+than|over|about|around|nearly|almost|"
                        r"some|roughly|an\s+estimated|another|a\s+further|an\s+additional|a)\s+)*")


_TOLL_BEFORE = re.compile(r"\b(?:toll|tally|number|figure|count|total)\s+(?:(?:has|had|have|"
                          r"has\s+now|had\s+now|now|already|has\s+already)\s+)?$", re.I)


def level_verb(text: str, hit: Hit, mention: Mention) -> bool:
    """"The death toll ... has reached 14", "the toll crossed 1,000", "would remain
    at 16": a verb of arrival or of staying right before the number says what level
    a count came to, not that people arrived or stayed ("5,000 refugees reached
    Poland" has the number first). Also "the remains" (a body's): no verb at all."""
    if re.search(r"\b(?:the|their|his|her|of)\s+$", text[max(0, hit.start - 8):hit.start]) \
            and text[hit.start:hit.end].lower() == "remains":
        return True
    if text[hit.start:hit.end].lower() in _LEVEL_VERBS and _TOLL_BEFORE.search(
            text, max(0, hit.start - 40), hit.start):
        return True  # "the death toll had reached 33, but a foundation put it at more than
        # 50": a toll's verb, of no number arriving
    if hit.end > mention.start:
        return False
    between = text[hit.end:mention.start]
    if text[hit.start:hit.end].lower() in _STAY_VERBS:  # "the toll would remain at 16"
        return bool(re.fullmatch(r"\s+at" + QUALIFIED.pattern, between))
    return text[hit.start:hit.end].lower() in _LEVEL_VERBS and bool(QUALIFIED.fullmatch(between))


# "Isabela, a province of more than a million people"
_HOME_OF = re.compile(r"\b(?:an?|the|this|that)\s+(?:[A-Za-z][\w-]+\s+)?(?:city|town|village|country|"
                      r"nation|island|province|state|region|district)\s+of\s+$")
_HOME_WITH = re.compile(r"\b(?:city|town|village|country|nation|island|capital|province|"
                        r"state|region|district|port|county)\b[^,.;:\d]{0,40}?\bwith\s+"
                        r"(?:(?:more\s+than|over|about|some|nearly|around|roughly|almost|"
                        r"at\s+least|a\s+population\s+of)\s+)?$", re.I)


_NOUN_ENDS = re.compile(r"(?:\s+(?:people|residents|inhabitants|persons))?\s*(?:[,.;:)]|$)")
# "a town of 7,000 that firefighters battled to save": the town's relative clause
_TOWN_ENDS = re.compile(r"(?:\s+(?:people|residents|inhabitants|persons))?\s*(?:[,.;:)]|$|"
                        r"(?:that|which|where|whose)\b)")


def population_with(text: str, mention: Mention) -> bool:
    """"Concepcion, the largest city near the epicenter with more than 200,000
    people", "a town of 7,000 that ...", "Samoa, which has about 220,000 people": the
    people a place is home to, its population."""
    before = text[max(0, mention.start - 70):mention.start]
    if mention.kind != "count":
        return False
    home = _HOME_OF.search(before)
    if home and re.search(r"\binclud\w*\s+$", before[:home.start()]):
        return False  # "Western Province, which includes the town of 7,000": a town unnamed
    if home:  # (a town of N is of people, told or not)
        return mention.unit in ("person", None) and bool(_TOWN_ENDS.match(text, mention.end))
    return mention.unit == "person" and bool(
        _HOME_WITH.search(before) or HOME_HAS.search(before)) and bool(_NOUN_ENDS.match(
            text, mention.end))  # not "left with 300 people homeless"


_SUBORDINATE = re.compile(r"\b(?:as|while|when|whereas|because|since|after|before|but)\b",
                          re.I)


def governing(text: str, mention: Mention, hits: list[Hit]) -> Hit | None:
    """"cutting power to 3.62 million households as the death toll rose to six": the
    verb right before the number governs it; a word after the number that another
    clause opens ("as ...", "while ...") is that clause's. None when no such pair."""
    before = [h for h in hits if h.end <= mention.start
              and QUALIFIED.fullmatch(text[h.end:mention.start])]
    after = [h for h in hits if h.start >= mention.end]
    if not before or not after:
        return None
    first = min(after, key=lambda h: h.start)
    if _SUBORDINATE.search(text[mention.end:first.start]):
        return before[-1]
    if first.name == "population" and before[-1].name not in ("population", "deployed"):
        return before[-1]  # "evacuated 1,700 residents": residents counted as evacuated
    # "had registered 40,277 people fleeing into Sudan": a participle after the noun
    # says which people; the verb before the number says what they are counted as
    participle = re.fullmatch(r"\s+[a-z]+\s+", text[mention.end:first.start]) and \
        text[first.start:first.end].endswith("ing") and " " not in text[first.start:first.end]
    return before[-1] if participle else None


def governs_other(text: str, mention: Mention, hit: Hit, mentions) -> bool:
    """"kills 4 and injures 40": a verb after the number that stands right before
    another count is that count's."""
    return hit.start >= mention.end and any(
        m is not mention and m.start >= hit.end and m.kind in ("count", "fraction", "percent")
        and QUALIFIED.fullmatch(text[hit.end:m.start]) and "\n" not in text[hit.end:m.start]
        and not counts_where(text, hit, m) for m in mentions)  # (a line ends a headline)


def money_measure(text: str, mention: Mention, hits: list[Hit], mentions) -> str | None:
    """What a sum of money is, from the `[money]` word nearest it in its clause."""
    words = [h for h in hits if h.table == "money" and not _past_break(text, mention, h)]
    found = nearest(text, mention, words, mentions)
    if found is None:
        found = _restated(text, mention, hits, mentions)
    if found is None:
        return None
    sectors = _SECTORS.search(text, max(0, found.start - 40), found.start)
    # "transportation and housing damages totaling USD 4.4 million": a part of the
    # damage, no rival of the whole
    return f"{'_'.join(sectors.group(1).lower().split())}_{found.name}" if sectors else found.name


_SECTOR = (r"(?:agricultural|agriculture|crop|infrastructure|transportation|transport|housing|"
           r"property|road|livestock|business|tourism|electricity|power|fisheries|health)")
_SECTORS = re.compile(rf"\b({_SECTOR}(?:\s+and\s+{_SECTOR})?)\s+$", re.I)


def _restated(text: str, mention: Mention, hits: list[Hit], mentions) -> Hit | None:
    """"5 billion rupees ($71 million)": the bracketed sum is the one before it."""
    if not re.fullmatch(r"\s*\(\s*", text[max(0, mention.start - 3):mention.start]):
        return None
    before = [m for m in mentions if m.kind == "money" and m.end <= mention.start
              and re.fullmatch(r"\s*\(\s*", text[m.end:mention.start])]
    if not before:
        return None
    words = [h for h in hits if h.table == "money" and h.end <= before[0].start
             and not _past_break(text, before[0], h)]
    return nearest(text, before[0], words, mentions)


def _past_break(text: str, mention: Mention, hit: Hit) -> bool:
    """A word in another clause is another number's ("..., while aid ...")."""
    a, b = sorted((hit.end, mention.start)) if hit.end <= mention.start \
        else (mention.end, hit.start)
    return bool(re.search(r"[;:]|[.]\s|\s-\s|—", text[a:b]))


def extent_thing(text: str, mention: Mention, hits: list[Hit]) -> Hit | None:
    """The thing an area or a length measures: its noun right after ("hectares of
    farmland", "kilometres of state roads"), else, for an area, the thing it spreads
    over right before ("crops across over 1,000 hectares")."""
    if mention.unit not in AREA_UNITS | LENGTH_UNITS:
        return None
    for hit in hits:
        if hit.table != "objects" or hit.start < mention.end:
            continue
        gap = text[mention.end:hit.start]
        # "1.1 million hectares (2.7 million acres) of farmland"
        if re.fullmatch(r"\)?\s+(?:\([^()]{0,40}\)\s+)?of\s+(?:[a-z-]+\s+){0,2}", gap):
            return hit
    if mention.unit not in AREA_UNITS:
        return None
    for hit in hits:
        if hit.table == "objects" and hit.end <= mention.start and re.fullmatch(
                r"\s+(?:across|over|on|in|covering|spanning)\s+(?:[a-z]+\s+){0,3}",
                text[hit.end:mention.start]):
            return hit
    return None


def goods(text: str, mention: Mention) -> str | None:
    """The goods of a weight or a volume: "500 tonnes of food" -> `food`, "3 million
    litres of drinking water" -> `drinking_water`."""
    if mention.unit not in BULK_UNITS:
        return None
    found = _BULK_NOUN.match(text, mention.end)
    if found is None:
        return None
    words = found.group(1).split()
    if len(words) == 2 and (words[1] in _NOT_GOODS or re.search(r"(?:ed|ing)$", words[1])):
        words = words[:1]  # "20 tonnes of rice were delivered": the verb is no part of it
    if words[0] in _NOT_GOODS or words[0].endswith("ed"):
        return None
    return "_".join(words)


# things measured only by their extent: their name needs no word of dimension
EXTENT_ONLY = frozenset({"farmland"})


def extent_suffix(thing: Hit, mention: Mention) -> str:
    """"10,000 kilometres of roads damaged" is `roads_damaged_length`, apart from a
    count of damaged roads ("damaged 103 roads"), which has no unit: one name for
    both would be a unit error."""
    if thing.name in EXTENT_ONLY:
        return ""
    return "_area" if mention.unit in AREA_UNITS else "_length"


def thing_done(text: str, thing: Hit, hits: list[Hit], mentions, mention) -> Hit | None:
    """What happened to a thing: the verb nearest the thing in its clause ("destroying
    state highways as well as crops", "roads damaged")."""
    # the verb and the thing with no clause break between ("(2.7 million acres)" around
    # the number is none of theirs)
    verbs = [h for h in hits if h.table == "object_measures"
             and not BREAK.search(text[min(h.end, thing.start):max(h.start, thing.end)])]
    return nearest(text, mention, verbs, mentions)


def whole_after(text: str, mention: Mention, mentions) -> Mention | None:
    """The whole M in "N out of M" / "N of the M", when the number is the part N."""
    for other in mentions:
        if other.start >= mention.end and other.kind == "count":
            return other if _OUT_OF.fullmatch(text[mention.end:other.start]) else None
    return None


def is_whole(text: str, mention: Mention, mentions) -> bool:
    """The number is the whole M of "N out of M" (or of "more than half of M")."""
    for other in reversed(mentions):
        if other.end <= mention.start and other.kind in ("count", "fraction", "percent"):
            return bool(_OUT_OF.fullmatch(text[other.end:mention.start]))
    return False


_NO_NOUN = re.compile(r"\s*(?:more|others?|too|as\s+well)?\s*(?:[,.;)]|\band\b|\bor\b|$)")
_ADVERBS_GAP = re.compile(r"\s+(?:(?:were|was|have\s+been|had\s+been|being|becoming|fully|"
                          r"partially|"
                          r"completely|totally|partly|severely|badly)\s+)*")
_VERB_GAP = re.compile(r"\s+(?:(?:other|another|a\s+further|further|some|about|nearly|"
                       r"almost|over|more\s+than|at\s+least|around)\s+)*")


def elided(text: str, mention: Mention, hits: list[Hit], mentions,
           sentence_start: int) -> tuple[Hit, Hit] | None:
    """"destroyed 53,000 homes and damaged other 77,000", "... and damaged 77,000
    more", "1,800 houses were damaged and 700 fully destroyed": a number with no noun
    of its own, right after (or right before) a verb done to things, counts the things
    an earlier number of the sentence names. (thing, verb) or None."""
    verb = next((h for h in hits if h.table == "object_measures" and h.end <= mention.start
                 and _VERB_GAP.fullmatch(text[h.end:mention.start])), None) \
        if _NO_NOUN.match(text, mention.end) else None
    if verb is None and re.search(r"(?:,|\band)\s+$", text[sentence_start:mention.start]) \
            and getattr(mention.interval, "unit", None) is None:
        # "1,800 houses were partially damaged and 700 fully destroyed": a bare 700's verb after
        verb = next((h for h in hits if h.table == "object_measures" and h.start >= mention.end
                     and _ADVERBS_GAP.fullmatch(text[mention.end:h.start])), None)
    if verb is None:
        return None
    earlier = [m for m in mentions if sentence_start <= m.start and m.end <= verb.start
               and m.kind == "count"]
    for other in reversed(earlier):
        thing = next((h for h in hits if h.table == "objects" and h.start >= other.end
                      and len(text[other.end:h.start].split()) <= 1
                      and not BREAK.search(text[other.end:h.start])), None)
        if thing is not None:
            return thing, verb
    return None


# an age in words, as a list gives it: "three girls, aged one, two and seven"
AGE_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_AN_AGE = rf"(?:\d{{1,3}}|{AGE_WORDS})"
_AGE_BEFORE = re.compile(r"\b(?:(?:under|over|above|below)\s+the\s+age\s+of|ages?\s+of|aged|"
                         rf"aged\s+{_AN_AGE}(?:\s*,\s*{_AN_AGE})*\s*(?:,|,?\s*(?:and|or))|"  # "aged 40 and 45"
                         r"(?:as\s+)?(?:young|old)\s+as|(?:rang|var)(?:ed|ied|ing|ying)\s+in\s+age|"
                         # "ranged in age from 2 to 17 and the adults from 24 to 60"
                         r"(?:rang|var)(?:ed|ied|ing|ying)\s+in\s+age\s+(?:from\s+|between\s+)?"
                         r"\d+\s+(?:to|and)\s+\d+,?\s+and\s+(?:the\s+)?[a-z]+(?:\s+from)?|"
                         r"(?:woman|man|boy|girl|child|mother|father|widow)\s+of)"
                         r"(?:\s+(?:about|around|some|nearly))?\s+$", re.I)
# ("a two-month-old baby": the number read is "two-month")
_AGE_AFTER = re.compile(r"\s*(?:years?|months?)[\s-]+old\b|-old\b", re.I)
# the mention may hold the words itself: "aged 42", "a 36-year old mother"
_AGE_INSIDE = re.compile(r"^aged\s|\b(?:years?|months?)[\s-]+old$|-old$", re.I)


def an_age(text: str, mention: Mention) -> bool:
    """"children under the age of five", "a woman of about 50", "aged 12", "70 years
    old": a person's age, not a count of people."""
    return bool(_AGE_BEFORE.search(text[max(0, mention.start - 70):mention.start])
                or _AGE_AFTER.match(text, mention.end) or _AGE_INSIDE.search(mention.text))


_CHANGE_OF = re.compile(r"\b(?:increase|rise|jump|surge|drop|decrease|fall|decline|"
                        r"reduction)\s+of\s+(?:(?:about|some|nearly|almost|around|more\s+"
                        r"than|over)\s+)?$", re.I)


def a_change(text: str, mention: Mention) -> bool:
    """"rose by 40 to 200", "an increase of 1.4 million from last year": a change
    with no two dates to put it between (extract/change.py drafts those) is no level
    of the count: named as one, it would contradict the level."""
    before = text[max(0, mention.start - 40):mention.start]
    return bool(_CHANGE_OF.search(before)) or (
        mention.change is not None and bool(_BY.search(before)))  # not "lost 37 houses"


_BY = re.compile(r"\bby\s+(?:(?:about|some|nearly|almost|around|more\s+than|over|"
                 r"another|a\s+further)\s+)?$", re.I)
_ANOTHER = re.compile(r"\b(?:another|a\s+further|an\s+additional|further)\s+$", re.I)


def another_of(text: str, mention: Mention, sentence, given: dict, name: str) -> bool:
    """"another 400 houses" after "nearly 250 homes" of the same name in the
    sentence, "Others, numbering in the hundreds" after a count of that name, "bales
    were burnt in their thousands": other things than those, not the same count told
    again."""
    things = _IN_THEIR.search(text, max(0, mention.start - 80), mention.start)
    if things is not None and things.group(1).lower() not in PERSON_NOUNS:
        return True  # "bales were burnt in their thousands": the bales, not the fire's toll
    if _OTHERS.match(text, sentence.start) and mention.start - sentence.start < 60:
        # "Others, numbering in the hundreds, have chosen to cross the border": other
        # people than the count of that name before, wherever it stood
        return any(start < mention.start and earlier == name for start, earlier in given.items())
    if not _ANOTHER.search(text[max(0, mention.start - 20):mention.start]) and not re.match(
            r"\s+(?:more\s+)?(?:of\s+)?others\b", text[mention.end:mention.end + 20]):
        return False  # ("2,500 people fled ...; hundreds of others crossed": others in it)
    return any(sentence.start <= start < mention.start and earlier == name
               for start, earlier in given.items())


_IN_THEIR = re.compile(r"\b([a-z]+)\s+(?:were|was|are|have\s+been|had\s+been)\s+[a-z]+\s+"
                       r"in\s+their\s+$", re.I)
_OTHERS = re.compile(r"[\s\"“]*(?:(?:Many|Some|Most)\s+)?(?:of\s+the\s+)?[Oo]thers\b")
