"""The HTML report's inline SVG charts: a number line per quantity (each claim's
interval, open ends hollow and closed ends filled, unbounded ends as arrows, the
implied range as a band) and a timeline per quantity seen at several dates.

Counts spread over orders of magnitude ("counted on one hand" beside "fewer than
1,500") are drawn on a log scale, log(1 + x), so that zero still has a place.
"""

from __future__ import annotations

import datetime as dt
import math
from html import escape

from .html_series import Bar, Change, Series

WIDTH = 480  # viewBox units; the page scales the chart to its column
EDGE = 14  # room at each end for a marker or an arrow
ROW = 32
TICKS = 5


class Scale:
    """Values to one axis of the chart, [start, stop] in viewBox units."""

    def __init__(self, values: list[float | None], is_date: bool, start: float, stop: float):
        finite = [v for v in values if v is not None] or [0.0]
        low, high = min(finite), max(finite)
        positive = [v for v in finite if v > 0]
        self.is_date = is_date
        self.log = (not is_date and low >= 0 and bool(positive)
                    and high >= 100 * max(min(positive), 1))
        if low == high:  # one value: room on both sides
            pad = 3 if is_date else max(abs(low) * 0.2, 1)
            low, high = (low - pad, high + pad) if low - pad >= 0 or low < 0 else (0, high + pad)
        self.low, self.high = low, high
        self.start, self.stop = start + EDGE, stop - EDGE
        self.outer = (start, stop)

    def _t(self, value: float) -> float:
        return math.log10(1 + value) if self.log else value

    def __call__(self, value: float | None, toward_high: bool = False) -> float:
        if value is None:  # unbounded: the chart's edge
            return self.outer[1] if toward_high else self.outer[0]
        lo, hi = self._t(self.low), self._t(self.high)
        share = (self._t(min(max(value, self.low), self.high)) - lo) / ((hi - lo) or 1)
        return self.start + share * (self.stop - self.start)

    def ticks(self) -> list[tuple[float, str]]:
        if self.log:
            values = [0.0] + [10.0 ** k for k in range(0, int(math.log10(self.high)) + 1)]
            values = [v for v in values if self.low <= v <= self.high]
        else:
            step = _nice((self.high - self.low) / TICKS, self.is_date)
            first = math.ceil(self.low / step) * step
            values = [first + i * step for i in range(TICKS + 2) if first + i * step <= self.high]
        return [(v, label(v, self.is_date)) for v in values]


def _nice(raw: float, is_date: bool) -> float:
    if is_date:
        return next((d for d in (1, 2, 7, 14, 30, 61, 91, 182, 365, 730, 1826, 3652)
                     if d >= raw), 36524)
    power = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1
    return next(m * power for m in (1, 2, 5, 10) if m * power >= raw)


def label(value: float, is_date: bool) -> str:
    if is_date:
        day = min(max(int(value), 1), dt.date.max.toordinal())
        return dt.date.fromordinal(day).isoformat()
    if abs(value) >= 1e6:
        return f"{value / 1e6:g}M"
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:.3g}"


# ---------------------------------------------------------------- shapes

def _end(x: float, y: float, is_open: bool, unbounded: bool, pointing: int, *,
         vertical: bool = False) -> str:
    """An interval's end: an arrow when unbounded, else a circle, hollow when open."""
    if unbounded:
        back = pointing * 8  # the arrow's base lies behind its tip
        points = ([(x, y), (x - back, y - 5), (x - back, y + 5)] if not vertical
                  else [(x, y), (x - 5, y + back), (x + 5, y + back)])
        return ('<polygon class="arrow" points="'
                + " ".join(f"{px:.1f},{py:.1f}" for px, py in points) + '"/>')
    kind = "open" if is_open else "closed"
    return f'<circle class="end {kind}" cx="{x:.1f}" cy="{y:.1f}" r="4.5"/>'


def _axis(scale: Scale, y: float) -> str:
    out = [f'<line class="axis" x1="{scale.outer[0]}" x2="{scale.outer[1]}" '
           f'y1="{y}" y2="{y}"/>']
    for value, text in scale.ticks():
        x = scale(value)
        if not scale.outer[0] + 34 <= x <= scale.outer[1] - 34:
            continue  # a label centred there would be cut by the chart's edge
        out.append(f'<line class="tick" x1="{x:.1f}" x2="{x:.1f}" y1="{y}" y2="{y + 4}"/>'
                   f'<text class="ticklabel" x="{x:.1f}" y="{y + 16}">{escape(text)}</text>')
    if scale.log:
        out.append(f'<text class="scalenote" x="{scale.outer[1]}" y="{y + 30}">'
                   'log scale</text>')
    return "".join(out)


