"""Issue 14's soak: 8 `verify` and 2 `extract --into` processes (one article, one
registry file) on one registry at once, for SOAK_SECONDS (15 in the suite;
FACTCHECK_SOAK_SECONDS=30 or more from a shell). Nothing is lost: every claim an extract said it added is in the file, every
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


def block(writer: int, round_: int) -> str:
    """MENTIONS counts no other block of the soak has."""
    n = writer * 1000 + round_
    return " ".join(f"In district {n}-{k}, {n * 40 + k + 100} people left."
                    for k in range(MENTIONS))


class Article:
    """The one article both writers draft into the one registry file (a file holds
    one article's document): each round a writer adds its block at the end and
    drafts the whole text again, so the merge knows the earlier mentions by their
    spans and adds the new ones. The file grows by some 30 claims a round, so each
    merge reads and writes more: a wider window for two writers to overlap."""

    def __init__(self, root: Path):
        self.path, self.blocks, self.lock = root / "article.txt", [], threading.Lock()

    def grow(self, writer: int, round_: int) -> None:
        with self.lock:  # the text is replaced whole: an extract reads a whole text
            self.blocks.append((writer, round_))
            text = "On 3 October 2023 the count was taken. " + " ".join(
                block(w, r) for w, r in self.blocks) + "\n"
            temporary = self.path.with_suffix(".tmp")
            temporary.write_text(text)
            os.replace(temporary, self.path)


def writer(root: Path, article: Article, number: int, stop: float, added: list,
           problems: list) -> None:
    round_ = 0
    while time.monotonic() < stop:  # a bound on the soak, not an assert
        article.grow(number, round_)
        result = run("extract", article.path.name, "--into", "reg/drafts.yaml", cwd=root)
        said = re.search(rb"(\d+) new claim", result.stderr)
        if result.returncode != 0 or said is None:
            problems.append((number, round_, result.returncode, result.stderr[-300:]))
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
    article = Article(tmp_path)
    threads = [threading.Thread(target=writer, args=(tmp_path, article, w, stop, added,
                                                      problems)) for w in range(WRITERS)]
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
    for number, round_ in article.blocks:  # and each block's numbers
        n = number * 1000 + round_
        assert f"{n * 40 + 100} people" in text, (number, round_)
        assert f"{n * 40 + MENTIONS - 1 + 100} people" in text, (number, round_)
    assert not list((tmp_path / "reg").glob(".*.tmp"))  # no temporary file left
