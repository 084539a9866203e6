#!/usr/bin/env python3
"""Score `factcheck extract` drafts against hand-written gold registries.

    scripts/score_drafts.py [GOLD.yaml ...] [--verbose] [--json]

Without arguments: every gold registry in tests/data/drafts (the shipped article's
gold, karabakh-exodus.yaml, is reported on its own line and left out of the total).
Prints recall, precision, value, by, as_of, quantity pairwise F1, the placeholder
share and the zero-touch share (see factcheck/extract/draft_score.py); --verbose
lists every gold claim a draft gets wrong, with the fields to change.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "drafts"
SHIPPED = "karabakh-exodus.yaml"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="*", type=Path)
    parser.add_argument("--verbose", "-v", action="store_true")
    parser.add_argument("--json", action="store_true", help="one JSON object per line")
    args = parser.parse_args(argv)
    from factcheck.extract.draft_score import DocScore

    golds = args.gold or sorted(DATA.glob("*.yaml"))
    total = DocScore("TOTAL (development set)")
    shipped = [g for g in golds if g.name == SHIPPED]
    for path in [g for g in golds if g.name != SHIPPED] + shipped:
        result = score_file(path)
        if path.name != SHIPPED:
            total.add(result)
        _print(result, args)
    if len(golds) - len(shipped) > 1:
        _print(total, args, details=False)
    return 0


def score_file(path: Path):
    from factcheck.extract.draft_score import load_gold, score_document

    gold = load_gold(path)
    drafts = draft_dicts(path.parent / gold.data["document"]["text"], gold.published)
    return score_document(path.stem, gold, drafts)


def draft_dicts(text_path: Path, published) -> list[dict]:
    from factcheck.extract.runner import Job, process

    result = process(Job(text_path, published, "yaml", text_path.parent))
    if result.error:
        raise SystemExit(f"score_drafts: {result.error}")
    return [{key: getattr(d, key, None) for key in
             ("quote", "value", "quantity", "span", "by", "as_of")} for d in result.drafts]


def _print(result, args, details=True) -> None:
    figures = result.figures()
    if args.json:
        print(json.dumps({"name": result.name, "gold": result.gold, **figures}))
    else:
        cells = "  ".join(f"{k}={v:.2f}" for k, v in figures.items())
        print(f"{result.name:38} n={result.gold:3}  {cells}")
    if args.verbose and details:
        for claim, draft, wrong in result.misses:
            print(f"    {claim.get('id')}: {', '.join(wrong)}")
            if draft is not None:
                for key in wrong:
                    print(f"        {key}: want {claim.get(key)!r} got {draft.get(key)!r}")


if __name__ == "__main__":
    raise SystemExit(main())
