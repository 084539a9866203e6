#!/usr/bin/env python3
"""Draft each gold text with `factcheck extract`, then `factcheck verify` the draft
alone: every error is a red line the drafts made before a person touched them.

    scripts/verify_drafts.py [GOLD.yaml ...] [--jobs N]
    scripts/verify_drafts.py --together [GOLD.yaml ...]

Without arguments: every gold registry under tests/data/drafts (holdouts included,
second annotations left out). Each text is copied into a scratch folder, drafted with
its gold registry's `published` date, and verified with `--no-cache`; the findings
are counted by severity and rule, and every error is listed with its document and
claims. An article that contradicts itself can give a true error; any other error is
a false one, and the drafting rules should not make it.

`--together` drafts the articles into one registry instead, as a desk keeping many
stories would: in order of publication, each `extract --into` its own file of one
folder (so each draft sees the names the earlier ones wrote), then `suggest --into`,
then one `verify`. Findings between claims of different articles are listed with
the articles: two articles on different events should never be held against each
other; two on one event may truly disagree.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "drafts"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="*", type=Path)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--together", action="store_true",
                        help="draft all into one registry, then verify it once")
    parser.add_argument("--warnings", action="store_true",
                        help="list every article's warnings too, not only its errors")
    args = parser.parse_args(argv)
    golds = args.gold or sorted(p for p in DATA.rglob("*.yaml") if "second" not in p.parts)
    if args.together:
        return _together(golds)
    with tempfile.TemporaryDirectory() as scratch, ThreadPoolExecutor(args.jobs) as pool:
        results = list(pool.map(lambda g: _draft_and_verify(g, Path(scratch)), golds))
    counts, errors = Counter(), []
    for gold, findings in zip(golds, results):
        for finding in findings:
            counts[(finding["severity"], finding["rule"])] += 1
            if finding["severity"] == "error" or args.warnings:
                errors.append((gold.stem, finding))
    print(f"{len(golds)} drafted articles; findings: "
          + ", ".join(f"{n} {sev} {rule}" for (sev, rule), n in counts.most_common()))
    listed = "a finding" if args.warnings else "an error"
    print(f"{len({name for name, _ in errors})} articles with {listed}")
    for name, finding in errors:
        print(f"  {name}: [{finding['severity']} {finding['rule']}] {finding['message']}")
    return 0


def _draft_and_verify(gold: Path, scratch: Path) -> list[dict]:
    from ruamel.yaml import YAML

    document = (YAML(typ="safe").load(gold.read_text(encoding="utf-8")) or {}).get("document")
    text = gold.parent / str(document["text"])
    folder = scratch / gold.parent.name / gold.stem
    folder.mkdir(parents=True)
    shutil.copy(text, folder / text.name)
    factcheck = shutil.which("factcheck", path=str(Path(sys.executable).parent)) or "factcheck"
    published = str(document.get("published") or "")[:10]
    dated = ["--published", published] if published else []  # else the text's own date
    drafted = subprocess.run([factcheck, "extract", *dated, text.name],
                             cwd=folder, capture_output=True, text=True, check=True)
    (folder / "claims.yaml").write_text(drafted.stdout, encoding="utf-8")
    verified = subprocess.run([factcheck, "verify", "--no-cache", "--format", "json",
                               "claims.yaml"], cwd=folder, capture_output=True, text=True)
    return json.loads(verified.stdout)["findings"] if verified.stdout else [
        {"severity": "error", "rule": "crash", "message": verified.stderr[-300:]}]


def _together(golds: list[Path]) -> int:
    from ruamel.yaml import YAML

    factcheck = shutil.which("factcheck", path=str(Path(sys.executable).parent)) or "factcheck"
    documents = {g: (YAML(typ="safe").load(g.read_text(encoding="utf-8")) or {})["document"]
                 for g in golds}
    order = sorted(golds, key=lambda g: str(documents[g].get("published") or ""))
    with tempfile.TemporaryDirectory() as scratch:
        claims = Path(scratch) / "claims"
        (claims / "sources").mkdir(parents=True)
        owner = {}
        for gold in order:
            text = gold.parent / str(documents[gold]["text"])
            shutil.copy(text, claims / "sources" / text.name)
            published = str(documents[gold].get("published") or "")[:10]
            dated = ["--published", published] if published else []
            target = claims / f"{gold.parent.name}-{gold.stem}.yaml"
            subprocess.run([factcheck, "extract", *dated, f"sources/{text.name}", "--into",
                            target.name], cwd=claims, capture_output=True, check=True)
            drafted = YAML(typ="safe").load(target.read_text(encoding="utf-8")) or {}
            owner.update({c["id"]: gold.stem for c in drafted.get("claims") or ()})
        subprocess.run([factcheck, "suggest", ".", "--into", "suggested.yaml"], cwd=claims,
                       capture_output=True, check=True)
        verified = subprocess.run([factcheck, "verify", "--no-cache", "--format", "json", "."],
                                  cwd=claims, capture_output=True, text=True)
    findings = json.loads(verified.stdout)["findings"]
    counts, across = Counter(), []
    for finding in findings:
        articles = sorted({owner.get(c, "?") for c in finding.get("claims") or ()})
        where = "across articles" if len(articles) > 1 else "in one article"
        counts[(finding["severity"], finding["rule"], where)] += 1
        if len(articles) > 1 or finding["severity"] == "error":  # (an error: a red line)
            across.append((finding, articles))
    print(f"{len(golds)} articles in one registry; findings: "
          + ", ".join(f"{n} {sev} {rule} {where}" for (sev, rule, where), n in
                      counts.most_common()))
    for finding, articles in across:
        print(f"  [{finding['severity']} {finding['rule']}] {' / '.join(articles)}: "
              f"{finding['message'][:160]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
