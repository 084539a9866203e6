"""Scale suffixes after a number's digits: "€5m", "1.2m people", "40k", and after a
currency "EUR 150 M"; an "m" that is the metre ("1.8m tall", "the 100m") is none."""

from __future__ import annotations


def spaced_money_suffix(tokens, words, j, table) -> int | None:
    """The scale of a money suffix set apart from a sum's digits: "EUR 150 M", "€5 m".
    After a currency no "m" is the metre."""
    if j >= len(tokens) or not tokens[j].space_before or tokens[j].kind != "word" \
            or words[j] in table.scales:
        return None
    if j + 1 < len(tokens) and not tokens[j + 1].space_before \
            and tokens[j + 1].kind in ("word", "number"):
        return None  # "$5 mAh": a longer word
    return table.money_suffixes.get(words[j])


# Words after "1.2m" that leave the "m" a million although no noun follows.
_NOT_NOUNS = frozenset("""the a an of in on at by for to from with and or but this that
than as its their his her our since after before during last next this year years
set overnight today yesterday tonight""".split())  # ("13.95m set in 2022", "2.5m overnight")


def glued_suffix(tokens, words, i, table, money) -> int | None:
    """The scale of a suffix written straight after the digits ("€5m", "1.2m", "40k").

    Money takes the money suffixes. Elsewhere a suffix from the table's
    `numbers.suffixes`, except an "m" that is the metre: before a measure word
    ("1.8m tall"), after a length's words ("surges of up to 1.5m"), or on a whole
    number or one of two or more decimals with no noun after it ("the 100m in 9.58
    seconds", "cleared 2.06m")."""
    j = i + 1
    if j >= len(tokens) or tokens[j].space_before or tokens[j].kind != "word":
        return None
    if j + 1 < len(tokens) and not tokens[j + 1].space_before \
            and tokens[j + 1].kind in ("word", "number"):
        return None  # "5mAh", "3m2": the suffix is part of a longer word
    suffixes = table.money_suffixes if money else table.number_suffixes
    scale = suffixes.get(words[j])
    if scale is None or money or tokens[j].text != "m":
        return scale
    after = words[j + 1] if j + 1 < len(words) and tokens[j + 1].kind == "word" else None
    if after in table.metre_words or _imperial_length_after(tokens, words, j + 1):
        return None
    decimals = len(tokens[i].text.partition(".")[2])
    noun_after = after is not None and after not in _NOT_NOUNS
    if noun_after and decimals != 1 and _one_thing(after):
        return None  # "The 3,125m volcano", "a 400m race": a length that describes
        # one thing (not "2m people", "1,200m tonnes", "2m displaced", "2m more")
    if not noun_after and _LENGTH_BEFORE.intersection(words[max(0, i - 4):i]):
        return None
    return scale if decimals == 1 or noun_after else None


# "tidal surges of up to 1.5m", "the river peaked at 9.8m": a length's words before it
_LENGTH_BEFORE = frozenset("""surge surges wave waves tide tides depth height level levels
swell swells high peak crest crested cresting river water""".split())
# "2.5m (8ft) of rain": a length converted to feet or inches in brackets says metre
_IMPERIAL_LENGTHS = frozenset("ft feet foot in inches inch yd yards yard".split())


def _imperial_length_after(tokens, words, k: int) -> bool:
    return (k + 2 < len(tokens) and tokens[k].text == "(" and tokens[k + 1].kind == "number"
            and tokens[k + 2].kind == "word" and words[k + 2] in _IMPERIAL_LENGTHS)


# words after a count that are no singular noun: plurals without an "s", quantifiers
_NO_ONE_THING = frozenset("""people children men women police cattle sheep livestock fish
poultry personnel staff youth folk more less fewer extra additional new other total
worldwide globally annually nationwide strong""".split())


def _one_thing(word: str) -> bool:
    """Whether `word` reads as a singular noun ("volcano", "race", "wall")."""
    return word.isalpha() and word not in _NO_ONE_THING \
        and not word.endswith(("s", "ed", "ing", "ly"))
