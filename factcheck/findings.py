"""The one value type every check produces.

A finding is positioned (file, 1-based line and column of the offending YAML node),
carries a stable rule id and the claim ids involved. Like yamllint's LintProblem, its
equality ignores the wording of the message and hint, so tests survive rewording.
"""

from __future__ import annotations

from dataclasses import dataclass, field

SEVERITIES = ("error", "warning", "info")
_SEVERITY_RANK = {name: rank for rank, name in enumerate(SEVERITIES)}


@dataclass(frozen=True, slots=True)  # hundreds of thousands in a large registry
class Location:
    """Where a YAML node starts: a file and a 1-based line and column."""

    file: str
    line: int = 0
    column: int = 0

    def __reduce__(self):  # pickled by forked readers: as a call, faster than slots
        return (Location, (self.file, self.line, self.column))

    def __str__(self) -> str:
        if not self.line:
            return self.file
        return f"{self.file}:{self.line}:{self.column}"


@dataclass(frozen=True, eq=False)
class Finding:
    rule: str
    severity: str
    message: str
    location: Location
    claims: tuple[str, ...] = ()
    hint: str | None = None
    # Extra structured detail for reports (arithmetic lines, nearest values...).
    details: tuple[str, ...] = field(default=())

    @property
    def file(self) -> str:
        return self.location.file

    @property
    def line(self) -> int:
        return self.location.line

    @property
    def column(self) -> int:
        return self.location.column

    def _key(self):
        return (self.location.file, self.location.line, self.location.column,
                self.rule, self.severity, self.claims)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Finding):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __lt__(self, other: Finding) -> bool:
        return self.sort_key() < other.sort_key()

    def sort_key(self):
        return (self.location.file, self.location.line, self.location.column,
                _SEVERITY_RANK.get(self.severity, 9), self.rule, self.claims)

    def with_severity(self, severity: str) -> Finding:
        return Finding(self.rule, severity, self.message, self.location,
                       self.claims, self.hint, self.details)

    def to_json(self) -> dict:
        return {
            "rule": self.rule,
            "severity": self.severity,
            "message": self.message,
            "file": self.location.file,
            "line": self.location.line,
            "column": self.location.column,
            "claims": list(self.claims),
            "hint": self.hint,
        }


class FactcheckError(Exception):
    """An input problem that stops one piece of work, carried as a finding.

    Raised deep inside parsers (value grammar, expressions) and turned into a
    Finding by the caller that knows the file and YAML position.
    """

    def __init__(self, message: str, hint: str | None = None, offset: int = 0):
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.offset = offset  # 0-based character offset inside the parsed text
