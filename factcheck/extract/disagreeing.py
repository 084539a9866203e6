"""Two numbers one voice gives for one quantity, on one date, that cannot both hold.

An article rarely contradicts itself in one voice: when two drafts of it name the
same quantity, with the same speaker and the same `as_of`, and their values have no
number in common ("killed 185" and "killed 259" of zimbabwe, the second a total of
three countries), the naming has joined two quantities the text keeps apart, and
`verify` would report a conflict the article does not hold. The later draft gets a
placeholder instead: unchecked, for a person to name, never a false red line. Two
sources that disagree (different speakers), or one count at two dates, stay one
quantity: that is what verify is for, unless their values are too far apart for two
reports of one count (one more than half as large again as the other: 117 and 67
bodies at two mortuaries, 15 and 2 dead): then too the naming has joined two
quantities, and the later one is left for a person to name, with a note. Two days
given for one start ("began recovery efforts Tuesday", "crashed into the coastline
on Sunday", both `cyclone.start`) are two as well; the earlier keeps the name. A count
of some parts of a place ("in some parts of the city, 80 mm") beside a count of the
whole that shares no number with it is left unnamed first: a part, not a report.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from fractions import Fraction

from ..findings import FactcheckError
from ..grammar import parse_value
from ..registry.voices import speaker_key

SLACK = Fraction(1, 10)
# two sources' reports of one count differ by less than this factor ("19,136 dead"
# and "more than 25,000"): in the gold sets, 13 of 16 pairs of two speakers further
# apart named two quantities, and the other three were vague words ("thousands")
SOURCES_APART = Fraction(3, 2)
# two reports of one day differ by a night and a time zone, not by days: "since April
# 21" of arrivals and "clashes ... since April 15" are two starts (Pan-African News Wire)
DAYS_APART = 2
# a number of a place's parts: "in some parts of the city, a total of 80 mm of rain fell"
# beside the city's "60 mm of rain fell" is a part's, not another report of the whole
# (not "in many parts of Sudan", "in several parts of Colombia": the whole's spread)
_PART = re.compile(r"\b(?:in|across|on)\s+(?:some|certain)\s+(?:parts|areas|places|"
                   r"spots|sections)\b|\bin\s+parts\b", re.I)  # (nor "locally": "locally named")


def set_apart(drafts: list, published: dt.date | None, placeholder, text: str,
              title: int = 0) -> list:
    """Every pass that leaves unnamed a draft whose name would draw a red line the
    text does not hold: parts beside their whole, and values one name cannot share.
    (Not the same words drafted twice: a number a sentence repeats is most often one
    count, and verify's repeated-claim warning then holds. Nor a count of people that
    is no whole number: "1.077" fled is the article's own slip, a red line it holds.)"""
    return apart(parts_apart(drafts, published, placeholder, text), published, placeholder,
                 title)


def apart(drafts: list, published: dt.date | None, placeholder, title: int = 0) -> list:
    """`drafts` in text order; `placeholder(draft)`: the unnamed quantity for it;
    `title`: where the title line ends. The value most drafts of a quantity agree with
    keeps the name ("67" dead in the title and twice in the body, "117" bodies once:
    the 117 is left unnamed), the earlier one on a tie. A title's number rounds or sums
    up the body's ("Over 100 killed" above "at least 800 people"): it counts for a
    value, and is weighed after the body's, against them and the title's before it;
    only a value none of them can share leaves it unnamed ("Cholera kills 13 on
    Christmas" above "470 deaths since the onset": that day's, not the toll)."""
    readings = [_reading(draft, published) for draft in drafts]
    support = _support(drafts, readings)
    order = sorted((k for k, r in enumerate(readings) if r is not None
                    and drafts[k].span[1] > title),
                   # a count dated in the text keeps the name before one dated by
                   # the publication day alone
                   key=lambda k: (_later(drafts[k], readings[k]), drafts[k].as_of is None,
                                  -support.get(k, 0), k))
    titles = [k for k, r in enumerate(readings) if r is not None and drafts[k].span[1] <= title]
    kept: dict[tuple, list] = {}
    result = list(drafts)
    for k in order + titles:
        draft, reading = drafts[k], readings[k]
        # no `as_of` is the publication day, as verify reads it ("343 as at Sunday" in
        # a story of that Sunday, "250 sickened" with no day: one date)
        when = draft.as_of or (published.isoformat() if published is not None else None)
        key = (draft.quantity, when, speaker_key(draft.by or ""))
        clash = next((other for other, value in kept.get(key, ())
                      if _apart_exactly(reading, value)), None)
        far = None if clash or k in titles else next(
            (other for other, value in kept.get((draft.quantity, when), ())
             if _far(reading, value)), None)
        # "two people per day per 10,000 people": a rate and a count are two things
        # whatever the voice and date (verify: a unit error)
        odd = next((other for other, value in kept.get(draft.quantity, ())
                    if _other_dimension(reading, value)), None)
        if clash is None and k in titles and not draft.by:  # the outlet's own "Two more
            # die of dengue" above "55 this year", UNB said: no summary of the body's
            clash = _shared_by_none(reading, kept.get(draft.quantity, ()))
        if clash is not None or far is not None or odd is not None:
            why = _why(draft, clash, far) if odd is None else (
                f"{draft.value!r} and {odd.value!r} measure different things: name this "
                f"one apart from {draft.quantity}")
            result[k] = replace(draft, quantity=placeholder(draft), places=(),
                                note=_joined(draft.note, why))
            continue
        kept.setdefault(key, []).append((draft, reading))
        kept.setdefault((draft.quantity, when), []).append((draft, reading))
        kept.setdefault(draft.quantity, []).append((draft, reading))
    return result


def parts_apart(drafts: list, published: dt.date | None, placeholder, text: str) -> list:
    """`drafts` with each count of some parts of a place ("in some parts of the city,
    a total of 80 mm of rain fell") left unnamed, with a note, where a count of the
    whole in its name and date has no number in common with it ("60 mm of rain
    fell"): a part and its whole, not two reports of one count."""
    readings = [_reading(draft, published) for draft in drafts]
    parts = {k for k, draft in enumerate(drafts) if readings[k] is not None
             and _of_a_part(text, draft)}
    wholes: dict[tuple, list[int]] = {}  # (name, date) -> the drafts of no part
    for j, other in enumerate(drafts):
        if readings[j] is not None and j not in parts:
            wholes.setdefault((other.quantity, other.as_of), []).append(j)
    result = list(drafts)
    for k in parts:
        draft = drafts[k]
        # (as in `apart`, a hostile text's many drafts of one name are weighed in part)
        whole = next((drafts[j] for j in wholes.get((draft.quantity, draft.as_of), ())[
            :MOST_WEIGHED] if _apart_exactly(readings[k], readings[j])), None)
        if whole is not None:
            result[k] = replace(draft, quantity=placeholder(draft), places=(), note=_joined(
                draft.note, f"{draft.value!r} counts some parts and {whole.value!r} the "
                            f"whole: name this one apart from {draft.quantity}"))
    return result


def _of_a_part(text: str, draft) -> bool:
    """Whether the words of the draft's sentence before its number, or of its clause
    after it, say it counts some parts of its place ("dumped more than 6 inches of
    rain in some places")."""
    before = re.split(r"[.!?]\s", text[max(0, draft.span[0] - 120):draft.span[0]])[-1]
    after = re.split(r"[,;:.!?]", text[draft.span[1]:draft.span[1] + 80])[0]
    return _PART.search(before) is not None or _PART.search(after) is not None


def _shared_by_none(reading, kept: list):
    """The first body draft of a title's quantity, when no body draft, in any voice or
    at any date, shares a number with the title's; else None."""
    if kept and all(_apart_exactly(reading, value) for _, value in kept):
        return kept[0][0]
    return None


def _later(draft, reading) -> int:
    """How late a day said for a start is: of "began recovery efforts Tuesday" and
    "crashed into the coastline on Sunday", both drafted as `cyclone.start`, the
    earlier day keeps the name (what follows an event, a search, a statement, comes
    after its start); 0 for every other draft."""
    if reading.kind == "date" and draft.quantity.endswith(".start") and reading.low is not None:
        return int(reading.low)
    return 0


# a quantity drafted more often than this is weighed in text order (each draft set
# against every other one would be quadratic in a hostile text's numbers)
MOST_WEIGHED = 200


def _support(drafts: list, readings: list) -> dict[int, int]:
    """Draft index -> how many other drafts of its quantity and date have a value in
    common with it."""
    groups: dict[tuple, list[int]] = {}
    for k, reading in enumerate(readings):
        if reading is not None:
            groups.setdefault((drafts[k].quantity, drafts[k].as_of), []).append(k)
    support = {}
    for members in groups.values():
        if len(members) > MOST_WEIGHED:
            continue
        for k in members:
            support[k] = sum(1 for j in members if j != k
                             and not _disjoint(readings[k], readings[j]))
    return support


def _why(draft, clash, far) -> str:
    if clash is not None:
        return (f"{draft.value!r} and {clash.value!r} (the same voice, the same date) "
                f"cannot both be {draft.quantity}: name this one apart, or give it "
                f"{draft.quantity} if the text contradicts itself")
    return (f"{draft.value!r} and {far.value!r} are too far apart to be two reports of "
            f"{draft.quantity} on one date: name this one apart, or give it "
            f"{draft.quantity} if the sources disagree")


def _joined(note: str | None, more: str) -> str:
    return f"{note}; {more}" if note else more


def _reading(draft, published: dt.date | None):
    """The value's interval, for a draft of a named quantity; else None."""
    quantity = draft.quantity
    if not isinstance(draft.value, str) or quantity.startswith("unnamed_"):
        return None  # (a ratio or a sum is one quantity too: "40% of the cattle, 27%
        # of sheep" both drafted as one share would be a conflict the text lacks)
    try:
        return _canonical(parse_value(draft.value, anchor=published))
    except FactcheckError:
        return None


# the units verify reduces lengths, masses and times to (not temperatures: how far
# apart two readings lie is told by their ratio, and a ratio of kelvins would join
# minus 4 and plus 4 degrees Fahrenheit)
_BASE = {"[length]": "meter", "[mass]": "kilogram", "[time]": "day"}


def _canonical(reading):
    """A length, an area, a mass, a time or a speed in the units verify reduces it to,
    so that "a few inches" and "a few feet" of one river compare as verify compares
    them (each in its own unit, they would seem two unrelated counts); a share, a
    count or a unit that does not resolve stays as written."""
    if reading is None or reading.unit is None:
        return reading
    from ..units import resolve

    try:
        unit = resolve(reading.unit)
    except FactcheckError:
        return reading
    name = _base_name(unit.dimension)
    if name is None or name == reading.unit:
        return reading  # (shares and counts stay as written: "34%" and "one third")

    def convert(x):
        return None if x is None else unit.to_canonical(x)
    return replace(reading, low=convert(reading.low), high=convert(reading.high), unit=name,
                   exact=_canonical(reading.exact))


def _base_name(dimension) -> str | None:
    """"meter ** 2", "meter / day": the base units' name of `dimension`, if one base
    over at most one other; else None."""
    if not dimension or any(name not in _BASE for name, _ in dimension):
        return None
    up = [f"{_BASE[n]}{f' ** {e}' if e > 1 else ''}" for n, e in dimension if e > 0]
    down = [f"{_BASE[n]}{f' ** {-e}' if e < -1 else ''}" for n, e in dimension if e < 0]
    if len(up) != 1 or len(down) > 1:
        return None
    return up[0] + (f" / {down[0]}" if down else "")


def _disjoint(a, b) -> bool:
    """No number lies in both intervals (in one unit, or one of them bare: "45" and
    "28 people" dead are both people)."""
    return _one_unit(a, b) and (_below(a, b) or _below(b, a))


def _apart_exactly(a, b) -> bool:
    """No number lies in both, as verify reads them: a title's "270 hurt" above the
    body's "at least 271", "half a million" and "550,000" in one voice on one date, a
    title's "passes 100" written "100" above the body's "more than 100". Verify reports
    any of these as the source contradicting itself, so one name would draw a red line
    the text does not hold. So are two bare numbers neither of which rounds to the
    other: "magnitude 4.8 and 4.7 quakes" meet at 4.75 only as rounded numbers (not
    "98,000" and "97,815", one the other rounded)."""
    return _one_unit(a, b) and (any(
        x.high is not None and y.low is not None and (
            x.high < y.low or x.high == y.low and (x.high_open or y.low_open))
        for x, y in ((a, b), (b, a))) or _points_apart(a, b))


def _points_apart(a, b) -> bool:
    exact_a, exact_b = a.exact or a, b.exact or b
    if None in (exact_a.low, exact_b.low) or exact_a.low != exact_a.high \
            or exact_b.low != exact_b.high or exact_a.low == exact_b.low:
        return False
    return not _holds(a, exact_b.low) and not _holds(b, exact_a.low)


def _holds(interval, x) -> bool:
    above = interval.low is None or x > interval.low or (x == interval.low
                                                         and not interval.low_open)
    below = interval.high is None or x < interval.high or (x == interval.high
                                                           and not interval.high_open)
    return above and below


def _far(a, b) -> bool:
    """Every number of one is below every number of the other divided by
    SOURCES_APART: 67 and 117 (67 × 1.5 = 100.5 < 117), not 19,136 and 25,000; never
    a vague word's ("thousands" against 70,000: a loose word, not another count). Two
    days of one start are far when more than DAYS_APART lie between them ("since heavy
    rains began in June" and "Since Monday, rains and flooding have affected" in
    late August: two starts, not two reports of one)."""
    if a.kind == "date" or b.kind == "date":
        return a.kind == b.kind and None not in (a.low, a.high, b.low, b.high) and (
            a.high + DAYS_APART < b.low or b.high + DAYS_APART < a.low)
    return _one_unit(a, b) and not (_vague(a) or _vague(b)) and any(
        x.high is not None and y.low is not None and x.high * SOURCES_APART < y.low
        for x, y in ((a, b), (b, a)))


def _vague(reading) -> bool:
    """A reading whose ends are more than twice apart: "scores" is [40, 100]."""
    return reading.low is not None and reading.high is not None and reading.low > 0 \
        and reading.high > 2 * reading.low


def _other_dimension(a, b) -> bool:
    """Two units that no conversion joins: people and people a day, days and people
    (not kilometres and miles, nor a bare number and people)."""
    if None in (a.unit, b.unit) or a.unit == b.unit:
        return False
    from ..units import resolve

    try:
        return resolve(a.unit).dimension != resolve(b.unit).dimension
    except FactcheckError:
        return False


def _one_unit(a, b) -> bool:
    return a.unit == b.unit or None in (a.unit, b.unit)


def _below(a, b) -> bool:
    """Every number of `a` is below every number of `b`, by more than a tenth of
    `b`'s lowest: in weighing which draft keeps a name, "half a million" and "550,000"
    into shelters back each other as one count told loosely, 185 and 259 dead do not."""
    if a.high is None or b.low is None:
        return False
    if a.kind == "date" or b.kind == "date":  # days: Sunday and Tuesday are two (a
        # tenth of a day's ordinal would be two thousand centuries)
        return a.high < b.low
    if a.kind == "percent" and b.kind == "percent":  # "34%" is [33.5, 34.5] already:
        return a.high < b.low  # a tenth more would join 34% and 37%, which verify parts
    if _vague(a) or _vague(b):  # "thousands" is [2,000, 10,000) with no rounding
        return a.high < b.low  # about it: verify sets it against 11,000
    return a.high < b.low - abs(b.low) * SLACK
