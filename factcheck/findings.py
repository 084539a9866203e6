"""The one value type every check produces.

A finding is positioned (file, 1-based line and column of the offending YAML node),
carries a stable rule id and the claim ids involved. Like yamllint's LintProblem, its
equality ignores the wording of the message and hint, so tests survive rewording.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

SEVERITIES = ("error", "warning", "info")
_SEVERITY_RANK = {name: rank for rank, name in enumerate(SEVERITIES)}


@dataclass(frozen=True, slots=True, init=False)  # hundreds of thousands in a large registry
class Location:
    """Where a YAML node starts: a file and a 1-based line and column."""

    file: str
    line: int = 0
    column: int = 0

    def __init__(self, file: str, line: int = 0, column: int = 0):
        # A frozen dataclass's own __init__ sets each field through
        # object.__setattr__ (~0.7 µs a Location); the slots' setters cost a third.
        _set_file(self, file)
        _set_line(self, line)
        _set_column(self, column)

    def __reduce__(self):  # pickled by forked readers: as a call, faster than slots
        return (Location, (self.file, self.line, self.column))

    def __str__(self) -> str:
        if not self.line:
            return self.file
        return f"{self.file}:{self.line}:{self.column}"


_set_file, _set_line, _set_column = (getattr(Location, name).__set__
                                     for name in ("file", "line", "column"))


@dataclass(frozen=True, eq=False)
class Finding:
    """`severity` is settled by the checks stage (checks.settle) from the registry of
    checks and the configuration; whoever notices a problem leaves it UNSETTLED."""

    rule: str
    severity: str
    message: str
    location: Location
    claims: tuple[str, ...] = ()
    hint: str | None = None
    # The lines a reader redoes the arithmetic with: each member of a conflicting set
    # with its quote, and the sums that break ("arithmetic" in JSON).
    details: tuple[str, ...] = field(default=())
    # claim id -> the value nearest its own that would make the set agree.
    nearest: tuple[tuple[str, str], ...] = field(default=())
    # The set spans several documents or speakers: a rule that speaks for one voice
    # (trend, date) is then a disagreement's warning, not an error (PRODUCT.md).
    across: bool = False

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
        return replace(self, severity=severity)

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
            "arithmetic": list(self.details),
            "nearest": dict(self.nearest),
        }


UNSETTLED = ""  # the severity of a finding the checks stage has not settled yet


def problem(rule: str, message: str, location: Location, claims: tuple[str, ...] = (),
            hint: str | None = None, **detail) -> Finding:
    """A finding as its finder reports it: the rule it breaks, no severity (the
    checks stage settles that from the registry of checks and the configuration)."""
    return Finding(rule, UNSETTLED, message, location, tuple(claims), hint, **detail)


class FactcheckError(Exception):
    """An input problem that stops one piece of work, carried as a finding.

    Raised deep inside parsers (value grammar, expressions) and turned into a
    Finding by the caller that knows the file and YAML position.
    """

    def __init__(self, message: str, hint: str | None = None, offset: int = 0,
                 rule: str | None = None):
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.offset = offset  # 0-based character offset inside the parsed text
        self.rule = rule  # the rule it breaks when the raiser knows ("unit"); else the caller's


class UsageError(Exception):
    """Bad usage, or input that cannot be read at all: the command exits 2 with this
    message. Each stage's own kinds (RegistryUnreadable, ConfigError, ...) derive
    from it, so the command line handles them in one place."""

    def __init__(self, message: str, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.hint = hint  # what to do, when the raiser knows
