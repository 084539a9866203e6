"""The report of a registry whose files changed only in their claims' numbers, from
the last run's pieces (quick_record.py): no unchanged file is read, no unchanged
group solved, no registry of every file built. quick_view.py prints it (json,
text, github, sarif) and makes its view for --files.

The run starts from the snapshot when the files are the same list, every text they
read still reads the same, and each changed file (a few at most) reads, beside the
reading kept under its last key, the same in everything but its claims' values as
written and read: the same ids, lines, quantities, dates, speakers, documents,
places, relations and findings of loading, and each value of the same kind, unit
and readability. Then only these pieces of the report can move:

- the per-claim checks' findings on the file's claims (value, date, quote, ...):
  the old reading's are taken out, the new one's put in;
- `repeated-claim` in the file (its documents are its own: no other file's claim can
  repeat one of its claims);
- the consistency findings and implied ranges of each group of names a changed
  claim belongs to: the group is built again from the files holding its claims,
  relations, quantities and places, and solved (the group cache still applies).

Everything else (schema, ids, names, units, coverage: none reads a number) stays as
the last run printed it. Whenever a condition fails, or a finding on a changed
claim is of a rule that may quote its value, this declines (None) and the caller
runs the full pipeline, so the text printed is always the full run's.
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import fields
from pathlib import Path

from .. import checks
from ..cache.stamps import Stamps
from ..checks.claims import repeated_claims
from ..checks.consistency import solution_findings
from ..engine import Solution, implied, incremental
from ..registry import cached_load
from ..registry.assemble import Loaded
from ..registry.discover import Resolver, registry_root, registry_roots
from ..registry.model import Claim, Registry
from ..registry.parallel_load import merge, read_files
from .formats.json_format import finding_piece
from .quick_record import CONSISTENCY, FORM, KIND, LATEST, REPORT, group_shard, settler
from .quick_view import View, ViewDeclined, merged_findings, range_rows

MAX_CHANGED = 4  # more changed files than this: the full run (it reads them anyway)
PER_CLAIM = frozenset(spec.id for spec in checks.CHECKS.values() if spec.per_claim)
# Rules whose findings on a claim never quote its value: they stay as they were.
STEADY = frozenset({"coverage", "duplicate", "date", "unknown-quantity", "repeated-claim"})
_VALUES = frozenset({"interval", "value_text", "voice", "voice_name"})
_SAME = tuple(f.name for f in fields(Claim) if f.name not in _VALUES)


def inputs(paths: list[Path], context: str, config, min_coverage) -> tuple:
    """What a report depends on beyond the files: the paths as given, the working
    folder (files are named from it), the phrase table, severities, coverage."""
    severity = sorted((config.severity if config is not None else {}).items())
    disabled = sorted(config.disable) if config is not None else []
    return ([str(p) for p in paths], str(Path.cwd()), context, severity, disabled,
            min_coverage)


def run(store, key: tuple, paths: list[Path], table, config,
        only: list[str] | None = None) -> _Edit | None:
    """The report as it stands after the edit, its findings and ranges in pieces
    (quick_view.py prints it), with `only` (verify --files) their view too; None:
    run the full pipeline."""
    snap = store.get(KIND, LATEST)
    if not (isinstance(snap, dict) and snap.get("form") == FORM and snap["inputs"] == key):
        return None
    kept = store.get(KIND, REPORT)
    if not (isinstance(kept, tuple) and len(kept) == 4 and kept[0] == snap["token"]):
        return None
    _, snap["keys"], snap["findings"], snap["ranges"] = kept
    real_path, stamps = Resolver(), Stamps(store)
    files = cached_load.yaml_files(paths, real_path)
    if files is None or files != snap["files"] or snap["unreadable"]:
        return None  # (the full run reads anew what discover reports)
    root = registry_roots(paths)
    found = cached_load.file_keys(files, root, key[2], stamps, real_path)
    changed = [i for i, (k, _) in enumerate(found) if k != snap["keys"][i]]
    if len(changed) > MAX_CHANGED or any(k is None for k, _ in found) or not all(
            cached_load.texts_unchanged(p, real_path, stamps) for p in snap["prints"]):
        return None
    edit = _Edit(store, snap, changed, stamps, real_path)
    edit.keys = [k for k, _ in found]
    if only is not None:
        edit.view = View(only, snap["names"])
    if changed and not edit.read([Path(files[i]) for i in changed],
                                 [found[i] for i in changed], root, table):
        return None
    settle = settler(config)
    if (changed or edit.view is not None) and not edit.redo(
            settle, str(registry_root(paths)), table):
        return None
    return edit.finish()


class _Edit:
    def __init__(self, store, snap: dict, changed: list[int], stamps, real_path):
        self.store, self.snap, self.changed = store, snap, changed
        self.stamps, self.real_path = stamps, real_path
        self.new: dict[int, object] = {}  # file index -> its fresh reading
        self.old: dict[int, object] = {}
        self.moved: dict[int, list[int]] = {}  # file index -> its claims whose value moved
        self.findings = snap["findings"]
        self.ranges = snap["ranges"]
        self.keys: list = []  # each file's key now
        self.view: View | None = None  # --files

    def read(self, paths, keys, root, table) -> bool:
        """Read the changed files; False unless each changed in its values alone."""
        fresh = read_files(paths, root, table, checks.per_claim_findings,
                           [content for _, content in keys])
        for i, read, (key, _) in zip(self.changed, fresh, keys):
            entry = self.store.get(cached_load.KIND, self.snap["keys"][i])
            if not (isinstance(entry, tuple) and len(entry) == 3):
                return False
            ids, prints = cached_load.keep_reading(self.store, key, read, self.real_path,
                                                   self.stamps)
            moved = _moved(entry[1], read)
            if moved is None or ids != entry[2] or prints != self.snap["prints"][i]:
                return False
            self.new[i], self.old[i], self.moved[i] = read, entry[1], moved
        return True

    def redo(self, settle, root: str, table) -> bool:
        """Take the moved pieces out of the findings and ranges, put the new ones in."""
        roots, moved = set(), set()
        out: Counter = Counter()
        add: list = []
        for i, read in self.new.items():
            part = read.assembly.registry if read.assembly is not None else Registry(root)
            if set(part.documents) & self.snap["shared_documents"]:
                return False  # another file's claim might repeat one of these
            moved |= {part.claims[k].id for k in self.moved[i]}
            roots.update(self.snap["claim_roots"][i][k] for k in self.moved[i])
            out.update(_keys(settle(_per_claim(self.old[i]))))
            add += _entries(settle(_per_claim(read)), None, ("file", i))
            add += _entries(settle(list(repeated_claims(checks.Context(
                Registry(root=root, claims=part.claims))))), None, ("file", i))
            self.findings = [e for e in self.findings
                             if not (e[0][4] == "repeated-claim" and e[0][0] == read.name)]
        roots.discard(None)
        touched = set() if self.view is None else self.view.roots(self.snap["file_roots"])
        groups = None if touched is None else self._groups(roots | touched)
        if groups is None and self.view is not None:
            raise ViewDeclined("a group of the files cannot be solved on its own")
        if groups is None or any(_stale(entry, moved, roots) for entry in self.findings):
            return False
        solved = self._solve(groups, root, table) if groups else ([], {}, {}, {})
        if solved is None or any(r.known == "agree, unranged" for r in solved[0]):
            return False  # (the text report's note on such a group is not kept)
        results, dims, display, root_of = solved
        self.findings = [e for e in self.findings if e[3] not in roots]
        mine = []
        for number, result in enumerate(results):
            owner = root_of[next(k.name for c in result.constraints for k in c.variables
                                 if k.name in root_of)]
            made = _entries(settle(list(solution_findings(Solution([result], dims)))), owner,
                            ("result", number))
            if owner in roots:
                add += made
                mine.append(result)
            if self.view is not None and self.view.wants(result):
                self.view.take(result, made)
        if self.view is not None:
            self.view.solved = dims, display, root_of
        self.ranges = _ranges(self.ranges, roots,
                              range_rows(implied.ranges(mine, dims, display), root_of))
        return self.ranges is not None and self._take_out(out) and self._put_in(add)

    def _groups(self, roots: set) -> dict | None:
        """root -> what quick_record keeps of each group (None: one is not kept)."""
        found = {}
        for number in {group_shard(root) for root in roots}:
            shard = self.store.get(KIND, f"groups-{number:02d}")
            if not (isinstance(shard, tuple) and len(shard) == 2
                    and shard[0] == self.snap["token"]):
                return None
            found.update((root, shard[1][root]) for root in roots if root in shard[1])
        return found if len(found) == len(roots) else None

    def _solve(self, groups: dict, root: str, table):
        """The groups' results, from a registry of the files that hold them."""
        wanted = sorted(set().union(*(group[4] for group in groups.values())))
        reads = []
        for j in wanted:
            if j in self.new:
                reads.append(self.new[j])
                continue
            entry = self.store.get(cached_load.KIND, self.snap["keys"][j])
            if not (isinstance(entry, tuple) and len(entry) == 3):
                return None
            reads.append(entry[1])
        loaded = Loaded(Registry(root=root, speakers=dict(self.snap["speakers"])), table=table)
        registry = merge(loaded, reads, None, []).registry
        names, dims, dated, display, root_of = [], {}, set(), {}, {}
        for r, group in groups.items():
            names += group[0]
            dims.update(group[1])
            dated |= group[2]
            display.update(group[3])
            root_of.update((name, r) for name in group[0])
        results = incremental.solve_part(registry, names, dims, dated, self.store)
        return None if results is None else (results, dims, display, root_of)

    def _take_out(self, out: Counter) -> bool:
        kept = []
        for entry in self.findings:
            key = (entry[0], entry[1])
            if out[key] > 0:
                out[key] -= 1
            else:
                kept.append(entry)
        self.findings = kept
        return not +out  # each one found

    def _put_in(self, add: list) -> bool:
        merged = merged_findings(self.findings, add)
        if merged is not None:
            self.findings = merged
        return merged is not None

    def reading(self, i: int):
        """File i's reading as it is now (None: not kept)."""
        if i in self.new:
            return self.new[i]
        entry = self.store.get(cached_load.KIND, self.keys[i])
        return entry[1] if isinstance(entry, tuple) and len(entry) == 3 else None

    def finish(self) -> _Edit | None:
        if self.view is not None and not self.view.finish(self):
            raise ViewDeclined("the files' findings cannot be told apart")
        self.stamps.save()
        if self.changed:
            self.store.put(KIND, REPORT, (self.snap["token"], self.keys, self.findings,
                                          self.ranges))
        return self


