"""A number told by reference to the count just before it.

"The death toll rose to 45 ... a private emergency foundation at the scene put it at
more than 50", "the USGS gave a magnitude of 7.9; the Chilean centre said it was 8.4",
"before the governor revised it down to 35", "the previous count, on Sunday, was 44",
"the magnitude was raised from 7.9 to 8": the number names no measure of its own,
only "it", "the figure", "the count"; a reader takes it as another report of the
count named before it, and so does the gold (another source, or the same count at
another time: what verify is for). "this figure is between 100 and 140" is the count
just told in its sentence, whatever its size.

Only when that count is plain: a number of no unit, told of a count of people or of
no unit at all (not "it was 45" after a temperature; not "three people" after a
magnitude), and only when the sentence that holds the nearest such count holds no
other: "45 dead and 40 hurt ... put it at 50" could be either, and is left for a
person to name.
"""

from __future__ import annotations

import re
from dataclasses import replace
from fractions import Fraction

from .earlier_counts import earlier

# "it", "the figure(s)", "the toll", "the count" ... and what says a number of it
_IT = r"(?:it|the\s+(?:figures?|numbers?|toll|count|tally|total|estimate))"
_SET = (r"(?:put|puts|putting|placed|places|placing|estimated|estimates|estimating|"
        r"revised|revises|revising|raised|raises|raising|lowered|lowers|lowering|"
        r"increased|updated|adjusted|set|sets|setting|confirmed|confirms|confirming|"
        r"gave|gives|giving|cited|cites|citing)")
_SAID = r"(?:said|says|saying|stated|added|reported|reports)"
_BE = (r"(?:was|is|stood\s+at|stands\s+at|reached|had\s+(?:been|reached|risen\s+to|"
       r"climbed\s+to)|has\s+(?:reached|risen\s+to|climbed\s+to)|rose\s+to|climbed\s+to)")
_WHICH = (r"(?:(?:previous|earlier|latest|new|revised|updated|official|final|initial|"
          r"last|first|current)\s+)?(?:figure|count|tally|estimate)")
_REFERENCE = re.compile(
    rf"\b(?:{_SET}\s+{_IT}(?:\s+(?:down|up)(?:wards?)?)?(?:\s+from\s+(?P<was>[\d.,]+))?"
    # ("the figures above 4,300": "above" is the number's own)
    rf"(?:\s+(?:at|to|as|above|near|around))?"
    rf"|{_SAID}\s+(?:that\s+)?it\s+{_BE}"
    rf"|the\s+{_WHICH}(?:\s*,[^,.;]{{1,40}},)?\s+{_BE}"
    rf"|(?:was|were|been|is)\s+(?:revised|raised|lowered|upgraded|downgraded|adjusted|"
    rf"updated)\s+(?:(?:down|up)(?:wards?)?\s+)?(?:from\s+(?P<was_too>[\d.,]+)\s+)?to"
    rf")\s+(?:as\s+(?:high|low|many)\s+as\s+)?$", re.I)
_PLAIN = (None, "person")  # the units of a count a bare number may restate
_READINGS = (".magnitude",)  # plain numbers of no people: "three people" restate none
_BACK = 2  # sentences before the number's own that may hold the count
RESTATED = Fraction(3, 2)  # two reports of one count differ by less than this factor


# "we receive 30 to 40 bodies daily but over the past week this figure is between 100
# and 140": the count just told, at another time, whatever size
_THIS = re.compile(r"\b(?:this|that)\s+(?:figure|number|count|tally|toll)\s+(?:is|was|has\s+"
                   r"(?:risen|climbed|grown|gone\s+up)\s+to|rose\s+to|stands\s+at|stood\s+at)"
                   r"\s+$", re.I)


def referred(text: str, drafts: list, mention_at: dict, sentences, body: int) -> list:
    """Drafts with a placeholder for a number told by reference get the quantity of
    the one plain count named nearest before it; a number told as "this figure" that
    of the plain count just told in its sentence. `mention_at`: span -> Mention;
    `body`: where the text after the title begins."""
    result = list(drafts)
    for k, draft in enumerate(drafts):
        mention = mention_at.get(draft.span)
        if mention is None or mention.kind != "count":
            continue
        start = sentences.around(draft.span[0]).start
        if _THIS.search(text, max(start, draft.span[0] - 40), draft.span[0]):
            count = _just_told(result, k, mention_at, start)
        elif draft.quantity.startswith("unnamed_") and mention.unit in _PLAIN:
            count = _restated(text, result, k, mention_at, sentences, start, body)
        else:
            continue
        if count is not None:  # ("Earlier the department put the figure at nearly 2,000":
            # the count as it was first told, no rival of the latest; with a day of its
            # own, "The previous count, on Friday, was 38", the count on that day)
            earlier_one = _EARLIER_OPENS.match(text, start) and earlier(text, start, mention) \
                and _SIMPLE.fullmatch(count.quantity) and draft.as_of is None
            result[k] = replace(draft, places=count.places, quantity=count.quantity + (
                "_previous_count" if earlier_one else ""))
    return _titles_restated(text, result, mention_at, body)


