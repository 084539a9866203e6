"""Scoring mentions against a hand-made gold file (same JSON shape as
`extract --format json`, plus `optional`, `note`, and `ignore_regions`).

- span recall: a required gold mention is found when a predicted mention has the
  same start and end; lenient recall only asks that they overlap;
- exact-interval accuracy: among matched spans, low, high, the open flags and the
  unit are equal (numbers within 1e-9, dates as ISO strings);
- precision: predicted mentions that match a gold mention (required or optional)
  by span, over all predicted mentions outside the ignored regions.
Optional gold mentions count neither for recall nor as false positives.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path

FIELDS = ("low", "high", "low_open", "high_open", "unit")


@dataclass
class Score:
    required: int = 0
    found: int = 0
    overlapping: int = 0
    exact: int = 0
    predicted: int = 0
    true_positive: int = 0
    missed: list = field(default_factory=list)
    wrong: list = field(default_factory=list)
    extra: list = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.required if self.required else 1.0

    @property
    def lenient_recall(self) -> float:
        return self.overlapping / self.required if self.required else 1.0

    @property
    def accuracy(self) -> float:
        return self.exact / self.found if self.found else 1.0

    @property
    def precision(self) -> float:
        return self.true_positive / self.predicted if self.predicted else 1.0

    def summary(self) -> dict:
        f1 = 2 * self.precision * self.recall / (self.precision + self.recall) \
            if self.precision + self.recall else 0.0
        return {"f1": round(f1, 4), "span_recall": round(self.recall, 4),
                "lenient_recall": round(self.lenient_recall, 4),
                "exact_interval_accuracy": round(self.accuracy, 4),
                "precision": round(self.precision, 4),
                "required": self.required, "found": self.found,
                "predicted": self.predicted}


def load_gold(path: Path) -> dict:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def _ignored(mention: dict, regions: list) -> bool:
    return any(mention["start"] < r[1] and r[0] < mention["end"] for r in regions)


def _same_value(a, b) -> bool:
    if isinstance(a, bool) or isinstance(b, bool) or a is None or b is None \
            or isinstance(a, str) or isinstance(b, str):
        return a == b
    return abs(float(a) - float(b)) <= 1e-9 * max(1.0, abs(float(a)))


def same_interval(predicted: dict, gold: dict) -> bool:
    return all(_same_value(predicted.get(f), gold.get(f)) for f in FIELDS)


def score(predicted: list[dict], gold: dict) -> Score:
    regions = [tuple(r) for r in gold.get("ignore_regions", [])]
    mentions = [m for m in gold["mentions"] if not _ignored(m, regions)]
    by_span = {(p["start"], p["end"]): p for p in predicted}
    result = Score()
    for g in mentions:
        if g.get("optional"):
            continue
        result.required += 1
        p = by_span.get((g["start"], g["end"]))
        if any(q["start"] < g["end"] and g["start"] < q["end"] for q in predicted):
            result.overlapping += 1
        if p is None:
            result.missed.append(g)
            continue
        result.found += 1
        if same_interval(p, g):
            result.exact += 1
        else:
            result.wrong.append((p, g))
    gold_spans = {(g["start"], g["end"]) for g in mentions}
    for p in predicted:
        if _ignored(p, regions):
            continue
        result.predicted += 1
        if (p["start"], p["end"]) in gold_spans:
            result.true_positive += 1
        else:
            result.extra.append(p)
    return result


def score_text(text: str, gold: dict) -> Score:
    from . import find_mentions

    published = gold.get("published")
    anchor = dt.date.fromisoformat(published) if published else None
    return score([m.to_json() for m in find_mentions(text, anchor)], gold)
