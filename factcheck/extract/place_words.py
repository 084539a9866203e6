"""Words that look like places and are none: months, titles, bodies, diseases, common
words at a sentence's start ("More army personnel"), adjectives ("Meteorological
officials", "the Andean nation"), compounds of a common noun ("Disaster-relief
officials"), plural acronyms ("in ETCs")."""

from __future__ import annotations

import re

# a compass word before a place or as a place's part: "north", "southeastern", "south
# east" (two words, as some outlets write it)
COMPASS = (r"(?:(?:north|south)[\s-]?(?:east|west)(?:ern)?|(?:north|south|east|west|central)"
           r"(?:ern)?)")

# a kind that takes a number as its name: "Region 9", "Camp 13", "Flight 8501"
NUMBERED_NAMES = frozenset("""region zone district ward camp sector block area gate route
highway flight unit station division battalion brigade""".split())
# a kind of place, capitalised at a sentence's start: no place's name alone
KIND_WORDS = frozenset("""city town village state province district county region
capital country area municipality prefecture governorate commune borough""".split())
NOT_PLACES = frozenset("""january february march april may june july august september
october november december monday tuesday wednesday thursday friday saturday sunday the
a an mr mrs ms dr president minister prime general governor mayor un u.n eu nato
agency organization organisation ministry court council forces army party news times
guardian press service commission commissioner committee government university center
centre union nations office defense defence helmets police guard television twitter
facebook network group bank fund programme program cross crescent media post mission
press photo international world health christians muslims armenians security
statement national church jan feb mar apr jun jul aug sep sept oct nov dec muslim
rohingya christian gmt utc cyclone hurricane typhoon storm earthquake quake tsunami
catholic orthodox protestant authority authorities department division directorate
bureau board institute society foundation corporation company administration
management protection injured dead missing killed displaced ebola cholera covid covid-19 coronavirus zika marburg mpox monkeypox dengue
measles sars mers h1n1 h5n1 polio malaria celsius fahrenheit kelvin christmas easter
survey school academy headquarters affairs eid ramadan ramazan diwali thanksgiving hanukkah passover halloween more most many some several all other least
another these those this that few only also however meanwhile operations
communications emergencies devastating deadly torrential massive severe killer raging
heavy local richter ricter mercalli""".split())
# (a headline's adjectives: "Devastating floods hit south of Algeria"; a scale's name:
# "measuring 6.5 and 7.3 on the Richter Scale")
# what a lone capitalised word never names, even where a registry declares it
NO_NAMES = NOT_PLACES | KIND_WORDS
# "Meteorological officials", "Disaster-relief officials", "an Islamist insurgency",
# "the Andean nation", "in ETCs": an adjective, a compound of a common noun, a plural
# acronym; no place
_NOT_A_NAME = re.compile(r"[A-Z][a-z]+(?:ical|ional|ncial|ists?)|[A-Z][a-z]+-[a-z]+|[A-Z]{2,6}s")
# "Middle East Respiratory Syndrome", "Rift Valley Fever": a disease named after a place
_A_DISEASE = re.compile(r"\s(?:Syndrome|Fever|Virus|Disease|Flu|Influenza)$")
_OF_A_COUNTRY = re.compile(r"\s+(?:nation|country|kingdom|republic)\b")


def not_a_name(text: str, start: int, name: str) -> bool:
    """Whether the capitalised `name` at `start` is an adjective, a common compound or
    a plural acronym, not a place's name."""
    return bool(_NOT_A_NAME.fullmatch(name) or _A_DISEASE.search(name)) or (
        " " not in name and _OF_A_COUNTRY.match(text, start + len(name)) is not None)
# a river's name floods places, a disease's spreads in them; neither is one ("Brahmaputra
# and its tributaries", "the waters of the Yamuna", "the outbreak of Lassa fever"); nor
# is a place a size is measured against ("an area the size of Manhattan")
RIVER_AFTER = re.compile(r"\s+(?:river\b(?!\s+(?:basin|valley|delta|region|catchment|plains?)\b)|"
                         r"and\s+its\s+tributaries|(?:fever|virus|flu)\b)")  # (not "the Zambezi
# river basin": a region)
NO_PLACE_BEFORE = re.compile(r"\b(?:waters\s+of|rivers?,?\s+(?:including|such\s+as|like)|"
                             r"the\s+size\s+of|as\s+(?:big|large)\s+as|(?:bigger|larger|"
                             r"smaller)\s+than)(?:\s+the)?(?:\s+mighty)?\s+$")
# "the Liberte school", "the Al-Shifa hospital": a name before an institution's noun
# (a scale is named after its maker: "7.5 on the Mercalli scale" names no place)
INSTITUTION = re.compile(r"\s+(?:school|church|mosque|temple|hospital|clinic|university|"
                         r"college|building|scale)s?\b")

# "Taiwan's second-largest city" (the city unnamed: group 1 is None), "Taiwan's second-
# largest city, Kaohsiung": a place of the kind its owner holds
OWNED_KIND = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}?(?:city|town|capital|port|province|state|"
                        r"region|district|island|county)\b(?:(,?\s+)(?=[A-Z]))?")


# "Department of Forestry", "the Times of India": a body's name, no place
ORG_OF = re.compile(r"\b(?:Department|Ministry|Office|Bureau|Institute|University|Minister|Times|"
                    r"(?:Under)?[Ss]ecretary|Commission|Agency|School|College|Society)\s+"
                    r"(?:of|for)\s+(?:the\s+)?$")
# "Wodonga recorded more than 50 millimetres of rain", "Albury received 44 mm": the name
# is where the gauge stands (not "Areas received over 19 inches": no name)
_STATION_READING = re.compile(r"\s+(?:has\s+|had\s+)?(?:recorded|received|measured|logged|got)\s+"
                             r"(?:(?:more|less|fewer)\s+than\s+|about\s+|almost\s+|nearly\s+|"
                             r"over\s+|up\s+to\s+|some\s+|just\s+|an?\s+(?:[a-z]+\s+)?)?"
                             r"\d[\d.,]*\s*(?:mm|"
                             r"millimet|cm\b|centimet|inch|in\b|°|degrees)")
_GENERIC_SITES = frozenset("""areas parts places towns cities villages districts regions
provinces states counties locations stations sites spots communities some most many others
all several""".split())


def station_reading(text: str, start: int, name: str) -> bool:
    return " " not in name.strip() and name.lower() not in _GENERIC_SITES \
        and _STATION_READING.match(text, start + len(name)) is not None
