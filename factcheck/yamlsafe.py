"""A safe, positioned YAML loader for registry files.

We read ruamel.yaml's event stream and build our own small node tree instead of
letting ruamel construct Python objects, for three reasons:

- every node keeps the 1-based line and column where it starts, so every later
  finding can point at the exact spot in the file;
- nothing is ever expanded: anchors, aliases and explicit tags are refused at the
  event that introduces them, so a "billion laughs" file costs no more than its size;
- scalars stay strings: the schema decides what a field's type is, and
  `resolve_plain` applies YAML 1.2 core rules when it wants a number or a date.

No input makes this module raise: every problem becomes a `Finding` (rule `yaml`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import gc
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Union

from ruamel.yaml import YAML
from ruamel.yaml import events as ev
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from .findings import Finding, Location

try:  # libyaml through ruamel.yaml.clibz or ruamel.yaml.clib: ~15x faster, same marks
    from ruamel.yaml.cyaml import CParser as _CParser
except ImportError:  # pragma: no cover - depends on the installation
    _CParser = None

PARSER = "libyaml" if _CParser is not None else "pure-python"

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


@dataclass
class ScalarNode:
    value: str
    plain: bool  # written without quotes (and not a block scalar): YAML may resolve it
    line: int
    column: int

    def resolved(self):
        """The scalar's YAML 1.2 core value: quoted text always stays a string."""
        return resolve_plain(self.value) if self.plain else self.value

    @property
    def is_null(self) -> bool:
        """Written as nothing, ~ or null (without quotes)."""
        return self.plain and self.value in NULL_WORDS


@dataclass
class SeqNode:
    items: list[Node]
    line: int
    column: int


@dataclass
class MapNode:
    items: dict[str, tuple[ScalarNode, Node]]
    line: int
    column: int


Node = Union[MapNode, SeqNode, ScalarNode]


# ---------------------------------------------------------------- plain scalars

NULL_WORDS = frozenset(("", "~", "null", "Null", "NULL"))
# Only texts starting with one of these can resolve to something other than text.
_NON_TEXT_STARTS = frozenset("0123456789-+.~nNtTfF")
_BOOL = {"true": True, "True": True, "TRUE": True,
         "false": False, "False": False, "FALSE": False}
_INT = re.compile(r"[-+]?[0-9]+")
_OCT = re.compile(r"0o[0-7]+")
_HEX = re.compile(r"0x[0-9a-fA-F]+")
_FLOAT = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?")
_INF = re.compile(r"([-+]?)\.(?:inf|Inf|INF)")
_NAN = re.compile(r"\.(?:nan|NaN|NAN)")
DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
DATETIME_RE = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,6})?)?"
    r"(?:[Zz]|[-+][0-9]{2}(?::?[0-9]{2})?)?")


def resolve_plain(text: str):
    """Resolve an unquoted scalar per the YAML 1.2 core schema, plus ISO dates.

    Returns None, bool, int, float, datetime.date, datetime.datetime or the text
    itself. A date-shaped text that is no real date (2023-02-30) stays a string:
    the schema reports it with a message of its own.
    """
    if text in NULL_WORDS:
        return None
    if text[0] not in _NON_TEXT_STARTS:  # fast path: most keys and phrases
        return text
    if text in _BOOL:
        return _BOOL[text]
    if text[0].isalpha():
        return text
    if _INT.fullmatch(text):
        return _whole(text)
    if _OCT.fullmatch(text):
        return int(text[2:], 8)
    if _HEX.fullmatch(text):
        return int(text[2:], 16)
    if _FLOAT.fullmatch(text):
        return float(text)
    if match := _INF.fullmatch(text):
        return float(match.group(1) + "inf")
    if _NAN.fullmatch(text):
        return float("nan")
    return _resolve_date(text)


def _whole(text: str) -> int | float:
    """An integer; one with more digits than Python converts (4,300) is ±inf, a
    number still, that the schema refuses as too large."""
    try:
        return int(text)
    except ValueError:
        return float(text)


