"""The report quick.py makes from the last run's pieces, printed in the formats
whose text those pieces hold (json, text, github, sarif), and its view for
`verify --files`.

The JSON text is joined from the pieces as the snapshot keeps them. The other
formats are printed by their own renderers from a report of stand-ins: each
finding made again from its JSON piece (these formats print nothing a finding's
JSON lacks), each implied range as the text table shows it, each claim's row of
that table but its status (the status is worked out as Report works it out, from
the findings), the unchecked claims and the notes as the last full run found
them.

`--files` reports what the full run with `--files` reports: it solves only the
groups of constraints that touch the files (a claim, relation or declared
quantity written there), so its consistency findings and implied ranges come from
those groups alone, solved again here (their groups of names are rebuilt from
their files; the group cache still applies); every other finding is the whole
report's, and then only the findings that touch the files are kept
(verify._in_files's test).
"""

from __future__ import annotations

import json
from pathlib import Path

from ..engine import implied
from ..findings import Finding, Location
from ..registry.model import Registry
from .formats import render as render_format
from .formats.json_format import assemble, range_piece
from .quick_record import CONSISTENCY, KIND, ROWS, rows_of, shown
from .value import Report

FORMATS = frozenset({"json", "text", "github", "sarif"})
# Files whose rows were made from older readings (edited since): more than this,
# and the full run makes them all again; more than KEEP_ROWS_FROM, and the rows
# made again are kept (rewriting every row costs more than making a few again).
MAX_STALE_ROWS = 64
KEEP_ROWS_FROM = 8


class ViewDeclined(Exception):
    """The view of --files cannot be made from the pieces, even kept anew: the full
    run with --files makes it."""


class View:
    """`--files`: the registry's files they name, and what of the report is theirs."""

    def __init__(self, files: list[str], names: list[str | None]):
        self.wanted = {Path(f).resolve() for f in files}
        self._inside: dict[str, bool] = {}
        self.indices = [i for i, name in enumerate(names)
                        if name is not None and self.there(name)]
        self.named = {names[i] for i in self.indices}
        self.results: list = []  # the groups of constraints that touch the files
        self.add: list = []  # their findings, as quick._entries makes them
        self.solved: tuple = ({}, {}, {})  # dimensions, display units, name -> group
        self.findings: list = []
        self.ranges: tuple = ([], [], [], [], [])

    def there(self, name: str) -> bool:
        """Whether a file named so is one of the files (real paths compared)."""
        found = self._inside.get(name)
        if found is None:
            found = self._inside[name] = Path(name).resolve() in self.wanted
        return found

    def roots(self, file_roots: list) -> set | None:
        """The groups of names of the files' claims, relations and quantities
        (None: one is not known)."""
        found: set = set()
        for i in self.indices:
            if file_roots[i] is None:
                return None
            found.update(file_roots[i])
        return found

    def wants(self, result) -> bool:
        """verify._touching's test: a constraint comes from one of the files."""
        return any(getattr(getattr(c.source, "location", None), "file", None) in self.named
                   for c in result.constraints)

    def take(self, result, findings: list) -> None:
        self.results.append(result)
        self.add += findings

    def finish(self, edit) -> bool:
        """The view of the edited report (quick._Edit); False: decline."""
        kept = [entry for entry in edit.findings if entry[0][4] not in CONSISTENCY]
        merged = merged_findings(kept, self.add)
        if merged is None:
            return False
        written: set[str] = set()
        for i in self.indices:
            read = edit.reading(i)
            if read is None:
                return False
            if read.assembly is not None:
                part = read.assembly.registry
                written.update(item.id for item in (*part.claims, *part.relations))
        self.findings = [entry for entry in merged
                         if self.there(entry[0][0]) or written.intersection(entry[0][5])]
        dims, display, root_of = self.solved
        rows = range_rows(implied.ranges(self.results, dims, display), root_of)
        if any(row[3] is None for row in rows):
            return False
        if rows:
            self.ranges = tuple(list(column) for column in zip(*rows))
        return True


def merged_findings(kept: list, add: list) -> list | None:
    """Sorted as the full run sorts: by sort key, and findings of one sort key in
    the order they were made. That order is known between two kept findings (kept
    in it) and between two of one source made here (one file's, or one result's);
    between others the full run's is not known: decline (None)."""
    if any(entry[1] is None for entry in add):
        return None
    merged = sorted([(*entry, None) for entry in kept] + add, key=lambda e: e[0])
    if any(a[4] != b[4] for a, b in zip(merged, merged[1:])
           if a[0] == b[0] and a[1] != b[1]):
        return None
    return [entry[:4] for entry in merged]


