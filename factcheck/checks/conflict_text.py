"""A conflicting set told in newsroom language: each member with its quote, the
arithmetic a reader can redo by hand, and the nearest value of each claim that would
make the set agree."""

from __future__ import annotations

from fractions import Fraction

from .. import units
from ..findings import FactcheckError
from ..interval import format_number, ordinal_to_iso, unit_label


def claims_of(conflict) -> list:
    return [m.source for m in conflict.members if m.kind == "claim"]


def member_line(member, exact: bool) -> str:
    if member.kind == "claim":
        claim = member.source
        interval = claim.interval.exact if exact and claim.interval.exact else claim.interval
        quote = f' — "{claim.quote}"' if claim.quote else ""
        by = f" ({claim.by})" if claim.by else ""
        read = "read exactly " if exact and claim.interval.exact else ""
        return (f"{claim.id}{by}: {claim.quantity} is {claim.value_text!r}, "
                f"{read}{interval.describe()}{quote}")
    if member.kind == "relation":
        relation = member.source
        why = f" ({relation.why})" if relation.why else ""
        return f"relation {relation.id}: {relation.holds}{why}"
    if member.kind == "duration" and "against hours" in member.label:
        return (f"{member.label}: a date is the whole day, so hours between two dates lie "
                "within a day of the days between them")
    if member.kind == "duration":  # why 40 days' worth can clash with the rule alone
        return (f"{member.label} (a date without a time is a whole day, so the duration "
                "between two dates is a whole number of days)")
    return member.label


def arithmetic_line(member, conflict, is_date) -> str | None:
    """For a relation or rule: its left side minus its right side, with each
    quantity at the end of the range the other members allow that comes nearest
    to breaking it. `is_date(key)`: whether a variable is a date (shown as one)."""
    if member.kind == "claim":
        return _ratio_reading(member)
    bounds = conflict.substituted.get(member.key)
    if bounds is None:
        return None
    atom = member.atoms[0]
    low = _extreme(atom, bounds, lowest=True)
    high = _extreme(atom, bounds, lowest=False)
    breaks_low = low is not None and (low[1] > 0 or (atom.op == "<" and low[1] >= 0))
    breaks_high = high is not None and (high[1] < 0 or (atom.op == ">" and high[1] <= 0))
    if atom.op in ("<=", "<", "==") and breaks_low:
        parts, total, word = low[0], low[1], "at least"
    elif atom.op in (">=", ">", "==") and breaks_high:
        parts, total, word = high[0], high[1], "at most"
    else:
        return None

    def show(value: Fraction, key) -> str:
        return ordinal_to_iso(value) if is_date(key) else format_number(value)

    names = _term_text([(c, str(k)) for k, c in atom.coeffs], atom.constant)
    values = _term_text([(c, show(v, k)) for (k, c), v in zip(atom.coeffs, parts)],
                        atom.constant)
    need = {"<=": "≤ 0", "<": "< 0", ">=": "≥ 0", ">": "> 0", "==": "= 0"}[atom.op]
    return (f"arithmetic: given the others, {names} is {word} {values} = "
            f"{format_number(total)}, but {member.label} needs it {need}")


def _ratio_reading(member) -> str | None:
    """A claim on a ratio (a change: "doubled" on `x@D2 / x@D1`) as the linear
    comparisons it is checked as: the numerator between the ends times the divisor,
    the divisor above 0. What a trend or another date's claim is set against."""
    target = member.target
    if not target or target[0] != "ratio":
        return None
    _, (n_coeffs, n_const), (d_coeffs, d_const), scale = target
    interval = member.source.interval
    numerator = _term_text([(c, str(k)) for k, c in n_coeffs.items()], n_const)
    divisor = _term_text([(c, str(k)) for k, c in d_coeffs.items()], d_const)
    shown = divisor if len(d_coeffs) + bool(d_const) == 1 else f"({divisor})"
    parts = []
    for bound, is_open, op in ((interval.low, interval.low_open, "≥"),
                               (interval.high, interval.high_open, "≤")):
        if bound is not None:
            strict = {"≥": ">", "≤": "<"}[op] if is_open else op
            parts.append(f"{numerator} {strict} {format_number(bound * scale)} × {shown}")
    if not parts:
        return None
    return (f"arithmetic: {member.source.id} is {' and '.join(parts)}, "
            f"with {divisor} > 0")


def _extreme(atom, bounds, lowest: bool):
    parts = []
    for (_, coeff), bound in zip(atom.coeffs, bounds):
        value = bound.low if (coeff > 0) == lowest else bound.high
        if value is None:
            return None
        parts.append(value)
    total = sum((c * v for (_, c), v in zip(atom.coeffs, parts)), Fraction(atom.constant))
    return parts, total


def _term_text(terms, constant: int) -> str:
    text = ""
    for coeff, name in terms:
        sign = "−" if coeff < 0 else "+"
        factor = "" if abs(coeff) == 1 else f"{abs(coeff)}·"
        text += f" {sign} {factor}{name}" if text else f"{'−' if coeff < 0 else ''}{factor}{name}"
    if constant:
        text += f" {'−' if constant < 0 else '+'} {format_number(Fraction(abs(constant)))}"
    return text or "0"


def nearest_value(claim, conflict) -> str | None:
    """The value of the claim nearest to its own that the other members allow, as
    "at most 132,000 people" (None: no value beside the claim's interval fits)."""
    entry = conflict.allowed.get(claim.id)
    if entry is None:
        return None
    bound, scale = entry
    interval = claim.interval.exact if conflict.exact and claim.interval.exact else claim.interval
    is_date = interval.kind == "date"
    offset = _zero_offset(claim.interval)  # °C, °F: back from kelvin past their zero
    low = None if bound.low is None else bound.low / scale - offset
    high = None if bound.high is None else bound.high / scale - offset

    def show(value: Fraction) -> str:
        if is_date:
            return ordinal_to_iso(value)
        unit = unit_label(claim.interval.unit, value)
        return f"{format_number(value)} {unit}".rstrip()

    if low is not None and low == high and not (bound.low_open or bound.high_open):
        return show(low)
    if high is not None and (interval.low is None or high <= interval.low):
        word = ("before" if bound.high_open else "on or before") if is_date else (
            "less than" if bound.high_open else "at most")
        return f"{word} {show(high)}"
    # Only a bound wholly beside the claim's interval is a nearer value: a claim whose
    # interval holds no whole number that fits gets no hint of this kind.
    if low is not None and (interval.high is None or low >= interval.high):
        word = ("after" if bound.low_open else "on or after") if is_date else (
            "more than" if bound.low_open else "at least")
        return f"{word} {show(low)}"
    return None


def _zero_offset(interval) -> Fraction:
    """The offset of the claim's unit from the canonical zero (0 for most units)."""
    if not interval.unit or interval.kind == "date":
        return Fraction(0)
    try:
        return units.resolve(interval.unit).offset
    except FactcheckError:
        return Fraction(0)

