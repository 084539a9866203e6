"""The loaded registry: documents, places, quantities, claims and relations.

These are the checked, typed forms the consistency engine and the reports work on;
each keeps the `Location` of the YAML nodes a finding may point at.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..findings import Location
from ..interval import Interval


def _by_fields(self):
    """__reduce__ of the slotted records: rebuilt by a call with the fields in order,
    which pickles (forked readers send every file's records back) faster than the
    state dataclasses give slotted classes."""
    return (type(self), tuple(getattr(self, name) for name in self.__slots__))


@dataclass(slots=True)
class Document:
    __reduce__ = _by_fields

    id: str
    location: Location
    title: str | None = None
    text_path: str | None = None  # as written in the file
    text: str | None = None  # None: a reference document with no text
    published: dt.date | None = None
    url: str | None = None
    language: str | None = None  # IETF tag: how the text groups digits (None: English)
    timezone: str | None = None  # an IANA name: where its naive date-times are
    outlet: str | None = None  # the publisher: a `by` naming it is the own voice


@dataclass(slots=True)
class Place:
    __reduce__ = _by_fields

    id: str
    location: Location
    name: str | None = None
    within: str | None = None
    within_location: Location | None = None
    aliases: tuple[str, ...] = ()


@dataclass(slots=True)
class Speaker:
    """One speaker, named once (`speakers:`): every spelling a `by` may use."""
    __reduce__ = _by_fields

    id: str
    location: Location
    name: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass(slots=True)
class QuantityInfo:
    __reduce__ = _by_fields

    name: str
    location: Location
    trend: str | None = None  # "non-decreasing" | "non-increasing"
    unit: str | None = None


@dataclass(slots=True)
class Claim:
    __reduce__ = _by_fields

    id: str
    location: Location
    document: Document
    quantity: str  # the expression as written
    value_text: str  # the value as written (a phrase, or the explicit mapping shown)
    interval: Interval | None = None  # None when the value could not be read
    expr: object | None = None  # factcheck.expr AST; None when it could not be parsed
    quote: str | None = None
    by: str | None = None
    as_of: dt.date | dt.datetime | None = None
    status: str | None = None
    value_location: Location | None = None
    quantity_location: Location | None = None
    quote_location: Location | None = None
    voice: str | None = None  # the speaker as severity compares it (see voices.py)
    voice_name: str | None = None  # how reports name that speaker

    @property
    def speaker(self) -> tuple[str, str]:
        """Who is speaking: the document, and the attribution inside it ("" for the
        document's own voice; one key for all spellings of a declared speaker)."""
        return (self.document.id, self.voice if self.voice is not None else (self.by or ""))

    @property
    def date(self) -> dt.date | dt.datetime | None:
        """The date the claim speaks of: its as_of, else its document's date."""
        return self.as_of or self.document.published


@dataclass(slots=True)
class Relation:
    __reduce__ = _by_fields

    id: str
    location: Location
    holds: str
    comparison: object | None = None  # factcheck.expr.Comparison
    why: str | None = None
    holds_location: Location | None = None


@dataclass
class Registry:
    root: str
    documents: dict[str, Document] = field(default_factory=dict)
    places: dict[str, Place] = field(default_factory=dict)
    speakers: dict[str, Speaker] = field(default_factory=dict)
    quantities: dict[str, QuantityInfo] = field(default_factory=dict)
    claims: list[Claim] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    # id(claim) -> (the claim, said(claim)), known from the cache (cached_load.py)
    said: dict | None = field(default=None, repr=False, compare=False)

    def claim(self, claim_id: str) -> Claim | None:
        return next((c for c in self.claims if c.id == claim_id), None)


def said(claim: Claim) -> str:
    """What the claim says as one line, its voice aside (known only once every file
    is read): id, expression as written and whether it read, the value as read,
    its dates and their timezone, its document and `by`. The engine's groups of
    names are keyed by it (engine/components.py); a cached reading keeps it."""
    document = claim.document
    interval = claim.interval
    return (f"c {claim.id}\0{claim.quantity}\0{claim.expr is None}\0"
            f"{'-' if interval is None else _interval_text(interval)}\0{claim.as_of!r}\0"
            f"{document.id}\0{document.published!r}\0{document.timezone}\0{claim.by}")


def _interval_text(interval: Interval) -> str:
    exact = interval.exact  # (most have none: no call for those)
    return (f"{interval.low}|{interval.high}|{interval.low_open:d}{interval.high_open:d}|"
            f"{interval.unit}|{interval.kind}|{interval.qualifier}|"
            f"{'-' if exact is None else _interval_text(exact)}")


def unique_id(base: str, taken: set[str]) -> str:
    """`base`, or `base-2`, `base-3`... the first not in `taken` (which gains it)."""
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    taken.add(candidate)
    return candidate
