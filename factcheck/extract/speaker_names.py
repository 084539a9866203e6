"""A speaker's name as a fact-checker writes it: the role stripped ("Interior
minister Aftab Khan Sherpao" -> "Aftab Khan Sherpao", "a spokesman for the UN
refugee agency" -> "UN refugee agency"), the owner of a possessive and the document
of a source dropped ("according to Red Cross figures" -> "Red Cross")."""

from __future__ import annotations

import re

from .lexicon import lexicon
from .place_kinds import KIND_LAST
from .speaker_offices import PERSON_NAME, name_after_body, name_after_office
from .speaker_roles import ROLES, SPOKESPEOPLE, role_of, role_word
from .text import MONTHS

_STATEMENT = re.compile(r"\s+(?:statement|report|tweet|release)$", re.I)
_DOCUMENT_ADJECTIVES = r"(?:unconfirmed|preliminary|official|latest|initial|new|recent|" \
    r"updated|revised|final|provisional|daily|first|early)"
_REPORT_ADJECTIVES = re.compile(rf"^(?:(?:the|a|an)\s+)?(?:{_DOCUMENT_ADJECTIVES}\s+)+", re.I)
_BARE_BODY = re.compile(r"(?:Office|Ministry|Department|Agency|Bureau|Council|Commission|Service|"
                        r"Directorate|Authority|Secretariat|Unit|Cell|Division)")
_EARLY = re.compile(r"^(?:(?:the|a|an)\s+)?(?:early|earlier|previous|preliminary|latest|initial|"
                    r"updated|revised|provisional|unconfirmed)\s+(?=[a-z])(?!(?:reports?|"
                    r"statements?|estimates?|assessments?|figures|data|counts?|tally)\b)", re.I)
# ("the Palau Red Cross Society’s initial damages report submitted to ...")
_OWNED_DOCUMENT = re.compile(rf"(?<=\w)['’]s\s+(?:{_DOCUMENT_ADJECTIVES}\s+)*(?:(?-i:[a-z]+)\s+)?"
                             rf"(?:report|statement|bulletin|update|tally)\b.*$", re.I)
# (lower case: "The People's Daily" is a paper's name)
_OWNED_ADJECTIVES = re.compile(rf"(?<=\w)['’]s(?:\s+{_DOCUMENT_ADJECTIVES})+(?:\s+(?:estimates?|"
                               r"figures|data|counts?|tally|assessment))?$")
# the words that say how near a count is, between a source's name and its number
QUANTIFIER = (r"(?:some|about|around|nearly|almost|over|roughly|approximately|more\s+than|"
              r"at\s+least|up\s+to)")
# (and a count's first digits: "According to government statistics 1,800 people caught")
_COUNT_AFTER = re.compile(rf"\s+{QUANTIFIER}\s+\d.*$|(?<=[a-z])(?<!\bthe)(?<!\bof)\s+\d[\d,.]*$",
                          re.I)
_RELEASE_OF = re.compile(r"^(?:(?:the|a|an)\s+)?(?:press\s+)?(?:release|statement|bulletin)\s+"
                         r"|\s+(?:sent|issued|released|published|posted)$", re.I)
# "the Press Trust of India news agency": the name says which agency
_KIND_AFTER_NAME = re.compile(r"(?<=\b[A-Z])([\w.]*)\s+(?:news\s+agency|news\s+service|newspaper|"
                              r"broadcaster)$")
