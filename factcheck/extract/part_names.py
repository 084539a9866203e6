"""A part and its whole told together: "10 out of 14 districts severely affected" is
`S.districts_affected` of `S.districts`; "killed ... in 10 out of the country's 34
provinces" names the provinces hit (`S.provinces_affected`), never ten dead. Takes the
Namer (quantity.py) for its text, mentions and subjects."""

from __future__ import annotations

import re

from . import amounts
from .clauses import SHARES, nearest
from .lexicon import Hit
from .mention import Mention
from .nouns import attached, modifier
from .text import Span

# the part is where something befell ("killed due to flooding in 10 out of 34 provinces")
_IN_THE_PART = re.compile(r"\b(?:in|across)\s+$")
_DONE = re.compile(r"\b([a-z]{3,}ed)\s+$")  # "the 87 damaged roads"


def part_name(namer, mention: Mention, sentence: Span, hits: list[Hit],
              thing: Hit | None) -> str | None:
    """"10 out of 14 districts severely affected": 14 is `S.districts`, 10 the
    part the verb names, `S.districts_affected`; None when the number is neither."""
    text = namer.text
    if thing is not None and amounts.is_whole(text, mention, namer.mentions):
        # the whole's own words ("the 21 coastal provinces", "the 87 damaged roads")
        gap = text[mention.end:thing.start]
        done = _DONE.search(gap)
        kind = modifier(gap) + thing.name + (f"_{done[1]}" if done else "")
        return f"{namer._subject(mention, sentence, None)}.{kind}"
    whole = amounts.whole_after(text, mention, namer.mentions)
    if whole is None or mention.kind not in ("count", *SHARES):
        return None
    thing = attached(hits, whole, "objects", text)
    done = None if thing is None else nearest(
        text, whole, [h for h in hits if h.table == "object_measures"
                      and h.start >= thing.end], namer.mentions)
    if done is None and thing is not None:  # "has affected 45 out of the country's 116
        # districts": the verb before the part
        done = next((h for h in reversed(hits) if h.table == "object_measures"
                     and h.end <= mention.start and text[h.end:mention.start].isspace()),
                    None)
    if done is None and thing is not None and mention.kind == "count" \
            and _IN_THE_PART.search(text, max(0, mention.start - 10), mention.start):
        return f"{namer._subject(mention, sentence, None)}.{thing.name}_affected"
    if done is None:
        return None
    subject = namer._subject(mention, sentence, None)
    part = f"{subject}.{thing.name}_{done.name}"  # a share: "half of the village's 46 homes"
    return f"{part} / {subject}.{thing.name}" if mention.kind in SHARES else part
