"""`validate`: one file's node tree checked against the schema, into a `RawFile`.

Problems are findings with rule `schema`: wrong types and missing required fields
are errors (the entry is then left out of the RawFile), unknown keys are warnings
with a did-you-mean. A wrong optional field is reported and read as absent.
"""

from __future__ import annotations

import difflib
import re

from ...findings import Finding, problem, Location
from ...yamlsafe import NULL_WORDS, MapNode, Node, ScalarNode, SeqNode, gc_paused
from .declaration import FieldSpec, Schema, SectionSpec, load_schema
from .fieldtypes import TypeProblem, check_scalar_type, describe
from .records import KEY_FIELDS, RECORD_CLASSES, ExplicitValue, RawFile, RawRecord

RULE = "schema"

_ABSENT = object()  # an optional field written empty

# Entries read all or nothing: half a claim or half a value could make a false
# contradiction, the costliest wrong finding. Other entries keep their good fields.
_ALL_OR_NOTHING = frozenset({"claim", "interval"})
# How messages call one entry of each record kind.
_KIND_WORDS = {"document": "the document", "place": "place", "speaker": "speaker",
               "event": "event",
               "quantity": "quantity", "claim": "claim", "relation": "relation",
               "interval": "the value"}


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

    def report(self, node: Node, message: str, *, rule: str = RULE,
               hint: str | None = None, claim: str | None = None) -> None:
        claims = (claim,) if claim else ()
        self.findings.append(problem(rule, message, self.at(node), claims, hint))

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
        name, plain_text = self.name, _field_sets(fields)[0]
        for key, (key_node, value) in node.items.items():
            spec = fields.get(key)
            if spec is None:
                self.unknown_key(key_node, key, fields, label, claim)
                continue
            if key in plain_text and type(value) is ScalarNode and value.value.strip() \
                    and not (value.plain and value.value in NULL_WORDS):
                # Text with nothing to check but that it is there (most fields):
                # what field_value would conclude, without its calls.
                locations[key] = Location(name, value.line, value.column)
                values[key] = value.value
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
        missing = [spec for spec in _field_sets(fields)[1]
                   if spec.name not in values and spec.name not in node.items]
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
        seen = _INVISIBLE.sub("", key)
        if seen != key and seen in known:  # looks right, is ignored: every claim lost
            hidden = ", ".join(f"U+{ord(c):04X}" for c in dict.fromkeys(
                _INVISIBLE.findall(key)))
            self.report(key_node, f"the key '{seen}' in {where} holds an invisible "
                        f"character ({hidden}), so factcheck does not know it and "
                        "would skip everything under it",
                        claim=claim, hint="delete the invisible character (retype the "
                        "key); it often comes from copying text out of a web page")
            return
        self.report(key_node, f"unknown key '{key}' in {where}{_did_you_mean(key, known)}",
                    rule="unknown-key", claim=claim,
                    hint=f"known keys: {_listing(known)}; factcheck ignores this one")


# ---------------------------------------------------------------- small helpers

# Characters that print as nothing: zero-width space, joiners, word joiner, byte
# order mark, soft hyphen, left-to-right and right-to-left marks.
_INVISIBLE = re.compile("[\u200b-\u200f\u2060-\u2064\ufeff\u00ad]")


_FIELD_SETS: dict[int, tuple] = {}  # id(fields) -> (fields, _field_sets(fields))


def _field_sets(fields: dict[str, FieldSpec]) -> tuple[frozenset[str], tuple[FieldSpec, ...]]:
    """The fields whose non-empty text is taken as written (text, or a value
    phrase, with no allowed words and no pattern), and the required fields."""
    found = _FIELD_SETS.get(id(fields))
    if found is None:
        if len(_FIELD_SETS) >= 64:  # one schema in a run; tests make more
            _FIELD_SETS.clear()
        plain = frozenset(name for name, spec in fields.items()
                          if spec.type in ("string", "value") and not spec.allowed
                          and spec.pattern is None)
        required = tuple(spec for spec in fields.values() if spec.required)
        # (the fields kept alive with their sets: their id stays theirs)
        found = _FIELD_SETS[id(fields)] = (fields, (plain, required))
    return found[1]


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
