"""Conflicts and implied ranges, told in newsroom language with the arithmetic.

A minimal conflicting set whose claims all come from one document and one speaker is
an `inconsistency` (error): the source contradicts itself. Any other set is a
`disagreement` (warning); a set held together by a `trend` keeps that rule id with
the same severity rule. Relations and built-in rules take no side.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from .. import units
from ..findings import Finding, Location
from ..interval import format_number, ordinal_to_iso, unit_label
from .consistency import Conflict, GroupResult
from .measures import DATE, resolve_unit
from .constraints import VarKey

CANONICAL_UNIT = {units.POPULATION: "person", units.TIME: "day",
                  (("[length]", 1),): "meter", (("[mass]", 1),): "kilogram"}


@dataclass(frozen=True)
class Range:
    """An implied range, in the canonical unit of its quantity, for reports."""

    key: VarKey
    low: Fraction | None
    high: Fraction | None
    low_open: bool
    high_open: bool
    unit: str | None
    is_date: bool = False

    def describe(self) -> str:
        if self.is_date:
            lo = "…" if self.low is None else ordinal_to_iso(self.low)
            hi = "…" if self.high is None else ordinal_to_iso(self.high)
            return lo if lo == hi else f"{lo} to {hi}"
        lo = "−∞" if self.low is None else format_number(self.low)
        hi = "∞" if self.high is None else format_number(self.high)
        text = ("(" if self.low_open or self.low is None else "[") + f"{lo}, {hi}" + (
            ")" if self.high_open or self.high is None else "]")
        return f"{text} {unit_label(self.unit)}" if self.unit else text

    def to_json(self) -> dict:
        def end(value):
            if value is None:
                return None
            if self.is_date:
                return ordinal_to_iso(value)
            return int(value) if value.denominator == 1 else float(value)

        return {"low": end(self.low), "high": end(self.high), "low_open": self.low_open,
                "high_open": self.high_open, "unit": "day" if self.is_date else self.unit}


def canonical_unit(dim) -> str | None:
    if dim == units.DIMENSIONLESS:
        return None
    if len(dim) == 1 and dim[0][0].startswith("[currency_"):
        return dim[0][0][len("[currency_"):-1]
    return CANONICAL_UNIT.get(dim, units.describe_dimension(dim))


def ranges(results: list[GroupResult], dims: dict,
           display: dict[str, tuple[str, Fraction]] | None = None) -> list[Range]:
    """Implied ranges, each in the unit its claims use (`display`: name -> (unit,
    factor to canonical)), else in the canonical unit of its dimension."""
    display = display or {}
    out = []
    for result in results:
        for key, bound in result.ranges.items():
            dim = dims.get(key.name, units.DIMENSIONLESS)
            unit, factor = display.get(key.name, (None, None))
            if unit is None or resolve_unit(unit).dimension != dim:
                # no claim's unit, or one of another dimension (its unit finding says
                # so): 40 people are never shown as 960 hours
                unit, factor = canonical_unit(dim), Fraction(1)
            low = None if bound.low is None else bound.low / factor
            high = None if bound.high is None else bound.high / factor
            out.append(Range(key, low, high, bound.low_open, bound.high_open,
                             unit, dim == DATE))
    return sorted(out, key=lambda r: (r.key.name, r.key.date or 0))


def conflict_findings(results: list[GroupResult], dims: dict) -> list[Finding]:
    findings = []
    for result in results:
        for conflict in result.conflicts:
            findings.append(_conflict_finding(conflict, dims))
        if result.more_conflicts or result.more_unknown:
            findings.append(_more_finding(result))
        for conflict in result.rounding:
            findings.append(_conflict_finding(conflict, dims))
        if result.too_hard and result.known != "agree, unranged":  # (a note, not a finding)
            findings.append(_too_hard_finding(result))
    return findings


def unranged_note(results: list[GroupResult]) -> list[str]:
    """A note for the groups that agree but whose ranges were not found in time: no
    finding (nothing in the registry is wrong), but no silent gap in the report."""
    unranged = [r for r in results if r.known == "agree, unranged"]
    if not unranged:
        return []
    first = [c.source.id for r in unranged for c in r.constraints if c.kind == "claim"]
    return [f"The claims of {len(unranged)} group(s) agree, but the solver ran out of time "
            "before it found the ranges they imply (claims "
            + ", ".join(first[:10]) + (", ..." if len(first) > 10 else "") + ")"]


def _claims(conflict: Conflict):
    return [m.source for m in conflict.members if m.kind == "claim"]


def classify(conflict: Conflict) -> tuple[str, str]:
    if conflict.exact:
        return "rounding", "warning"
    speakers = {claim.speaker for claim in _claims(conflict)}
    severity = "error" if len(speakers) <= 1 else "warning"
    if any(m.kind == "trend" for m in conflict.members):
        return "trend", severity
    return ("inconsistency" if severity == "error" else "disagreement"), severity


def _location(conflict: Conflict) -> Location:
    claims = _claims(conflict)
    if claims:
        return claims[0].value_location or claims[0].location
    source = next((m.source for m in conflict.members if m.source is not None), None)
    return getattr(source, "location", None) or Location("<registry>")


def _conflict_finding(conflict: Conflict, dims: dict) -> Finding:
    rule, severity = classify(conflict)
    claims = _claims(conflict)
    names = ", ".join(m.label for m in conflict.members)
    if rule == "rounding":
        message = (f"these agree only because bare numbers are read as rounded; read "
                   f"exactly, they cannot all be true: {names}")
    elif rule == "disagreement":
        message = f"sources disagree: {names} cannot all be true"
    elif rule == "trend":
        message = f"a count that only moves one way moves the other: {names} cannot all be true"
    else:
        who = _speaker_text(claims)
        message = f"the source contradicts itself{who}: {names} cannot all be true"
    details = tuple(_member_line(m, conflict.exact) for m in conflict.members)
    details += tuple(filter(None, (_arithmetic_line(m, conflict, dims)
                                   for m in conflict.members)))
    nearest = tuple(filter(None, (_nearest_line(c, conflict) for c in claims)))
    ids = tuple(m.source.id for m in conflict.members
                if m.kind in ("claim", "relation") and m.source is not None)
    hint = "; ".join(nearest) if nearest else "check each number against its source"
    return Finding(rule, severity, message, _location(conflict), ids, hint, details)


def _speaker_text(claims) -> str:
    if not claims:
        return ""
    document, voice = claims[0].speaker
    by = (claims[0].voice_name or claims[0].by) if voice else ""
    return f" ({by}, in {document})" if by else f" (in {document})"


def _member_line(member, exact: bool) -> str:
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
    if member.kind == "duration":  # why 40 hours can clash with the rule alone
        return (f"{member.label} (a date without a time is a whole day, so the duration "
                "between two dates is a whole number of days)")
    return member.label


def _show(value: Fraction, key: VarKey, dims: dict) -> str:
    if dims.get(key.name) == DATE:
        return ordinal_to_iso(value)
    return format_number(value)


def _arithmetic_line(member, conflict: Conflict, dims: dict) -> str | None:
    """For a relation or rule: its left side minus its right side, with each
    quantity at the end of the range the other members allow that comes nearest
    to breaking it: the arithmetic a reader can redo by hand."""
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
    names = _term_text([(c, str(k)) for k, c in atom.coeffs], atom.constant)
    values = _term_text([(c, _show(v, k, dims)) for (k, c), v in zip(atom.coeffs, parts)],
                        atom.constant)
    need = {"<=": "≤ 0", "<": "< 0", ">=": "≥ 0", ">": "> 0", "==": "= 0"}[atom.op]
    return (f"arithmetic: given the others, {names} is {word} {values} = "
            f"{format_number(total)}, but {member.label} needs it {need}")


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


def _nearest_line(claim, conflict: Conflict) -> str | None:
    """The value of the claim nearest to its own that the other members allow."""
    entry = conflict.allowed.get(claim.id)
    if entry is None:
        return None
    bound, scale = entry
    interval = claim.interval.exact if conflict.exact and claim.interval.exact else claim.interval
    is_date = interval.kind == "date"
    low = None if bound.low is None else bound.low / scale
    high = None if bound.high is None else bound.high / scale

    def show(value: Fraction) -> str:
        if is_date:
            return ordinal_to_iso(value)
        unit = unit_label(claim.interval.unit, value)
        return f"{format_number(value)} {unit}".rstrip()

    if low is not None and low == high and not (bound.low_open or bound.high_open):
        return f"{claim.id} would agree if it were {show(low)}"
    if high is not None and (interval.low is None or high <= interval.low):
        word = ("before" if bound.high_open else "on or before") if is_date else (
            "less than" if bound.high_open else "at most")
        return f"{claim.id} would agree if it were {word} {show(high)}"
    # Only a bound wholly beside the claim's interval is a nearer value: a claim whose
    # interval holds no whole number that fits gets no hint of this kind.
    if low is not None and (interval.high is None or low >= interval.high):
        word = ("after" if bound.low_open else "on or after") if is_date else (
            "more than" if bound.low_open else "at least")
        return f"{claim.id} would agree if it were {word} {show(low)}"
    return None


def _more_finding(result: GroupResult) -> Finding:
    first = result.conflicts[0]
    rule, severity = classify(first)
    if result.more_errors:
        rule, severity = "inconsistency", "error"
    if result.more_conflicts:
        more = f"{result.more_conflicts}{'+' if result.more_unknown else ''}"
        message = f"{more} more conflicting sets among these claims are not listed"
    else:  # the search stopped (out of time) before it had seen every set
        message = ("there may be more conflicting sets among these claims: the solver "
                   "stopped looking for them")
    return Finding(rule, severity, message, _location(first), (),
                   "fix the sets above first; the rest often share their claims")


def _too_hard_finding(result: GroupResult) -> Finding:
    claims = [c.source for c in result.constraints if c.kind == "claim"]
    location = (claims[0].location if claims else Location("<registry>"))
    ids = tuple(c.id for c in claims[:10])
    count = len(result.constraints)
    hint = "split the group: fewer relations between these quantities"
    if result.known == "conflict" and not result.conflicts:
        # They cannot all hold: that much is proved, and fails the build as any
        # contradiction of one speaker does; only the smallest set is missing.
        rule, severity = classify(Conflict(list(result.constraints)))
        return Finding(rule, severity,
                       f"these {count} linked claims and rules cannot all be true; the "
                       f"solver ran out of time ({result.too_hard}) before it found the "
                       "smallest set of them that conflicts", location, ids, hint)
    if result.known == "agree":
        return Finding("rounding", "warning",
                       f"these {count} linked claims and rules agree, but the solver ran "
                       f"out of time ({result.too_hard}) before it checked them with bare "
                       "numbers read exactly", location, ids, hint)
    return Finding("inconsistency", "warning",
                   f"could not decide whether {count} linked claims and rules agree "
                   f"({result.too_hard})", location, ids, hint)
