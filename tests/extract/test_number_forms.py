"""Property: random text with numbers inserted in random printed forms.

Every inserted number's digits are covered by exactly one mention (read, `unparsed`
or `name`, as `extract --all` lists them), and a number that is read is read to its
own value, in its own unit. Forms: each of PRODUCT.md's "Numbers in all the forms
news prints them", each script of digits, each grouping.
"""

import datetime as dt
from fractions import Fraction as F

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract import find_mentions

FILLER = ("river stone blue quiet window garden across beneath market tower slowly "
          "paper silver morning crowd").split()
SCRIPTS = {"arabic-indic": 0x0660, "persian": 0x06F0, "devanagari": 0x0966,
           "full-width": 0xFF10}
SPACES = (" ", "\u00a0", "\u2009", "\u202f")
NOT_A_YEAR = st.integers(0, 10 ** 7).filter(lambda n: not 1800 <= n <= 2199)


def _script(text: str, zero: int) -> str:
    return "".join(chr(zero + int(c)) if c.isdigit() else c for c in text)


def _south_asian(n: int) -> str:
    head, tail = divmod(n, 1000)
    groups = []
    while head:
        head, group = divmod(head, 100)
        groups.append(f"{group:02d}" if head else str(group))
    return ",".join(reversed(groups)) + f",{tail:03d}" if groups else str(tail)


@st.composite
def printed(draw):
    """(text, value, unit, kind): a number as news prints it. kind "name" for digits
    that are no quantity; value None when only coverage is checked."""
    form = draw(st.sampled_from([
        "plain", "commas", "spaces", "apostrophes", "south-asian", "decimal",
        "leading-point", "scientific", "power", "vulgar", "slash", "script", "glued",
        "currency", "suffix", "sign", "percent", "temperature", "rate", "paragraph",
        "slashed-date", "mixed"]))
    n = draw(NOT_A_YEAR)
    big = draw(st.integers(1000, 10 ** 9))
    if form == "plain":
        return str(n), F(n), None, "read"
    if form == "commas":
        return f"{big:,}", F(big), None, "read"
    if form == "spaces":
        return f"{big:,}".replace(",", draw(st.sampled_from(SPACES))), F(big), None, "read"
    if form == "apostrophes":
        return f"{big:,}".replace(",", "'"), F(big), None, "read"
    if form == "south-asian":
        return _south_asian(big), F(big), None, "read"
    if form == "decimal":
        places = draw(st.integers(1, 6))
        value = F(draw(st.integers(0, 10 ** 6)), 10 ** places)
        return f"{float(value):.{places}f}", value, None, "read"
    if form == "leading-point":
        digits = draw(st.integers(1, 999))
        return f".{digits}", F(f".{digits}"), None, "read"
    if form == "scientific":
        mantissa, exponent = draw(st.integers(11, 99)), draw(st.integers(1, 12))
        return f"{mantissa / 10}e{exponent}", F(mantissa, 10) * 10 ** exponent, None, "read"
    if form == "power":
        mantissa, exponent = draw(st.integers(11, 99)), draw(st.integers(2, 9))
        text = draw(st.sampled_from([f"{mantissa / 10}×10^{exponent}",
                                     f"{mantissa / 10} x 10^{exponent}"]))
        return text, F(mantissa, 10) * 10 ** exponent, None, "read"
    if form == "vulgar":
        whole = draw(st.integers(1, 99))
        return f"{whole}½", whole + F(1, 2), None, "read"
    if form == "mixed":  # "2 1/2 feet" was 2 and half a foot
        whole = draw(st.integers(1, 99))
        top, bottom = draw(st.sampled_from([(1, 2), (1, 4), (3, 4), (2, 3)]))
        fraction = draw(st.sampled_from([f"{top}/{bottom}", "\u00bd" if (top, bottom) == (1, 2)
                                         else f"{top}/{bottom}"]))
        space = draw(st.sampled_from([" ", "\u00a0"]))
        return f"{whole}{space}{fraction}", whole + F(top, bottom), None, "read"
    if form == "slash":
        top, bottom = draw(st.sampled_from([(1, 2), (1, 3), (2, 3), (3, 4), (1, 10)]))
        return f"{top}/{bottom}", F(top, bottom), None, "read"
    if form == "script":
        zero = SCRIPTS[draw(st.sampled_from(sorted(SCRIPTS)))]
        return _script(str(n), zero), F(n), None, "read"
    if form == "glued":
        unit, name = draw(st.sampled_from([("GB", "gigabyte"), ("km", "kilometer"),
                                            ("mph", "mile / hour"), ("kg", "kilogram")]))
        return f"{n}{unit}", F(n), name, "read"
    if form == "currency":
        prefix, code = draw(st.sampled_from([("$", "USD"), ("US$", "USD"), ("RM", "MYR"),
                                             ("CHF ", "CHF"), ("₹", "INR"), ("€", "EUR"),
                                             ("USD ", "USD"), ("£", "GBP")]))
        return f"{prefix}{n}", F(n), code, "read"
    if form == "suffix":
        tenths = draw(st.integers(11, 999))
        suffix, scale = draw(st.sampled_from([("m", 10 ** 6), ("bn", 10 ** 9), ("k", 1000)]))
        return f"${tenths / 10}{suffix}", F(tenths, 10) * scale, "USD", "read"
    if form == "sign":
        return f"-{n}", F(-n), None, "read"
    if form == "temperature":
        return f"{n % 60}°C", F(n % 60), "degree_Celsius", "read"
    if form == "rate":
        return f"${n} a month", F(n), "USD / month", "read"
    if form == "paragraph":  # a number alone after a blank line
        return f"\n\n{n}", F(n), None, "read"
    if form == "percent":
        places = draw(st.integers(0, 3))
        value = F(draw(st.integers(0, 10 ** 5)), 10 ** places)
        return f"{float(value):.{places}f}%", value, "percent", "read"
    month, day, year = draw(st.integers(1, 12)), draw(st.integers(1, 28)), draw(
        st.integers(1990, 2030))
    return f"{month}/{day}/{year}", None, None, "name"


