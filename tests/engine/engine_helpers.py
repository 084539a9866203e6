"""Helpers and shared registries for the engine tests (imported by name: the
folder's conftest puts it on sys.path). Registries are small YAML files.

`run(tmp_path, yaml, {"other.yaml": ..., "sources/x.txt": ...})` writes the files
and returns `verify_paths([tmp_path])`'s Report. A document without `text:` is a
reference document, so its quotes are not checked: most tests use that and keep
the YAML short. `problem(tmp_path, yaml)` loads without verifying and returns the
engine's `Problem` (constraints over dated variables), for white-box tests.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

from factcheck.engine import build
from factcheck.registry.load import load
from factcheck.verify import verify_paths


def write(folder: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")


def run(folder: Path, main: str, files: dict[str, str] | None = None):
    """Write `main` as registry.yaml (plus `files`: path -> text) and verify."""
    write(folder, {"registry.yaml": main, **(files or {})})
    return verify_paths([folder])


def loaded(folder: Path, main: str, files: dict[str, str] | None = None):
    write(folder, {"registry.yaml": main, **(files or {})})
    result = load([folder])
    return result.registry, result.findings


def problem(folder: Path, main: str, files: dict[str, str] | None = None):
    registry, findings = loaded(folder, main, files)
    assert findings == [], findings
    return build.build(registry)


def rules(report, *names: str) -> list:
    """The report's findings whose rule is one of `names` (all when none given)."""
    return [f for f in report.findings if not names or f.rule in names]


def consistency_findings(report) -> list:
    return rules(report, "inconsistency", "disagreement", "trend", "rounding")


def summaries(report) -> list:
    """The "N more conflicting sets" findings: they name no claim."""
    return [f for f in consistency_findings(report) if not f.claims]


def nearest(finding) -> dict[str, str]:
    """The hint's nearest values, {claim id: "at most 132,000 people"}; {} when the
    hint names none."""
    import re

    found = {}
    for part in (finding.hint or "").split("; "):
        match = re.fullmatch(r"(\S+) would agree if it were (.+)", part)
        if match:
            found[match[1]] = match[2]
    return found


def arithmetic(finding) -> list[str]:
    return [d for d in finding.details if d.startswith("arithmetic")]


def ranges(report) -> dict[str, dict]:
    """Implied ranges as {"name" or "name@date": Range.to_json()}."""
    return {str(r.key): r.to_json() for r in report.ranges}


def closed(low, high, unit="person") -> dict:
    return {"low": low, "high": high, "low_open": False, "high_open": False, "unit": unit}


def engine(folder: Path, main: str, files: dict[str, str] | None = None):
    """Load, build and solve (sequentially): (problem, group results)."""
    from factcheck.engine import consistency

    built = problem(folder, main, files)
    return built, consistency.check(built, jobs=1)


def satisfiable(constraints, integer_vars, floor_zero) -> bool:
    """Do these constraints agree? Asked of z3 through its Python API, independently
    of the engine's SMT-LIB encoding, guards and cores."""
    import z3

    solver = z3.Solver()
    variables: dict = {}

    def var(key):
        if key not in variables:
            make = z3.Int if key in integer_vars else z3.Real
            variables[key] = make(f"indep:{key}")
            if key in floor_zero:
                solver.add(variables[key] >= 0)
        return variables[key]

    for constraint in constraints:
        for atom in constraint.atoms:
            total = z3.RealVal(atom.constant)
            for key, coeff in atom.coeffs:
                total = total + coeff * var(key)
            solver.add({"<=": total <= 0, "<": total < 0, ">=": total >= 0,
                        ">": total > 0, "==": total == 0}[atom.op])
    result = solver.check()
    assert result != z3.unknown
    return result == z3.sat


