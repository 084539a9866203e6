"""A team's settings, committed next to its registry.

`factcheck.toml`, or a `[tool.factcheck]` table in `pyproject.toml`, found in the
current folder or the nearest folder above it that has either. In one folder,
`factcheck.toml` wins (and `[tool.factcheck]` beside it is ignored); a
`pyproject.toml` without `[tool.factcheck]` does not count. Paths in the file are
relative to the file's folder.

    registry = "claims"                  # the default PATHS of verify and explain
    disable = ["rounding"]               # rules whose findings are dropped
    phrases = "newsroom-phrases.toml"    # merged over the shipped phrase table
    tolerance = 0.15                     # "about", "estimated": ± 15 % (default 10 %)

    [severity]                           # yamllint style: the config sets severity
    disagreement = "error"
    duplicate = "info"

An unknown key, rule id or severity is a ConfigError (exit 2) with a did-you-mean.
"""

from __future__ import annotations

import difflib
import tomllib
from dataclasses import dataclass, field
from fractions import Fraction
from functools import cached_property
from pathlib import Path

from .catalog import RULES
from .findings import SEVERITIES, FactcheckError, Finding

FILE_NAME = "factcheck.toml"
KEYS = ("registry", "severity", "disable", "phrases", "tolerance")


class ConfigError(Exception):
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

        extra = _read_toml(self.phrases, "phrase table") if self.phrases else {}
        if self.tolerance is not None:
            extra.setdefault("qualifiers", {}).setdefault("settings", {})[
                "estimate_tolerance"] = str(self.tolerance)
        try:
            return load_table(extra)
        except FactcheckError as error:
            raise ConfigError(f"{self.phrases}: {error.message}") from None

    def apply(self, findings: list[Finding]) -> list[Finding]:
        """Drop disabled rules; set each rule's severity from the configuration."""
        out = []
        for finding in findings:
            if finding.rule in self.disable:
                continue
            wanted = self.severity.get(finding.rule)
            out.append(finding.with_severity(wanted) if wanted else finding)
        return out


def find(start: Path | None = None) -> tuple[Path, dict] | None:
    """The configuration file that applies in `start` (default: the current folder)
    and its factcheck settings; None when there is none."""
    start = (start or Path.cwd()).resolve()
    for folder in (start, *start.parents):
        own = folder / FILE_NAME
        if own.is_file():
            return own, _read_toml(own, "configuration")
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            settings = _read_toml(pyproject, "configuration").get("tool", {})
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
    folder = source.parent
    config = Config(
        source=source,
        registry=_path(data, "registry", folder, where),
        severity=_severity(data.get("severity", {}), where),
        disable=frozenset(_rules(data.get("disable", []), where, "disable")),
        phrases=_path(data, "phrases", folder, where),
        tolerance=_tolerance(data.get("tolerance"), where),
    )
    config.table  # a phrase table that cannot be read is a usage error, now
    return config


def _label(source: Path) -> str:
    return f"{source} [tool.factcheck]" if source.name == "pyproject.toml" else str(source)


def _path(data: dict, key: str, folder: Path, where: str) -> Path | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not value:
        raise ConfigError(f"{where}: {key} must be a path (text)")
    path = Path(value)
    return path if path.is_absolute() else _relative(folder / path)


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


def _read_toml(path: Path, what: str) -> dict:
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except OSError as error:
        raise ConfigError(f"cannot read {what} {path}: {error.strerror or error}") \
            from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path} is not valid TOML: {error}") from None