def _resolve_date(text: str):
    try:
        if DATE_RE.fullmatch(text):
            return dt.date.fromisoformat(text)
        if DATETIME_RE.fullmatch(text):
            return dt.datetime.fromisoformat(text.replace("z", "Z"))
    except ValueError:
        pass
    return text


# ---------------------------------------------------------------- entry points

def load_file(path: Path, display_name: str,
              limits: Limits = Limits()) -> tuple[Node | None, list[Finding]]:
    """Load one registry file; never raises. An empty file gives (None, [])."""
    try:
        # Read one byte past the cap so an oversized file is refused unread.
        data = read_regular_file(path, limits.max_bytes + 1)
    except (OSError, ValueError) as error:  # ValueError: a NUL byte in the name
        reason = getattr(error, "strerror", None) or str(error)
        return None, [_finding(display_name, 0, 0, f"cannot read this file: {reason}")]
    return load_bytes(data, display_name, limits)


def read_regular_file(path: Path, size: int) -> bytes:
    """At most `size` bytes of a regular file. A FIFO, a device or a folder is an
    OSError, raised before any read, so nothing can block or stream forever."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR))
        if not stat.S_ISREG(mode):
            raise OSError(errno.EINVAL, "not a regular file (a device, pipe or socket)")
        with open(fd, "rb", closefd=False) as handle:
            return handle.read(size)
    finally:
        os.close(fd)


def load_bytes(data: bytes, display_name: str,
               limits: Limits = Limits()) -> tuple[Node | None, list[Finding]]:
    """Check size and encoding of raw bytes, then load them as YAML text."""
    problem = _size_problem(len(data), display_name, limits)
    if problem is None:
        problem = _encoding_problem(data, display_name)
    if problem is not None:
        return None, [problem]
    text = data.decode("utf-8")
    return _load_checked_text(text.removeprefix("\ufeff"), display_name, limits)


def load_text(text: str, display_name: str,
              limits: Limits = Limits()) -> tuple[Node | None, list[Finding]]:
    """Load YAML text already in memory (tests, stdin); never raises."""
    size = len(text) if len(text) * 4 <= limits.max_bytes else _utf8_length(text)
    problem = _size_problem(size, display_name, limits)
    if problem is not None:
        return None, [problem]
    return _load_checked_text(text.removeprefix("\ufeff"), display_name, limits)


def _load_checked_text(text: str, name: str,
                       limits: Limits) -> tuple[Node | None, list[Finding]]:
    problem = _character_problem(text, name) or _line_problem(text, name, limits)
    if problem is not None:
        return None, [problem]
    fast = _CParser is not None
    builder, parser_failed = _build(text, name, limits, fast)
    if parser_failed and fast:
        # libyaml is YAML 1.1 and refuses some valid files (a ':' inside a plain value
        # in {...}, as in a URL or a time); the pure parser is the reference, so the
        # same file gets the same verdict and the same message on every machine.
        builder, _ = _build(text, name, limits, fast=False)
    if builder.findings:
        return None, builder.findings
    return builder.result(), []


def _build(text: str, name: str, limits: Limits,
           fast: bool) -> tuple[_TreeBuilder, bool]:
    """Feed the events to a tree builder; True when the parser itself failed."""
    builder = _TreeBuilder(name, limits)
    try:
        with gc_paused():
            for event in _events(text, fast):
                if not builder.feed(event):
                    break
        return builder, False
    except MarkedYAMLError as error:
        builder.findings.append(_syntax_finding(error, name))
    except YAMLError as error:  # e.g. a reader error we did not foresee
        builder.findings.append(_finding(name, 1, 1, f"cannot read this YAML: {error}"))
    except Exception as error:  # noqa: BLE001 - a parser bug must not stop a whole run
        builder.findings.append(_finding(
            name, 1, 1, f"the YAML parser failed on this file ({type(error).__name__}: "
            f"{error})", hint="please report this file to the factcheck maintainers"))
    return builder, True


@contextlib.contextmanager
def gc_paused():
    """The tree has no reference cycles; collecting while it grows costs ~25 %."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _events(text: str, fast: bool) -> Iterator[ev.Event]:
    if not fast:
        yield from YAML(typ="safe", pure=True).parse(text)
        return
    parser = _CParser(text)
    try:
        while parser.check_event():
            yield parser.get_event()
    finally:
        parser.dispose()