_DOCUMENT_OF = re.compile(r"^(?:(?:the|a|an)\s+)?(?:(?:unconfirmed|preliminary|official|latest|"
                          r"initial|new|recent|updated|revised|final|provisional)\s+)*"
                          # "the latest Cholera Situation Report from the NCDC": its title
                          r"(?:(?:(?-i:[A-Z0-9])[\w-]*\s+){1,4}(?:reports?|bulletins?|updates?)\s+"
                          r"(?:from|by)\s+|"
                          # "the Web site of Salvador's A Tarde": the paper
                          r"(?:web\s*site|site|page|account|feed)\s+of\s+|"
                          # ("the rainfall report from the Revenue ... Department")
                          r"(?:(?-i:[a-z]+)\s+){0,2}?"
                          r"(?:reports?|figures|data|estimates|information|statistics|"
                          r"statements?|tall(?:y|ies)|records|(?:death\s+)?tolls?|counts?|updates?|"
                          r"bulletins?|assessments?|reviews?|analys[ie]s)\s+"
                          # ("latest rescue updates provided by the ... Authority")
                          r"(?:(?:provided|issued|released|published|compiled|shared)\s+)?"
                          r"(?:from|by|of|on)\s+)"
                          r"(?!\d|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                          r"January|February|March|April|May|June|July|August|September|October|"
                          r"November|December)\b)",  # (not "a government statement on 28 June")
                          re.I)


def drop_document(phrase: str) -> str:
    """ "information on the Cal Fire website" -> "the Cal Fire website": the source,
    read before the phrase is cut at its first "on" or "from"."""
    return _DOCUMENT_OF.sub("", phrase.lstrip())


def drop_article(phrase: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.I)


