"""The phrases of a speech frame: the speaker's words before the verb, back to a
clause boundary, over an appositive to a name; the words after an inverted verb;
the subject of a participle's clause is in speaker_participles.py."""

from __future__ import annotations

import re

from .place_words import COMPASS, NUMBERED_NAMES
from .place_kinds import APPOSED_KINDS, LOCATIVE_KIND_END
from .speaker_names import PERSON_NAME, clean, drop_article, is_name, strip_role, verb_phrase
from .speaker_origins import named_before, person_from
from .speaker_roles import ROLES

# Words that are also nouns ("states", "claims", "notes") are left out ("member states").
VERBS = frozenset("""said says say told tells announced announces reported reports
estimated estimates estimate noted added adds wrote writes tweeted tweets stated
confirmed confirms tallied cited cites highlighted detailed warned warns according
saying explained claimed insisted insists recorded observed remarked
repeated fears feared expects predicted predicts watched witnessed revealed reveals
notes states put puts putting placed places noting adding accusing verified documented
informed informs described describes reporting posted found finds disclosed indicated""".split())
# speech verbs only before "that" or "on X": inside a phrase, a participle ("71
# survivors found adrift off Sri Lanka told the navy", "police posted at the border")
ALSO_PARTICIPLES = frozenset("found finds posted".split())
# participles that hang on their clause's subject ("Riviere described the storm as one
# of the largest, noting that Cyclone Sidr in 2007 killed more than 3,000")
PARTICIPLES = frozenset("saying noting adding accusing reporting".split())
# participles of speech after "with": "with the land ministry warning of floodwaters"
WITH_PARTICIPLES = frozenset("warning estimating predicting forecasting confirming".split())
# adverbs after a name, no part of it ("O'Farrell jointly announced", "media reportedly said")
TRAILING = frozenset("""already now also still later earlier previously recently originally
initially jointly separately publicly officially reportedly immediately allegedly apparently
""".split())
# a sentence adverb before an appositive is no speaker ("Meanwhile, the Commission, said")
ADVERBS = frozenset("""meanwhile however separately earlier later moreover also but
still instead elsewhere overall nevertheless yet today yesterday additionally
furthermore""".split())
STOP = frozenset("""that which who whom whose because while when where although but and
after before if so as with by for in on at from of to than this these those there
has have had is are was were will would could should may might can did do does not
also then having being been""".split()) - {"and", "of", "for"}
_COMPASS = re.compile(COMPASS, re.I)
# (U+FFFD: a dash the page's encoding lost, as in a dateline "Ma’rib (IINA) � The WHO")
# (a word starts with any letter: "Igor Černuta" lost its "Č" to [A-Za-z])
TOKEN = re.compile(r"[^\W\d_][\w.’'\-]*|\d{1,3}-(?:year|month)s?(?:-old)?\b|\d(?:[\d,.]*\d)?|"
                   r"[,;:()“”\"—–\ufffd]|(?<=\s)--?(?=\s)")
_DASHES = frozenset(("—", "–", "-", "--"))


def noun_phrase_before(tokens: list[str]) -> str:
    """The words before the verb up to a clause boundary; over an appositive
    ("the UN high commissioner, Filippo Grandi,") to the part that is a name."""
    if tokens and tokens[-1] in _DASHES and any(t in _DASHES for t in tokens[:-1]):
        # "The mayor -- a former teacher -- said": the head before the aside, when it
        # opens the clause (not "A recent FAO mission to study the impact of ...")
        opened = max(k for k, token in enumerate(tokens[:-1]) if token in _DASHES)
        return phrase_back(tokens[:opened]) if opened and _opens(tokens, opened - 1) else ""
    if not tokens or tokens[-1] != ",":
        return _named_before_role(tokens) or person_from(tokens) or phrase_back(tokens)
    commas = [k for k, token in enumerate(tokens[:-1]) if token == ","]
    if not commas:
        return ""
    appositive = " ".join(tokens[commas[-1] + 1:-1])
    head = phrase_back(tokens[:commas[-1]])
    if head.lower() in ADVERBS or verb_phrase(" ".join(tokens[:commas[-1]]), head):
        head = ""  # "One of the few organizations to issue an estimate, France's ..."
    # "Superintendent of Police Prajwol Maharjan, chief of District Police Office,
    # Sindhupalchhowk, told": two appositives; the person opens the chain
    first = phrase_back(tokens[:commas[-2]]) if len(commas) >= 2 else ""
    if len(strip_role(drop_article(first)).split()) < 2:
        first = ""
    if _bare_role(head) and PERSON_NAME.match(strip_role(appositive)):
        return appositive  # "The Minister of Health, Prof. Isaac Adewole,": the person
    if any(t.lower() in ROLES for t in tokens[:commas[-1]]) and len(appositive.split()) >= 2 \
            and PERSON_NAME.match(appositive) and is_name(appositive):
        return appositive  # "Director of ... at Korea Center for Disease Control, Jeong
        # Eun-kyeong,": the person the role's organisation ends before
    where = _IN_PLACE_KIND.search(head)
    if where and is_name(strip_role(drop_article(head[:where.start()]))):
        return head[:where.start()]  # "The College of Biologists in the capital, La Paz,":
        # the appositive names the place, the body speaks
    for candidate in (first, head, appositive):
        if candidate and is_name(strip_role(drop_article(candidate))):
            return candidate
    return head or appositive


