"""Who a speech frame's verb names: the phrase before the verb ("the UN refugee agency
said"), past what is no part of it (a day, an adverb, an auxiliary: "had earlier this
week said"), the name after an inverted verb (", said O'Brien"), and the source after
"according to" or "as per" (not a document that names no one, nor a year's figures).
"""

from __future__ import annotations

import re

from .speaker_names import (MONTH_DAY, OWNER_PRONOUNS, PERSON_NAME, THE_DOCUMENT, clean,
                            drop_article, drop_document, is_name, of_no_one, strip_role,
                            verb_phrase)
from .speaker_persons import PERSON_NOUN
from .speaker_participles import participle_subject, quoted_as
from .speaker_phrases import PARTICIPLES, TOKEN, first_conjunct, noun_phrase_before, phrase_after
from .speaker_roles import ROLES
from .place_kinds import LOCATIVE_KIND_END, country_keys
from .text import Span


# a sentence that opens with a person's full name and a verb of narration, after a time
# or an age maybe ("In the last few days, Tahar Chibane, 35, has lost most of his family")
SUBJECT_PERSON = re.compile(r"\s*(?:(?:In|On|During|Over|Since|Earlier|Later|Last)\b"
                            r"[^,;:.\d]{0,40},\s*)?"
                            r"((?!The\b|A\b|An\b|In\b|On\b|At\b|But\b|And\b)[A-Z][a-z]+"
                            r"(?:\s+[A-Z][a-z’'\-]+){1,2})(?:,\s*\d{1,3},)?"
                            # ("Reynato Lanoria, a janitor on the ship, survived")
                            r"(?:,\s+(?:a|an)\s+[^,;:.\d]{1,60},)?"
                            r"\s+(?:had|has|was|is|lives|lived|survived|escaped|"
                            r"works|worked|came|went|spent|arrived|fled|left|stayed)\b")
# a person whose role opens the sentence, doing what no speech verb says: "Kenya Red
# Cross Secretary General Abbas Gullet made an appeal" (the role goes, strip_role)
SUBJECT_ROLE_PERSON = re.compile(r"\s*((?!The\b|A\b|An\b|In\b|On\b|At\b|But\b|And\b)"
                                 r"(?:[A-Z][\w’'\-]+\s+){1,5}[A-Z][a-z]+(?:\s+[A-Z][a-z’'\-]+)"
                                 r"{1,2})\s+(?:made|called|urged|appealed|visited|led|launched|"
                                 r"toured|warned|met|held|chaired|ordered|sent|signed|declared|flew|"
                                 r"had|has|was|is)\b")


PRONOUNS = frozenset("he she they it we he's she's they're we're he’s she’s they’re we’re".split())
_PERFECT_SPEECH = frozenset("""said told reported announced revealed estimated stated verified
documented warned confirmed put placed""".split())
# "The government on Friday informed": the day is when, not who
# ("OCHA on July 25 put the death toll at 256": the day, a month's too)
_WHEN_BEFORE = re.compile(r"\s+(?:(?:early|late)\s+)?(?:on\s+)?(?:(?:Monday|Tuesday|Wednesday|"
                          r"Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|"
                          r"night))?|" + MONTH_DAY + r")\s*$")
_DOCUMENT_AFTER = re.compile(r"(?<=\w)\s+(?:figures|data|estimates|statistics|records)\s+"
                             r"(?:of|on|for)\b")
_ADVERB_BEFORE = re.compile(r"\s+(?:(?:has|have|had)\s+(?:long|repeatedly|often)|also|first|"
                            r"later|earlier|further|again|separately|so\s+far|thus\s+far|"
                            # "had earlier this week said": when it was said
                            r"(?:earlier\s+|later\s+)?(?:this|last)\s+(?:week|month|weekend)|"
                            r"(?:earlier\s+)?(?:today|yesterday))\s*$")
