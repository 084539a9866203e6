"""What a cached JSON run keeps for the next one to start from (report/quick.py):
the report in pieces, each piece with where it comes from. Three kinds of entry,
tied together by a token drawn anew by each full run:

- "report" (a quick run writes it again): every file's key (cached_load.py); each
  finding as the JSON array holds it, with its sort key, severity and, for a
  consistency finding, its group of names (the root components.py gives it); each
  implied range as the JSON object holds it, with its order, its group and its
  text in the text report's table;
- "groups-NN", eight shards by root: each group of names that can be solved
  again on its own: its names in the registry's order, their dimensions, which change over
  time, the units ranges are shown in, and the files that hold its claims,
  relations, declared quantities and the places its names' places lie within (a
  registry of those files alone builds the group's constraints exactly as the
  whole one does); a quick run reads the shard of the group it solves again;
- "latest": the files, their display names and texts' fingerprints, each claim's
  group file by file, the declared speakers (every claim's voice depends on
  them), the document ids more than one file uses, the unchecked claims and the
  number of claims, each file's groups of names (of its claims, relations and
  declared quantities: the groups `--files` solves again), the notes the text
  report prints;
- "rows": each claim's row in the text report's table but its status, file by
  file, with the files' keys they were made from and each file's number of
  claims (a quick run makes a changed file's rows again from its reading, and
  keeps them; a full run keeps those of each file whose key is the same).

Nothing is kept when the pieces do not join into exactly the text printed, or
when an id names two claims or relations (groups find their members by id).
"""

from __future__ import annotations

import hashlib
import secrets
from collections import Counter

from .. import checks
from ..checks.consistency import solution_findings
from ..engine import Solution
from .formats.grouped import claim_row, quantity_of
from .formats.json_format import assemble, finding_piece, range_pieces

KIND = "quick"
LATEST = "latest"  # what only a full run changes
REPORT = "report"  # the files' keys and the report's pieces (a quick run's too)
ROWS = "rows"  # the text report's rows, by file
FORM = 3  # the snapshot's layout; another is ignored
GROUP_SHARDS = 8  # (each full run writes them all; a quick run reads one or two)
CONSISTENCY = frozenset({"inconsistency", "disagreement", "trend", "rounding", "undecided"})


def settler(config):
    return config.apply if config is not None else checks.settle


def record(store, inputs: tuple, kept: tuple, solution: Solution, config, report,
           text: str) -> bool:
    """Keep the run's pieces in `store` when they join into `text`, the report's
    JSON; whether they were kept. `inputs`: what else the report depends on
    (quick.inputs); `kept`: the loader's (files, keys, fingerprints, readings,
    discover's findings)."""
    files, keys, prints, reads, unreadable = kept
    groups = solution.groups
    registry = report.registry
    ids = [item.id for item in (*registry.claims, *registry.relations)]
    if (None in keys or groups is None or groups.display is None or groups.dated is None
            or len(set(ids)) != len(ids)):
        return False
    tags, straddling = _consistency_roots(solution, settler(config))
    findings = []
    for finding in report.findings:
        piece = finding_piece(finding)
        tag = None
        if finding.rule in CONSISTENCY:
            roots = {groups.owner.get(item) for item in finding.claims}
            tag = next(iter(roots)) if len(roots) == 1 else None
            if tag is None:  # a finding naming no member: found from its result
                tag = tags.get((finding.sort_key(), piece), False)
                if tag is False:  # not one of the solution's: where from?
                    return False
        findings.append((finding.sort_key(), piece, finding.severity, tag))
    # (the ranges' pieces cut from the text printed: making 100,000 again costs 1.5 s)
    cut = range_pieces(text, len(report.ranges))
    if cut is None or len({str(r.key) for r in report.ranges}) != len(cut):
        return False
    root = groups.root
    ranges = [((r.key.name, r.key.date or 0), piece, root(r.key.name), shown(r))
              for r, piece in zip(report.ranges, cut)]
    pieces = [piece for _, piece, _, _ in findings], cut
    if None in pieces[0] or assemble(*pieces, list(report.unchecked),
                                     report.summary()) != text:
        return False
    claim_roots, file_roots, solvable = _groups(registry, reads, groups, solution.dims,
                                                straddling)
    token = secrets.token_hex(8)  # ties the entries of one snapshot together
    shards: list[dict] = [{} for _ in range(GROUP_SHARDS)]
    for root, group in solvable.items():
        shards[group_shard(root)][root] = group
    for number, shard in enumerate(shards):
        store.put(KIND, f"groups-{number:02d}", (token, shard))
    store.put(KIND, REPORT, (token, list(keys), findings, _flat(ranges)))
    store.put(KIND, ROWS, (token, list(keys), *_rows(store, keys, reads)))
    store.put(KIND, LATEST, {
        "form": FORM, "token": token, "inputs": inputs, "files": [str(f) for f in files],
        "unreadable": unreadable, "prints": list(prints),
        "names": [read.name for read in reads], "claim_roots": claim_roots,
        "speakers": dict(registry.speakers), "shared_documents": _shared_documents(reads),
        "unchecked": list(report.unchecked), "claims": len(registry.claims),
        "file_roots": file_roots, "unranged": bool(solution.notes),
        "notes": report.notes[len(solution.notes):]})
    return True