_IN_PLACE_KIND = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?(?:"
                            + "|".join(sorted(APPOSED_KINDS | {"country"})) + r")$", re.I)


def _opens(tokens: list[str], k: int) -> bool:
    """Whether the name ending at `k` opens the clause ("Shankaron Sidi, a mother of four
    says"; not "the release of water by Damodar Valley Corporation, a senior official
    said": the official is no appositive of the body)."""
    return " ".join(tokens[:k + 1]) == phrase_back(tokens[:k + 1])


_OWN_PREDICATE = re.compile(r"\b(?:[a-z]{3,}ed|hit|struck|left|cut|shook|sent)\s+(?:at\s+least\s+|"
                            r"more\s+than\s+|about\s+|nearly\s+|some\s+|over\s+)?(?:the|a|an|"
                            r"\d|one|two|three|four|five|six|seven|eight|nine|ten|dozens|"
                            r"hundreds|thousands)\b")
_DOCUMENT_NOUNS = frozenset("statement report release bulletin survey study update".split())


def _named_before_role(tokens: list[str]) -> str:
    """The name before an unclosed appositive role that runs to the verb ("Abdul Muhari,
    the head of the agency's data, communications and information centre said",
    "Shankaron Sidi, a mother of four says"), or "".
    Only when the words right before the verb name no one themselves."""
    back = phrase_back(tokens).split()
    if any(t[:1].isupper() for t in back) and not (back and back[-1].lower() in ROLES):
        return ""  # (but "Mr Herbert Byaruhanga, the Muko Sub County LC3 chairman said")
    for k in range(len(tokens) - 2):
        if tokens[k + 1] == "," and (tokens[k + 2].lower() == "the" or (
                tokens[k + 2].lower() in ("a", "an") and _opens(tokens, k))) \
                and tokens[-1].lower() not in _DOCUMENT_NOUNS \
                and not _OWN_PREDICATE.search(" ".join(tokens[k + 2:])):
            # (not "86% of Central Darfur, the joint statement announced": a document;
            # nor "Cyclone Enawo, a massive storm, killed at least three people ...,
            # officials said": the name did something, others tell it)
            name = phrase_back(tokens[:k + 1])
            at = k + 1 - len(name.split())  # (not "In the state capital, Porto Alegre,
            # the mayor said": the place a kind names)
            if len(name.split()) >= 2 and PERSON_NAME.match(name) and is_name(name) \
                    and not LOCATIVE_KIND_END.search(" ".join(tokens[:at])):
                return name
    return ""


_LISTED_NAME = re.compile(r"(?:[A-Z]\w*\s*,?\s+)*(?:and\s+)?[A-Z]\w*(?:\s+[A-Z]\w*)*"
                          r"(?:\s+(?:Agency|Institute|Ministry|Department|Centre|Center))?")
_FROM_A_PLACE = frozenset("""official officials resident residents villager villagers
representative representatives leader leaders""".split())


def _bare_role(phrase: str) -> bool:
    """ "The Minister of Health", "the health minister": a role with no name in it."""
    words = drop_article(phrase).split()
    return any(w.lower() in ROLES for w in words) and strip_role(" ".join(words)) == " ".join(
        words) or (bool(words) and words[-1].lower() in ROLES)


# a word that ends a clause of its own before "and": a past verb or a state
_PREDICATE = re.compile(r"[a-z]+ed|full|open|shut|dead|alive|over|here|there|now|today|"
                        r"yesterday|again|too|well|down|up|out|away|home|gone|lit|hit|cut|"
                        r"set|built|made|done|seen|known|given|taken|held|found|kept|lost")


_AGE = re.compile(r"\d{1,3}-(?:year|month)s?(?:-old)?")


