"""The rules of reading a registry: what loading and the engine noticed, as checks.

Reading a file (YAML, the schema, values, expressions, the article) happens once,
in the registry stage; what it noticed travels to here as unsettled findings, and
these checks are where each rule id is declared, documented and given its severity.
"""

from __future__ import annotations

from collections.abc import Iterable

from .. import expr
from ..findings import Finding, problem
from .base import Context, check


@check("yaml")
def yaml_problems(context: Context) -> Iterable[Finding]:
    """A registry file is not safe, valid YAML.

    What it checks:
        YAML syntax errors, duplicate keys, anchors, aliases and tags, bytes that are
        not UTF-8 or are control characters, and files past the size and depth
        limits. Every problem of every file is reported in one run.

    Why it matters:
        A file that cannot be read safely cannot be checked at all: its claims would
        silently drop out of the registry. Aliases and tags are refused because they
        let a small file expand into a huge one or into objects that are not data.

    Example that fails:
        document: {id: d, published: 2023-10-03}
        document: {id: e}

    Fixed:
        document: {id: d, published: 2023-10-03}

    How to fix:
        Fix the YAML at the position shown; write plain mappings, lists and scalars.
    """
    return context.noticed_as("yaml")


@check("schema")
def schema_problems(context: Context) -> Iterable[Finding]:
    """A registry entry has a missing, mistyped or malformed field.

    What it checks:
        Missing or mistyped fields, names that are not `subject.measure`, quantity
        and relation expressions that cannot be parsed, places within themselves.

    Why it matters:
        A claim whose fields cannot be read takes no part in any check: the registry
        would look verified while that number was never compared with anything.

    Example that fails:
        document: {id: d, published: 2023-10-03}
        claims:
          - id: fled
            quantity: Karabakh departed
            value: over 100,000 people

    Fixed:
        document: {id: d, published: 2023-10-03}
        claims:
          - id: fled
            quantity: karabakh.departed
            value: over 100,000 people

    How to fix:
        Correct the field as the message says.
    """
    return context.noticed_as("schema")


@check("unknown-key", "warning")
def unknown_keys(context: Context) -> Iterable[Finding]:
    """A registry entry has a key factcheck does not know.

    What it checks:
        Keys that are not part of the registry format, with the closest known key.
        factcheck ignores the key and everything under it.

    Why it matters:
        An unknown key is usually a typo (`as-of` for `as_of`), and what it holds is
        then silently left out of the checks.

    Example that fails:
        document: {id: d, published: 2023-10-03}
        claims:
          - id: fled
            quantity: karabakh.departed
            value: over 100,000 people
            as-of: 2023-10-02

    Fixed:
        document: {id: d, published: 2023-10-03}
        claims:
          - id: fled
            quantity: karabakh.departed
            value: over 100,000 people
            as_of: 2023-10-02

    How to fix:
        Rename the key as the message suggests, or remove it.
    """
    return context.noticed_as("unknown-key")


@check("text")
def text_problems(context: Context) -> Iterable[Finding]:
    """A document's article text cannot be read.

    What it checks:
        The `text:` file of a document is missing, not UTF-8, too large, absolute, or
        outside the registry folder.

    Why it matters:
        Quotes are checked against the article: without its text, no quote of that
        document can be confirmed.

    Example that fails:
        document: {id: d, published: 2023-10-03, text: sources/missing.txt}

    Fixed:
        document: {id: d, published: 2023-10-03}

    How to fix:
        Keep the article as a UTF-8 file under the registry, e.g. sources/, and give
        its path relative to the YAML file.
    """
    return context.noticed_as("text")


