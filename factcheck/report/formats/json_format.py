"""The JSON object of the contract: findings, quantities, unchecked claims, summary."""

from __future__ import annotations

from json.encoder import encode_basestring

from ..value import Report
from .escape import json_text
from .indented_json import dumps, value_text


def as_dict(report: Report) -> dict:
    data = {
        "findings": [f.to_json() for f in report.findings],
        "quantities": {str(r.key): r.to_json() for r in report.ranges},
        "unchecked": list(report.unchecked),
        "summary": report.summary(),
    }
    if report.since is not None:  # only with --since: what the edit changed
        data["since"] = report.since
    return data


def render(report: Report) -> str:
    return json_text(dumps(as_dict(report))) + "\n"


# The same text from pieces kept by the cache (report/quick.py): each finding and
# each quantity written as it stands nested in the whole, joined as dumps joins them.
_NESTED = "\n    "


def finding_piece(finding) -> str | None:
    """A finding as it stands in the findings array (None: not one dumps writes)."""
    return value_text(finding.to_json(), _NESTED)


def range_piece(found) -> str | None:
    """An implied range as it stands in the quantities object, its key with it."""
    data = found.to_json()
    # Most ranges hold whole numbers or dates, true/false and a unit: written in
    # one piece (a report of 100,000 claims has as many); anything else as dumps.
    words = [_WORDS[value] if value is None or type(value) is bool
             else int.__repr__(value) if type(value) is int
             else encode_basestring(value) if type(value) is str else None
             for value in data.values()]
    if None in words or tuple(data) != _RANGE_KEYS:
        text = value_text(data, _NESTED)
        return None if text is None else f"{encode_basestring(str(found.key))}: {text}"
    low, high, low_open, high_open, unit = words
    return (f'{encode_basestring(str(found.key))}: {{\n      "low": {low},\n      "high": '
            f'{high},\n      "low_open": {low_open},\n      "high_open": {high_open},\n'
            f'      "unit": {unit}\n    }}')


def range_pieces(text: str, count: int) -> list[str] | None:
    """The quantities' pieces of `text` (render's, with `count` quantities), each as
    range_piece writes it (None: not such a text). A string in JSON holds no line
    break, and each quantity's own lines are indented deeper: a line that starts
    with a quote after four spaces starts the next quantity."""
    head, tail = '\n  "quantities": {' + _NESTED, "\n  },\n  \"unchecked\": "
    start = text.find(head)
    end = text.find(tail, start)
    if count == 0 or start < 0 or end < 0:
        return [] if count == 0 else None
    pieces = text[start + len(head):end].split("," + _NESTED + '"')
    if len(pieces) != count:
        return None
    return [pieces[0], *('"' + piece for piece in pieces[1:])]


_WORDS = {None: "null", True: "true", False: "false"}
_RANGE_KEYS = ("low", "high", "low_open", "high_open", "unit")


def assemble(findings: list[str], quantities: list[str], unchecked: list[str],
             summary: dict) -> str | None:
    """render(report) from the pieces of its findings and ranges, in order, with its
    unchecked claims and summary (a report with no `since`)."""
    tail = value_text(unchecked, "\n  "), value_text(summary, "\n  ")
    if None in tail:
        return None
    return json_text("".join([
        '{\n  "findings": ', _joined(findings, "[", "]"),
        ',\n  "quantities": ', _joined(quantities, "{", "}"),
        ',\n  "unchecked": ', tail[0], ',\n  "summary": ', tail[1], "\n}"])) + "\n"


def _joined(pieces: list[str], opening: str, closing: str) -> str:
    if not pieces:
        return opening + closing
    return f"{opening}{_NESTED}{(',' + _NESTED).join(pieces)}\n  {closing}"
