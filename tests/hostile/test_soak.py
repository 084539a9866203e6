"""Issue 14's soak: 8 `verify` and 2 `extract --into` processes on one registry at
once, for SOAK_SECONDS (15 in the suite; FACTCHECK_SOAK_SECONDS=30 or more from a
shell). Nothing is lost: every claim an extract said it added is in the file, every
verify saw whole files (no YAML error, exit 0 or 1, JSON that parses)."""

from __future__ import annotations

import json
import os
import re
import threading
import time
from pathlib import Path

from hostile_support import run

SOAK_SECONDS = float(os.environ.get("FACTCHECK_SOAK_SECONDS", "15"))
VERIFIERS, WRITERS = 8, 2
MENTIONS = 30

BASE = """\
document:
  id: base
  published: 2023-10-03
claims:
  - id: base-count
    quantity: town.population
    value: about 5,000 people
"""


def article(writer: int, round_: int) -> str:
    """MENTIONS counts, at offsets no other article of the soak has: the merge knows
    a mention by its span, and this file gathers many articles. The file grows by
    some 30 claims a round, so each merge reads and writes more: a wider window for
    two writers to overlap."""
    pad = "Background. " * (writer * 2000 + round_ * 3)
    n = writer * 1000 + round_
    counts = " ".join(f"In district {n}-{k}, {n * 40 + k + 100} people left."
                      for k in range(MENTIONS))
    return f"{pad}On 3 October 2023 the count was taken. {counts}\n"


def writer(root: Path, number: int, stop: float, added: list, problems: list) -> None:
    round_ = 0
    while time.monotonic() < stop:  # a bound on the soak, not an assert
        text = root / f"w{number}-{round_}.txt"
        text.write_text(article(number, round_))
        result = run("extract", text.name, "--into", "reg/drafts.yaml", cwd=root)
        said = re.search(rb"(\d+) new claim", result.stderr)
        if result.returncode != 0 or said is None:
            problems.append((text.name, result.returncode, result.stderr[-300:]))
            return
        added.append(int(said.group(1)))
        round_ += 1


def verifier(root: Path, stop: float, runs: list, problems: list) -> None:
    while time.monotonic() < stop:
        result = run("verify", "reg", "--format", "json", cwd=root)
        try:
            rules = {f["rule"] for f in json.loads(result.stdout)["findings"]}
        except ValueError:
            problems.append(("verify output", result.returncode, result.stdout[-300:]))
            return
        if result.returncode not in (0, 1) or "yaml" in rules or "schema" in rules:
            problems.append(("verify", result.returncode, sorted(rules)))
            return
        runs.append(result.returncode)


def test_eight_verifiers_and_two_writers_lose_nothing(tmp_path):
    (tmp_path / "reg").mkdir()
    (tmp_path / "reg" / "base.yaml").write_text(BASE)
    stop = time.monotonic() + SOAK_SECONDS
    added: list[int] = []
    runs: list[int] = []
    problems: list = []
    threads = [threading.Thread(target=writer, args=(tmp_path, w, stop, added, problems))
               for w in range(WRITERS)]
    threads += [threading.Thread(target=verifier, args=(tmp_path, stop, runs, problems))
                for _ in range(VERIFIERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert problems == []
    assert len(added) >= WRITERS and len(runs) >= VERIFIERS  # every process ran
    text = (tmp_path / "reg" / "drafts.yaml").read_text()
    assert text.count("\n  - id: ") == sum(added)  # each claim said added is there
    articles = sorted(tmp_path.glob("w*-*.txt"))
    for path in articles:  # and each article's own numbers
        n = int(path.stem[1]) * 1000 + int(path.stem.split("-")[1])
        assert f"{n * 40 + 100} people" in text, path.name
    assert not list((tmp_path / "reg").glob(".*.tmp"))  # no temporary file left
