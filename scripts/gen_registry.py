"""Generate a synthetic, consistent claim registry of N claims for benchmarks.

Each region has two towns within it; each place has a population, people who left
and people who remained, reported by several documents on several dates, tied by an
accounting relation per place. Every tenth region gets a claim that contradicts its
siblings, so conflict search is measured too (`--conflicts 0` for none).

    python scripts/gen_registry.py OUT_DIR --claims 10000
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

ARTICLE = ("Officials said over {dep} people had left {place} by {day} September, "
           "of an estimated {pop} residents; fewer than {rem} remained.")


def region_block(r: int, rng: random.Random, conflict: bool) -> tuple[list[str], list[str], str, int]:
    """Claims, relations and article text for one region and its two towns."""
    places = [f"region_{r}", f"town_{r}_a", f"town_{r}_b"]
    sizes = [rng.randrange(200, 400) * 1000, rng.randrange(30, 90) * 1000,
             rng.randrange(30, 90) * 1000]
    claims, relations, sentences = [], [], []
    for place, size in zip(places, sizes):
        day = rng.randrange(20, 29)
        dep = size // 2000 * 1000
        rem = size // 10
        if conflict and place == places[0]:
            dep = size * 2 // 1000 * 1000
        sentence = ARTICLE.format(dep=f"{dep:,}", place=place, day=day, pop=f"{size:,}",
                                  rem=f"{rem:,}")
        sentences.append(sentence)
        claims += [
            _claim(f"{place}-dep", f"over {dep:,} people had left {place}", place,
                   "departed", f"over {dep:,} people", f"2023-09-{day}"),
            _claim(f"{place}-pop", f"an estimated {size:,} residents", place, "population",
                   f"estimated {size:,} people", None),
            _claim(f"{place}-rem", f"fewer than {rem:,} remained", place, "remaining",
                   f"fewer than {rem:,} people", f"2023-09-{day}"),
        ]
        relations.append(
            f"  - id: {place}-accounting\n"
            f"    holds: {place}.departed + {place}.remaining <= {place}.population\n")
    return claims, relations, " ".join(sentences), 9


def _claim(cid, quote, place, measure, value, as_of) -> str:
    lines = [f"  - id: {cid}", f'    quote: "{quote}"', "    by: officials",
             f"    quantity: {place}.{measure}", f"    value: {value}"]
    if as_of:
        lines.insert(3, f"    as_of: {as_of}")
    return "\n".join(lines) + "\n"


def generate(out: Path, claims: int, conflicts_every: int = 10, seed: int = 7) -> int:
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    (out / "sources").mkdir(exist_ok=True)
    regions = max(1, claims // 9)
    per_file = 20
    for start in range(0, regions, per_file):
        blocks = [region_block(r, rng, conflicts_every and r % conflicts_every == 5)
                  for r in range(start, min(regions, start + per_file))]
        name = f"doc-{start // per_file:05d}"
        text = "\n\n".join(b[2] for b in blocks) + "\n"
        (out / "sources" / f"{name}.txt").write_text(text, encoding="utf-8")
        places = "".join(
            f"  region_{r}: {{name: Region {r}}}\n"
            f"  town_{r}_a: {{name: Town {r}A, within: region_{r}}}\n"
            f"  town_{r}_b: {{name: Town {r}B, within: region_{r}}}\n"
            for r in range(start, min(regions, start + per_file)))
        body = (f"document:\n  id: {name}\n  title: Synthetic report {name}\n"
                f"  text: sources/{name}.txt\n  published: 2023-10-03\n\n"
                f"places:\n{places}\nclaims:\n" + "".join(c for b in blocks for c in b[0])
                + "\nrelations:\n" + "".join(r for b in blocks for r in b[1]))
        (out / f"{name}.yaml").write_text(body, encoding="utf-8")
    return regions * 9


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--claims", type=int, default=1000)
    parser.add_argument("--conflicts", type=int, default=10,
                        help="one region in this many contradicts itself (0: none)")
    args = parser.parse_args()
    print(generate(args.out, args.claims, args.conflicts))


if __name__ == "__main__":
    main()
