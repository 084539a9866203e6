"""When a claim speaks: its `as_of` (else its document's date) as a point on one
time line, so that values of a quantity order the way the world did.

- A date-time with a UTC offset is an instant, ordered by UTC: 09:00+04:00 comes
  before 06:00Z (05:00 UTC against 06:00 UTC).
- A naive date-time is in its document's `timezone` (an IANA name) when it has one.
- A quantity whose claims mix naive date-times without a timezone and aware ones
  cannot be ordered: a `schema` error naming both claims.
- A date-only value is the end of its day against date-times of that day (a count
  "on 1 October" includes what happened at 18:00 that day).
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo
from fractions import Fraction

from .. import expr as expr_mod
from ..findings import Finding
from ..registry.model import Claim, Registry

SECONDS = 86400
# Half a second before midnight: after every date-time of the day (they are read to
# the second), before the next day.
END_OF_DAY = 1 - Fraction(1, 2 * SECONDS)


@functools.lru_cache(maxsize=64)
def _zone(name: str) -> zoneinfo.ZoneInfo:
    return zoneinfo.ZoneInfo(name)


def day_number(value: dt.date | dt.datetime | None,
               timezone: str | None = None) -> int | Fraction | None:
    """A date's day ordinal; a date-time is an instant, in UTC when it has an offset
    or a timezone: the ordinal plus the fraction of its day gone."""
    if value is None:
        return None
    if not isinstance(value, dt.datetime):
        return value.toordinal()
    if value.tzinfo is None and timezone:
        value = value.replace(tzinfo=_zone(timezone))
    if value.tzinfo is not None:
        value = value.astimezone(dt.timezone.utc).replace(tzinfo=None)
    since = value - value.replace(hour=0, minute=0, second=0, microsecond=0)
    return value.toordinal() + Fraction(int(since.total_seconds()), SECONDS)


def order(day: int | Fraction) -> Fraction:
    """Where a day number falls on the time line: a whole day (a date) at its end."""
    return day + END_OF_DAY if isinstance(day, int) else day


def mixed_zones(registry: Registry) -> list[Finding]:
    """A `schema` error for each quantity whose claims give both naive date-times
    (no document timezone) and date-times with a UTC offset."""
    naive: dict[str, Claim] = {}
    aware: dict[str, Claim] = {}
    for claim in registry.claims:
        kind = _kind(claim)
        if kind is None or claim.expr is None:
            continue
        for name in expr_mod.names(claim.expr):
            (naive if kind == "naive" else aware).setdefault(name, claim)
    return [_finding(name, naive[name], aware[name]) for name in sorted(naive)
            if name in aware]


def _kind(claim: Claim) -> str | None:
    value = claim.as_of
    if not isinstance(value, dt.datetime):
        return None
    if value.tzinfo is not None:
        return "aware"
    return None if claim.document.timezone else "naive"


def _finding(name: str, naive: Claim, aware: Claim) -> Finding:
    return Finding(
        "schema", "error",
        f"{name}: claim {naive.id!r} gives as_of {naive.as_of.isoformat()} without a "
        f"UTC offset and its document has no timezone, while claim {aware.id!r} gives "
        f"{aware.as_of.isoformat()} with one: their order in time is unknown",
        naive.location, (naive.id, aware.id),
        "add the offset to the first (2023-10-01T18:00+04:00), or `timezone:` (an "
        "IANA name such as Asia/Yerevan) to its document")
