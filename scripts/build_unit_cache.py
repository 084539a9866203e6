"""Regenerate factcheck/data/units_cache.json from pint.

The cache lets `verify` start without building pint's registry (a quarter of a
second) for the unit words the phrase table knows; pint stays the authority: this
script asks it, and tests/test_units.py checks the cache still matches.

    python scripts/build_unit_cache.py [--check]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from factcheck import units
from factcheck.grammar.table import _shipped_raw

CACHE = Path(__file__).resolve().parent.parent / "factcheck" / "data" / "units_cache.json"
EXTRA = ["person", "people", "hour", "day", "week", "month", "year", "minute", "second",
         "percent", "meter", "kilometer", "kilogram", "metric_ton", "decades",
         "hours", "days", "weeks", "months", "years", *units.CURRENCIES]


def unit_words() -> list[str]:
    words = set(EXTRA)
    for word, target in _shipped_raw()["units"].items():
        if target is False:
            continue
        # the grammar asks pint for the target name ("per cent" -> "percent"); a rate
        # or power ("mile / hour", "meter ** 2") resolves from its parts
        name = target if isinstance(target, str) else word
        parts = name.replace(" ** ", " / ").split(" / ")
        words.update(part for part in parts if not part.isdigit())
    return sorted(words)


def build() -> dict:
    out = {}
    for word in unit_words():
        unit = units.resolve_with_pint(word)
        out[word] = {"name": unit.name, "dimension": [list(d) for d in unit.dimension],
                     "factor": str(unit.factor)}
        if unit.offset:
            out[word]["offset"] = str(unit.offset)
    return out


def main() -> int:
    fresh = json.dumps(build(), indent=1, sort_keys=True) + "\n"
    if "--check" in sys.argv:
        same = CACHE.exists() and CACHE.read_text(encoding="utf-8") == fresh
        print("units cache is up to date" if same else "units cache is stale: rebuild it")
        return 0 if same else 1
    CACHE.write_text(fresh, encoding="utf-8")
    print(f"wrote {CACHE} ({fresh.count(chr(10)) - 2} lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
