"""The `quantity` of a drafted claim: `subject.measure`.

The measure comes from the lexicon (`data/measures.toml`): the lexicon word of the
number's sentence nearest to it, a clause break or another number between them
counting as distance ("19,136 people died and 42,397 were injured": died, then
injured). A noun like "residents" counts only when it is the number's own noun
("120,000 residents", "population was 55,000"), and in "100,000 of the estimated
120,000 residents ... have fled" the second number's noun is not the first's.

The subject is the place the number is about (see `places.py`): for people on the
move, the origin; a count at a destination is the destination's `arrived` when the
document names several destinations, else the origin's `departed`. A fraction or
percent of people is a ratio, `S.departed / S.population`. A date or a duration
names an event: `invasion.start`. A count of one day is `_daily`, one of an earlier year
that year's, a part of the count before it its group's. Else `unnamed_DOC.mN`."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cached_property

from . import amounts, scenes
from .ages import person_age
from .amount_names import (extent_name, level_name, money_name, of_households, storeys_name,
                           temperature_name)
from .clocks import AsOf
from .breakdown import (among_the, among_those, an_unnamed_part, part_in_state,
                        part_of_an_event, part_of_previous)
from .clauses import (BREAK as _BREAK, COUNTS, SHARES, counts_things, distance as _distance, either,
                      nearest as _nearest, nearest_measure, nearest_place as _nearest_place,
                      predicate_over_noun)
from .cases import case_count
from .day_acts import no_start_on
from .distance import distance
from .earlier_counts import INITIAL, added_to_toll, earlier
from .event_ranks import one_of_several, one_of_two
from .factbox import label_start
from .joint_places import joint
from .other_quakes import other_event
from .events import Events
from .fallback_places import fallback_place
from .flight import flow, internal_flight
from .forecasts import forecast
from .measure_hits import measure_hits
from .place_groups import nation_of
from .place_lists import included_part, place_with
from .frames import another_incident, asked_in, dated_incident, owns_number, scope_of
from .lengths import another_reading, length_name
from .levels import number_of
from .lexicon import Hit, lexicon
from .mention import Mention
from .own_places import own_places
from .part_names import part_name
from .nouns import (AREA_UNITS, attached as _attached, done_to, group_noun as _group_noun,
                    modifier as _modifier, share_group)
from .participles import reduced_relative
from .past_years import dated_reading, of_a_past_year, past_record
from .periods import FLOWS, of_the_day, period, yearly
from .peoples import without_the_people
from .places import Places
from .spellings import snake
from .respectively import respective_measure
from .share_names import share_quantity
from .shelters import in_shelters
from .strikes import struck_event
from .text import Span
from .thing_verbs import things_done
from .told_measures import measure_as_told
from .vehicles import CARRIED, of_the_vehicle, story_scene
from .verb_events import verb_event_first

_FOUND = ("recovered", "received", "airlifted", "counted")  # (of bodies: not the toll)
_WHAT_A_MAGNITUDE_CAN = re.compile(r"\s+(?:or\s+(?:more|higher|above|greater)\s+)?(?:can|could|may|"
                                   r"might|will|would)\s+(?:cause|trigger|produce|bring)\b")
_QUAKE_AFTER = re.compile(r"[-‐\s]+(?:earthquake|quake|tremor|temblor|aftershock)s?\b", re.I)
_OF_THE_WHOLE = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:total\s+|overall\s+|"
                           r"entire\s+|whole\s+)?", re.I)
# measures that name who the people are: "2,000 fighters attacked" are attackers
_THEIR_THING = re.compile(r"\s+(?:(?:people|persons|families|residents)\s+)?(?:had|have|has)\s+"
                          r"(?:had\s+)?(?:their|his|her)\s+(?:[a-z]+\s+)?")
_RECORD = re.compile(r"\s+record\b")
_RECORD_OF = re.compile(r"\brecord\s+of\s+(?:about\s+|nearly\s+)?$")  # "the record of 48.7 feet"
_SPARED = re.compile(r"\b(?:protected|spared|saved|shielded)\b")
UNGROUPED = FLOWS | {"population", "attackers", "protesters", "casualties", "hostages",
                     "bodies_recovered"}  # (gold writes "bodies of nine children" 109 to 1)


_OF_THE_COUNTED = re.compile(r"\s+of\s+(?:the|those)\s+(?:(?:reported|confirmed|recorded)\s+)?"
                             r"(?:dead|deaths|injured|wounded|victims|missing|fatalities|"
                             r"casualties|deceased)\b"
                             r"(?!\s+(?:is|was|were|are|occurred|happened)\b)")
# a decimal with no scale word counts no people nor things ("1.077 people": thousands)
_BARE_DECIMAL = re.compile(r"(?:[A-Za-z]+\s+){0,2}\d+\.\d{1,2}")
_OF_DECIMALS = re.compile(r"magnitude|intensity|latitude|longitude|rate|index|ratio|/|level")


@dataclass
class Namer:
    text: str
    mentions: list[Mention]
    places: Places
    document: str  # the document id in snake_case, for placeholders
    existing: set = field(default_factory=set)  # quantity names the registry has
    taken: set = field(default_factory=set)  # placeholder names in use
    year: int | None = None  # the publication year: "a 1999 storm" is another storm

    def __post_init__(self):
        self.given: dict[int, str | None] = {}  # mention start -> the name it was given
        self.vehicle = story_scene(self.text)
        # an age ("under the age of five") is no count, nor stands before a measure
        self.mentions = [replace(m, kind="age") if m.kind == "count"
                         and amounts.an_age(self.text, m) else m for m in self.mentions]

    def name(self, index: int, mention: Mention, sentence: Span, as_of: AsOf | None) -> str:
        found = None
        if mention.kind in ("date", "duration"):
            # "a four-year-old boy": an age (the person's, when named), no event's duration
            found = person_age(self.text, mention, sentence, self.places) \
                if amounts.an_age(self.text, mention) else self._event(mention, sentence)
        elif mention.kind in COUNTS:
            found = self._magnitude(mention, sentence) or level_name(self, mention, sentence) \
                or storeys_name(self, mention, sentence) or self._count(mention, sentence, as_of) \
                or person_age(self.text, mention, sentence, self.places)
        elif mention.kind == "other":
            reading = temperature_name(self, mention, sentence)
            found = distance(self.text, mention, sentence, self.places, self.mentions) \
                or reading or extent_name(self, mention, sentence) \
                or length_name(self, mention, sentence)
            if found and (reading or dated_reading(self.text, mention, sentence)):
                # "the highest recorded 46.6 degrees Celsius in 1966": that year's
                found = of_a_past_year(self.text, mention, sentence, found, self.year, self.events)
            if found and (_RECORD.match(self.text, mention.end) or _RECORD_OF.search(
                    self.text, max(0, mention.start - 30), mention.start)):  # "above the 25-foot
                found = past_record(self.text, mention, of_a_past_year(
                    self.text, mention, sentence, found, self.year, self.events))
                # (record set in 2006": that year's; "set in February": a record of its own)
        elif mention.kind == "money":
            found = money_name(self, mention, sentence)
        if found and amounts.another_of(self.text, mention, sentence, self.given, found):
            found = None  # "250 homes ..., while residents of another 400 houses": others
        if mention.kind == "count":  # "38 men and 18 women", "died in 2015", "every year"
            found = included_part(self.text, mention, sentence, self.places, self.given) \
                or place_with(self.text, mention, sentence, self.places, self.given) \
                or part_of_previous(self.text, mention, sentence, self.given) or among_the(
                self.text, mention, found) or among_those(
                    self.text, mention, sentence, self.given) or part_in_state(
                    self.text, mention, sentence, found) or found and yearly(
                    self.text, mention, sentence, of_a_past_year(
                        self.text, mention, sentence, found, self.year, self.events))
        if mention.kind == "count" and an_unnamed_part(self.text, mention, sentence, self.given,
                                                       found):
            found = None  # ("11.5 million, including 2.7 million uprooted by conflicts")
        if found and mention.kind == "count" and (mention.text[:1] in "-−" or (
                _BARE_DECIMAL.fullmatch(mention.text) and not _OF_DECIMALS.search(found))):
            found = None  # "magnitudes reported to be 4.6", "dropped to -14": no such dead
        self.given[mention.start] = found
        return found or self.placeholder(index)

    def placeholder(self, index: int) -> str:
        name, n = f"unnamed_{self.document}.m{index}", index
        while name in self.taken or name in self.existing:
            n += 1000
            name = f"unnamed_{self.document}.m{n}"
        self.taken.add(name)
        return name

    def _count(self, mention: Mention, sentence: Span, as_of: AsOf | None) -> str | None:
        if re.match(r"-[a-z]", self.text[mention.end:mention.end + 2]) \
                or amounts.an_age(self.text, mention) or amounts.a_change(self.text, mention):
            return None  # "an 11-story building", "under the age of five", "rose by 40"
        if _OF_THE_COUNTED.match(self.text, mention.end):
            return None  # "Thirteen of the dead ... were middle school children": a part
            # of the toll, not the toll
        hits = self._hits(sentence, mention)
        respective = respective_measure(self.text, mention, self.mentions, hits,
                                        sentence.start)
        if respective is not None and respective not in FLOWS:
            # "confirmed cases and deaths ... 15,064 and 470 respectively"
            return f"{self._subject(mention, sentence, respective)}.{respective}"
        cases = case_count(self.text, mention, sentence.start) \
            if mention.kind == "count" else None
        if cases is not None:  # "28 confirmed Ebola cases, 21 probable ones"
            cases = of_the_day(self.text, sentence, as_of, cases, mention.start)
            return f"{self._subject(mention, sentence, None)}.{cases}"
        things = counts_things(self.text, mention, hits) if mention.kind == "count" else None
        if things:  # "25,600 flood insurance claims": a count of those, no measure of people
            subject = self._subject(mention, sentence, None)
            things = things_done(self.text, mention, things)  # "180 reservoirs dried up"
            return f"{subject}.{things}" if subject != self.document else None
        usable = self._measure_hits(hits, mention)
        measure = number_of(self.text, mention, usable) or amounts.governing(
            self.text, mention, usable) or nearest_measure(self.text, mention, usable,
                                                           self.mentions)
        asked = asked_in(self.text, mention.start) if measure is None else None
        if asked is not None:  # "How many people have been displaced?" "Around 673,000"
            measure = _nearest(self.text, mention, self._measure_hits(
                lexicon().hits(self.text, *asked), mention), self.mentions)
        thing = _attached(hits, mention, "objects", self.text)
        if thing is not None and thing.name == "bodies" and getattr(done_to(
                self.text, mention, hits, thing, self.mentions), "name", None) not in _FOUND:
            thing = None  # "12 bodies": the toll's, unless found or brought in
        hits = amounts.fitting(hits, thing)
        part = part_name(self, mention, sentence, hits, thing)
        if part is not None:
            return part
        gone = None if thing else amounts.elided(self.text, mention, hits, self.mentions,
                                                 sentence.start)
        if gone is not None:  # "destroyed 53,000 homes and damaged other 77,000"
            return f"{self._subject(mention, sentence, None)}.{gone[0].name}_{gone[1].name}"
        if thing is not None and _THEIR_THING.fullmatch(self.text, mention.end, thing.start):
            # "another 5,000 had their homes damaged": people whose homes were hit
            return f"{self._subject(mention, sentence, 'affected')}.affected"
        if thing is not None:
            done = done_to(self.text, mention, hits, thing, self.mentions)
            kind = _modifier(self.text[mention.end:thing.start]) + (snake(self.text[
                thing.start:thing.end]) if thing.name in amounts.EXTENT_ONLY else thing.name)
            subject = self._subject(mention, sentence, None)  # ("11,000 rice fields": no area)
            if done is None:  # "37 houses in the village": the things, by what befell them
                told = things_done(self.text, mention, kind, thing.end, alive=False) \
                    if kind == thing.name else kind  # ("264 villages have been sanitized")
                told += "_affected" if told == thing.name and told in AREA_UNITS \
                    and not _SPARED.search(self.text, sentence.start, mention.start) else ""
                # or the areas it hit (not "11 coastal provinces", nor "46 settlements" spared)
                return f"{subject}.{told}" if mention.kind == "count" else None
            if mention.kind in SHARES:  # "more than half of homes were destroyed";
                # the text's own noun: "40% of the cattle, 27% of sheep" are two shares
                kind = _modifier(self.text[mention.end:thing.start]) + snake(
                    self.text[thing.start:thing.end])
                return f"{subject}.{kind}_{done.name} / {subject}.{kind}"
            name = f"{kind}_{done.name}"  # ("bodies_recovered" this morning: that day's)
            return f"{subject}.{name}{period(self.text, mention, sentence, None, name, '')}"
        if amounts.population_with(self.text, mention):
            return f"{self._subject(mention, sentence, 'population')}.population"
        if measure is None:  # "60 patients share 20 beds": a group counted by its noun
            group = _group_noun(self.text, mention) if mention.kind == "count" else None
            subject = self._subject(mention, sentence, group if group in CARRIED else None) \
                if group else self.document  # ("12 of the 40 passengers": the bus's)
            return f"{subject}.{group}" if subject != self.document else None
        measure = predicate_over_noun(self.text, mention, measure, usable, self.mentions)
        measure = internal_flight(self.text, mention, in_shelters(self.text, reduced_relative(
            self.text, mention, measure, hits, self.mentions), hits), sentence.end, self.places)
        name = measure_as_told(self.text, mention, measure.name)  # "187 passengers"
        subject = self._actor(mention, sentence, hits) or part_of_an_event(
            self.text, mention, sentence, self.given, self.places, self.document) \
            or self._subject(mention, sentence, name)  # (of another event: its own place)
        if name == "aboard" and not self.places.between(sentence.start, sentence.end):
            subject = scenes.vehicle(self.text, sentence) or subject  # "the last bus"
        if name in FLOWS:
            subject, name = flow(self, mention, sentence, subject, name)
        name = of_the_day(self.text, sentence, as_of, name, mention.start) + period(
            self.text, mention, sentence, as_of, name, self.text[measure.start:measure.end])
        window = name[len(measure.name):] if name.startswith(measure.name) else ""
        group = _attached(hits, mention, "groups", self.text)
        group_name = group.name if group is not None else _group_noun(self.text, mention,
                                                                      as_prefix=True)
        if group_name and mention.kind not in SHARES and name not in UNGROUPED:
            name = f"{group_name}_{name}"
        if mention.kind in SHARES and name != "population" and _OF_THE_WHOLE.fullmatch(
                self.text, mention.end, measure.start) and not share_group(self.text, mention):
            return None  # "one third of the total capacity": a part of it, of what unsaid
        if mention.kind in SHARES:
            share = share_quantity(self.text, mention, sentence.start, subject, name,
                                   self.places.main,
                                   any(h.name == "population" for h in hits))
            if share is not None:
                return share or None
        if mention.unit == "household" and mention.kind not in SHARES:
            name = of_households(name)  # "2,000 families were affected": another count
        if INITIAL.search(self.text, max(0, mention.start - 40), mention.start):
            return f"{subject}.{name}_initial_estimate"  # "Initial estimates of 10,000"
        if earlier(self.text, sentence.start, mention):
            return f"{subject}.{name}_previous_count"  # "Before, 13 villagers have died"
        if forecast(self.text, mention, hits, self.mentions):
            return f"{subject}.{name}_forecast"
        # "have left 47 people dead or missing, ..., raising the death toll to at least
        # 119": what the event added, never a rival of the toll it raised
        added = "_added" if measure.name in ("killed", "missing") and added_to_toll(
            self.text, mention, sentence) else ""
        other = either(self.text, measure, hits)
        if other is not None:  # "confirmed dead or listed as missing neared 22,000"
            first, second = sorted((measure, other), key=lambda h: h.start)
            return f"{subject}.{first.name}{window}{added} + " \
                f"{subject}.{second.name}{window}{added}"
        return f"{subject}.{name}{added}"

    def _measure_hits(self, hits: list[Hit], mention: Mention) -> list[Hit]:
        return measure_hits(self.text, mention, self.mentions, hits)

    def _hits(self, sentence: Span, mention: Mention) -> list[Hit]:
        return [h for h in lexicon().hits(self.text, sentence.start, sentence.end)
                if h.end <= mention.start or h.start >= mention.end]

    def _subject(self, mention: Mention, sentence: Span, measure: str | None) -> str:
        other = another_incident(self.text, sentence.start, sentence.end)
        if other is not None:  # "after another boat sank off Libya": not Libya's own
            return other
        if scope := scope_of(self.text, mention, sentence, self.places, self.document):
            return scope  # "four million cases of cholera worldwide", "... Island-wide"
        if of_the_vehicle(self.text, self.vehicle, measure, sentence, self.places,
                          self.year):
            return self.vehicle  # "A ferry sank off Ormoc, killing 36": the ferry's toll
        inside = [p for p in self.places.between(label_start(self.text, sentence.start),
                                                 sentence.end)
                  if p.key not in self.events.storm_names  # "Phailin pummels coast"
                  and not p.landmark and not scenes.speakers_seat(self.text, p, mention)]
        nation = nation_of(self.text, mention.start, self.places)
        if nation is not None:  # "the Andean nation of 16 million people"
            return nation
        owner = [p for p in inside if owns_number(self.text, p, mention)]
        if owner:  # "River Nile (15.64%)", "Rajasthan with 267 deaths": the place's number
            return owner[0].key
        own = own_places(self.text, mention, sentence, inside, self.mentions)
        if measure not in FLOWS:
            own = without_the_people(self.text, mention, own)
        nearest = _nearest_place(self.text, mention, own, self.mentions)
        if nearest is not None:
            both = None if measure in FLOWS else joint(self.text, nearest, inside,
                                                       self.mentions, mention)
            return both or self.places.city_meant(nearest) \
                or scenes.rural_site(self.text, nearest, self.places.main) or nearest.key
        return fallback_place(self.text, mention, sentence, measure, self.places,
                              self.mentions) or self.document

    def _magnitude(self, mention: Mention, sentence: Span) -> str | None:
        if _WHAT_A_MAGNITUDE_CAN.match(self.text, mention.end):
            return None  # "A quake of magnitude 5 can cause considerable damage": any quake
        hits = self._hits(sentence, mention)
        # "7.1 magnitude", "6.3 on the Richter scale", "magnitude 5"; not "Ninety
        # aftershocks of magnitude 5", where the number has a noun of its own
        close = [h for h in hits if h.name == "magnitude"
                 and _distance(self.text, mention, h, self.mentions) < 25
                 and (h.end <= mention.start or set(self.text[mention.end:h.start].lower(
                     ).split()) <= {"on", "the", "a", "-"})]
        if not close and re.fullmatch(r"[1-9]\.\d", mention.text) \
                and _QUAKE_AFTER.match(self.text, mention.end):  # "the massive 8.8 earthquake"
            after = [h for h in hits if h.table == "events" and h.start >= mention.end]
            return f"{self.events.event_name(after[0].name if after else 'earthquake')}.magnitude"
        if not close:  # "magnitude 7.0 by Indonesian authorities and a ... 6.9 by"
            return another_reading(self.text, mention, sentence.start, self.given)
        events = [h for h in hits if h.table == "events"]
        event = _nearest(self.text, mention, events, self.mentions)
        kind = event and (one_of_several(self.text, events, mention) or other_event(
            self.text, event, self.mentions, self.places, True)) \
            or self.events.event_name(event.name if event else "earthquake")
        # ("not likely to trigger an aftershock with a magnitude higher than 6.5": the
        # forecast word, then the event; not "a 6.5 quake that could be felt", nor "toll
        # could rise from Vanuatu's magnitude 7.3 earthquake")
        ahead = "_forecast" if forecast(self.text, mention, [
            h for h in hits if h.end <= mention.start and any(
                e.table == "events" and h.end <= e.start and e.end <= mention.start
                for e in hits)], self.mentions) else ""
        return one_of_two(self.text, mention, self.given, f"{kind}.magnitude{ahead}")

    def _actor(self, mention: Mention, sentence: Span, hits: list[Hit]) -> str | None:
        """An event that did it, when no place between says where."""
        if (actor := self.events.actor(mention, sentence, hits)) is None:
            return None
        clause_end = _BREAK.search(self.text, mention.end, sentence.end)
        end, label = clause_end.start() if clause_end else sentence.end, self.events.label(actor)
        if re.search(r"_\d{4}$", label) or (actor.table == "named" and not self._own(label)):
            # "an April 2013 earthquake that killed 196 people in Sichuan", "Cyclone Idai,
            # which in March killed hundreds ... in Mozambique" (in a story of Cyclone
            # Kenneth): another event's count, wherever it struck
            return label
        return None if self.places.between(actor.end, end) else label

    def _own(self, label: str) -> bool:
        """The story's own event: its main one, the one its title names ("Ketsana
        death toll nears 400"), or the first it names."""
        title = self.text.lstrip().split("\n", 1)[0]
        first = min(self.events.named, key=lambda h: h.start, default=None)
        return label == self.events.main_event or label in snake(title).split("_") \
            or (first is not None and label == self.events.label(first))

    def _event(self, mention: Mention, sentence: Span) -> str | None:
        dated = dated_incident(self.text, sentence.start, sentence.end)
        if dated is not None and dated[1][0] <= mention.start < dated[1][1]:
            return f"{dated[0]}.start"  # "A July 29 quake killed 16 people"
        hits = self._hits(sentence, mention)
        attack = scenes.attack_on(self.text, mention, hits, self.places.found)
        if attack is not None:  # "during an attack on Abdo village on July 23"
            return f"{attack}_attack.start" if mention.kind == "date" else None
        found = verb_event_first(self.text, mention, sentence, self.places, lambda: struck_event(
            self.events, mention, sentence, hits, self.places, self.year))
        if found and found.endswith(".start") and no_start_on(self.text, sentence.start, mention):
            return None
        return found

    @cached_property
    def events(self) -> Events:
        return Events(self.text, self.mentions, self.existing, self.year, self.places)
