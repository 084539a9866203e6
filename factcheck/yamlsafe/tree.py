"""Events to nodes: the tree builder, where whatever a registry must not contain
is refused at the event that introduces it.

Anchors, aliases and explicit tags are refused, never expanded, so a "billion
laughs" file costs no more than its size; so are keys that are not text, duplicate
keys, a second document, and trees too large or too deep for `Limits`.
"""

from __future__ import annotations

from ruamel.yaml import events as ev

from ..findings import Finding
from .nodes import NON_TEXT_STARTS, MapNode, Node, ScalarNode, SeqNode
from .textchecks import Limits, yaml_error

_REFUSED = object()  # stands in for an alias, a bad key, or the value of a bad key


class TreeBuilder:
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

    def feed_all(self, events) -> None:
        """Every event until the stream ends or reading must stop: `feed` for each,
        with the common case (a plain, short scalar inside a collection) done here
        in line, as the loader's hot path (most of a registry's events)."""
        scalar_event, seq_node, refused = ev.ScalarEvent, SeqNode, _REFUSED
        ends, non_text = (ev.MappingEndEvent, ev.SequenceEndEvent), NON_TEXT_STARTS
        max_scalar, max_nodes = self.limits.max_scalar, self.limits.max_nodes
        max_findings = self.limits.max_findings
        findings, stack = self.findings, self.stack
        for event in events:
            if (type(event) is not scalar_event or not stack or self.nodes >= max_nodes
                    or event.anchor is not None or event.ctag is not None
                    or len(event.value) > max_scalar):
                if type(event) in ends:  # feed's case, without its dispatch
                    self._attach(stack.pop()[0])
                elif not self.feed(event):
                    return
                if len(findings) >= max_findings:
                    self._too_many()
                    return
                continue
            self.nodes += 1
            mark = event.start_mark  # ruamel marks are 0-based
            node = ScalarNode(event.value, not event.style, mark.line + 1, mark.column + 1)
            frame = stack[-1]  # _attach, in line
            parent = frame[0]
            if type(parent) is seq_node:
                parent.items.append(node)
            elif frame[1] is None:
                text = node.value
                if text and (text[0] not in non_text or not node.plain) \
                        and text not in parent.items:
                    frame[1] = node  # text, and new in its mapping: _checked_key's yes
                    continue
                frame[1] = self._checked_key(parent, node)
                if len(findings) >= max_findings:
                    self._too_many()
                    return
            else:
                key = frame[1]
                frame[1] = None
                if key is not refused:
                    parent.items[key.value] = (key, node)

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
        self.findings.append(yaml_error(
            self.name, 0, 0, f"more than {self.limits.max_findings} YAML problems in "
            "this file; stopped reading it", hint="fix the problems above and run again"))
        return False

    def _refuse(self, event: ev.Event, message: str, hint: str | None = None) -> None:
        self._refuse_at(*_start(event), message, hint)

    def _refuse_at(self, line: int, column: int, message: str,
                   hint: str | None = None) -> None:
        self.findings.append(yaml_error(self.name, line, column, message, hint))


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