def range_rows(ranges: list, root_of: dict) -> list:
    """Implied ranges as the snapshot keeps them: (name, date, group, piece, shown)."""
    return [(r.key.name, r.key.date or 0, root_of[r.key.name], range_piece(r), shown(r))
            for r in ranges]


def render(edit, name: str, quiet: bool = False) -> tuple[str, int, int] | None:
    """(the report in format `name`, errors, warnings) of a finished quick._Edit;
    None: the full run prints it."""
    snap, view = edit.snap, edit.view
    findings = edit.findings if view is None else view.findings
    ranges = edit.ranges if view is None else view.ranges
    errors = sum(1 for entry in findings if entry[2] == "error")
    warnings = sum(1 for entry in findings if entry[2] == "warning")
    unchecked = snap["unchecked"]
    if name == "json":
        summary = {"claims": snap["claims"], "errors": errors, "warnings": warnings,
                   "checked": snap["claims"] - len(unchecked), "unchecked": len(unchecked)}
        text = assemble([entry[1] for entry in findings], ranges[3], unchecked, summary)
        return None if text is None else (text, errors, warnings)
    table = name == "text" and not quiet
    if table and view is None and snap["unranged"]:
        return None  # (the note on groups left unranged names their claims)
    # Only the text table reads the claims; the other formats count them.
    claims = _claims(edit) if table else [None] * snap["claims"]
    if claims is None:
        return None
    report = _Report(Registry(root=""), [_finding(entry[1]) for entry in findings],
                     [_Shown(n, text) for n, text in zip(ranges[0], ranges[4])],
                     list(snap["notes"]))
    report.registry.claims = claims
    report.__dict__["unchecked"] = list(unchecked)  # (Report.unchecked, as kept)
    return render_format(report, name, terminal=False, quiet=quiet), errors, warnings


class _Report(Report):
    def _unread(self, claim) -> bool:
        return claim.unread


class _Row:
    """A claim as the text table shows it (quick_record.rows_of)."""

    __slots__ = ("id", "value_text", "shown", "by", "quantity", "unread")
    expr = None  # (grouped.quantity_of then shows `quantity`, the canonical text kept)

    def __init__(self, *cells):
        self.id, self.value_text, self.shown, self.by, self.quantity, self.unread = cells

    @property
    def interval(self):
        return self

    def describe(self) -> str:
        return self.shown


class _Shown:
    """An implied range as the text table shows it (its date, if any, in the text)."""

    __slots__ = ("name", "text")
    date = None

    def __init__(self, name: str, text: str):
        self.name, self.text = name, text

    @property
    def key(self):
        return self

    def describe(self) -> str:
        return self.text


def _finding(piece: str) -> Finding:
    data = json.loads(piece)
    return Finding(data["rule"], data["severity"], data["message"],
                   Location(data["file"], data["line"], data["column"]),
                   tuple(data["claims"]), data["hint"], tuple(data["arithmetic"]),
                   tuple(data["nearest"].items()))


def _claims(edit) -> list | None:
    """Every claim's row, those of files edited since the rows were kept made again
    from their readings (and kept); None: not known."""
    kept = edit.store.get(KIND, ROWS)
    if not (isinstance(kept, tuple) and len(kept) == 4 and kept[0] == edit.snap["token"]):
        return None
    _, keys, counts, columns = kept
    stale = [i for i, key in enumerate(edit.keys) if key != keys[i]]
    if len(stale) > MAX_STALE_ROWS:
        return None
    if stale:
        columns = [list(column) for column in columns]
        for i in stale:
            read = edit.reading(i)
            if read is None:
                return None
            made = rows_of(read.assembly.registry.claims if read.assembly is not None else [])
            if len(made[0]) != counts[i]:
                return None
            start = sum(counts[:i])
            for column, cells in zip(columns, made):
                column[start:start + counts[i]] = cells
        if len(stale) >= KEEP_ROWS_FROM:
            edit.store.put(KIND, ROWS, (edit.snap["token"], list(edit.keys), counts,
                                        columns))
    return [_Row(*cells) for cells in zip(*columns)]
