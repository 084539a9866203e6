"""What the grammar reads but a reader would not call a claim, and clause tense.

`judge` looks at one reading of the grammar in its surroundings and says KEEP (None),
NAME (digits that name or number a thing: "iPhone 8", "COVID-19", "Article 5", "5G",
"the 5th", "10 Downing Street"), DROP (words that count nothing: a pronoun "one",
"all" that quantifies nothing counted), UNPARSED (number-like text the grammar reads
only in part: "5,5,5"), or gives a better reading (the decade "1990s").
"""

from __future__ import annotations

import bisect
import datetime as dt
import re

from ..grammar import parse_value
from ..grammar.clauses import future_clause
from ..grammar.table import default_table
from ..interval import Interval
from .people import NAMED_DEAD, is_person_word
from .place_words import NUMBERED_NAMES

_NUMBER_SIGN = re.compile(r"(?:\b[Nn]o\.|#|\b[Nn]umber|\b[Nn]r\.)\s?$")
DROP = object()
NAME = object()
UNPARSED = object()

ORDINAL_ENDINGS = frozenset("st nd rd th".split())
# Capitalised words that may stand before a bare number without naming it.
FUNCTION_WORDS = frozenset("""the a an in on at of by for with from to since until
and but or nor only all some about around nearly almost over under after before
during between among just than as into onto per this that these those its their his
her our your my we they he she it there here when while where if so then also
""".split())
_ALL_NOT_BEFORE = frozenset("""in at after above for of once not by first is was
that's it's from across""".split())  # ("the toll confirmed from all areas": everywhere)
_ALL_NOT_AFTER = frozenset("""but over along right too that this around together out
set clear alone told in along is was are were the time records odds expectations
efforts kinds sorts sides means aspects""".split())  # "crossed all records": no group
GROUP_NOUNS = frozenset("""population community village town city country nation
family staff crew team force army government cabinet leadership region district
province province's workforce electorate""".split())
_HALF_AFTER = frozenset("of the their its his her our those these a an".split())
_NOT_HALF_BEFORE = frozenset("first second latter former other".split())


def _words(scan):
    return scan.matcher.ctx.words


def _next_word(scan, end: int, skip: int = 0) -> str | None:
    k = bisect.bisect_left(scan.starts, end) + skip
    tokens = scan.tokens
    return tokens[k].low if k < len(tokens) and tokens[k].kind == "word" else None


def _prev_word(scan, i: int) -> str | None:
    if i == 0 or scan.tokens[i - 1].kind != "word":
        return None
    return scan.tokens[i - 1].low


def judge(scan, i: int, interval: Interval, end: int):
    token = scan.tokens[i]
    text = scan.text[token.start:end].lower()
    if token.kind == "number":
        verdict = _number_verdict(scan, i, interval, end)
        if verdict is not None:
            return verdict
    if interval.unit and interval.kind in ("other", "duration") \
            and _MEASURE_IN_A_NAME.fullmatch(scan.text, token.end, end) \
            and _NAME_GOES_ON.match(scan.text, end):
        return NAME  # "100 Mile House", "Ninety Mile Beach": a place named by a measure
    if interval.kind == "count" and _VEHICLE_KIND.match(scan.text, end):
        return NAME  # "50 two-wheelers", "upturned eighteen-wheelers": a kind of vehicle
    if interval.kind == "count" and _prev_word(scan, i) in ("day", "week") \
            and _ORDINAL_LABEL.fullmatch(text) and _next_word(scan, end) not in _COUNTED_NEXT:
        return NAME  # "By day three, total snowfall reached": the third day, no count
    if interval.kind == "count" and text.split()[-1] == "one" \
            and _next_word(scan, end) in ("name", "names"):
        return DROP  # "who like many Indonesians goes by only one name": no count
    if text == "zero" and _prev_word(scan, i) in _NAMED_ZERO:
        return NAME  # "ground zero", "patient zero": a name, no count
    if interval.kind == "date" and (
            (_prev_word(scan, i) in _NAME_PARTICLES and scan.text[token.start].isupper())
            or _PARTICLE_AFTER.match(scan.text, end)):
        return NAME  # "Viña del Mar", "Mar del Plata": a place's name, no month
    if text == "zero" and re.search(r"\bsub[-‐‑ ]?$", scan.text[max(0, token.start - 5):
                                                                 token.start], re.I):
        return DROP  # "sub-zero temperatures": below freezing, no number of anything
    if interval.kind == "count" and interval.qualifier is None and text in ("one", "a", "an") \
            and not (text == "one" and _one_counted(scan, i, end)):
        return DROP  # "one of them", "no one": a pronoun, not a count
    label = (interval.qualifier or "").lower()
    checks = {"all": _all_counts, "the entire": _entire_counts, "scores": _scores_counts,
              "a couple": lambda s, i, e: False}
    check = checks.get(label if label == text else "")
    if check is None and text.split()[-1] == "all" and interval.low == interval.high \
            and interval.low_open:
        check = _all_counts  # "crossed all records": 'more than all', weighed as 'all' is
    if check is not None and not check(scan, i, end):
        return DROP
    if interval.kind == "fraction" and text == "half" and not _half_counts(scan, i, end):
        return DROP
    if interval.kind == "duration" and text in ("a second", "one second") \
            and _next_word(scan, end) != "ago":
        return DROP  # "a second round"
    if interval.kind == "fraction" and _next_word(scan, end) in _ORDINAL_NOUNS:
        return DROP  # "pulled a third man free", "for a third day": an ordinal
    return None


