"""Places within places: each `within` names a place, and no place ends up within
itself (one finding per cycle, each place visited once)."""

from __future__ import annotations

import difflib

from ..findings import problem
from .model import Place


def check_places(loaded) -> None:
    """`loaded`: an assemble.Loaded; its findings get the places' problems."""
    places = loaded.registry.places
    on_cycle = _on_cycles(places)
    in_reported_cycle: set[str] = set()
    for place in places.values():
        if place.within is None:
            continue
        where = place.within_location or place.location
        if place.within not in places:
            close = difflib.get_close_matches(place.within, sorted(places), n=3, cutoff=0.6)
            guess = f"; did you mean {' or '.join(close)}?" if close else ""
            loaded.findings.append(problem("unknown-quantity", f"place {place.id!r} is within "
                f"{place.within!r}, which is not a place of the registry{guess}", where, (),
                f"declare {place.within!r} under `places:` or correct the name"))
        elif place.id in on_cycle and place.id not in in_reported_cycle:
            cycle = _cycle(places, place.id)
            # One finding per cycle, at its first place; a place merely within a
            # cycle is not "within itself".
            in_reported_cycle.update(cycle)
            loaded.findings.append(problem("schema", f"place {place.id!r} ends up within itself: "
                + " within ".join([*cycle, place.id]), where, (),
                "a place cannot contain one of its own parents"))


def _on_cycles(places: dict[str, Place]) -> set[str]:
    """The places on a `within` cycle, each place visited once: a chain of 20,000
    places inside each other is no slower than 20,000 loose ones."""
    done: set[str] = set()
    on_cycle: set[str] = set()
    for start in places:
        walk: dict[str, None] = {}  # the places of this walk, in order
        current = start
        while current in places and current not in done and current not in walk:
            walk[current] = None
            current = places[current].within
        if current in walk:  # came back to a place of this walk: a cycle from it
            names = list(walk)
            on_cycle.update(names[names.index(current):])
        done.update(walk)
    return on_cycle


def _cycle(places: dict[str, Place], start: str) -> list[str]:
    """The places from `start` (on a cycle) round the cycle, back to before it."""
    chain, current = [start], places[start].within
    while current != start:
        chain.append(current)
        current = places[current].within
    return chain
