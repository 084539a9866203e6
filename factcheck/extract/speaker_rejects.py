"""Where a speech verb speaks of no one: a passive ("were reported"), an adjective
("an estimated 120,000", "the cumulative confirmed cases"), a noun ("refugee reports
about abuse", "member states that"), a verb of counting after its object ("6,000
new arrivals recorded"), a toll ("has now claimed 2,500 lives", "the first death
toll announced in"), or a place that records ("Malawi's commercial capital Blantyre
recorded 85 deaths")."""

from __future__ import annotations

import re

from .place_kinds import country_keys
from .spellings import snake
from .speaker_participles import told_after_with
from .speaker_phrases import PARTICIPLES
from .text import Span

# verbs of counting that follow their object unmarked ("6,000 arrivals recorded")
_TALLIED = frozenset("recorded reported confirmed tallied".split())
_AGENCY_BEFORE = re.compile(r"\b(?:Service|Agency|Department|Bureau|Office|Administration|"
                            r"Authority|Ministry|Centre|Center|Institute|Observatory|"
                            r"[A-Z]{2,6})\s+(?:(?:has|had|also)\s+)?$")
_READING_AFTER = re.compile(r"\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+){0,3}?(?:temperatures?|"
                            r"rainfall|rain|mercury)\b", re.I)
# "there were no significant eruptions recorded from Mount Talang": a passive of nothing
_NONE_BEFORE = re.compile(r"\b(?:[Nn]o|[Ff]ew|[Nn]one\s+of\s+the)\s+(?:[a-z-]+\s+){0,3}$")
# "He put the death toll ... at 324", "The USGS registered the quake at magnitude 6.1"
_PUT = frozenset("put puts putting placed places registered measured".split())
# (what is put at a number is a count: not "Police placed barriers at 20 sites")
_PUT_AT = re.compile(r"\s+(?:(?:the|its|their|his|her|a|an)\s+)?(?:(?:[\w’'-]+\s+){0,3}?(?:toll|"
                     r"tolls|number|numbers|figure|figures|count|tally|total|magnitude|estimate|"
                     r"estimates|losses|loss|damage|damages|cost|costs|it|them|quake|"
                     r"earthquake|tremor|temblor)\b|[a-z]+\s+"
                     r"(?:dead|deaths|missing|injured|displaced|homeless|victims))"
                     r"(?:[^.;:“”\"]|\.(?=\d)){0,100}?\bat\s+"
                     r"(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|"
                     r"least|at|an\s+estimated|up\s+to|(?:a\s+)?magnitude(?:\s+of)?|values?|"
                     r"between)\s+)*(?:[$€£₹¥]|\d|(?:EUR|USD|GBP|US\$|Rs\.?)\s*\d|"
                     r"(?:one|two|three|four|five|six|seven|eight|nine|ten|hundreds|"
                     r"thousands|tens)\b)", re.I)
# "The UN on Monday raised to 160,000 the number of displaced", "revised the death toll
# down to 41": who sets a count reports it
# (frames of their own, not speech verbs: "Torrential rain Thursday raised the level"
# is no statement, and its day no statement's)
SET_VERBS = frozenset("raised revised updated lowered".split())
_COUNTED = r"(?:number|toll|tally|count|figure|estimate|total)"
_ABOUT = r"(?:(?:about|around|some|nearly|almost|more\s+than|over|at\s+least)\s+)*"
_SET_TO = re.compile(rf"(?:\s+(?:down|up))?\s+(?:to\s+{_ABOUT}\d[\d,.]*\s+(?:the|its|their)\s+"
                     rf"(?:[\w-]+\s+){{0,2}}{_COUNTED}\b|"
                     rf"(?:the|its|their|his|her)\s+(?:[\w-]+\s+){{0,3}}?{_COUNTED}s?\b"
                     r"(?:[^.;:“”\"]|\.(?=\d)){0,80}?"
                     rf"\b(?:to|by)\s+{_ABOUT}(?:\d|(?:one|two|three|four|five|six|seven|eight|"
                     r"nine|ten|hundreds|thousands|dozens)\b))", re.I)