# ---------------------------------------------------------------- byte-level checks

def _size_problem(size: int, name: str, limits: Limits) -> Finding | None:
    if size <= limits.max_bytes:
        return None
    return _finding(name, 0, 0,
                    f"file is larger than {_human_size(limits.max_bytes)}; "
                    "factcheck does not read registry files that large",
                    hint="split the registry into several smaller files")


def _encoding_problem(data: bytes, name: str) -> Finding | None:
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return _finding(name, 1, 1, "file is saved as UTF-16, not UTF-8",
                        hint="save the file again as UTF-8")
    nul = data.find(b"\x00")
    if nul >= 0:
        line, column = _byte_position(data, nul)
        return _finding(name, line, column,
                        "file contains a NUL byte: it looks like a binary file, not YAML",
                        hint="registry files are plain text; check you chose the right file")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        line, column = _byte_position(data, error.start)
        bad = data[error.start]
        return _finding(name, line, column,
                        f"byte 0x{bad:02x} here is not valid UTF-8",
                        hint="save the file as UTF-8 (older editors may have saved it "
                             "as Latin-1 or Windows-1252)")
    return None


# YAML allows only these characters in a stream (YAML 1.2, production [1]).
_NON_PRINTABLE = re.compile(
    "[^\x09\x0A\x0D\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\U00010000-\U0010FFFF]")


def _character_problem(text: str, name: str) -> Finding | None:
    match = _NON_PRINTABLE.search(text)
    if match is None:
        return None
    line, column = _text_position(text, match.start())
    code = ord(match.group())
    if code == 0:
        return _finding(name, line, column,
                        "file contains a NUL character: it looks like a binary file, not YAML",
                        hint="registry files are plain text; check you chose the right file")
    return _finding(name, line, column,
                    f"invisible control character U+{code:04X} is not allowed in YAML",
                    hint="delete it (it often comes from copying text out of a PDF or a "
                         "word processor)")


def _line_problem(text: str, name: str, limits: Limits) -> Finding | None:
    """The first line longer than the limit, refused before the parser reads it."""
    if len(text) <= limits.max_line:
        return None
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for number, line in enumerate(lines, start=1):
        if len(line) > limits.max_line:
            return _finding(name, number, limits.max_line + 1,
                            f"line {number} is {len(line):,} characters long; factcheck "
                            f"reads lines of at most {limits.max_line:,} characters",
                            hint="a quote is a sentence or two: shorten it")
    return None