# "one death", "one such death", "one more body": a count of one
_ONE_NOUN = re.compile(r"\s+(?:(?:more|such|other|additional|new)\s+)?(?:deaths?|body|fatality|"
                       r"casualty|case|victim|each)\b", re.I)  # ("one each from A and B")
# "One man is still missing", "one miner is still being sought", "One died", "one was
# airlifted": one of the people the story counts, the subject of what befell them
_ONE_STATE = re.compile(r"\s+(?:(?!of\b|another\b|day\b|time\b|way\b)[A-Za-z-]+\s+){0,2}?"
                        r"(?:(?:is|was|were|has|had|have)\s+(?:been\s+)?(?:also\s+|still\s+|"
                        r"reportedly\s+)?)?(?:died|killed|dead|injured|missing|wounded|rescued|"
                        r"hurt|drowned|found|recovered|hospitali[sz]ed|succumbed|"
                        r"being\s+sought|trapped)\b", re.I)
_NAMED_ZERO = frozenset("ground patient".split())
_MEASURE_IN_A_NAME = re.compile(r"[ -][A-Z][a-z]+")  # its unit capitalised, as a name's
# (not a headline's capitals: "River Rises 3 Metres In Kerala", "3 Feet Of Snow")
_NAME_GOES_ON = re.compile(r"\s+(?!(?:In|Of|On|At|As|After|For|To|From|And|The|Across|Over|"
                           r"Near|By|With|Into|Since|Amid|Per|A|An|Or|Are|Is|Was|Were)\b)"
                           r"[A-Z][a-z]")
