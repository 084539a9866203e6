"""Numbers in digits, in every form news prints them, to one canonical spelling.

The tokeniser finds a number with `number_pattern(mark)` and hands the grammar its
canonical text: digit groups as commas, the decimal mark as a point, powers as an
exponent ("1.2×10^6" -> "1.2e6", "10⁵" -> "1e5"), fractions kept ("3/4", "3½").
`digits_value` reads a canonical text as an exact Fraction with its written
precision.

- Groups: comma (723,000), South Asian (7,23,000), space, no-break or thin space
  (100 000), apostrophe (1'000'000); with a decimal comma (German, French ...) dot
  groups (100.000) and a comma before the decimals (2,5); in English, a decimal
  comma before a scale word ("2,7 million").
- Decimals of any length, a leading point (.5), scientific notation (1.2e6), powers
  of ten (1.2×10^6, 10⁵), vulgar fractions (½, 3½) and proper slash fractions
  (3/4). Other slashed digits (5/17/2018, 24/7, 9/11) are one `slashed` token: a
  date, an identifier or odds, never a number.
- Digits of other scripts (Arabic-Indic, Persian, Devanagari, full-width) read as
  their values: `ascii_digits` maps them one character for one, so offsets hold.
"""

from __future__ import annotations

import functools
import re
from fractions import Fraction

from ..findings import FactcheckError

MAX_INTEGER_DIGITS = 30
MAX_DECIMALS = 12
MAX_EXPONENT = 30

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
VULGAR = {"¼": Fraction(1, 4), "½": Fraction(1, 2), "¾": Fraction(3, 4),
          "⅐": Fraction(1, 7), "⅑": Fraction(1, 9), "⅒": Fraction(1, 10),
          "⅓": Fraction(1, 3), "⅔": Fraction(2, 3), "⅕": Fraction(1, 5),
          "⅖": Fraction(2, 5), "⅗": Fraction(3, 5), "⅘": Fraction(4, 5),
          "⅙": Fraction(1, 6), "⅚": Fraction(5, 6), "⅛": Fraction(1, 8),
          "⅜": Fraction(3, 8), "⅝": Fraction(5, 8), "⅞": Fraction(7, 8)}
# Denominators a slash fraction in running text has ("3/4", "1/10"); "9/11" and
# "24/7" are names.
FRACTION_DENOMINATORS = frozenset((2, 3, 4, 5, 8, 10, 16, 100))
_SPACES = " \u00a0\u2009\u202f"
_VULGAR_CLASS = "".join(VULGAR)
_SUPER_CLASS = SUPERSCRIPTS + "⁻⁺"

# Digits of other scripts, one for one, and the Arabic decimal and group marks.
_SCRIPT_ZEROS = (0x0660, 0x06F0, 0x0966, 0x09E6, 0xFF10)
_TO_ASCII = {zero + k: ord("0") + k for zero in _SCRIPT_ZEROS for k in range(10)}
_TO_ASCII.update({0x066B: ord("."), 0x066C: ord(","), 0xFF0C: ord(","), 0xFF0E: ord(".")})
_FOREIGN = re.compile("[" + "".join(f"{chr(z)}-{chr(z + 9)}" for z in _SCRIPT_ZEROS)
                      + "\u066b\u066c]")


def ascii_digits(text: str) -> str:
    """The text with other scripts' digits as ASCII ones, same length."""
    return text.translate(_TO_ASCII) if _FOREIGN.search(text) else text


def number_pattern(mark: str) -> str:
    """A regular expression for one number whose decimal mark is `mark` ("." or ",").

    Bounded repetition shapes only: no backtracking blow-up."""
    group = "," if mark == "." else r"\."
    point = re.escape(mark)
    wholes = [r"[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}"] if mark == "." else []
    wholes += [rf"[0-9]{{1,3}}(?:{group}[0-9]{{3}})+",     # 723,000 (100.000)
               r"[0-9]{1,3}(?:['’][0-9]{3})+",             # 1'000'000
               rf"[0-9]{{1,3}}(?:[{_SPACES}][0-9]{{3}})+",  # 100 000
               r"[0-9]+"]
    integer = "(?:" + "|".join(wholes) + ")(?![0-9])"
    if mark == ".":  # "2,7 million": a decimal comma, as no group has two digits
        integer = f"(?:{_COMMA_DECIMAL}|{integer})"
    power = rf"(?:\^[+-]?[0-9]{{1,2}}|[{_SUPER_CLASS}]{{1,3}})(?![0-9])"
    return (r"(?:[0-9]{1,3}[ \u00a0][0-9]{1,2}/[0-9]{1,2}(?![0-9/])"  # 2 1/2
            rf"|[0-9]{{1,3}}[ \u00a0][{_VULGAR_CLASS}]"             # 2 ½
            r"|[0-9]{1,4}/[0-9]{1,4}(?:/[0-9]{1,4})*(?![0-9/])"    # 3/4, 5/17/2018
            rf"|[0-9]{{0,3}}[{_VULGAR_CLASS}]"                      # 3½, ½
            rf"|10{power}"                                           # 10⁵, 10^5
            rf"|(?:{integer}(?:{point}[0-9]+)?|(?<![^\s(\[]){point}[0-9]+)"
            r"(?:[eE][+-]?[0-9]{1,2}(?![0-9A-Za-z])"                # 1.2e6
            rf"|[ ]?[×xX][ ]?10{power})?)")                          # 1.2×10^6