@check("unit")
def unit_problems(context: Context) -> Iterable[Finding]:
    """A unit cannot be read, or units do not match.

    What it checks:
        An unknown unit word (also inside a rate: "people per blorp"), or
        arithmetic that mixes dimensions: people plus hours, a count of people
        compared with a sum of money, households compared with people. Also a
        product of two quantities the engine cannot keep linear: one factor must be
        known from its own claims alone (a household size, a rate).

    Why it matters:
        People never silently add to hours: a relation that mixes them is a mistake
        in the registry, and checking it anyway would give a meaningless verdict.

    Example that fails:
        document: {id: d, published: 2023-10-03}
        claims:
          - id: fled
            quantity: karabakh.departed
            value: over 100,000 people
          - id: journey
            quantity: journey.duration
            value: 40 hours
        relations:
          - id: wrong
            holds: karabakh.departed <= journey.duration

    Fixed:
        document: {id: d, published: 2023-10-03}
        claims:
          - id: fled
            quantity: karabakh.departed
            value: over 100,000 people
          - id: journey
            quantity: journey.duration
            value: 40 hours

    How to fix:
        Use a unit factcheck knows, or declare the quantity's unit under
        `quantities:`; compare quantities that measure the same thing; convert
        households to people through a claimed size: `x.departed ==
        x.households * x.household_size`.
    """
    yield from context.noticed_as("unit")


@check("value", per_claim=True)  # (each claim alone: a cached reading keeps them)
def value_problems(context: Context) -> Iterable[Finding]:
    """A value phrase cannot be read, or cannot be right.

    What it checks:
        A value phrase the grammar does not know (it is never read as some other
        number), and a count of people or a duration below zero.

    Why it matters:
        A number misread is worse than a number refused: every verdict on the claim
        would rest on the wrong interval.

    Example that fails:
        document: {id: d, published: 2023-10-03}
        claims:
          - id: fled
            quantity: karabakh.departed
            value: {low: -5, high: -1, unit: person}

    Fixed:
        document: {id: d, published: 2023-10-03}
        claims:
          - id: fled
            quantity: karabakh.departed
            value: {low: 1, high: 5, unit: person}

    How to fix:
        Write the value as in the article, e.g. 'over 100,000 people', or as
        {low, high, unit}, with positive amounts.
    """
    yield from context.noticed_as("value")
    for claim in context.registry.claims:
        interval = claim.interval
        if interval is not None and interval.kind in ("count", "duration") \
                and interval.below_zero:
            what = "a duration" if interval.kind == "duration" else "a count"
            yield problem("value", f"claim {claim.id!r}: {what} cannot be negative "
                          f"({interval.describe()})", claim.value_location or claim.location,
                          (claim.id,), "write the amount as a positive number")
        elif (found := _change_problem(claim)) is not None:
            yield problem("value", f"claim {claim.id!r}: {found[0]}",
                          claim.quantity_location or claim.location, (claim.id,), found[1])


def _change_problem(claim) -> tuple[str, str] | None:
    """A change claim (`x@D2 / x@D1`, `x@D2 - x@D1`) that cannot mean a change."""
    tree = claim.expr
    if not isinstance(tree, expr.BinOp) or tree.op not in "/-" \
            or not all(isinstance(side, expr.Name) and side.at
                       for side in (tree.left, tree.right)):
        return None
    if tree.left.key == tree.right.key:
        return (f"compares {tree.left.key} with itself", "give the two dates the change "
                "runs between, e.g. `x@2023-10-02 / x@2023-09-25`")
    interval = claim.interval
    if tree.op == "/" and interval is not None and interval.high is not None \
            and (interval.high < 0 or (interval.high == 0 and interval.high_open)):
        return (f"a ratio of two counts cannot be negative ({interval.describe()})",
                "a fall is a ratio below 1: 'halved' is 0.5, 'fell by 40 percent' 0.6")
    return None


@check("duplicate")
def duplicate_ids(context: Context) -> Iterable[Finding]:
    """An id or a quantity is declared twice.

    What it checks:
        Ids of documents, places, events, claims and relations are unique across the
        registry, and each quantity is declared under `quantities:` once.

    Why it matters:
        `factcheck explain ID`, baselines and reports name claims by id: two claims
        with one id cannot be told apart, and one of them would hide the other.

    Example that fails:
        document: {id: d, published: 2023-10-03}
        claims:
          - id: fled
            quantity: karabakh.departed
            value: over 100,000 people
          - id: fled
            quantity: karabakh.remaining
            value: fewer than 1,500 people

    Fixed:
        document: {id: d, published: 2023-10-03}
        claims:
          - id: fled
            quantity: karabakh.departed
            value: over 100,000 people
          - id: remaining
            quantity: karabakh.remaining
            value: fewer than 1,500 people

    How to fix:
        Rename one of them.
    """
    return context.noticed_as("duplicate")
