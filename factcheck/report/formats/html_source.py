"""Each source text in the HTML report, its quoted passages marked and its numbers
in bold, linked both ways with the claims: a numbered link at each quote leads to
its claim (`#claim-ID`), and each claim links back to its quote (`#quote-ID`)."""

from __future__ import annotations

from html import escape

from ...checks.quote_match import find_quote
from ...extract.finder import find_mentions


def quote_spans(document, claims) -> dict[str, tuple[tuple[int, int], ...]]:
    """claim id -> where its quote is in the document's text (elided quotes have
    several pieces); claims whose quote is not found are left out."""
    out = {}
    for claim in claims:
        if claim.quote and claim.document is document:
            found = find_quote(claim.quote, document.text)
            if found is not None:
                out[claim.id] = found.spans
    return out


def number_spans(document) -> list[tuple[int, int]]:
    return [(m.start, m.end) for m in find_mentions(document.text, document.published)]


def render_text(document, claims, numbers: dict[str, int]) -> str:
    """The document's text as HTML. `numbers`: claim id -> its number in the report."""
    text = document.text
    quotes = quote_spans(document, claims)
    events: dict[int, list[tuple[str, str]]] = {}  # offset -> (kind, what) changes
    for cid, spans in quotes.items():
        events.setdefault(spans[0][0], []).append(("ref", cid))
        for start, end in spans:
            events.setdefault(start, []).append(("quote+", cid))
            events.setdefault(end, []).append(("quote-", cid))
    for start, end in number_spans(document):
        events.setdefault(start, []).append(("num+", ""))
        events.setdefault(end, []).append(("num-", ""))
    out, quoted, numbers_open, last = [], {}, 0, 0
    for offset in sorted(events) + [len(text)]:
        out.append(_segment(text[last:offset], quoted, numbers_open))
        for kind, what in events.get(offset, ()):
            if kind == "quote+":
                quoted[what] = quoted.get(what, 0) + 1
            elif kind == "quote-":
                quoted[what] -= 1
                if not quoted[what]:
                    del quoted[what]
            elif kind == "num+":
                numbers_open += 1
            elif kind == "num-":
                numbers_open -= 1
        out += [_ref(cid, numbers) for kind, cid in events.get(offset, ()) if kind == "ref"]
        last = offset
    return "".join(out)


def _segment(piece: str, quoted: dict, numbers_open: int) -> str:
    if not piece:
        return ""
    html = escape(piece)
    if numbers_open:
        html = f'<b class="num">{html}</b>'
    if quoted:
        html = f'<mark class="quote" data-claims="{escape(" ".join(quoted))}">{html}</mark>'
    return html


def _ref(cid: str, numbers: dict[str, int]) -> str:
    safe = escape(cid)
    return (f'<a class="ref" id="quote-{safe}" href="#claim-{safe}" '
            f'title="claim {safe}">{numbers.get(cid, "?")}</a>')
