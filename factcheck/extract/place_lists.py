"""A whole broken down by place, each part in brackets after its place: "15 states
reported 1,825 suspected cases – Zamfara (524), Bauchi (347), ... and Taraba (one)",
"250,473 people have been registered as refugees in Democratic Republic of the Congo
(21,186); Rwanda (73,926); ...". Each bracketed number is its place's count of the
whole's measure (`zamfara.suspected_cases_weekly`, `rwanda.registered`), never the
whole itself. Two such items at least make a list, and the list says its capitalised
names are places, in a gazetteer or not; one bracket alone ("Hurricane Maria (2017)",
"2,000 families (10,000 people)") is no list.
"""

from __future__ import annotations

import re

from ..findings import FactcheckError
from ..grammar import parse_value
from .nouns import AREA_UNITS
from .places import Places
from .spellings import snake
from .text import Span

# a place's name right before the bracket that holds the number: "Zamfara (",
# "Democratic Republic of the Congo (", "Kaduna("
_ITEM = re.compile(r"(?:^|(?<=[\s,;–—-]))([A-Z][\w'’.-]*"
                   r"(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*){0,5})\s*\(\s*$")
# the item's number and what may follow it inside the bracket: "(22,330 since November 2014)"
_CLOSE = re.compile(r"[^()]{0,40}\)")
# every item of the list in the sentence: a capitalised word, its bracket, a number
_ITEMS = re.compile(r"[A-Z][\w'’.-]*\s*\(\s*(?:\d|one\b|two\b|three\b|four\b|five\b)")
# a named quantity of one subject and one measure ("zamfara.suspected_cases_weekly")
SIMPLE_QUANTITY = re.compile(r"[a-z][a-z0-9_]*\.(?P<measure>[a-z][a-z0-9_]*)")


def place_part(text: str, start: int, end: int, sentence: Span, places: Places,
               earlier: list) -> str | None:
    """`place.measure` for the bracketed number at start..end of a list of places, the
    measure the list's whole (the last named draft of the sentence before the list)
    has; None for a number that is no item of such a list."""
    item = _ITEM.search(text, sentence.start, start)
    if item is None or not _CLOSE.match(text, end) or _MONTH_ITEM.search(text, item.start(1),
                                                                         start):
        return None  # ("since May (18,984), June (17,561)": months, no places)
    items = list(_ITEMS.finditer(text, sentence.start, sentence.end))
    if len(items) < 2:
        return None
    first = items[0].start()
    wholes = [d for d in earlier if sentence.start <= d.span[0] < first and _a_count(d)]
    if not wholes and _OTHERS.match(text, sentence.start, first):
        # "... followed by Kanungu with 3,090. Others are Ntoroko (1,500), Kisoro (1,200)":
        # more parts of the whole the sentence before broke down
        wholes = [d for d in earlier if d.span[0] < sentence.start and _a_count(d)][-1:]
    if not wholes:
        return _after_first_item(text, end, item, items, sentence, places, earlier)
    if not _same_unit(wholes[-1].value, text[start:end]):
        return None  # "There were three outbreaks - ... Paris (4 hectares)": each
        # bracket holds an area, no part of the count of outbreaks
    return f"{_place_key(item, places)}.{_part_measure(wholes[-1].quantity)}"


def _same_unit(whole: str, part: str) -> bool:
    """Whether a part's number is in the whole's unit (a count of people is a count)."""
    try:
        units = {parse_value(str(whole)).unit, parse_value(part).unit}
    except FactcheckError:
        return True  # (a value the grammar does not read: the list decides)
    return len(units - {"person"}) <= 1 and (len(units) == 1 or None in units)


_OTHERS = re.compile(r"\s*(?:The\s+)?[Oo]thers?\b(?:\s+[a-z]+){0,2}\s+(?:are|were|include|"
                     r"included)\b")
# a bare item's number: nothing but "people" after it in its bracket
_BARE_CLOSE = re.compile(r"\s*(?:people|persons|individuals)?\s*\)")
# the first item's words after its number: "(64,331 people affected)"
_WORDED = re.compile(r"\s+[a-z]+[^()]{0,40}\)")
# what lies between one item's bracket and the next item's name: "), ", ") and "
_BETWEEN_ITEMS = re.compile(r"\s*[,;]?\s*(?:and\s+|&\s+)?")