# "A briefing by the WFP published on Wednesday revealed", "according to a local press
# conference held on Tuesday": the document's or the meeting's participle
_PUBLISHED = re.compile(r"(?<=[\w)])\s+(?:published|released|issued|presented|held)\s*$")


_ITS_DOCUMENT = re.compile(r"\s*(its|their|his|her)\s+(?:[\w-]+\s+){0,3}?(?:report|statement|"
                           r"update|bulletin|briefing|figures|tally|count|data)\b", re.I)
# where the words were said: "The Secretariat in its latest report said"
_IN_ITS_DOCUMENT = re.compile(r"\s+(?:in|on|through)\s+(?:its|their|his|her)\s+"
                              r"(?:[\w-]+\s+){0,3}?(?:report|statement|update|bulletin|briefing|"
                              r"post|tweet|release|letter|notice|circular)\s*$")


# where the speaker is, after who: "A BBC reporter in the city", "Residents in the area"
_WHERE_THEY_ARE = re.compile(r"(?<=\w)\s+(?:in|at)\s+the\s+(?:city|town|area|region|capital|"
                             r"village|country|field|camp|scene|province|district)\s*$"
                             r"|(?<=[Rr]escuers)\s+at\s+(?:a|the)\s+(?:mine|site|colliery)\b"
                             r"[^,;:]*$"  # ("UNHCR staff at the ... border town of Ishasha")
                             r"|(?<=\w)\s+at\s+the\s+(?:[\w'’-]+\s+){0,4}(?:city|town|village|"
                             r"camp|port)\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s*$")
# the head of a body named after an inverted verb: ", said the Guangxi emergency
# management authority"
_BODY_HEADS = frozenset("""authority authorities agency ministry department office bureau
administration committee commission headquarters service services center centre
council""".split())
# a role in a country, then a person's name with no comma: "Coordinator in South Sudan
# Anita Kiki Gbeho"
_ROLE_IN_COUNTRY = re.compile(r"\b[A-Za-z]+\s+in\s+((?:[A-Z][\w'’.-]+\s+){2,5}[A-Z][\w'’-]+)\s*$")


# a name that goes on over "and" or "of": "Volcanology and Geological Hazard ..."
_NAME_GOES_ON = re.compile(r"[A-Z][\w.'’-]*\s+(?:and|of|for|&)\s+$")
_ONE_NAME = re.compile(r"[A-Z][\w.'’-]*(?:\s+(?:(?:and|of|for|&|the)\s+)*[A-Z][\w.'’-]*)*")


def _named_after_country(before: str) -> str | None:
    """The person's name after "<role> in <country>", when the country is one the
    lexicon knows and the rest a person's name."""
    found = _ROLE_IN_COUNTRY.search(before)
    words = found.group(1).split() if found else []
    for k in (1, 2):
        name = " ".join(words[k:])
        if len(words) - k >= 2 and "_".join(words[:k]).lower() in country_keys() \
                and PERSON_NAME.fullmatch(name):
            return name
    return None
# (one body, not "authorities in Assam": a group told by its place)
# ("Regional Fire Departments in Gwangju and Jeollanamdo announced")
_SPOKESMEN_IN = re.compile(r"\b((?i:spokes(?:men|women|persons|people)))\s+(?:in|from)\s+"
                          r"(?:[A-Z][\w'’.-]*(?:,\s+|\s+and\s+|\s+))*[A-Z][\w'’.-]*\s*$")
_BODY_IN_PLACE = re.compile(r"\b((?i:" + "|".join(sorted(_BODY_HEADS - {"authorities", "services"}))
                            + r")(?:s\b)?)\s+in\s+(?:the\s+)?(?:metro\s+|greater\s+|downtown\s+)?"
                            r"(?:[A-Z][\w'’.-]*\s+){1,4}(?:and\s+(?:[A-Z][\w'’.-]*\s+){1,3})?"
                            r"(?:state|province|region|county)?\s*$")