# nouns as well as verbs: a frame only before "that" ("he notes that", not "notes of")
_NOUN_VERBS = frozenset("notes states".split())
# words before "states" or "notes" that make them plural nouns ("member states that")
_PLURAL_OWNERS = frozenset("""member neighbouring neighboring other several many some all
both these those united federal nearby affected coastal island border arab african gulf
baltic two three four five six seven eight nine ten""".split())
# plural nouns as well as verbs ("UNHCR reports 300", "refugee reports about abuse")
_NOUN_OR_VERB = frozenset("reports estimates fears notes states".split())
_TAKING = frozenset("received receive receives got had have has heard hear saw".split())
# (a possessive makes the verb an adjective: "four times its stated capacity")
_PASSIVE_BEFORE = frozenset("""is are was were be been being a an the of its their his
her our""".split())
_A_RECORD = re.compile(r"\s+(?:its|their|the|a)\s+(?:\w+est|highest|lowest|worst|record)\b")
_BE = frozenset("is are was were be been being".split())
# "to" and a verb, not the one told ("estimated to reporters")
_INFINITIVE = re.compile(r"to\s+(?!report|journal|the\b|an?\b|his\b|her\b|their\b|its\b|"
                         r"us\b|me\b|him\b|them\b)[a-z]+\b")  # (12 letters seen: "reporte")
_PREPOSITIONS = frozenset("for with in on after by from into of".split())
# an amount and "previously" right before the verb: the verb is its participle
_AFTER_AN_AMOUNT = re.compile(r"\d[\d,.]*\s+(?:(?:million|billion|thousand)\s+)?[a-z]+\s+"
                              r"(?:previously|earlier|initially|originally|first)\s+$")
_ADVERBS = frozenset("therefore thus also now still further currently widely generally "
                     "officially already hence".split())
_LIVES = re.compile(r"(?:\s+[\w,.-]+){0,4}?\s+(?:lives|life|victims|houses|homes|buildings|"
                    r"livestock|cattle|crops|hectares|acres)\b|\s+the\s+lives\b")
_COUNT_NOUNS = frozenset("""toll tolls figure figures tally count total estimate precipitation
rainfall""".split())  # ("The maximum precipitation reported in Beihai": the rain's)
# "UNRWA posted on X on Saturday", "the ministry posted on its Facebook page"
_ON_SOCIAL_MEDIA = re.compile(r"\s+(?:on|to)\s+(?:(?:its|his|her|their|the)\s+(?:official\s+)?)?"
                              r"(?:X|Twitter|Facebook|Telegram|Instagram|Weibo|WeChat|social\s+"
                              r"media|website|web\s+site|account|page)\b")
_MEDIA_POSTED = re.compile(r"\b(?:footage|photos?|videos?|images?|pictures?|messages?|posts?|"
                           r"clips?)\s+$", re.I)
_UNDERWENT = re.compile(r"\s+(?:(?:his|her|their|my|our|its)\b|(?:[a-z]+\s+){0,3}(?:"
                        r"thunderstorms?|storms?|rains?|rainfall|downpours?|floods?|"
                        r"flooding|snowfall|heat\s*waves?|temperatures?)\b)")
_PLACE_AFTER_PLACES = re.compile(r"\b(?:in|at)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s*"
                                 r"\(\d[\d,]*\)[^.;]{0,60},\s*(?:while|whereas)\s+[A-Z][\w'’-]+"
                                 r"(?:\s+[A-Z][\w'’-]+)?\s+$")
