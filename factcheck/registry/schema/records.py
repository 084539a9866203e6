"""What `validate` returns: a `RawFile` of plain dataclasses, one per entry.

Each record keeps the `Location` of every field it read, so later stages (value
grammar, quotes, expressions) can point at the exact node they complain about.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ...findings import Location


@dataclass(kw_only=True)
class RawRecord:
    """One mapping of a registry file, with where each of its fields was written."""

    location: Location  # the entry itself: its mapping, or its name in a name -> entry map
    locations: dict[str, Location] = field(default_factory=dict, repr=False)

    def where(self, field_name: str) -> Location:
        """Where a field's value starts; the entry's own location when it is absent."""
        return self.locations.get(field_name, self.location)


@dataclass(kw_only=True)
class ExplicitValue(RawRecord):
    """A claim's value written as {low, high, low_open, high_open, unit}."""

    low: int | float | None
    high: int | float | None
    low_open: bool = False
    high_open: bool = False
    unit: str | None = None

    def as_text(self) -> str:
        def show(number):
            return "null" if number is None else repr(number)
        return (f"{{low: {show(self.low)}, high: {show(self.high)}, "
                f"low_open: {str(self.low_open).lower()}, "
                f"high_open: {str(self.high_open).lower()}, "
                f"unit: {self.unit if self.unit is not None else 'null'}}}")


@dataclass(kw_only=True)
class RawDocument(RawRecord):
    id: str
    title: str | None = None
    text: str | None = None  # the article's text file, relative to the registry file
    url: str | None = None
    published: dt.date | dt.datetime | None = None
    timezone: str | None = None  # an IANA name, checked by the schema
    publisher: str | None = None
    outlet: str | None = None  # the publisher's name as a `by` may write it
    author: str | None = None
    language: str | None = None
    note: str | None = None


@dataclass(kw_only=True)
class RawPlace(RawRecord):
    id: str
    name: str | None = None
    aliases: tuple[str, ...] = ()
    within: str | None = None
    note: str | None = None


@dataclass(kw_only=True)
class RawSpeaker(RawRecord):
    id: str
    name: str | None = None
    aliases: tuple[str, ...] = ()
    note: str | None = None


@dataclass(kw_only=True)
class RawEvent(RawRecord):
    id: str
    name: str | None = None
    place: str | None = None
    note: str | None = None


@dataclass(kw_only=True)
class RawQuantity(RawRecord):
    name: str
    trend: str | None = None  # "non-decreasing" | "non-increasing"
    unit: str | None = None
    note: str | None = None


@dataclass(kw_only=True)
class RawClaim(RawRecord):
    id: str
    quantity: str  # a quantity name or an expression of them, as written
    value: str | ExplicitValue  # a phrase for the value grammar, or the explicit form
    quote: str | None = None
    by: str | None = None
    as_of: dt.date | dt.datetime | None = None
    status: str | None = None
    span: tuple[int, int] | None = None
    note: str | None = None


@dataclass(kw_only=True)
class RawRelation(RawRecord):
    id: str
    holds: str  # the comparison as written; the expression parser reads it
    why: str | None = None
    note: str | None = None


@dataclass
class RawFile:
    """The checked content of one registry file."""

    name: str  # the display name findings use
    document: RawDocument | None = None
    places: list[RawPlace] = field(default_factory=list)
    speakers: list[RawSpeaker] = field(default_factory=list)
    events: list[RawEvent] = field(default_factory=list)
    quantities: list[RawQuantity] = field(default_factory=list)
    claims: list[RawClaim] = field(default_factory=list)
    relations: list[RawRelation] = field(default_factory=list)


# Which dataclass each [records.X] of the schema fills.
RECORD_CLASSES: dict[str, type[RawRecord]] = {
    "document": RawDocument, "place": RawPlace, "speaker": RawSpeaker, "event": RawEvent,
    "quantity": RawQuantity, "claim": RawClaim, "relation": RawRelation,
    "interval": ExplicitValue,
}
# For name -> entry sections: which field receives the name.
KEY_FIELDS = {"places": "id", "speakers": "id", "events": "id", "quantities": "name"}