# ("Two seconds later, it became the same movie,” said physician Geovanne Souza")
_A_COUNT = re.compile(r"(?<!\w)\d|^(?:two|three|four|five|six|seven|eight|nine|ten|a\s+few)\s",
                      re.I)
_COUNT_HEADS = frozenset("toll tolls tally count figure figures total estimate".split())


_TERMS = re.compile(r"\s*(?:the\s+)?(?:terms|conditions|provisions)(?:\s+of\b|\s*[,.;]|$)", re.I)


def source_of(after: str) -> str:
    """Who "according to" or "as per" names: "the WHO and UNICEF estimates of"."""
    # ("the acting district medical officer (DMO) Kazembe Mkunga": a short form aside)
    own = _ITS_DOCUMENT.match(after)
    if own is not None:  # "According to its most recent report": the body last named
        return OWNER_PRONOUNS[own[1].lower()]
    if _TERMS.match(after):
        return ""  # "As per the terms of deal, ... Hamas is required to": what a deal says
    pronoun = re.match(r"\s*(them|him|her|it|us)\b", after, re.I)
    if pronoun is not None:  # "according to them electricity should be restored": they
        return {"them": "they", "us": "we"}.get(pronoun[1].lower(), pronoun[1])
    source = drop_document(re.sub(r"\s*\([A-Z][A-Za-z]{1,7}\)", "", after))
    source = _DOCUMENT_AFTER.split(source, maxsplit=1)[0]  # "the WHO estimates of"
    told = _THE_DOCUMENT.match(source)
    if told is not None:  # "according to the assessment": the body's told before
        return told.group(0)
    named = _role_then_name(source)
    if named:  # "According to the Mayor of Rome, Roberto Gualtieri,", "According to PRO
        return named  # Pano Aqil cantonment, Major Aleem,": the name's own title
    # "the toll according to the Minister ... is 132": the source ends at the verb
    source = re.split(r"\s+(?:is|was|are|were|stands|stood)\s+(?=[\d(]|(?:about|around|"
                      r"nearly|over|at|some)\b)", source, maxsplit=1)[0]
    found = _PUBLISHED.sub("", clean(phrase_after(source, 0, len(source))))
    found = re.sub(r"\s+(?:19|20)\d\d$", "", found)  # "Red Cross 2002 figures": the year's
    # "the Ministry of the Interior up to seven in the morning": the time is no source's
    found = re.sub(r"\s+(?:up\s+to|as\s+of|as\s+at|until|till)\b.*$", "", found)
    # "according to a Kyodo News tally based on ...": whose tally
    found = re.sub(r"^(?:(?:a|an|the)\s+)?((?:[A-Z][\w.&'’-]*\s+)*[A-Z][\w.&'’-]*)\s+(?:tally|"
                   r"count|report|estimates?|figures|data|survey|analysis|calculations?)\b.*$",
                   r"\1", found)
    return "" if of_no_one(found) else found


# a role, then the name in commas: the person
_ROLE_THEN_NAME = re.compile(r"\s*(?:the\s+)?([^,;:()“”\"]{2,60}),\s*((?:[A-Z][\w'’.-]+\s+){1,3}"
                             r"[A-Z][\w'’.-]+)\s*(?:,|$)")


def _role_then_name(phrase: str) -> str:
    """The person's name after a role in commas ("the Mayor of Rome, Roberto
    Gualtieri"), or ""."""
    named = _ROLE_THEN_NAME.match(phrase)
    if named is None or not PERSON_NAME.fullmatch(named.group(2)) \
            or named.group(2).split()[-1].lower() in ROLES:
        return ""  # (", Banshidhar Tiwari, Director General": the role comes second)
    title = named.group(1).split() + named.group(2).split()[:1]  # ("Major Aleem")
    return named.group(2) if any(w.lower() in ROLES for w in title) else ""
_THE_DOCUMENT = re.compile(r"the\s+(?:" + "|".join(sorted(THE_DOCUMENT))
                           + r")\b(?=\s*(?:[,.;:]|$))", re.I)
