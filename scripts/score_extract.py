#!/usr/bin/env python3
"""Score `factcheck extract` against hand-made gold mentions.

    scripts/score_extract.py [--gold FILE] [--text FILE] [--verbose]
    scripts/score_extract.py --numbers [--verbose]

Without arguments: every article gold in tests/extract/data (the seed among them):
F1 of exact spans, span recall, lenient (overlap) recall, exact-interval accuracy
among matched spans, and precision.

--numbers: the numbers development set (tests/data/numbers, sentences of varied
news): precision, recall, F1, value accuracy and value F1 by document and in all,
and how many names were read as quantities (factcheck.extract.devscore).
--verbose lists misses, wrong values and extras.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "extract" / "data"
NUMBERS = ROOT / "tests" / "data" / "numbers"
FIELDS = ("low", "high", "low_open", "high_open", "unit", "change")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, action="append",
                        help="gold JSON (repeatable); default: every *.mentions.json "
                             "in tests/extract/data")
    parser.add_argument("--text", type=Path, action="append",
                        help="the article text for each --gold (default: the gold file "
                             "name with .txt, or claims/sources/)")
    parser.add_argument("--numbers", action="store_true",
                        help="score the numbers development set instead")
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args(argv)
    if args.numbers:
        return _numbers(args.verbose)
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


def _numbers(verbose: bool) -> int:
    from factcheck.extract import find_mentions
    from factcheck.extract.devscore import DevScore, score_devset
    from factcheck.extract.score import load_gold

    total = DevScore()
    for gold_path in sorted(NUMBERS.glob("*.mentions.json")):
        gold = load_gold(gold_path)
        text = _text_for(gold_path).read_text(encoding="utf-8")
        anchor = dt.date.fromisoformat(gold["published"])
        predicted = [m.to_json() for m in find_mentions(text, anchor)]
        result = score_devset(predicted, gold)
        total.add(result)
        print(f"{gold_path.name}: {json.dumps(result.summary())}")
        if verbose:
            _dev_details(result)
    print(f"all: {json.dumps(total.summary())}")
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
        got = {k: p.get(k) for k in FIELDS[:5]}
        want = {k: g.get(k) for k in FIELDS[:5]}
        print(f"  WRONG  {g['text']!r}: got {got} want {want}")
    for p in result.extra:
        print(f"  EXTRA  {p['start']}-{p['end']} {p['text']!r} ({p['kind']})")


def _dev_details(result) -> None:
    for g in result.missed:
        print(f"  MISSED {g['text']!r}")
    for p, g in result.wrong:
        got = {k: p.get(k) for k in FIELDS if p.get(k) != g.get(k)}
        want = {k: g.get(k) for k in FIELDS if k in got}
        print(f"  WRONG  {p['text']!r} for {g['text']!r}: got {got} want {want}")
    for p in result.extra:
        print(f"  EXTRA  {p['text']!r} ({p['kind']})")


if __name__ == "__main__":
    sys.exit(main())
