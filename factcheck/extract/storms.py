"""The story's own storm and what a reader calls it: the storm the title names
("Burma recovering from deadly Cyclone Mocha" -> ("mocha", "cyclone")), and the kind
word the story uses for a storm it never names ("the hurricane ... the storm")."""

from __future__ import annotations

import re
from collections import Counter

from .spellings import snake

# (a hyphenated name whole: "Tropical Storm Kai-Tak" is `kai_tak`)
NAMED_AFTER = re.compile(r"\b(Hurricane|Cyclone|Typhoon|Tropical Storm|Storm)\s+"
                         r"([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")
# (not "hurricane-force winds" of a blizzard: a strength, no storm's kind)
_KIND_WORD = re.compile(r"\b(?:typhoon|cyclone|hurricane)\b(?!-)", re.I)


def own_storm(text: str) -> tuple[str, str] | None:
    """(name, kind) of the storm the title names: the story's own storm is called by
    its kind, as a reader of that story does; storms of other stories keep their
    names ("Cyclone Sidr in 2007" -> `sidr`)."""
    title = text.lstrip().split("\n", 1)[0]
    found = NAMED_AFTER.search(title) if len(title.split()) <= 25 else None
    kind_said = _KIND_WORD.search(title) if len(title.split()) <= 25 else None
    if found is None and kind_said is not None:
        # "... as typhoon batters the Philippines" above "Typhoon Rammasun shut down":
        # the first storm of the title's kind the body names is the story's own
        found = next((m for m in NAMED_AFTER.finditer(text, len(title))
                      if m.group(1).lower().endswith(kind_said.group().lower())), None)
    if found is None and kind_said is None and len(title.split()) <= 25:
        # "Marilyn tramples Virgin Islands" above "Hurricane Marilyn plowed through":
        # the title names the storm by its name alone
        found = next((m for m in NAMED_AFTER.finditer(text, len(title))
                      if re.search(rf"\b{re.escape(m.group(2))}\b", title)), None)
    if found is None:
        return None
    kind = found.group(1).lower().split()[-1]  # "Tropical Storm" -> storm
    return snake(found.group(2)), kind


def storm_kind(text: str, own: tuple[str, str] | None) -> str:
    """What the story calls its storm: the title's storm's kind, else the one kind
    word it uses most, unnamed ("the hurricane ... the storm": `hurricane`; not
    "Hurricane Katrina", another storm), as a reader names it; else "storm"."""
    if own:
        return own[1]
    kinds = Counter(m.group().lower() for m in _KIND_WORD.finditer(text)
                    if not re.match(r"\s+[A-Z]", text[m.end():m.end() + 2])).most_common(2)
    tied = len(kinds) == 2 and kinds[0][1] == kinds[1][1]
    return kinds[0][0] if kinds and not tied else "storm"