_LOCATED = re.compile(r"\s+where\s+[^,;:]{1,60}?\s+(?:is|are|was|were)\s+(?:located|situated|"
                      r"based)(?=\s+(?:has|have|had)\s*$|\s*$)")

# a place's name as the appositive of its kind ("Hidayat, a meteorology official in the
# Central Kalimantan capital, Palangkaraya, said"): the place is no speaker
_PLACE_RENAMED = re.compile(r",\s*(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+\s*,\s*$")


# a quotation's close: its last words' punctuation, then the mark (not a nickname:
# 'Saengduean “Lek” Chailert')
_QUOTE_CLOSED = re.compile(r"(?<=[,.!?])[”\"](?=\s)")


def subject_of(text: str, sentence: Span, verb: Span, word: str) -> str:
    """The speaker of the frame whose verb is at `verb`."""
    if word == "according":
        return source_of(text[verb.end + len(" to"):sentence.end])
    before = re.sub(r"\s*\([^()]*\)|\s*\[[^\[\]]*\]", "", text[sentence.start:verb.start])
    closed = list(_QUOTE_CLOSED.finditer(before))
    if closed and re.search(r"[A-Za-z]", before[closed[-1].end():]):
        # '"... taken to Kabul and Gardez," Mr Hozaifa, director of ..., told': who
        before = before[closed[-1].end():]  # speaks stands after the quotation
    named = _IDENTIFIED_AS.search(before)
    if named is not None:  # "A survivor in his early 20s, identified only as Alif, said"
        return named.group(1)
    named = _NAME_WHO.search(before)
    if named is not None and not _PLACE_PREPOSITION.search(before, 0, named.start(1)):
        return clean(named.group(1))  # "surveyed by Economy Minister Zdravko Počivalšek,
        # who said"; not "People in Domzale, who said": a place
    placed = _named_after_country(before)
    if placed is not None:
        return placed  # "the UN Humanitarian Coordinator in South Sudan Anita Kiki Gbeho
        # said": the person after her office's country
    before = re.sub(r",\s*(?:better |also )?known as [^,]*,\s*$", " ", _IN_AGE.sub("", before))
    before = _CITING.sub("", before)  # "Citing the vice president, the health ministry put"
    quoted = quoted_as(before) if word == "saying" else None
    if quoted:
        return clean(quoted)  # "PTI quoted Minister Naveen Patnaik as saying": his
    if word in PARTICIPLES:
        main = participle_subject(before)
        if main is not None:
            return main
    before = _PUBLISHED.sub("", _ADVERB_BEFORE.sub("", _WHEN_BEFORE.sub("", before)))
    before = _IN_ITS_DOCUMENT.sub("", before)  # "The Secretariat in its latest report said"
    before = _WHERE_THEY_ARE.sub("", before)  # "A BBC reporter in the city says"
    before = _BODY_IN_PLACE.sub(r"\1", before)  # "The civil defense department in
    # Brazil's Parana state said": the department, not the state; "Provincial spokesmen
    before = _SPOKESMEN_IN.sub(r"\1", before)  # in Nangarhar, Kabul and Khost": the spokesmen
    # "the Kandy district where Alawathugoda is located has reported": the head's
    before = _LOCATED.sub("", before)
    renamed = _PLACE_RENAMED.search(before)
    if renamed is not None and LOCATIVE_KIND_END.search(before, 0, renamed.start() + 1):
        # "Officials in the provincial capital, Kupang, said"; an appositive stays closed
        # ("Hidayat, a ... official in the capital, Palangkaraya,")
        closed = ", " if "," in before[:renamed.start()] else ""
        before = before[:renamed.start()] + closed
    if re.search(r"\s(?:and|but)\s*$", before) and word not in PARTICIPLES:
        return first_conjunct(before)  # "A UNHCR team arrived in X and estimates that"
    if word == "saying":  # "X was quoted by media Wednesday as saying that": X
        before = re.sub(r"\s+(?:was|were|is|are|has\s+been)\s+quoted\b[^,;:]{0,60}?\s+as\s*$",
                        "", before)
    if word in _PERFECT_SPEECH:
        # "Humanitarian workers in the area have reported that": the auxiliary and
        # where they are are no boundary; "the province has witnessed" is no speech
        before = re.sub(r"(?:\s+in\s+the\s+(?:area|region|field|country))?\s+(?:has|have|had)"
                        r"(?:\s+(?:also|earlier|already|previously|so\s+far|thus\s+far))?\s*$",
                        "", before)  # "The hospital has so far reported 19 casualties"
    tokens = TOKEN.findall(before)
    inverted = bool(tokens) and tokens[-1] in (",", "”", "\"")
    named = _role_then_name(re.sub(r"[\s.”\"]+$", "", text[verb.end:sentence.end])) \
        if inverted and word in INVERTIBLE else ""
    if named:  # "..., said a spokesman for the State Emergency Service, Phil Campbell.":
        return named  # the name the role ends on
    if inverted and word in INVERTIBLE and _NAME_AFTER.match(text, verb.end):
        # "..., said O'Brien, including ...": the name after the verb speaks
        return clean(phrase_after(text, verb.end, sentence.end))
    if inverted and word in INVERTIBLE:
        # "..., said chief state volcanologist Renato Solidum": a role, then the name
        after = clean(phrase_after(text, verb.end, sentence.end))
        named = re.search(r"(?:^|\s)((?:[A-Z][\w.'’-]*\s+)+[A-Z][\w.'’-]*)$", after)
        if named is not None and _NAME_GOES_ON.search(after, 0, named.start(1)) \
                and _ONE_NAME.fullmatch(after):
            return after  # "the Volcanology and Geological Hazard Mitigation Center": one name
        if named is not None:  # (the capitalised name after the role's words)
            return named.group(1)
    rest = text[verb.end:sentence.end].strip().rstrip(".”\"").strip()
    if inverted and word in INVERTIBLE and rest and len(rest.split()) <= 4 \
            and rest.split()[-1].lower() in _SPEAKER_NOUNS \
            and rest == phrase_after(text, verb.end, sentence.end):
        return clean(rest)  # "... pulled alive from rubble, said officials.": the
        # sentence ends on who speaks, whatever commas stood before
    after = clean(phrase_after(text, verb.end, sentence.end)) if inverted else ""
    if inverted and word in INVERTIBLE and after and (after.split()[0].lower() in _SPEAKER_NOUNS
                                                      or _THE_ROLE_ENDS.match(text, verb.end)) \
            and len(after.split()) <= 6 and not _CLAUSE_VERB.search(after):
        return after  # "..., which alerted the authorities, said the police of the
        # archipelago, around 600 km ...", "..., added the prefect.": who comes after the
        # verb speaks (not "..., said authorities were scrambling": what was said)
    if inverted and word in INVERTIBLE and after and after.split()[-1].lower() in _BODY_HEADS \
            and len(after.split()) <= 6 and not _CLAUSE_VERB.search(after):
        return after  # "..., reaching a peak flood level, said the Guangxi emergency
        # management authority": a body's name after the verb, whatever its case
    if inverted and word in INVERTIBLE and after and _A_NAMED_BODY.match(text, verb.end) \
            and len(after.split()) <= 8 and not _CLAUSE_VERB.search(after):
        return after  # "..., in West Azerbaijan province at 9:44 pm, said the
        # Seismological Center of the University of Tehran"
    if inverted and word in INVERTIBLE and _A_PERSON.match(text, verb.end) and after \
            and re.fullmatch(PERSON_NOUN, after.split()[-1].lower()):
        return after  # "..., said a Myanmar villager who did not give his name"
    if inverted and word in INVERTIBLE and after and _A_NAMED_DOCUMENT.match(text, verb.end):
        return re.sub(r"^another\s+", "", after)  # "..., which damaged four reservoirs,
        # ..., said another Reuters report Jan 9": the document's source
    unclosed = _unclosed_appositive(before)
    if unclosed is not None:
        return unclosed
    subject = noun_phrase_before(tokens)
    if word in ("reports", "estimates") and subject \
            and all(w.lower() in _OF_A_DOCUMENT | {"some"} for w in subject.split()):
        # "Recent reports claim", "Some unconfirmed reports put": the reports, a noun
        return re.sub(r"^some\s+", "", f"{subject} {word}", flags=re.I)
    if subject and subject.split()[-1].lower() in PRONOUNS:
        return subject.split()[-1]  # "But moments later he told": he
    if subject and subject.split()[-1].lower() in _COUNT_HEADS and word in ("put", "puts",
                                                                              "placed"):
        return ""  # "A preliminary official toll on Thursday put the number of dead at
        # seven": the count itself, no one who speaks
    if subject and not _NO_ONE.search(subject) and not verb_phrase(before, subject) \
            and not (inverted and _A_COUNT.search(subject)) \
            and not (inverted and _after_a_preposition(subject).search(before)):
        # (not "In the worst hit villages, 80% of houses had collapsed, reported ...")
        return clean(subject)  # (not "20 seriously injured and 78 slightly, said the
        # websites"; "TVP Info and TVN24, said" speaks)
    if inverted and word in _HEARER_AFTER:  # "Mayor Ray Nagin, told CNN that": who is
        # told never speaks; the comma is a slip between the subject and its verb
        subject = noun_phrase_before(tokens[:-1]) if tokens[-1] == "," else ""
        return clean(subject) if subject else ""
    if inverted:  # ", said Susan Hough, seismologist"
        return clean(phrase_after(text, verb.end, sentence.end))
    return ""


