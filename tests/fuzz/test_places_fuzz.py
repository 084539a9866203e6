"""The `within` cycle check on random place graphs: the one-pass search reports the
same findings as the first implementation (kept here as the reference)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import fuzz_support as fz
from factcheck.findings import Location
from factcheck.registry.load import Loaded, check_places as _check_places
from factcheck.registry.model import Place, Registry


def reference_cycle(places, start):
    chain, current = [], start
    while current in places and places[current].within is not None:
        if current in chain:
            return None
        chain.append(current)
        current = places[current].within
        if current == start:
            return chain
    return None


def reference_findings(places) -> list[tuple[str, str]]:
    found, reported = [], set()
    for place in places.values():
        if place.within is None:
            continue
        if place.within not in places:
            found.append((place.id, "unknown"))
        elif place.id not in reported and (cycle := reference_cycle(places, place.id)):
            reported.update(cycle)
            found.append((place.id, " within ".join([*cycle, place.id])))
    return found


NAMES = [f"p{i}" for i in range(8)]
graphs = st.lists(st.tuples(st.sampled_from(NAMES), st.one_of(
    st.none(), st.sampled_from(NAMES + ["elsewhere"]))), max_size=10)


@fz.fuzz_settings(300)
@given(graph=graphs)
def test_cycles_are_reported_as_before(graph):
    registry = Registry(root=".")
    for name, within in graph:
        registry.places.setdefault(name, Place(name, Location("a.yaml"), within=within))
    loaded = Loaded(registry)
    _check_places(loaded)
    found = [(f.message.split("'")[1], "unknown" if "not a place" in f.message
              else f.message.split(": ", 1)[1]) for f in loaded.findings]
    assert found == reference_findings(registry.places)