_NAME_WORDS = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
_PLACES_READ = re.compile(rf"\s*(?:[^.;]*?(?:\bthat|,)\s+(?:and\s+|while\s+)?)?"
                          rf"(?:(?:{_NAME_WORDS},\s+)+(?:and\s+)?"
                          rf"{_NAME_WORDS}|{_NAME_WORDS}\s+and\s+{_NAME_WORDS}(?:\s+[a-z]+)?\s+"
                          r"(?:circles|districts|blocks|towns|villages|areas|tehsils|mandals)|"
                          r"[Tt]he\s+[A-Z][\w'’-]+\s+areas?|"
                          r"[Tt]he\s+(?:[A-Z][\w'’-]+\s+)?(?:county|city|town|district|region|"
                          r"province|state|village|area|island)"
                          rf"(?:\s+of\s+{_NAME_WORDS})?|"
                          # ("Nearby regions, including Hapcheon and Hadong, recorded 699 mm")
                          r"(?:[Ss]everal|[Ss]ome|[Mm]any|[Mm]ost|[Aa]ll|[Nn]earby|[Oo]ther|"
                          r"[Ss]urrounding|[Nn]eighbou?ring|\d+)\s+(?:[a-z]+\s+)?"
                          r"(?:locations|stations|places|areas|towns|cities|districts|villages|"
                          r"regions|provinces|counties)"
                          rf"(?:\s+(?:in|of)\s+{_NAME_WORDS})?(?:,\s+including\s+[^,;.]{{1,60}},)?)"
                          r"\s+(?:also\s+)?$")
_RAIN_AFTER = re.compile(r"(?:[^.;]|\.(?=\d)){0,40}?(?:\brain|\d\s*(?:mm|cm|millimet|centimet|"
                         r"inch)|\bmark\b|\btemperature|\bdegrees\b|\b(?:sea|water)\s+levels?\b)",
                         re.I)  # ("Many other locations reported sea levels of 1.5 metres")
_COUNT_BEFORE = re.compile(r"(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|"
                           r"dozens|hundreds|thousands|handful))\s+$", re.I)
_COUNTED_NOUN = re.compile(r"(?<!of )(?<![\w,.])(?:\d(?:[\d,.]*\d)?|(?i:two|three|four|five|six|"
                           r"seven|eight|nine|ten|dozens|hundreds|thousands))\s+"
                           r"(?!(?:officials|sources|witnesses)\b)[a-z]+\s+$")
_ONE_OF = re.compile(r"\bone\s+of\s+(?:a\s+)?\w+\s+$", re.I)  # "one of a handful reported Friday"
# a count's noun opening a bulletin's line: "Cases reported outside Mubende: 3 in ..."
_HEADED = re.compile(r"\s*[“\"]?(?:Cases|Deaths|Infections|Casualties|Fatalities)\s+$")
# ("Huvina Hadagali taluk recorded a rainfall of 49.6 mm", "Robert L. Bradshaw
# International Airport recorded wind gusts of 45 mph")
_PLACE_SUBJECT = re.compile(r"(?:\b(?:capital|city|town|province|district|region|village|county)"
                            r"\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?|\b[A-Z][\w’'-]*\s+"
                            r"(?:[A-Z][\w’'-]*\s+)?(?:District|Province|County|Region|district|"
                            r"taluk|taluka|tehsil|mandal)|\b(?:[A-Z][\w.’'-]*\s+){1,5}(?:Airport|"
                            r"Airfield|Aerodrome))\s+(?:alone\s+)?"
                            r"(?:has\s+|have\s+|had\s+)?$")
# a reading with its unit, as a place records it ("recorded 109.8 millimetres of rain")
_READING = re.compile(r"\s+(?:(?:about|around|nearly|almost|over|more\s+than|up\s+to|a\s+"
                      r"record|an?(?:\s+(?:massive|whopping|staggering|hefty|further))?)\s+)*"
                      r"[\d.,]+\s*(?:mm\b|cm\b|millimet|centimet|inch|°|"
                      r"degrees|km/h|kph|mph|knots)", re.I)
# a place as the whole subject: capitalised words, no "the", no acronym ("Nairobi",
# "Male’"; not "the Met Office", "NDMA")
# (after a day that opens the sentence: "The next day, Sunday 03 April, Addis Ababa
# recorded 23mm"; with the region it lies in: "Arba Minch in Southern Nations ...
# Region (SNNPR), recorded 35 mm")
# ("Goñi in Florida Department recorded", "Paso de los Toros in Tacuarembó Department
# (about 60km north of Durazno) recorded": a place, its particles, the unit it lies in)
_PARTICLES = r"(?:(?:de|del|da|do|dos|das|la|las|los|el)\s+)*"
_IN_UNIT = (r"(?:\s+in\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:Department|Province|District|Region|County|"
            r"State)(?:\s+\([^()]{1,60}\))?)?")
