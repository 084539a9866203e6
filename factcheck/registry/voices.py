"""Who speaks each claim, as severity compares speakers (PRODUCT.md "Own voice",
"Speakers"): a claim without `by`, or whose `by` names its document's outlet, speaks
in the document's own voice; a `by` equal to a declared speaker's id, name or alias
(case, punctuation and a/an/the ignored) is that speaker, however it is spelled; any
other `by` is a speaker of its own, compared the same forgiving way.
"""

from __future__ import annotations

import functools
import re

from .model import Registry

_ARTICLES = frozenset({"a", "an", "the"})


def speaker_key(name) -> str:
    """"The Armenian Government." and "armenian government" are one key."""
    if name is None or type(name) is str:
        return _key(name)
    return _key(str(name or ""))  # (a YAML list or mapping where a name belongs)


@functools.lru_cache(maxsize=8192)  # a registry repeats a few outlets and speakers
def _key(name: str | None) -> str:
    words = re.findall(r"[^\W_]+", str(name or "").lower().replace("’", "'"))
    return " ".join(w for w in words if w not in _ARTICLES)


def speaker_index(registry: Registry) -> dict[str, str]:
    """Every spelling key of every declared speaker -> the speaker's id."""
    index: dict[str, str] = {}
    for speaker in registry.speakers.values():
        for spelling in (speaker.id, speaker.name, *speaker.aliases):
            key = speaker_key(spelling)
            if key:
                index.setdefault(key, speaker.id)
    return index


def assign_voices(registry: Registry) -> None:
    index = speaker_index(registry)
    # Each (by, outlet) pair decided once: a registry repeats a few of them 100,000
    # times. (Only text and None as keys: a `by` written as a list is not hashable.)
    decided: dict[tuple, tuple] = {}
    for claim in registry.claims:
        by, outlet = claim.by, claim.document.outlet
        pair = (by, outlet) if type(by) in _PLAIN and type(outlet) in _PLAIN else None
        found = decided.get(pair) if pair is not None else None
        if found is None:
            found = _voice(registry, index, by, outlet)
            if pair is not None:
                decided[pair] = found
        claim.voice, claim.voice_name = found


_PLAIN = (str, type(None))


def _voice(registry: Registry, index: dict[str, str], by, outlet) -> tuple:
    """(voice, voice_name) of a claim with this `by` in a document of this outlet."""
    key = speaker_key(by)
    if not key or key == speaker_key(outlet):
        return "", None
    voice = index.get(key, key)
    speaker = registry.speakers.get(voice)
    return voice, (speaker.name or speaker.id) if speaker else by


def display_name(registry: Registry, by: str | None) -> str | None:
    """The name reports print for a `by`: its declared speaker's name, else as written."""
    speaker = registry.speakers.get(speaker_index(registry).get(speaker_key(by), ""))
    return (speaker.name or speaker.id) if speaker is not None else by
