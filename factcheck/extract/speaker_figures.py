"""Figures that speak for their owner: "UNHCR's latest figures show that", "figures
released by the ministry show", "the Disaster Management Center's official numbers
were six dead"."""

from __future__ import annotations

import re

from .speaker_names import clean
from .speaker_phrases import TOKEN, phrase_back
from .text import Span

# "UNHCR's latest figures show that", "figures released by the ministry show": the
# owner of the figures speaks through them
_FIGURES_SHOW = re.compile(
    r"(?:(?P<owner>['’]s?)\s+|\b)(?:(?:latest|new|own|official|recent|preliminary|"
    r"provisional|updated)\s+)*(?:figures|data|statistics|estimates|numbers|records)"
    r"(?P<source>\s+(?:released\s+|published\s+|compiled\s+)?(?:by|from)\s+[^,;:“”\"]+?)?"
    r"\s+(?P<verb>show|shows|showed|indicate|indicates|indicated|suggest|suggests)\b", re.I)


# "the Disaster Management Center's official numbers were six dead": the owner's
_OWNED_NUMBERS = re.compile(
    r"(?P<owner>['’]s?)\s+(?:(?:latest|new|own|official|recent|preliminary|provisional|"
    r"updated)\s+)*(?:figures|numbers|tally|count|toll|death\s+toll)\s+"
    # ("Reuters' latest count of the dead stood at 187")
    r"(?:of\s+(?:the\s+)?[a-z]+\s+)?(?P<verb>were|was|are|is|stood\s+at)\b(?P<source>)", re.I)


def figures_frames(text: str, sentence: Span) -> list[tuple[Span, str]]:
    """(verb, speaker) of each frame where figures speak for their owner."""
    frames = []
    matches = [*_FIGURES_SHOW.finditer(text, sentence.start, sentence.end),
               *_OWNED_NUMBERS.finditer(text, sentence.start, sentence.end)]
    for match in matches:
        verb = Span(match.start("verb"), match.end("verb"))
        if match.group("source"):
            source = re.sub(r"^\s+(?:released\s+|published\s+|compiled\s+)?(?:by|from)\s+",
                            "", match.group("source"))
            speaker = clean(source)
        elif match.group("owner"):
            tokens = TOKEN.findall(text[sentence.start:match.start()])
            speaker = clean(phrase_back(tokens))
        else:
            continue
        if speaker:
            frames.append((verb, speaker))
    return frames
