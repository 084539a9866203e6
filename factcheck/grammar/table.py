"""The phrase table of the value grammar, loaded from `data/phrases.toml`.

The table is data; this module only turns it into lookup structures. Every section
is a mapping phrase -> value. `load_table(extra)` merges a user's table over the
shipped one: nested mappings merge key by key, a phrase given the value `false`
is removed, any other value replaces the shipped one.
"""

from __future__ import annotations

import difflib
import tomllib
from dataclasses import dataclass, field
from fractions import Fraction
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from ..findings import FactcheckError
from .tokens import phrase_key

QUALIFIER_RULES = ("estimate", "above", "at_least", "below", "at_most", "nearly", "exactly")


@dataclass(frozen=True)
class Spec:
    """An interval as written in the table: "[24, 100)"."""

    low: Fraction | None
    high: Fraction | None
    low_open: bool
    high_open: bool


class PhraseIndex:
    """Phrases (tuples of lower-case token texts) -> value, searched longest first."""

    def __init__(self, mapping: dict[str, Any], convert=lambda value: value):
        self._by_first: dict[str, list[tuple[tuple[str, ...], Any]]] = {}
        self.words: set[str] = set()
        for phrase, value in mapping.items():
            if value is False:
                continue
            key = phrase_key(phrase)
            if not key:
                raise FactcheckError(f"empty phrase {phrase!r} in the phrase table")
            converted = convert(phrase if value is True else value)
            self._by_first.setdefault(key[0], []).append((key, converted))
            self.words.update(key)
        for entries in self._by_first.values():
            entries.sort(key=lambda entry: -len(entry[0]))

    def match(self, words: list[str], i: int):
        """The longest phrase starting at words[i]: (value, end) or None."""
        # The grammar asks this tens of times per token, nearly always in vain:
        # the first-word lookup decides most calls before any slicing.
        entries = self._by_first.get(words[i]) if i < len(words) else None
        if entries is None:
            return None
        for key, value in entries:
            end = i + len(key)
            if end == i + 1 or tuple(words[i:end]) == key:  # one word: already matched
                return value, end
        return None

    def phrases(self) -> list[tuple[str, ...]]:
        """Every phrase of the index, as its words."""
        return [key for entries in self._by_first.values() for key, _ in entries]

    def first_words(self) -> frozenset[str]:
        """The words a phrase of this index can start with."""
        return frozenset(self._by_first)

    def __contains__(self, phrase: str) -> bool:
        key = phrase_key(phrase)
        return any(k == key for k, _ in self._by_first.get(key[0] if key else "", ()))


