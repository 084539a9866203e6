"""In-process fuzzing: every input ends in findings, fast, never in an exception.

Registries are the shipped files mutated (characters and lines deleted, inserted,
duplicated, swapped; random scalars in value, quantity, holds, as_of, published,
quote and text fields; random nesting), run through `verify_paths` and rendered in
every output format. Value phrases and expressions are fuzzed both directly and
inside a small registry; article text through `extract`'s finder, drafts and runner.

FACTCHECK_FUZZ_EXAMPLES=N runs each property with N random examples
(scripts/fuzz.py); see fuzz_support.py.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

import fuzz_support as fz
from factcheck.findings import FactcheckError


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    space = fz.Workspace(tmp_path_factory.mktemp("fuzz"))
    fz.verify_and_render(space.put(fz.SHIPPED))  # warm up: imports, z3, phrase table
    return space


def verify_property(workspace, files: dict, name: str) -> None:
    root = workspace.put(files)
    with fz.saved_on_failure("registry", files, name):
        fz.timed(name, fz.verify_and_render, root, payload=files)


# ---------------------------------------------------------------- registries

@fz.fuzz_settings(60)
@given(files=fz.mutated_registries())
def test_mutated_shipped_files_end_in_findings(workspace, files):
    verify_property(workspace, files, "verify: mutated shipped files")


FIELD_OPS = st.tuples(st.just("field"), st.integers(0, 10**6), st.one_of(
    *[st.tuples(st.just(field), values) for field, values in fz.FIELD_VALUES.items()]))


@fz.fuzz_settings(60)
@given(files=fz.mutated_registries(max_ops=4, kinds=FIELD_OPS))
def test_random_scalars_in_fields_end_in_findings(workspace, files):
    verify_property(workspace, files, "verify: random field scalars")


NEST_OPS = st.tuples(st.just("nest"), st.integers(0, 10**6), st.tuples(
    st.sampled_from(["flow-list", "flow-map", "block"]),
    st.one_of(st.integers(1, 8), st.integers(60, 70))))


@fz.fuzz_settings(25)
@given(files=fz.mutated_registries(max_ops=3, kinds=NEST_OPS))
def test_random_nesting_ends_in_findings(workspace, files):
    verify_property(workspace, files, "verify: random nesting")


# ---------------------------------------------------------------- value phrases

ANCHORS = st.one_of(st.none(), st.just(dt.date(2023, 10, 3)),
                    st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)))


@fz.fuzz_settings(300)
@given(phrase=fz.value_phrases, anchor=ANCHORS)
def test_random_value_phrases_read_or_are_refused(phrase, anchor):
    from factcheck.grammar import parse_value

    def read():
        try:
            return parse_value(phrase, anchor=anchor)
        except FactcheckError as error:
            assert error.message
            return None

    with fz.saved_on_failure("value", phrase, "value phrase"):
        interval = fz.timed("grammar: parse_value", read, payload=phrase)
        if interval is not None and interval.low is not None and interval.high is not None:
            assert interval.low <= interval.high, interval


@fz.fuzz_settings(40)
@given(phrase=fz.value_phrases,
       quantity=st.sampled_from(["x.count", "x.start", "x.duration", "x.count / x.total",
                                 "x.share", "x.count + x.total"]))
def test_random_value_phrases_in_a_registry(workspace, phrase, quantity):
    verify_property(workspace, fz.phrase_registry(phrase, quantity),
                    "verify: random value phrase")


# ---------------------------------------------------------------- expressions

DIMS = {"karabakh.departed": (("[population]", 1),), "karabakh.population":
        (("[population]", 1),), "karabakh.remaining": (("[population]", 1),),
        "stepanakert.population": (("[population]", 1),), "trip.duration":
        (("[time]", 1),), "blockade.duration": (("[time]", 1),), "a.b": ()}


@fz.fuzz_settings(300)
@given(text=st.one_of(fz.expressions, fz.comparisons))
def test_random_expressions_parse_or_are_refused(text):
    from factcheck import expr

    def read():
        for parse in (expr.parse_expression, expr.parse_comparison):
            try:
                tree = parse(text)
            except FactcheckError as error:
                assert error.message and 0 <= error.offset <= len(text), error.offset
                continue
            expr.names(tree)
            assert expr.to_text(tree)
            for step in (lambda: expr.dimension_of(tree, DIMS),
                         lambda: [expr.linear_form(side) for side in
                                  ((tree.left, tree.right) if parse is
                                   expr.parse_comparison else (tree,))]):
                try:
                    step()
                except FactcheckError as error:
                    assert error.message

    with fz.saved_on_failure("expr", text, "expression"):
        fz.timed("expr: parse, dimension, linear", read, payload=text)


@fz.fuzz_settings(40)
@given(quantity=fz.expressions, holds=fz.comparisons,
       value=st.sampled_from(["over 5 people", "nearly all", "40 hours", "2023-09-19",
                              "three weeks ago", "{low: 1, high: 2}", "83 percent"]))
def test_random_expressions_in_a_registry(workspace, quantity, holds, value):
    verify_property(workspace, fz.expression_registry(quantity, holds, value),
                    "verify: random expressions")


# ---------------------------------------------------------------- extract

@fz.fuzz_settings(150)
@given(text=fz.articles, published=ANCHORS)
def test_random_article_text_extracts_without_error(text, published):
    from factcheck.extract import find_mentions
    from factcheck.extract.drafts import draft_claims
    from factcheck.extract.yamlio import render

    def extract():
        mentions = find_mentions(text, published)
        for mention in mentions:
            assert 0 <= mention.start < mention.end <= len(text)
            assert mention.text == text[mention.start:mention.end]
        fz.strict_json(json.dumps([m.to_json() for m in mentions], ensure_ascii=False))
        drafts = draft_claims(text, mentions, "doc", published)
        render({"id": "doc", "text": "a.txt"}, drafts)

    with fz.saved_on_failure("article", text, "article"):
        fz.timed("extract: find_mentions, drafts", extract, payload=text)


@fz.fuzz_settings(40)
@given(text=fz.articles, format=st.sampled_from(["yaml", "json"]))
def test_random_article_files_through_the_runner(tmp_path_factory, text, format):
    """The runner reads the file and catches everything: code 3 is its internal error."""
    from factcheck.extract.runner import Job, process

    folder = tmp_path_factory.mktemp("article", numbered=True)
    path = folder / "article.txt"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    with fz.saved_on_failure("article", text, "article file"):
        result = fz.timed("extract: runner", process,
                          Job(path, dt.date(2023, 10, 3), format, folder), payload=text)
        assert result.code in (0, 2), result.error
