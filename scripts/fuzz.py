"""Run the fuzz properties of tests/fuzz/ with many random examples.

The test suite runs each property with a few dozen derandomized examples, so CI stays
fast and repeatable; this runs the very same properties with N freshly random ones
each, and keeps every failing input (the minimal one Hypothesis reports) and the
slowest input of each property in the save folder, in the layout of the regression
corpus (tests/fuzz/corpus/README.md).

    python scripts/fuzz.py                       # 1,000 examples per property
    python scripts/fuzz.py --examples 20000 -k registr --save /tmp/fuzz
    python scripts/fuzz.py --time-limit 2        # CPU seconds one input may take

Exit code: pytest's (0 when every property held).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

MAIN = Path(__file__).resolve().parents[1]
PROPERTIES = ["tests/fuzz/test_properties.py", "tests/fuzz/test_cli_fuzz.py"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=1000,
                        help="random examples per property (default 1000)")
    parser.add_argument("--save", type=Path, default=None,
                        help="folder for failing and slowest inputs (default: a new "
                             "temporary folder)")
    parser.add_argument("--time-limit", type=float, default=None,
                        help="CPU seconds one small input may take (default 1.0)")
    parser.add_argument("-k", dest="keyword", default=None,
                        help="only the properties whose name matches (pytest -k)")
    parser.add_argument("--corpus", action="store_true",
                        help="also run the regression corpus and the limit tests")
    args = parser.parse_args()

    save = args.save or Path(tempfile.mkdtemp(prefix="factcheck-fuzz-"))
    env = {**os.environ, "FACTCHECK_FUZZ_EXAMPLES": str(args.examples),
           "FACTCHECK_FUZZ_SAVE": str(save)}
    env.pop("FACTCHECK_DEBUG", None)
    if args.time_limit is not None:
        env["FACTCHECK_FUZZ_TIME_LIMIT"] = str(args.time_limit)
    targets = ["tests/fuzz"] if args.corpus else PROPERTIES
    command = [sys.executable, "-m", "pytest", *targets, "-q", "-p", "no:cacheprovider"]
    if args.keyword:
        command += ["-k", args.keyword]
    print(f"fuzz: {args.examples} examples per property; inputs kept in {save}",
          file=sys.stderr)
    code = subprocess.call(command, cwd=MAIN, env=env)
    kept = sorted(p.relative_to(save) for p in save.rglob("*") if p.is_file())
    failing = [p for p in kept if p.parts[0] != "slowest"]
    print(f"fuzz: {len(failing)} failing input file(s) kept in {save}"
          + "".join(f"\n  {p}" for p in failing), file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(main())
