"""Names of amounts that are no counts of people: sums of money (`S.aid_usd`),
extents ("40,000 hectares of farmland": `S.farmland_affected`; "500 tonnes of food":
`S.food`), temperatures (`S.max_temperature`), and levels ("70 percent contained": the
fire's `containment`; a reservoir's fill). Each takes the Namer (quantity.py) for its
text, mentions and subjects."""

from __future__ import annotations

import re

from ..grammar.quantity import TEMPERATURES
from . import amounts
from .areas import burned_area, flooded_area
from .forecasts import forecast
from .lengths import reservoir_level
from .lexicon import lexicon
from .mention import Mention
from .spellings import snake
from .stations import temperature_station
from .temperatures import previous_record, temperature_kind
from .text import Span


def money_name(namer, mention: Mention, sentence: Span) -> str | None:
    """"estimated losses of 277 billion rupees": words inside the mention count."""
    hits = lexicon().hits(namer.text, sentence.start, sentence.end)
    if (measure := amounts.money_measure(namer.text, mention, hits, namer.mentions)) is None:
        return None
    # the currency is in the name: verify converts none (rupees, dollars: two losses)
    # ("1,000 ringgit per household": `aid_myr_per_household`, a rate of its own)
    currency = "_" + snake(mention.unit.replace("/", " per ")) if mention.unit else ""
    return f"{namer._subject(mention, sentence, None)}.{measure}{currency}"


def extent_name(namer, mention: Mention, sentence: Span) -> str | None:
    """"40,000 hectares of farmland", "10,000 kilometres of state roads damaged"."""
    hits = namer._hits(sentence, mention)
    thing = amounts.extent_thing(namer.text, mention, hits)
    if thing is None:
        kind = amounts.goods(namer.text, mention) or (  # "500 tonnes of food"
            "area_burned" if burned_area(namer.text, mention, sentence.start, sentence.end) else
            "area_flooded" if flooded_area(namer.text, mention, sentence) else None)
        return f"{namer._subject(mention, sentence, None)}.{kind}" if kind else None
    hits = amounts.fitting(hits, thing)
    done = amounts.thing_done(namer.text, thing, hits, namer.mentions, mention)
    kind = thing.name + (f"_{done.name}" if done is not None else "") \
        + amounts.extent_suffix(thing, mention)  # "roads_damaged_length"
    return f"{namer._subject(mention, sentence, None)}.{kind}"


def temperature_name(namer, mention: Mention, sentence: Span) -> str | None:
    """"temperatures expected to top 105 degrees Fahrenheit": the place's."""
    if mention.unit not in TEMPERATURES or amounts.a_change(namer.text, mention):
        return None  # "warmed by 2 °C" is a change, no level
    subject = temperature_station(namer, mention, sentence) \
        or namer._subject(mention, sentence, None)  # ("Churu recorded ... 50.5 degrees")
    if subject == namer.document:
        return None  # a temperature of no place said
    ahead = forecast(namer.text, mention, namer._hits(sentence, mention), namer.mentions)
    kind = temperature_kind(namer.text, mention, sentence, namer.events.main_event)
    if previous_record(namer.text, mention, sentence):
        kind += "_previous_record"  # the record broken, not the new reading
    return f"{subject}.{kind}" + ("_forecast" if ahead else "")


_STOREYS = re.compile(r"[-‐ ](?:stor(?:e)?y|storeyed|storied|floor)\b", re.I)


def storeys_name(namer, mention: Mention, sentence: Span) -> str | None:
    """"the six-storey building", "a five-story factory": the building's floors, a fact
    a later "fire on the sixth floor" is held against."""
    storeys = _STOREYS.match(namer.text, mention.end)
    if mention.kind != "count" or storeys is None:
        return None
    named = _BUILDING.match(namer.text, storeys.end())
    if named is None:
        return f"{namer._subject(mention, sentence, None)}.floors"
    return f"{snake(named[1] or named[2])}.floors"  # "the five-storey Jamarat Bridge"


# what has the floors: its name ("Jamarat Bridge", "Rana Plaza"), or what it is
_BUILDING = re.compile(r"\s+(?:((?:[A-Z][\w'’]*\s+){0,3}[A-Z][\w'’]*)|(?:[a-z]+\s+)?"
                       r"(building|tower|block|hotel|mall|bridge|structure|complex))\b")


def of_households(name: str) -> str:
    """A count of households is another count than one of people: "2,000 families were
    displaced" is `displaced_households`, "left 9,000 households without power"
    `households_without_power`, as a reader says it."""
    return f"households_{name}" if name.startswith("without_") else f"{name}_households"


def level_name(namer, mention: Mention, sentence: Span) -> str | None:
    """A share something stands at: a reservoir's fill, a fire's containment."""
    return reservoir_level(namer, mention, sentence) or _containment(namer, mention, sentence)


_CONTAINED = re.compile(r"\s+contained\b")


def _containment(namer, mention: Mention, sentence: Span) -> str | None:
    """"The Wall fire, which drove 4,000 people from their homes, was 70 percent
    contained": how much of the fire's edge is held, the fire's (`fire.containment`),
    never a share of the people it drove out."""
    if mention.kind not in ("percent", "fraction") or not _CONTAINED.match(namer.text,
                                                                          mention.end):
        return None
    events = [h for h in lexicon().hits(namer.text, sentence.start, mention.start)
              if h.table == "events"]
    label = namer.events.label(events[-1]) if events else namer.events.main_event
    return f"{label or 'fire'}.containment"