@dataclass(frozen=True)
class PhraseTable:
    raw: dict
    estimate_tolerance: Fraction  # the ± of "about", "estimated" (qualifiers.settings)
    ones: dict[str, int]
    teens: dict[str, int]
    tens: dict[str, int]
    scales: dict[str, int]
    one_words: frozenset[str]
    number_joiners: frozenset[str]
    qualifiers_before: PhraseIndex
    qualifiers_after: PhraseIndex
    estimate_nouns: PhraseIndex
    estimate_noun_max_words: int
    estimate_noun_joiner: str
    range_openers: PhraseIndex
    range_infixes: PhraseIndex
    vague: PhraseIndex
    vague_joiners: PhraseIndex
    proportions: PhraseIndex
    fractions: PhraseIndex
    fraction_margin: Fraction
    fillers: PhraseIndex
    units: PhraseIndex
    currency_symbols: PhraseIndex
    currency_words: PhraseIndex
    money_suffixes: dict[str, int]
    money_subunits: dict[str, int]
    ages_before: PhraseIndex
    ages_after: PhraseIndex
    dates: DateTable
    number_suffixes: dict[str, int] = field(default_factory=dict)  # "1.2m", "40k"
    ordinals: frozenset[str] = frozenset()  # "fifth": "twenty-fifth" counts nothing
    glued_units: dict[str, str] = field(default_factory=dict)  # "41C": exact case
    metre_words: frozenset[str] = frozenset()  # "1.8m tall": the metre
    rate_words: PhraseIndex | None = None  # "a", "per", "/": "$14.95 a month"
    signs_before: PhraseIndex | None = None  # "minus 5C"
    signs_after: PhraseIndex | None = None  # "12 degrees Celsius below zero"
    rate_breakers: frozenset[str] = frozenset()  # "a year ago": no rate
    rate_adverbs: dict[str, str] = field(default_factory=dict)  # "annually": a year
    changes: PhraseIndex | None = None  # verb of change -> "up" | "down"
    change_between: frozenset[str] = frozenset()  # "rose by 5%", "fell sharply 5%"
    street_words: frozenset[str] = frozenset()  # "10 Downing Street": a name
    # Change words as ratios, whole values only: "doubled" 2, "3 times", "rose by".
    ratio_words: PhraseIndex | None = None
    ratio_margin: Fraction = Fraction(1, 20)
    ratio_times: PhraseIndex | None = None
    ratio_by: PhraseIndex | None = None
    ratio_comparatives: PhraseIndex | None = None
    value_fillers: PhraseIndex | None = None  # "an average of": claim values only
    value_qualifiers: PhraseIndex | None = None  # "within 10 km": claim values only
    vocabulary: frozenset[str] = field(default=frozenset())

    def decimal_mark(self, language: str | None) -> str:
        """ "." or "," for an IETF language tag ("de", "pt-BR"); None is English.

        An unknown language is an error: ignoring it would misread its numbers."""
        if language is None:
            return "."
        marks = self.raw.get("languages", {})
        tag = str(language).strip().lower().replace("_", "-")
        found = marks.get(tag, marks.get(tag.split("-")[0]))
        if found not in ("point", "comma"):
            known = ", ".join(sorted(k for k, v in marks.items() if v in ("point", "comma")))
            raise FactcheckError(f"unknown language {language!r}: its decimal mark is not "
                                 "known", hint=f"use one of {known}")
        return "." if found == "point" else ","

    def suggest(self, word: str) -> str | None:
        """A did-you-mean hint for an unknown word, from the table's vocabulary."""
        candidates = sorted(w for w in self.vocabulary if len(w) > 2)
        close = difflib.get_close_matches(word.lower(), candidates, n=1)
        return f"did you mean {close[0]!r}?" if close else None


@dataclass(frozen=True)
class DateTable:
    year_min: int
    year_max: int
    months: PhraseIndex
    weekdays: PhraseIndex
    capitalised: frozenset[str]
    month_parts: PhraseIndex
    day_parts: PhraseIndex  # "late Thursday"
    ordinals: frozenset[str]
    prepositions: PhraseIndex
    times_of_day: PhraseIndex
    relative_days: PhraseIndex
    holidays: PhraseIndex
    relative_weeks: PhraseIndex
    relative_weekends: PhraseIndex
    relative_months: PhraseIndex
    relative_years: PhraseIndex
    relative_weekdays: PhraseIndex
    rolling: PhraseIndex
    ago: PhraseIndex
    future_markers: PhraseIndex
    future_openers: frozenset[str]  # "until" ... and a present verb: a time to come
    present_verbs: frozenset[str]


def per_table(compute):
    """compute(table), worked out once per phrase table (tables never change)."""
    cache: dict[int, tuple[PhraseTable, Any]] = {}

    def get(table: PhraseTable):
        found = cache.get(id(table))
        if found is None or found[0] is not table:
            found = cache[id(table)] = (table, compute(table))
        return found[1]

    return get


def parse_spec(text: str) -> Spec:
    """ "[24, 100)" -> Spec(24, 100, closed, open); "inf" is an unbounded end."""
    text = str(text).strip()
    if len(text) < 5 or text[0] not in "[(" or text[-1] not in "])" or "," not in text:
        raise FactcheckError(f"bad interval {text!r} in the phrase table",
                             hint='write it like "[24, 100)"')
    low_text, high_text = (part.strip() for part in text[1:-1].split(",", 1))
    return Spec(_bound(low_text), _bound(high_text), text[0] == "(", text[-1] == ")")


def _bound(text: str) -> Fraction | None:
    if text.lower() in ("inf", "-inf", "∞"):
        return None
    return to_fraction(text)