def clean(phrase: str) -> str:
    phrase = re.sub(r"\s+,", ",", phrase)  # ("Institute of Geosciences , Energy": tokens)
    phrase = re.sub(r"^by\s+(?=[A-Z])", "", phrase)  # ", announced by Seismological ..."
    # "An early government estimate says" (its noun gone before): the government's
    phrase = _EARLY.sub("", phrase)
    # "Migration (IOM). from the ONU": the source ends with its sentence
    phrase = re.sub(r"(?:(?<=\))|(?<=[a-z]{3}))\.\s+(?=[a-z]|[-–—]\s).*$", "", phrase)
    phrase = re.sub(r"\s*\([^)]*\)|\s*\[[^\]]*\]", "", phrase).strip()  # ("[IOM]" too)
    phrase = _WHEN_AFTER.sub("", phrase) or phrase  # "the police a week ago": when it spoke
    phrase = re.sub(r"\s+(?:for|on|of|in|at|from)$", "", phrase)  # "forecasts for [Wednesday]"
    phrase = _TOLD_TO.sub("", phrase) or phrase  # "said the presidency to AFP": its hearer
    phrase = _ISSUED_BY.sub("", _WHEN_BEFORE.sub("", phrase))
    if _ONLY_WHEN.fullmatch(phrase) or _A_UNIT.search(phrase) or _A_CHECK.fullmatch(phrase):
        return ""  # "..., on Thursday afternoon, ..., reports": a time; "meters": a unit;
        # "according to the last check at 5:30 p.m.": a document of no one named
    phrase = re.sub(r"^(?:and|but|or|though|although)(?:\s+|$)", "", phrase,
                    flags=re.I)  # "6.1 and said", "..., though civilians say"
    # "The government's Notimex news agency": the agency, not its owner
    phrase = re.sub(r"^(?:[Tt]he\s+)?[a-z]+['’]s\s+(?=[A-Z])", "", phrase)
    phrase = re.sub(r"^(?:(?i:better known as|known as|what|which)|(?:[Aa]s )?per)\s+", "", phrase)
    phrase = re.sub(r"^((?:[A-Z][\w’'-]+\s+)+[A-Z][\w’'-]+|[A-Z]{2,})\s+(?:reports|statements)$",
                    r"\1", phrase)  # "Anadolu Agency reports": its (not "Media reports")
    if _OFFICIAL_FIGURES.fullmatch(phrase):  # the officials' own, as fact-checkers cite it
        return drop_article(phrase)
    # "testimonies of the survivors quoted by the Senegalese Ministry of Foreign Affairs
    # and other sources": who relays them
    phrase = re.sub(r"^.{0,80}?\bquoted\s+by\s+(?=\S)", "", phrase)
    phrase = re.sub(r"\s+and\s+other\s+sources$", "", phrase)
    # "a 25-year-old worker named Sumi", "a man called Ali": the name, not who he is
    phrase = re.sub(r"^(?:[\w-]+\s+){0,4}?(?:named|called|surnamed)\s+(?=[A-Z])", "", phrase)
    # "Gao whose family lives nearby", "witnesses - were burned alive": who, no more
    phrase = re.sub(r"\s+(?:whose|who)\s.*$|\s+[-–—]\s+(?=[a-z]).*$", "", phrase)
    if _STATEMENT.search(phrase) and drop_article(_STATEMENT.sub("", phrase)).lower() \
            in _KINDS_OF_STATEMENT:
        return ""  # "the joint statement announced": a statement of no one named
    if _STATEMENT.search(phrase) and _STATEMENT.sub("", phrase).lower() not in _QUANTIFIERS:
        # "a new government report", "the latest police report": the body's; not "one
        # report" (no one's); ("The preliminary report says": the document, kept whole)
        phrase = _REPORT_ADJECTIVES.sub("", _STATEMENT.sub("", phrase) + " ").strip() \
            or drop_article(phrase)
        # ("according to the Palau Red Cross Society’s initial damages report", "the
        # ministry's report": the document's owner)
        phrase = re.sub(r"(?<=\w)['’]s(?:\s+[a-z]+){0,3}$", "", phrase)
    # "The government's report of the day said": the government's
    phrase = _OWNED_DOCUMENT.sub("", phrase)
    # "the government's initial estimates put": the government's
    phrase = _OWNED_ADJECTIVES.sub("", phrase)
    # "According to the authorities some 25,000 tareas": the count is no part of them
    phrase = _COUNT_AFTER.sub("", phrase)
    # "a press release AMISOM Public Information Service sent to WIC": its sender
    phrase = _RELEASE_OF.sub("", phrase) if _RELEASE_OF.sub("", phrase)[:1].isupper() \
        else phrase
    phrase = _KIND_AFTER_NAME.sub(r"\1", phrase)
    # "according to unconfirmed reports from local partners", "according to Red
    # Cross figures": the source, not its document
    phrase = _DOCUMENT_OF.sub("", phrase)
    # "reports compiled by AFP from central and provincial relief agencies": AFP
    phrase = re.sub(r"^((?:[A-Z][\w.&'’-]*\s+)*[A-Z][\w.&'’-]*)\s+from\s+(?=[a-z]).*$", r"\1",
                    phrase)
    # (not a name's own word: "Palestinian Central Bureau of Statistics", "Office for
    # National Statistics")
    trimmed = re.sub(r"(?<!\bof)(?:['’]s?\s+(?i:figures|data|estimates?|statistics)|(?:['’]s)?\s+"
                     r"(?:figures|data|estimates?|forecasts?|statistics|tallies|records|findings|"
                     r"(?i:website|web\s+site|site|page|account|feed)))$", "", phrase) or phrase
    # ("according to one account", "some estimates": no one is left to name)
    if trimmed != phrase and trimmed.lower() not in _QUANTIFIERS:
        # "the latest government figures": the government's
        phrase = _REPORT_ADJECTIVES.sub("", trimmed + " ").strip() or trimmed
        if _A_MONTH.fullmatch(drop_article(phrase)):
            return ""  # "according to the March data": a month's figures, no one's
    phrase = re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.I)
    phrase = _KIND_BEFORE_NAME.sub("", phrase)  # "coal company JSW": its name
    # "Pakistan's private Aaj TV", "CBS News' Chris Martinez", "Japan's public
    # broadcaster NHK": the owner goes before a name; "China's earthquake monitoring
    # agency" names no one without it
    owned = re.match(r"^(?:[A-Z][\w.\-]*\s+)*[A-Z][\w.\-]*(?:['’]s|s['’])\s+(?=\S)", phrase)
    if owned and _KIND_BEFORE_NAME.sub("", _ADJECTIVES.sub("", phrase[owned.end():]))[:1] \
            .isupper() and not _BARE_BODY.fullmatch(phrase[owned.end():]) \
            and phrase[owned.end():] not in ("Daily", "Weekly") \
            and not re.search(r"People['’]s\s+$", owned.group()):
        # ("People's Daily", "the Higher People's Court of Tianjin": a name)
        # (not "the Relief Commissioner's Office": an office is no name without its owner)
        phrase = _KIND_BEFORE_NAME.sub("", phrase[owned.end():]) \
            if _KIND_BEFORE_NAME.match(phrase[owned.end():]) else phrase[owned.end():]
    phrase = _ADJECTIVES.sub("", phrase) if _ADJECTIVES.sub("", phrase)[:1].isupper() else phrase
    phrase = _person_of(strip_role(_person_of(phrase)))
    described = _DESCRIBED_NAME.fullmatch(phrase)  # "seamstress Josiane Malmann": her
    if described and PERSON_NAME.fullmatch(described.group(1)):
        phrase = described.group(1)
    # "certain areas reported", "24.4 percent of the population reported", "five times
    # the number of ...": what is counted, no one who speaks
    # ("villages one, two, four, and seven reported": a number is no one)
    # ("Investigation also reveals that", "according to images published": whose is untold)
    # ("Nearly half of all Maronites said they were considering": a share of those
    # polled, what is counted)
    if phrase.lower() in OWNER_PRONOUNS:  # "Their report estimates": the body named
        return OWNER_PRONOUNS[phrase.lower()]  # before, as "they" would be
    return "" if phrase.islower() and _NO_ONE.search(phrase) or _A_NUMBER.fullmatch(phrase) \
        or _counted_things(phrase) \
        or phrase.lower() in _UNOWNED or _A_SHARE_OF.match(phrase) \
        or _A_STUDY.fullmatch(phrase) else phrase