def _after_first_item(text: str, end: int, item: re.Match, items: list[re.Match],
                      sentence: Span, places: Places, earlier: list) -> str | None:
    """With no whole before the list, "Anambra (64,331 people affected), Benue (2,201),
    Delta (37,017)": the bare items count what the first item's words say it counts;
    not in a list of "Passi City, Iloilo (one)", whose bracket follows a town's province."""
    if not _BARE_CLOSE.match(text, end) or not all(
            _BETWEEN_ITEMS.fullmatch(text, text.find(")", one.end()) + 1, following.start())
            for one, following in zip(items, items[1:])):
        return None
    first = [d for d in earlier if items[0].start() <= d.span[0] < items[0].end() + 40
             and d.span[0] < item.start(1) and _WORDED.match(text, d.span[1]) and _a_count(d)]
    return f"{_place_key(item, places)}.{_part_measure(first[0].quantity)}" if first else None


def _a_count(draft) -> bool:
    """A draft of one subject's named count (no placeholder, no date or span of time)."""
    return SIMPLE_QUANTITY.fullmatch(draft.quantity) is not None \
        and not draft.quantity.startswith("unnamed_") \
        and not draft.quantity.endswith((".start", ".end", ".duration"))


_MONTH_ITEM = re.compile(r"\b(January|February|March|April|May|June|July|August|September|"
                         r"October|November|December)\s*\(\s*$")


# "176 homes have been lost on the NSW south coast; 89 in Conjola Park, 40 at Malua Bay
# and 15 in Rosedale": after the whole and a semicolon or colon, "N in PLACE" items
PLACE_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*){0,3}"  # "Conjola Park"
_IN_PLACE = re.compile(rf"\s+(?:in|at)\s+({PLACE_NAME})")
_EARLIER_ITEMS = re.compile(rf"(?:\s*[\d,]+\s+(?:in|at)\s+{PLACE_NAME}\s*"
                            rf"(?:,\s*(?:and\s+)?|and\s+))*\s*")
_AN_ITEM = re.compile(r"\d[\d,]*\s+(?:in|at)\s+[A-Z]")


def place_item(text: str, start: int, end: int, sentence: Span, places: Places,
               earlier: list) -> str | None:
    """`place.measure` for "89 in Conjola Park" in a list of such items after its whole
    and a semicolon or colon, the measure the whole has; else None."""
    item = _IN_PLACE.match(text, end, sentence.end)
    mark = max(text.rfind(";", sentence.start, start), text.rfind(":", sentence.start, start))
    if item is None or mark < 0 or not _EARLIER_ITEMS.fullmatch(text, mark + 1, start) \
            or len(_AN_ITEM.findall(text, mark, sentence.end)) < 2:
        return None
    wholes = [d for d in earlier if sentence.start <= d.span[0] < mark
              and SIMPLE_QUANTITY.fullmatch(d.quantity) and not d.quantity.startswith("unnamed_")]
    if not wholes:
        return None
    return f"{_place_key(item, places)}.{_part_measure(wholes[-1].quantity)}"


def _part_measure(whole: str) -> str:
    """The measure of a place's part of `whole`: those who left, counted where they
    went, arrived there ("360,000 refugees from Kosovo: 204,000 in Albania")."""
    measure = SIMPLE_QUANTITY.fullmatch(whole).group(1)
    return "arrived" + measure[len("departed"):] if measure.startswith("departed") else measure


def _place_key(item: re.Match, places: Places) -> str:
    """The place's registry id or known key when the places found it, else its name."""
    for place in places.between(item.start(1), item.end(1)):
        if place.start == item.start(1) and place.end == item.end(1):
            return place.key
    return snake(item.group(1))


# "Burundi has over 100 cases, while Nigeria has 39, Liberia has five": places that
# each have a number, the measure told once, with the first
_HAS = r"(?:has|have|had|recorded|reported|registered|confirmed|counted)"
_PLACE_HAS = re.compile(rf"(?:^|(?<=[\s,;]))({PLACE_NAME})\s+{_HAS}\s+(?:(?:over|about|some|"
                        r"nearly|almost|more\s+than|at\s+least)\s+)?$")
# nothing after the number says what it counts
_BARE_END = re.compile(r"\s*(?:[,;.)]|$|(?:and|while|whereas|each)\b)")


def place_has_item(text: str, start: int, end: int, sentence: Span, places: Places,
                   earlier: list) -> str | None:
    """`place.measure` for "Nigeria has 39" after "Burundi has over 100 cases" in the
    same sentence: the measure the earlier item has; else None."""
    item = _PLACE_HAS.search(text, sentence.start, start)
    if item is None or not _BARE_END.match(text, end, sentence.end):
        return None
    wholes = [d for d in earlier if sentence.start <= d.span[0] < item.start()
              and SIMPLE_QUANTITY.fullmatch(d.quantity) and not d.quantity.startswith("unnamed_")
              and _PLACE_HAS.search(text, sentence.start, d.span[0])]
    if not wholes:
        return None  # (no earlier item of the same shape: what the number counts is unsaid)
    return f"{_place_key(item, places)}.{SIMPLE_QUANTITY.fullmatch(wholes[-1].quantity)[1]}"