_NEXT_PLACE = re.compile(r"(?:\band|\bwhile|\bwhereas|\bbut|,)\s+(?!(?:The|An?|This|That|Its|"
                         r"Their|He|She|It|They|We)\b)[A-Z][a-z][\w'’-]*(?:\s+" + _PARTICLES
                         + r"[A-Z][a-z][\w'’-]*){0,2}" + _IN_UNIT + r"\s+$")
_PLACE_NAMED = re.compile(r"\s*(?:[^.;]*?\bwhen\s+)?"  # ("Heavy rainfall began ... when Kairouan")
                          r"(?:(?:On\s+|The\s+next\s+day,\s+)?(?:[A-Z][a-z]+day|[Yy]esterday)"
                          r"(?:,?\s+\d{1,2}\s+[A-Z][a-z]+|\s+[A-Z][a-z]+\s+\d{1,2})?,\s+)?"
                          r"(?!(?:The|An?|This|That|Its|Their)\b)[A-Z][a-z][\w'’-]*"
                          r"(?:\s+" + _PARTICLES + r"[A-Z][a-z][\w'’-]*){0,2}" + _IN_UNIT
                          # ("Xinxiang, another hard-hit area,")
                          + r"(?:,\s+(?:another|a|an|one|the|capital)\s+[^,;:.()]{1,60},)?"
                          r"(?:\s+in\s+[A-Z][^;:.()]{0,80}?\([A-Z]+\),"
                          r"|\s+in\s+[A-Z][^,;:.]{0,40},"
                          # ("Bijapur in the Bombay Karnataka region recorded")
                          r"|\s+in\s+the\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:region|district|state|"
                          r"province|area))?"
                          r"\s+(?:also\s+|has\s+|had\s+)?")
# "recorded a maximum rainfall of 907 millimeters": the reading's kind before it
_MAXIMUM = re.compile(r"\s+(?:a|the)\s+(?:[\w’']+\s+){0,2}?(?:maximum|minimum|record|peak|total|"
                      r"highest|lowest)\s+(?:[a-z]+\s+){0,2}(?:of|at)\s+[\d.,]+\s*(?:mm\b|cm\b|"
                      r"millimet|centimet|inch|°|degrees)", re.I)  # ("the planet's highest ... at")
# places counted as the subject: "The five districts of Niamey, Niger's capital and
# largest city,"
_PLACES_OF = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                        r"all|several)\s+(?:[a-z]+\s+)?(?:districts|provinces|states|regions|"
                        r"counties|villages|towns|cities|municipalities)\s+of\s+[A-Z][\w’'-]*"
                        r"(?:\s*,[^,;.]{0,60},)?\s*(?:has\s+|have\s+|had\s+)?$", re.I)
# a place that tops a count: "Selangor reported the highest number of cases, at 25"
_A_NOUN_BEFORE = re.compile(r"\b(?:[Aa]t|[Bb]y|[Oo]n|[Ii]n|[Ff]rom|[Tt]o)\s+"
                            r"(?:an?|the|one|this|that|their|its)\s+(?:[a-z-]+\s+)?$")
_MOST_BEFORE = re.compile(r"\bthe\s+(?:highest|lowest|largest|biggest|heaviest|hottest|"
                          r"coldest|strongest|worst)\s+(?:[\w-]+\s+){0,3}$")
_MOST = re.compile(r"\s+the\s+(?:(?:second|third)[-\s]+)?(?:highest|largest|most|biggest|"
                   r"greatest|lowest|fewest)\b")
# what a place or a time lives through, no sight anyone reports
_LIVED_THROUGH = re.compile(r"\s+(?:one\s+of\s+)?(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,3}?"
                            r"(?:hottest|coldest|worst|heaviest|wettest|driest|highest|lowest|"
                            r"summers?|winters?|seasons?|years?|rains?|rainfall|floods?|"
                            r"droughts?|heat\s?waves?)\b", re.I)
