#!/usr/bin/env python3
"""Throughput of `factcheck extract` beside quantulum3, and span recall against gold.

    scripts/bench_extract.py [--mb 2] [--repeat 20] [--big-repeat 1] [--no-quantulum]
    scripts/bench_extract.py --files 200 [--jobs 1 --jobs 0] [--files-repeat 3]

Measures characters per second of `find_mentions` on the seed article and on a few
MB of generated news-like text (sentences recombined from the test articles with
fresh numbers), then the same for quantulum3's `parser.parse` (an optional bench
dependency: `pip install quantulum3`; on the generated text it runs on a sample,
since it is slow). Span recall uses tests/extract/data/*.mentions.json: a gold
mention is found when a predicted span overlaps it (quantulum3 spans never include
qualifiers like "over", so the lenient measure is the fair one) and, for us, also
with the same start and end.

The extractors take turns on each text, with memory collected before each run
(and, on the seed, an untimed run of the same extractor just before); the table
gives the best run of each (the one the machine disturbed least), and the line
below it the speed-ups in the median runs as well.

With `--files N` it times the command instead: the wall time of `factcheck extract`
(a fresh process, as a user runs it) on N article files, copies of the seed article
with their numbers varied, once per `--jobs` value (default: 1, one file after
another, and 0, one worker per core), taking turns; best and median of
`--files-repeat` runs, and whether every run printed the same output.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "extract" / "data"
SEED = ROOT / "claims" / "sources" / "karabakh-exodus-2023.txt"


def corpus() -> list[tuple[str, dict]]:
    out = []
    for gold_path in sorted(DATA.glob("*.mentions.json")):
        stem = gold_path.name.removesuffix(".mentions.json")
        text_path = DATA / f"{stem}.txt"
        if not text_path.exists():
            text_path = ROOT / "claims" / "sources" / f"{stem}.txt"
        out.append((text_path.read_text(encoding="utf-8"),
                    json.loads(gold_path.read_text(encoding="utf-8"))))
    return out


def vary(text: str, rng: random.Random) -> str:
    """The text with most of its numbers replaced by others."""
    def number(match):
        return f"{rng.randint(2, 99_999):,}" if rng.random() < 0.7 else match.group()
    return re.sub(r"\d[\d,]*", number, text)


def generated(megabytes: float, seed: int = 7) -> str:
    """News-like text: sentences of the test articles with their numbers varied."""
    rng = random.Random(seed)
    sentences = []
    for text, _ in corpus():
        sentences += [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if len(s) > 30]

    parts, size = [], 0
    while size < megabytes * 1_000_000:
        paragraph = " ".join(vary(rng.choice(sentences), rng)
                             for _ in range(rng.randint(3, 6)))
        parts.append(paragraph)
        size += len(paragraph) + 2
    return "\n\n".join(parts)


def ours(text: str, published=None) -> list[tuple[int, int]]:
    from factcheck.extract import find_mentions
    return [(m.start, m.end) for m in find_mentions(text, published)]


def quantulum(text: str) -> list[tuple[int, int]]:
    from quantulum3 import parser
    return [tuple(q.span) for q in parser.parse(text)]


def race(runs: list[tuple], repeat: int, warm: bool = False) -> list[list[float]]:
    """Seconds taken by each (function, text) of `runs`, `repeat` times each.

    The runs take turns, so that a busy spell of the machine slows all of them
    alike, and memory is collected before each, so that none pays for another's
    garbage. With `warm`, each timed run follows an untimed one of the same
    function, so that a short run is not timed with the caches the other function
    has just filled. Report the best time (least disturbed) and the median beside it.
    """
    times: list[list[float]] = [[] for _ in runs]
    for _ in range(repeat):
        for (function, text), spent in zip(runs, times):
            if warm:
                function(text)
            gc.collect()
            start = time.perf_counter()
            function(text)
            spent.append(time.perf_counter() - start)
    return times


def recall(spans_of, exact: bool) -> float:
    found = required = 0
    for text, gold in corpus():
        published = gold.get("published")
        spans = spans_of(text, dt.date.fromisoformat(published) if published else None)
        for g in gold["mentions"]:
            if g.get("optional"):
                continue
            required += 1
            if exact:
                found += (g["start"], g["end"]) in spans
            else:
                found += any(a < g["end"] and g["start"] < b for a, b in spans)
    return found / required


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=2.0, help="MB of generated text")
    parser.add_argument("--repeat", type=int, default=20, help="runs on the seed article")
    parser.add_argument("--big-repeat", type=int, default=1,
                        help="runs on the generated text")
    parser.add_argument("--quantulum-sample", type=int, default=50_000,
                        help="characters of the generated text given to quantulum3")
    parser.add_argument("--no-quantulum", action="store_true")
    parser.add_argument("--files", type=int, default=0,
                        help="time the command on this many article files instead")
    parser.add_argument("--jobs", type=int, action="append",
                        help="a --jobs value to time (repeatable; default: 1 and 0)")
    parser.add_argument("--files-repeat", type=int, default=3,
                        help="runs of the command per --jobs value")
    parser.add_argument("--format", choices=("yaml", "json"), default="yaml",
                        help="the command's output format")
    args = parser.parse_args(argv)
    if args.files:
        return bench_files(args.files, args.jobs or [1, 0], args.files_repeat, args.format)
    warnings.filterwarnings("ignore")
    seed_text = SEED.read_text(encoding="utf-8")
    big = generated(args.mb)
    sample = big[:args.quantulum_sample]
    ours(seed_text)  # warm the phrase table and pint
    extractors = [("factcheck extract", ours, big)]
    if not args.no_quantulum and _quantulum_ready(seed_text):
        extractors.append(("quantulum3", quantulum, sample))
    seed_times = race([(function, seed_text) for _, function, _ in extractors], args.repeat,
                      warm=True)
    big_times = race([(function, text) for _, function, text in extractors],
                     args.big_repeat)
    rows = []
    for (name, function, text), on_seed, on_big in zip(extractors, seed_times, big_times):
        spans_of = ours if function is ours else lambda text, _published: quantulum(text)
        rows.append((name, _speeds(seed_text, on_seed), _speeds(text, on_big),
                     recall(spans_of, exact=False), recall(spans_of, exact=True)))
    _print(rows, len(seed_text), len(big), len(sample), args.repeat, args.big_repeat)
    return 0


def bench_files(count: int, jobs: list[int], repeat: int, format: str) -> int:
    """Wall time of `factcheck extract FILES --jobs J` for each J, in turns."""
    from factcheck.extract.runner import cores

    with tempfile.TemporaryDirectory() as folder:
        rng = random.Random(7)
        seed_text = SEED.read_text(encoding="utf-8")
        files = []
        for i in range(count):
            files.append(Path(folder) / f"article-{i:04}.txt")
            files[-1].write_text(vary(seed_text, rng), encoding="utf-8")
        command = [sys.executable, "-c", "from factcheck.cli import main; main()",
                   "extract", *map(str, files), "--format", format]
        times: dict[int, list[float]] = {j: [] for j in jobs}
        outputs = set()
        for _ in range(repeat):
            for j in jobs:
                start = time.perf_counter()
                done = subprocess.run([*command, "--jobs", str(j)], cwd=folder,
                                      capture_output=True, check=True)
                times[j].append(time.perf_counter() - start)
                outputs.add(done.stdout)
    size = len(seed_text)
    print(f"factcheck extract --format {format} on {count} files of ~{size:,} chars; "
          f"{cores()} cores; wall time, best (median) of {repeat} runs")
    for j, spent in times.items():
        label = f"--jobs {j}" + (f" ({cores()} workers)" if j == 0 else "")
        print(f"{label:<24}{min(spent):>8.2f} s ({statistics.median(spent):.2f} s)"
              f"{min(times[jobs[0]]) / min(spent):>8.2f}x")
    print("the same output in every run:", "yes" if len(outputs) == 1 else "NO")
    return 0 if len(outputs) == 1 else 1


def _quantulum_ready(seed_text: str) -> bool:
    try:
        quantulum(seed_text)  # warm up: it loads its unit tables
    except Exception as error:  # noqa: BLE001 - report why it cannot run
        print(f"quantulum3 cannot run: {type(error).__name__}: {error}", file=sys.stderr)
        return False
    return True


def _speeds(text: str, seconds: list[float]) -> tuple[float, float]:
    """Characters per second: in the best run, and in the median one."""
    return len(text) / min(seconds), len(text) / statistics.median(seconds)


def _print(rows, seed_chars: int, big_chars: int, sample: int, repeat: int,
           big_repeat: int) -> None:
    print(f"seed article: {seed_chars:,} chars, best of {repeat} runs; generated: "
          f"{big_chars:,} chars (quantulum3 on the first {sample:,}), best of {big_repeat}")
    print(f"{'extractor':<20}{'seed chars/s':>15}{'generated chars/s':>20}"
          f"{'overlap recall':>16}{'exact recall':>14}")
    for name, (seed_speed, _), (big_speed, _), lenient, exact in rows:
        print(f"{name:<20}{seed_speed:>15,.0f}{big_speed:>20,.0f}{lenient:>16.3f}{exact:>14.3f}")
    if len(rows) == 2:
        us, them = rows
        print(f"speed-up: {us[1][0] / them[1][0]:,.0f}x on the seed, "
              f"{us[2][0] / them[2][0]:,.0f}x on generated text")
        print(f"(in the median runs: {us[1][1] / them[1][1]:,.0f}x on the seed, "
              f"{us[2][1] / them[2][1]:,.0f}x on generated text)")


if __name__ == "__main__":
    sys.exit(main())
