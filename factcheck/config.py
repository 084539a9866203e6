"""A team's settings, committed next to its registry.

`factcheck.toml`, or a `[tool.factcheck]` table in `pyproject.toml`, found in the
current folder or the nearest folder above it that has either. In one folder,
`factcheck.toml` wins (and `[tool.factcheck]` beside it is ignored); a
`pyproject.toml` without `[tool.factcheck]` does not count. Paths in the file are
relative to the file's folder and must stay inside it: an absolute path, a `..`
that climbs out or a symbolic link leading out is refused unread, as is a
configuration file that is itself a link out of its folder (a pull request edits
this file too, and the check must not read, or quote, anything outside).

    registry = "claims"                  # the default PATHS of verify and explain
    disable = ["rounding"]               # rules whose findings are dropped
    phrases = "newsroom-phrases.toml"    # merged over the shipped phrase table
    tolerance = 0.15                     # "about", "estimated": ± 15 % (default 10 %)

    [severity]                           # yamllint style: the config sets severity
    disagreement = "error"
    duplicate = "info"

An unknown key, rule id or severity is a ConfigError (exit 2) with a did-you-mean.
So is a file that cannot serve: a folder, a pipe or a device (refused before any
read, so nothing blocks), more than MAX_BYTES, binary or not UTF-8.
"""

from __future__ import annotations

import difflib
import os
import tomllib
from dataclasses import dataclass, field
from fractions import Fraction
from functools import cached_property
from pathlib import Path

from .checks import CHECKS as RULES
from .checks import settle
from .findings import SEVERITIES, FactcheckError, Finding, UsageError
from .files import read_regular_file

FILE_NAME = "factcheck.toml"
KEYS = ("registry", "severity", "disable", "phrases", "tolerance")
MAX_BYTES = 1024 * 1024  # the shipped phrase table is 10 KiB


class ConfigError(UsageError):
    """A configuration that cannot be used: exit 2 with this message."""


@dataclass
class Config:
    source: Path | None = None
    registry: Path | None = None
    severity: dict[str, str] = field(default_factory=dict)
    disable: frozenset[str] = frozenset()
    phrases: Path | None = None
    tolerance: Fraction | None = None

    @cached_property
    def table(self):
        """The phrase table with the user's phrases and tolerance; None: the shipped."""
        if self.phrases is None and self.tolerance is None:
            return None
        from .grammar import load_table

        extra = self._read_phrases() if self.phrases else {}
        if self.tolerance is not None:
            extra.setdefault("qualifiers", {}).setdefault("settings", {})[
                "estimate_tolerance"] = str(self.tolerance)
        try:
            return load_table(extra)
        except FactcheckError as error:
            raise ConfigError(f"{self.phrases}: {error.message}") from None

    def _read_phrases(self) -> dict:
        try:
            return _read_toml(self.phrases, "phrase table")
        except ConfigError as error:
            if self.source is None:
                raise
            raise ConfigError(f"{_label(self.source)}: phrases: {error}") from None

    def apply(self, findings: list[Finding]) -> list[Finding]:
        """Drop disabled rules; each finding gets its rule's severity, from this
        configuration where it sets one, else from the registered check."""
        return settle(findings, self.severity, self.disable)


def find(start: Path | None = None) -> tuple[Path, dict] | None:
    """The configuration file that applies in `start` (default: the current folder)
    and its factcheck settings; None when there is none."""
    start = (start or Path.cwd()).resolve()
    for folder in (start, *start.parents):
        own = folder / FILE_NAME
        if own.is_file():
            return own, _read_config(own)
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            settings = _read_config(pyproject).get("tool", {})
            if isinstance(settings, dict) and "factcheck" in settings:
                return pyproject, settings["factcheck"]
    return None


def load(start: Path | None = None) -> Config:
    found = find(start)
    if found is None:
        return Config()
    return parse(found[1], found[0])


def parse(data, source: Path) -> Config:
    where = _label(source)
    if not isinstance(data, dict):
        raise ConfigError(f"{where}: the factcheck settings must be a table")
    for key in data:
        if key not in KEYS:
            raise ConfigError(f"{where}: unknown key {key!r}{_did_you_mean(key, KEYS)}; "
                              f"the keys are {', '.join(KEYS)}")
    config = Config(
        source=source,
        registry=_path(data, "registry", source, "registry folder"),
        severity=_severity(data.get("severity", {}), where),
        disable=frozenset(_rules(data.get("disable", []), where, "disable")),
        phrases=_path(data, "phrases", source, "phrase file"),
        tolerance=_tolerance(data.get("tolerance"), where),
    )
    config.table  # a phrase table that cannot be read is a usage error, now
    return config


