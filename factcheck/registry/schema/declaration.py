"""The schema declaration: data/schema.toml read into `Schema`.

The schema is data, so the set of fields can grow without touching code: this
module only reads what the file declares (patterns, sections and the fields of
each record); `validation` applies it.
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from importlib import resources


@dataclass(frozen=True)
class FieldSpec:
    """One field of a record, as [records.X] declares it."""

    name: str
    type: str
    required: bool = False
    nullable: bool = False
    pattern: str | None = None  # a name from [patterns]
    allowed: tuple[str, ...] = ()
    help: str | None = None


@dataclass(frozen=True)
class SectionSpec:
    """One top-level key of a registry file, as [sections.X] declares it."""

    name: str
    shape: str  # record | map | list
    record: str
    key: str | None = None  # the pattern of the names, for shape "map"


@dataclass(frozen=True)
class Schema:
    """The whole declaration: patterns, sections and the fields of each record."""

    patterns: dict[str, tuple[str, str]]  # name -> (regex, plain description)
    sections: dict[str, SectionSpec]
    records: dict[str, dict[str, FieldSpec]]


@functools.cache
def load_schema() -> Schema:
    """The packaged schema (data/schema.toml)."""
    text = resources.files("factcheck").joinpath("data/schema.toml").read_text("utf-8")
    return parse_schema(tomllib.loads(text))


def parse_schema(data: dict) -> Schema:
    """A Schema from the parsed TOML of a schema file."""
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
