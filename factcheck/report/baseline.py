"""Baselines: today's findings recorded, so `verify --baseline FILE` shows only new ones.

The file is JSON:

    {"version": 1, "tool": "factcheck",
     "registry": {"fingerprint": "...", "documents": ["karabakh-exodus", ...]},
     "findings": [{"fingerprint": "...", "rule": "...", "severity": "...",
                   "claims": [...], "file": "...", "message": "..."}, ...]}

Findings are matched by fingerprint (rule, claim ids, message without line numbers;
see fingerprint.py), so a baseline survives reordering and reformatting of the YAML.
The registry is known by its document ids: a baseline applies when its registry
shares a document with the one checked (a registry grows), not to another registry.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from .fingerprint import fingerprint, split
from .formats.escape import json_text
from ..findings import UsageError
from .value import Report
from ..files import read_regular_file
from ..safewrite import write_atomic

VERSION = 1
MAX_BYTES = 64 * 2**20  # some 200,000 findings
MAX_DEPTH = 16  # a baseline nests 4 deep
_JSON_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')


class BaselineError(UsageError):
    """A baseline that cannot be used: exit 2 with this message."""


@dataclass(frozen=True)
class Baseline:
    registry: str
    documents: frozenset[str]
    fingerprints: tuple[str, ...]


def documents(report: Report) -> list[str]:
    return sorted(report.registry.documents)


def registry_fingerprint(report: Report) -> str:
    return hashlib.sha256("\n".join(documents(report)).encode()).hexdigest()[:32]


def as_dict(report: Report) -> dict:
    return {
        "version": VERSION,
        "tool": "factcheck",
        "registry": {"fingerprint": registry_fingerprint(report),
                     "documents": documents(report)},
        "findings": [{"fingerprint": fingerprint(f), "rule": f.rule,
                      "severity": f.severity, "claims": list(f.claims), "file": f.file,
                      "message": f.message} for f in report.findings],
    }


def write(path: Path, report: Report) -> None:
    """OSError when the file cannot be written (the caller says so, exit 2)."""
    text = json_text(json.dumps(as_dict(report), ensure_ascii=False, indent=2)) + "\n"
    write_atomic(path, text)


def read(path: Path) -> Baseline:
    """A regular file of at most MAX_BYTES (a link to /dev/zero or a pipe is refused
    before any read), nested at most MAX_DEPTH deep, then parsed."""
    try:
        raw = read_regular_file(Path(path), MAX_BYTES + 1)
    except (OSError, ValueError) as error:  # ValueError: a NUL byte in the name
        raise BaselineError(f"cannot read baseline {path}: "
                            f"{getattr(error, 'strerror', None) or error}") from None
    if len(raw) > MAX_BYTES:
        raise BaselineError(f"baseline {path} is larger than {MAX_BYTES // 2**20} MiB; "
                            "is it the right file?")
    try:
        text = raw.decode("utf-8")
        if json_depth(text) > MAX_DEPTH:
            raise BaselineError(f"baseline {path} is not a factcheck baseline (JSON "
                                f"nested more than {MAX_DEPTH} levels deep); write it "
                                "again with `factcheck baseline write`")
        data = json.loads(text)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise BaselineError(f"baseline {path} is not a factcheck baseline (not JSON: "
                            f"{error}); write it with `factcheck baseline write`") from None
    return _parse(data, path)


def json_depth(text: str) -> int:
    """How deep arrays and objects nest in JSON text, brackets in strings not
    counted; one pass, no recursion (the parser would recurse once per level)."""
    depth = deepest = 0
    for match in _JSON_TOKEN.finditer(text):
        token = match.group()
        if token in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif token in "]}":
            depth -= 1
    return deepest


def _parse(data, path: Path) -> Baseline:
    def bad(why: str) -> BaselineError:
        return BaselineError(f"baseline {path} is not a factcheck baseline ({why}); "
                             "write it again with `factcheck baseline write`")

    if not isinstance(data, dict) or data.get("tool") != "factcheck":
        raise bad("no \"tool\": \"factcheck\"")
    if data.get("version") != VERSION:
        raise bad(f"version {data.get('version')!r}, this factcheck reads {VERSION}")
    registry, findings = data.get("registry"), data.get("findings")
    try:
        prints = tuple(str(f["fingerprint"]) for f in findings)
        docs = frozenset(str(d) for d in registry["documents"])
        return Baseline(str(registry["fingerprint"]), docs, prints)
    except (TypeError, KeyError) as error:
        raise bad(f"missing or mistyped field {error}") from None


def apply(report: Report, path: Path) -> None:
    """Keep only the findings the baseline does not hold; say how many it accepted."""
    baseline = read(path)
    _check_registry(baseline, report, path)
    new, accepted = split(report.findings, baseline.fingerprints)
    report.findings = new
    if accepted:
        report.notes.append(f"{len(accepted)} finding{'s' * (len(accepted) != 1)} "
                            f"recorded in the baseline {path} not shown")


def _check_registry(baseline: Baseline, report: Report, path: Path) -> None:
    here = set(documents(report))
    if baseline.registry == registry_fingerprint(report) or not here \
            or baseline.documents & here:
        return
    theirs = ", ".join(sorted(baseline.documents)) or "none"
    raise BaselineError(f"baseline {path} was written for another registry (documents: "
                        f"{theirs}; this registry has: {', '.join(sorted(here))})")
