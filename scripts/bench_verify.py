"""Time `factcheck`, whole process against whole process.

1. Start-up: `factcheck --help` beside `yamllint --help`, and `factcheck verify` of
   the shipped registry beside yamllint on the same files; runs interleaved so both
   see the same machine load; the figure is the ratio of medians (target <= 1.5x).
2. Generated registries (scripts/gen_registry.py: several reports per region, dated
   counts with trends, towns within regions, some conflicts) of growing size, each:
   - cold: `verify --no-cache` (wall median, CPU of the process and its workers,
     peak memory: the largest process's max RSS);
   - warm: `verify` again with the cache full;
   - edit: one report file's value changed (a new number each run), then `verify`
     in JSON, then in the text format, then the text format with `--files` of that
     file (as a pre-commit hook runs it); each row's output is compared with
     `verify --no-cache` of the same files with the same flags once;
   the warm and edit runs as a share of the cold one (the peer of an incremental
   run is the full one), and the growth exponent of cold time against the number
   of independent groups (1.0 = linear).

    pip install -e '.[bench]'          # yamllint, the peer
    python scripts/bench_verify.py [--sizes 1000 10000 100000] [--runs 3]

Targets on a 2-core machine: 100,000 claims cold in 30 s and under 1 GiB, growth
exponent <= 1.1; an edit re-verified in <= 15 % of a cold run at 10,000 claims,
<= 10 % at 100,000. The machine is often shared: the load average is printed with
every size; compare figures taken in one sitting, and CPU seconds beside wall ones.
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
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from gen_registry import generate_registry  # noqa: E402


# Both tools run from compiled bytecode, as pip leaves an installed package (an
# environment with PYTHONDONTWRITEBYTECODE would make every run compile our sources).
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


@dataclass
class Run:
    wall: float  # seconds
    cpu: float  # user + system seconds, the process and the workers it waited for
    rss: int  # MiB, the largest process's peak
    code: int


def run(argv: list[str], stdout=subprocess.DEVNULL) -> Run:
    """One whole process: its wall and CPU time, peak memory and exit code."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=stdout, stderr=subprocess.DEVNULL, env=ENV)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    return Run(elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss // 1024,
               os.waitstatus_to_exitcode(status))


def load_text() -> str:
    one, five, _ = os.getloadavg()
    return f"load {one:.1f} (5 min {five:.1f}) on {os.cpu_count()} cores"


def tool(name: str) -> str | None:
    return shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)


def factcheck_argv(path: Path, *extra: str, name: str = "json") -> list[str]:
    return [tool("factcheck") or "factcheck", "verify", str(path), "--format", name, *extra]


def side_by_side(label: str, ours: list[str], theirs: list[str] | None, runs: int) -> None:
    """Our command and the peer's, interleaved; medians and their ratio."""
    mine, peer = [], []
    for _ in range(runs):
        mine.append(run(ours))
        if theirs:
            peer.append(run(theirs))
    wall = statistics.median(r.wall for r in mine)
    cpu = statistics.median(r.cpu for r in mine)
    print(f"{label}: factcheck {wall * 1000:.0f} ms wall, {cpu * 1000:.0f} ms CPU "
          f"(median of {runs}; {load_text()})")
    if not peer:
        print("  yamllint not installed: pip install -e '.[bench]'")
        return
    peer_wall = statistics.median(r.wall for r in peer)
    peer_cpu = statistics.median(r.cpu for r in peer)
    print(f"  yamllint {peer_wall * 1000:.0f} ms wall, {peer_cpu * 1000:.0f} ms CPU; "
          f"ratio {wall / peer_wall:.2f}x wall, {cpu / peer_cpu:.2f}x CPU (target <= 1.5x)")


def bench_startup(runs: int) -> None:
    yamllint = tool("yamllint")
    side_by_side("--help", [tool("factcheck") or "factcheck", "--help"],
                 [yamllint, "--help"] if yamllint else None, runs)
    files = sorted(str(p) for p in (ROOT / "claims").rglob("*.yaml"))
    with tempfile.TemporaryDirectory() as tmp:  # the cache is the registry's: a copy
        claims = Path(tmp) / "claims"
        shutil.copytree(ROOT / "claims", claims)
        run(factcheck_argv(claims))  # fills the cache, as any earlier run would have
        side_by_side(f"verify of the shipped registry ({len(files)} files)",
                     factcheck_argv(claims), [yamllint, "-f", "parsable", *files]
                     if yamllint else None, runs)


