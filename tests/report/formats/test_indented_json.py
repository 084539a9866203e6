"""indented_json.dumps writes exactly what json.dumps(ensure_ascii=False, indent=2)
writes, for any value a report could hold and for values it leaves to json.dumps."""

from __future__ import annotations

import json
from collections import OrderedDict

from hypothesis import given
from hypothesis import strategies as st

from factcheck.report.formats.indented_json import dumps

TEXT = st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x10FFFF))
LEAVES = (st.none() | st.booleans() | st.integers() | TEXT
          | st.floats(allow_nan=True, allow_infinity=True))
VALUES = st.recursive(
    LEAVES, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXT, inner, max_size=4)
    | st.tuples(inner, inner), max_leaves=30)


def standard(value) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


@given(VALUES)
def test_the_same_text_as_json_dumps(value):
    assert dumps(value) == standard(value)


def test_by_hand():
    value = {"findings": [], "quantities": {"a.b@2023-10-02": {"low": 3, "open": False}},
             "unchecked": ["c1", "c\u202e2"], "x": [1.5, None, {}], "q": "\"\\\n"}
    assert dumps(value) == (
        '{\n  "findings": [],\n  "quantities": {\n    "a.b@2023-10-02": {\n'
        '      "low": 3,\n      "open": false\n    }\n  },\n  "unchecked": [\n'
        '    "c1",\n    "c\u202e2"\n  ],\n  "x": [\n    1.5,\n    null,\n    {}\n  ],\n'
        '  "q": "\\"\\\\\\n"\n}')
    assert dumps(value) == standard(value)


def test_what_it_leaves_to_json_dumps():
    """Keys that are not strings, subclasses, NaN: json.dumps decides."""
    class Text(str):
        pass

    for value in ({1: "a", None: 2, 2.5: True}, [Text("x")], [float("nan")],
                  OrderedDict(a=1), {"deep": [{"k": float("-inf")}]}):
        assert dumps(value) == standard(value)