# ("a day 3 people died": a count after "day" still counts what follows)
# ("day six of a power outage": how long it has lasted, a claim)
_COUNTED_NEXT = frozenset("people persons more others children adults deaths of".split())
_ORDINAL_LABEL = re.compile(r"\d{1,2}|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                            r"twelve")
_NAME_PARTICLES = frozenset("del de da do dos das".split())
_PARTICLE_AFTER = re.compile(r"(?<=[A-Z][a-z]{2})\s+(?:del|de|da|do|dos|das)\s+[A-Z]")
# before a pronoun "one": "no one died", "the one who", "any one of"
_NOT_A_COUNT_BEFORE = frozenset("no any every some the which each this that".split())


def _one_counted(scan, i: int, end: int) -> bool:
    """Whether "one" counts one of the people or deaths the story counts."""
    if _prev_word(scan, i) in _NOT_A_COUNT_BEFORE:
        return False
    return bool(_ONE_NOUN.match(scan.text, end) or _ONE_STATE.match(scan.text, end))


# after "a third", "a fourth": the one counted, so an ordinal ("a third man"), not a
# share ("a third of them", "a third more", "a third died")
_ORDINAL_NOUNS = frozenset("""man woman child boy girl person body victim survivor
time day night week month year consecutive straight successive round wave attempt
quake earthquake aftershock shipwreck boat vessel bus case death""".split())


# emergency phone lines: "911 calls", "a 999 call", "dialled 112"
_TITLE_AFTER = re.compile(r"\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:report|program|programme|show|"
                          r"broadcast|newscast|bulletin)\b")
_VEHICLE_KIND = re.compile(r"[-‐‑](?:wheelers?|wheel\s+drives?)\b", re.I)
_ARTICLE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+$")
_UTC_OFFSET = re.compile(r"\b(?:GMT|UTC)\s*[+\-−–]?\s*$")
_EMERGENCY_LINE = re.compile(r"911|999|112|000|119|110|1122")
_LINE_USE = re.compile(r"[\s-]+(?:calls?|callers?|dispatch(?:ers?)?|operators?|centers?|centres?|"
                       r"system|line|services?|emergency)\b", re.I)
# (112 or 119 calls may be a count of calls: only "the 112 line", "dialled 112")
_LINE_NAMED = re.compile(r"[\s-]+(?:emergency\s+)?(?:line|number|hotline|helpline)\b", re.I)
_DIALLED = re.compile(r"\b(?:dial(?:l?ed|l?ing|s)?|call(?:ed|ing)?)\s+$", re.I)


# a match's score, "N-M" after a verb of the result or before the result's noun
_SCORE = re.compile(r"(?<![\w.,])\d{1,2}\s?[-–]\s?\d{1,2}(?![\w,%-]|\.\d)")
_RESULT_BEFORE = re.compile(r"\b(?:lost|won|beat|beaten|drew|defeated|edged|trounced|thrashed|"
                            r"lose|win|beats|wins|loses)\s+(?:[\w.’'-]+\s+){0,4}?(?:by\s+)?$",
                            re.I)
_RESULT_AFTER = re.compile(r"\s+(?:(?:home|away)\s+)?(?:win|victory|defeat|loss|draw|"
                           r"scoreline)\b", re.I)


def a_score(text: str, start: int, end: int) -> bool:
    """Whether the number at [start, end) is a side of a match's score."""
    score = next((m for m in _SCORE.finditer(text, max(0, start - 4), min(len(text), end + 4))
                  if m.start() <= start and end <= m.end()), None)
    return score is not None and bool(
        _RESULT_BEFORE.search(text, max(0, score.start() - 60), score.start())
        or _RESULT_AFTER.match(text, score.end()))


def _number_verdict(scan, i: int, interval: Interval, end: int):
    token = scan.tokens[i]
    if _attached_to_name(scan.text, token.start) or _NUMBER_SIGN.search(
            scan.text, max(0, token.start - 8), token.start):
        return NAME  # "COVID-19", "F-16", "G7", "MH17", "No. 14", "#3"
    if _UTC_OFFSET.search(scan.text, max(0, token.start - 8), token.start):
        return NAME  # "at 23:31 (GMT+4)": a time zone, no count
    if _TITLE_AFTER.match(scan.text, end) and _ARTICLE_BEFORE.search(
            scan.text, max(0, token.start - 5), token.start):
        return NAME  # "according to a 24 Oras Weekend report": a programme's title
    if a_score(scan.text, token.start, token.end):
        return NAME  # "Arema FC lost 3-2 in a top league match": a match's score
    line = _EMERGENCY_LINE.fullmatch(scan.text, token.start, end)
    if line and (_LINE_NAMED.match(scan.text, end) or _DIALLED.search(
            scan.text, max(0, token.start - 12), token.start)
            or (line.group() in ("911", "999") and _LINE_USE.match(scan.text, end))):
        return NAME  # "911 calls", "dialled 999": a phone line, no count of anything
    if end == token.end and interval.qualifier is None and (
            _after_capitalised(scan, i) or _street_number(scan, i)):
        return NAME  # "iPhone 8", "Resolution 2334", "1600 Pennsylvania Avenue"
    if end > token.end and scan.text[token.end:token.end + 1] in ("C", "F") \
            and _CODE_BEFORE.search(scan.text, max(0, token.start - 5), token.start):
        return NAME  # "DN 24C/IS", "DN 1F / SJ": a road's number, no temperature
    last = bisect.bisect_left(scan.starts, end) - 1
    if scan.tokens[last].kind != "number" or end >= len(scan.text) \
            or not scan.text[end].isalpha():
        return None
    k = last + 1
    suffix = scan.tokens[k].low if k < len(scan.tokens) else ""
    if suffix == "s":
        return _digits_with_s(scan.tokens[last].text) or UNPARSED
    return NAME  # "the 5th", "5G", "3D", "221B": no unit the table knows


_CODE_BEFORE = re.compile(r"\b(?!(?:UK|US|USA|EU|UN|NZ|UAE)\s)[A-Z]{1,3}\s$")


def _attached_to_name(text: str, start: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    if before.isalpha():
        return True
    return before in "-‐‑" and start > 1 and text[start - 2].isalpha() \
        and not _SCALE_BEFORE.search(text, max(0, start - 12), start)


# "a magnitude-7.3 earthquake": the scale's reading, joined by a hyphen, not a name
# like "COVID-19" or "F-16"
_SCALE_BEFORE = re.compile(r"\bmagnitude[-‐‑]$", re.I)


def _after_capitalised(scan, i: int) -> bool:
    """A number right after a word with a capital ("Boeing 737", "iPhone 8") that is
    no function or phrase-table word ("In 2012", "Over 200")."""
    if i == 0:
        return False
    prev, token = scan.tokens[i - 1], scan.tokens[i]
    if prev.kind != "word" or prev.end != token.start - 1 or prev.text.islower():
        return False
    low = prev.low
    # (a phrase-table word may name a numbered place when capitalised: "Region 9", not
    # "in the region of 9,000")
    return low not in FUNCTION_WORDS and (low not in scan.table.vocabulary or (
        low in NUMBERED_NAMES and prev.text[:1].isupper())) and not _listed_count(scan, i) \
        and not _named_age(scan, i)


def _named_age(scan, i: int) -> bool:
    token, first = scan.tokens[i], scan.tokens[i - 2] if i >= 2 else None
    return first is not None and first.kind == "word" and first.text[:1].isupper() \
        and token.text.isdigit() and int(token.text) <= 120 \
        and bool(NAMED_DEAD.search(scan.text, max(0, token.start - 150), token.start))


def _listed_count(scan, i: int) -> bool:
    """A place and its count in a list of counts ("UP followed with 20, Bihar 14, and
    Jharkhand four"): a number before the comma, the list going on after."""
    if i < 3:
        return False
    comma, number = scan.tokens[i - 2], scan.tokens[i - 3]
    after = scan.tokens[i + 1] if i + 1 < len(scan.tokens) else None
    return comma.text == "," and number.kind == "number" \
        and (after is None or after.text in (",", ";", ".") or after.low == "and")


def _street_number(scan, i: int) -> bool:
    """ "1600 Pennsylvania Avenue", "10 Downing Street": capitalised words, then a
    street word of the table."""
    tokens = scan.tokens
    for k in range(i + 1, min(i + 5, len(tokens))):
        token = tokens[k]
        if token.kind != "word" or not token.text[0].isupper():
            return False
        if token.low.removesuffix("'s") in scan.table.street_words and k > i + 1:
            return True
    return False


# "1000s of homes", "100s of people": the vague plural in digits, read as its words
_PLURAL_SCALES = {"100": "hundreds", "1000": "thousands", "10000": "tens of thousands",
                  "100000": "hundreds of thousands"}


def _digits_with_s(digits: str) -> Interval | None:
    """ "1990s": the ten years 1990-1999, as days, for a year the grammar reads;
    "1000s": thousands."""
    plural = _PLURAL_SCALES.get(digits.replace(",", ""))
    if plural is not None:
        return parse_value(plural)
    dates = default_table().dates
    if not (len(digits) == 4 and digits.isdigit() and digits.endswith("0")
            and dates.year_min <= int(digits) <= dates.year_max):
        return None
    year = int(digits)
    first, last = dt.date(year, 1, 1), dt.date(year + 9, 12, 31)
    from fractions import Fraction
    return Interval(Fraction(first.toordinal()), Fraction(last.toordinal()), unit="day",
                    kind="date", qualifier="decade")


def _all_counts(scan, i: int, end: int) -> bool:
    """ "all residents", "all member states", not "in all directions", "at all"."""
    if _prev_word(scan, i) in _ALL_NOT_BEFORE:
        return False
    following = [_next_word(scan, end, k) for k in range(3)]
    if following[0] is None or following[0] in _ALL_NOT_AFTER:
        return False
    return any(w is not None and (w in ("of", "those", "these") or _plural(scan, w))
               for w in following)


def _plural(scan, word: str) -> bool:
    return is_person_word(word, scan.table) or (
        len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")))


def _entire_counts(scan, i: int, end: int) -> bool:
    word = _next_word(scan, end)
    return word is not None and (word in GROUP_NOUNS or is_person_word(word, scan.table))


def _scores_counts(scan, i: int, end: int) -> bool:
    return _next_word(scan, end) == "of"


def _half_counts(scan, i: int, end: int) -> bool:
    if _prev_word(scan, i) in _NOT_HALF_BEFORE:
        return False
    return _next_word(scan, end) in _HALF_AFTER


def attached_run_end(scan, i: int) -> int:
    """The end of the run of tokens glued to token i ("555-123", "5G", "10-3")."""
    tokens = scan.tokens
    j = i
    while j + 1 < len(tokens) and tokens[j + 1].start == tokens[j].end \
            and tokens[j + 1].text not in ",;:!?)]}”’\"'":
        j += 1
    while j > i and tokens[j].kind == "sym":
        j -= 1
    return tokens[j].end


def clause_is_future(scan, start: int, end: int) -> bool:
    """Whether the clause holding text[start:end] speaks of the future
    (grammar.clauses.future_clause)."""
    return future_clause(scan.text, scan.sentences, _words(scan), scan.starts,
                         scan.table.dates, start, end)
