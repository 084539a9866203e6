"""The JSON Schema (draft 2020-12) of a registry file, built from data/schema.toml.

Editors (yaml-language-server and others) read it to complete keys, show each
field's help and mark misspelled keys as you type. It is built from the same
declaration `validate` applies, at the moment it is asked for, so it can never
drift from what `factcheck verify` accepts. It speaks of the file as an editor
parses it, YAML 1.2 core: dates are strings, a plain 2023 is a number.

What a JSON Schema cannot say is left to `factcheck verify`: that a date is a real
day inside a date-time, that an explicit value's low is at most its high, that a
span's start is at most its end, that ids are unique across files, and everything
about phrases, quotes and expressions. Unknown keys, which verify reports as
warnings, are refused here (`additionalProperties: false`): in an editor a
misspelled key should be marked at once.
"""

from __future__ import annotations

import re

from .declaration import FieldSpec, Schema, load_schema

DIALECT = "https://json-schema.org/draft/2020-12/schema"
_NUMBER_LIMIT = 10 ** 30  # fieldtypes.MAX_NUMBER: numbers of at most 30 digits
_DAY = "[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])"
_TIME = "[Tt ](?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{1,6})?)?"
_OFFSET = "(?:[Zz]|[-+](?:[01][0-9]|2[0-3])(?::?[0-5][0-9])?)?"
_NULL = {"type": "null"}
# Any scalar reads as text (a plain 2023 is the text "2023"); a string must hold
# something other than spaces where the field is required.
_SCALAR_TYPES = ["string", "number", "boolean"]


def registry_schema(schema: Schema | None = None) -> dict:
    """The JSON Schema of one registry file, as a JSON-ready dict."""
    schema = schema or load_schema()
    # Records of a `document:` or a `places:`-like section may be written empty
    # (`karabakh:` alone); list entries may not. Saying so in the record itself,
    # not with anyOf around it, keeps an editor's message on a misspelled key plain.
    nullable = {spec.record for spec in schema.sections.values() if spec.shape != "list"}
    return {
        "$schema": DIALECT,
        "title": "factcheck registry file",
        "description": "One YAML file of a factcheck claim registry: usually one source "
                       "document and its claims. Checked in full by `factcheck verify`.",
        "type": ["object", "null"],  # an empty file is an empty registry file
        "properties": {name: _section(schema, spec)
                       for name, spec in schema.sections.items()},
        "additionalProperties": False,
        # `validate`: "this file has claims but no document"
        "if": {"properties": {"claims": {"type": "array", "minItems": 1}},
               "required": ["claims"]},
        "then": {"required": ["document"]},
        "$defs": {name: _record(schema, fields, name in nullable)
                  for name, fields in schema.records.items()},
    }


def _section(schema: Schema, spec) -> dict:
    entry = {"$ref": f"#/$defs/{spec.record}"}
    if spec.shape == "record":
        return entry
    if spec.shape == "list":
        return {"type": ["array", "null"], "items": entry}
    names = {"pattern": _anchored(schema.patterns[spec.key][0])}
    return {"type": ["object", "null"], "propertyNames": names,
            "additionalProperties": entry}


def _record(schema: Schema, fields: dict[str, FieldSpec], nullable: bool) -> dict:
    record = {
        "type": ["object", "null"] if nullable else "object",
        "properties": {name: _field(schema, spec) for name, spec in fields.items()},
        "additionalProperties": False,
    }
    required = [name for name, spec in fields.items() if spec.required]
    if required:
        record["required"] = required
    return record


def _field(schema: Schema, spec: FieldSpec) -> dict:
    shape = _type_shape(schema, spec)
    # An optional field written empty (`note:`) counts as not written; a required
    # one must hold something unless it is nullable (an explicit value's `low: null`).
    if spec.nullable or not spec.required:
        shape = {"anyOf": [shape, _NULL]}
    if spec.help:
        shape["description"] = spec.help
    return shape


def _type_shape(schema: Schema, spec: FieldSpec) -> dict:
    kind = spec.type
    if kind == "string":
        return _string(schema, spec)
    if kind == "value":
        return {"anyOf": [_text(spec.required), {"$ref": "#/$defs/interval"}]}
    if kind == "date":
        return {"type": "string", "pattern": f"^{_DAY}$", "format": "date"}
    if kind == "date-or-datetime":
        return {"anyOf": [{"type": "string", "pattern": f"^{_DAY}$", "format": "date"},
                          {"type": "string", "pattern": f"^{_DAY}{_TIME}{_OFFSET}$"}]}
    if kind in ("number", "integer"):
        return {"type": kind, "exclusiveMinimum": -_NUMBER_LIMIT,
                "exclusiveMaximum": _NUMBER_LIMIT}
    if kind == "boolean":
        return {"type": "boolean"}
    if kind == "timezone":  # an IANA name; whether the zone exists, verify says
        return {"type": "string", "pattern": r"^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$"}
    if kind == "span":
        # items + min/maxItems rather than prefixItems: editors still on draft-07
        # read this the same way
        return {"type": "array", "items": {"type": "integer", "minimum": 0},
                "minItems": 2, "maxItems": 2}
    raise ValueError(f"schema.toml: field {spec.name!r} has unknown type {kind!r}")


def _string(schema: Schema, spec: FieldSpec) -> dict:
    if spec.allowed:
        return {"enum": list(spec.allowed)}
    if spec.pattern is None:
        return _text(spec.required)
    regex = schema.patterns[spec.pattern][0]
    shapes = [{"type": "string", "pattern": _anchored(regex)}]
    if re.fullmatch(regex, "0"):  # a plain 2023 is a number, and a valid name here
        shapes.append({"type": "integer", "minimum": 0})
    return {"anyOf": shapes}


def _text(required: bool) -> dict:
    if not required:
        return {"type": _SCALAR_TYPES}
    return {"anyOf": [{"type": "string", "pattern": "\\S"},
                      {"type": ["number", "boolean"]}]}


def _anchored(regex: str) -> str:
    return f"^(?:{regex})$"
