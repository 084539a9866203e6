#!/usr/bin/env python3
"""Score `factcheck extract` drafts against hand-written gold registries.

    scripts/score_drafts.py [GOLD.yaml ...] [--verbose] [--json] [--against DIR]

Without arguments: every gold registry in tests/data/drafts (the shipped article's
gold, karabakh-exodus.yaml, is reported on its own line and left out of the total).
Prints recall, precision, value, by, as_of, quantity pairwise F1, the placeholder
share and the zero-touch share (see factcheck/extract/draft_score.py); --verbose
lists every gold claim a draft gets wrong, with the fields to change.

--against DIR scores, in place of the drafts, another person's registry of the same
text (DIR/NAME.yaml, written without seeing the gold): how far two careful people
agree, the ceiling the drafts can be held to.
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
    parser.add_argument("--against", type=Path, help="a second annotator's registries")
    args = parser.parse_args(argv)
    from factcheck.extract.draft_score import DocScore

    golds = args.gold or sorted(DATA.glob("*.yaml"))
    total = DocScore("TOTAL (development set)")
    shipped = [g for g in golds if g.name == SHIPPED]
    for path in [g for g in golds if g.name != SHIPPED] + shipped:
        result = score_file(path, args.against)
        if path.name != SHIPPED:
            total.add(result)
        _print(result, args)
    if len(golds) - len(shipped) > 1:
        _print(total, args, details=False)
    return 0


def score_file(path: Path, against: Path | None = None):
    from factcheck.extract.draft_score import load_gold, score_document

    gold = load_gold(path)
    if against is not None:
        drafts = registry_dicts(load_gold(against / path.name))
    else:
        drafts = draft_dicts(path.parent / gold.data["document"]["text"], gold.published)
    return score_document(path.stem, gold, drafts)


def registry_dicts(other) -> list[dict]:
    """Another person's claims as drafts: each spans its value's first number (else
    the value's first word) inside its quote; `by` as that registry names the
    speaker; claims whose quote or number is not found are left out."""
    from factcheck.checks.quote_match import find_quote
    from factcheck.extract.draft_score import speaker_key
    from factcheck.grammar import find_numbers

    found = []
    for claim in other.claims:
        where = find_quote(str(claim.get("quote", "")), other.text)
        if where is None:
            continue
        span = _value_span(str(claim.get("value", "")), other.text, where, find_numbers)
        if span is None:
            continue
        by = claim.get("by")
        names = {speaker_key(ident): (entry or {}).get("name") or ident for ident, entry
                 in (other.data.get("speakers") or {}).items()}
        name = names.get(other.speaker(by), by) if by else None
        found.append({"quote": claim.get("quote"), "value": claim.get("value"),
                      "quantity": claim.get("quantity"), "span": span, "by": name,
                      "as_of": claim.get("as_of")})
    return found


def _value_span(value: str, text: str, where, find_numbers):
    wanted = {n.value for n in find_numbers(value)}
    for number in find_numbers(text[where.start:where.end]):
        if number.value in wanted:
            return where.start + number.start, where.start + number.end
    first = value.split()[0].lower() if value.split() else ""
    at = text.lower().find(first, where.start, where.end) if first else -1
    return (at, at + len(first)) if at >= 0 else None


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
