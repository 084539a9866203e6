"""Solved groups kept in the cache: a group already solved is not solved again.

A group's result is a function of its constraints alone: each one's kind, key,
atoms (exact readings included), target, the claim or relation it comes from (its
id, and for a claim its speaker, which decides the order of minimal sets), and which
of its variables are whole numbers or at least zero. The key digests exactly that,
in the group's order, with whether ranges were wanted. Claims are named by id in a
result (the nearest values) and found again by position in the group, so an entry
restored onto the current group speaks of the current claims, at their current
lines. Results cut short by the solver's time are never stored: another run, with
more time, might decide them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from .constraints import Constraint
from .parallel import portable, restore
from .results import GroupResult

KIND = "group"


def solve_cached(work: list[list[Constraint]], integer_vars: set, floor_zero: set, store,
                 ranges: bool, solve: Callable[[list], list[GroupResult]]
                 ) -> list[GroupResult]:
    """Each group's result from the store, else from solve(missing groups)."""
    keys = [group_key(group, integer_vars, floor_zero, ranges) for group in work]
    results: list[GroupResult | None] = [None] * len(work)
    missing = []
    for i, group in enumerate(work):
        results[i] = _restored(group, store.get(KIND, keys[i]))
        if results[i] is None:
            missing.append(i)
    for i, result in zip(missing, solve([work[i] for i in missing])):
        results[i] = result
        if result.too_hard is None and not result.more_unknown:
            store.put(KIND, keys[i], portable(result))
    return results


def _restored(group: list[Constraint], entry) -> GroupResult | None:
    if not isinstance(entry, tuple):
        return None
    try:
        return restore(group, entry)
    except (IndexError, TypeError, ValueError):  # not a result of this group
        return None


def group_key(group: list[Constraint], integer_vars: set, floor_zero: set,
              ranges: bool) -> str:
    lines = ["ranges" if ranges else "plain"]
    keys = set()
    for constraint in group:
        source = constraint.source
        if constraint.kind == "claim":
            author = f"{source.id!r} {source.speaker!r}"
        else:
            author = repr(getattr(source, "id", None))
        lines.append(f"{constraint.kind}|{constraint.key}|{constraint.label}|"
                     f"{_atoms(constraint.atoms)}|{_atoms(constraint.exact_atoms)}|"
                     f"{_target(constraint.target)}|{author}")
        keys.update(constraint.variables)
    lines.extend(f"{_var(key)} {key in integer_vars:d}{key in floor_zero:d}"
                 for key in sorted(keys))
    return hashlib.sha256("\n".join(lines).encode("utf-8", "surrogateescape")).hexdigest()


# Text of the parts, unambiguous and cheaper than repr() of the dataclasses (a
# registry of 100,000 claims has some 250,000 constraints to key on every run).
def _var(key) -> str:
    return f"{key.name}@{key.date!r}"


def _sum(coeffs) -> str:
    return " ".join(f"{coeff!r}*{_var(key)}" for key, coeff in coeffs)


def _atoms(atoms) -> str:
    if atoms is None:
        return "-"
    return ";".join(f"{_sum(atom.coeffs)} {atom.constant!r} {atom.op}" for atom in atoms)


def _form(form) -> str:
    coeffs, constant = form
    return f"{_sum(coeffs.items())} {constant!r}"


def _target(target) -> str:
    if target is None:
        return "-"
    if target[0] == "ratio":
        _, numerator, denominator, scale = target
        return f"ratio {_form(numerator)} / {_form(denominator)} x{scale!r}"
    _, coeffs, constant, scale = target
    return f"{target[0]} {_form((coeffs, constant))} x{scale!r}"