_A_MONTH = re.compile(rf"{MONTHS}(?:\s+\d{{4}})?")
OWNER_PRONOUNS = {"its": "it", "their": "they", "his": "he", "her": "she"}
_A_SHARE_OF = re.compile(r"(?:nearly|almost|about|around|some|more\s+than|over|roughly|just\s+"
                         r"(?:over|under))?\s*(?:half|a\s+third|a\s+quarter|two[-\s]thirds|"
                         r"three[-\s]quarters|most|the\s+majority|a\s+majority)\s+of\s", re.I)
# "He added that a recent evaluation found that": a document of no one named
_A_STUDY = re.compile(r"(?:(?:recent|new|latest|initial|preliminary|independent|separate)\s+)*"
                      r"(?:evaluation|study|poll|review|assessment)s?", re.I)
_UNOWNED = frozenset("""investigation investigations data images photos pictures footage video
videos""".split())


_A_NUMBER = re.compile(r"(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
                       r"|\d[\d,.]*")
# "with four mudslides recorded": things counted, no one who records
_COUNTED = re.compile(rf"(?:{_A_NUMBER.pattern})\s+((?:[a-z-]+\s+)?[a-z]+)")


def _counted_things(phrase: str) -> bool:
    counted = _COUNTED.fullmatch(phrase)
    return counted is not None and any(hit.table in ("events", "objects") for hit in
                                       lexicon().hits(phrase, counted.start(1), len(phrase)))


_DESCRIBED_NAME = re.compile(r"(?:(?!(?:of|for|in|at|from|the|and|to)\s)[a-z]+\s+){1,2}"
                             r"((?:[A-Z][\w.'’-]*\s+){1,2}[A-Z][\w.'’-]*)")
_NO_ONE = re.compile(r"(?:^|\s)(?:areas?|percent|per\s+cent|population|times|numbers?|deaths|"
                     r"cases|readings)(?:\s+of)?$|^of\s", re.I)


def _person_of(phrase: str) -> str:
    """"Brad Kieserman of the American Red Cross", "Saifullah Munshi of virology
    department", "Minister Ali Coskun from Bingol": the person, not where the person
    works or comes from."""
    # (after a word that describes the person: "a pensive Sarah Allen of Grosmond")
    person = re.match(r"(?:(?:a|an|the)\s+)?(?:[a-z]+\s+)?((?:[A-Z][a-z][\w’'-]*\s+){1,2}"
                      r"[A-Z][a-z][\w’'-]*)\s+(?:of|from)\s+(?:the\s+)?\w", phrase)
    if person and PERSON_NAME.fullmatch(person.group(1)) and not any(
            w.lower() in ROLES for w in person.group(1).split()):
        return person.group(1)
    return phrase