def _row_label(bar: Bar) -> str:
    claim = bar.claim
    text = f"{claim.id}: {claim.value_text}"
    if bar.mark:
        text += f" ({bar.mark})"
    return escape(text)


def _claim_class(bar: Bar) -> str:
    return "row claim" + (f" {bar.mark}" if bar.mark else "")


# ---------------------------------------------------------------- number line

def number_line(one: Series) -> str:
    claims, implied = one.claims, one.implied[-1:] if one.implied else []
    rows = claims + implied
    scale = Scale([v for b in rows for v in (b.low, b.high)], one.is_date, 0, WIDTH)
    height = ROW * len(rows) + 40
    out = [_svg_open(one, height)]
    for bar in implied:  # behind the claims: where all of them can agree
        x0, x1 = scale(bar.low), scale(bar.high, True)
        out.append(f'<rect class="implied-band" x="{x0:.1f}" y="4" width="{max(x1 - x0, 2):.1f}" '
                   f'height="{ROW * len(rows) - 4}"/>')
    for i, bar in enumerate(rows):
        out.append(_number_row(bar, scale, ROW * i))
    out.append(_axis(scale, ROW * len(rows) + 6))
    out.append("</svg>")
    return "".join(out)


def _number_row(bar: Bar, scale: Scale, top: float) -> str:
    y = top + 24
    x0, x1 = scale(bar.low), scale(bar.high, True)
    if bar.claim is None:
        head = '<g class="row implied">'
        text = "implied by the registry"
    else:
        cid = escape(bar.claim.id)
        head = (f'<g class="{_claim_class(bar)}" data-claim="{cid}">'
                f'<a href="#claim-{cid}">')
        text = _row_label(bar)
    body = [head, f'<text class="rowlabel" x="{EDGE}" y="{top + 13}">{text}</text>']
    if bar.low is not None and bar.low == bar.high and not (bar.low_open or bar.high_open):
        body.append(f'<circle class="end closed point" cx="{x0:.1f}" cy="{y}" r="5.5"/>')
    else:
        body.append(f'<line class="bar" x1="{x0:.1f}" x2="{x1:.1f}" y1="{y}" y2="{y}"/>')
        body.append(_end(x0, y, bar.low_open, bar.low is None, -1))
        body.append(_end(x1, y, bar.high_open, bar.high is None, 1))
    body.append("</a></g>" if bar.claim is not None else "</g>")
    return "".join(body)


def _svg_open(one: Series, height: float) -> str:
    kind = "timeline" if one.timeline else "number line"
    title = f"{kind} of {one.name}"
    return (f'<svg class="chart" viewBox="0 0 {WIDTH} {height:.0f}" role="img" '
            f'aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">'
            f"<title>{escape(title)}</title>")


# ---------------------------------------------------------------- timeline

PLOT_TOP, PLOT_HEIGHT, LEFT = 12, 180, 58


def timeline(one: Series) -> str:
    bars = one.bars()
    days = one.days()
    top = PLOT_TOP + BRACKET_ROW * len(one.changes)  # the brackets above the plot
    x = Scale(days, True, LEFT + 30, WIDTH - 70)  # room for labels right of the bars
    y = Scale([v for b in bars for v in (b.low, b.high)], one.is_date,
              top, top + PLOT_HEIGHT)
    out = [_svg_open(one, top + PLOT_HEIGHT + 40)]
    out += [_bracket(change, x, PLOT_TOP + BRACKET_ROW * i, top + PLOT_HEIGHT)
            for i, change in enumerate(one.changes)]
    out.append(_envelope(one.implied, x, y))
    out += [_implied_at(bar, x, y) for bar in one.implied if bar.date is not None]
    crowd: dict[float, int] = {}
    for bar in one.claims:
        if bar.date is not None:
            shift = 9 * crowd.get(bar.date, 0)
            crowd[bar.date] = crowd.get(bar.date, 0) + 1
            out.append(_claim_at(bar, x(bar.date) + shift, y))
    out.append(_value_axis(y))
    out.append(_date_axis(days, x, top + PLOT_HEIGHT + 6))
    out.append("</svg>")
    return "".join(out)


BRACKET_ROW = 26