_HEARER_AFTER = frozenset("told tells informed informs".split())


def _after_a_preposition(subject: str) -> re.Pattern:
    return re.compile(r"\b(?:[Ii]n|[Aa]t|[Oo]n|[Ff]rom|[Aa]cross|[Nn]ear|[Aa]round)\s+"
                      + re.escape(subject) + r"\b")


# ", Heronimus Lamawuran, a spokesperson of East Flores regional government told":
# the name, and a role whose closing comma the writer left out
# (or no article: "Dr. Alejandro Soto, director of the Puebla city Red Cross said")
_NAME_THEN_ROLE = re.compile(r"(?:^|[,;.]\s+)((?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+),\s+"
                             r"(?:an?\s+)?([^,;:()“”\"]{3,90})$")
_NOT_A_NAME = frozenset("In On At The From For By After Before During".split())


def _unclosed_appositive(before: str) -> str | None:
    found = _NAME_THEN_ROLE.search(before)
    if found is None or found.group(1).split()[0] in _NOT_A_NAME \
            or LOCATIVE_KIND_END.search(before, 0, found.start(1)):
        return None  # (not "In the state capital, Porto Alegre, the mayor said": a place)
    role = [w.lower().strip("’'") for w in found.group(2).split()[:3]]
    return found.group(1) if any(w in ROLES for w in role) else None


