"""A dateline's place as the story's site: "KOSLANDA, Sri Lanka — ... the town of
Koslanda" happened in Koslanda; "GEORGETOWN, Guyana — ... 320 kilometers south of
the capital, Georgetown" was only filed from there."""

from __future__ import annotations

import re

from .spellings import snake

PLACE_DATELINE = re.compile(r"\s*([A-Z][A-Z'’.\- ]{2,30}),\s+([A-Z][\w.]+(?: [A-Z]\w+)*)"
                            r"\s*[—–-]")

# a place named as a point of reference, not as where things happen
_REFERENCE_POINT = re.compile(r"(?:\bcapital,?|\b(?:to|towards?|from)|\b(?:north|south|east|"
                              r"west)\w*\s+of(?:\s+the)?)\s+$", re.I)


def dateline_site(places) -> str | None:
    """A dateline naming a place of the story's main one, and named again in the
    story as where things happen, is where it happened: the subject of a count that
    names no place; unless the story names the country more often than the site (its
    dateline included). `places`: a Places whose `main` is set."""
    for span in places.skip:
        dateline = PLACE_DATELINE.match(places.text, span.start, span.end)
        if dateline is None:
            continue
        site = _key(places, dateline[1].title())
        country = _key(places, dateline[2])
        # ("Taiwan's second-largest city": the site named again by what it is)
        meant = sum(places.city_meant(p) == site for p in places.found if p.key == country)
        if country in places._main_and_whole() and site != country and (
                _named_as_site(places, site) or meant) \
                and 1 + places._named(site) + meant >= places._named(country) - meant:
            return site  # (not "ERCIS, Turkey" in a story naming Turkey four times)
    return None


def _key(places, name: str) -> str:
    return places.registry.get(snake(name)) or snake(name)


def _named_as_site(places, key: str) -> bool:
    """Named again as where things happen, not only as a point of reference:
    "320 kilometers south of the capital, Georgetown", "taken to Georgetown"."""
    return any(p.key == key and not _REFERENCE_POINT.search(
        places.text, max(0, p.start - 30), p.start) for p in places.found)