# "South Africa recorded 24 confirmed cases, including three deaths": a part of the
# count right before, of its place
_INCLUDING = re.compile(r",?\s+(?:including|among\s+them|of\s+which|of\s+whom)\s+(?:(?:about|"
                        r"some|nearly|almost|more\s+than|over|at\s+least)\s+)?$")


def including_part(text: str, start: int, sentence: Span, quantity: str,
                   earlier: list) -> str:
    """`quantity` with the place of the count the number is "including" in; else as is
    (a part of the same measure, "killing 26 soldiers including two from Nigeria", is
    no count of the whole's place)."""
    named = SIMPLE_QUANTITY.fullmatch(quantity)
    if named is None or quantity.startswith("unnamed_"):
        return quantity
    month = _MONTH_ITEM.search(text, max(0, start - 14), start)
    if month is not None:  # "arrivals ... in May (18,984), June (17,561)": each month's own
        return f"{quantity}_{month.group(1).lower()}"
    if not earlier:
        return quantity
    head = earlier[-1]
    whole = SIMPLE_QUANTITY.fullmatch(head.quantity)
    if whole is None or head.quantity.startswith("unnamed_") or head.span[0] < sentence.start \
            or whole["measure"].removesuffix("_households").endswith(named["measure"]) \
            or not re.fullmatch(r"\s+(?:[a-z-]+\s+){0,4}?[a-z-]+" + _INCLUDING.pattern,
                                text[head.span[1]:start]):
        return quantity
    return f"{head.quantity.split('.')[0]}.{named['measure']}"


# one verb for both: "21 students and four", "39,054 people from 6,580 households";
# and a list of places: "4948 families from Rathnapura, 8200 families from Colombo ...
# were displaced", "300 people in Kandy, 200 in Badulla and 100 in Matale were killed"
_LIST_GAP = (r"(?:\s+[a-z]+)?\s+(?:in|from|at)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
             r"(?:\s+(?:district|province|county|state|region))?(?:\s*,\s*(?:and\s+)?|\s+and\s+)")
# and a list of counts ending in "and" before their shared verb: "132 emergency
# personnel, 197 local residents, and 25 vehicles have been deployed" (not "killed 12
# people, injured 40"; not "171 victims, 16 evacuees, 19 injured": each its own noun)
_NOUN_ITEM = (r"(?:[ \t]+(?!(?:were|was|are|is|have|has|had|been|of|who|which|that)\b)"
              r"[a-z][\w-]*){1,4}?")
_COUNT_ITEMS = rf"(?:\d[\d,.]*{_NOUN_ITEM},[ \t]+)*"
_LAST_ITEM = rf"\d[\d,.]*{_NOUN_ITEM},?[ \t]and[ \t]+"
_COORDINATED = re.compile(r"[ \t]+[a-z][\w \t-]{0,30}?[ \t]and[ \t]+|(?:\s+people)?\s+from\s+|"
                          rf"(?:{_LIST_GAP}[\d,.]+)*{_LIST_GAP}")
# a gap inside the list, and the gap to its last item ("197 local residents, and 25";
# the Oxford comma only in a list of three or more: not "93 civilians, and four are")
_LIST_HEAD = re.compile(rf"{_NOUN_ITEM},[ \t]+{_COUNT_ITEMS}")
_THROUGH_TO_LAST = re.compile(rf"{_NOUN_ITEM},[ \t]+{_COUNT_ITEMS}{_LAST_ITEM}")
_OXFORD_LAST = re.compile(rf"{_NOUN_ITEM},[ \t]and[ \t]+")
_ITEM_BEFORE = re.compile(rf"\d[\d,.]*{_NOUN_ITEM},[ \t]+\d[\d,.]*$")
_SHARED = rf"\d[\d,.]*{_NOUN_ITEM}[ \t]+(?:have|has|had|were|was|are|is|will)\b"
_REST = re.compile(rf"{_COUNT_ITEMS}{_LAST_ITEM}{_SHARED}")
_LAST_REST = re.compile(_SHARED)
# a list read for a shared verb is a short one: each of N numbers would read the gap to
# each later one, N * N reads of a long list
_LIST_MAX = 400


