"""What a registry file may cost, and the checks on its bytes and text that run
before any parser sees it: size, encoding, characters YAML forbids, line length.

Each problem is a finding of rule `yaml` made by `yaml_error`, which the rest of
the package uses for its own findings too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..findings import Finding, problem, Location

RULE = "yaml"


@dataclass(frozen=True)
class Limits:
    """What one registry file may cost before we refuse to read it."""

    max_bytes: int = 2 * 1024 * 1024
    max_nodes: int = 200_000
    max_depth: int = 64
    # A quote is a sentence or two: a longer line or value is a pasted file or an
    # attack, and would cost every later step (parser, grammar, quotes, reports).
    max_line: int = 10_000  # characters
    max_scalar: int = 10_000  # characters, also for a value written over many lines
    max_findings: int = 50  # past this we stop and say so, rather than flood the report


def yaml_error(name: str, line: int, column: int, message: str,
               hint: str | None = None) -> Finding:
    """An error of rule `yaml` at a 1-based position of the file `name`."""
    return problem(RULE, message, Location(name, line, column), hint=hint)


def size_problem(size: int, name: str, limits: Limits) -> Finding | None:
    if size <= limits.max_bytes:
        return None
    return yaml_error(name, 0, 0,
                      f"file is larger than {_human_size(limits.max_bytes)}; "
                      "factcheck does not read registry files that large",
                      hint="split the registry into several smaller files")


def encoding_problem(data: bytes, name: str) -> Finding | None:
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return yaml_error(name, 1, 1, "file is saved as UTF-16, not UTF-8",
                          hint="save the file again as UTF-8")
    nul = data.find(b"\x00")
    if nul >= 0:
        line, column = _byte_position(data, nul)
        return yaml_error(name, line, column,
                          "file contains a NUL byte: it looks like a binary file, not YAML",
                          hint="registry files are plain text; check you chose the right file")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        line, column = _byte_position(data, error.start)
        bad = data[error.start]
        return yaml_error(name, line, column,
                          f"byte 0x{bad:02x} here is not valid UTF-8",
                          hint="save the file as UTF-8 (older editors may have saved it "
                               "as Latin-1 or Windows-1252)")
    return None


# YAML allows only these characters in a stream (YAML 1.2, production [1]).
_NON_PRINTABLE = re.compile(
    "[^\x09\x0A\x0D\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\U00010000-\U0010FFFF]")


def character_problem(text: str, name: str) -> Finding | None:
    match = _NON_PRINTABLE.search(text)
    if match is None:
        return None
    line, column = _text_position(text, match.start())
    code = ord(match.group())
    if code == 0:
        return yaml_error(name, line, column,
                          "file contains a NUL character: it looks like a binary file, "
                          "not YAML",
                          hint="registry files are plain text; check you chose the right file")
    return yaml_error(name, line, column,
                      f"invisible control character U+{code:04X} is not allowed in YAML",
                      hint="delete it (it often comes from copying text out of a PDF or a "
                           "word processor)")


def line_problem(text: str, name: str, limits: Limits) -> Finding | None:
    """The first line longer than the limit, refused before the parser reads it."""
    if len(text) <= limits.max_line:
        return None
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for number, line in enumerate(lines, start=1):
        if len(line) > limits.max_line:
            return yaml_error(name, number, limits.max_line + 1,
                              f"line {number} is {len(line):,} characters long; factcheck "
                              f"reads lines of at most {limits.max_line:,} characters",
                              hint="a quote is a sentence or two: shorten it")
    return None


def utf8_length(text: str) -> int:
    """The size of the text in UTF-8 bytes, the unit of `Limits.max_bytes`."""
    return len(text.encode("utf-8", errors="surrogatepass"))


def _byte_position(data: bytes, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of a byte offset in UTF-8 data."""
    line_start = data.rfind(b"\n", 0, offset) + 1
    prefix = data[line_start:offset].decode("utf-8", errors="replace")
    return data.count(b"\n", 0, offset) + 1, len(prefix) + 1


def _text_position(text: str, index: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, index) + 1
    return text.count("\n", 0, index) + 1, index - line_start + 1


def _human_size(size: int) -> str:
    if size % (1024 * 1024) == 0:
        return f"{size // (1024 * 1024)} MiB"
    if size % 1024 == 0:
        return f"{size // 1024} KiB"
    return f"{size:,} bytes"
