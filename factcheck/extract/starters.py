"""Which tokens can start a value phrase, so the scan asks the grammar only there.

A value phrase starts with a number, an ISO date, or the first word of a phrase in
one of the table's starting sections (qualifiers, fillers, ranges, vague words,
proportions, fractions, currency symbols, ages, dates...). Sections that only follow
a number (units, "ago", "of", range infixes) are left out. Trying the grammar at
every token gives the same mentions, about ten times slower.
"""

from __future__ import annotations

from ..grammar.table import PhraseIndex, PhraseTable, per_table

_FOLLOWERS = ("units", "currency_words", "ages_after", "range_infixes", "vague_joiners",
              "qualifiers_after", "times_of_day", "ago", "fillers", "rate_words",
              "changes")


@per_table
def starting_words(table: PhraseTable) -> frozenset[str]:
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
                    "relative_days", "holidays", "relative_weeks", "relative_weekends", "rolling",
                    "month_parts")
_FUNCTION = frozenset("a an the of on in over to from for by at during and or".split())
_NUMERIC = frozenset(("number", "isodate", "slashed"))


@per_table
def strong_words(table: PhraseTable) -> frozenset[str]:
    words: set[str] = set()
    for owner in (table, table.dates):
        for name, value in vars(owner).items():
            if isinstance(value, PhraseIndex) and name in _STRONG_SECTIONS:
                words |= value.words
    words |= set(table.ones) | set(table.teens) | set(table.tens) | set(table.scales)
    words |= _duration_words(table)  # "a week ago", "an hour"
    return frozenset(words - _FUNCTION)


@per_table
def _either(table: PhraseTable) -> frozenset[str]:
    return starting_words(table) | strong_words(table)


def candidates(tokens, table: PhraseTable) -> list[int]:
    """The indices of the tokens where a value phrase may start, in text order."""
    strong, either = strong_words(table), _either(table)
    found: list[int] = []
    waiting: list[int] = []  # weak starters since the last strong token
    # Most tokens are neither strong nor starters: a comprehension skips them fast.
    for k in [k for k, t in enumerate(tokens) if t.low in either or t.kind in _NUMERIC]:
        if tokens[k].kind in _NUMERIC or tokens[k].low in strong:
            found += [w for w in waiting if k - w <= REACH]
            waiting.clear()
            found.append(k)
        else:
            waiting.append(k)
    return found


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
