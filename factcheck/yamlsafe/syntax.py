"""YAML syntax errors in plain words.

The parser's own messages ("mapping values are not allowed here") name a grammar
rule, not the slip a person made; `syntax_finding` says what the message usually
means and how to fix it, and keeps the parser's words in the hint.
"""

from __future__ import annotations

import re

from ruamel.yaml.error import MarkedYAMLError

from ..findings import Finding
from .textchecks import yaml_error

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


def syntax_finding(error: MarkedYAMLError, name: str) -> Finding:
    """The parser's error as a finding at the place a person should look."""
    problem = str(error.problem or error.context or "invalid YAML").strip()
    mark = error.problem_mark or error.context_mark
    if _UNCLOSED.search(problem) and error.context_mark is not None:
        mark = error.context_mark  # point at the quote or bracket that was left open
    line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    for needle, meaning, fix in _PLAIN_SYNTAX:
        if needle in problem:
            return yaml_error(name, line, column, f"YAML syntax error: {meaning}",
                              hint=f"{fix} (parser said: {problem})")
    return yaml_error(name, line, column, f"YAML syntax error: {problem}")