# verbs of showing report only a clause or a number: "the survey revealed that 300 ...",
# "figures showed 300 deaths"
_SHOWN = frozenset("revealed reveals reveal revealing showed shows show showing".split())
_SHOWN_WHAT = re.compile(r"\s+(?:that\b|(?:about|some|nearly|almost|around|over|more\s+than|"
                         r"at\s+least|up\s+to)\s|[$€£]?\d)", re.I)
# a verb after "fears", "reports": they are its subject, a noun ("as hopes dwindled and
# fears grew that hundreds more had drowned")
_NOUN_THEN_VERB = re.compile(r"(?:grew|grow|grows|growing|mounted|mount|mounts|mounting|rose|"
                             r"rise|rises|rising|increased|remain|remained|persist|persisted|"
                             r"emerged|surfaced|spread|circulated|were|are|have|had|reaching|"
                             r"coming|emerging|filtering|received)\b")  # ("reports reaching")
# "there were grave fears for about 10": a noun, no one fearing
_FEAR_ADJECTIVES = frozenset("grave growing mounting serious deep real widespread".split())
# verbs that are never nouns: "Adewole said of the 31 deaths, four ..." is speech
_SAID_OF = frozenset({"said", "says", "told", "warned"})  # "The IMD also warned of winds"
# what a verb of counting describes when it is an adjective before its noun
_COUNTED_AFTER = re.compile(r"(?:cases?|deaths?|infections?|fatalit(?:y|ies)|casualt(?:y|ies)|"
                            r"patients?|victims?|incidents?|outbreaks?|figures|numbers|"
                            r"(?:death\s+)?tolls?)\b")  # ("the official confirmed toll")


def _country_sets(text: str, sentence: Span, at: int) -> bool:
    """"The Philippines early on Thursday raised the number of dead to 277": a country
    counting, the outlet's summary of its government, no one speaking."""
    subject = re.fullmatch(r"\s*(?:[Tt]he\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+"
                           r"(?:(?:early|late)\s+)?(?:on\s+)?(?:[A-Z][a-z]+day\s+)?",
                           text[sentence.start:at])
    return subject is not None and snake(subject.group(1)) in country_keys()


# a share of what is counted right before the verb ("Two percent of the cases reported")
_SHARE_OF_BEFORE = re.compile(r"\b(?:percent|per\s+cent|%|half|third|quarter|majority)\s+of\s+"
                              r"(?:the\s+|all\s+|its\s+|their\s+)?(?:[a-z-]+\s+){1,2}$", re.I)