def bench_generated(sizes: list[int], runs: int, layout: str = "varied") -> None:
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            folder = Path(tmp) / f"r{size}"
            made = generate_registry(folder, size, layout=layout)
            print(f"{made.claims:>7,} claims ({made.groups:,} groups, {made.files:,} "
                  f"files; {load_text()})", flush=True)
            cold = [run(factcheck_argv(folder, "--no-cache")) for _ in range(runs)]
            seconds = _line("cold", cold)
            run(factcheck_argv(folder))  # fills the cache
            _line("warm", [run(factcheck_argv(folder)) for _ in range(runs)], cold)
            for label, name, files, base in EDIT_ROWS:
                _line(label, _edits(folder, runs, name, files, base), cold)
            rows.append((made.claims, made.groups, seconds, max(r.rss for r in cold)))
            shutil.rmtree(folder)
    for (c1, g1, s1, _), (c2, g2, s2, _) in zip(rows, rows[1:]):
        exponent = math.log(s2 / s1) / math.log(g2 / g1)
        print(f"growth {c1:,} -> {c2:,} claims: cold time x{s2 / s1:.1f} for groups "
              f"x{g2 / g1:.1f}, exponent {exponent:.2f}")
    if len(rows) > 2:
        print(f"growth over all sizes: exponent {_slope(rows):.2f} (least squares, "
              "log time against log groups)")


def _line(label: str, runs: list[Run], cold: list[Run] | None = None) -> float:
    wall = statistics.median(r.wall for r in runs)
    cpu = statistics.median(r.cpu for r in runs)
    share = ""
    if cold:
        cold_wall = statistics.median(r.wall for r in cold)
        cold_cpu = statistics.median(r.cpu for r in cold)
        share = f"; {wall / cold_wall:.0%} of cold wall, {cpu / cold_cpu:.0%} of cold CPU"
    print(f"  {label:18s} {wall:7.2f} s wall, {cpu:7.2f} s CPU (median of {len(runs)}), "
          f"peak {max(r.rss for r in runs):,} MiB, exit {runs[0].code}{share}", flush=True)
    return wall


# (label, format, whether with --files of the edited file, the first new number)
EDIT_ROWS = [("edit", "json", False, 1_000), ("edit, text", "text", False, 2_000),
             ("edit, text --files", "text", True, 3_000)]


def _edits(folder: Path, runs: int, name: str = "json", files: bool = False,
           base: int = 1_000) -> list[Run]:
    """One report file edited before each run (a value's number changed to one not
    seen before); the last run's output checked against an uncached run's."""
    reports = sorted(folder.rglob("report-*.yaml"))
    target = reports[len(reports) // 2]
    original = target.read_text(encoding="utf-8")
    line = next(l for l in original.splitlines() if l.strip().startswith("value:")
                and any(ch.isdigit() for ch in l))
    out = []
    for i in range(runs):
        target.write_text(original.replace(line, f"    value: {base + 17 * (i + 1)} people",
                                           1), encoding="utf-8")
        extra = ["--files", str(target)] if files else []
        with tempfile.TemporaryFile() as cached, tempfile.TemporaryFile() as fresh:
            out.append(run(factcheck_argv(folder, *extra, name=name), stdout=cached))
            if i == runs - 1:
                run(factcheck_argv(folder, *extra, "--no-cache", name=name), stdout=fresh)
                cached.seek(0)
                fresh.seek(0)
                same = cached.read() == fresh.read()
                print(f"  edit output {'identical to' if same else 'DIFFERS from'} "
                      "--no-cache", flush=True)
    target.write_text(original, encoding="utf-8")
    return out


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
                        help="skip the start-up comparisons with yamllint")
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "factcheck")],
                   check=True, env=ENV)
    if not args.no_shipped:
        bench_startup(max(args.runs, 7))
    bench_generated(args.sizes, max(1, args.runs), args.layout)


if __name__ == "__main__":
    main()
