"""The places an article names, where, and in which role: the origin of a flight
("fled from Myanmar", "fled Sudan"), a destination ("fled to Poland", "arrived in
Armenia", "69,112 people into South Sudan"), or just a place ("in Kashmir",
"residents of Karabakh", "Stepanakert's population", "Turkish provinces").

A capitalised name counts as a place where a place preposition or a flight verb
comes before it, where it follows another place ("Vidalia, Louisiana"), where the
registry declares it (`places:` names and aliases, with `--into`), or where a
possessive uses a name found as a place elsewhere in the text. Organisations,
months and titles are not places.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import cached_property

from .datelines import PLACE_DATELINE as _PLACE_DATELINE, dateline_site
from .lexicon import lexicon
from .nesting import containers, listed, outermost
from .place_names import (DIRECTIONS, REGION_PEOPLE, SHORT_FORMS, fold_compounds, name_words,
                          surname)
from .place_runs import RUN, names_in, words_before
from .place_words import (INSTITUTION, NO_NAMES, NO_PLACE_BEFORE, NOT_PLACES, ORG_OF, OWNED_KIND,
                          RIVER_AFTER, not_a_name, station_reading)
from .place_kinds import (KIND_AFTER, KIND_AFTER_BE, KIND_APPOSED, KIND_BEFORE, KIND_IN,
                          KIND_LAST, LEVEL_OF, RULES_AFTER, STATE_AFTER, title_event_place, within,
                          VOLCANO_AFTER, addressed_site, compass_parts, country_keys,
                          event_site, most_named, peak_key, regions_apart, without_storms)
from .references import with_landmarks
from .spellings import (known_spellings, not_speakers, one_spelling, snake, spellings_of,
                        title_case_checked)

_PREPOSITIONS = frozenset("""in of from into to across inside near throughout within towards on
toward around outside at off""".split())  # "capsized off Sabratha"
# a disaster's verbs take the place they struck as object ("battered Taiwan",
# "Storm Hits Taiwan", "since hitting the Philippines"): a place, as after "in"
_STRUCK = frozenset("""hit hits hitting struck strikes striking battered batters battering
lashed lashes lashing pounded pounds pounding ravaged ravages ravaging devastated
devastates rocked rocks rocking jolted jolts shook shakes slammed slams swept sweeps
flooded floods""".split())
_BEFORE_PLACE = _PREPOSITIONS | _STRUCK
_FLIGHT = frozenset("""fled flee flees fleeing left leaving escaped escaping exodus
evacuated departed outflow""".split())
_DISPLACED = frozenset("displaced displacement refugees refugee evacuees crossed cross".split())
_BEFORE_A_NAME = frozenset("the neighbouring neighboring nearby".split())
# "crossed the river to escape fighting in the Chadian capital of N'Djamena": fled from
_ESCAPED_IN = re.compile(r"\b(?:escape|escaping|escaped|flee|fleeing|fled)\s+(?:the\s+)?"
                         r"(?:fighting|violence|clashes|war|conflict|attacks|bombing|shelling|"
                         r"unrest|hostilities)\s+(?:in|around|near)(?:\s+[\w'’-]+){0,4}$")
_PEOPLE = frozenset("""people refugees migrants civilians residents ukrainians armenians
rohingyas rohingya evacuees families""".split())
_ARRIVAL = frozenset("""arrived arriving arrive entered entering reached reaching received
crossed crossing headed heading decamped went returned""".split())
# "KOSLANDA, Sri Lanka — ": a place in capitals, its country, a dash
# ("Kipnuk, population 715": a place and its people)
_OWNS_PEOPLE = re.compile(r"['’]s\s+(?:\w+\s+)?(?:population|residents|inhabitants|people)\b"
                          r"|,\s+population\s+\d")
# "in northern Syria": a preposition and one word, apart; not "in-charge Imran"
_IN_ONE_WORD = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(_PREPOSITIONS))
                          + r")\s+[a-z]+\s+$", re.I)
_SPEAKS = re.compile(r"\s+(?:said|says|reported|reports|told|announced|added|estimated)\b")
_HEAD_ALONE = frozenset({"Republic", "Kingdom", "Union", "State", "Nation", "Federation"})
_LED = re.compile(r"-(?:led|backed|run|based|owned|funded|linked|allied|aligned|born)$")
_BODY_AFTER = re.compile(r"(?:\s+[A-Z][a-z]+){0,2}\s+(?:Council|Committee|Cross|Crescent|Agency|"
                         r"Ocean|Sea|Institute|Association|Society|Foundation|Alliance|"
                         r"Federation)\b")
_WITH_COUNT = re.compile(r"\s+with\s+(?:(?:about|around|over|nearly|some)\s+)?\d")
_RESIDENTS = re.compile(r"\s+(?:residents|inhabitants)\b")  # "3,000 Louisiana residents"
GENERIC_DESTINATION = re.compile(r"\b(?:into|to|in)\s+(?:the\s+)?(?:neighbou?ring|other|"
                                  r"nearby|third|several)\s+countries\b|\babroad\b", re.I)


@dataclass(frozen=True)
class Place:
    start: int
    end: int
    key: str  # the place id: the registry's, else the name in snake_case
    role: str | None  # origin | destination | None
    demonym: bool = False  # "Turkish": a place, but not one the story names
    qualifier: bool = False  # "Louisiana" in "Vidalia, Louisiana": not the subject
    landmark: bool = False  # "80km north of Melbourne": locates another; not the subject
    whole: str | None = None  # "north India": the place it is a part of


class Places:
    def __init__(self, text: str, registry: dict | None = None, skip=()):
        """`registry`: the registry's places, alias or name in snake_case -> id;
        `skip`: spans not to read (metadata: captions and the like)."""
        self.text = text
        self.skip = list(skip)
        self.registry = {name: key for name, key in (registry or {}).items()
                         if name not in NO_NAMES and key not in NO_NAMES}  # a file's "the"
        found = sorted((p for p in self._find() if not any(
            span.start <= p.start < span.end for span in self.skip)), key=lambda p: p.start)
        declared = set(self.registry.values())
        found = one_spelling(not_speakers(title_case_checked(fold_compounds(
            found, text, declared), text), text, declared), declared)
        self.found = with_landmarks(text, compass_parts(text, regions_apart(
            text, without_storms(text, found))))
        # "India's Kerala": the story is about the place owned, not its owner
        owners = {p.key for p in self.found if re.match(r"['’]s\s+[A-Z]", text[p.end:p.end + 4])
                  and any(q.start == p.end + 3 for q in self.found)}
        roll = listed(text, self.found)  # "in Bauchi, Plateau, Taraba ...": no subject
        # (not "the Uttar Pradesh government": whose officials speak, not where)
        keys = Counter(p.key for p in self.found if not (p.demonym or p.landmark)
                       and p.key not in owners and p.start not in roll
                       and not RULES_AFTER.match(text, p.end))
        title = text.lstrip().split("\n", 1)[0]
        # the title names what the story is about, and the body names it again (not
        # the section of "February 23, 2011 in Nation/World"); a dateline's country
        # ("BURABURI, India —") is named in the body too
        # (in the order first met, as a tie goes to the first: a set's order varies by run)
        body = dict.fromkeys(p.key for p in self.found if p.start >= text.find(title) + len(title)
                             and not p.qualifier and not RULES_AFTER.match(text, p.end))
        for country in self._dateline_countries():
            keys[country] += 1
            body.setdefault(country)
        named = {SHORT_FORMS.get(m.group()) or snake(m.group()) for m in RUN.finditer(title)
                 if not RULES_AFTER.match(title, m.end())}  # ("UP govt orders probe")
        for key in body:
            if len(title.split()) <= 20 and (key in named or (  # "UK heatwave": britain's,
                    spellings_of(key) & named and not named & set(keys) - {key})):
                keys[key] += 3  # when the title names no other place the body names
        origins = Counter(p.key for p in self.found if p.role == "origin")
        self.destinations = {p.key for p in self.found if p.role == "destination"}
        self.generic_destination = bool(GENERIC_DESTINATION.search(text))
        self.main = most_named(text, self.found, keys)
        others = Counter(p.key for p in self.found if p.key not in self.destinations)
        # with no origin named, the people's own country ("Syrians fleeing to ..."),
        # else the story's own place, is where people leave from
        peoples = self._peoples()
        if not origins and peoples:
            self.main_origin = peoples.most_common(1)[0][0]
        else:
            self.main_origin = self.main if self.main in origins or (
                not origins and self.main not in self.destinations) else (
                origins.most_common(1) or others.most_common(1) or [(self.main, 0)])[0][0]
        self.main = dateline_site(self) or event_site(
            text, self.found, self.main, country_keys()) \
            or addressed_site(text, self.found, self.main) or self.main

    def city_meant(self, place: Place) -> str | None:
        """The dateline's city where the story names it by what it is: "in Taiwan's
        second-largest city" under "KAOHSIUNG, Taiwan —" is Kaohsiung."""
        kind = OWNED_KIND.match(self.text, place.end)
        if kind is None or kind.group(1):
            return None
        for span in self.skip:
            dateline = _PLACE_DATELINE.match(self.text, span.start, span.end)
            if dateline is not None and place.key == (
                    self.registry.get(snake(dateline[2])) or snake(dateline[2])):
                return self.registry.get(snake(dateline[1].title())) \
                    or snake(dateline[1].title())
        return None

    def _named(self, key: str) -> int:
        return sum(p.key == key and not p.demonym for p in self.found)

    def _dateline_countries(self) -> list[str]:
        found = (_PLACE_DATELINE.match(self.text, span.start, span.end) for span in self.skip)
        return [self.registry.get(snake(d[2])) or snake(d[2]) for d in found if d is not None]

    def _main_and_whole(self) -> set:
        """The main place, and the place it is a part of ("central Sri Lanka")."""
        return {self.main} | {p.whole for p in self.found if p.key == self.main}

    @cached_property
    def several_destinations(self) -> bool:
        # "entered Mizoram in India" and "entered India": one destination, two scales
        outer = containers(self.text, self.found)
        return len({outermost(key, outer) for key in self.destinations}) >= 2 \
            or self.generic_destination

    def names(self) -> dict[str, list[str]]:
        """Place id -> the names the text gives it, most frequent first (the first is
        its `name`, the rest its `aliases`), for the places the text itself names."""
        seen: dict[str, Counter] = {}
        demonyms = lexicon().demonyms
        for place in self.found:
            surface = " ".join(self.text[place.start:place.end].split())
            if place.demonym:
                surface = demonyms.get(surface.lower(), surface)
            seen.setdefault(place.key, Counter())[surface] += 1
        # the name the id spells first ("Karabakh" before "Nagorno-Karabakh"), then by use
        return {key: sorted(names, key=lambda n: (snake(n) != key, -names[n]))
                for key, names in seen.items()}

    def between(self, start: int, end: int) -> list[Place]:
        return [p for p in self.found if start <= p.start < end]

    def _find(self):
        seen: set[tuple[int, int]] = set()
        confirmed = set(self.registry.values())
        pending, last_end, owner_qualifies, qualifiers = [], -10, False, {}
        for match in RUN.finditer(self.text):
            for start, end, name in names_in(match):
                key = self.registry.get(snake(name)) or SHORT_FORMS.get(name) \
                    or peak_key(name, self.text)
                possessive = self.text[end:end + 2] in ("’s", "'s")
                role = None if possessive else self._role(start, end)
                # "Vidalia, Louisiana"; "West Darfur (23.86%), White Nile (19.65%) and ..."
                gap = self.text[last_end:start] if last_end >= 0 else ""
                # ... and a list by semicolons: "Congo (21,186); Rwanda (73,926); and Zambia"
                # ... and "Washington, St. Louis 41 C, and Indianapolis 40 C"
                # ... and "Rajasthan with 267 deaths and Madhya Pradesh with 160"
                follows = re.fullmatch(r"\s*(?:\([^()\n]{0,40}\)|[\d.,]+\s*[A-Za-z°%]{0,3}|with\s+"
                                       r"[\d.,]+(?:\s+[a-z]+)?)?\s*(?:[,;]|[,;]?\s+and)\s*#?",
                                       gap) is not None
                if self._is_place(start, name, key, role, follows):
                    confirmed.add(key)
                    seen.add((start, end))
                    last_end = end
                    # "Vidalia, Louisiana", "North Kivu province in the east of the
                    # Democratic Republic of Congo": the second names where the first is
                    # ("Sabratha, #Libya" in a quoted tweet: the hashtag is the name)
                    # ("Agra was the most-affected district in UP": Agra's counts)
                    qualifier = role is None and (
                        gap.strip() in (",", ", #") or within(gap, self.text, end)
                        or (gap == " (" and self.text[end:end + 1] == ")")  # "Hathras (UP)"
                        or bool(KIND_IN.fullmatch(gap) or KIND_APPOSED.fullmatch(gap))
                        or (gap in ("’s ", "'s ") and owner_qualifies)) \
                        and not re.match(r"\s*\d", self.text[end:end + 3])
                    # ("Kunshan in east China's Jiangsu Province": both say where Kunshan is)
                    owner_qualifies = qualifiers[start] = qualifier
                    yield Place(start, end, key, role, qualifier=qualifier)
                else:
                    pending.append(Place(start, end, key, None))
        demonyms = list(self._demonyms())
        # a country whose people the text names ("Haitians") is a place the text knows
        confirmed |= {p.key for p in demonyms} | set(self._peoples()) \
            | title_event_place(self.text, pending) - NOT_PLACES  # "Kelantan flood evacuees"
        # a country the lexicon knows is a place wherever it stands ("Greece has
        # processed 40,000 applications", "Ukraine says ...")
        confirmed |= {snake(country) for country in lexicon().demonyms.values()} \
            | set(SHORT_FORMS.values()) | {k for k in known_spellings() if len(k) > 4}
        # ("Congo", "Ivory Coast"; not "US$460 million", "CAR": a short form says less)
        owners = {end: start for start, end in seen}
        for place in pending:  # "Stepanakert’s population": a place met elsewhere, or
            # one whose people the possessive counts, or one a place owns after a place
            # preposition ("in India's Kerala"; not "Russia's Putin"); "152,000 Israeli
            # residents" are Israel's people, no place named "Israeli"
            owner = owners.get(place.start - 3)
            if owner is not None and re.fullmatch(r"['’]s\s", self.text[
                    place.start - 3:place.start]) and _after_preposition(self.text, owner) \
                    and not NOT_PLACES & set(self.text[place.start:place.end].lower().split()):
                confirmed.add(place.key)
            name = self.text[place.start:place.end]
            owns_people = _OWNS_PEOPLE.match(self.text, place.end) or (
                _RESIDENTS.match(self.text, place.end) and " " not in name and re.search(
                    r"\d\s+$", self.text[:place.start]) and name.lower() not in lexicon().demonyms)
            short = self.text[place.start - 1:place.start] == "(" and place.key.isalpha() and \
                name.isupper()
            if (place.key in confirmed or owns_people) and (place.start, place.end) not in seen \
                    and not short and not ORG_OF.search(self.text, max(0, place.start - 40),
                                                            place.start):
                yield replace(place, qualifier=qualifiers.get(owner, False))
        yield from demonyms

    def _is_place(self, start: int, name: str, key: str, role: str | None,
                  follows_place: bool) -> bool:
        if " " not in name and name.lower().rstrip(".") in NO_NAMES:
            return False  # "The volcano peaks at", "City authorities": no name
        if snake(name) in self.registry or VOLCANO_AFTER.match(self.text, start + len(name)) \
                or re.match(r"(?:Mount|Mt\.?)\s", name):
            return True  # "Mount Merapi", "the Tungurahua volcano": a peak is a place
        if not_a_name(self.text, start, name) or name in _HEAD_ALONE:
            return False  # "Meteorological officials", "the President of the Republic"
        if INSTITUTION.match(self.text, start + len(name)) or _LED.search(name) or (
                re.fullmatch(r"[A-Z]{2,6}", name) and key not in known_spellings()
                and name not in SHORT_FORMS):
            return False  # "of NPR": an acronym no country spells is a body; "Taliban-led"
        if RIVER_AFTER.match(self.text, start + len(name)) or NO_PLACE_BEFORE.search(
                self.text, max(0, start - 40), start):
            return False  # "the surging waters of Brahmaputra", "the size of Manhattan"
        if self.text[start - 1:start] == "(" and (name.isupper() or (
                " " not in name and self.text[start + len(name):start + len(name) + 1] == ")")):
            return False  # "(RSF)", "(CalFire)": the short form of the name before it
        if ORG_OF.search(self.text[max(0, start - 40):start]):
            return False  # "Department of Forestry and Fire Prevention": an office's field
        if LEVEL_OF.match(self.text, start + len(name) - len(name.split()[-1])):
            return False  # "the US State of Louisiana": the place is the one after "of"
        words = name_words(name)
        if words[-1] == "hospital":  # "Liyari General Hospital": no general's
            words = [w for w in words if w != "general"]
        # ("of the" inside a name: "Democratic Republic of the Congo")
        if any(w in NOT_PLACES for w in words[:1] + [w for w in words[1:] if w != "the"]) \
                or (len(name) < 3 and name not in SHORT_FORMS) or (
                len(words) == 1 and (words[0] in lexicon().demonyms
                                     or words[0].removesuffix("s") in lexicon().demonyms)) \
                or " ".join(words).removesuffix("s") in lexicon().demonyms \
                or (len(words) == 2 and words[0] in DIRECTIONS
                    and re.fullmatch(REGION_PEOPLE, words[1])):
            return False  # "Turkish", "the number of Syrians", "South Korean", "the
            # Central American country": people, or an adjective
        if KIND_BEFORE.search(self.text, max(0, start - 30), start):
            return True  # "Malawi's commercial capital Blantyre", "the town of Oso"
        if STATE_AFTER.match(self.text, start + len(name)) and " " not in name:
            # "Burma state-run television", "Bangladesh Prime Minister"; not "the Ortega
            # government" where the text names "Daniel Ortega"
            return not surname(self.text, name)
        previous = [w.lower() for w in words_before(self.text, start, 2)]
        cased = words_before(self.text, start, 2, keep_case=True)
        if previous == ["according", "to"] or (previous[-1:] in (["a"], ["an"]) and " " not in
                                                 name and snake(name) not in country_keys()):
            return False  # "according to Xinhua": a source; "an Edhi morgue": what kind
        if station_reading(self.text, start, name):
            return True  # "Wodonga recorded more than 50 millimetres of rain": a station
        if _SPEAKS.match(self.text, start + len(name)) and not (
                previous and previous[-1] in _PREPOSITIONS):
            return False  # "CalFire said": a speaker; not "the government in Miyagi said"
        if re.match(r"(?:\s+(?:state|province|district|county|region|city|town|village))?"
                    r",\s+(?:where|which)\b|\s+(?:province|district|county)\s+where\b",
                    self.text[start + len(name):start + len(name) + 20]):
            return True  # "Muzaffarabad, where 11,000 died", "the Kandy district where"
        if any(kind.match(self.text, start + len(name))
               for kind in (KIND_AFTER_BE, KIND_AFTER, KIND_APPOSED)):
            return True  # "Agra was the most-affected district in UP", "Dholapur
            # district in Rajasthan", "Yubari, a city on Japan's northern island"
        if previous[-2:] == ["followed", "by"] and _WITH_COUNT.match(self.text, start + len(name)):
            return True  # "followed by Rajasthan with 267 deaths": places ranked
        if len(words) > 1 and words[-1] in KIND_LAST:
            return True  # "Mures County – 145 cases": a name that says its kind
        three = [w.lower() for w in words_before(self.text, start, 3)]
        if len(three) == 3 and three[0] in _PREPOSITIONS and three[1] == "the" \
                and (three[2] in DIRECTIONS or three[2] in _BEFORE_A_NAME):
            return True  # "in the northern Cabo Delgado province", "in the nearby Sidama"
        return role is not None or follows_place or bool(
            previous and (previous[-1] in _BEFORE_PLACE or (
                len(previous) == 2 and previous[0] in _PREPOSITIONS
                and cased[1].islower() and _IN_ONE_WORD.search(self.text, 0, start))
                or previous[-2:] in (
                    [verb, "the"] for verb in _STRUCK)))  # "hitting the Philippines"

    def _role(self, start: int, end: int) -> str | None:
        previous = words_before(self.text, start, 6)
        if len(previous) > 2 and previous[-1] == "s" and re.search(r"['’]s\s+$", self.text[
                max(0, start - 4):start]):
            previous = previous[:-2]  # "from Greece's Idomeni": the place its country owns
        while previous and previous[-1] in _BEFORE_A_NAME:  # "into the Central African
            previous = previous[:-1]  # Republic", "from neighboring Pakistan"
        if not previous:
            return None
        last = previous[-1]
        if last in _FLIGHT or (last == "from" and any(
                w in _FLIGHT | _DISPLACED for w in previous)) \
                or _ESCAPED_IN.search(" ".join(words_before(self.text, start, 9))):
            return "origin"
        if last in ("into", "entered", "reached"):
            return "destination"
        near, people = previous[-4:-1], any(w in _PEOPLE for w in previous)
        if last in ("to", "for") and any(w in _FLIGHT | _DISPLACED for w in near):
            return "destination"
        if last in ("to", "for", "in") and people and any(w in _ARRIVAL for w in near):
            return "destination"
        return None

    def _peoples(self) -> Counter:
        """Countries whose people the text counts on the move: "Syrians", "Ukrainians"."""
        demonyms = lexicon().demonyms
        found = Counter()
        for match in re.finditer(r"\b([A-Z][a-z]+)s\b", self.text):
            name = demonyms.get(match.group(1).lower())
            if name is not None and not any(s.start <= match.start() < s.end for s in self.skip):
                found[self.registry.get(snake(name)) or snake(name)] += 1
        return found

    def _demonyms(self):
        demonyms = lexicon().demonyms
        inside_pair = -1
        for match in re.finditer(r"\b[A-Z][a-z]+\b", self.text):
            if match.start() < inside_pair:
                continue  # the second word of a pair: "Sudanese" in "South Sudanese"
            end, name = match.end(), None
            after = re.match(r"\s+([A-Z][a-z]+)\b", self.text[match.end():match.end() + 30])
            if after is not None:
                name = demonyms.get(f"{match.group().lower()} {after.group(1).lower()}")
                if name is not None:
                    end = inside_pair = match.end() + after.end()
                elif match.group().lower() in DIRECTIONS | {"latin"} \
                        and re.fullmatch(REGION_PEOPLE, after.group(1).lower()):
                    inside_pair = match.end() + after.end()  # "Central American": no US
                    continue
            name = name or demonyms.get(match.group().lower())
            if name is not None and not re.match(r"-[a-z]", self.text[end:end + 2]) \
                    and not _BODY_AFTER.match(self.text, end):
                # (not "a South Korean-built dam": who built it, not where it is; nor the
                # "Norwegian Refugee Council": a body's name; nor the "Indian Ocean")
                key = self.registry.get(snake(name)) or peak_key(name, self.text)
                yield Place(match.start(), end, key, None, demonym=True)


def _after_preposition(text: str, start: int) -> bool:
    """A place preposition before `start`, or before a compass word there ("in India's
    Kerala", "in east China's Jiangsu Province")."""
    before = [w.lower() for w in words_before(text, start, 2)] or ["?"]
    return before[-1] in _BEFORE_PLACE or (
        len(before) == 2 and before[-1] in DIRECTIONS and before[0] in _BEFORE_PLACE)