def _byte_position(data: bytes, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of a byte offset in UTF-8 data."""
    line_start = data.rfind(b"\n", 0, offset) + 1
    prefix = data[line_start:offset].decode("utf-8", errors="replace")
    return data.count(b"\n", 0, offset) + 1, len(prefix) + 1


def _text_position(text: str, index: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, index) + 1
    return text.count("\n", 0, index) + 1, index - line_start + 1


def _utf8_length(text: str) -> int:
    return len(text.encode("utf-8", errors="surrogatepass"))


def _human_size(size: int) -> str:
    if size % (1024 * 1024) == 0:
        return f"{size // (1024 * 1024)} MiB"
    if size % 1024 == 0:
        return f"{size // 1024} KiB"
    return f"{size:,} bytes"


def _finding(name: str, line: int, column: int, message: str,
             hint: str | None = None) -> Finding:
    return Finding(RULE, "error", message, Location(name, line, column), hint=hint)


# ---------------------------------------------------------------- syntax errors

# ruamel's (and libyaml's) wording, matched by substring, with what it usually means.
_PLAIN_SYNTAX = (
    ("mapping values are not allowed",
     "a ':' followed by a space inside an unquoted value",
     'put the whole value in double quotes, e.g. quote: "as he said: no"'),
    ("cannot start any token",
     "a character that cannot start a value here (often a tab, '@' or '`')",
     "indent with spaces, not tabs, and quote values that start with '@' or '`'"),
    ("tab character",
     "a tab character used for indentation",
     "indent with spaces, not tabs"),
    ("could not find expected ':'",
     "a line is missing the ':' after its key, or a quoted text is not closed",
     "write 'key: value', and check that every opening quote has its closing quote"),
    ("unexpected end of stream",
     "a quoted text or a bracket is opened here and never closed",
     "add the closing quote or bracket"),
    ("expected <block end>",
     "the indentation does not line up with the lines above",
     "items of the same list or mapping must start in the same column"),
    ("did not find expected key",
     "the indentation does not line up with the lines above",
     "items of the same list or mapping must start in the same column"),
    ("did not find expected '-' indicator",
     "a list item does not line up with the items above it",
     "start every '- ' item of a list in the same column"),
    ("block sequence entries are not allowed",
     "a '- ' list item where a value on the same line was expected",
     "put the list on its own lines below the key"),
    ("unknown escape character",
     "a backslash in double quotes that YAML does not understand",
     "use single quotes, or write a double backslash"),
    ("expected ',' or ']'",
     "a [list] written on one line is not closed or not separated by commas",
     "separate items with ', ' and close the list with ']'"),
    ("expected ',' or '}'",
     "a {mapping} written on one line is not closed or not separated by commas",
     "separate entries with ', ' and close the mapping with '}'"),
)


# Problems found at the end of the file whose cause is where something was opened.
_UNCLOSED = re.compile(r"end of stream|expected ',' or")


def _syntax_finding(error: MarkedYAMLError, name: str) -> Finding:
    problem = str(error.problem or error.context or "invalid YAML").strip()
    mark = error.problem_mark or error.context_mark
    if _UNCLOSED.search(problem) and error.context_mark is not None:
        mark = error.context_mark  # point at the quote or bracket that was left open
    line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    for needle, meaning, fix in _PLAIN_SYNTAX:
        if needle in problem:
            return _finding(name, line, column, f"YAML syntax error: {meaning}",
                            hint=f"{fix} (parser said: {problem})")
    return _finding(name, line, column, f"YAML syntax error: {problem}")


# ---------------------------------------------------------------- the node tree

_REFUSED = object()  # stands in for an alias, a bad key, or the value of a bad key


class _TreeBuilder:
    """Turns events into nodes, refusing what a registry must not contain."""

    def __init__(self, name: str, limits: Limits):
        self.name = name
        self.limits = limits
        self.findings: list[Finding] = []
        self.root: Node | None = None
        self.documents = 0
        self.nodes = 0
        # Open collections; for a mapping also the key waiting for its value.
        self.stack: list[list] = []

    def result(self) -> Node | None:
        root = self.root
        if isinstance(root, ScalarNode) and root.plain and root.value == "":
            return None  # a document with nothing in it ("---" alone)
        return root

    def feed(self, event: ev.Event) -> bool:
        """Take one event; False when reading must stop."""
        kind = type(event)
        if kind is ev.ScalarEvent:  # the common case first: this loop is the hot path
            if not self._count_node(event):
                return False
            if event.anchor is not None or event.tag is not None:
                self._refuse_anchor_and_tag(event)
            if len(event.value) > self.limits.max_scalar:
                self._refuse(event, f"this value is {len(event.value):,} characters long; "
                             f"factcheck reads values of at most "
                             f"{self.limits.max_scalar:,} characters",
                             "a quote is a sentence or two: shorten it")
            mark = event.start_mark  # ruamel marks are 0-based
            self._attach(ScalarNode(event.value, not event.style,
                                    mark.line + 1, mark.column + 1))
        elif kind is ev.MappingEndEvent or kind is ev.SequenceEndEvent:
            self._attach(self.stack.pop()[0])
        elif kind is ev.MappingStartEvent or kind is ev.SequenceStartEvent:
            if not (self._count_node(event) and self._open(event)):
                return False
        elif kind is ev.AliasEvent:  # its .anchor is the name it refers to
            if not self._count_node(event):
                return False
            self._refuse(event, f"alias '*{event.anchor}' is not allowed",
                         "write the value out in full: factcheck refuses aliases so "
                         "that no file can expand into something huge")
            self._attach(_REFUSED)
        elif kind is ev.DocumentStartEvent:
            return self._document_start(event)
        return len(self.findings) < self.limits.max_findings or self._too_many()

    def _document_start(self, event: ev.DocumentStartEvent) -> bool:
        self.documents += 1
        if self.documents == 1:
            return True
        self._refuse(event, "a second YAML document starts here; a registry file holds "
                     "one document", "remove the '---' line, or split the file in two")
        return False

    def _count_node(self, event: ev.Event) -> bool:
        self.nodes += 1
        if self.nodes <= self.limits.max_nodes:
            return True
        self._refuse(event, f"file has more than {self.limits.max_nodes:,} YAML values; "
                     "factcheck does not read files that large",
                     "split the registry into several smaller files")
        return False

    def _refuse_anchor_and_tag(self, event: ev.NodeEvent) -> None:
        if event.anchor is not None:
            self._refuse(event, f"anchor '&{event.anchor}' is not allowed",
                         "remove it and write repeated values out in full")
        tag = getattr(event, "tag", None)
        if tag is not None:
            shown = str(tag).replace("tag:yaml.org,2002:", "!!")
            self._refuse(event, f"explicit tag '{shown}' is not allowed",
                         "remove it: factcheck decides each field's type from the schema")

    def _open(self, event: ev.CollectionStartEvent) -> bool:
        self._refuse_anchor_and_tag(event)
        if len(self.stack) >= self.limits.max_depth:
            self._refuse(event, f"values are nested more than {self.limits.max_depth} "
                         "levels deep", "a registry file needs only a few levels; "
                         "check for stray brackets or indentation")
            return False
        line, column = _start(event)
        if isinstance(event, ev.MappingStartEvent):
            self.stack.append([MapNode({}, line, column), None])
        else:
            self.stack.append([SeqNode([], line, column)])
        return True

    def _attach(self, node) -> None:
        if not self.stack:
            self.root = None if node is _REFUSED else node
            return
        frame = self.stack[-1]
        parent = frame[0]
        if isinstance(parent, SeqNode):
            if node is not _REFUSED:
                parent.items.append(node)
        elif frame[1] is None:
            frame[1] = self._checked_key(parent, node)
        else:
            key = frame[1]
            frame[1] = None
            if key is not _REFUSED and node is not _REFUSED:
                parent.items[key.value] = (key, node)

    def _checked_key(self, mapping: MapNode, key) -> ScalarNode | object:
        if key is _REFUSED:
            return _REFUSED
        if not isinstance(key, ScalarNode):
            self._refuse_at(key.line, key.column,
                            "a key must be a plain word, not a list or a mapping",
                            "use a simple name as the key")
            return _REFUSED
        resolved = key.resolved()
        if not isinstance(resolved, str):
            shown = key.value or "(empty)"
            self._refuse_at(key.line, key.column, f"key {shown} is not text "
                            f"(YAML reads it as {_kind(resolved)})",
                            f'put the key in quotes ("{key.value}") or use a name')
            return _REFUSED
        first = mapping.items.get(key.value)
        if first is not None:
            self._refuse_at(key.line, key.column, f"duplicate key '{key.value}' "
                            f"(first at line {first[0].line}); remove one of them")
            return _REFUSED
        return key

    def _too_many(self) -> bool:
        self.findings.append(_finding(
            self.name, 0, 0, f"more than {self.limits.max_findings} YAML problems in "
            "this file; stopped reading it", hint="fix the problems above and run again"))
        return False

    def _refuse(self, event: ev.Event, message: str, hint: str | None = None) -> None:
        self._refuse_at(*_start(event), message, hint)

    def _refuse_at(self, line: int, column: int, message: str,
                   hint: str | None = None) -> None:
        self.findings.append(_finding(self.name, line, column, message, hint))


def _start(event: ev.Event) -> tuple[int, int]:
    mark = event.start_mark  # ruamel marks are 0-based
    return mark.line + 1, mark.column + 1


def _kind(value) -> str:
    if value is None:
        return "empty (null)"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    return "a date"