def group_shard(root: str) -> int:
    digest = hashlib.sha256(root.encode("utf-8", "surrogatepass")).digest()
    return digest[0] * GROUP_SHARDS // 256


def shown(found) -> str:
    """An implied range as the text report's table shows it (grouped.Group)."""
    return (f"{str(found.key).split('@', 1)[1]}: " if found.key.date is not None
            else "") + found.describe()


def rows_of(claims) -> tuple[list, ...]:
    """The claims' rows of the text report's table but their statuses, as columns
    (id, value, interval, by, quantity, unread): what quick_view.py shows them by."""
    rows = [claim_row(claim, "") for claim in claims]
    return ([row[0] for row in rows], [row[1] for row in rows],
            [row[2] for row in rows], [row[3] for row in rows],
            [quantity_of(claim) for claim in claims],
            [claim.interval is None or claim.expr is None for claim in claims])


def _rows(store, keys: list, reads) -> tuple[list, list]:
    """Each file's number of claims, and their rows (rows_of) as columns, file by
    file: a file whose key the last rows name keeps those (its rows are its text's
    alone), the others' are made (at 100,000 claims, making them all costs 2 s)."""
    old = store.get(KIND, ROWS)
    known: dict = {}
    if isinstance(old, tuple) and len(old) == 4 and len(old[3]) == 6:
        start = 0
        for key, count in zip(old[1], old[2]):
            known[key] = (start, count)
            start += count
    counts, columns = [], [[] for _ in range(6)]
    for key, read in zip(keys, reads):
        claims = read.assembly.registry.claims if read.assembly is not None else []
        at = known.get(key)
        made = rows_of(claims) if at is None or at[1] != len(claims) else \
            [column[at[0]:at[0] + at[1]] for column in old[3]]
        for column, cells in zip(columns, made):
            column += cells
        counts.append(len(claims))
    return counts, columns


def _flat(ranges: list) -> tuple[list, list, list, list, list]:
    """The ranges as five lists (names, dates, groups, pieces, shown): plain strings
    and numbers pickle and unpickle many times faster than as many tuples."""
    return ([item[0][0] for item in ranges], [item[0][1] for item in ranges],
            *([item[k] for item in ranges] for k in (2, 1, 3)))


def _consistency_roots(solution: Solution, settle) -> tuple[dict, set]:
    """(sort key, piece) of each consistency finding that names no member (of a
    result with more sets than listed, or cut short) -> its group of names (None:
    of no one group), and the groups of names a result straddles."""
    tags: dict = {}
    straddling: set = set()
    groups = solution.groups
    for result in solution.results:
        roots = {groups.root(key.name) for c in result.constraints for key in c.variables}
        roots.discard(None)
        root = next(iter(roots)) if len(roots) == 1 else None
        if len(roots) > 1:
            straddling |= roots
        if result.more_conflicts or result.more_unknown or result.too_hard:
            one = Solution([result], solution.dims)
            for finding in settle(list(solution_findings(one))):
                tags[(finding.sort_key(), finding_piece(finding))] = root
    return tags, straddling


