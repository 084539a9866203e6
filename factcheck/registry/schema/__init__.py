"""Check a loaded registry file against the schema in data/schema.toml.

The schema is data, so the set of fields can grow without touching this code; the
package knows only the field *types* (string, date, value, span...). `validate`
turns a YAML node tree into a `RawFile` of plain dataclasses that keep the
`Location` of every field, so later stages (value grammar, quotes, expressions) can
point at the exact node they complain about.

- `validation`: `validate`, one file's tree to a `RawFile` and findings (rule `schema`);
- `records`: the dataclasses of a `RawFile` (`RawClaim`, `ExplicitValue`...);
- `declaration`: `load_schema`, data/schema.toml read into a `Schema`;
- `fieldtypes`: `check_scalar_type`, a field's node read as its declared type;
- `unique_ids`: `check_unique_ids`, the one check that spans the registry's files.
"""

from .declaration import FieldSpec, Schema, SectionSpec, load_schema, parse_schema
from .fieldtypes import MAX_DIGITS, MAX_NUMBER, TypeProblem, check_scalar_type, describe
from .records import (KEY_FIELDS, RECORD_CLASSES, ExplicitValue, RawClaim, RawDocument,
                      RawEvent, RawFile, RawPlace, RawQuantity, RawRecord, RawRelation)
from .unique_ids import check_unique_ids
from .validation import RULE, validate

__all__ = [
    "validate", "check_unique_ids", "RULE",
    "RawFile", "RawRecord", "RawDocument", "RawPlace", "RawEvent", "RawQuantity",
    "RawClaim", "RawRelation", "ExplicitValue", "RECORD_CLASSES", "KEY_FIELDS",
    "load_schema", "parse_schema", "Schema", "SectionSpec", "FieldSpec",
    "check_scalar_type", "TypeProblem", "describe", "MAX_DIGITS", "MAX_NUMBER",
]
