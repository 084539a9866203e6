"""Check a loaded registry file against the schema in data/schema.toml.

The schema is data, so the set of fields can grow without touching this code; this
module knows only the field *types* (string, date, value, span...). `validate`
turns a YAML node tree into a `RawFile` of plain dataclasses that keep the
`Location` of every field, so later stages (value grammar, quotes, expressions) can
point at the exact node they complain about.

Problems are findings with rule `schema`: wrong types and missing required fields
are errors (the entry is then left out of the RawFile), unknown keys are warnings
with a did-you-mean. A wrong optional field is reported and read as absent.
"""

from __future__ import annotations

import calendar
import datetime as dt
import difflib
import functools
import math
import re
import tomllib
from dataclasses import dataclass, field
from importlib import resources

from .findings import Finding, Location
from .yamlsafe import DATE_RE, DATETIME_RE, MapNode, Node, ScalarNode, SeqNode, gc_paused

RULE = "schema"


# ---------------------------------------------------------------- what validate returns

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
    publisher: str | None = None
    author: str | None = None
    language: str | None = None
    note: str | None = None


@dataclass(kw_only=True)
class RawPlace(RawRecord):
    id: str
    name: str | None = None
    within: str | None = None
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
    events: list[RawEvent] = field(default_factory=list)
    quantities: list[RawQuantity] = field(default_factory=list)
    claims: list[RawClaim] = field(default_factory=list)
    relations: list[RawRelation] = field(default_factory=list)


# Which dataclass each [records.X] of the schema fills.
RECORD_CLASSES: dict[str, type[RawRecord]] = {
    "document": RawDocument, "place": RawPlace, "event": RawEvent,
    "quantity": RawQuantity, "claim": RawClaim, "relation": RawRelation,
    "interval": ExplicitValue,
}
# For name -> entry sections: which field receives the name.
KEY_FIELDS = {"places": "id", "events": "id", "quantities": "name"}
_ABSENT = object()  # an optional field written empty

# Entries read all or nothing: half a claim or half a value could make a false
# contradiction, the costliest wrong finding. Other entries keep their good fields.
_ALL_OR_NOTHING = frozenset({"claim", "interval"})
# How messages call one entry of each record kind.
_KIND_WORDS = {"document": "the document", "place": "place", "event": "event",
               "quantity": "quantity", "claim": "claim", "relation": "relation",
               "interval": "the value"}


# ---------------------------------------------------------------- the schema as data

@dataclass(frozen=True)
class FieldSpec:
    name: str
    type: str
    required: bool = False
    nullable: bool = False
    pattern: str | None = None  # a name from [patterns]
    allowed: tuple[str, ...] = ()
    help: str | None = None


@dataclass(frozen=True)
class SectionSpec:
    name: str
    shape: str  # record | map | list
    record: str
    key: str | None = None  # the pattern of the names, for shape "map"


@dataclass(frozen=True)
class Schema:
    patterns: dict[str, tuple[str, str]]  # name -> (regex, plain description)
    sections: dict[str, SectionSpec]
    records: dict[str, dict[str, FieldSpec]]


@functools.cache
def load_schema() -> Schema:
    """The packaged schema (data/schema.toml)."""
    text = resources.files("factcheck").joinpath("data/schema.toml").read_text("utf-8")
    return parse_schema(tomllib.loads(text))


def parse_schema(data: dict) -> Schema:
    patterns = {name: (spec["regex"], spec["help"])
                for name, spec in data["patterns"].items()}
    sections = {name: SectionSpec(name, spec["shape"], spec["record"], spec.get("key"))
                for name, spec in data["sections"].items()}
    records = {
        name: {field_name: FieldSpec(field_name, spec["type"],
                                     spec.get("required", False),
                                     spec.get("nullable", False), spec.get("pattern"),
                                     tuple(spec.get("allowed", ())), spec.get("help"))
               for field_name, spec in fields.items()}
        for name, fields in data["records"].items()}
    return Schema(patterns, sections, records)


# ---------------------------------------------------------------- validation

def validate(root: Node, display_name: str,
             schema: Schema | None = None) -> tuple[RawFile, list[Finding]]:
    """Check one file's node tree; never raises on any tree yamlsafe produces."""
    checker = _Validator(display_name, schema or load_schema())
    with gc_paused():  # builds many small objects, none in cycles
        raw = checker.file(root)
    return raw, checker.findings