def rejected(text: str, sentence: Span, at: int, word: str) -> bool:
    """A passive or an adjective: "were reported", "an estimated 120,000",
    "estimated at"."""
    before = re.findall(r"[A-Za-z]+", text[max(sentence.start, at - 40):at])
    while len(before) > 1 and before[-1].lower() in _ADVERBS:
        before = before[:-1]  # "it is therefore estimated": the passive before the adverb
    previous = before[-1].lower() if before else ""
    if re.search(r"[\d%][,;]?[\"”’']?\s*$", text[max(sentence.start, at - 10):at]):
        previous = ""  # "a magnitude of 4.0, said Han Shujun": the number ends the report
        before = []  # ('"The death toll is 102," said Umar Mairiga': and the quotation)
    if _AFTER_AN_AMOUNT.search(text, max(sentence.start, at - 40), at) \
            or re.match(r"\s+to\s+(?:be|have)\b", text[at + len(word):]):
        return True  # "down from 27 million tonnes previously estimated", "the drought,
        # said to be the worst in 60 years": passives, no one speaks
    if word == "according":
        return not text.startswith("according to", at) and not text.startswith("According to", at)
    if word == "reporting":  # "with the WMO reporting three deaths"; not "reporting period"
        return not (re.search(r"\bwith\s+[^,;:.]{1,80}$", text[max(sentence.start, at - 90):at])
                    or re.match(r"\s+that\b", text[at + len(word):])) \
            or _PLACE_SUBJECT.search(text, max(sentence.start, at - 60), at) is not None \
            or re.search(r"\d\s+(?:[a-z]+\s+){1,2}$", text[max(sentence.start, at - 40):at]) \
            is not None
        # ("with Kampli taluk alone reporting damage to 26 houses": a place's count; "with
        # 108 houses reporting damage": a count of what reports, no one who does)
    if word in PARTICIPLES - {"saying"}:  # "noting that"; not "adding to the toll"
        return not re.match(r"\s+(?:that|\w+\s+of)\b" if word == "accusing" else r"\s+that\b",
                            text[at + len(word):])  # "accusing it of attacking"
    if told_after_with(text, sentence.start, at, word):
        return True  # "with residents in the Canim Lake area warned of danger": no teller
    if word == "repeated" and re.match(r"\s+[a-z]+s\b", text[at + len(word):]):
        return True  # "with witnesses reporting repeated aftershocks": an adjective
    if word == "witnessed" and _LIVED_THROUGH.match(text, at + len(word)):
        return True  # "Afghanistan witnessed one of the hottest summers": lived through
    if word in _SHOWN and not _SHOWN_WHAT.match(text, at + len(word)):
        return True  # "The breaking dawn revealed the blackened wreckage": a sight, no report
    if word in ("informed", "informs"):  # "informed Parliament that", "Santosh Lad informed
        # that" (Indian English); not "informed sources"
        return not (re.match(r"(?:\s+[\w-]+){0,3}\s+that\b", text[at + len(word):]) or (
            before[-1:] and before[-1][:1].isupper()  # ", Minister Thakur informed the House."
            and re.match(r"(?:\s+[\w-]+){1,3}\s*(?:[.;]|$)", text[at + len(word):])))
    if word in _NOUN_VERBS:  # "he notes that"; not "western states that were hit"
        return not re.match(r"\s+that\b", text[at + len(word):]) or previous in _PLURAL_OWNERS \
            or previous.endswith("ern")
    if word in ("recorded", "registered", "confirmed", "reported") and (
            _PLACE_SUBJECT.search(text, sentence.start, at)
            or _PLACES_OF.search(text, sentence.start, at)):
        # "Vubwi District has confirmed four cases", "The five districts of Niamey,
        # Niger's capital, reported 5,267 cases"
        return True  # "Malawi's commercial capital Blantyre recorded 85 deaths": a place
    if word in ("estimate", "estimates") and _A_NOUN_BEFORE.search(text, max(0, at - 30), at):
        return True  # "At a conservative estimate, Brusylov district has suffered": a noun
    if word in _TALLIED and _MOST.match(text, at + len(word)):
        return True  # "Selangor reported the highest number of cases": where, not who
    if word in _TALLIED and _MOST_BEFORE.search(text, max(sentence.start, at - 50), at):
        return True  # "the highest August temperature recorded in Sweden": a participle
    if word in _TALLIED and re.search(r"\d[\d,.]*\s*(?:°\s*)?(?:(?:[a-z]+(?:\s?/\s?[a-z]+)?|"
                                      r"Celsius|Fahrenheit|[CF])\s+){0,2}$",
                                      text[sentence.start:at]):
        return True  # "6,000 new arrivals recorded this week", "44.1 degrees Celsius
        # recorded during a heatwave": a passive, no speaker
    if word in _TALLIED and _NONE_BEFORE.search(text, max(sentence.start, at - 50), at):
        return True  # "there were no significant eruptions recorded": nothing counted
    if word in _TALLIED and (word in ("recorded", "registered") and _READING_AFTER.match(
            text, at + len(word)) and not _AGENCY_BEFORE.search(text, sentence.start, at)
            or re.search(r"\b(?:temperatures?|readings?)\s+$",
                         text[max(sentence.start, at - 20):at], re.I)):
        return True  # "Churu recorded an unprecedented maximum temperature of 50.5",
        # "The temperatures recorded include": a reading, no one speaking (not "The
        # National Weather Service reported rainfall amounts")
    if word in _TALLIED and _SHARE_OF_BEFORE.search(text, max(sentence.start, at - 60), at) \
            and not re.match(r"\s+that\b", text[at + len(word):]):
        return True  # "Two percent of the cases reported in Madagascar so far have been
        # pneumonic": a share of a count, no one speaking (not "Half of the doctors
        # reported that")
    if word in ("reports", "report") and re.search(
            r"(?:\d[\d,.]*|\bthe\s+(?:most|fewest)|\bmany|\bseveral)\s+(?:[a-z-]+\s+)?$",
            text[max(sentence.start, at - 40):at]):
        return True  # "had received 350 damage reports", "Iksan had the most reports at
        # 111": reports counted, a noun
    if word in ("claimed", "claims") and _LIVES.match(text, at + len(word)):
        return True  # "has now claimed 2,500 lives": a toll, no one speaking
    if word in _PUT:  # "put the toll at 324", not "put out the fires"
        return not _PUT_AT.match(text, at + len(word))
    if word in ("recorded", "reported", "registered", "confirmed") and re.search(
            r"\bwith\s+(?:(?:about|some|nearly|almost|only|just)\s+)?(?:the|a|an)\s+"
            r"[^,;:.\d]{0,60}$", text[max(sentence.start, at - 70):at]):
        return True  # "with the highest number of casualties also recorded in Jajarkot"
    if previous in _PREPOSITIONS and word.endswith("ed"):
        return True  # "when police enter the building for detailed investigations"
    if word == "described" and re.match(r"\s+(?:by|as|at)\b", text[at + len(word):]):
        return True  # "The refugee camp described by residents as": what is described;
        # "rainfall, described at the heaviest in 40 years": a participle
    if word == "watched" and re.match(r"\s+over\b", text[at + len(word):]):
        return True  # "Guard and police watched over the damaged properties": they kept watch
    if word in ("found", "finds") and not re.match(r"\s+that\b", text[at + len(word):]):
        return True  # "rescuers found 20 bodies": what they came on, no finding told
    if word == "posted" and (not _ON_SOCIAL_MEDIA.match(text, at + len(word))
                             or _MEDIA_POSTED.search(text, max(0, at - 30), at)):
        return True  # "police posted at the border": no post on social media;
        # "footage posted to social media showed": what was posted, no one posting
    if word in ("watched", "witnessed") and re.match(r"\s+by\b", text[at + len(word):]):
        return True  # "police ran through the paths, watched by a visiting delegation":
        # who looked on, no report
    if word in ("watched", "witnessed") and _UNDERWENT.match(text, at + len(word)):
        return True  # "A father witnessed his 17-year-old son drown", "Bahrain witnessed
        # its second heaviest downpour": what befell them, no report (not "The AP
        # watched the last bus ... carrying 15 refugees")
    if word in ("reported", "reports") and re.match(r"\s+to\s+(?:\d|(?:the\s+)?(?:scene|site)\b)",
                                                  text[at + len(word):]):
        return True  # "firefighters reported to 160 accidents": they went there
    if word in ("recorded", "registered", "measured") and re.match(
            r"\s+(?:in|on)\s+(?:[A-Z][a-z]+\.?\s+(?:\d{1,2},?\s+)?)?(?:19|20)\d\d\b",
            text[at + len(word):]):
        return True  # "almost double the previous maximum, recorded in 2009": when
    if word in ("recorded", "registered", "received", "saw") and (_READING.match(
            text, at + len(word)) or _MAXIMUM.match(text, at + len(word))) \
            and (_PLACE_NAMED.fullmatch(text, sentence.start, at)
                 or _NEXT_PLACE.search(text, sentence.start, at)):
        return True  # "Male’ recorded 109.8 millimetres of rain": a place's reading;
        # "... of rain and Albury recorded 44 mm": the next place's
    if word in _TALLIED and _PLACE_AFTER_PLACES.search(text, sentence.start, at):
        return True  # "The majority occurred in Huelva (41) and Sevilla (11), while
        # Cordoba reported three incidents": one more place's count, no one's report
    if word in ("recorded", "registered", "received", "saw", "reported") \
            and _PLACES_READ.fullmatch(text, sentence.start, at) \
            and _RAIN_AFTER.match(text, at + len(word)):
        return True  # "Anta, Karauli, and Nagaur recorded the maximum rainfall", "The
        # Kinta area also recorded", "several locations recorded more than 50mm"
    if word in ("recorded", "registered") and _country_sets(text, sentence, at):
        return True  # "South Africa recorded 24 confirmed cases": a country's tally
    if word in SET_VERBS:  # "raised the death toll to 277", not "raised the alert level"
        return not _SET_TO.match(text, at + len(word)) or _country_sets(text, sentence, at)
    # ("the first death toll announced in a drought": a participle after its noun)
    if word in _NOUN_OR_VERB and (previous in _TAKING or re.search(
            r"\b(?:according\s+to|as\s+per)\s+(?:[\w-]+\s+){0,3}$", text[sentence.start:at])):
        return True  # "We received reports that eight people died": the reports are had;
        # "according to very preliminary estimates, more than 100": a document
    if word == "told" and previous == "all":
        return True  # "All told, nearly half a million": in all
    if word.endswith("ed") and len(before) >= 2 and before[-2].lower() in _BE:
        return True  # "have been laboratory confirmed": a passive with a noun before it
    if previous in _PASSIVE_BEFORE | _COUNT_NOUNS | {"ever"} \
            or " ".join(before[-2:]).lower() == "the first" \
            or (previous.endswith("est") and len(previous) > 4):  # "the coldest recorded"
        return True  # "were reported"; "In the first reported deaths", "its highest
        # ever recorded temperature": an adjective
    after = text[at + len(word):at + len(word) + 12].lstrip()
    if word in ("recorded", "registered") and _A_RECORD.match(text, at + len(word)):
        return True  # "after the UAE recorded its heaviest rainfall": a measurement
    if re.match(r"(?:as\s+)?(?:dead|missing|killed|injured|wounded|alive|trapped|buried|"
                r"drowned|stranded)\b", after):
        return True  # "people confirmed dead", "hundreds still feared trapped": their state
    if (after.startswith("of ") and word not in _SAID_OF) or (word in _NOUN_OR_VERB and re.match(
            r"(?:about|on|from|by|in|suggest|say|said|indicate)\b", after)) or (
            word == "fears" and (previous in _FEAR_ADJECTIVES or re.search(
                r"(?:s['’]|['’]s)\s*$", text[max(sentence.start, at - 4):at]))):
        return True  # a noun: "unverified reports of ...", "refugee reports about"
    if word in ("add", "adds", "added") and re.match(
            r"(?:up\s+)?to\s+(?!reporters\b|journalists\b)", after):
        return True  # "The natural disaster adds to an already desperate situation", "the
        # number of homeless adds up to 195 people"
    if word in _NOUN_OR_VERB and _NOUN_THEN_VERB.match(after):
        return True  # a noun before its verb: "fears grew that hundreds more drowned"
    if _COUNTED_AFTER.match(after):
        return True  # an adjective: "the cumulative confirmed cases", "reported deaths"
    if word.endswith("ed") and _COUNT_BEFORE.search(text, max(sentence.start, at - 12), at) \
            and (re.match(r"(?!(?:that|the|a|an|to|on|in|at|by|it|its|their)\b)[a-z]+", after)
                 or _ONE_OF.search(text, max(sentence.start, at - 30), at)):
        return True  # "three confirmed tornadoes on Saturday killed": an adjective
    if word in ("reported", "reports") and _COUNTED_NOUN.search(text, max(sentence.start, at - 30),
                                                                 at):
        return True  # "seven institutions reported splits": things counted, no speaker
    if _HEADED.fullmatch(text, sentence.start, at):
        return True  # a bulletin's heading, no one speaking
    if word in ("feared", "believed", "thought", "estimated") and _INFINITIVE.match(after):
        return True  # "The toll, once feared to be well over 100,", "With the flood peak
        # estimated to last for 10 days": a reduced passive
    if word == "estimated" and (after.startswith("at ") or (
            after[:1].isdigit() and not previous)):
        return True  # "estimated at 120,000", "Estimated 5,000 people ..."
    return False