def coordinated(text: str, start: int, end: int) -> bool:
    """Whether the words between two numbers join them under one verb; a bare "and"
    only after a number's own noun ("442 families and 1100 families were displaced",
    not "running at 200 and 300% capacity", where the first has no unit of its own)."""
    if text[start - 1:start].isalpha() and re.fullmatch(r"\s+and\s+", text[start:end]):
        return True
    if end - start > _LIST_MAX:
        return False
    if _COORDINATED.fullmatch(text, start, end) is not None:
        return True
    if _LIST_HEAD.fullmatch(text, start, end) is not None:
        return _REST.match(text, end, end + _LIST_MAX) is not None
    if _THROUGH_TO_LAST.fullmatch(text, start, end) is None and not (
            _OXFORD_LAST.fullmatch(text, start, end) and _ITEM_BEFORE.search(
                text, max(0, start - 80), start)):
        return False
    return _LAST_REST.match(text, end, end + _LIST_MAX) is not None


# "the Outaouais, where 6,244 were without electricity; the Montérégie, with 5,580;
# and Laval, with 3,138": each later item says its place and number, the measure left
# to the first item's
# (the list says its capitalised names are places, in a gazetteer or not)
_WITH = re.compile(r"(?:^|[;,]\s*(?:and\s+)?)(?:the\s+)?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)"
                   r"{0,3}),?\s+with\s+$")
_WITH_END = re.compile(r"\s*(?:[;,.]|and\b|$)")


def place_with(text: str, mention, sentence: Span, places: Places,
               given: dict) -> str | None:
    """`place.measure` for a bare number after "<Place>, with" in a list whose earlier
    item of another place was named `other.measure` in the same sentence, else None."""
    start, end = mention.start, mention.end
    if not _WITH_END.match(text, end):
        return None
    item = _WITH.search(text, max(sentence.start, start - 80), start)
    if item is None:
        return None
    place = places.registry.get(snake(item[1])) or snake(item[1])
    earlier = [name for at, name in sorted(given.items())
               if sentence.start <= at < start and name]
    found = SIMPLE_QUANTITY.fullmatch(earlier[-1]) if earlier else None
    if found is None or earlier[-1].split(".")[0] == place:
        return None
    # the list's first item is of a place the story names ("the Outaouais, where ...")
    known = {p.key for p in places.found}
    first = any(name.split(".")[0] in known and SIMPLE_QUANTITY.fullmatch(name)
                and SIMPLE_QUANTITY.fullmatch(name)["measure"] == found["measure"]
                for name in earlier)
    return f"{place}.{found['measure']}" if first else None


# "battled nearly 1,400 fires ..., including 650 in Sicily and 390 in Calabria": each
# part told after "including", and after the parts before it
_INCLUDED = re.compile(r",\s*including\s+(?:[\d,.]+\s+in\s+(?:the\s+)?[A-Z][\w'’-]*"
                       r"(?:\s+[A-Z][\w'’-]*)*(?:\s*,\s*|\s+and\s+))*(?:(?:about|some|nearly|"
                       r"over|more\s+than|at\s+least)\s+)?$")
_IN_THE = re.compile(r"\s+in\s+(?:the\s+)?")


def included_part(text: str, mention, sentence: Span, places: Places,
                  given: dict) -> str | None:
    """`place.things` for a part in a place of a count of things named just before
    ("nearly 1,400 fires ..., including 650 in Sicily": `sicily.fires`), never the
    measure of a clause after it ("where a man was killed")."""
    including = _INCLUDED.search(text, max(sentence.start, mention.start - 120), mention.start)
    place = next((p for p in places.between(mention.end, sentence.end)
                  if _IN_THE.fullmatch(text, mention.end, p.start)), None)
    if including is None or place is None:
        return None
    earlier = [name for at, name in sorted(given.items())
               if sentence.start <= at < including.start() and name]
    found = SIMPLE_QUANTITY.fullmatch(earlier[-1]) if earlier else None
    if found is None:
        return None
    noun = found["measure"].split("_")[0]  # "fires", "homes" of homes_destroyed
    if noun in AREA_UNITS:  # (the objects table's place kinds, towns and regions in them)
        return None  # "391 people in 10 districts, including 35 in Guiren District": the
        # part is of the people, not of the districts
    counted = re.search(rf"\d\s+(?:[a-z]+\s+)?{re.escape(noun)}\b",
                        text[sentence.start:including.start()])
    return f"{place.key}.{found['measure']}" if counted else None
