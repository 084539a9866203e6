"""Quote search under hostile input: the chain of an elided quote ("a ... b ... c")
is found by zones, in time that does not grow with how often a piece occurs.

The zone search must give exactly the chain the first implementation gave (dynamic
programming over every occurrence, kept here as the reference), and stay fast where
that one took minutes: a quote of many short pieces against a long text.
"""

from __future__ import annotations

import bisect

import pytest
from hypothesis import given
from hypothesis import strategies as st

import fuzz_support as fz
from factcheck.checks import quote_match as quotes
from factcheck.checks.quote_match import MAX_OMISSIONS, fold, _pieces, find_quote
from timing import cpu_budget


def reference_chain(pieces, folded, gap):
    """The first implementation: every occurrence of every piece, one by one."""
    def occurrences(piece, haystack):
        found, at = [], haystack.find(piece)
        while at != -1:
            end = at + len(piece)
            if not (at > 0 and haystack[at].isalnum() and haystack[at - 1].isalnum()) and \
                    not (end < len(haystack) and haystack[end - 1].isalnum()
                         and haystack[end].isalnum()):
                found.append(at)
            at = haystack.find(piece, at + 1)
        return found

    reachable, previous_ends = [], []
    for number, piece in enumerate(pieces):
        level = []
        for at in occurrences(piece, folded.text):
            if number == 0:
                level.append((at, -1))
                continue
            back = bisect.bisect_right(previous_ends, folded.starts[at]) - 1
            if back >= 0 and folded.starts[at] - previous_ends[back] <= gap:
                level.append((at, back))
        if not level:
            return None
        reachable.append(level)
        previous_ends = [folded.ends[at + len(piece) - 1] for at, _ in level]
    positions, index = [], 0
    for level in reversed(reachable):
        at, back = level[index]
        positions.append(at)
        index = back
    return positions[::-1]


WORDS = ["a", "b", "ab", "a b", "1", "15", "é", "e\u0301", "“", "”", "-", "—", " ", "  ",
         "\n", ",", "x1", "ﬁ", "A", "B"]
texts = st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join)
quote_texts = st.lists(st.lists(st.sampled_from(WORDS[:12]), min_size=1, max_size=3)
                       .map(" ".join), min_size=1, max_size=6).map(" ... ".join)


@fz.fuzz_settings(400)
@given(text=texts, quote=quote_texts, gap=st.sampled_from([0, 1, 3, 8, 400]))
def test_the_zone_search_finds_the_chain_the_reference_finds(monkeypatch_gap, text, quote,
                                                             gap):
    monkeypatch_gap(gap)
    pieces = _pieces(quote)
    if not pieces:
        return
    folded = fold(text, True)
    assert quotes._chain(pieces, folded) == reference_chain(pieces, folded, gap)


@pytest.fixture
def monkeypatch_gap(monkeypatch):
    return lambda gap: monkeypatch.setattr(quotes, "MAX_GAP", gap)


@pytest.mark.parametrize("text, quote", [
    ("a " * 50_000, " ... ".join(["a"] * MAX_OMISSIONS) + " ... b"),  # b nowhere
    ("b " + "a " * 50_000, " ... ".join(["a"] * MAX_OMISSIONS) + " ... b"),  # b too early
    ("a " * 50_000 + "b", " ... ".join(["a"] * MAX_OMISSIONS) + " ... b"),  # found
    ("a " * 50_000, "a " * 2000 + "b"),
    ("aa" * 50_000, " ... ".join(["a"] * (MAX_OMISSIONS + 1))),  # no word boundary
])
def test_many_short_pieces_in_a_long_text_are_fast(text, quote):
    find_quote("warm up", text)  # the text's folding is cached: time the search only
    with cpu_budget(0.1, "the search"):
        find_quote(quote, text)


def test_a_quote_with_too_many_omissions_is_never_found():
    quote = " ... ".join(["a"] * (MAX_OMISSIONS + 2))
    assert quotes.too_many_omissions(quote) == MAX_OMISSIONS + 1
    assert find_quote(quote, "a " * 100) is None
    assert quotes.too_many_omissions("a ... b") is None