def _groups(registry, reads, groups, dims: dict, straddling: set
            ) -> tuple[list, list, dict]:
    """Each file's claims' groups of names; each file's groups of names, those of
    its claims, relations and declared quantities (None: a claim or relation of
    its in no group, which the file's constraints might still touch); and each
    group that can be solved on its own: root -> (names, dimensions, dated names,
    display units, files)."""
    index = {read.name: i for i, read in enumerate(reads) if read.name is not None}
    files: dict[str, set[int]] = {}
    unsafe = set(straddling)
    claim_roots, file_roots = [], []
    declared = Counter()  # places and quantities declared in more than one file
    for i, read in enumerate(reads):
        part = None if read.assembly is None else read.assembly.registry
        roots, touched = [], set()
        if part is not None:
            declared.update(f"p{name}" for name in part.places)
            declared.update(f"q{name}" for name in part.quantities)
            for claim in part.claims:
                roots.append(groups.owner.get(claim.id) if claim.expr is not None else None)
            found = [*roots, *(groups.owner.get(r.id) for r in part.relations),
                     *(groups.root(name) for name in part.quantities)]
            for root in found:
                if root is not None:
                    files.setdefault(root, set()).add(i)
            touched = set(found)
            if None in touched and any(
                    groups.owner.get(item.id) is None for item in part.relations) or any(
                    root is None and claim.expr is not None
                    for root, claim in zip(roots, part.claims)):
                touched = None
        claim_roots.append(roots)
        file_roots.append(None if touched is None else sorted(touched - {None}))
    names_of: dict[str, list[str]] = {}
    for name, root in groups.root_of.items():  # (in the registry's order of names)
        names_of.setdefault(root, []).append(name)
    solvable = {}
    chains = _Chains(registry, index, declared)
    twice = {name[1:] for name, count in declared.items() if count > 1 and name[0] == "q"}
    for root, names in names_of.items():
        if root not in groups.keys or root in unsafe:
            continue  # a product's group, or one straddled: always the full path
        held = files.setdefault(root, set())
        if not chains.add(names, held) or not twice.isdisjoint(names):
            continue
        solvable[root] = (names, {n: dims[n] for n in names if n in dims},
                          {n for n in names if n in groups.dated},
                          {n: groups.display[n] for n in names if n in groups.display},
                          tuple(sorted(held)))
    return claim_roots, file_roots, solvable


class _Chains:
    """The files declaring a place and every place it lies within, walked once per
    place (a registry has 100,000 names on a few thousand places)."""

    def __init__(self, registry, index: dict, declared):
        self.registry, self.index, self.declared = registry, index, declared
        self.known: dict[str, set[int] | None] = {}

    def add(self, names: list[str], held: set) -> bool:
        """Add the files of the places the names measure and of every place those
        lie within; False when one is declared twice or not in a registry file."""
        for name in names:
            place = name.split(".", 1)[0]
            found = self.known.get(place, False)
            if found is False:
                found = self.known[place] = self._walk(place)
            if found is None:
                return False
            held |= found
        return True

    def _walk(self, place: str) -> set[int] | None:
        places, found, seen = self.registry.places, set(), set()
        while place in places and place not in seen:
            seen.add(place)
            where = self.index.get(places[place].location.file)
            if where is None or self.declared[f"p{place}"] > 1:
                return None
            found.add(where)
            place = places[place].within
        return found


def _shared_documents(reads) -> set[str]:
    seen = Counter()
    for read in reads:
        if read.assembly is not None:
            seen.update(set(read.assembly.registry.documents))
    return {name for name, count in seen.items() if count > 1}