class _Validator:
    def __init__(self, name: str, schema: Schema):
        self.name = name
        self.schema = schema
        self.findings: list[Finding] = []

    def at(self, node: Node) -> Location:
        return Location(self.name, node.line, node.column)

    def report(self, node: Node, message: str, *, severity: str = "error",
               hint: str | None = None, claim: str | None = None) -> None:
        claims = (claim,) if claim else ()
        self.findings.append(Finding(RULE, severity, message, self.at(node), claims, hint))

    def file(self, root: Node) -> RawFile:
        raw = RawFile(self.name)
        if not isinstance(root, MapNode):
            self.report(root, "a registry file must be a mapping of sections "
                        f"({_listing(self.schema.sections)}), not {describe(root)}")
            return raw
        for key, (key_node, value) in root.items.items():
            section = self.schema.sections.get(key)
            if section is None:
                self.unknown_key(key_node, key, self.schema.sections, "the file's top level")
            elif not _is_null(value):
                self.section(raw, section, value)
        if raw.claims and "document" not in root.items:
            self.report(root.items["claims"][0], "this file has claims but no document; "
                        "claims belong to the document they quote",
                        hint="add a 'document:' section with the article's id and text")
        return raw

    def section(self, raw: RawFile, section: SectionSpec, node: Node) -> None:
        if section.shape == "record":
            setattr(raw, section.name, self.record(node, section.record))
            return
        entries = self.map_entries(section, node) if section.shape == "map" \
            else self.list_entries(section, node)
        getattr(raw, section.name).extend(entry for entry in entries if entry is not None)

    def list_entries(self, section: SectionSpec, node: Node):
        if not isinstance(node, SeqNode):
            self.report(node, f"'{section.name}' must be a list of entries, each starting "
                        f"with '- ', not {describe(node)}")
            return []
        return [self.record(item, section.record, index=number)
                for number, item in enumerate(node.items, start=1)]

    def map_entries(self, section: SectionSpec, node: Node):
        if not isinstance(node, MapNode):
            self.report(node, f"'{section.name}' must be a mapping of names to entries, "
                        f"not {describe(node)}")
            return []
        key_field = KEY_FIELDS[section.name]
        entries = []
        for key, (key_node, value) in node.items.items():
            what = f"{section.record} {key_field} '{key}'"
            if not self.matches(key_node, key, section.key, what):
                continue
            entry = self.record(value, section.record, preset={key_field: (key, key_node)})
            entries.append(entry)
        return entries

    def record(self, node: Node, kind: str, *, index: int | None = None,
               preset: dict | None = None, label: str | None = None,
               claim: str | None = None) -> RawRecord | None:
        """Check one mapping against [records.kind]; None when it cannot be used."""
        preset = preset or {}
        label = label or _label(kind, node, index, preset)
        claim = claim or _claim_id(kind, node)
        if _is_null(node) and preset:
            node = MapNode({}, node.line, node.column)  # `name:` alone: an entry with no fields
        if not isinstance(node, MapNode):
            self.report(node, f"{label} must be a mapping of fields, not {describe(node)}",
                        claim=claim)
            return None
        fields = self.schema.records[kind]
        location = self.at(preset[next(iter(preset))][1]) if preset else self.at(node)
        values: dict = {}
        locations: dict[str, Location] = {}
        for name, (text, key_node) in preset.items():
            values[name], locations[name] = text, self.at(key_node)
        usable = True
        for key, (key_node, value) in node.items.items():
            spec = fields.get(key)
            if spec is None:
                self.unknown_key(key_node, key, fields, label, claim)
                continue
            # An empty value has no position of its own: point at its key instead.
            locations[key] = self.at(key_node if _is_null(value) else value)
            ok, checked = self.field_value(spec, key_node, value, label, claim)
            if ok and checked is not _ABSENT:
                values[key] = checked
            usable = usable and (ok or not spec.required and kind not in _ALL_OR_NOTHING)
        usable = self.required_present(node, fields, values, label, claim) and usable
        if not usable:
            return None
        return RECORD_CLASSES[kind](location=location, locations=locations, **values)

    def required_present(self, node: MapNode, fields, values, label, claim) -> bool:
        missing = [spec for spec in fields.values()
                   if spec.required and spec.name not in values
                   and spec.name not in node.items]
        for spec in missing:
            meaning = f" ({spec.help})" if spec.help else ""
            self.report(node, f"{label} has no '{spec.name}'{meaning}", claim=claim)
        return not missing

    def field_value(self, spec: FieldSpec, key_node: ScalarNode, node: Node, label: str,
                    claim: str | None):
        """(True, value) when the field is usable; (False, None) after reporting."""
        where = f"'{spec.name}' of {label}"
        if _is_null(node):
            if spec.nullable:
                return True, None
            if spec.required:
                self.report(key_node, f"{where} is empty", claim=claim, hint=spec.help)
                return False, None
            return True, _ABSENT  # `note:` with nothing after it: as if not written
        if spec.type == "value" and isinstance(node, MapNode):
            explicit = self.record(node, "interval", label=f"the value of {label}",
                                   claim=claim)
            return self.explicit_value_ok(explicit, node, label, claim), explicit
        try:
            value = check_scalar_type(spec.type, node)
        except TypeProblem as problem:
            self.report(node, f"{where} {problem.message}", claim=claim, hint=problem.hint)
            return False, None
        if isinstance(value, str):
            if spec.required and not value.strip():
                self.report(node, f"{where} is empty", claim=claim, hint=spec.help)
                return False, None
            if not self.allowed(spec, node, value, where, claim):
                return False, None
            if spec.pattern and not self.matches(node, value, spec.pattern,
                                                 f"{where} ('{value}')", claim):
                return False, None
        return True, value

    def explicit_value_ok(self, value: ExplicitValue | None, node: Node, label: str,
                          claim: str | None) -> bool:
        if value is None:
            return False
        if value.low is not None and value.high is not None and value.low > value.high:
            self.report(node, f"the value of {label} has its low ({value.low}) above its "
                        f"high ({value.high})", claim=claim, hint="swap low and high")
            return False
        return True

    def allowed(self, spec: FieldSpec, node: Node, value: str, where: str,
                claim: str | None) -> bool:
        if not spec.allowed or value in spec.allowed:
            return True
        choices = ", ".join(f"'{choice}'" for choice in spec.allowed)
        self.report(node, f"{where} is '{value}'; it must be one of {choices}"
                    f"{_did_you_mean(value, spec.allowed)}", claim=claim)
        return False

    def matches(self, node: Node, text: str, pattern_name: str | None, what: str,
                claim: str | None = None) -> bool:
        if pattern_name is None:
            return True
        regex, help_text = self.schema.patterns[pattern_name]
        if _fullmatch(regex, text):
            return True
        self.report(node, f"{what} is not a valid name: use {help_text}", claim=claim)
        return False

    def unknown_key(self, key_node: ScalarNode, key: str, known, where: str,
                    claim: str | None = None) -> None:
        self.report(key_node, f"unknown key '{key}' in {where}{_did_you_mean(key, known)}",
                    severity="warning", claim=claim,
                    hint=f"known keys: {_listing(known)}; factcheck ignores this one")


