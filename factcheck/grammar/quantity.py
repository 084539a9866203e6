"""Quantity phrases: qualifiers, numbers with units, ranges, vague words, fractions.

    quantity := prefix* core after-qualifier? ["ago"]
    prefix   := filler | qualifier | estimate-noun ("an estimated population of")
    core     := range | vague [scale...] ["of" unit] | fraction | proportion | amount
    amount   := [currency] number [filler...] [unit | currency word] [age ending]

When qualifiers stack, the one next to the number decides. Every matcher returns
the token index after what it read, and the longest reading wins.
"""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction

from ..findings import FactcheckError
from ..interval import Interval
from .days import ago as days_ago
from .digits import VULGAR
from .change import after_change
from .context import Context, match_unit, memoised, read_pair, skip_fillers, unit_info
from .halves import ONE_HALF, TENTH_PRECISION, half_after_unit, half_before_unit
from .numbers import HALF, bare_precision, read_number
from .odds import one_in
from .rules import ZERO, Amount, apply, bare
from .table import PhraseIndex, per_table


def longest(*candidates):
    """The candidate (value, end) reaching furthest; on a tie the first one given."""
    best = None
    for candidate in candidates:
        if candidate is not None and (best is None or candidate[1] > best[1]):
            best = candidate
    return best


@memoised
def match_quantity(ctx: Context, i: int) -> tuple[Interval, int] | None:
    qualifier, j = prefixes(ctx, i)
    core = match_core(ctx, j)
    if core is None:
        return None
    amount, end = core
    after = ctx.phrase(ctx.table.qualifiers_after, end)
    if after is not None:
        qualifier = (after[0], ctx.span_text(end, after[1]))
        end = after[1]
        amount, end = _late_unit(ctx, amount, end)  # "200+ people", "15 or more days"
    interval = bare(amount) if qualifier is None else apply(
        qualifier[0], amount, qualifier[1].lower(), ctx.table.estimate_tolerance,
        whole=_whole_things(amount))
    ago = ctx.phrase(ctx.table.dates.ago, end)
    if ago is not None and interval.kind == "duration" and not amount.age:
        return days_ago(ctx, interval, i, ago[1]), ago[1]
    return interval, end


def _whole_things(amount: Amount) -> bool:
    """People or households (not a bare count: "almost three times" is a factor)."""
    return amount.kind == "count" and amount.unit in ("person", "household")


def _late_unit(ctx: Context, amount: Amount, end: int) -> tuple[Amount, int]:
    if amount.unit is not None or amount.kind != "count":
        return amount, end
    found = match_unit(ctx, end)
    if found is None:
        return amount, end
    unit, end = found
    return replace(amount, unit=unit.name, kind=unit.kind), end


def prefixes(ctx: Context, i: int):
    """Fillers and qualifiers before the core; the last qualifier read decides."""
    qualifier = None
    while True:
        filler = ctx.phrase(ctx.table.fillers, i) or (
            ctx.phrase(ctx.table.value_fillers, i) if ctx.whole else None)
        found = longest(("filler", filler[1]) if filler else None,
                        ctx.phrase(ctx.table.qualifiers_before, i),
                        ctx.phrase(ctx.table.value_qualifiers, i) if ctx.whole else None,
                        _estimate_noun(ctx, i))
        if found is None:
            return qualifier, i
        kind, end = found
        if kind != "filler":
            qualifier = (kind, ctx.span_text(i, end))
        i = end


def _estimate_noun(ctx: Context, i: int):
    """ "an estimated population of": the estimate word, a few noun words, "of"."""
    found = ctx.phrase(ctx.table.estimate_nouns, i)
    if found is None:
        return None
    rule, j = found
    for k in range(j + 1, min(j + 1 + ctx.table.estimate_noun_max_words, len(ctx.words))):
        if any(ctx.tokens[m].kind != "word" for m in range(j, k)):
            return None
        if ctx.words[k] == ctx.table.estimate_noun_joiner:
            return rule, k + 1
    return None


def match_core(ctx: Context, i: int) -> tuple[Amount, int] | None:
    return longest(match_range(ctx, i), _vague(ctx, i), match_amount(ctx, i),
                   _fraction(ctx, i), match_proportion(ctx, i), one_in(ctx, i))