def _label(source: Path) -> str:
    return f"{source} [tool.factcheck]" if source.name == "pyproject.toml" else str(source)


def _path(data: dict, key: str, source: Path, what: str) -> Path | None:
    """The path `key` names, relative to the configuration's folder and inside it.
    Refused without touching the file: absolute, climbing out, or linking out."""
    value = data.get(key)
    if value is None:
        return None
    where = _label(source)
    if not isinstance(value, str) or not value:
        raise ConfigError(f"{where}: {key} must be a path (text)")
    folder = source.parent
    fix = f"put the {what} inside {folder} and give its path relative to that folder"
    if os.path.isabs(value):
        raise ConfigError(f"{where}: {key} = {value!r} is an absolute path and is not "
                          f"read; {fix}")
    real, root = _real(folder / value), _real(folder)
    if real is None or root is None:
        raise ConfigError(f"{where}: {key} = {value!r} cannot be used: its symbolic "
                          "links loop or its name is not a usable file name")
    if not real.is_relative_to(root):
        raise ConfigError(f"{where}: {key} = {value!r} leads outside the folder of "
                          f"{source.name} (through '..' or a symbolic link) and is not "
                          f"read; {fix}")
    return _relative(folder / value)


def _real(path: Path) -> Path | None:
    """The path with every symlink resolved; None when that fails (a symlink loop,
    a NUL byte in the name)."""
    try:
        return path.resolve()
    except (OSError, RuntimeError, ValueError):  # RuntimeError: a loop, Python < 3.13
        return None


def _relative(path: Path) -> Path:
    """Shown relative to the working folder when under it, as findings name files."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve())
    except ValueError:
        return path


def _rules(value, where: str, key: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: {key} must be a list of rule ids")
    for rule_id in value:
        _known_rule(rule_id, where, key)
    return value


def _known_rule(rule_id: str, where: str, key: str) -> None:
    if rule_id not in RULES:
        raise ConfigError(f"{where}: {key}: unknown rule {rule_id!r}"
                          f"{_did_you_mean(rule_id, RULES)}; the rules are "
                          + ", ".join(RULES))


def _severity(value, where: str) -> dict[str, str]:
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: severity must be a table of rule = \"error\", "
                          "\"warning\" or \"info\"")
    for rule_id, level in value.items():
        _known_rule(rule_id, where, "severity")
        if level not in SEVERITIES:
            raise ConfigError(f"{where}: severity.{rule_id}: unknown severity {level!r}"
                              f"{_did_you_mean(str(level), SEVERITIES)}; use "
                              + ", ".join(SEVERITIES))
    return dict(value)


def _tolerance(value, where: str) -> Fraction | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) \
            or not 0 <= value < 1:
        raise ConfigError(f"{where}: tolerance must be a number from 0 to below 1 "
                          f"(0.1 is 10 %), not {value!r}")
    return Fraction(str(value))


def _did_you_mean(word: str, choices) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _read_config(path: Path) -> dict:
    """A configuration file found in `path.parent`: a symbolic link out of that folder
    is not read (its TOML errors or unknown keys would quote the file it leads to)."""
    real = _real(path)
    if real is None or not real.is_relative_to(path.parent):
        raise ConfigError(f"{path} is a symbolic link to a file outside its folder; "
                          "factcheck does not read it: replace the link by the file "
                          "itself")
    return _read_toml(path, "configuration")


def _read_toml(path: Path, what: str) -> dict:
    try:
        data = read_regular_file(path, MAX_BYTES + 1)
    except (OSError, ValueError) as error:  # ValueError: a NUL byte in the name
        reason = getattr(error, "strerror", None) or error
        raise ConfigError(f"cannot read {what} {path}: {reason}") from None
    if len(data) > MAX_BYTES:
        raise ConfigError(f"{what} {path} is larger than {MAX_BYTES // 1024} KiB; is it "
                          "the right file?")
    if b"\x00" in data:
        raise ConfigError(f"{what} {path} looks like a binary file, not TOML text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[:error.start].count(b"\n") + 1
        raise ConfigError(f"{what} {path} is not UTF-8 (first bad byte at line {line}); "
                          "save it as UTF-8") from None
    try:
        return tomllib.loads(text.removeprefix("\ufeff"))
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path} is not valid TOML: {error}") from None
    except RecursionError:  # tomllib parses nested arrays and tables recursively
        raise ConfigError(f"{what} {path} nests arrays or tables hundreds of levels "
                          "deep; a factcheck configuration needs a few") from None