# ---------------------------------------------------------------- field types

class TypeProblem(Exception):
    """A field's node is not of its declared type; message reads after the field name."""

    def __init__(self, message: str, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.hint = hint


def describe(node: Node) -> str:
    if isinstance(node, MapNode):
        return "a mapping"
    if isinstance(node, SeqNode):
        return "a list"
    return f"'{node.value}'"


def check_scalar_type(type_name: str, node: Node):
    """The node's value as the declared type, or TypeProblem."""
    return _TYPE_CHECKS[type_name](node)


def _scalar(node: Node, wanted: str) -> ScalarNode:
    if not isinstance(node, ScalarNode):
        raise TypeProblem(f"must be {wanted}, not {describe(node)}")
    return node


def _string(node: Node) -> str:
    return _scalar(node, "text").value


def _phrase(node: Node) -> str:
    wanted = "a phrase such as 'over 100,000 people' or a mapping {low, high, unit}"
    return _scalar(node, wanted).value


def _date(node: Node) -> dt.date:
    text = _scalar(node, "a date (YYYY-MM-DD)").value.strip()
    if not DATE_RE.fullmatch(text):
        raise TypeProblem(f"must be a date written YYYY-MM-DD, not '{text}'")
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise TypeProblem(f"is not a real date: {text}", _calendar_hint(text)) from None


def _date_or_datetime(node: Node) -> dt.date | dt.datetime:
    text = _scalar(node, "a date (YYYY-MM-DD)").value.strip()
    if DATE_RE.fullmatch(text):
        return _date(node)
    if not DATETIME_RE.fullmatch(text):
        raise TypeProblem(f"must be a date (YYYY-MM-DD) or a date and time "
                          f"(YYYY-MM-DDTHH:MM), not '{text}'")
    try:
        return dt.datetime.fromisoformat(text.replace("z", "Z"))
    except ValueError:
        raise TypeProblem(f"is not a real date and time: {text}",
                          _calendar_hint(text[:10])) from None


def _calendar_hint(text: str) -> str | None:
    year, month = int(text[:4]), int(text[5:7])
    if not 1 <= month <= 12:
        return f"there is no month {month}"
    if not 1 <= year:
        return None
    days = calendar.monthrange(year, month)[1]
    return f"{calendar.month_name[month]} {year} has {days} days"


MAX_DIGITS = 30  # as in expressions (expr.MAX_DIGITS)
MAX_NUMBER = 10 ** MAX_DIGITS
_NONZERO_DIGIT = re.compile("[1-9]")


def _mantissa(scalar: ScalarNode) -> str:
    """The digits before any exponent: 1e-400 has a nonzero one, yet reads as 0.0."""
    text = scalar.value.lower()
    return text if text.startswith("0x") else text.split("e")[0]


def _number(node: Node) -> int | float:
    scalar = _scalar(node, "a number")
    if not scalar.plain:
        raise TypeProblem(f"must be a number, not quoted text '{scalar.value}'",
                          hint="remove the quotes")
    value = scalar.resolved()
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeProblem(f"must be a number (digits only, no commas), not '{scalar.value}'")
    overflow = isinstance(value, float) and math.isinf(value) \
        and "." not in scalar.value[:2]  # 1e400, not .inf
    if isinstance(value, float) and not math.isfinite(value) and not overflow:
        raise TypeProblem("must be a finite number", hint="write null for no bound")
    if overflow or abs(value) >= MAX_NUMBER \
            or (value == 0 and _NONZERO_DIGIT.search(_mantissa(scalar))):
        raise TypeProblem(f"is out of range: numbers are written with at most "
                          f"{MAX_DIGITS} digits", hint="write null for no bound")
    return value


def _integer(node: Node) -> int:
    value = _number(node)
    if not isinstance(value, int):
        raise TypeProblem(f"must be a whole number, not {value}")
    return value


def _boolean(node: Node) -> bool:
    scalar = _scalar(node, "true or false")
    value = scalar.resolved()
    if not isinstance(value, bool):
        raise TypeProblem(f"must be true or false, not '{scalar.value}'")
    return value


def _span(node: Node) -> tuple[int, int]:
    wanted = "two character offsets [start, end]"
    if not isinstance(node, SeqNode) or len(node.items) != 2:
        raise TypeProblem(f"must be {wanted}")
    start, end = (_integer(item) for item in node.items)
    if not 0 <= start <= end:
        raise TypeProblem(f"must be {wanted} with 0 <= start <= end, not [{start}, {end}]")
    return start, end


_TYPE_CHECKS = {
    "string": _string, "value": _phrase, "date": _date,
    "date-or-datetime": _date_or_datetime, "number": _number, "integer": _integer,
    "boolean": _boolean, "span": _span,
}


# ---------------------------------------------------------------- registry-wide ids

_ID_KINDS = (("document", lambda raw: [raw.document] if raw.document else []),
             ("place", lambda raw: raw.places), ("event", lambda raw: raw.events),
             ("quantity", lambda raw: raw.quantities), ("claim", lambda raw: raw.claims),
             ("relation", lambda raw: raw.relations))


def check_unique_ids(files: list[RawFile]) -> list[Finding]:
    """Each kind of id (and each quantity name) may be declared once in the registry."""
    findings = []
    for kind, entries_of in _ID_KINDS:
        first_seen: dict[str, Location] = {}
        for raw in files:
            for entry in entries_of(raw):
                name = entry.name if kind == "quantity" else entry.id
                here = entry.where("name" if kind == "quantity" else "id")
                if name not in first_seen:
                    first_seen[name] = here
                    continue
                findings.append(Finding(
                    RULE, "error",
                    f"{kind} {'name' if kind == 'quantity' else 'id'} '{name}' is used "
                    f"twice: also at {first_seen[name]}; rename or remove one of them",
                    here, (name,) if kind == "claim" else (),
                    hint=f"{kind} ids must be unique across the whole registry"))
    return findings


# ---------------------------------------------------------------- small helpers

def _is_null(node: Node) -> bool:
    return isinstance(node, ScalarNode) and node.is_null


def _fullmatch(regex: str, text: str) -> bool:
    return re.fullmatch(regex, text) is not None  # re caches compiled patterns


def _did_you_mean(word: str, choices) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f"; did you mean '{close[0]}'?" if close else ""


def _listing(names) -> str:
    return ", ".join(names)


def _claim_id(kind: str, node: Node) -> str | None:
    """The claim's id as written, to tag its findings, when there is a usable one."""
    if kind != "claim" or not isinstance(node, MapNode) or "id" not in node.items:
        return None
    id_node = node.items["id"][1]
    if isinstance(id_node, ScalarNode) and id_node.value.strip():
        return id_node.value
    return None


def _label(kind: str, node: Node, index: int | None, preset: dict) -> str:
    """How a message names an entry: claim 'fled', claim #3, place 'karabakh'..."""
    word = _KIND_WORDS[kind]
    if kind == "document":
        return word  # one per file: its id adds nothing
    if preset:
        return f"{word} '{next(iter(preset.values()))[0]}'"
    if isinstance(node, MapNode) and "id" in node.items:
        id_node = node.items["id"][1]
        if isinstance(id_node, ScalarNode) and id_node.value.strip():
            return f"{word} '{id_node.value}'"
    return f"{word} #{index}" if index is not None else word