def _bracket(change: Change, x: Scale, top: float, bottom: float) -> str:
    """A change claim: a bracket from its earlier date to its later one, labelled
    with its value, and faint guides down to the two dates on the axis."""
    cid = escape(change.claim.id)
    x0, x1, y = x(change.start), x(change.stop), top + 18
    mark = f" {change.mark}" if change.mark else ""
    label = f"{change.claim.id}: {change.claim.value_text}" + (
        f" ({change.mark})" if change.mark else "")
    return (f'<g class="change{mark}" data-claim="{cid}" data-from="{label_day(change.start)}" '
            f'data-to="{label_day(change.stop)}"><a href="#claim-{cid}">'
            f"<title>{escape(label)}</title>"
            f'<line class="guide" x1="{x0:.1f}" x2="{x0:.1f}" y1="{y:.1f}" y2="{bottom:.1f}"/>'
            f'<line class="guide" x1="{x1:.1f}" x2="{x1:.1f}" y1="{y:.1f}" y2="{bottom:.1f}"/>'
            f'<path class="bracket" d="M{x0:.1f},{y + 6:.1f} V{y:.1f} H{x1:.1f} V{y + 6:.1f}"/>'
            f'<text class="rowlabel" x="{(x0 + x1) / 2:.1f}" y="{y - 4:.1f}" '
            f'text-anchor="middle">{escape(_short(label))}</text></a></g>')


def _short(text: str, room: int = 44) -> str:
    """A label that fits above the plot; the bracket's title keeps it whole."""
    return text if len(text) <= room else text[:room - 1] + "…"


def label_day(value: float) -> str:
    return label(value, True)


def _flip(y: Scale, value: float | None, toward_high: bool = False) -> float:
    """Values grow upwards: the vertical axis runs from the bottom."""
    top, bottom = y.outer
    return top + bottom - y(value, toward_high)


def _envelope(implied: list[Bar], x: Scale, y: Scale) -> str:
    """The implied ranges joined from date to date: the path the trend allows."""
    dated = sorted((b for b in implied if b.date is not None), key=lambda b: b.date)
    if len(dated) < 2:
        return ""
    upper = [(x(b.date), _flip(y, b.high, True)) for b in dated]
    lower = [(x(b.date), _flip(y, b.low)) for b in reversed(dated)]
    points = " ".join(f"{px:.1f},{py:.1f}" for px, py in upper + lower)
    middle = " ".join(f"{x(b.date):.1f},{(_flip(y, b.low) + _flip(y, b.high, True)) / 2:.1f}"
                      for b in dated)
    return (f'<polygon class="implied-band" points="{points}"/>'
            f'<polyline class="trendline" points="{middle}"/>')


def _implied_at(bar: Bar, x: Scale, y: Scale) -> str:
    top, bottom = _flip(y, bar.high, True), _flip(y, bar.low)
    return (f'<rect class="implied-at" x="{x(bar.date) - 7:.1f}" y="{top:.1f}" width="14" '
            f'height="{max(bottom - top, 2):.1f}"/>')


def _claim_at(bar: Bar, cx: float, y: Scale) -> str:
    cid = escape(bar.claim.id)
    low, high = _flip(y, bar.low), _flip(y, bar.high, True)
    parts = [f'<g class="{_claim_class(bar)}" data-claim="{cid}"><a href="#claim-{cid}">',
             f"<title>{_row_label(bar)}</title>",
             f'<line class="bar" x1="{cx:.1f}" x2="{cx:.1f}" y1="{low:.1f}" y2="{high:.1f}"/>',
             _end(cx, low, bar.low_open, bar.low is None, -1, vertical=True),
             _end(cx, high, bar.high_open, bar.high is None, 1, vertical=True),
             f'<text class="rowlabel" x="{cx + 8:.1f}" y="{(low + high) / 2 + 4:.1f}">'
             f"{cid}</text></a></g>"]
    return "".join(parts)


def _value_axis(y: Scale) -> str:
    out = [f'<line class="axis" x1="{LEFT - 4}" x2="{LEFT - 4}" y1="{y.outer[0]}" '
           f'y2="{y.outer[1]}"/>']
    for value, text in y.ticks():
        py = _flip(y, value)
        out.append(f'<text class="ticklabel end" x="{LEFT - 8}" y="{py + 4:.1f}">'
                   f"{escape(text)}</text>")
    return "".join(out)


def _date_axis(days: list[float], x: Scale, top: float) -> str:
    out = [f'<line class="axis" x1="{LEFT}" x2="{WIDTH - 40}" y1="{top}" y2="{top}"/>']
    step = max(1, math.ceil(len(days) / 5))
    for day in days[::step]:
        out.append(f'<text class="ticklabel" x="{x(day):.1f}" y="{top + 16}">'
                   f"{escape(label(day, True))}</text>")
    return "".join(out)


def chart(one: Series) -> str:
    return timeline(one) if one.timeline else number_line(one)