# who a speaker cites, before its comma, is not who speaks
_CITING = re.compile(r"^\s*(?:Citing|Quoting)\s+[^,;:]{1,80},\s*(?=\S)")
# "A survivor in his early 20s said": the person's age is no part of who speaks
_IN_AGE = re.compile(r"\s+in\s+(?:his|her|their)\s+(?:(?:early|mid|late)[\s-]+)?(?:\d0s|teens|"
                     r"twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b")
# an appositive that gives the only name the text has for the speaker
# ("A 42-year-old woman who identified herself only as Karla to protect her family, said")
_IDENTIFIED_AS = re.compile(r"(?:,\s*|\s+who\s+)(?:who\s+was\s+)?(?:identified|named)\s+"
                            r"(?:(?:herself|himself|themselves)\s+)?(?:only\s+)?"
                            r"(?:by\s+(?:his|her|the)\s+(?:first\s+|last\s+)?name\s*,?\s*|as\s+)"
                            r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})(?:\s+to\s+[^,;:]{1,40})?"
                            r"\s*,\s*$")
_CLAUSE_VERB = re.compile(r"\b(?:was|were|is|are|has|have|had|will|would|could|can|may|"
                          r"might|did|do|does|[a-z]+ed)\b")
# ", added the prefect.": a role that ends the sentence after the verb
_THE_ROLE_ENDS = re.compile(r"\s+(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}(?:" + "|".join(
    sorted(re.escape(r) for r in ROLES)) + r")\s*(?:[.!?;”\"]|$)")