def to_fraction(value) -> Fraction:
    try:
        return Fraction(str(value).strip())
    except (ValueError, ZeroDivisionError):
        raise FactcheckError(f"bad number {value!r} in the phrase table") from None


def _rule(value) -> str:
    if value not in QUALIFIER_RULES:
        raise FactcheckError(f"unknown qualifier rule {value!r} in the phrase table",
                             hint="one of " + ", ".join(QUALIFIER_RULES))
    return value


def _flags(section: dict) -> frozenset[str]:
    return frozenset(k.lower() for k, v in section.items() if v is not False)


def _ints(section: dict) -> dict[str, int]:
    return {k.lower(): int(v) for k, v in section.items() if v is not False}


def merge(base: dict, extra: dict) -> dict:
    """`extra` over `base`: mappings merge key by key; other values replace."""
    merged = dict(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def _month_day(value: str) -> tuple[int, int]:
    """ "12-25" -> (12, 25): a day of every year."""
    month, day = (int(part) for part in str(value).split("-"))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        raise ValueError(f"{value!r} is no month-day")
    return month, day


def build(raw: dict) -> PhraseTable:
    """Lookup structures for a table read from TOML."""
    try:
        return _build(raw)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise FactcheckError(f"phrase table is incomplete or malformed: {error}") from None


def _build(raw: dict) -> PhraseTable:
    numbers, quals, dates = raw["numbers"], raw["qualifiers"], raw["dates"]
    noun_settings = quals.get("estimate_noun_settings", {})
    index = PhraseIndex
    date_table = DateTable(
        year_min=int(dates["settings"]["year_min"]),
        year_max=int(dates["settings"]["year_max"]),
        months=index(dates["months"], int),
        weekdays=index(dates["weekdays"], int),
        capitalised=_flags(dates.get("capitalised", {})),
        month_parts=index(dates["month_parts"], parse_spec),
        day_parts=index(dates.get("day_parts", {})),
        ordinals=_flags(dates.get("ordinals", {})),
        prepositions=index(dates.get("prepositions", {})),
        times_of_day=index(dates.get("times_of_day", {})),
        relative_days=index(dates["relative_days"], int),
        holidays=index(dates.get("holidays", {}), _month_day),
        relative_weeks=index(dates["relative_weeks"], int),
        relative_weekends=index(dates["relative_weekends"], _int_or_name),
        relative_months=index(dates.get("relative_months", {}), int),
        relative_years=index(dates.get("relative_years", {}), int),
        relative_weekdays=index(dates.get("relative_weekdays", {}), int),
        rolling=index(dates["rolling"]),
        ago=index(dates["ago"]),
        future_markers=index(dates.get("future_markers", {})),
        future_openers=_flags(dates.get("future_openers", {})),
        present_verbs=_flags(dates.get("present_verbs", {})),
    )
    table = PhraseTable(
        raw=raw,
        estimate_tolerance=to_fraction(
            quals.get("settings", {}).get("estimate_tolerance", "1/10")),
        ones=_ints(numbers["ones"]),
        teens=_ints(numbers["teens"]),
        tens=_ints(numbers["tens"]),
        scales=_ints(numbers["scales"]),
        one_words=_flags(numbers.get("one_words", {})),
        number_joiners=_flags(numbers.get("joiners", {})),
        qualifiers_before=index(quals["before"], _rule),
        qualifiers_after=index(quals.get("after", {}), _rule),
        estimate_nouns=index(quals.get("estimate_noun", {}), _rule),
        estimate_noun_max_words=int(noun_settings.get("max_words", 3)),
        estimate_noun_joiner=str(noun_settings.get("joiner", "of")).lower(),
        range_openers=index(raw["ranges"]["openers"], lambda v: phrase_key(v)),
        range_infixes=index(raw["ranges"]["infixes"]),
        vague=index(raw["vague"], parse_spec),
        vague_joiners=index(raw.get("vague_joiners", {})),
        proportions=index(raw["proportions"], parse_spec),
        fractions=index(raw["fractions"]["words"], to_fraction),
        fraction_margin=to_fraction(raw["fractions"]["settings"]["margin"]),
        fillers=index(raw.get("filler", {})),
        units=index(raw["units"], str),
        currency_symbols=index(raw["money"]["symbols"], str),
        currency_words=index(_with_codes(raw["money"]), str),
        money_suffixes=_ints(raw["money"].get("suffixes", {})),
        money_subunits=_ints(raw["money"].get("subunits", {})),
        ages_before=index(raw["ages"]["before"], str),
        ages_after=index(raw["ages"]["after"]),
        dates=date_table,
        number_suffixes=_ints(numbers.get("suffixes", {})),
        ordinals=_flags(numbers.get("ordinals", {})),
        glued_units={k: str(v) for k, v in raw.get("units_glued", {}).items()
                     if v is not False},
        metre_words=_flags(raw.get("metre_words", {})),
        rate_words=index(raw.get("rate_words", {})),
        signs_before=index(raw.get("temperature_signs", {}).get("before", {}), int),
        signs_after=index(raw.get("temperature_signs", {}).get("after", {}), int),
        rate_breakers=_flags(raw.get("rate_breakers", {})),
        rate_adverbs={k: str(v) for k, v in raw.get("rate_adverbs", {}).items()},
        changes=index(_changes(raw.get("change", {}))),
        change_between=_flags(raw.get("change", {}).get("between", {})),
        street_words=_flags(raw.get("names", {}).get("street_words", {})),
        ratio_words=index(raw.get("ratios", {}).get("words", {}), to_fraction),
        ratio_margin=to_fraction(raw.get("ratios", {}).get("settings", {}).get(
            "margin", "0.05")),
        ratio_times=index(raw.get("ratios", {}).get("times", {})),
        ratio_by=index(raw.get("ratios", {}).get("by", {})),
        ratio_comparatives=index(raw.get("ratios", {}).get("comparatives", {})),
        value_fillers=index(raw.get("value_filler", {})),
        value_qualifiers=index(quals.get("value_before", {}), _rule),
    )
    object.__setattr__(table, "vocabulary", _vocabulary(table))
    return table


def _int_or_name(value):  # a week's offset, or "latest": "over the weekend"
    return value if value == "latest" else int(value)


def _changes(section: dict) -> dict[str, str]:
    """Verbs of change, each to the direction it gives."""
    return {phrase: direction for direction in ("up", "down")
            for phrase, on in section.get(direction, {}).items() if on is not False}


def _vocabulary(table: PhraseTable) -> frozenset[str]:
    words: set[str] = set()
    for value in (*vars(table).values(), *vars(table.dates).values()):
        if isinstance(value, PhraseIndex):
            words |= value.words
        elif isinstance(value, (dict, frozenset)) and value is not table.raw:
            words |= {w for w in value if isinstance(w, str)}
    return frozenset(w for w in words if w.isalpha())


def _read_toml(source: str | Path) -> dict:
    try:
        with open(source, "rb") as handle:
            return tomllib.load(handle)
    except OSError as error:
        raise FactcheckError(f"cannot read phrase table {str(source)!r}: "
                             f"{error.strerror}") from None
    except tomllib.TOMLDecodeError as error:
        raise FactcheckError(f"phrase table {str(source)!r} is not valid TOML: "
                             f"{error}") from None


@cache
def _shipped_raw() -> dict:
    path = resources.files("factcheck") / "data" / "phrases.toml"
    return tomllib.loads(path.read_text(encoding="utf-8"))


@cache
def default_table() -> PhraseTable:
    """The shipped table, loaded once."""
    return build(_shipped_raw())


def load_table(extra: str | Path | dict | None = None) -> PhraseTable:
    """The shipped table with a user's table (a TOML file or a mapping) merged over it."""
    if extra is None:
        return default_table()
    extra_raw = extra if isinstance(extra, dict) else _read_toml(extra)
    return build(merge(_shipped_raw(), extra_raw))


def _with_codes(money: dict) -> dict:
    """The words after an amount, and every ISO code of `symbols` ("500 KES", "KES 500")."""
    codes = {key: value for key, value in money["symbols"].items()
             if len(key) == 3 and key.isalpha() and key.upper() == value}
    return {**codes, **money["words"]}
