"""The extractor's JSON output on every test article is pinned byte for byte.

Speed work on factcheck/extract and factcheck/grammar must not change a single
mention, so each article's output is compared with a stored `<stem>.expected.json`.
Each file holds the mentions read with the gold file's `published` date and with
none (the document's own date line, or relative dates left unparsed).

After an intended change of output, regenerate the files and review the diff:

    python tests/extract/test_regression.py
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
SOURCES = Path(__file__).resolve().parents[2] / "claims" / "sources"


def _articles() -> dict[str, Path]:
    found = {path.stem: path for path in sorted(DATA.glob("*.txt"))}
    found.setdefault("karabakh-exodus-2023", SOURCES / "karabakh-exodus-2023.txt")
    return dict(sorted(found.items()))


def _published(stem: str) -> dt.date | None:
    gold = DATA / f"{stem}.mentions.json"
    if not gold.exists():
        return None
    text = json.loads(gold.read_text(encoding="utf-8")).get("published")
    return dt.date.fromisoformat(text) if text else None


def render(stem: str, path: Path) -> str:
    """The pinned output: what `extract --format json` lists, read both ways."""
    from factcheck.extract import find_mentions

    text = path.read_text(encoding="utf-8")
    published = _published(stem)
    output = {
        "published": published.isoformat() if published else None,
        "mentions": [m.to_json() for m in find_mentions(text, published)],
        "without_published": [m.to_json() for m in find_mentions(text)],
    }
    return json.dumps(output, ensure_ascii=False, indent=2) + "\n"


@pytest.mark.parametrize("stem", list(_articles()))
def test_output_is_unchanged(stem):
    expected = DATA / f"{stem}.expected.json"
    assert render(stem, _articles()[stem]) == expected.read_text(encoding="utf-8")


def _update() -> None:
    for stem, path in _articles().items():
        (DATA / f"{stem}.expected.json").write_text(render(stem, path), encoding="utf-8")
        print(f"wrote {stem}.expected.json")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    _update()