def _ranges(old: tuple, roots: set, new: list) -> tuple | None:
    """The kept ranges (quick_record._flat) without the groups `roots`, with `new`
    ((name, date, group, piece, shown) each) in their places by name and date."""
    groups = old[2]
    keep = [k for k, group in enumerate(groups) if group not in roots]
    out = tuple([column[k] for k in keep] for column in old)
    for row in sorted(new, key=lambda item: item[:2]):
        if row[3] is None:
            return None
        at = bisect.bisect_left(range(len(out[0])), row[:2],
                                key=lambda k: (out[0][k], out[1][k]))
        for column, value in zip(out, row):
            column.insert(at, value)
    return out


def _moved(old, new) -> list[int] | None:
    """The positions of the claims whose value moved from reading `old` to `new`;
    None when anything else differs."""
    if old.name != new.name or old.texts != new.texts or \
            _js(old.problems) != _js(new.problems):
        return None
    if old.assembly is None or new.assembly is None:
        return [] if old.assembly is new.assembly else None
    a, b = old.assembly.registry, new.assembly.registry
    if _js(old.assembly.findings) != _js(new.assembly.findings) or any(
            getattr(a, part) != getattr(b, part)
            for part in ("documents", "places", "speakers", "quantities", "relations")):
        return None
    if len(a.claims) != len(b.claims):
        return None
    moved = []
    for k, (x, y) in enumerate(zip(a.claims, b.claims)):
        if any(getattr(x, name) != getattr(y, name) for name in _SAME) or \
                _kind(x.interval) != _kind(y.interval):
            return None
        if x.interval != y.interval or x.value_text != y.value_text:
            moved.append(k)
    return moved


def _kind(interval) -> tuple | None:
    """What of a value more than its numbers says: its kind, unit, whether below 0."""
    if interval is None:
        return None
    return interval.kind, interval.unit, interval.below_zero


def _js(findings) -> list:
    return [f.to_json() for f in findings or ()]


def _stale(entry, moved: set[str], roots: set) -> bool:
    """Whether a kept finding on a moved claim would not be made again here: one of
    a rule that may quote the value, or of a group not solved again."""
    rule, claims = entry[0][4], entry[0][5]
    if not moved.intersection(claims) or rule in STEADY or rule in PER_CLAIM:
        return False
    return not (rule in CONSISTENCY and entry[3] in roots)


def _per_claim(read) -> list:
    return [f for found in (read.checked or {}).values() for f in found]


def _keys(findings) -> list:
    return [(f.sort_key(), finding_piece(f)) for f in findings]


def _entries(findings, tag, origin) -> list:
    """Findings as the snapshot keeps them (sort key, piece, severity, group) and
    where they were made here."""
    return [(f.sort_key(), finding_piece(f), f.severity, tag, origin) for f in findings]
