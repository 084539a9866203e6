"""What a registry tells the drafter when drafting `--into` one of its files: the
places it declares (ids, names and aliases), the speakers it names, the quantity
names it already uses (reused, so documents link) and the ids taken (never reused).
"""

from __future__ import annotations

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
    for claim in registry.claims:
        if claim.expr is not None:
            quantities.update(n.split("@")[0] for n in names(claim.expr))
    for relation in registry.relations:
        if relation.comparison is not None:
            quantities.update(n.split("@")[0] for n in names(relation.comparison))
    ids = {c.id for c in registry.claims} | {r.id for r in registry.relations}
    dates, starts = _dates_and_starts(registry)
    return Context(places, speakers, frozenset(quantities), frozenset(ids), published,
                   dates, starts, _event_places(registry), _parents(registry))


def _dates_and_starts(registry) -> tuple[dict, dict]:
    """Quantity name -> the dates of its claims; `X.start` -> its claims' intervals."""
    import datetime as dt

    dates: dict[str, set] = {}
    starts: dict[str, list] = {}
    for claim in registry.claims:
        if claim.expr is None:
            continue
        when = claim.date
        if isinstance(when, dt.datetime):
            when = when.date()
        for name in {n.split("@")[0] for n in names(claim.expr)}:
            dates.setdefault(name, set()).add(when)
        if claim.quantity.strip().endswith(".start") and claim.interval is not None \
                and claim.interval.kind == "date":
            starts.setdefault(claim.quantity.strip(), []).append(claim.interval)
    return dates, starts


def _event_places(registry) -> dict:
    """Subject that is no place -> the places the documents of its claims count in:
    where the registry's "earthquake" was."""
    by_document: dict[str, set] = {}
    events: dict[str, set] = {}
    for claim in registry.claims:
        for name in (names(claim.expr) if claim.expr is not None else ()):
            subject = name.split("@")[0].partition(".")[0]
            if subject in registry.places:
                by_document.setdefault(claim.document.id, set()).add(subject)
            else:
                events.setdefault(subject, set()).add(claim.document.id)
    return {event: frozenset().union(*(by_document.get(d, ()) for d in documents))
            for event, documents in events.items()}


def _parents(registry) -> dict:
    """Place -> the place it is `within`."""
    return {place.id: place.within for place in registry.places.values() if place.within}
