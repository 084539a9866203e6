"""Scoring the extractor on the numbers development set (tests/data/numbers).

Unlike the article golds (score.py, exact spans), a sentence set is scored the way
quantity-extraction benchmarks score it, by value:
- a gold quantity is found when a predicted mention overlaps it (one to one, the
  largest overlap first); its value is right when low, high, the open ends, the
  unit and, where the gold gives it, `change` agree;
- a predicted mention that overlaps no gold quantity is an error, unless it lands on
  an optional gold mention, or is a date (dates are outside the set's scope) that
  touches no gold quantity. A quantity read inside a gold name ("iPhone 8") is an
  error, counted apart as well;
- mentions of kind `unparsed` and `name` are not readings: they score nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .score import _same_value

NOT_READ = ("unparsed", "name")
_UNIT_SPELLINGS = {"mile_per_hour": "mile / hour", "kilometer_per_hour": "kilometer / hour"}


@dataclass
class DevScore:
    required: int = 0
    found: int = 0
    right: int = 0
    errors: int = 0
    names: int = 0
    names_read: int = 0
    missed: list = field(default_factory=list)
    wrong: list = field(default_factory=list)
    extra: list = field(default_factory=list)

    def add(self, other: "DevScore") -> None:
        for name in ("required", "found", "right", "errors", "names", "names_read"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.missed += other.missed
        self.wrong += other.wrong
        self.extra += other.extra

    def summary(self) -> dict:
        predicted = self.found + self.errors
        precision = _ratio(self.found, predicted)
        recall = _ratio(self.found, self.required)
        value_precision = _ratio(self.right, predicted)
        value_recall = _ratio(self.right, self.required)
        return {"precision": round(precision, 4), "recall": round(recall, 4),
                "f1": round(_f1(precision, recall), 4),
                "value_accuracy": round(_ratio(self.right, self.found), 4),
                "value_f1": round(_f1(value_precision, value_recall), 4),
                "required": self.required, "found": self.found, "errors": self.errors,
                "names": self.names, "names_read_as_quantities": self.names_read}


def _ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _overlap(a: dict, b: dict) -> int:
    return min(a["end"], b["end"]) - max(a["start"], b["start"])


def _unit(unit):
    if unit is None:
        return None
    unit = " / ".join(part.strip() for part in str(unit).split("/"))
    return _UNIT_SPELLINGS.get(unit, unit)


def value_right(predicted: dict, gold: dict) -> bool:
    for bound, flag in (("low", "low_open"), ("high", "high_open")):
        if not _same_value(predicted.get(bound), gold.get(bound)):
            return False
        if gold.get(bound) is not None and predicted.get(flag) != gold.get(flag):
            return False
    if _unit(predicted.get("unit")) != _unit(gold.get("unit")):
        return False
    return "change" not in gold or predicted.get("change") == gold["change"]


def score_devset(predicted: list[dict], gold: dict) -> DevScore:
    mentions = gold["mentions"]
    quantities = [g for g in mentions
                  if not g.get("optional") and g["kind"] not in ("date", "name")]
    names = [g for g in mentions if g["kind"] == "name" and not g.get("optional")]
    readings = [p for p in predicted if p["kind"] not in NOT_READ]
    result = DevScore(required=len(quantities), names=len(names))
    matched = _match(quantities, readings)
    for g in quantities:
        p = matched.get(id(g))
        if p is None:
            result.missed.append(g)
            continue
        result.found += 1
        if value_right(p, g):
            result.right += 1
        else:
            result.wrong.append((p, g))
    used = {id(p) for p in matched.values()}
    for p in readings:
        if id(p) in used or _neutral(p, mentions, quantities):
            continue
        result.errors += 1
        result.extra.append(p)
        if any(_overlap(p, n) > 0 for n in names):
            result.names_read += 1
    return result


def _match(quantities: list[dict], readings: list[dict]) -> dict:
    """Gold quantity -> the predicted mention paired with it, largest overlaps first."""
    pairs = sorted(((_overlap(g, p), i, j) for i, g in enumerate(quantities)
                    for j, p in enumerate(readings) if _overlap(g, p) > 0), reverse=True)
    matched, taken = {}, set()
    for _, i, j in pairs:
        if id(quantities[i]) in matched or j in taken:
            continue
        matched[id(quantities[i])] = readings[j]
        taken.add(j)
    return matched


def _neutral(p: dict, mentions: list[dict], quantities: list[dict]) -> bool:
    if p["kind"] == "date" and not any(_overlap(p, g) > 0 for g in quantities):
        return True
    return any(_overlap(p, g) > 0 for g in mentions
               if g.get("optional") and (g["kind"] != "date" or p["kind"] == "date"))
