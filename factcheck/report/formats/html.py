"""`verify --format html`: one self-contained page, nothing fetched from elsewhere.

The summary and coverage; every finding with its claims' quotes, the arithmetic and
the nearest agreeing values; per quantity an SVG chart (html_charts) and its claims,
each `id="claim-ID"`; each source text with its quotes and numbers marked
(html_source). Inline CSS (html_style), no script: links and `:target` do the
navigation. Everything that comes from a file is escaped.
"""

from __future__ import annotations

import re
from html import escape
from pathlib import Path

from ... import __version__
from ...findings import Finding
from ..value import Report
from .escape import encodable
from .html_charts import chart
from .grouped import quantity_of
from .html_series import Series, marks, series
from .html_source import render_text
from .html_style import CSS
from .text import summary_line


def render(report: Report) -> str:
    numbers = {c.id: i for i, c in enumerate(report.registry.claims, 1)}
    every = series(report)
    body = [_header(report), _summary(report), _findings(report, numbers),
            _quantities(report, every, numbers), _sources(report, numbers), _notes(report),
            f"<footer>Made by factcheck {escape(__version__)}.</footer>"]
    # a lone surrogate from a file (a YAML escape) is written out, never emitted:
    # the page must encode as UTF-8
    return encodable("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                     '<meta name="viewport" content="width=device-width, initial-scale=1">'
                     f"<title>factcheck: {escape(summary_line(report))}</title>"
                     f"<style>{CSS}</style></head><body>\n" + "\n".join(body)
                     + "\n</body></html>\n")


def _header(report: Report) -> str:
    files = len(report.registry.files)
    where = f"{_shown(report.registry.root)} · {files} file{'s' * (files != 1)}"
    return (f"<header><h1>factcheck report</h1><p class=\"sub\">{escape(where)}</p>"
            '<nav><a href="#findings">Findings</a><a href="#quantities">Quantities</a>'
            '<a href="#sources">Sources</a></nav></header>')


def _shown(root: str) -> str:
    """The registry's folder as findings name files: relative to the working folder
    when it lies inside it."""
    if not root:
        return "registry"
    try:
        return str(Path(root).relative_to(Path.cwd())) or "."
    except ValueError:
        return root


def _summary(report: Report) -> str:
    total = len(report.registry.claims)
    share = 100 * report.checked / total if total else 100
    cards = [
        ("", f"{total}", f"claim{'s' * (total != 1)}"),
        ("", f"{report.checked} of {total}",
         f"checked{'' if total else ''}<div class=\"meter\" title=\"{share:.0f}% checked\">"
         f"<span style=\"width:{share:.1f}%\"></span></div>"),
        ("error" if report.errors else "", f"{report.errors}",
         f"error{'s' * (report.errors != 1)}"),
        ("warning" if report.warnings else "", f"{report.warnings}",
         f"warning{'s' * (report.warnings != 1)}"),
    ]
    html = "".join(f'<div class="card {kind}"><b>{big}</b>{small}</div>'
                   for kind, big, small in cards)
    note = ""
    if report.unchecked:
        links = ", ".join(f'<a href="#claim-{escape(c)}">{escape(c)}</a>'
                          for c in report.unchecked)
        note = (f"<p>Nothing cross-validates {len(report.unchecked)} claim"
                f"{'s' * (len(report.unchecked) != 1)}: no other claim, relation or rule "
                f"touches their quantity, so their numbers are <b>unchecked</b> "
                f"(their quotes and wording were checked): {links}.</p>")
    return (f'<section id="summary"><h2>Summary</h2><div class="cards">{html}</div>'
            f"{note}</section>")


# ---------------------------------------------------------------- findings

def _findings(report: Report, numbers: dict[str, int]) -> str:
    if not report.findings:
        return ('<section id="findings"><h2>Findings</h2>'
                "<p>No findings: every check passed.</p></section>")
    by_id = {c.id: c for c in report.registry.claims}
    items = [_finding(f, i, by_id, numbers) for i, f in enumerate(report.findings, 1)]
    return f'<section id="findings"><h2>Findings</h2>{"".join(items)}</section>'


def _finding(finding: Finding, index: int, by_id: dict, numbers) -> str:
    severity = escape(finding.severity)
    parts = [f'<article class="finding {severity}" id="finding-{index}">',
             f'<p><span class="badge {severity}">{severity}</span>'
             f"<code>{escape(finding.rule)}</code> {escape(finding.message)}</p>",
             f'<p class="where">{escape(str(finding.location))}</p>']
    quoted = [_quoted(by_id.get(cid), numbers) for cid in finding.claims]
    quoted = [q for q in quoted if q]
    if quoted:
        parts.append(f'<ul class="quotes">{"".join(quoted)}</ul>')
    lines = finding.details  # the arithmetic, as the terminal shows it
    if lines:
        parts.append(f'<div class="arithmetic mono">{escape(chr(10).join(lines))}</div>')
    agree = finding.nearest
    if agree:
        rows = "".join(f'<tr><td><a href="#claim-{escape(c)}">{escape(c)}</a></td>'
                       f"<td>{escape(v)}</td></tr>" for c, v in agree)
        parts.append('<table class="nearest"><tr><th>claim</th>'
                     f"<th>would agree if it were</th></tr>{rows}</table>")
    elif finding.hint and finding.hint not in lines:
        parts.append(f"<p>hint: {escape(finding.hint)}</p>")
    parts.append("</article>")
    return "".join(parts)