# where a speaker stands, no part of who it is ("words" runs from the verb back)
_AT_THE_SCENE = [[noun, "the"] for noun in ("scene", "site", "spot", "ground")]


def phrase_back(tokens: list[str]) -> str:
    """The phrase that ends the token list, back to a clause boundary."""
    tokens = _before_the_time(_numbered_names(tokens))
    words = []
    for k in range(len(tokens) - 1, -1, -1):
        token = tokens[k]
        if token in ("in", "at", "on") and words and k > 0 and tokens[k - 1].lower() in _GROUPS:
            words.append(token)  # "Officials in neighbouring Bangladesh said", "Officials
            continue  # on both sides of the border said": the officials of that place
        if token == "," and [w.lower() for w in words] in (["sr."], ["jr."]) and k > 0 \
                and tokens[k - 1][:1].isupper():
            words = []  # "Ansu V.S. Dulleh, Sr. said": the name before its suffix
            continue
        if token in ("at", "on") and [w.lower() for w in words[-2:]] in _AT_THE_SCENE and k > 0:
            words = words[:-2]  # "a private emergency foundation at the scene put it at"
            continue
        if token == "from" and k > 0 and tokens[k - 1].lower() in _FROM_A_PLACE \
                and words and words[0].lower() in APPOSED_KINDS | {"area"}:
            words.append(token)  # "A municipal official from the Anzourou area told AFP":
            continue  # the official speaks, not the area
        if token == "from" and named_before(tokens, k):
            return named_before(tokens, k)  # "Gillian Kearney from the Bathurst RFS says":
            # the person, not where the person works
        if token in ("in", "at") and _where(words) and k > 0 \
                and tokens[k - 1][0].isalpha() and tokens[k - 1].lower() not in STOP:
            words = []  # "Idrisse Fall in Bangui says": the place is where, not who
            continue
        if token == "in" and words and words[-1].lower() == "the" and k > 0 \
                and re.fullmatch(r"[A-Za-z][a-z]+s", tokens[k - 1]) \
                and tokens[k - 1].lower() not in STOP:
            words.append(token)  # "officials in the state disaster management control
            continue  # room said": the officials of that body, not the room
        if token.lower() in VERBS and token.lower() not in ALSO_PARTICIPLES and words and not (
                token[0].isupper() and k > 0
                and (tokens[k - 1][:1].isupper() or words[-1][:1].isupper())):
            # (inside a name, no verb: "The United States Geological Survey", "mayor
            # Said Mohamoud Sheikh Abdi told")
            return ""  # "The UN said Polish authorities had reported": the outer speaker
        if token == "and" and (not words or (k > 0 and _PREDICATE.fullmatch(tokens[k - 1]))):
            break  # "... arrived and estimates"; "The camp is full and officials said"
        if token == "in" and words and words[-1].lower() == "charge":
            words.append(token)  # "an official in charge of the construction work said"
            continue
        if words and _AGE.fullmatch(token):
            if any(w[:1].isupper() for w in words):
                break  # "28-year-old Helton Pereira told": the name, as a role is stripped
            words.append(token)  # "an 18-year old survivor said": the age says who speaks
            continue
        if not words and token.lower() in ("there", "here") and k > 0 \
                and re.fullmatch(r"[a-z]+s", tokens[k - 1]):
            words.append(token)  # "officials there said": the officials of that place
            continue
        if token in ("do", "da", "dos", "das") and words and words[-1][:1].isupper() \
                and k > 0 and tokens[k - 1][:1].isupper():
            words.append(token)  # "the Correio do Manhã newspaper": a name's particle
            continue
        acronym = len(token) > 1 and token.isupper() and token.isalpha() or bool(words) and k > 0 \
            and token[0].isupper() and tokens[k - 1][:1].isupper() and words[-1][:1].isupper()
        # ("WHO had reported"; a capital inside a name: "Myint Than Win")
        if k > 0 and words and words[-1].islower() and tokens[k - 1][:1].isalpha() \
                and tokens[k - 1].lower() not in STOP and (token.lower() == "which" or (
                    token.lower() == "that" and tokens[k - 1].lower() not in VERBS
                    and re.fullmatch(r"[a-z]{3,}(?:s|ed)", words[-1]))):
            words = []  # "the press service of the company which owns the plant said", "A
            continue  # coalition of charities that provides services ... estimates": the
            # body speaks, not its clause
        if token == "," and "and" in words and _LISTED_NAME.fullmatch(" ".join(reversed(words))) \
                and k > 0 and tokens[k - 1][:1].isupper():
            words.append(token)  # "Institute of Geosciences, Energy, Water, and
            continue  # Environment said": the commas of one name
        if token in ",;:()“”\"—–-\ufffd" or token == "--" or (token.lower() in STOP
                                                            and not acronym) \
                or token[0].isdigit():
            if token[0].isdigit() and len(words) >= 3 and words[-1].islower() \
                    and _PARTICIPLE.fullmatch(words[-2]):
                words = words[-1:]  # "a group of 71 survivors found adrift off Sri Lanka
                break  # told the navy": the survivors, their clause a reduced relative
            if token[0].isdigit() and len(words) >= 2 and words[-1].islower():
                words.pop()  # "5,600 buildings Turkish officials said": the number's noun
            elif token[0].isdigit() and len(words) == 1 and words[0].islower() and k > 0 \
                    and tokens[k - 1] == "of":
                return ""  # "an investigation of 42 villages indicated": what was
                # looked into, the object of "of", never who speaks
            break
        words.append(token)
    words.reverse()
    if "and" in words and re.fullmatch(r"[a-z]{3,}ing", words[0]):
        # "are monitoring flood levees in the Esk Rivers and police said": a clause of
        # its own before "and", its subject the speaker after it
        words = words[len(words) - words[::-1].index("and"):]
    return _after_reduced_relative(words)


