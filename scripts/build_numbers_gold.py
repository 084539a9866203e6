#!/usr/bin/env python3
"""Build the numbers development set from its hand-written source.

    scripts/build_numbers_gold.py [SOURCE]

Reads tests/data/numbers/devset.gold (its header describes the notation) and writes,
for each document in it, DOC.txt (the sentences, one paragraph each) and
DOC.mentions.json (the gold, in the shape of `extract --format json`). Offsets are
found in the text; intervals the source gives only as a nominal value are computed
by the contract's bare-number and qualifier rules, read independently of the
grammar's code.
"""

from __future__ import annotations

import json
import re
import sys
from fractions import Fraction
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "tests" / "data" / "numbers" / "devset.gold"
_LITERAL = re.compile(r"[0-9](?:[0-9]|[,'\u00a0 ](?=[0-9]{2,3}))*(?:\.[0-9]+)?")
_WHOLE_KINDS = ("count", "money")


class GoldError(ValueError):
    pass


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    source = Path(argv[0]) if argv else SOURCE
    try:
        documents = parse(source.read_text(encoding="utf-8"))
    except GoldError as error:
        print(f"{source}: {error}", file=sys.stderr)
        return 1
    for name, doc in documents.items():
        text, gold = build(doc)
        (source.parent / f"{name}.txt").write_text(text, encoding="utf-8")
        (source.parent / f"{name}.mentions.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{name}: {len(doc['sentences'])} sentences, "
              f"{sum(len(m) for _, m in doc['sentences'])} mentions")
    return 0


def parse(source: str) -> dict:
    documents: dict = {}
    current = None
    for number, line in enumerate(source.splitlines(), 1):
        if line.startswith("## "):
            name, _, published = line[3:].partition(" published=")
            current = documents[name.strip()] = {"published": published.strip(),
                                                 "sentences": []}
        elif line.startswith("S "):
            current["sentences"].append((line[2:].strip(), []))
        elif line.startswith("= "):
            try:
                current["sentences"][-1][1].append(_mention_line(line[2:]))
            except (GoldError, ValueError, IndexError) as error:
                raise GoldError(f"line {number}: {error}") from None
    return documents


def _mention_line(line: str) -> dict:
    fields = [f.strip() for f in line.split("|")]
    fields += ["-"] * (4 - len(fields)) if len(fields) < 4 else []
    span, kind, value, unit, *options = fields
    spec = {"span": span, "kind": kind, "value": value,
            "unit": None if unit == "-" else unit, "n": 1}
    for option in options:
        key, _, arg = option.partition("=")
        spec[key] = arg if arg else True
    return spec


def build(doc: dict) -> tuple[str, dict]:
    text, mentions = "", []
    for sentence, specs in doc["sentences"]:
        base = len(text)
        text += sentence + "\n\n"
        for spec in specs:
            mentions.append(_mention(spec, sentence, base))
    mentions.sort(key=lambda m: (m["start"], m["end"]))
    return text, {"published": doc["published"], "ignore_regions": [],
                  "mentions": mentions}


def _mention(spec: dict, sentence: str, base: int) -> dict:
    at = -1
    for _ in range(int(spec["n"])):
        at = sentence.find(spec["span"], at + 1)
        if at < 0:
            raise GoldError(f"{spec['span']!r} is not in {sentence!r}")
    low, high, low_open, high_open = _interval(spec)
    mention = {"text": spec["span"], "kind": spec["kind"], "low": low, "high": high,
               "low_open": low_open, "high_open": high_open, "unit": spec["unit"],
               "qualifier": spec.get("q"), "start": base + at,
               "end": base + at + len(spec["span"])}
    if "ch" in spec:
        mention["change"] = None if spec["ch"] == "none" else spec["ch"]
    if spec.get("opt") or spec["kind"] == "date":
        mention["optional"] = True
    return mention


def _interval(spec: dict):
    if "iv" in spec:
        return _explicit(spec["iv"])
    value = spec["value"]
    if value == "-":
        return None, None, False, False
    if ".." in value:
        low, high = value.split("..")
        return _out(Fraction(low)), _out(Fraction(high)), False, False
    nominal = Fraction(value)
    half = Fraction(spec["p"]) if "p" in spec else _bare(nominal, spec)
    return _qualified(nominal, half, spec.get("q"))


def _explicit(text: str):
    parts = text.split(",")
    low, high = (None if p == "inf" else _out(Fraction(p)) for p in parts[:2])
    opens = parts[2:4] if len(parts) >= 4 else ["c", "c"]
    return low, high, opens[0] == "o", opens[1] == "o"


def _bare(nominal: Fraction, spec: dict) -> Fraction:
    """The contract's bare-number rule: whole counts and sums of money are exact but
    for the zeros rule; a number printed with decimals, and every other kind, is ±
    half a unit of the last digit printed, times its scale."""
    literal = _LITERAL.search(spec["span"])
    decimals = 0
    scale = Fraction(1)
    if literal is not None:
        digits = re.sub(r"[,'\u00a0 ]", "", literal.group())
        decimals = len(digits.partition(".")[2])
        if Fraction(digits) != 0:
            scale = nominal / Fraction(digits)
    written = Fraction(1, 2 * 10 ** decimals) * abs(scale)
    if spec["kind"] in _WHOLE_KINDS and nominal.denominator == 1 \
            and (decimals == 0 or scale != 1):
        return _zeros(nominal)
    return written


def _zeros(value: Fraction) -> Fraction:
    digits = str(abs(value.numerator))
    zeros = len(digits) - len(digits.rstrip("0"))
    if value == 0 or zeros < 3:
        return Fraction(0)
    place = zeros - max(0, 2 - (len(digits) - zeros))
    return Fraction(10 ** place, 2)


def _qualified(n: Fraction, half: Fraction, rule: str | None):
    if rule == "estimate":
        half = max(half, abs(n) / 10)
    if rule in (None, "estimate"):
        return _out(n - half), _out(n + half), False, False
    table = {"above": (n, None, True, False), "at_least": (n, None, False, False),
             "below": (0, n, False, True), "at_most": (0, n, False, False),
             "nearly": (n * Fraction(9, 10), n, False, True), "exactly": (n, n, False, False)}
    if rule not in table:
        raise GoldError(f"unknown qualifier rule {rule!r}")
    low, high, low_open, high_open = table[rule]
    return _out(low), _out(high), low_open, high_open


def _out(value):
    if value is None:
        return None
    value = Fraction(value)
    return int(value) if value.denominator == 1 else float(value)


if __name__ == "__main__":
    sys.exit(main())