# the one told after who speaks ("said the presidency to AFP"), save an envoy's post
_TOLD_TO = re.compile(r"(?<![Aa]mbassador)(?<![Ee]nvoy)\s+to\s+(?:the\s+)?(?:reporters|journalists|"
                      r"(?:[A-Z][\w.&'’-]*\s+)*[A-Z][\w.&'’-]*)$")
# a month's day, its year or not ("Jan 9", "July 25, 2024"): a time, never a name
MONTH_DAY = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
             r"(?:,?\s+(?:19|20)\d\d)?")
# a time after the speaker, no part of its name ("recorded by the police a week ago")
_WHEN_AFTER = re.compile(r"\s+(?:(?:a|one|two|three|\d+)\s+(?:days?|weeks?|months?)\s+(?:ago|"
                         r"earlier|before)|yesterday|today|last\s+(?:week|month|night)|earlier|"
                         r"first|initially|later|previously|"  # ("Officials first said")
                         r"(?:on\s+)?(?:(?:late|early)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|"
                         r"Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?|"
                         r"(?:on\s+)?" + MONTH_DAY + r"|"  # ("noted Reuters Jan 9.")
                         # ("said Governor Patrick Morrisey during a Monday afternoon briefing")
                         r"(?:during|at|in)\s+(?:a|an|the|his|her|their|its)\s+[^,;]{0,40}?"
                         r"\b(?:briefing|conference|interview|meeting|address|speech)s?)$")
# a day opening the sentence before who speaks: "Yesterday the UN said", "Late Sunday
# the ministry said"
_A_DAY = (r"(?:on\s+)?(?:(?:late|early)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
          r"Saturday|Sunday|yesterday|today|tonight)(?:\s+(?:morning|afternoon|evening|night))?")
_OWN_PART = r"for\s+(?:his|her|its|their)\s+part"  # an aside, not who speaks
_WHEN_BEFORE = re.compile(rf"^(?:{_A_DAY}|last\s+(?:week|night)|this\s+(?:morning|afternoon|"
                          r"evening|week)|(?:in\s+)?(?-i:(?:January|February|March|April|May|June|"
                          r"July|August|September|October|November|December)(?:\s+\d{4})?)|"
                          + _OWN_PART + ")"  # ("For his part, ...")
                          r"\s*,?\s+(?=\S)(?!(?:morning|afternoon|evening|night)\b)", re.I)
_A_UNIT = re.compile(r"(?:^|\s)(?:meters|metres|feet|inches|centimet(?:er|re)s|millimet(?:er|re)s|"
                     r"kilomet(?:er|re)s|miles|hectares|acres|tonnes|degrees)$", re.I)
_CLOCK = r"(?:by\s+|at\s+)?\d{1,2}(?:[:.]\d{2})?\s*"
_ONLY_WHEN = re.compile(rf"{_A_DAY}|(?:on\s+)?{MONTH_DAY}|{_CLOCK}[ap]\.?\s?m\.?|"
                        rf"(?:{_CLOCK})?[ap]\.\s?m\.|" + _OWN_PART,
                        re.I)  # a time is no speaker ("data by 10 a.m. indicated")
_A_CHECK = re.compile(r"(?:(?:the|a|an)\s+)?(?:last|latest|previous|first|final|new)\s+"
                      r"(?:check|count|"
                     r"update|tally|census)", re.I)
# "a statement issued by the ministry": the ministry's
_ISSUED_BY = re.compile(r"^(?:[\w-]+\s+){0,4}?(?:statement|report|release|bulletin|update|notice)"
                        r"\s+(?:issued|released|published|posted|put\s+out|sent(?:\s+out)?)"
                        r"(?:\s+(?:today|yesterday|on\s+[A-Z][a-z]+|this\s+week|last\s+week))?"
                        r"\s+by\s+"
                        r"(?=\S)", re.I)


