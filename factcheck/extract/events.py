"""Events in drafted quantities: which event a date, a duration, a wind speed or a
toll is of, and its name.

- A date or duration names the event of its clause (`blockade.duration`); with a
  cue it is its start or end ("began", "struck", "ended"), a date right before the
  event noun is its start ("the September invasion", "the 1923 Great Kanto
  Earthquake"), as is a date right after a named one ("Cyclone Sidr in 2007").
- A proper name is the event's name ("Hurricane Katrina" -> `katrina`, then
  "Katrina" alone), save the storm the title names, the story's own, which is
  called by its kind ("Cyclone Mocha" -> `cyclone`, and so is "the storm"); an
  event of another year than the story's, not the story's own event, is that
  year's ("a 1999 storm" -> `storm_1999`, "the earthquake in April 2015" ->
  `earthquake_2015`); "the disaster", "the incident" is the event the story names
  most.
- What strikes a place is an event even where the lexicon lists none ("Karachi was
  hit by heatwave" -> `heatwave`; see `strikes.py`).
- With `--into`, an event of the same lexicon row the registry already names is
  reused (`offensive` for "the invasion" in a registry with `offensive.start`).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cached_property

from ..interval import ordinal_to_iso
from .clauses import BREAK, nearest
from .event_clauses import (ADJACENT_INSTANT, LAG_TO, LIVED,
                            LIVED_FOR, NTH_IN, ONGOING_AFTER, PHRASE_INSTANT, REPORTED_OVER,
                            SINCE, WAITED, act_right_before, attached_event, broken, by_event,
                            clause_start, counted_since, cue_of_next, dated_right_after,
                            elsewhere, feared, in_own_phrase, of_another, opens_range,
                            other_year, outside_acts, past_its_end, no_event_day,
                            rain_window, second_of_two_days, window_of_another)
from .day_acts import done_on_the_day
from .event_ranks import lag_from_another, record_before, record_window
from .lexicon import Hit, lexicon
from .mention import Mention
from .other_quakes import other_event
from .places import snake
from .storm_tracks import struck_abroad
from .storms import NAMED_AFTER, own_storm, storm_kind
from .text import MONTHS, Span

# events of one moment: a date on them is their start with no cue ("the landslide
# on Friday"); a storm lasts days, and only a cue ("struck", "made landfall",
# "battered") makes its date the start ("weakened on Monday" is not)
INSTANT = frozenset({"earthquake", "aftershock", "landslide", "explosion", "avalanche",
                     "tornado", "eruption", "stampede", "crash", "gas_leak", "collision",
                     "pileup", "capsizing", "sinking", "blowout"})
# not "the China Earthquake Networks Centre": a name going on is an institution's
_NAMED_BEFORE = re.compile(r"(?:[A-Z][a-z]+\s+){1,3}(?:Earthquake|Quake|Flood|Floods|War|Tsunami)"
                           r"\b(?![ \t]+[A-Z])")
# "a 1999 storm", "the 1923 Great Kanto Earthquake", "a 2010 extreme heat event"
_YEAR_BEFORE = re.compile(r"\b(1[5-9]\d\d|20\d\d)\s+(?:(?!(?:the|this|that|a|an|its|their)\s)"
                          r"[A-Za-z][\w-]*\s+){0,2}$")
_IN_TIME = re.compile(r"\b(?:in|within)\s+(?:just\s+|only\s+)?$", re.I)
_FLED = re.compile(r"\b(?:flee|flees|fled|fleeing|crossed|cross|crossing|escaped|left)\b", re.I)
_AGAIN = re.compile(r"\bagain\s+(?:(?:late|early)\s+)?$", re.I)
_PERIOD = re.compile(r"(?:(?:over|in|during|for)\s+)?the\s+(?:last|past)\b", re.I)
# ("two weeks from harvest": a lag to another thing; not "lasts 72 hours from Monday")
_LAG = re.compile(r"\s+(after|before|since|later|earlier|ago|away|from(?!\s+(?:\d|mid|early|late|"
                  rf"[A-Z][a-z]+day\b|{MONTHS})))\b", re.I)
# "the Joplin tornado", "since the Wenchuan earthquake": a place's name before the event
_PLACE_EVENT = re.compile(r"\b[Tt]he\s+([A-Z][a-z]+)\s+$")
_NOT_PLACE_WORDS = frozenset("""great big deadly monday tuesday wednesday thursday friday
saturday sunday january february march april may june july august september october
november december""".split())
_AVIATION = re.compile(r"\b(?:aircraft|airliner|airplane|aeroplane|plane|jet|Airbus|Boeing|"
                       r"airline|pilots?|cockpit|air\s+traffic)\b")
# ", which killed", ", which in March killed"
_RELATIVE = re.compile(r"\s*(?:,\s*(?:which|that)\s+(?:\w+\s+){0,3}|(?:\w+\s+){0,2})$")
# (", which in March killed": the relative clause may hold its own when)
_RELATIVE_AFTER_WORDS = re.compile(r"[^,;:.()]{0,90},\s*(?:which|that)\s+(?:\w+\s+){0,3}$")


class Events:
    def __init__(self, text: str, mentions: list[Mention], existing: set, year: int | None,
                 places=None):
        self.text, self.mentions, self.existing, self.year = text, mentions, existing, year
        self.places = places  # places.Places, or None

    def _flight_window(self, mention: Mention, sentence: Span) -> bool:
        """A duration after "in" that people counted before it in its clause took to
        flee or cross ("... have crossed into neighbouring countries in 10 days")."""
        if not _IN_TIME.search(self.text, max(0, mention.start - 8), mention.start):
            return False
        start = clause_start(self.text, sentence, mention)
        return bool(_FLED.search(self.text, start, mention.start)) and any(
            start <= m.start < mention.start and m.kind == "count" for m in self.mentions)

    def quantity(self, mention: Mention, sentence: Span, hits: list[Hit]) -> str | None:
        """`event.start|end|duration` for a date or duration, or None."""
        if mention.kind == "date" and no_event_day(self.text, mention):
            return None
        events = {h.start for h in hits if h.table == "events"}
        struck = {h.start for h in hits if h.table == "strikes"}
        candidates = [h for h in hits if (h.table in ("events", "generic_events", "acts")
                      or (h.table == "strikes" and h.start not in events))
                      and not self.a_flight(h) and not feared(self.text, h)]
        candidates += self.named_hits(sentence, mention)
        candidates = outside_acts(candidates)
        attached = attached_event(self.text, mention, candidates)
        event = attached or act_right_before(self.text, mention, candidates) or nearest(
            self.text, mention, [h for h in candidates if h.table != "generic_events"],
            self.mentions)
        if attached is None and event is not None \
                and mention.kind == "date" and not SINCE.search(self.text, 0, mention.start) \
                and not re.search(r"['’]s$", mention.text) \
                and not by_event(self.text, mention, event, hits) \
                and done_on_the_day(self.text, clause_start(self.text, sentence, mention),
                                    mention, event):
            event = None  # "Rescuers dug through homes Monday looking for survivors of a
            # strong earthquake": the day of the digging, not of the quake after it; "By
            # Friday, aid was flowing to the cities hit by the quake": a day things stood
        if event is not None and event.start >= mention.end and (LAG_TO.match(
                self.text, mention.end, event.start) or past_its_end(self.text, mention, event)
                or ONGOING_AFTER.fullmatch(self.text, mention.end, event.end + 40)):
            event = None  # "first erupted on Tuesday, a day after a tsunami pounded": the
            # tsunami is when the day is told from, not the day's event; "spewed out ash
            # on Wednesday in an eruption that has killed 28": a day of it, not its start
        if event is None:  # "The incident happened in the early morning on Friday"
            event = self._generic_subject(mention, candidates, hits)
        if event is None and self.main_event is not None \
                and counted_since(self.text, sentence, mention, self.mentions, self.year):
            return f"{self.main_event}.start"  # "111 people have died ... since September"
        record = record_before(self.text, max(sentence.start, mention.start - 90), mention.start)
        if mention.kind == "duration" and record:  # "the worst floods in 50 years": the
            return record_window(record["kept"])  # window of the record, no event's
        if mention.kind == "duration" and (NTH_IN.search(
                self.text, max(sentence.start, mention.start - 70), mention.start)
                or REPORTED_OVER.search(self.text, max(sentence.start, mention.start - 90),
                                        mention.start)
                or rain_window(self.text, sentence.start, mention)):
            return None  # ("129 cases have been reported during the last four months")
        if mention.kind == "date" and window_of_another(self.text, mention, event):
            return None  # the window of the rain an alert warns of, no start of the alert
        label = self.label(event) if event is not None else None
        if label is None:
            return None
        label = self._dated(label, event, mention)
        if mention.kind == "date" and _AGAIN.search(self.text, max(0, mention.start - 12),
                                                    mention.start):
            # "erupted again on Tuesday": another eruption (`eruption_tuesday`), no restart
            day = re.sub(r"^(?:on|late|early)\s+", "", mention.text.strip(), flags=re.I)
            label = f"{label}_{snake(day)}"
        if other_year(label, mention):
            return None  # "the 2019 heatwaves were 161, against 1,700 in 2018": no 2019 event
        if mention.kind == "duration" and attached is None and re.search(r"\w-\w+$", mention.text):
            return None  # "the biggest one-day tide of refugees": the tide's day, no event's
        if mention.kind == "duration":
            # "one day after the temblor struck": a lag from the event, not how long it
            # lasted; "in the last 21 years that I've been living": the speaker's time
            if LIVED.match(self.text, mention.end) or LIVED_FOR.search(
                    self.text, max(sentence.start, mention.start - 60), mention.start) \
                    or WAITED.search(self.text, max(sentence.start, mention.start - 30),
                                      mention.start) \
                    or of_another(self.text, mention, event):
                return None  # ("after waiting almost 12 hours": a wait, not the blast's)
            lag = _LAG.match(self.text, mention.end)
            if lag is None and self._flight_window(mention, sentence):
                return "exodus.duration"  # "20,000 refugees flee South Sudan violence to
                # Sudan in one week": the flight's time, not the war's length
            if lag is None:
                return f"{label}.duration"
            # how long since it: its aftermath ("nine days after the earthquake"); not an
            # act's own wait ("dug themselves out after about 20 minutes after it hit")
            waited = re.search(r"\bafter\s+$", self.text[max(0, mention.start - 8):mention.start])
            return f"{label}_aftermath.duration" if lag[1].lower() == "after" and not waited \
                and not lag_from_another(self.text, lag.end()) else None
        if _PERIOD.match(mention.text):
            return None  # "over the last 48 hours": how long, not when it began
        # a cue of the date's own clause ("As the typhoon weakened on Monday, workers
        # began cleaning": 'began' is the workers')
        cue = nearest(self.text, mention, [h for h in hits if h.table == "event_measures"
                                           and not broken(self.text, h, mention)
                                           and not cue_of_next(self.text, h, mention)],
                      self.mentions)
        # "the September invasion", "a landslide ... on Friday": when it began (an event
        # of one moment has no other date; a war's date needs a cue)
        instant = (event.table == "named" and event.name not in self.storm_names) \
            or event.name in INSTANT or event.start in struck \
            or (event.name in PHRASE_INSTANT and in_own_phrase(self.text, event, mention)) \
            or (event.name in ADJACENT_INSTANT and dated_right_after(self.text, event, mention)
                and not elsewhere(self.places, sentence))
        measure = "start" if event.table == "acts" or opens_range(self.text, mention) \
            else cue.name if cue else (
            "start" if attached or instant or "ago" in mention.text.lower() else None)
        if measure is None and (re.search(r"_\d{4}$", label) or (
                label != self.main_event and mention.kind == "date"
                and mention.interval is not None
                and mention.interval.high - mention.interval.low >= 27)):
            # another event's year or month is when it began, its only date: "the worst
            # flood after 1924" (`flood_1924.start`, as gold writers name it 25 times of
            # 26), "Typhoon Washi killed 1,500 people in 2011"
            measure = "start"
        if measure == "start" and second_of_two_days(self.text, mention, self.mentions):
            measure = "end"  # "pounded the states on Tuesday and Wednesday": it lasted
        if measure == "start":  # "tore through the Philippines last week": its start there
            label = struck_abroad(self.text, mention, label, self.places)
        return f"{label}.{measure}" if measure else None

    def a_flight(self, hit: Hit) -> bool:
        """"42 minutes into its flight from Surabaya" in a story of an aircraft: a
        flight, no exodus."""
        return hit.name == "exodus" and self.text[hit.start:hit.start + 6].lower() == "flight" \
            and self.aviation

    @cached_property
    def aviation(self) -> bool:
        return _AVIATION.search(self.text) is not None

    def _generic_subject(self, mention: Mention, candidates: list[Hit],
                         hits: list[Hit]) -> Hit | None:
        """"the disaster" or "the incident" before a verb of happening and then the
        date: the story's event began that day."""
        for hit in candidates:
            if hit.table != "generic_events" or hit.end > mention.start:
                continue
            cues = [h for h in hits if h.table == "event_measures" and h.name == "start"
                    and hit.end <= h.start and h.end <= mention.start]
            if cues and not BREAK.search(self.text[hit.end:mention.start]):
                return hit
        return None

    def _dated(self, label: str, event: Hit, mention: Mention) -> str:
        """"the earthquake in April 2015" in a 2020 story: `earthquake_2015`; the story's
        own keeps its name, and so does a place's ("the Wenchuan earthquake")."""
        if event.table not in ("events", "strikes", "generic_events") \
                or re.search(r"_\d{4}$", label) \
                or label.endswith(f"_{self.event_name(event.name)}") \
                or self.year is None or mention.kind != "date" or mention.interval is None \
                or None in (mention.interval.low, mention.interval.high):
            return label  # ("began more than three weeks ago": no year to tell)
        year = int(ordinal_to_iso(mention.interval.low)[:4])
        # the story's own kind of event, years before the story, is another one ("the
        # worst flood after 1924" in a flood story of 2018; "in 2022" in a 2023 story)
        whole_year = mention.interval.high - mention.interval.low >= 364
        own = label == self.main_event and year >= self.year - 1 and not whole_year
        if year == self.year or own:
            return label
        if label == self.event_name(event.name) and event.table == "events":
            label = self.written(event)  # "a 7.6 magnitude quake": `quake_2005`
        return f"{label}_{year}"

    def written(self, event: Hit) -> str:
        """An event of another year by the story's own word for it ("a 7.6 magnitude
        quake": `quake`), as a reader names it; the lexicon's name for a plural of it
        ("heatwaves": `heatwave`) and for a phrase ("heat wave")."""
        word, name = snake(self.text[event.start:event.end]), self.event_name(event.name)
        plural = name in (word[:-1], word[:-2])  # "floods", "tornadoes"
        thing = word in _THINGS  # "the volcano erupted in 1979": the eruption of 1979
        return word if word and "_" not in word and word != name and not plural \
            and not thing else name

    def written_in(self, start: int, end: int) -> str | None:
        """The story's word for the first event text[start:end] names, or None."""
        found = [h for h in lexicon().hits(self.text, start, end) if h.table == "events"]
        return self.written(found[0]) if found else None

    def storm(self, sentence: Span, mention: Mention, hits: list[Hit]) -> str | None:
        """The storm a wind speed is of: the one the sentence names, else the story's."""
        storms = [h for h in hits if h.table == "events" and h.name == "storm"]
        found = nearest(self.text, mention, self.named_hits(sentence, mention) + storms,
                        self.mentions)
        if found is not None:
            return self.label(found)
        # (winds in a landslide's story, "winds reaching 40 km/h over Kerala": the place's)
        return self.main_event if self.main_row in ("storm", "tornado", "blizzard") else None

    def storm_in(self, sentence: Span, mention: Mention) -> bool:
        """Whether the sentence itself names a storm ("the cyclone unleashed winds")."""
        hits = lexicon().hits(self.text, sentence.start, sentence.end)
        return bool(self.named_hits(sentence, mention)) or any(
            h.table == "events" and h.name == "storm" for h in hits)

    def actor(self, mention: Mention, sentence: Span, hits: list[Hit]) -> Hit | None:
        """A named or dated event that did what the count counts ("Cyclone Sidr in
        2007 killed more than 3,000", "a 1999 storm killed 10,000", "the 1923 Great
        Kanto Earthquake, which killed 142,000"): the count is the event's. Returns
        the event's hit, its name in `label`."""
        named = self.named_hits(sentence, mention)
        # "the 1923 Great Kanto Earthquake": its "Earthquake" is the name's, not an event
        # of its own named by the year
        before = [h for h in named + [h for h in hits if h.table == "events" and not any(
            n.start <= h.start and h.end <= n.end for n in named)] if h.end <= mention.start]
        for hit in sorted(before, key=lambda h: -h.start):
            label = self.label(hit)
            own = self.own_storm is not None and hit.table == "named" \
                and hit.name == self.own_storm[0]
            if own or (hit.table != "named"
                       and label in (self.event_name(hit.name), self.main_event)
                       and not self._other_relative(hit, mention)):
                continue  # the story's own event: the place says whose count it is
            gap = self.text[hit.end:mention.start]
            if len(gap.split()) <= 8 and (not BREAK.search(gap) or _RELATIVE.match(gap)):
                return hit
            if len(gap.split()) <= 16 and _RELATIVE_AFTER_WORDS.match(gap):
                return hit  # "civil conflict between the army and the RSF since April
                # 2023, which has killed thousands": the conflict's, past its own words
        return None

    def _other_relative(self, hit: Hit, mention: Mention) -> bool:
        """"amid the conflict ..., which has killed thousands" in a story of another
        event (an outbreak): the count is that other event's, told in its relative
        clause."""
        return self.main_event is not None and self.event_name(hit.name) != self.main_event \
            and _RELATIVE_AFTER_WORDS.match(self.text, hit.end, mention.start) is not None

    def label(self, event: Hit) -> str | None:
        if (other := other_event(self.text, event, self.mentions, self.places)) is not None:
            return other  # "New tremors shook Croatia": not the story's quake
        own = self.own_storm
        if event.table == "named":
            return own[1] if own and event.name == own[0] else event.name
        if event.table == "generic_events":
            return self.main_event
        if event.table in ("strikes", "acts"):
            return event.name
        name = self.event_name(event.name)
        if own and event.name == "storm" and name == "storm":
            name = own[1]  # "the storm's high winds" in a story of Cyclone Mocha
        year = _YEAR_BEFORE.search(self.text, max(0, event.start - 30), event.start)
        if year and self.year is not None and int(year.group(1)) != self.year:
            return f"{name}_{year.group(1)}"  # "a 1999 storm": not this story's storm
        if event.name == "storm" and name == "storm":
            name = self._storm_kind  # "the storm" in a story of "the hurricane"
        return self._placed(event, name)

    def _placed(self, event: Hit, name: str) -> str:
        """"The Joplin tornado killed more than 150 people" in a story of tornadoes in
        Texas: a place's own event, another than the story's (whose place the title names:
        "the Louisiana floods" under "... after record Louisiana floods"), `joplin_tornado`."""
        before = _PLACE_EVENT.search(self.text, max(0, event.start - 30), event.start)
        if before is None or before.group(1).lower() in _NOT_PLACE_WORDS \
                or before.group(1).lower() in lexicon().demonyms \
                or before.group(1) in self.text.lstrip().split("\n", 1)[0]:
            return name
        return f"{snake(before.group(1))}_{name}"

    def named_hits(self, sentence: Span, mention: Mention) -> list[Hit]:
        return [h for h in self.named if sentence.start <= h.start < sentence.end
                and (h.end <= mention.start or h.start >= mention.end)]

    @cached_property
    def storm_names(self) -> set[str]:
        """"Morakot" of "Typhoon Morakot": a storm lasts days, its date needs a cue."""
        return {snake(m.group(2)) for m in NAMED_AFTER.finditer(self.text)}

    @cached_property
    def named(self) -> list[Hit]:
        """Every mention of a named event: "Hurricane Katrina" and then "Katrina"."""
        keys = {}
        for match in NAMED_AFTER.finditer(self.text):
            keys[match.group(2)] = snake(match.group(2))
        for match in _NAMED_BEFORE.finditer(self.text):
            if self.text[max(0, match.start() - 2):match.start()].strip(" ") not in (".", ""):
                keys[match.group(0)] = snake(match.group(0))
        if not keys:
            return []
        pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(keys, key=len,
                                                                        reverse=True))) + r")\b")
        return [Hit(m.start(), m.end(), "named", keys[m.group()])
                for m in pattern.finditer(self.text)]

    @cached_property
    def main_event(self) -> str | None:
        """The event the story names most (for "the catastrophe")."""
        if self.main_row is None:
            return None
        name = self.event_name(self.main_row)
        return self._storm_kind if name == "storm" else name

    @cached_property
    def main_row(self) -> str | None:
        """The lexicon's row of the event the story names most ("storm" for a story
        of "the cyclone")."""
        counts = Counter(h.name for h in lexicon().hits(self.text, 0, len(self.text))
                         if h.table == "events" and not feared(self.text, h))
        return counts.most_common(1)[0][0] if counts else None

    @cached_property
    def _storm_kind(self) -> str:
        return storm_kind(self.text, self.own_storm)

    @cached_property
    def own_storm(self) -> tuple[str, str] | None:
        return own_storm(self.text)

    def event_name(self, event: str) -> str:
        """The registry's name for this event when it has one of the same row."""
        for name in lexicon().event_names(event):
            if any(q.startswith(f"{name}.") for q in self.existing):
                return name
        return event


# words of the thing an event befalls, not of the event ("volcano": its eruption)
_THINGS = frozenset({"volcano", "volcanoes"})
