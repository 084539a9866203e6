"""What a format prints from a file (a quote, a `by`, a file name) made harmless.

A claim file may hold any character a YAML escape can write ("\\e[2J", "\\r",
"\\uD800"), and a file name may hold a newline or bytes that are not UTF-8 (Python
reads those as lone surrogates). Printed raw, they drive the terminal (colours, a
new window title, a line overwritten by a carriage return), start a workflow command
of their own in a CI log, or cannot be encoded at all (exit 3). Each format calls
the one function that fits where it prints:

- `visible`: text for a terminal or a log, one line: every control character, bidi
  override and lone surrogate becomes a visible escape (`\\x1b`, `\\n`, `\\u202e`).
- `encodable`: text for JSON, SARIF or a file: only lone surrogates are rewritten
  (JSON escapes control characters itself); a byte of a non-UTF-8 file name, which
  Python holds as U+DC80..U+DCFF, is shown as `\\xNN`.
- `markdown`: `visible`, then every character Markdown or HTML would act on is
  escaped, so a quote holding `![x](http://...)` or a file name holding `|` is text.
"""

from __future__ import annotations

import re

# C0 controls but the tab, DEL and C1 controls, bidi embeddings, overrides and
# isolates (which reorder what a reviewer sees), and lone surrogates.
_UNSAFE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069"
                     "\ud800-\udfff]")
# The same but the line feed: `visible` of each line of a text, in one pass.
_UNSAFE_IN_LINES = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069"
                              "\ud800-\udfff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\x1b": "\\x1b"}
# The ASCII punctuation that acts inside a line of Markdown (emphasis, code, table
# cells, strikethrough), and a `]` that would close a link or an image (`](`, `][`)
# or a link definition (`]:`): a backslash before it makes it a character. A `[`
# alone is left as it is, so an interval reads "[5, 20]".
_MARKDOWN = re.compile(r"([\\`*_|~]|\](?=[(\[:]))")


def _escape(match: re.Match) -> str:
    char = match.group()
    code = ord(char)
    if char in _NAMED:
        return _NAMED[char]
    if 0xDC80 <= code <= 0xDCFF:  # a byte of a file name that is not UTF-8
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str) -> str:
    """One line with nothing a terminal or a CI log would act on."""
    return _UNSAFE.sub(_escape, text)


def encodable(text: str) -> str:
    """Text UTF-8 can encode: lone surrogates written out as escapes."""
    if _has_no_surrogate(text):
        return text
    return _SURROGATE.sub(_escape, text)


def _has_no_surrogate(text: str) -> bool:
    """Whether the text holds no surrogate at all: exactly when UTF-8 encodes it.
    (Encoding the 21 MB report of 100,000 claims takes a fifth of the time the
    regular expression takes to find nothing in it.)"""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def markdown(text: str) -> str:
    """Inline Markdown text that renders as exactly these characters: no link, no
    image, no raw HTML, no table cell boundary."""
    text = _MARKDOWN.sub(r"\\\1", visible(text))
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def json_text(text: str) -> str:
    """JSON from `json.dumps(..., ensure_ascii=False)` that UTF-8 can encode: a lone
    surrogate (only ever inside a string) becomes the six characters `\\\\xNN`."""
    if _has_no_surrogate(text):
        return text
    return _SURROGATE.sub(lambda match: _escape(match).replace("\\", "\\\\"), text)


def visible_lines(text: str) -> str:
    """`visible` for each line of a text whose line breaks are its own."""
    return _UNSAFE_IN_LINES.sub(_escape, text)
