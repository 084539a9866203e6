"""A safe, positioned YAML loader for registry files.

We read ruamel.yaml's event stream and build our own small node tree instead of
letting ruamel construct Python objects, for three reasons:

- every node keeps the 1-based line and column where it starts, so every later
  finding can point at the exact spot in the file;
- nothing is ever expanded: anchors, aliases and explicit tags are refused at the
  event that introduces them, so a "billion laughs" file costs no more than its size;
- scalars stay strings: the schema decides what a field's type is, and
  `resolve_plain` applies YAML 1.2 core rules when it wants a number or a date.

No input makes this package raise: every problem becomes a `Finding` (rule `yaml`).

- `loader`: `load_file`, `load_bytes`, `load_text`, `read_regular_file`, `gc_paused`
  and the choice of parser (libyaml when installed, `PARSER` says which);
- `nodes`: the tree (`MapNode`, `SeqNode`, `ScalarNode`) and `resolve_plain`;
- `textchecks`: `Limits`, and the checks on bytes and text before parsing;
- `tree`: the tree builder, which refuses what a registry must not contain;
- `fast`: the same tree read line by line from the plain subset most files are
  written in (anything else is left to the parser);
- `syntax`: the parser's syntax errors in plain words.
"""

from .gcpause import gc_paused
from .nodes import (DATE_RE, DATETIME_RE, NULL_WORDS, MapNode, Node, ScalarNode, SeqNode,
                    resolve_plain)
from .textchecks import RULE, Limits

# The loader (and ruamel.yaml with it) is imported when first used: a run whose
# files all come from the cache parses no YAML.
_LOADER = ("PARSER", "load_bytes", "load_file", "load_text", "read_regular_file")


def __getattr__(name: str):
    if name in _LOADER:
        from . import loader

        return getattr(loader, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = [
    "load_file", "load_bytes", "load_text", "read_regular_file", "gc_paused", "PARSER",
    "MapNode", "SeqNode", "ScalarNode", "Node", "resolve_plain",
    "NULL_WORDS", "DATE_RE", "DATETIME_RE", "Limits", "RULE",
]