@memoised
def match_amount(ctx: Context, i: int) -> tuple[Amount, int] | None:
    """One number with what surrounds it: currency, unit, age ending."""
    j, currency = i, None
    symbol = ctx.phrase(ctx.table.currency_symbols, j)
    if symbol is not None and all(ctx.attached(k) for k in range(j + 1, symbol[1])):
        currency, j = symbol  # (not "a $1.4bn appeal": "A$" is written as one word)
    aged = ctx.phrase(ctx.table.ages_before, j) if currency is None else None
    if aged is not None:
        j = aged[1]
    sign = ctx.phrase(ctx.table.signs_before, j) if currency is None and aged is None else None
    number = _number_or_one(ctx, sign[1] if sign else j, money=currency is not None)
    if number is None:
        return None
    value, written, j = number
    unit, j = _unit_after(ctx, j, currency)
    half = half_after_unit(ctx.tokens, ctx.words, j) if unit and currency is None else None
    if half is not None:  # "a day and a half", "three days and a half"
        value, written, j = value + ONE_HALF, TENTH_PRECISION, half
    signed = _signed(ctx, sign, value, unit, j)
    if signed is None:
        return None  # "minus 5 people": no temperature, no reading with the sign
    value, j = signed
    if unit is None and aged is not None:
        unit = unit_info(aged[0])
    if unit is not None and unit.kind == "money" and currency is None:
        value, written, j = _with_subunits(ctx, value, written, j)
    if unit is not None and aged is None:
        unit, j = _rate(ctx, unit, j)
    age_end = _age_ending(ctx, j, unit)
    is_age = aged is not None or age_end is not None
    j = age_end if age_end is not None else j
    kind = unit.kind if unit else ("fraction" if _written_fraction(ctx, i, j, value)
                                   else "count")
    precision = ZERO if is_age else bare_precision(value, written, kind)
    if (unit is None or unit.kind == "count" and " / " not in unit.name) and not is_age:
        per = _per_count(ctx, j)
        if per is not None:  # "3 deaths per 1,000 people", "two people out of every 10,000"
            share, j = value / per[0], per[1]
            return Amount(share, share, precision=precision / per[0],
                          kind="fraction" if share <= 1 else "other"), j
    return Amount(value, value, precision=precision, unit=unit.name if unit else None,
                  kind=kind, age=is_age), j


# the units a sign word reads with ("minus 5C"); extract asks the same set
TEMPERATURES = frozenset({"degree_Celsius", "degree_Fahrenheit"})


def _signed(ctx: Context, sign, value: Fraction, unit, j: int):
    """(value, end) with a temperature's sign in words, before ("minus 5C") or after
    ("12 degrees Celsius below zero"); None for a sign word before no temperature."""
    temperature = unit is not None and unit.name in TEMPERATURES
    if sign is not None and not temperature:
        return None
    after = ctx.phrase(ctx.table.signs_after, j) if temperature and sign is None else None
    if after is not None:
        return -value, after[1]
    return (-value if sign is not None else value), j


def _written_fraction(ctx: Context, i: int, j: int, value: Fraction) -> bool:
    """ "3/4", "½" alone: a part of a whole, like "three-quarters"."""
    text = ctx.tokens[i].text
    return j == i + 1 and 0 < value < 1 and ("/" in text or text[-1:] in VULGAR)


def _number_or_one(ctx: Context, i: int, money: bool):
    """A number, or "a"/"an" standing for one before a unit ("a week ago")."""
    read = read_number(ctx.tokens, i, ctx.table, money=money, words=ctx.words)
    if read is not None:
        return read.value, read.precision, read.end
    if half_before_unit(ctx.words, i) and not money:
        # "half an hour", "half a metre"; not "half a village", no unit's half
        unit = match_unit(ctx, i + 2)
        if unit is not None and unit[0].kind not in ("count", "money"):
            return ONE_HALF, TENTH_PRECISION, i + 2
    if i < len(ctx.words) and ctx.words[i] in ctx.table.one_words:
        unit = match_unit(ctx, i + 1)
        if unit is not None and (unit[0].kind == "duration" or ctx.whole and unit[0].kind
                                 not in ("count", "money")):
            return Fraction(1), HALF, i + 1  # "a week ago"; a value "about a kilometre"
    return None


