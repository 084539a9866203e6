"""What solving a group yields: its minimal conflicting sets, or the range each of
its variables can take (plain data: a worker process sends them back)."""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

from .constraints import Constraint, VarKey


@dataclass(frozen=True)
class Bound:
    """A range: what ranges() and bounds() answer. Here, not beside them, so that a
    cached result is read back without importing z3."""

    low: Fraction | None
    high: Fraction | None
    low_open: bool = False
    high_open: bool = False


@dataclass
class Conflict:
    members: list[Constraint]
    # claim id -> the range of its expression the other members allow (canonical units)
    allowed: dict[str, object] = field(default_factory=dict)
    exact: bool = False  # found with every bare number read exactly (a rounding set)
    # rule key -> the range of each of its variables the other members allow
    substituted: dict[str, list] = field(default_factory=dict)


@dataclass
class GroupResult:
    constraints: list[Constraint]
    conflicts: list[Conflict] = field(default_factory=list)
    more_conflicts: int = 0
    more_unknown: bool = False  # stopped looking: there may be more
    more_errors: bool = False  # an unlisted set is a one-speaker contradiction
    ranges: dict[VarKey, object] = field(default_factory=dict)
    rounding: list[Conflict] = field(default_factory=list)
    too_hard: str | None = None  # why the solver stopped short (z3's reason), if it did
    # What was known when it stopped: "conflict" (the group cannot all hold, its
    # minimal sets not found in time), "agree" (the exact reading of bare numbers not
    # checked in time), "agree, unranged" (its implied ranges not found in time),
    # None (nothing: could not decide).
    known: str | None = None
