"""What a registry tells the drafter when drafting `--into` one of its files: the
places it declares (ids, names and aliases), the speakers it names, the quantity
names it already uses (reused, so documents link, unless another event's: the
dates, starts and places of its claims tell) and the ids taken (never reused).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..expr import names
from ..registry.voices import speaker_key
from .drafts import Context
from .places import snake


def registry_context(into: Path) -> Context:
    """The context of the registry holding `into` (its folder); an empty context when
    there is nothing there to read. Problems in the registry are `verify`'s to report."""
    from ..registry.load import RegistryUnreadable, load

    folder = Path(into).parent
    if not any(folder.glob("*.yaml")) and not any(folder.glob("*.yml")):
        return Context()
    try:
        registry = load([folder]).registry
    except (RegistryUnreadable, OSError):
        return Context()
    return context_of(registry, _published(into))


def _published(into: Path):
    """The publication date of the document the --into file holds, if it says."""
    import datetime as dt

    from .yamlio import NotARegistry, load_checked

    if not Path(into).is_file():
        return None
    try:
        document = load_checked(Path(into)).get("document") or {}
    except NotARegistry:
        return None
    published = document.get("published") if isinstance(document, dict) else None
    if isinstance(published, dt.datetime):
        return published.date()
    return published if isinstance(published, dt.date) else None


def context_of(registry, published=None) -> Context:
    places = {}
    for place in registry.places.values():
        for name in (place.id, place.name, *place.aliases):
            if name:
                places.setdefault(snake(name), place.id)
    speakers = {}
    for speaker in registry.speakers.values():
        shown = speaker.name or speaker.id
        for name in (speaker.id, speaker.name, *speaker.aliases):
            if name:
                speakers.setdefault(speaker_key(name), shown)
    quantities = set(registry.quantities)
    for relation in registry.relations:
        if relation.comparison is not None:
            quantities.update(n.split("@")[0] for n in names(relation.comparison))
    ids = {c.id for c in registry.claims} | {r.id for r in registry.relations}
    claimed = _of_claims(registry)
    quantities.update(claimed.dates)
    texts = {d.id: d.text for d in registry.documents.values() if d.text}
    return Context(places, speakers, frozenset(quantities), frozenset(ids), published,
                   claimed.dates, claimed.starts, claimed.event_places(),
                   _parents(registry), texts, claimed.documents_of)


@dataclass
class _Claimed:
    """What the registry's claims say of their names, read in one pass."""
    dates: dict = field(default_factory=dict)  # name -> the dates of its claims
    starts: dict = field(default_factory=dict)  # `X.start` -> its claims' intervals
    by_document: dict = field(default_factory=dict)  # document -> places it counts in
    events: dict = field(default_factory=dict)  # subject that is no place -> documents
    documents_of: dict = field(default_factory=dict)  # name -> the documents claiming it

    def event_places(self) -> dict:
        """Event -> the places its articles count in: where the registry's
        "earthquake" was."""
        return {event: frozenset().union(*(self.by_document.get(d, ()) for d in documents))
                for event, documents in self.events.items()}


def _of_claims(registry) -> _Claimed:
    import datetime as dt

    found = _Claimed()
    for claim in registry.claims:
        if claim.expr is None:
            continue
        when = claim.date
        if isinstance(when, dt.datetime):
            when = when.date()
        for name in {n.split("@")[0] for n in names(claim.expr)}:
            found.dates.setdefault(name, set()).add(when)
            found.documents_of.setdefault(name, set()).add(claim.document.id)
            subject = name.partition(".")[0]
            if subject in registry.places:
                found.by_document.setdefault(claim.document.id, set()).add(subject)
            else:
                found.events.setdefault(subject, set()).add(claim.document.id)
        if claim.quantity.strip().endswith(".start") and claim.interval is not None \
                and claim.interval.kind == "date":
            found.starts.setdefault(claim.quantity.strip(), []).append(claim.interval)
    return found


def _parents(registry) -> dict:
    """Place -> the place it is `within`."""
    return {place.id: place.within for place in registry.places.values() if place.within}