_A_PERSON = re.compile(r"\s+(?:an?|one)\s")  # ", said a villager": no name, a person
# who ends a sentence after ", said": ", said officials.", ", said a police spokesman."
_SPEAKER_NOUNS = frozenset("""officials official police authorities spokesman spokeswoman
spokesperson residents witnesses rescuers sources ministry agency doctors survivors
volunteers workers experts officers website websites newspaper newspapers media
broadcaster broadcasters""".split())
# words that make "reports" a noun ("Recent reports claim there may be over 100")
_OF_A_DOCUMENT = frozenset("recent latest new initial early earlier preliminary "
                           "unconfirmed official local some other".split())
# names no one: a gerund ("raising fears that"), an adverb ("mostly schools")
_NO_ONE = re.compile(r"^(?:[a-z]+ing|mostly|mainly|largely)(?:\s+[a-z]+)*$")
# (not "told X"; "reports UNB", "reported Reuters": a news agency after its verb)
INVERTIBLE = frozenset("""said says say added wrote writes explained noted reports reported
confirmed confirms announced informed indicated""".split())  # ("..., confirmed the
# Meteorological Service of Veracruz": a translated story's inverted frames)
# a name before "who" speaks for the relative clause ("Economy Minister Zdravko
# Počivalšek, who said"), unless a place or a body's preposition stands before it
# ("People in Domzale, who said"; "an official with the Tennessee Emergency
# Management Agency, who said": the official's body, the official's words)
_NAME_WHO = re.compile(r"((?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*),\s+who\s+"
                       r"(?:(?:also|later|earlier|previously)\s+)?$")
_PLACE_PREPOSITION = re.compile(r"\b(?:in|at|of|from|on|near|across|to|with|for)\s+(?:the\s+)?$",
                                re.I)
_A_NAMED_BODY = re.compile(r"\s+the\s+[A-Z][\w'’.-]+\s+[A-Z]")
# "said another Reuters report": a document named by its source
_A_NAMED_DOCUMENT = re.compile(r"\s+(?:another|an?|the)\s+(?:new\s+|latest\s+)?"
                               r"(?:[A-Z][\w.&'’-]*\s+){1,4}(?:report|statement|tally|bulletin|"
                               r"dispatch)\b")
# a capitalised name right after an inverted speech verb (", said O'Brien"), not a
# day or a pronoun (", said Monday", ", said It")
_NAME_AFTER = re.compile(r"\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                         r"On|In|At|The|It|He|She|They|We)\b)[A-Z][\w'’.-]+")


def named_body(speaker: str) -> bool:
    """"Health Ministry", "Interior Ministry": a body's name, not a pointer back."""
    words = drop_article(speaker).split()
    return len(words) >= 2 and is_name(" ".join(words))


def role_person(text: str, sentence: Span) -> str:
    """"Kenya Red Cross Secretary General Abbas Gullet made an appeal": "Abbas Gullet",
    the person a later "he said" is; "" when the sentence opens with no role and name."""
    found = SUBJECT_ROLE_PERSON.match(text, sentence.start, sentence.end)
    if found is None:
        return ""
    name = strip_role(found.group(1))
    return name if name != found.group(1) and PERSON_NAME.fullmatch(name) else ""
