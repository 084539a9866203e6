"""Time `factcheck verify`, whole process against whole process.

1. The shipped registry (claims/) side by side with yamllint on the same files, runs
   interleaved so both see the same machine load; the figure is the ratio of medians.
2. Generated registries (scripts/gen_registry.py: several reports per region, dated
   counts with trends, towns within regions, some conflicts) of growing size: wall
   time (median), peak memory (the largest process's max RSS: the parent, or a
   forked worker, which counts the pages it shares with the parent) and the growth
   exponent of time against the number of independent groups, between sizes and
   fitted over all of them (1.0 = linear).

    pip install -e '.[bench]'          # yamllint, the peer
    python scripts/bench_verify.py [--sizes 1000 10000 100000] [--runs 3]

Targets on a 2-core machine: 100,000 claims in under 60 s and under 1 GB, growth
close to linear. The machine is often shared: compare figures taken in one sitting.
"""

from __future__ import annotations

import argparse
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from gen_registry import generate_registry  # noqa: E402


# Both tools run from compiled bytecode, as pip leaves an installed package (an
# environment with PYTHONDONTWRITEBYTECODE would make every run compile our sources).
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def run(argv: list[str]) -> tuple[float, int, int]:
    """Wall seconds, peak RSS in MiB and exit code of one whole process."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               env=ENV)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    return elapsed, usage.ru_maxrss // 1024, os.waitstatus_to_exitcode(status)


def factcheck_argv(path: Path) -> list[str]:
    exe = shutil.which("factcheck", path=str(Path(sys.executable).parent))
    return [exe or "factcheck", "verify", str(path), "--format", "json"]


def bench_shipped(runs: int) -> None:
    files = sorted(str(p) for p in (ROOT / "claims").rglob("*.yaml"))
    yamllint = shutil.which("yamllint", path=str(Path(sys.executable).parent)) or \
        shutil.which("yamllint")
    ours, theirs = [], []
    for _ in range(runs):
        ours.append(run(factcheck_argv(ROOT / "claims"))[0])
        if yamllint:
            theirs.append(run([yamllint, "-f", "parsable", *files])[0])
    mine = statistics.median(ours)
    print(f"shipped registry ({len(files)} files): factcheck verify {mine * 1000:.0f} ms "
          f"(median of {runs})")
    if theirs:
        peer = statistics.median(theirs)
        print(f"  yamllint on the same files {peer * 1000:.0f} ms; "
              f"ratio {mine / peer:.2f}x (target <= 3x)")
    else:
        print("  yamllint not installed: pip install -e '.[bench]'")


def bench_generated(sizes: list[int], runs: int, layout: str = "varied") -> None:
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            folder = Path(tmp) / f"r{size}"
            made = generate_registry(folder, size, layout=layout)
            timings = [run(factcheck_argv(folder)) for _ in range(runs)]
            seconds = statistics.median(t[0] for t in timings)
            memory = max(t[1] for t in timings)
            rows.append((made.claims, made.groups, seconds, memory))
            print(f"{made.claims:>7,} claims ({made.groups:,} groups, {made.files:,} files): "
                  f"{seconds:6.2f} s (median of {runs}), peak {memory:,} MiB, "
                  f"exit {timings[0][2]}", flush=True)
            shutil.rmtree(folder)
    for (c1, g1, s1, _), (c2, g2, s2, _) in zip(rows, rows[1:]):
        exponent = math.log(s2 / s1) / math.log(g2 / g1)
        print(f"growth {c1:,} -> {c2:,} claims: time x{s2 / s1:.1f} for groups "
              f"x{g2 / g1:.1f}, exponent {exponent:.2f}")
    if len(rows) > 2:
        print(f"growth over all sizes: exponent {_slope(rows):.2f} (least squares, "
              "log time against log groups)")


def _slope(rows) -> float:
    xs = [math.log(groups) for _, groups, _, _ in rows]
    ys = [math.log(seconds) for _, _, seconds, _ in rows]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    return (sum((x - mx) * (y - my) for x, y in zip(xs, ys))
            / sum((x - mx) ** 2 for x in xs))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 10000, 100000])
    parser.add_argument("--runs", type=int, default=3,
                        help="runs per generated size (the shipped registry: 7 at least)")
    parser.add_argument("--layout", choices=["varied", "simple"], default="varied",
                        help="the generated registries' layout (see gen_registry.py)")
    parser.add_argument("--no-shipped", action="store_true",
                        help="skip the shipped registry and yamllint")
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "factcheck")],
                   check=True, env=ENV)
    if not args.no_shipped:
        bench_shipped(max(args.runs, 7))
    bench_generated(args.sizes, max(1, args.runs), args.layout)


if __name__ == "__main__":
    main()