# words before a name that say what kind of body it is ("state-run", "official")
_ADJECTIVES = re.compile(r"^(?:(?:state-run|state-owned|state|private|former|local|acting|"
                         r"pro-[a-z]+|government-run|government-owned|public|semi-official|"
                         r"official|independent|latest|new|recent|updated|preliminary|"
                         r"provisional|initial|final|unofficial)\s+)+")


# "coal company JSW", "state oil firm Pemex", "public broadcaster NHK": what the body
# is, then its name
_KIND_BEFORE_NAME = re.compile(r"^(?:[a-z-]+\s+){0,2}(?:company|firm|operator|producer|utility|"
                               r"broadcaster|newspaper|daily|channel|news\s+agency|station)\s+"
                               r"(?=[A-Z][\w&.-]*$|[A-Z][\w&.-]*\s+[A-Z])")


_QUANTIFIERS = frozenset("one some several many other most two three".split())
# a document told before, whose body speaks through it ("according to the report")
THE_DOCUMENT = frozenset("report assessment survey study".split())
_DOCUMENTS = frozenset("""reports report estimates figures data statistics sources accounts
information assessment assessments estimate toll tolls tally forecast forecasts""".split()) \
    | _UNOWNED


def of_no_one(source: str) -> bool:
    """"according to reports (he had received)", "according to figures": a document
    that names no one says no speaker; the frame around it may ("Kongsak said that
    according to reports ..."). "media reports" is the media's."""
    if _OFFICIAL_FIGURES.fullmatch(source.strip()):
        return False  # "according to official statistics": the state's, a source cited
    words = source.split()
    if words and all(w.lower() in _BARE or _YEAR.fullmatch(w) for w in words):
        return True  # "official (figures)", "the latest (figures)": what is left names no one
    while len(words) > 1 and (words[0].lower() in _BARE or _YEAR.fullmatch(words[0])):
        words = words[1:]
    return bool(words) and words[0].lower() in _DOCUMENTS


_OFFICIAL_FIGURES = re.compile(r"(?:the\s+)?official\s+(?:figures|statistics|data)", re.I)
_YEAR = re.compile(r"(?:19|20)\d\d")  # "according to 2002 figures": the year's, no one's
_KINDS_OF_STATEMENT = frozenset("joint written separate brief formal short press".split())
_BARE = frozenset("""the a an official preliminary latest new initial provisional unofficial
recent first revised very early rough conservative weather""".split())


def strip_role(phrase: str) -> str:
    """The name after the last role word, when a name follows it and the role is not
    the head of an "X of Y" phrase ("government of President ..." stays whole)."""
    words = phrase.split()
    placed = _NAME_AFTER_PLACE.search(phrase)
    if placed is not None and PERSON_NAME.fullmatch(placed.group(1)) \
            and any(role_word(w) for w in phrase[:placed.start()].split()):
        return placed.group(1)  # "governor of Kherson Oblast Oleksandr Prokudin"
    for k, word in enumerate(words[:-2]):  # "a spokesman for the UN refugee agency"
        owner = drop_article(" ".join(words[k + 2:]))
        if word.lower() in SPOKESPEOPLE and words[k + 1].lower() in ("for", "at", "of") \
                and is_name(owner):
            # ("Coordinator of the Disaster Management Centre Keerthi Ekanayake": his)
            named = name_after_office(words[k + 1:])
            if named is None and k > 0 and words[k - 1] in _OF_THE_NATION:
                return phrase  # "National Coordinator for Disaster Reduction": a body's
                # name (Conred), no spokesman of "Disaster Reduction"
            return named or owner
    for k in range(len(words) - 1, -1, -1):
        if role_word(words[k]) or (words[k].lower() == "executive" and k > 0 and words[
                k - 1].lower() in ("chief", "county")):  # (not "Executive Power")
            rest = words[k + 1:]
            if (k == 0 or len(rest) == 1) and _BODY_END.search(" ".join(rest)):
                return phrase  # "General Funeral Services", "Portland General Electric":
                # a firm's name, no general's
            # "Superintendent of Police Prajwol Maharjan", "Director of Public Health K
            # Kulandaisamy": the role's office, then the name
            if len(rest) >= 4 and rest[0].lower() == "of" and is_name(" ".join(rest[1:])) \
                    and (k == 0 or is_name(" ".join(words[:k]))) \
                    and rest[-1] not in _PLACE_HEADS:  # (not "of New York State")
                # ("Saskatchewan Public Safety Agency Vice President of Operations Steve
                # Roberts": a body's name before the role)
                return _after_office(rest[1:])
            # "(Georgian) Minister for Refugees Sozar Subari": a person's name after it
            if len(rest) >= 4 and rest[0].lower() == "for" and k <= 1 \
                    and words[0][0].isupper() and is_name(" ".join(rest[1:])) \
                    and PERSON_NAME.fullmatch(named := _after_office(rest[1:])):
                return named
            if rest and rest[0][0].isupper() and not role_of(words, k):
                return name_after_body(rest) or " ".join(rest)
            return name_after_office(rest) or phrase
    return phrase