@st.composite
def texts(draw):
    pieces, inserted, length = [], [], 0
    for _ in range(draw(st.integers(1, 6))):
        words = " ".join(draw(st.lists(st.sampled_from(FILLER), min_size=1, max_size=4)))
        number = draw(printed())
        pieces.append(words + " ")
        length += len(words) + 1
        lead = len(number[0]) - len(number[0].lstrip())  # the digits, not the blank line
        inserted.append((length + lead, length + len(number[0]), *number))
        pieces.append(number[0] + " ")
        length += len(number[0]) + 1
    pieces.append(draw(st.sampled_from(FILLER)) + ".")
    return "".join(pieces), inserted


@settings(max_examples=300, deadline=None)
@given(texts())
def test_every_inserted_number_is_one_mention_read_to_its_value(case):
    text, inserted = case
    mentions = find_mentions(text, dt.date(2024, 7, 28), names=True)
    for start, end, shown, value, unit, kind in inserted:
        covering = [m for m in mentions if m.start < end and start < m.end]
        assert len(covering) == 1, (shown, [(m.text, m.kind) for m in covering])
        [mention] = covering
        assert mention.start <= start and end <= mention.end, (shown, mention.text)
        if kind == "name":
            assert mention.kind == "name", (shown, mention.kind)
            continue
        assert mention.kind not in ("name", "unparsed"), (shown, mention.kind, mention.note)
        interval = mention.interval
        assert interval.low is None or interval.low <= value, (shown, interval)
        assert interval.high is None or value <= interval.high, (shown, interval)
        expected_unit = unit if unit is not None else (None, "person")
        assert mention.unit in (expected_unit if isinstance(expected_unit, tuple)
                                else (expected_unit,)), (shown, mention.unit)
