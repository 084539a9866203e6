#!/usr/bin/env python3
"""Compare `verify --format json` between two revisions of factcheck.

    scripts/compare_json.py OLD_REV [NEW_REV] [--claims 10000] [--ignore-new-keys]

Runs both revisions' `verify --format json` (each from a temporary `git worktree`,
with this machine's Python and installed dependencies) on the shipped registry
(`claims/`) and on a generated registry of --claims claims (scripts/gen_registry.py of
the NEW revision, so both see the same files), and prints whether the outputs are the
same. With --ignore-new-keys, keys of a finding that only the new revision has
(e.g. `arithmetic`, `nearest`) are dropped before comparing. Exit 0 when the same.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUN = "import sys; from factcheck.cli import main; sys.argv[0] = 'factcheck'; main()"


def checkout(rev: str, into: Path) -> Path:
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(into), rev],
                   check=True, capture_output=True)
    return into


def verify_json(tree: Path, registry: Path, cwd: Path) -> dict:
    env = {**os.environ, "PYTHONPATH": str(tree), "NO_COLOR": "1"}
    done = subprocess.run([sys.executable, "-c", RUN, "verify", str(registry),
                           "--format", "json"], cwd=cwd, env=env, capture_output=True,
                          text=True, check=False)
    if done.returncode not in (0, 1):
        raise SystemExit(f"{tree}: exit {done.returncode}: {done.stderr.strip()}")
    return json.loads(done.stdout)


def drop_new_keys(old: dict, new: dict) -> dict:
    keys = set(old["findings"][0]) if old["findings"] else None
    if keys is None:
        return new
    return {**new, "findings": [{k: v for k, v in f.items() if k in keys}
                                for f in new["findings"]]}


def compare(name: str, old: dict, new: dict, ignore_new: bool) -> bool:
    if ignore_new:
        new = drop_new_keys(old, new)
    same = old == new
    print(f"{name}: {'same' if same else 'DIFFERENT'} "
          f"({len(old['findings'])} findings, {len(old['quantities'])} ranges before; "
          f"{len(new['findings'])} findings, {len(new['quantities'])} ranges after)")
    if not same:
        for key in ("findings", "quantities", "summary"):
            if old[key] != new[key]:
                print(f"  {key} differ")
    return same


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old")
    parser.add_argument("new", nargs="?", default="HEAD")
    parser.add_argument("--claims", type=int, default=10_000)
    parser.add_argument("--ignore-new-keys", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as temp:
        temp = Path(temp)
        old, new = checkout(args.old, temp / "old"), checkout(args.new, temp / "new")
        try:
            generated = temp / "generated"
            subprocess.run([sys.executable, str(new / "scripts" / "gen_registry.py"),
                            str(generated), "--claims", str(args.claims)], check=True,
                           capture_output=True)
            same = True
            for name, registry, cwd in (("shipped", Path("claims"), ROOT),
                                        (f"generated {args.claims}", generated, temp)):
                same &= compare(name, verify_json(old, registry, cwd),
                                verify_json(new, registry, cwd), args.ignore_new_keys)
        finally:
            for tree in (old, new):
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force",
                                str(tree)], capture_output=True)
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