def _unit_after(ctx: Context, j: int, currency: str | None):
    """The unit after a number, allowing fillers between ("nine long months")."""
    if currency is not None:
        return unit_info(currency), j
    k = skip_fillers(ctx, j)
    found = match_unit(ctx, k)
    if found is None:
        return None, j
    return found


def _per_count(ctx: Context, j: int):
    """ "deaths per 1,000 people" after a count: (1000, the token after), else None.
    The counted noun may stand between; the per-count is whole and above one."""
    if j < len(ctx.tokens) and ctx.tokens[j].kind == "word" and _per_word(ctx, j) is None:
        j += 1  # the counted noun: "deaths"
    k = _per_word(ctx, j)
    if k is None or k >= len(ctx.tokens) or ctx.tokens[k].kind != "number":
        return None
    read = read_number(ctx.tokens, k, ctx.table, words=ctx.words)
    if read is None or read.value.denominator != 1 or read.value <= 1:
        return None
    end = read.end
    noun = match_unit(ctx, end)
    if noun is not None and noun[0].kind == "count":
        end = noun[1]  # "people", "residents"
    else:  # "inhabitants", "live births", "population" (not "out of every 10,000 die")
        end = next((k + 1 for k in (end, end + 1) if _per_noun(ctx, end, k)), end)
    return read.value, end


def _per_noun(ctx: Context, start: int, k: int) -> bool:
    """Tokens start..k are words no table knows, k's a noun of a whole ("inhabitants",
    "live births", "population")."""
    return k < len(ctx.tokens) and all(
        ctx.tokens[m].kind == "word" and ctx.words[m] not in ctx.table.vocabulary
        for m in range(start, k + 1)) and (
        ctx.words[k].endswith("s") or ctx.words[k] in _WHOLE_NOUNS)


# nouns of the whole a share is taken of that end in no "s" ("per 100 women")
_WHOLE_NOUNS = frozenset("population women men children people".split())


_PER_WORDS = (("per",), ("out", "of", "every"))
# in a claim's value only: in a text, "one latrine for every 20 people" counts latrines
_VALUE_PER_WORDS = (("for", "every"), ("in", "every"))


def _per_word(ctx: Context, j: int) -> int | None:
    """The token after "per" ("out of every", "for every") at token j, or None."""
    words = _PER_WORDS + _VALUE_PER_WORDS if ctx.whole else _PER_WORDS
    return next((j + len(per) for per in words
                 if tuple(ctx.words[j:j + len(per)]) == per), None)


def _with_subunits(ctx: Context, value: Fraction, written: Fraction, j: int):
    """ "3 dollars 50 cents": one amount, 3.50, exact to the subunit."""
    if j + 1 >= len(ctx.tokens) or ctx.tokens[j].kind != "number" \
            or not ctx.tokens[j].text.isdigit():
        return value, written, j
    per = ctx.table.money_subunits.get(ctx.words[j + 1])
    if per is None or int(ctx.tokens[j].text) >= per:
        return value, written, j
    return value + Fraction(int(ctx.tokens[j].text), per), Fraction(1, 2 * per), j + 2


def _rate(ctx: Context, unit, j: int):
    """ "$14.95 a month", "50 km per hour", "2,000 people a day": one unit per another,
    never "a month" read as a month of its own."""
    # "150,000 people annually": in a claim's value (in free text, as "40 bodies
    # daily", the count alone, as extract has always drafted it)
    adverb = ctx.table.rate_adverbs.get(ctx.words[j]) if ctx.whole and j < len(ctx.words) \
        else None
    if adverb is not None and adverb != unit.name:
        return replace(unit_info(f"{unit.name} / {adverb}"), kind=unit.kind), j + 1
    joined = ctx.phrase(ctx.table.rate_words, j)
    if joined is None:
        return unit, j
    per = match_unit(ctx, joined[1])
    if per is None or per[0].name == unit.name or " / " in per[0].name \
            or ctx.phrase(_breakers(ctx.table), per[1]) is not None:
        return unit, j
    return replace(unit_info(f"{unit.name} / {per[0].name}"), kind=unit.kind), per[1]


@per_table
def _breakers(table) -> PhraseIndex:
    return PhraseIndex(dict.fromkeys(table.rate_breakers, True))


def _age_ending(ctx: Context, j: int, unit) -> int | None:
    if unit is None or unit.name not in ("year", "month", "week", "day"):
        return None  # ("35-year-old"; a baby's "11-month-old")
    found = ctx.phrase(ctx.table.ages_after, j)
    return found[1] if found is not None else None