def all_minimal_conflicts(constraints, integer_vars, floor_zero) -> set[frozenset]:
    """Every minimal conflicting set, by brute force over all subsets (small groups)."""
    import itertools

    keys = [c.key for c in constraints]
    by_key = {c.key: c for c in constraints}
    unsat: list[frozenset] = []
    for size in range(1, len(keys) + 1):
        for subset in itertools.combinations(keys, size):
            chosen = frozenset(subset)
            if any(found <= chosen for found in unsat):
                continue  # a superset of a conflict conflicts, and is not minimal
            if not satisfiable([by_key[k] for k in subset], integer_vars, floor_zero):
                unsat.append(chosen)
    return set(unsat)


def where(text: str, snippet: str) -> tuple[int, int]:
    """1-based (line, column) of `snippet` in the dedented YAML `text`."""
    text = textwrap.dedent(text)
    index = text.index(snippet)
    line = text.count("\n", 0, index) + 1
    column = index - (text.rfind("\n", 0, index) + 1) + 1
    return line, column


# -- registries shared by several test files ------------------------------

SEED = """\
document:
  id: exodus
  published: 2023-10-03
claims:
  - id: fled
    by: Armenian government
    as_of: 2023-10-02
    quantity: karabakh.departed
    value: {departed}
  - id: residents
    by: Armenian government
    quantity: karabakh.population
    value: estimated 120,000 people
  - id: un-remaining
    by: UN mission
    as_of: 2023-10-02
    quantity: karabakh.remaining
    value: fewer than 1,500 people
relations:
  - id: accounting
    holds: karabakh.departed + karabakh.remaining <= karabakh.population
    why: every resident either left or stayed
"""


def seed(departed: str = "over 100,000 people") -> str:
    return SEED.format(departed=departed)


THREE_SETS = """\
document:
  id: doc
claims:
  - id: a
    by: x
    quantity: k.departed
    value: over 140,000 people
  - id: b
    by: y
    quantity: k.departed
    value: over 150,000 people
  - id: c
    by: z
    quantity: k.departed
    value: over 160,000 people
  - id: pop
    by: x
    quantity: k.population
    value: estimated 120,000 people
relations:
  - id: r
    holds: k.departed <= k.population
"""


PARTS = """\
document:
  id: doc
claims:
  - id: whole
    quantity: r.population
    value: {whole}
  - id: part-a
    quantity: a.population
    value: 55,000 people
  - id: part-b
    quantity: b.population
    value: 70,000 people
relations:
  - id: sum
    holds: a.population + b.population == r.population
"""


DATED = """\
document:
  id: doc
  published: 2023-10-03
claims:
  - id: dep-1
    as_of: 2023-09-25
    quantity: k.departed
    value: exactly 100,000 people
  - id: rem-1
    as_of: 2023-09-25
    quantity: k.remaining
    value: exactly {remaining_1} people
  - id: dep-2
    as_of: 2023-10-02
    quantity: k.departed
    value: exactly 50,000 people
  - id: rem-2
    as_of: 2023-10-02
    quantity: k.remaining
    value: exactly 50,000 people
  - id: pop
    quantity: k.population
    value: {population}
relations:
  - id: acc
    holds: k.departed + k.remaining <= k.population
"""


BLOCKADE = """\
document:
  id: doc
claims:
  - id: start
    quantity: blockade.start
    value: 2022-12-12
  - id: end
    quantity: blockade.end
    value: {end}
  - id: length
    by: AP
    quantity: blockade.duration
    value: {duration}
"""


TREND = """\
document:
  id: doc
  published: 2023-10-03
quantities:
  k.departed: {{trend: {trend}}}
claims:
  - id: early
    by: gov
    as_of: 2023-09-28
    quantity: k.departed
    value: {early}
  - id: late
    by: {late_by}
    as_of: 2023-10-01
    quantity: k.departed
    value: {late}
"""


def trend(early="exactly 80,000 people", late="exactly 70,000 people", late_by="gov",
          kind="non-decreasing") -> str:
    return TREND.format(early=early, late=late, late_by=late_by, trend=kind)
