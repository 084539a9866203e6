"""Do the claims agree? The rules that read the engine's solution.

A minimal conflicting set whose claims all come from one document and one speaker is
an `inconsistency`: the source contradicts itself. Any other set is a
`disagreement`; a set held together by a `trend` keeps that rule id, with the same
severity rule (`voiced`). Relations and built-in rules take no side. A set that
agrees only because bare numbers are read as rounded is a `rounding` warning, and a
group the solver could not decide within its budget says so as `undecided`.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..findings import Finding, Location, problem
from .base import Context, check
from .conflict_text import arithmetic_line, claims_of, member_line, nearest_value
from .consistency_docs import DOCS


def _findings(context: Context) -> list[Finding]:
    """Every finding of the solution, computed once per run for the five rules."""
    memo = context.memo.get("consistency")
    if memo is None:
        memo = context.memo["consistency"] = list(solution_findings(context.solution))
    return memo


def _of(rule: str):
    def run(context: Context) -> Iterable[Finding]:
        return [f for f in _findings(context) if f.rule == rule]
    run.__name__ = f"{rule.replace('-', '_')}_sets"
    run.__doc__ = DOCS[rule]
    return run


check("inconsistency")(_of("inconsistency"))
check("disagreement", "warning")(_of("disagreement"))
check("trend", voiced=True)(_of("trend"))
check("rounding", "warning")(_of("rounding"))
check("undecided", "warning")(_of("undecided"))


def solution_findings(solution) -> Iterable[Finding]:
    """Every finding of the engine's solution, unsettled, in its groups' order."""
    if solution is None:
        return
    is_date = solution.is_date
    for result in solution.results:
        for conflict in result.conflicts:
            yield _conflict_finding(conflict, is_date)
        if result.more_conflicts or result.more_unknown:
            yield _more_finding(result)
        for conflict in result.rounding:
            yield _conflict_finding(conflict, is_date)
        if result.too_hard and result.known != "agree, unranged":  # (a note, not a finding)
            yield _too_hard_finding(result)


def classify(conflict) -> tuple[str, bool]:
    """The rule of a conflicting set, and whether it spans several voices."""
    if conflict.exact:
        return "rounding", False
    across = len({claim.speaker for claim in claims_of(conflict)}) > 1
    if any(m.kind == "trend" for m in conflict.members):
        return "trend", across
    return ("disagreement" if across else "inconsistency"), across


def _location(conflict) -> Location:
    claims = claims_of(conflict)
    if claims:
        return claims[0].value_location or claims[0].location
    source = next((m.source for m in conflict.members if m.source is not None), None)
    return getattr(source, "location", None) or Location("<registry>")


def _conflict_finding(conflict, is_date) -> Finding:
    rule, across = classify(conflict)
    claims = claims_of(conflict)
    names = ", ".join(m.label for m in conflict.members)
    if rule == "rounding":
        message = (f"these agree only because bare numbers are read as rounded; read "
                   f"exactly, they cannot all be true: {names}")
    elif rule == "disagreement":
        message = f"sources disagree: {names} cannot all be true"
    elif rule == "trend":
        message = f"a count that only moves one way moves the other: {names} cannot all be true"
    else:
        message = f"the source contradicts itself{_speaker_text(claims)}: {names} cannot all be true"
    details = tuple(member_line(m, conflict.exact) for m in conflict.members)
    details += tuple(filter(None, (arithmetic_line(m, conflict, is_date)
                                   for m in conflict.members)))
    nearest = tuple((c.id, value) for c in claims
                    if (value := nearest_value(c, conflict)) is not None)
    ids = tuple(m.source.id for m in conflict.members
                if m.kind in ("claim", "relation") and m.source is not None)
    hint = ("; ".join(f"{cid} would agree if it were {value}" for cid, value in nearest)
            or "check each number against its source")
    return problem(rule, message, _location(conflict), ids, hint, details=details,
                   nearest=nearest, across=across)


def _speaker_text(claims) -> str:
    if not claims:
        return ""
    document, voice = claims[0].speaker
    by = (claims[0].voice_name or claims[0].by) if voice else ""
    return f" ({by}, in {document})" if by else f" (in {document})"


def _more_finding(result) -> Finding:
    first = result.conflicts[0]
    rule, across = classify(first)
    if result.more_errors:  # an unlisted set is a one-speaker contradiction
        rule, across = "inconsistency", False
    if result.more_conflicts:
        more = f"{result.more_conflicts}{'+' if result.more_unknown else ''}"
        message = f"{more} more conflicting sets among these claims are not listed"
    else:  # the search stopped (out of time) before it had seen every set
        message = ("there may be more conflicting sets among these claims: the solver "
                   "stopped looking for them")
    return problem(rule, message, _location(first), (),
                   "fix the sets above first; the rest often share their claims",
                   across=across)


def _too_hard_finding(result) -> Finding:
    from ..engine import Conflict

    claims = [c.source for c in result.constraints if c.kind == "claim"]
    location = (claims[0].location if claims else Location("<registry>"))
    ids = tuple(c.id for c in claims[:10])
    count = len(result.constraints)
    hint = "split the group: fewer relations between these quantities"
    if result.known == "conflict" and not result.conflicts:
        # They cannot all hold: that much is proved, and fails the build as any
        # contradiction of one speaker does; only the smallest set is missing.
        rule, across = classify(Conflict(list(result.constraints)))
        return problem(rule, f"these {count} linked claims and rules cannot all be true; "
                       f"the solver ran out of time ({result.too_hard}) before it found "
                       "the smallest set of them that conflicts", location, ids, hint,
                       across=across)
    if result.known == "agree":
        return problem("undecided", f"these {count} linked claims and rules agree, but the "
                       f"solver ran out of time ({result.too_hard}) before it checked them "
                       "with bare numbers read exactly", location, ids, hint)
    return problem("undecided", f"could not decide whether {count} linked claims and rules "
                   f"agree ({result.too_hard})", location, ids, hint)