# the place an office is of, then the person: "(head of ... for) Tver Region Denis
# Gutsalyuk", "(governor of) Kherson Oblast Oleksandr Prokudin"
_PLACE_HEADS = frozenset(word.capitalize() for word in KIND_LAST | {
    "region", "state", "republic", "krai", "territory", "municipality", "regency"})
_NAME_AFTER_PLACE = re.compile(r"\s(?:for|of|in)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,3}"
                               rf"(?:{'|'.join(_PLACE_HEADS)})\s+"
                               r"((?:[A-Z][\w.’'-]*\s+){1,2}[A-Z][\w’'-]*)$")


# the words of an office after "Minister of", "Director of": what is left is the name
_OFFICE_WORDS = frozenset("""public health police interior home foreign affairs defence defense
disaster management information emergency emergencies relief rehabilitation works education
agriculture finance state operations communications safety security civil protection welfare
social energy mines transport water resources environment situations""".split())
# a name that ends as a body's does: "General Funeral Services", "General Hospital"
_OF_THE_NATION = frozenset("National Federal Regional Provincial State".split())
_BODY_END = re.compile(r"\b(?:Services|Company|Corporation|Hospital|Motors|Electric|"
                       r"Assembly|Insurance)$")


def _after_office(words: list[str]) -> str:
    """The name after an office of one or more words; its last word when the office
    words run to the end ("Minister of Health Ahmed Ali" -> "Ahmed Ali")."""
    k = 1  # ("Minister of State for Home Harsh Sanghavi": the office runs over "for")
    while k < len(words) - 1 and (words[k].lower() in _OFFICE_WORDS or (
            words[k].lower() in ("for", "and", "of") and k + 1 < len(words) - 1
            and words[k + 1].lower() in _OFFICE_WORDS)):
        k += 1
    if k == len(words) - 1 and words[k].lower() in _OFFICE_WORDS:
        return " ".join(words)  # "(Secretary) of State for Foreign Affairs": no name after
    return " ".join(words[k:])


def is_name(phrase: str) -> bool:
    words = [w for w in phrase.split() if w.lower() not in ("of", "and", "for", "al")]
    return bool(words) and all(w[0].isupper() for w in words)


def kind_of_body(words: list[str]) -> bool:
    """ "health ministry", "interior ministry": a lower-case word saying which body, a
    name of its own; "the ministry" and "UN agency" point back to the last named."""
    return len(words) == 2 and words[0].islower() and words[0] not in (
        "the", "a", "an", "this", "that", "its", "their", "his", "her")


def verb_phrase(before: str, subject: str) -> bool:
    """"survivors who survived had told", "appear to account for the largest loss",
    "Refugees who saw that boat sink told": lower-case words after "who", "to" or a
    verb of seeing, or one past form, are a verb's, not a name."""
    return subject.islower() and (re.fullmatch(r"[a-z]+ed", subject) is not None or re.search(
        rf"\b(?:who|(?<!ccording\s)to|(?:saw|seen|watched|heard|noticed)\s+(?:that|the|a))"
        rf"\s+{re.escape(subject)}\s*$", before) is not None)
