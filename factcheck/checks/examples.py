"""The example registries of a check's documentation page, as files to write: the
docs show them, the tests run them (each example that fails must fail its rule, the
same example fixed must not)."""

from __future__ import annotations

from .base import CHECKS

DEFAULT_FILE = "example.yaml"


def example_files(rule: str, section: str) -> dict[str, str]:
    """{relative path: text} of one example ("Example that fails" or "Fixed"). A
    block is one registry file unless it names its files with `--- PATH` lines;
    a leading line in parentheses says when the example applies."""
    text = CHECKS[rule].doc.get(section, "")
    lines = [line for line in text.splitlines() if not line.startswith("(")]
    files: dict[str, list[str]] = {}
    current = DEFAULT_FILE
    for line in lines:
        if line.startswith("--- "):
            current = line[4:].strip()
            files[current] = []
        else:
            files.setdefault(current, []).append(line)
    return {path: "\n".join(body).strip("\n") + "\n" for path, body in files.items()
            if any(part.strip() for part in body)}
