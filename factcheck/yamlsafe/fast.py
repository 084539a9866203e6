"""A fast path for the plain YAML registry files are mostly written in.

libyaml parses quickly, but each of its events becomes three Python objects (the
event and two marks) before the tree builder sees it: most of reading a large
registry's YAML. Files written in a plain subset (block mappings and sequences
indented with spaces, one `key: value` a line, values plain, quoted without
escapes, or a one-line `{key: value, ...}`, comments on lines of their own) are
read here line by line into the same nodes, at the same lines and columns.

Anything else (a tab, a value over several lines, an empty value, a comment after
a value, an anchor, a duplicate key, a second document, a tree past the limits...)
gives None, and the file is read by the parser as before, with the same findings
and messages: this path never refuses a file, it only declines one.
"""

from __future__ import annotations

import re

from .nodes import NULL_WORDS, MapNode, ScalarNode, SeqNode
from .textchecks import Limits

# A key: a name as registries write them (never one YAML reads as not text).
_KEY = r"[A-Za-z_][A-Za-z0-9_.@-]*"
# What no plain value holds: a comment, a quote, a tab or what YAML 1.1 reads as a
# line break (tabs and those are refused before); nor may it start with an
# indicator. (`: ` inside, or `:` at its end, is looked for apart.)
_NOT_PLAIN = "#'\"\\x85\\u2028\\u2029\\ufeff"
_PLAIN = rf"[^\s\-?:,\[\]{{}}&*!|>%@`{_NOT_PLAIN}](?:[^{_NOT_PLAIN}]*[^\s{_NOT_PLAIN}])?"
# One `key: value` (or `key:`, its block below) of a block mapping; a value plain,
# quoted without escapes, or a one-line flow mapping (read apart).
_ENTRY = re.compile(
    rf"(?P<key>{_KEY}):(?P<gap> +)?(?:(?P<plain>{_PLAIN})|\"(?P<double>[^\"\\\\]*)\""
    rf"|'(?P<single>[^']*)'|(?P<flow>\{{.*))?")
_ITEM = re.compile(rf"(?:(?P<plain>{_PLAIN})|\"(?P<double>[^\"\\\\]*)\"|'(?P<single>[^']*)'"
                   rf"|(?P<flow>\{{.*))")
# A value inside {...}: as above, without the flow indicators and colons.
_FLOW_PLAIN = r"[^\s\-?:,\[\]{}#&*!|>'\"%@`](?:[^:,\[\]{}#'\"]*[^\s:,\[\]{}#'\"])?"
_FLOW_ITEM = re.compile(
    rf" *(?P<key>{_KEY}): +(?:(?P<plain>{_FLOW_PLAIN})|\"(?P<double>[^\"\\\\]*)\") *(?P<end>[,}}])")
_WORDS = NULL_WORDS | {"true", "True", "TRUE", "false", "False", "FALSE"}
_DEEPEST = 16  # far below Limits.max_depth: deeper files are read by the parser
# Tabs, and what YAML reads as a line break besides "\n" (or a byte-order mark
# inside the text): lines and columns would be counted otherwise.
_UNUSUAL = ("\t", "\r", "\x85", "\u2028", "\u2029", "\ufeff")


class _Declined(Exception):
    pass


def fast_tree(text: str, limits: Limits = Limits()) -> MapNode | None:
    """The file's tree, as the parser and tree builder would make it, or None when
    the text is not in the plain subset (the parser then reads it)."""
    if any(mark in text for mark in _UNUSUAL):
        return None
    try:
        reader = _Reader(text, limits)
        tree = reader.document()
    except _Declined:
        return None
    return tree if reader.nodes <= limits.max_nodes else None


def _value(match, number: int, column: int, reader) -> ScalarNode | MapNode:
    """The value a line's match holds, from 0-based `column` (its first character)."""
    plain = match["plain"]
    if plain is not None:
        if ": " in plain or plain[-1] == ":" or len(plain) > reader.limits.max_scalar:
            raise _Declined  # (not a plain value, or the tree builder's finding)
        reader.nodes += 1
        return ScalarNode(plain, True, number, column + 1)
    quoted = match["double"]
    if quoted is None:
        quoted = match["single"]
    if quoted is not None:
        if len(quoted) > reader.limits.max_scalar:
            raise _Declined
        reader.nodes += 1
        return ScalarNode(quoted, False, number, column + 1)
    raise _Declined