def _titles_restated(text: str, drafts: list, mention_at: dict, body: int) -> list:
    """A title's count whose place the title does not name ("Eleven die of heatstroke
    in 9 days") takes the name of the body's count of the same measure and number
    ("Eleven people died of heatstroke across Bangladesh"): the story's own place
    chosen for the title may be only one of its districts."""
    title = "_" + re.sub(r"[^a-z0-9]+", "_", text[:body].lower()) + "_"
    result = list(drafts)
    for k, draft in enumerate(drafts):
        if draft.span[1] > body or not _SIMPLE.fullmatch(draft.quantity) \
                or f"_{draft.quantity.split('.')[0]}_" in title:
            continue
        same = next((d for d in drafts if d.span[0] >= body and _SIMPLE.fullmatch(d.quantity)
                     and d.quantity.split(".")[1] == draft.quantity.split(".")[1]
                     and _same_number(mention_at.get(d.span), mention_at.get(draft.span))),
                    None)
        if same is not None:
            result[k] = replace(draft, quantity=same.quantity, places=same.places)
    return result


_SIMPLE = re.compile(r"[a-z_][a-z0-9_]*\.[a-z_][a-z0-9_]*")
_EARLIER_OPENS = re.compile(r"\W*(?:Earlier|Previously|Initially)\b")


def _same_number(a, b) -> bool:
    return a is not None and b is not None and a.interval.low is not None \
        and (a.interval.low, a.interval.high) == (b.interval.low, b.interval.high)


def _just_told(drafts: list, k: int, mention_at: dict, start: int):
    told = [d for d in drafts[:k] if start <= d.span[0]
            and not d.quantity.startswith("unnamed_") and _plain(d, mention_at)]
    return told[-1] if told else None


def _restated(text: str, drafts: list, k: int, mention_at: dict, sentences, start: int,
              body: int):
    """The count a number told by reference restates, or None."""
    told = _REFERENCE.search(text, max(start, drafts[k].span[0] - 100), drafts[k].span[0])
    if told is None:
        return None
    was = next((g for g in ("was", "was_too") if told[g]), None)
    if was:  # "raised from 7.9 to 8": the count is the number it was, if named
        return next((d for d in drafts[:k] if told.start(was) <= d.span[0] < told.end(was)
                     and not d.quantity.startswith("unnamed_")), None)
    return _antecedent(drafts, k, mention_at, sentences, max(start, body), body)


def _antecedent(drafts: list, k: int, mention_at: dict, sentences, start: int, body: int):
    """The plain count named nearest before drafts[k], in its own sentence or in the
    _BACK sentences before it, of about its size (a restated count is not half as
    large again: "the death toll has climbed to 4,455 ... 8,300 people injured ...
    confirmed the figures above 4,300" is the toll); None if that sentence holds two
    such counts."""
    size = _size(mention_at[drafts[k].span])
    unit = mention_at[drafts[k].span].unit  # ("revised the number to three people")
    for _ in range(_BACK + 1):
        near = [d for d in drafts[:k] if start <= d.span[0] and d.span[1] <= drafts[k].span[0]
                and not d.quantity.startswith("unnamed_") and _plain(d, mention_at)
                and not (unit and d.quantity.endswith(_READINGS))
                and _close(size, _size(mention_at[d.span]))]
        if near:
            return near[-1] if len({d.quantity for d in near}) == 1 else None
        if start <= body:
            return None
        start = max(body, sentences.around(start - 2).start)
    return None


def _size(mention):
    interval = mention.interval
    bounds = [b for b in (interval.low, interval.high) if b is not None]
    return sum(bounds) / len(bounds) if bounds else None


def _close(a, b) -> bool:
    return a is not None and b is not None and a > 0 and b > 0 \
        and max(a, b) <= min(a, b) * RESTATED


def _plain(draft, mention_at: dict) -> bool:
    mention = mention_at.get(draft.span)
    return mention is not None and mention.kind == "count" and mention.unit in _PLAIN \
        and "/" not in draft.quantity and "@" not in draft.quantity
