"""Scoring `extract`'s drafts against a hand-written gold registry.

A gold claim is *found* when a draft's number lies inside the gold quote (located in
the text as `verify` locates quotes) and carries the gold value's number. On the
found pairs:
- value: the draft's value reads to the gold value's interval; for an age (a gold
  quantity `X.age`, `X.oldest_age`) the same number of the same unit, as "25 years" and
  "25-year-old" both say 25 though one reads as a span, the other as a floor;
- by: the same speaker (case, punctuation and a/an/the ignored; a gold `speakers:`
  entry's id, name and aliases are one speaker, as in the registry); no `by` on both
  is the own voice, a match;
- as_of: the same date or date-time, or none on both;
- quantity: the same expression, after a draft subject that spells a gold place's
  id, name or alias is read as that place;
- pairwise F1 of the quantity clustering: the pairs of found claims that share a
  quantity in the gold against those that share one in the drafts (placeholders
  share with nothing);
- placeholder share: found drafts whose quantity is a placeholder;
- zero-touch share: found drafts where value, by, as_of and quantity all match.
Recall is found gold claims over all gold claims; precision found drafts over all.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..findings import FactcheckError
from ..grammar import find_numbers, parse_value
from ..checks.quote_match import find_quote

PLACEHOLDER = re.compile(r"^(?:unknown|unnamed)[_.]|[(\s]unknown[_.]|^unnamed_")
_NAME = re.compile(r"[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)?")
_ARTICLES = frozenset("a an the".split())
FIELDS = ("value", "by", "as_of", "quantity")


@dataclass
class DocScore:
    name: str
    gold: int = 0
    drafts: int = 0
    found: int = 0
    right: dict = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    placeholders: int = 0
    zero_touch: int = 0
    pairs: list = field(default_factory=lambda: [0, 0, 0])  # both, gold only, draft only
    misses: list = field(default_factory=list)  # (gold claim, draft or None, wrong fields)

    def add(self, other: DocScore) -> None:
        for name in ("gold", "drafts", "found", "placeholders", "zero_touch"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for key in FIELDS:
            self.right[key] += other.right[key]
        self.pairs = [a + b for a, b in zip(self.pairs, other.pairs)]
        self.misses += other.misses

    def figures(self) -> dict:
        found = self.found or 1
        both, gold_only, draft_only = self.pairs
        precision = both / (both + draft_only) if both + draft_only else 1.0
        recall = both / (both + gold_only) if both + gold_only else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        result = {"recall": self.found / self.gold if self.gold else 1.0,
                  "precision": self.found / self.drafts if self.drafts else 1.0}
        result.update({key: self.right[key] / found for key in FIELDS})
        result.update({"quantity_pair_f1": f1, "placeholders": self.placeholders / found,
                       "zero_touch": self.zero_touch / found})
        return {k: round(v, 3) for k, v in result.items()}


def speaker_key(name) -> str:
    words = re.findall(r"[a-z0-9]+", str(name or "").lower().replace("’", "'"))
    return " ".join(w for w in words if w not in _ARTICLES)


def snake(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", str(text).lower().replace("’", "'")).strip("_")


class Gold:
    """One gold registry: its claims, text, and how names map to its ids."""

    def __init__(self, data: dict, text: str):
        self.data, self.text = data, text
        self.claims = [c for c in data.get("claims") or [] if isinstance(c, dict)]
        document = data.get("document") or {}
        published = document.get("published")
        self.published = published if isinstance(published, dt.date) else None
        self.outlet = speaker_key(document.get("outlet"))
        self.speakers = self._aliases(data.get("speakers") or {}, speaker_key)
        self.places = self._aliases(data.get("places") or {}, snake)

    @staticmethod
    def _aliases(entries: dict, key) -> dict:
        found = {}
        for ident, entry in entries.items():
            entry = entry if isinstance(entry, dict) else {}
            for name in [ident, entry.get("name"), *(entry.get("aliases") or [])]:
                if name:
                    found.setdefault(key(name), key(ident))
        return found

    def speaker(self, by) -> str:
        """The speaker a `by` names; '' for the own voice (none, or the outlet)."""
        key = speaker_key(by)
        if not key or key == self.outlet:
            return ""
        return self.speakers.get(key, key)

    def quantity(self, expression) -> str:
        """The expression with each subject read through the gold places."""
        def rename(match):
            subject, dot, measure = match.group().partition(".")
            return f"{self.places.get(subject, subject)}{dot}{measure}"
        return " ".join(_NAME.sub(rename, str(expression or "")).split())


def load_gold(path: Path) -> Gold:
    from ruamel.yaml import YAML

    data = YAML(typ="safe").load(Path(path).read_text(encoding="utf-8"))
    text_path = Path(path).parent / data["document"]["text"]
    return Gold(data, text_path.read_text(encoding="utf-8"))


def score_document(name: str, gold: Gold, drafts: list[dict]) -> DocScore:
    """`drafts`: dicts with quote, value, quantity, span and optional by, as_of."""
    result = DocScore(name, gold=len(gold.claims), drafts=len(drafts))
    pairs = match(gold, drafts)
    found = [(g, d) for g, d in pairs if d is not None]
    result.found = len(found)
    for claim, draft in pairs:
        if draft is None:
            result.misses.append((claim, None, ["missing"]))
            continue
        wrong = [key for key in FIELDS if not _same(key, claim, draft, gold)]
        for key in FIELDS:
            result.right[key] += key not in wrong
        result.placeholders += bool(PLACEHOLDER.search(str(draft.get("quantity", ""))))
        result.zero_touch += not wrong
        if wrong:
            result.misses.append((claim, draft, wrong))
    result.pairs = _pair_counts(found, gold)
    return result


def match(gold: Gold, drafts: list[dict]) -> list[tuple[dict, dict | None]]:
    """Each gold claim with the draft of its number, or None; a draft serves once."""
    used: set[int] = set()
    pairs = []
    for claim in gold.claims:
        where = find_quote(str(claim.get("quote", "")), gold.text)
        best = None
        if where is not None:
            inside = [k for k, d in enumerate(drafts) if k not in used
                      and where.start <= d["span"][0] and d["span"][1] <= where.end]
            best = _best(claim, inside, drafts, gold.text)
        if best is not None:
            used.add(best)
        pairs.append((claim, drafts[best] if best is not None else None))
    return pairs


def _best(claim: dict, candidates: list[int], drafts: list[dict], text: str) -> int | None:
    want = _numbers(str(claim.get("value", "")))
    wanted_words = _words(str(claim.get("value", "")))
    for k in candidates:
        start, end = drafts[k]["span"]
        if want and want & _numbers(text[start:end]):
            return k
    for k in candidates:  # number words: "nearly all", "hundreds", "on Sunday"
        start, end = drafts[k]["span"]
        if not want and _words(text[start:end]) & wanted_words:
            return k
    return None


def _numbers(phrase: str) -> set:
    return {n.value for n in find_numbers(phrase)}


def _words(phrase: str) -> set:
    return set(re.findall(r"[a-z]+", phrase.lower())) - {"people", "of", "the", "in", "on"}


def _same(key: str, claim: dict, draft: dict, gold: Gold) -> bool:
    if key == "by":
        return gold.speaker(claim.get("by")) == gold.speaker(draft.get("by"))
    if key == "as_of":
        return _instant(claim.get("as_of")) == _instant(draft.get("as_of"))
    if key == "quantity":
        return gold.quantity(claim.get("quantity")) == gold.quantity(draft.get("quantity"))
    if re.search(r"[._]age$", str(claim.get("quantity", ""))):  # "x.age", "x.oldest_age"
        return _same_age(claim.get("value"), draft.get("value"))
    return _same_value(claim.get("value"), draft.get("value"), gold.published)


def _same_age(want, got) -> bool:
    try:
        a, b = parse_value(str(want)), parse_value(str(got))
    except FactcheckError:
        return _same_value(want, got, None)
    first = [find_numbers(str(v))[:1] for v in (want, got)]
    return a.unit == b.unit and all(first) and first[0][0].value == first[1][0].value \
        and len(find_numbers(str(want))) == len(find_numbers(str(got)))


def _instant(value) -> str:
    if value is None:
        return ""
    text = value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else str(value)
    return re.sub(r"(T\d\d:\d\d):00$", r"\1", text.replace(" ", "T"))


def _same_value(want, got, published) -> bool:
    if isinstance(want, dict) or isinstance(got, dict):
        return want == got
    try:
        a = parse_value(str(want), anchor=published)
        b = parse_value(str(got), anchor=published)
    except FactcheckError:
        return " ".join(str(want).lower().split()) == " ".join(str(got).lower().split())
    units_agree = a.unit == b.unit or None in (a.unit, b.unit)
    return units_agree and (a.low, a.high, a.low_open, a.high_open) == (
        b.low, b.high, b.low_open, b.high_open)


def _pair_counts(found: list[tuple[dict, dict]], gold: Gold) -> list[int]:
    both = gold_only = draft_only = 0
    for (g1, d1), (g2, d2) in itertools.combinations(found, 2):
        in_gold = gold.quantity(g1.get("quantity")) == gold.quantity(g2.get("quantity"))
        q1, q2 = gold.quantity(d1.get("quantity")), gold.quantity(d2.get("quantity"))
        in_drafts = q1 == q2 and not PLACEHOLDER.search(q1)
        both += in_gold and in_drafts
        gold_only += in_gold and not in_drafts
        draft_only += in_drafts and not in_gold
    return [both, gold_only, draft_only]