# a past participle opening a reduced relative ("survivors found adrift off ...")
_PARTICIPLE = re.compile(r"[a-z]{3,}ed|found|held|left|caught|taken|brought|seen|stuck|kept|"
                         r"pulled|swept|thrown|driven|flown")


_PART_OF_DAY = frozenset("morning afternoon evening night today yesterday tonight".split())
_OF_THE_DAY = frozenset("""this last on early late monday tuesday wednesday thursday friday
saturday sunday""".split())


_BRIEFINGS = frozenset("conference briefing interview meeting".split())


def _before_the_time(tokens: list[str]) -> list[str]:
    """The tokens before a time and an occasion that end them: "Poasi Tei in a press
    conference in Nuku Alofa this afternoon said" (when and where it was said, no part
    of who said it)."""
    end = len(tokens)
    if end > 1 and tokens[end - 1].lower() in _PART_OF_DAY:
        end -= 1
        while end > 1 and tokens[end - 1].lower() in _OF_THE_DAY:
            end -= 1
    for k in range(end - 3, 0, -1):
        if tokens[k].lower() in ("in", "at", "during") and tokens[k + 1].lower() in (
                "a", "an", "the") and _BRIEFINGS & {t.lower() for t in tokens[k + 2:k + 4]} \
                and all(t[:1].isupper() or t.lower() in _OCCASION for t in tokens[k + 2:end]):
            return tokens[:k]
    return tokens[:end]


_OCCASION = _BRIEFINGS | frozenset("press news in at on".split())


def _numbered_names(tokens: list[str]) -> list[str]:
    """ "Region", "9" -> "Region 9": a numbered name is one word of a name, no count."""
    merged: list[str] = []
    for token in tokens:
        if token.isdigit() and merged and merged[-1].lower() in NUMBERED_NAMES \
                and merged[-1][:1].isupper():
            merged[-1] = f"{merged[-1]} {token}"
        else:
            merged.append(token)
    return merged


# "one of four countries the UN has warned": a noun, then the speaker of the relative
# clause that describes it, with no "that"
_NOT_OBJECT = frozenset("of for at in on to by from and with under".split())


def _after_reduced_relative(words: list[str]) -> str:
    for k in range(len(words) - 2, 0, -1):
        if words[k].lower() in ("the", "a", "an") and words[k + 1][:1].isupper() \
                and re.fullmatch(r"[a-z]+s", words[k - 1]) and words[k - 1] not in _NOT_OBJECT:
            return " ".join(words[k:])
    return " ".join(words)


_NEXT_CLAUSE = r" (?=(?!posted|published|released|issued|quoted|cited|reported|carried)" \
    r"[a-z]+ed (?:from|into|to|across|through|near|down|up)\b)"  # "geologists ... originated from"


def phrase_after(text: str, start: int, end: int) -> str:
    piece = re.split(r"[,;:()“”\"—–]|--| - | on | upon | in | at | that | who | after |"
                     r" as (?=(?:he|she|they|we|I)\b)|"  # ("said Thelma Easy as she tried")
                     + _NEXT_CLAUSE, text[start:end], maxsplit=1)[0]
    return piece.strip().rstrip(".")