class _Reader:
    def __init__(self, text: str, limits: Limits):
        self.limits = limits
        self.nodes = 0
        self.deepest = min(_DEEPEST, limits.max_depth)
        # (line number, indentation, content) of each line that is not blank or a
        # comment alone
        self.lines = lines = []
        for number, line in enumerate(text.split("\n"), 1):
            content = line.lstrip(" ")
            if content and content[0] != "#":
                if "#" in content or line[-1] == " ":
                    raise _Declined  # (a comment after a value, trailing spaces)
                lines.append((number, len(line) - len(content), content))

    def document(self) -> MapNode:
        if not self.lines or self.lines[0][1] != 0:
            raise _Declined
        node, at = self.mapping(0, 0, None, 1)
        if at != len(self.lines):
            raise _Declined
        return node

    def mapping(self, at: int, indent: int, first: str | None, depth: int):
        """A block mapping whose keys stand at `indent` (0-based), from line `at`
        (`first`: that line's content after a sequence's dash)."""
        if depth > self.deepest:
            raise _Declined
        lines, count = self.lines, len(self.lines)
        number = lines[at][0]
        node = MapNode({}, number, indent + 1)
        items = node.items
        while at < count:
            number, column, content = lines[at]
            if first is not None:
                column, content, first = indent, first, None
            elif column != indent:
                break
            entry = _ENTRY.fullmatch(content)
            if entry is None:
                raise _Declined
            key = entry["key"]
            if key in items or key in _WORDS or len(key) > self.limits.max_scalar:
                raise _Declined  # (the tree builder's findings, from the parser)
            self.nodes += 1
            key_node = ScalarNode(key, True, number, column + 1)
            gap = entry["gap"]
            if gap is None:
                if len(content) != len(key) + 1:
                    raise _Declined  # `key:value`: for the parser to judge
                value, at = self.nested(at + 1, indent, depth)
            else:
                start = column + len(key) + 1 + len(gap)
                if entry["flow"] is not None:
                    value = self.flow(entry["flow"], number, start, depth + 1)
                else:
                    value = _value(entry, number, start, self)
                at += 1
            items[key] = (key_node, value)
        if at < count and lines[at][1] > indent:
            raise _Declined
        self.nodes += 1
        return node, at

    def nested(self, at: int, indent: int, depth: int):
        """The block under a key with nothing after its colon."""
        if at == len(self.lines) or self.lines[at][1] <= indent:
            raise _Declined  # an empty value: the parser places it
        inner = self.lines[at][1]
        if self.lines[at][2][0] == "-":
            return self.sequence(at, inner, depth + 1)
        return self.mapping(at, inner, None, depth + 1)

    def sequence(self, at: int, indent: int, depth: int):
        if depth > self.deepest:
            raise _Declined
        lines, count = self.lines, len(self.lines)
        node = SeqNode([], lines[at][0], indent + 1)
        items = node.items
        while at < count and lines[at][1] == indent:
            number, _, content = lines[at]
            if content[:2] != "- ":
                raise _Declined
            rest = content[2:].lstrip(" ")
            column = indent + len(content) - len(rest)
            if _ENTRY.fullmatch(rest) is not None:
                item, at = self.mapping(at, column, rest, depth + 1)
            else:
                match = _ITEM.fullmatch(rest)
                if match is None:
                    raise _Declined
                item = (self.flow(rest, number, column, depth + 1)
                        if match["flow"] is not None else _value(match, number, column, self))
                at += 1
            items.append(item)
        if at < count and lines[at][1] > indent:
            raise _Declined
        self.nodes += 1
        return node, at

    def flow(self, text: str, number: int, column: int, depth: int) -> MapNode:
        """A one-line `{key: value, ...}` from 0-based `column`."""
        if depth > self.deepest:
            raise _Declined
        node = MapNode({}, number, column + 1)
        items = node.items
        self.nodes += 1
        if text[1:].strip(" ") == "}":
            return node
        position = 1
        while True:
            item = _FLOW_ITEM.match(text, position)
            if item is None:
                raise _Declined
            key = item["key"]
            if key in items or key in _WORDS or len(key) > self.limits.max_scalar:
                raise _Declined
            self.nodes += 1
            key_node = ScalarNode(key, True, number, column + item.start("key") + 1)
            items[key] = (key_node, _value(item, number, column + item.start(
                "plain" if item["plain"] is not None else "double") - (
                item["plain"] is None), self))
            position = item.end()
            if item["end"] == "}":
                break
        if text[position:].strip(" "):
            raise _Declined
        return node
