"""The fast path for plain YAML (yamlsafe/fast.py): a file it reads gets the very
tree the parser and tree builder make (values, quoting, lines, columns, order);
anything else it declines, and the parser reads it with its own findings."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.yamlsafe import Limits, MapNode, ScalarNode, SeqNode, loader
from factcheck.yamlsafe.fast import fast_tree

ROOT = Path(__file__).resolve().parents[2]


def shape(node):
    """Everything a node tells, its mappings' order included."""
    if isinstance(node, MapNode):
        return ("map", node.line, node.column,
                [(shape(key), shape(value)) for key, value in node.items.values()])
    if isinstance(node, SeqNode):
        return ("seq", node.line, node.column, [shape(item) for item in node.items])
    assert isinstance(node, ScalarNode)
    return ("scalar", node.value, node.plain, node.line, node.column)


def parsed(text: str, limits: Limits = Limits()):
    """The parser's tree (None when it finds a problem), as if no fast path."""
    builder, failed = loader._build(text, "f.yaml", limits, loader._CParser is not None)
    if failed and loader._CParser is not None:
        builder, _ = loader._build(text, "f.yaml", limits, fast=False)
    return None if builder.findings else builder.result()


def same_or_declined(text: str, limits: Limits = Limits()) -> bool:
    """Whether the fast path declines, or reads what the parser reads."""
    tree = fast_tree(text, limits)
    if tree is None:
        return True
    full = parsed(text, limits)
    return full is not None and shape(tree) == shape(full)


def test_a_registry_file_is_read_as_the_parser_reads_it():
    text = (
        "# Places of batch 0\n"
        "document:\n"
        "  id: report-0-11\n"
        "  url: https://example.org/census\n"
        "  published: 2023-09-27\n"
        "\n"
        "places:\n"
        "  region_0: {name: Kamine region}\n"
        "  town_0_1: { name: Arbe,  within: region_0 }\n"
        "  empty: {}\n"
        "claims:\n"
        "  - id: report-0-11-1\n"
        '    quote: "home to between 120,000 and 150,000 people"\n'
        "    value: between 120,000 and 150,000 people\n"
        "      # a comment alone, anywhere\n"
        "  -   id: report-0-11-2\n"
        "      by: 'the UN'\n"
        "      value: nearly   all\n"
        "tags:\n"
        "  - über\n"
        '  - "quoted"\n'
        "  - {a: b}\n")
    tree = fast_tree(text)
    assert tree is not None and shape(tree) == shape(parsed(text))
    claims = tree.items["claims"][1]
    second = claims.items[1]
    assert (second.line, second.column) == (16, 7)  # where its first key stands
    assert second.items["by"][1] == ScalarNode("the UN", False, 17, 11)
    assert tree.items["places"][1].items["town_0_1"][1].items["within"][1] == ScalarNode(
        "region_0", True, 9, 36)


def test_every_yaml_file_of_the_project_is_read_alike_or_declined():
    files = [*ROOT.glob("tests/**/*.yaml"), *ROOT.glob("claims/**/*.yaml"),
             *ROOT.glob("factcheck/data/**/*.yaml")]
    read = 0
    for path in files:
        try:
            text = path.read_text("utf-8").removeprefix("\ufeff")
        except (UnicodeDecodeError, OSError):
            continue
        assert same_or_declined(text), path
        read += fast_tree(text) is not None
    assert read >= 10  # (hand-written files often put comments after values)


