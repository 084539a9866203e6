"""The loader's entry points: a file, bytes or text to a node tree and findings.

It runs the checks of `textchecks`, then feeds ruamel.yaml's event stream to a
`TreeBuilder`, with libyaml when installed and the pure-Python parser as the
reference. No input makes it raise: every problem becomes a finding.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterator

from ruamel.yaml import YAML

from .gcpause import gc_paused  # noqa: F401  (a loader name, as ever)
from ruamel.yaml import events as ev
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from ..files import read_regular_file
from ..findings import Finding, problem
from .fast import fast_tree
from .nodes import Node
from .syntax import syntax_finding
from .textchecks import (Limits, character_problem, encoding_problem, line_problem,
                         size_problem, utf8_length, yaml_error)
from .tree import TreeBuilder

try:  # libyaml through ruamel.yaml.clibz or ruamel.yaml.clib: ~15x faster, same marks
    from ruamel.yaml.cyaml import CParser as _CParser
except ImportError:  # pragma: no cover - depends on the installation
    _CParser = None

PARSER = "libyaml" if _CParser is not None else "pure-python"


def load_file(path: Path, display_name: str,
              limits: Limits = Limits()) -> tuple[Node | None, list[Finding]]:
    """Load one registry file; never raises. An empty file gives (None, [])."""
    try:
        # Read one byte past the cap so an oversized file is refused unread.
        data = read_regular_file(path, limits.max_bytes + 1)
    except (OSError, ValueError) as error:  # ValueError: a NUL byte in the name
        reason = getattr(error, "strerror", None) or str(error)
        return None, [yaml_error(display_name, 0, 0, f"cannot read this file: {reason}")]
    return load_bytes(data, display_name, limits)


def load_bytes(data: bytes, display_name: str,
               limits: Limits = Limits()) -> tuple[Node | None, list[Finding]]:
    """Check size and encoding of raw bytes, then load them as YAML text."""
    problem = size_problem(len(data), display_name, limits)
    if problem is None:
        problem = encoding_problem(data, display_name)
    if problem is not None:
        return None, [problem]
    text = data.decode("utf-8")
    return _load_checked_text(text.removeprefix("\ufeff"), display_name, limits)


def load_text(text: str, display_name: str,
              limits: Limits = Limits()) -> tuple[Node | None, list[Finding]]:
    """Load YAML text already in memory (tests, stdin); never raises."""
    size = len(text) if len(text) * 4 <= limits.max_bytes else utf8_length(text)
    problem = size_problem(size, display_name, limits)
    if problem is not None:
        return None, [problem]
    return _load_checked_text(text.removeprefix("\ufeff"), display_name, limits)


def _load_checked_text(text: str, name: str,
                       limits: Limits) -> tuple[Node | None, list[Finding]]:
    problem = character_problem(text, name) or line_problem(text, name, limits)
    if problem is not None:
        return None, [problem]
    tree = fast_tree(text, limits)  # the plain subset most files are written in
    if tree is not None:
        return tree, []
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
           fast: bool) -> tuple[TreeBuilder, bool]:
    """Feed the events to a tree builder; True when the parser itself failed."""
    builder = TreeBuilder(name, limits)
    try:
        with gc_paused():
            builder.feed_all(_events(text, fast))
        return builder, False
    except MarkedYAMLError as error:
        builder.findings.append(syntax_finding(error, name))
    except YAMLError as error:  # e.g. a reader error we did not foresee
        builder.findings.append(yaml_error(name, 1, 1, f"cannot read this YAML: {error}"))
    except Exception as error:  # noqa: BLE001 - a parser bug must not stop a whole run
        builder.findings.append(yaml_error(
            name, 1, 1, f"the YAML parser failed on this file ({type(error).__name__}: "
            f"{error})", hint="please report this file to the factcheck maintainers"))
    return builder, True


def _events(text: str, fast: bool) -> Iterator[ev.Event]:
    if not fast:
        yield from YAML(typ="safe", pure=True).parse(text)
        return
    parser = _CParser(text)
    try:  # get_event gives None once the stream has ended
        yield from iter(parser.get_event, None)
    finally:
        parser.dispose()
