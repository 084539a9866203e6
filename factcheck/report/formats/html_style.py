"""The HTML report's one stylesheet, inline: legible on a phone, printed on A4, and
in the reader's dark or light scheme. Colour is never the only signal: conflicts
and unchecked claims also say so in words."""

CSS = """
:root { --ink: #1d232a; --muted: #5b6672; --line: #d5dbe1; --paper: #ffffff;
  --panel: #f5f7f9; --error: #b3261e; --warning: #8a5a00; --ok: #1f7a3f;
  --unchecked: #6b6f76; --band: #c9def5; --accent: #1f5fa8; --mark: #fff1a8; }
@media screen and (prefers-color-scheme: dark) {
  :root { --ink: #e6e9ec; --muted: #a3adb8; --line: #3a434d; --paper: #15191d;
    --panel: #1e242a; --error: #ff8a80; --warning: #ffcc66; --ok: #7fd39a;
    --unchecked: #a6abb2; --band: #27405c; --accent: #8cbcf2; --mark: #5a4d12; }
}
* { box-sizing: border-box; }
html { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--ink); background: var(--paper); }
body { margin: 0 auto; max-width: 60rem; padding: 1rem 1.25rem 3rem; }
h1 { font-size: 1.6rem; margin: .5rem 0 0; }
h2 { font-size: 1.25rem; margin: 2.2rem 0 .6rem; border-bottom: 2px solid var(--line);
  padding-bottom: .2rem; }
h3 { font-size: 1.05rem; margin: 0 0 .3rem; overflow-wrap: anywhere; }
a { color: var(--accent); }
code, .mono { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace;
  font-size: .92em; overflow-wrap: anywhere; }
.sub { color: var(--muted); margin: 0 0 1rem; overflow-wrap: anywhere; }
nav { display: flex; flex-wrap: wrap; gap: .3rem 1rem; font-size: .95rem; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(9.5rem, 1fr));
  gap: .6rem; margin: 1rem 0; }
.card { background: var(--panel); border: 1px solid var(--line); border-radius: .5rem;
  padding: .6rem .8rem; }
.card b { display: block; font-size: 1.6rem; line-height: 1.2; }
.card.error b { color: var(--error); } .card.warning b { color: var(--warning); }
.meter { height: .5rem; background: var(--line); border-radius: .25rem; margin-top: .35rem;
  overflow: hidden; }
.meter span { display: block; height: 100%; background: var(--ok); }
.finding { border: 1px solid var(--line); border-left: .35rem solid var(--muted);
  border-radius: .4rem; padding: .7rem .9rem; margin: .8rem 0; background: var(--panel);
  break-inside: avoid; }
.finding.error { border-left-color: var(--error); }
.finding.warning { border-left-color: var(--warning); }
.finding p { margin: .2rem 0; }
.badge { display: inline-block; font-size: .78rem; font-weight: 700; letter-spacing: .03em;
  text-transform: uppercase; padding: .05rem .45rem; border-radius: .3rem;
  border: 1px solid currentColor; margin-right: .35rem; }
.badge.error { color: var(--error); } .badge.warning { color: var(--warning); }
.badge.info, .badge.unchecked { color: var(--unchecked); }
.badge.ok { color: var(--ok); } .badge.conflict { color: var(--error); }
.where { color: var(--muted); font-size: .9rem; overflow-wrap: anywhere; }
.quotes { margin: .4rem 0; padding-left: 1.1rem; }
blockquote { margin: .2rem 0; font-style: italic; }
.arithmetic { margin: .4rem 0; padding: .5rem .7rem; background: var(--paper);
  border: 1px dashed var(--line); border-radius: .3rem; white-space: pre-wrap;
  overflow-wrap: anywhere; font-size: .85rem; }
table.nearest { border-collapse: collapse; margin: .4rem 0; font-size: .92rem; }
table.nearest td, table.nearest th { border-bottom: 1px solid var(--line);
  padding: .15rem .6rem .15rem 0; text-align: left; vertical-align: top; }
.quantity { margin: 1.4rem 0; break-inside: avoid; }
.quantity .facts { color: var(--muted); font-size: .92rem; margin: 0 0 .3rem; }
figure { margin: .3rem 0 .6rem; max-width: 36rem; }
svg.chart { width: 100%; height: auto; display: block; }
svg text { fill: var(--ink); font-size: 12px; }
svg .rowlabel { font-size: 12px; }
svg .ticklabel { fill: var(--muted); font-size: 10.5px; text-anchor: middle; }
svg .ticklabel.end { text-anchor: end; }
svg .scalenote { fill: var(--muted); font-size: 11px; text-anchor: end; font-style: italic; }
svg .axis, svg .tick { stroke: var(--muted); stroke-width: 1; }
svg .bar { stroke: var(--accent); stroke-width: 4; stroke-linecap: butt; }
svg .end.closed, svg .arrow { fill: var(--accent); stroke: var(--accent); }
svg .end.open { fill: var(--paper); stroke: var(--accent); stroke-width: 2; }
svg .implied-band, svg .implied-at { fill: var(--band); opacity: .75; }
svg .row.implied .bar { stroke: var(--ok); stroke-width: 7; }
svg .row.implied .end.closed, svg .row.implied .arrow { fill: var(--ok); stroke: var(--ok); }
svg .row.implied .end.open { stroke: var(--ok); }
svg .trendline { fill: none; stroke: var(--ok); stroke-width: 2; stroke-dasharray: 5 4; }
svg .conflict .bar { stroke: var(--error); }
svg .change .bracket { fill: none; stroke: var(--accent); stroke-width: 2; }
svg .change .guide { stroke: var(--muted); stroke-width: 1; stroke-dasharray: 2 3; }
svg .change.conflict .bracket { stroke: var(--error); stroke-width: 3; }
svg .change.rounding .bracket { stroke: var(--warning); }
svg .conflict .end.closed, svg .conflict .arrow { fill: var(--error); stroke: var(--error); }
svg .conflict .end.open { stroke: var(--error); }
svg .conflict text { fill: var(--error); font-weight: 700; }
svg .rounding .bar { stroke: var(--warning); }
svg .unchecked .bar { stroke: var(--unchecked); stroke-dasharray: 4 3; }
svg .unchecked .end.closed, svg .unchecked .arrow { fill: var(--unchecked);
  stroke: var(--unchecked); }
svg .unchecked .end.open { stroke: var(--unchecked); }
ol.claims { list-style: none; padding: 0; margin: .2rem 0; }
.claim { border-top: 1px solid var(--line); padding: .35rem 0; }
.claim .head { display: flex; flex-wrap: wrap; gap: .2rem .6rem; align-items: baseline; }
.claim .num { color: var(--muted); font-variant-numeric: tabular-nums; }
.claim .value { font-weight: 600; }
.claim .by, .claim .when { color: var(--muted); font-size: .92rem; }
.claim.conflict { background: linear-gradient(90deg, rgba(179, 38, 30, .09), transparent); }
.claim:target, mark:target, .ref:target { outline: 3px solid var(--accent);
  outline-offset: 2px; }
.source { border: 1px solid var(--line); border-radius: .4rem; padding: .8rem 1rem;
  margin: 1rem 0; }
.source .text { white-space: pre-wrap; overflow-wrap: anywhere; font-family: Georgia,
  "Times New Roman", serif; font-size: 1rem; line-height: 1.6; }
mark.quote { background: var(--mark); color: inherit; padding: 0 .05em; }
b.num { font-weight: 700; color: var(--accent); }
a.ref { font-size: .7em; vertical-align: super; text-decoration: none; font-weight: 700;
  font-family: system-ui, sans-serif; margin: 0 .1em; }
.notes { color: var(--muted); }
footer { margin-top: 3rem; color: var(--muted); font-size: .85rem; }
@media (max-width: 40rem) {
  html { font-size: 15px; }
  body { padding: .6rem .7rem 2rem; }
  .card b { font-size: 1.3rem; }
  /* the chart shrinks to the phone's width: its text grows to stay legible */
  svg .rowlabel { font-size: 14.5px; }
  svg .ticklabel, svg .scalenote { font-size: 13px; }
}
@media print {
  @page { size: A4; margin: 14mm 12mm; }
  html { font-size: 10.5pt; background: #fff; color: #000; }
  body { max-width: none; padding: 0; }
  nav { display: none; }
  a { color: inherit; text-decoration: none; }
  figure { overflow: visible; }
  svg.chart { max-height: 120mm; }
  .finding, .quantity, figure { break-inside: avoid; }
  h2 { break-after: avoid; }
  .source .text { font-size: 10pt; }
}
"""
