"""Stable identities of findings, for baselines, `--since` and SARIF.

A finding's fingerprint is its rule, the ids of the claims and relations it names
(as a set), and its message with line numbers, positions and those ids taken out. It
survives reordering and reformatting of the YAML (ids do not move when lines do); it
changes when what the finding says changes ("140,000" becoming "150,000" is new).
A finding that names no claim (a YAML or schema problem) also keys on its file.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable

from ..findings import Finding

# "line 12", "lines 3-4", "claims/a.yaml:12:3", ":12"
_POSITIONS = re.compile(r"\blines? \d+(?:\s*[-–]\s*\d+)?"
                        r"|(?:(?<=\.yaml)|(?<=\.yml)):\d+(?::\d+)?")
_SPACE = re.compile(r"\s+")


def normalise_message(message: str) -> str:
    without = _POSITIONS.sub(lambda m: "line #" if m.group(0)[0] == "l" else "", message)
    return _SPACE.sub(" ", without).strip()


def _without_ids(message: str, ids) -> str:
    """The message with the ids it names as `#`: a conflict lists its members in
    file order ("claim fled, claim residents"), and moving a claim changes that order."""
    for name in sorted(set(ids), key=len, reverse=True):
        message = re.sub(rf"(?<![\w.-]){re.escape(name)}(?![\w.-])", "#", message)
    return message


def fingerprint(finding: Finding) -> str:
    """A short hex digest, stable across line moves (see the module docstring)."""
    message = normalise_message(_without_ids(finding.message, finding.claims))
    parts = [finding.rule, ",".join(sorted(finding.claims)), message]
    if not finding.claims:
        parts.append(finding.file.replace("\\", "/"))
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]


def split(findings: Iterable[Finding], known: Iterable[str]) -> tuple[list, list]:
    """(findings not in `known`, findings in it). `known` is a multiset: a fingerprint
    recorded once accepts one finding, so a second identical finding is new."""
    left = Counter(known)
    new, old = [], []
    for finding in findings:
        key = fingerprint(finding)
        if left[key] > 0:
            left[key] -= 1
            old.append(finding)
        else:
            new.append(finding)
    return new, old