def test_a_generated_registry_is_read_alike_and_fast(tmp_path):
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location(
        "gen_registry", ROOT / "scripts" / "gen_registry.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    module.generate_registry(tmp_path, 400)
    files = list(tmp_path.rglob("*.yaml"))
    assert len(files) > 20
    for path in files:
        text = path.read_text("utf-8")
        tree = fast_tree(text)
        assert tree is not None and shape(tree) == shape(parsed(text)), path


def test_what_the_parser_must_judge_is_declined():
    declined = [
        "a: 1\n---\nb: 2\n",  # a second document
        "a: &x 1\nb: *x\n",  # an anchor and an alias
        "a: !!str 1\n",  # a tag
        "a: 1\na: 2\n",  # a duplicate key
        "true: 1\n",  # a key that is not text
        "a: b: c\n",  # a mapping value where none may be
        "a: b # a comment after a value\n",
        "a:\n  b\n  c\n",  # a value over several lines
        "a: |\n  text\n",  # a block scalar
        "a:\nb: 1\n",  # an empty value
        "a:\n- 1\n",  # a sequence not indented under its key
        "a: [1, 2]\n",  # a flow sequence
        'a: "escaped \\" quote"\n',
        "a: 1\n  b: 2\n",  # a line deeper than its mapping
        "a:\tb\n",  # a tab
        "a: b \n",  # trailing spaces
        "a:b\n",
        "a: {b: c: d}\n",
        "a: {b: c,}\n",
        "- a\n",  # not a mapping at the top
        "  a: 1\n",  # an indented top
        "",
        "# only a comment\n",
    ]
    for text in declined:
        assert fast_tree(text) is None, text


def test_limits_are_left_to_the_tree_builder():
    text = "a:\n  b:\n    c: long value\n  d: 2\n"
    assert fast_tree(text) is not None
    assert fast_tree(text, Limits(max_nodes=8)) is None  # 9: three mappings, six scalars
    assert fast_tree(text, Limits(max_depth=2)) is None  # three mappings deep
    assert fast_tree(text, Limits(max_scalar=5)) is None  # "long value"
    # (near miss) exactly at each limit: read
    assert fast_tree(text, Limits(max_nodes=9, max_depth=3, max_scalar=10)) is not None
    for limits in (Limits(max_nodes=8), Limits(max_nodes=9), Limits(max_depth=2),
                   Limits(max_depth=3), Limits(max_scalar=9), Limits(max_scalar=10)):
        assert same_or_declined(text, limits)


KEYS = st.sampled_from(["a", "b", "id", "value", "true", "null", "x.y", "k_1", "a-b"])
TEXT = st.lists(st.sampled_from(list("ab z09,.:-#{}[]\"'&*!|>%@`\\é中~?") + ["  ", ": "]),
                max_size=12).map("".join)


VALUES = st.one_of(
    TEXT, st.sampled_from(["over 12,000 people", "2023-09-27", "https://x.org/a", "über",
                           "-5", "a: b", "x:", "~", "null", "1e3"]))


@st.composite
def values(draw) -> str:
    """A value as written after `key: ` or `- `: plain, quoted or a flow mapping."""
    kind = draw(st.integers(0, 4))
    value = draw(VALUES)
    if kind == 0:
        return f'"{value}"'
    if kind == 1:
        return f"'{value}'"
    if kind == 2:
        return f"{{{draw(KEYS)}: {value}, {draw(KEYS)}: {draw(VALUES)}}}"
    return value


@st.composite
def block(draw, indent: int, depth: int) -> list[str]:
    """A block mapping's lines at `indent`: values on their line, or a mapping or
    sequence below (now and then indented oddly, or not at all)."""
    lines = []
    for _ in range(draw(st.integers(1, 4))):
        pad = " " * indent
        if draw(st.integers(0, 9)) == 0:
            lines.append(pad + "# " + draw(TEXT))
        key = draw(KEYS)
        if depth >= 3 or draw(st.booleans()):
            lines.append(f"{pad}{key}: {draw(values())}")
            continue
        lines.append(f"{pad}{key}:")
        inner = indent + draw(st.sampled_from([2, 2, 2, 4, 1, 0]))
        if draw(st.booleans()):
            lines.extend(draw(block(inner, depth + 1)))
            continue
        for _ in range(draw(st.integers(1, 3))):
            if draw(st.booleans()):
                first, *rest = draw(block(inner + 2, depth + 1))
                lines.append(" " * inner + "- " + first.lstrip(" "))
                lines.extend(rest)
            else:
                lines.append(" " * inner + "- " + draw(values()))
    return lines


@st.composite
def documents(draw):
    """Registry-shaped files: mostly plain, with values that YAML reads otherwise
    (indicators, `: `, comments, quotes), odd indentation and duplicate keys."""
    return "\n".join(draw(block(0, 0))) + draw(st.sampled_from(["", "\n"]))


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_whatever_the_fast_path_reads_the_parser_reads_alike(text):
    assert same_or_declined(text)