# An English text may print the decimal comma of its writers' language before a
# scale word ("some 2,7 million people"); three digits after it are a group.
_COMMA_DECIMAL = (r"[0-9]{1,3},[0-9]{1,2}(?=[ \u00a0-]?(?:million|billion|trillion|mln|bn)"
                  r"(?![A-Za-z]))")
_COMMA_DECIMAL_PIECE = re.compile(r"[0-9]{1,3},[0-9]{1,2}")


def is_slashed(piece: str) -> bool:
    """Slashed digits that are not a proper fraction: a date, identifier or odds (the
    fraction of a mixed number, "2 1/2", is its last part)."""
    parts = piece.rsplit(" ", 1)[-1].split("/")
    if len(parts) != 2:
        return len(parts) > 2
    top, bottom = int(parts[0]), int(parts[1])
    return not (0 < top < bottom and bottom in FRACTION_DENOMINATORS)


_MIXED = re.compile(rf"([0-9]{{1,3}})[ \u00a0]([0-9]{{1,2}}/[0-9]{{1,2}}|[{_VULGAR_CLASS}])")
_GROUPS = re.compile(rf"(?<=[0-9])[{_SPACES}'’](?=[0-9]{{3}})")
_POWER = re.compile(rf"(?:[ ]?[×xX][ ]?)?10(?:\^([+-]?[0-9]+)|([{_SUPER_CLASS}]+))$")
_FROM_SUPER = str.maketrans(SUPERSCRIPTS + "⁻⁺", "0123456789-+")


def canonical(piece: str, mark: str = ".") -> str:
    """The spelling `digits_value` reads: comma groups, point decimals, e-exponent."""
    if mark == "," or _COMMA_DECIMAL_PIECE.fullmatch(piece):
        piece = piece.replace(".", "\0").replace(",", ".").replace("\0", ",")
    mixed = _MIXED.fullmatch(piece)
    if mixed:  # "2 1/2", "2 ½": one number
        return f"{mixed.group(1)} {mixed.group(2)}" if "/" in piece else \
            mixed.group(1) + mixed.group(2)
    if (piece.isascii() and piece.isdigit()) or "/" in piece:
        return piece
    piece = _GROUPS.sub(",", piece)
    power = _POWER.search(piece)
    if power is not None:
        exponent = power.group(1) or power.group(2).translate(_FROM_SUPER)
        base = piece[:power.start()] or "1"
        piece = f"{base}e{int(exponent)}"
    return piece


# The same figures come back in values, quotes and texts ("18,000" in a claim's
# value and its quote): each spelling is read once (Fractions do not change).
@functools.lru_cache(maxsize=8192)
def digits_value(text: str) -> tuple[Fraction, Fraction]:
    """A canonical number -> (value, half a unit of the last digit written).

    "1,234.5" -> (1234.5, 0.05); "1.2e6" -> (1200000, 50000); "3/4" and "3½" are
    exact. A sign in front is kept ("-5", "+2.5")."""
    sign = -1 if text[:1] in "-−" else 1
    bare = text.lstrip("-−+").replace(",", "")
    if "/" in bare:
        whole, _, fraction = bare.rpartition(" ")  # "2 1/2"
        top, _, bottom = fraction.partition("/")
        return sign * (int(whole or 0) + Fraction(int(top), int(bottom))), Fraction(0)
    if bare[-1:] in VULGAR:
        whole = int(bare[:-1]) if bare[:-1] else 0
        return sign * (whole + VULGAR[bare[-1]]), Fraction(0)
    mantissa, _, exponent = bare.lower().partition("e")
    integer, _, decimals = mantissa.partition(".")
    if len(integer.lstrip("0")) > MAX_INTEGER_DIGITS or len(decimals) > MAX_DECIMALS \
            or (exponent and abs(int(exponent)) > MAX_EXPONENT):
        raise FactcheckError(f"the number {text!r} is too long to be a real figure",
                             hint=f"write at most {MAX_INTEGER_DIGITS} digits")
    # Fraction(str) would parse with a regular expression, ten times slower.
    value = Fraction(int(integer + decimals or "0"), 10 ** len(decimals))
    precision = Fraction(1, 2 * 10 ** len(decimals))
    if exponent:
        scale = Fraction(10) ** int(exponent)
        value, precision = value * scale, precision * scale
    return sign * value, precision