def match_range(ctx: Context, i: int) -> tuple[Amount, int] | None:
    """ "between A and B", "from A to B", "A to B", "A–B", "A or B": [A, B]."""
    aged = ctx.phrase(ctx.table.ages_before, i)  # "aged between 18 and 60"
    opener = ctx.phrase(ctx.table.range_openers, aged[1] if aged else i)
    if opener is None:
        aged = None  # "aged 18 to 60": the first amount reads "aged" itself
    start = opener[1] if opener is not None else i
    pair = read_pair(ctx, start, opener, match_amount)
    dashed = pair is not None and ctx.words[pair[1] - 1] in ("-", "–", "—")
    if pair is None or (not dashed and after_change(ctx, i)):
        return None  # "fell from 36,040 to 34,935", "rose 5% to 120": two values (but
        # "increase up to 100-110 kmph": a dash joins no change to its level)
    a, j, b, end = pair
    # "1.5 to 2 million": a scale word written only after B multiplies A too.
    scale = _scale_of(ctx, j, end) if _scale_of(ctx, start, j) == 1 else 1
    if scale != 1 and a.low * scale <= b.low:
        a = replace(a, low=a.low * scale, high=a.high * scale)
    combined = _combine_range(a, b, ctx.span_text(i, end))
    return (replace(combined, age=True) if aged else combined), end


def _scale_of(ctx: Context, i: int, end: int) -> Fraction:
    scale = Fraction(1)
    for word in ctx.words[i:end]:
        scale *= ctx.table.scales.get(word, 1)
    return scale


def _combine_range(a: Amount, b: Amount, text: str) -> Amount:
    if a.unit is not None and b.unit is not None and a.unit != b.unit:
        raise FactcheckError(f"the range {text!r} mixes {a.unit} and {b.unit}",
                             hint="write both ends in one unit")
    low = a.low
    if low > b.high:
        raise FactcheckError(f"the range {text!r} runs downwards",
                             hint="write the smaller number first")
    kind = b.kind if b.unit is not None else a.kind
    return Amount(low, b.high, unit=b.unit or a.unit, kind=kind, single=False,
                  age=a.age or b.age)


def _vague(ctx: Context, i: int) -> tuple[Amount, int] | None:
    """ "a few hundred people": a vague interval, times any scale words, in a unit."""
    found = ctx.phrase(ctx.table.vague, i)
    if found is None:
        return None
    spec, j = found
    label = ctx.span_text(i, j).lower()
    scale = Fraction(1)
    while j < len(ctx.words) and ctx.words[j] in ctx.table.scales:
        scale *= ctx.table.scales[ctx.words[j]]
        j += 1
    unit, j = _vague_unit(ctx, j)
    if unit is not None and ctx.whole:  # a value "hundreds of people a day" (in a text,
        unit, j = _rate(ctx, unit, j)  # "kill dozens of people every year" is a count)
    low = spec.low * scale if spec.low is not None else None
    high = spec.high * scale if spec.high is not None else None
    return Amount(low, high, spec.low_open, spec.high_open,
                  unit=unit.name if unit else None, kind=unit.kind if unit else "count",
                  single=False, label=label), j


def _vague_unit(ctx: Context, j: int):
    joined = ctx.phrase(ctx.table.vague_joiners, j)
    k = joined[1] if joined is not None else j
    found = match_unit(ctx, k)
    if found is None:
        return None, j
    return found


def _fraction(ctx: Context, i: int) -> tuple[Amount, int] | None:
    """ "half", "two-thirds": ± the table's margin around the nominal fraction."""
    found = ctx.phrase(ctx.table.fractions, i)
    if found is None:
        return None
    value, end = found
    return Amount(value, value, precision=ctx.table.fraction_margin, kind="fraction"), end


def match_proportion(ctx: Context, i: int) -> tuple[Amount, int] | None:
    """ "nearly all", "virtually the entire", "all": a fixed fraction of a group."""
    found = ctx.phrase(ctx.table.proportions, i)
    if found is None:
        return None
    spec, end = found
    return Amount(spec.low, spec.high, spec.low_open, spec.high_open, kind="fraction",
                  single=False, label=ctx.span_text(i, end).lower()), end