def _quoted(claim, numbers) -> str:
    if claim is None:  # a relation's id
        return ""
    by = f" ({escape(claim.by)})" if claim.by else ""
    quote = f"<blockquote>“{escape(claim.quote)}”</blockquote>" if claim.quote else ""
    return (f'<li><a href="#claim-{escape(claim.id)}">{numbers[claim.id]}. '
            f"{escape(claim.id)}</a>{by}: <b>{escape(claim.value_text)}</b> "
            f"<span class=\"where\">{escape(claim.quantity)}</span>{quote}</li>")


# ---------------------------------------------------------------- quantities

def _quantities(report: Report, every: list[Series], numbers) -> str:
    claims_of: dict[str, list] = {}
    for claim in report.registry.claims:
        claims_of.setdefault(quantity_of(claim), []).append(claim)
    implied: dict[str, list] = {}
    for found in report.ranges:
        implied.setdefault(found.key.name, []).append(found)
    shown = {one.name for one in every}
    # claims whose value could not be read have no chart, but keep their place
    every = every + [Series(name) for name in claims_of if name not in shown]
    seen = _Seen(marks(report), report.statuses(), numbers)
    parts = [_quantity(one, claims_of.get(one.name, []), implied.get(one.name, []), seen)
             for one in every]
    return f'<section id="quantities"><h2>Quantities</h2>{"".join(parts)}</section>'


class _Seen:
    """What the claims' entries show, computed once for the whole page."""

    def __init__(self, marked: dict[str, str], statuses: dict[str, str], numbers):
        self.marked, self.statuses, self.numbers = marked, statuses, numbers


def _quantity(one: Series, claims, implied: list, seen: _Seen) -> str:
    facts = []
    if implied:
        facts.append("implied: " + "; ".join(
            (f"{_when(r.key)}: " if r.key.date is not None else "") + r.describe()
            for r in implied))
    elif one.conflict:
        facts.append("no implied range: its claims conflict")
    if one.trend:
        facts.append(f"trend: {one.trend}")
    figure = ""
    if one.bars() or one.changes:
        figure = (f'<figure data-quantity="{escape(one.name)}" class="'
                  f'{"timeline" if one.timeline else "numberline"}">{chart(one)}</figure>')
    items = "".join(_claim(c, seen) for c in claims)
    return (f'<section class="quantity" id="quantity-{escape(one.name)}">'
            f"<h3><code>{escape(one.name)}</code></h3>"
            f'<p class="facts">{escape(" · ".join(facts))}</p>{figure}'
            f'<ol class="claims">{items}</ol></section>')


def _when(key) -> str:
    return str(key).split("@", 1)[1] if "@" in str(key) else ""


def _claim(claim, seen: _Seen) -> str:
    status = seen.statuses[claim.id]
    kind = seen.marked.get(claim.id) or status.split(":")[0]
    word = {"conflict": "conflict", "rounding": "rounding"}.get(kind, status)
    interval = claim.interval.describe() if claim.interval is not None else "unread"
    by = f'<span class="by">{escape(claim.by)}</span>' if claim.by else ""
    when = f'<span class="when">as of {escape(str(claim.as_of))}</span>' if claim.as_of else ""
    back = (f' <a href="#quote-{escape(claim.id)}">in the text ↑</a>'
            if claim.quote and claim.document.text is not None else "")
    quote = f"<blockquote>“{escape(claim.quote)}”{back}</blockquote>" if claim.quote else ""
    return (f'<li class="claim {escape(kind)}" id="claim-{escape(claim.id)}">'
            f'<div class="head"><span class="num">{seen.numbers[claim.id]}.</span>'
            f"<code>{escape(claim.id)}</code>"
            f'<span class="value">{escape(claim.value_text)}</span>'
            f'<span class="mono">{escape(interval)}</span>{by}{when}'
            f'<span class="badge {escape(kind)}">{escape(word)}</span></div>'
            f"{quote}</li>")


# ---------------------------------------------------------------- sources

def _sources(report: Report, numbers) -> str:
    parts, claims_of = [], {}
    for claim in report.registry.claims:
        claims_of.setdefault(claim.document.id, []).append(claim)
    for document in report.registry.documents.values():
        if document.text is None:
            continue
        title = escape(document.title or document.id)
        url = _link(document.url) if document.url else ""
        published = f" · published {document.published}" if document.published else ""
        parts.append(f'<article class="source" id="source-{escape(document.id)}">'
                     f"<h3>{title}</h3><p class=\"where\">{escape(document.id)}{published}"
                     f'{url}</p><div class="text">'
                     f"{render_text(document, claims_of.get(document.id, []), numbers)}</div></article>")
    if not parts:
        parts.append("<p>No document of the registry has a text.</p>")
    return f'<section id="sources"><h2>Sources</h2>{"".join(parts)}</section>'


def _link(url: str) -> str:
    """A document's url, a link only when it is a web address (never `javascript:`)."""
    if re.match(r"https?://", url, re.I):
        return f' · <a href="{escape(url)}">{escape(url)}</a>'
    return f" · {escape(url)}"


def _notes(report: Report) -> str:
    if not report.notes:
        return ""
    items = "".join(f"<li>{escape(note)}</li>" for note in report.notes)
    return f'<section class="notes"><h2>Notes</h2><ul>{items}</ul></section>'
