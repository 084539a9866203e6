"""In-process fuzzing: every input ends in findings, fast, never in an exception.

Registries are the shipped files mutated (characters and lines deleted, inserted,
duplicated, swapped; random scalars in the value, quantity, holds, as_of, published,
quote, text, unit, trend, within and name fields; random nesting), run through
`verify_paths` and rendered in every registered output format. Value phrases and
expressions are fuzzed both directly and inside a small registry; article text goes
through `extract`'s finder, drafts and runner.

FACTCHECK_FUZZ_EXAMPLES=N runs each property with N random examples
(scripts/fuzz.py); see fuzz_support.py.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import fuzz_support as fz


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    space = fz.Workspace(tmp_path_factory.mktemp("fuzz"))
    fz.verify_and_render(space.put(fz.SHIPPED))  # warm up: imports, z3, phrase table
    return space


def verify_property(workspace, files: dict, name: str) -> None:
    root = workspace.put(files)
    with fz.saved_on_failure("registry", files, name), fz.skipping_known_bugs():
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
    with fz.saved_on_failure("value", phrase, "value phrase"), fz.skipping_known_bugs():
        fz.timed("grammar: parse_value", fz.check_value, phrase, anchor, payload=phrase)


@fz.fuzz_settings(40)
@given(phrase=fz.value_phrases,
       quantity=st.sampled_from(["x.count", "x.start", "x.duration", "x.count / x.total",
                                 "x.share", "x.count + x.total"]))
def test_random_value_phrases_in_a_registry(workspace, phrase, quantity):
    verify_property(workspace, fz.phrase_registry(phrase, quantity),
                    "verify: random value phrase")


# ---------------------------------------------------------------- expressions

@fz.fuzz_settings(300)
@given(text=st.one_of(fz.expressions, fz.comparisons))
def test_random_expressions_parse_or_are_refused(text):
    with fz.saved_on_failure("expr", text, "expression"), fz.skipping_known_bugs():
        fz.timed("expr: parse, dimension, linear", fz.check_expression, text, payload=text)


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
    with fz.saved_on_failure("article", text, "article"), fz.skipping_known_bugs():
        fz.timed("extract: find_mentions, drafts", fz.check_article, text, published,
                 payload=text)


@fz.fuzz_settings(40)
@given(text=fz.articles, format=st.sampled_from(["yaml", "json"]))
def test_random_article_files_through_the_runner(tmp_path_factory, text, format):
    path = tmp_path_factory.mktemp("article", numbered=True) / "article.txt"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    with fz.saved_on_failure("article", text, "article file"):
        fz.timed("extract: runner", fz.check_article_file, path, format, payload=text)
