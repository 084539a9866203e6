#!/usr/bin/env python3
"""Score `factcheck extract` against hand-made gold mentions.

    scripts/score_extract.py [--gold FILE] [--text FILE] [--verbose]

Without arguments: the seed article and its gold file from tests/extract/data.
Prints span recall (exact start and end), lenient (overlap) recall, exact-interval
accuracy among matched spans, and precision; --verbose lists misses and extras.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "extract" / "data"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, action="append",
                        help="gold JSON (repeatable); default: every *.mentions.json "
                             "in tests/extract/data")
    parser.add_argument("--text", type=Path, action="append",
                        help="the article text for each --gold (default: the gold file "
                             "name with .txt, or claims/sources/)")
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args(argv)
    from factcheck.extract.score import load_gold, score_text

    golds = args.gold or sorted(DATA.glob("*.mentions.json"))
    texts = args.text or [None] * len(golds)
    if len(texts) != len(golds):
        parser.error("give one --text per --gold")
    for gold_path, text_path in zip(golds, texts):
        text_path = text_path or _text_for(gold_path)
        result = score_text(text_path.read_text(encoding="utf-8"), load_gold(gold_path))
        print(f"{gold_path.name}: {json.dumps(result.summary())}")
        if args.verbose:
            _details(result)
    return 0


def _text_for(gold: Path) -> Path:
    stem = gold.name.removesuffix(".mentions.json")
    for candidate in (gold.with_name(stem + ".txt"), ROOT / "claims" / "sources" / (stem + ".txt")):
        if candidate.exists():
            return candidate
    sys.exit(f"score_extract: no text found for {gold}; give --text")


def _details(result) -> None:
    for g in result.missed:
        print(f"  MISSED {g['start']}-{g['end']} {g['text']!r}")
    for p, g in result.wrong:
        got = {k: p.get(k) for k in ("low", "high", "low_open", "high_open", "unit")}
        want = {k: g.get(k) for k in ("low", "high", "low_open", "high_open", "unit")}
        print(f"  WRONG  {g['text']!r}: got {got} want {want}")
    for p in result.extra:
        print(f"  EXTRA  {p['start']}-{p['end']} {p['text']!r} ({p['kind']})")


if __name__ == "__main__":
    sys.exit(main())