# people who speak as a group of a place: "officials in Assam", "police in Lahore"
_GROUPS = frozenset("""officials authorities police rescuers residents witnesses doctors
experts villagers media""".split())


_KIND_OF_NAME = re.compile(r"(?:the\s+)?(?:[A-Z][\w-]*\s+)?(?:town|city|village|province|"
                           r"district|region|state|county|capital)\s+of\s+[A-Z][\w’'-]*"
                           r"(?:\s+[A-Z][\w’'-]*)*")


_HELD_LAND = re.compile(r"(?:the\s+)?[a-z]+-(?:held|controlled|run)\s+(?:territory|territories|"
                        r"areas?|zones?|parts?|side)", re.I)


_A_PLACE = re.compile(r"(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:town|city|village|province|"
                      r"district|region|county|capital|camp|suburb|neighbou?rhood|port)", re.I)


def _where(words: list[str]) -> bool:
    """Words after "in" (nearest the verb first) that say where: a name ("Bangui"),
    a direction and a name ("southeastern Chad"), "the east"."""
    if not words:
        return False
    if len(words) == 2 and words[1].lower() == "the" and _COMPASS.fullmatch(words[0]):
        return True
    if _KIND_OF_NAME.fullmatch(" ".join(reversed(words))):
        return True  # "Zurab Kadzhaya in the Georgian town of Kutaisi, ..., said"
    if _HELD_LAND.fullmatch(" ".join(reversed(words))):
        return True  # "an AFP correspondent in rebel-held territory said"
    if _A_PLACE.fullmatch(" ".join(reversed(words))):
        return True  # "The city council in a besieged Ukrainian port city says"
    return words[0][0].isupper() and all(w[0].isupper() or _COMPASS.fullmatch(w) for w in words)


# (", but added": the comma of the second verb; '“...,” Beth Dy told AFP, but added')
# (over an appositive to the subject: "President Teodoro Obiang Nguema, the vice
# president's father, has attributed the accident to negligence ... and said"; an
# auxiliary is never the subject)
_CONJUNCT = re.compile(r"(?:^|,[”\"]?)\s*(?!(?:has|have|had|is|are|was|were)\b)"
                       r"((?:[\w'’-]+\s+){0,5}?(?!(?:and|or)\b)[\w'’-]+)(?:\s*,[^,;:]{1,60},)?"
                       r"\s+(?:(?:has|have|had)\s+)?(?:[a-z]+ed|arrived|"
                       r"said|says|told|went|came|met|found|saw|is|are|was|were|has|have|had)\b"
                       r"[^,;]*(?:,(?=\s*but\b))?\s+(?:and|but)\s*$")


def first_conjunct(before: str) -> str:
    """The subject of the first of two verbs joined by "and": who did the first
    thing says the second; "" when no such subject opens the clause."""
    found = _CONJUNCT.search(before)
    return clean(found.group(1)) if found else ""


def speech_in(piece: str) -> bool:
    """A speech verb in `piece`; "confirmed dead", "reported missing" say what the
    people are, not who speaks."""
    piece = re.sub(r"\b\w+\s+(?:as\s+)?(?:dead|missing|killed|injured|wounded)\b", " ", piece)
    # "196 confirmed cases", "reported deaths": an adjective of the count
    piece = re.sub(r"\b\w+ed\s+(?:cases|deaths|infections|fatalities)\b", " ", piece)
    # "have been recorded as of 9 a.m.", "were reported": a passive names no speaker
    piece = re.sub(r"\b(?:been|was|were|is|are|be)\s+(?:\w+ly\s+)?\w+ed\b", " ", piece)
    # "the flooding claimed the lives of 10 people": a toll, no one claiming
    piece = re.sub(r"\b(?:claim(?:ed|s|ing)?)\s+(?:the\s+)?(?:lives|li[fv]e)\b", " ", piece)
    return any(word.lower() in VERBS for word in re.findall(r"[A-Za-z]+", piece))


# "two survivors said", "three officials told AFP": the number counts who speaks
# (not "two surviving women told me": that two survived is told too)
_COUNTED_SPEAKERS = re.compile(r"\s+(?:(?:survivors|witnesses|officials|sources|"
                               r"residents|villagers|doctors|officers|diplomats|women|men)\s+"
                               r"(?:said|says|say|told)\b|"
                               # "what several termed 'a crisis'", "two said they saw"
                               r"(?:said|says|say|termed|described|argued|claimed)\b)")


def counts_speakers(text: str, end: int) -> bool:
    """Whether the number ending at `end` counts the speakers of its frame: no claim."""
    return _COUNTED_SPEAKERS.match(text, end) is not None
