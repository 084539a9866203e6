"""Which tokens can start a value phrase, so the scan asks the grammar only there.

A value phrase starts with a number, an ISO date, or the first word of a phrase in
one of the table's starting sections (qualifiers, fillers, ranges, vague words,
proportions, fractions, currency symbols, ages, dates...). Sections that only follow
a number (units, "ago", "of", range infixes) are left out. Trying the grammar at
every token gives the same mentions, about ten times slower.
"""

from __future__ import annotations

from ..grammar.table import PhraseIndex, PhraseTable

_FOLLOWERS = ("units", "currency_words", "ages_after", "range_infixes", "vague_joiners",
              "qualifiers_after", "times_of_day", "ago", "fillers")
_CACHE: dict[int, tuple[PhraseTable, frozenset[str]]] = {}


def starting_words(table: PhraseTable) -> frozenset[str]:
    cached = _CACHE.get(id(table))
    if cached is not None and cached[0] is table:
        return cached[1]
    words = _collect(table)
    _CACHE[id(table)] = (table, words)
    return words


def _collect(table: PhraseTable) -> frozenset[str]:
    words: set[str] = set()
    for owner in (table, table.dates):
        for name, value in vars(owner).items():
            if isinstance(value, PhraseIndex) and name not in _FOLLOWERS:
                words |= value.first_words()
    words |= table.fillers.first_words()  # "just over", "somewhere between"
    words |= set(table.ones) | set(table.teens) | set(table.tens) | set(table.scales)
    words |= table.one_words
    return frozenset(words)


# A phrase that starts with a weak word ("on", "the", "some", "over") must reach a
# strong token (a number, a month, "hundreds", "entire", "week" ...) within REACH tokens.
REACH = 8
_STRONG_SECTIONS = ("vague", "proportions", "fractions", "months", "weekdays",
                    "relative_days", "relative_weeks", "relative_weekends", "rolling",
                    "month_parts")
_FUNCTION = frozenset("a an the of on in over to from for by at during and or".split())
_STRONG: dict[int, tuple[PhraseTable, frozenset[str]]] = {}


def strong_words(table: PhraseTable) -> frozenset[str]:
    cached = _STRONG.get(id(table))
    if cached is not None and cached[0] is table:
        return cached[1]
    words: set[str] = set()
    for owner in (table, table.dates):
        for name, value in vars(owner).items():
            if isinstance(value, PhraseIndex) and name in _STRONG_SECTIONS:
                words |= value.words
    words |= set(table.ones) | set(table.teens) | set(table.tens) | set(table.scales)
    words |= _duration_words(table)  # "a week ago", "an hour"
    found = frozenset(words - _FUNCTION)
    _STRONG[id(table)] = (table, found)
    return found


def candidates(tokens, table: PhraseTable) -> list[bool]:
    """For each token: may a value phrase start here?"""
    starters, strong = starting_words(table), strong_words(table)
    n = len(tokens)
    is_strong = [t.kind in ("number", "isodate") or t.low in strong for t in tokens]
    next_strong = [n + REACH] * (n + 1)
    for k in range(n - 1, -1, -1):
        next_strong[k] = k if is_strong[k] else next_strong[k + 1]
    return [is_strong[k] or (tokens[k].low in starters and next_strong[k] - k <= REACH)
            for k in range(n)]


def _duration_words(table: PhraseTable) -> set[str]:
    from ..grammar.context import unit_info

    words = set()
    for phrase, unit in table.raw.get("units", {}).items():
        try:
            if unit_info(str(phrase if unit is True else unit)).kind == "duration":
                words.add(phrase.lower())
        except Exception:  # noqa: BLE001 - a user's odd unit cannot start a phrase
            continue
    return words
