#!/usr/bin/env python3
"""Draft each gold text with `factcheck extract`, then `factcheck verify` the draft
alone: every error is a red line the drafts made before a person touched them.

    scripts/verify_drafts.py [GOLD.yaml ...] [--jobs N]

Without arguments: every gold registry under tests/data/drafts (holdouts included,
second annotations left out). Each text is copied into a scratch folder, drafted with
its gold registry's `published` date, and verified with `--no-cache`; the findings
are counted by severity and rule, and every error is listed with its document and
claims. An article that contradicts itself can give a true error; any other error is
a false one, and the drafting rules should not make it.
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
    args = parser.parse_args(argv)
    golds = args.gold or sorted(p for p in DATA.rglob("*.yaml") if "second" not in p.parts)
    with tempfile.TemporaryDirectory() as scratch, ThreadPoolExecutor(args.jobs) as pool:
        results = list(pool.map(lambda g: _draft_and_verify(g, Path(scratch)), golds))
    counts, errors = Counter(), []
    for gold, findings in zip(golds, results):
        for finding in findings:
            counts[(finding["severity"], finding["rule"])] += 1
            if finding["severity"] == "error":
                errors.append((gold.stem, finding))
    print(f"{len(golds)} drafted articles; findings: "
          + ", ".join(f"{n} {sev} {rule}" for (sev, rule), n in counts.most_common()))
    print(f"{len({name for name, _ in errors})} articles with an error")
    for name, finding in errors:
        print(f"  {name}: [{finding['rule']}] {finding['message']}")
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


if __name__ == "__main__":
    raise SystemExit(main())
