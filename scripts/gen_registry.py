"""Generate a synthetic claim registry of about N claims for benchmarks.

The default ("varied") layout reads like a conflict desk's registry: regions, each
with one to three towns within it (now and then a district within a town), whose
population, people who left and people who remained are reported by several
documents from several outlets and speakers, each on its own date. The counts follow
a hidden truth (an exodus that grows over a fortnight), so every claim is true in
the words used ("over 12,000", "about 47,000", "fewer than 900", "between 55,000 and
75,000", "tens of thousands", "nearly all" of the population) and the registry
agrees, except:

- one region in `conflicts_every` is contradicted: a count with a slipped zero,
  a first estimate revised far down the next day (a `trend`), or two sources that
  disagree on one count on one day;
- bare rounded numbers ("47,000 people") may conflict when read exactly (`rounding`),
  as they do in real reporting.

Departures are declared `non-decreasing` and regional remainders `non-increasing`;
every place has an accounting relation. A batch of regions shares one atlas file
(places, quantities, relations) and a reference census without text; each report is
a file of its own with its article under `sources/`, covering a few regions of its
batch. Some regions also have an evacuation with a start and end date and a
duration. Each region forms one independent group of linked quantities, each
evacuation another, so groups stay small however large the registry grows.

The "simple" layout is the older one: one region and its two towns per group, nine
claims each, twenty regions per file (the engine tests use it).

    python scripts/gen_registry.py OUT_DIR --claims 10000
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import random
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Generated:
    claims: int = 0
    groups: int = 0  # independent groups of linked quantities (one per region, evacuation)
    documents: int = 0
    files: int = 0


def generate(out: Path, claims: int, conflicts_every: int = 10, seed: int = 7,
             layout: str = "varied") -> int:
    """Write a registry of about `claims` claims under `out`; the number written."""
    return generate_registry(out, claims, conflicts_every, seed, layout).claims


def generate_registry(out: Path, claims: int, conflicts_every: int = 10, seed: int = 7,
                      layout: str = "varied") -> Generated:
    if layout == "simple":
        return _simple(out, claims, conflicts_every, seed)
    return _Varied(out, claims, conflicts_every, seed).write()


# ---------------------------------------------------------------- numbers in words

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve"]
MONTHS = ["", "January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
START = dt.date(2023, 9, 18)  # the day before the exodus begins everywhere


def _n(value: int) -> str:
    return f"{value:,}"


def _unit(value: int) -> int:
    """The unit of the second significant digit: 47,312 -> 1,000."""
    return 10 ** max(0, len(str(abs(value))) - 2)


def _floor2(value: int) -> int:
    unit = _unit(value)
    return value // unit * unit


def _ceil2(value: int) -> int:
    unit = _unit(value)
    return -(-value // unit) * unit


def _round2(value: int) -> int:
    unit = _unit(value)
    return (value + unit // 2) // unit * unit


def _day_text(day: dt.date) -> str:
    return f"{MONTHS[day.month]} {day.day}, {day.year}"


# ---------------------------------------------------------------- how counts are told

def count_phrase(truth: int, rng: random.Random, measure: str) -> tuple[str, str] | None:
    """A value phrase true of `truth` and the words a quote holds for it:
    (value, words). Words are what the article prints before the noun."""
    choices = []
    if truth >= 20:
        low = _floor2(truth)
        if low == truth:
            low -= _unit(truth)
        if low > 0:
            word = rng.choice(["over", "more than"])
            choices.append((f"{word} {_n(low)} people", f"{word} {_n(low)}"))
            choices.append((f"at least {_n(_floor2(truth))} people",
                            f"at least {_n(_floor2(truth))}"))
        about = _round2(truth)
        word = rng.choice(["about", "around", "roughly", "some"])
        choices.append((f"{word} {_n(about)} people", f"{word} {_n(about)}"))
        high = _ceil2(truth)
        if high == truth:
            high += _unit(truth)
        choices.append((f"nearly {_n(high)} people", f"nearly {_n(high)}"))
        if measure == "remaining":
            choices.append((f"fewer than {_n(high)} people", f"fewer than {_n(high)}"))
            choices.append((f"as many as {_n(_ceil2(truth))} people",
                            f"as many as {_n(_ceil2(truth))}"))
        lo, hi = _floor2(truth * 9 // 10), _ceil2(truth * 11 // 10 + 1)
        if 0 < lo < hi:
            choices.append((f"between {_n(lo)} and {_n(hi)} people",
                            f"between {_n(lo)} and {_n(hi)}"))
    if truth >= 10_000:
        bare = (truth + 500) // 1000 * 1000  # rounded: read as +-500 or wider
        choices.append((f"{_n(bare)} people", _n(bare)))
    elif 0 < truth < 10_000:
        choices.append((f"{_n(truth)} people", _n(truth)))  # a small count is exact
    vague = [("tens of thousands", 20_000, 100_000), ("thousands", 2_000, 10_000),
             ("a few thousand", 2_000, 5_001), ("several thousand", 3_000, 9_001),
             ("hundreds", 200, 1_000)]
    for words, lo, hi in vague:
        if lo <= truth < hi:
            choices.append((f"{words} of people", f"{words} of"))
    return rng.choice(choices) if choices else None


SHARES = [("virtually all", 0.95, 1.0), ("nearly all", 0.9, 1.0),
          ("more than half", 0.5, 1.0)]


# ---------------------------------------------------------------- the hidden truth

@dataclass
class Place:
    id: str
    name: str
    within: str | None
    population: int
    # leaves: (population, start day offset, pace in days, final share leaving)
    parts: list[tuple[int, int, float, float]] = field(default_factory=list)

    def departed(self, day: dt.date) -> int:
        return sum(_left(part, day) for part in self.parts)

    def remaining(self, day: dt.date) -> int:
        # a few per thousand die or cannot be counted: remaining + departed <= population
        return sum(pop - _left((pop, s, pace, share), day) - pop // 400
                   for pop, s, pace, share in self.parts)


def _left(part, day: dt.date) -> int:
    pop, start, pace, share = part
    elapsed = (day - START).days - start
    if elapsed <= 0:
        return 0
    return int(pop * share * (1 - math.exp(-elapsed / pace)))


@dataclass
class Cluster:
    index: int
    region: Place
    places: list[Place]  # the region first, then towns and districts
    conflict: str | None
    evacuation: tuple[dt.date, dt.date] | None
    mentions: int = 0


@dataclass
class Claim:
    quantity: str
    value: str
    quote: str  # as the YAML quotes it
    sentence: str  # the article's sentence holding the quote
    by: str | None
    as_of: dt.date | None


SPEAKERS = ["UN refugee agency", "regional officials", "the Red Cross",
            "the interior ministry", "local volunteers", "a border official"]
OUTLETS = ["Associated Press", "Reuters", "Agence France-Presse", "BBC News",
           "Al Jazeera", "The Guardian", "Eurasianet", "OC Media"]
FILLERS = ["Buses were still leaving at dawn.", "Aid groups described long queues at "
           "the checkpoint.", "Roads out of the area were jammed for days.",
           "Many families left with a single suitcase.", "Shelters across the border "
           "were full by the evening."]
NAMES = ["Ar", "Be", "Ka", "Do", "Ve", "Lo", "Mi", "Sa", "Ta", "Zo", "Ne", "Ri"]


def _place_name(rng: random.Random) -> str:
    return "".join(rng.choice(NAMES) for _ in range(rng.randrange(2, 4))).capitalize()


class _Varied:
    BATCH = 12  # regions per atlas file

    def __init__(self, out: Path, target: int, conflicts_every: int, seed: int):
        self.out, self.target = out, target
        self.conflicts_every = conflicts_every
        self.rng = random.Random(seed)
        self.stats = Generated()

    def write(self) -> Generated:
        self.out.mkdir(parents=True, exist_ok=True)
        batch = 0
        while self.stats.claims < self.target:
            self._batch(batch)
            batch += 1
        return self.stats

    # -- one batch: an atlas, a census and a dozen reports --------------------------
    def _batch(self, batch: int) -> None:
        rng = self.rng
        folder = self.out / f"batch-{batch:04d}"
        (folder / "sources").mkdir(parents=True, exist_ok=True)
        clusters = [self._cluster(batch * self.BATCH + i) for i in range(self.BATCH)]
        self._atlas(folder, batch, clusters)
        self._census(folder, batch, clusters)
        reports = []
        for number in range(self.BATCH):
            covered = rng.sample(clusters, rng.randrange(2, 6))
            reports.append((number, covered))
        for cluster in clusters:  # every region is reported at least once
            if not any(cluster in covered for _, covered in reports):
                reports[rng.randrange(len(reports))][1].append(cluster)
        for number, covered in reports:
            self._report(folder, batch, number, covered)
            if self.stats.claims >= self.target:
                break
        self.stats.groups += len(clusters)

    def _cluster(self, index: int) -> Cluster:
        rng = self.rng
        region_id = f"region_{index}"
        region = Place(region_id, f"{_place_name(rng)} region", None, 0)
        places = [region]
        conflict = None
        if self.conflicts_every and index % self.conflicts_every == self.conflicts_every // 2:
            conflict = ("typo", "falling", "disagree")[index // self.conflicts_every % 3]

        def part(pop: int) -> tuple[int, int, float, float]:
            return (pop, rng.randrange(1, 5), rng.uniform(1.5, 6.0), rng.uniform(0.6, 0.99))

        rural = part(rng.randrange(5_000, 120_000))
        region.parts.append(rural)
        for t in range(rng.choice([1, 2, 2, 3])):
            town = Place(f"town_{index}_{t + 1}", _place_name(rng), region_id, 0)
            town.parts.append(part(rng.randrange(800, 90_000)))
            if t == 0 and rng.random() < 0.25:
                district = Place(f"district_{index}_1", f"{_place_name(rng)} quarter",
                                 town.id, 0)
                district.parts.append(part(rng.randrange(300, 20_000)))
                town.parts.extend(district.parts)
                district.population = sum(p[0] for p in district.parts)
                places.append(town)
                places.append(district)
            else:
                places.append(town)
            town.population = sum(p[0] for p in town.parts)
            region.parts.extend(town.parts)
        region.population = sum(p[0] for p in region.parts)
        evacuation = None
        if rng.random() < 0.3:
            begin = START + dt.timedelta(days=rng.randrange(2, 6))
            evacuation = (begin, begin + dt.timedelta(days=rng.randrange(4, 10)))
        return Cluster(index, region, places, conflict, evacuation)

    def _atlas(self, folder: Path, batch: int, clusters: list[Cluster]) -> None:
        lines = [f"# Places and rules of batch {batch}: regions, the towns within "
                 "them, what only grows.", "places:"]
        for cluster in clusters:
            for place in cluster.places:
                within = f", within: {place.within}" if place.within else ""
                lines.append(f"  {place.id}: {{name: {place.name}{within}}}")
        lines.append("")
        lines.append("quantities:")
        for cluster in clusters:
            for place in cluster.places:
                lines.append(f"  {place.id}.departed: {{trend: non-decreasing}}")
                # Declared, as the rule unknown-quantity asks of a name a relation
                # uses: not every place's count is claimed by some report.
                lines.append(f"  {place.id}.population: {{unit: people}}")
                if place is not cluster.region:
                    lines.append(f"  {place.id}.remaining: {{unit: people}}")
            lines.append(f"  {cluster.region.id}.remaining: {{trend: non-increasing}}")
        lines.append("")
        lines.append("relations:")
        for cluster in clusters:
            for place in cluster.places:
                lines += [f"  - id: {place.id}-accounting",
                          f"    holds: {place.id}.departed + {place.id}.remaining <= "
                          f"{place.id}.population",
                          "    why: every resident either left or stayed; some died"]
        (folder / "atlas.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
        self.stats.files += 1

    def _census(self, folder: Path, batch: int, clusters: list[Cluster]) -> None:
        """A reference document (no text): some places' population, exactly."""
        rng = self.rng
        lines = ["document:", f"  id: census-{batch}",
                 f"  title: Population census, batch {batch}",
                 "  url: https://example.org/census", "  published: 2023-01-15", "",
                 "claims:"]
        count = 0
        for cluster in clusters:
            for place in cluster.places:
                if rng.random() < 0.3:
                    lines += [f"  - id: census-{place.id}", "    by: national census",
                              f"    quantity: {place.id}.population",
                              f"    value: {_n(place.population)} people"]
                    count += 1
        if count:
            (folder / "census.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
            self.stats.claims += count
            self.stats.documents += 1
            self.stats.files += 1

    # -- one report --------------------------------------------------------------
    def _report(self, folder: Path, batch: int, number: int, covered: list[Cluster]) -> None:
        rng = self.rng
        doc_id = f"report-{batch}-{number}"
        published = START + dt.timedelta(days=rng.randrange(4, 19))
        outlet = rng.choice(OUTLETS)
        claims: list[Claim] = []
        paragraphs = []
        for cluster in covered:
            speaker = rng.choice(SPEAKERS + [None])
            as_of = published - dt.timedelta(days=rng.randrange(0, 3))
            made = self._mention(cluster, as_of, published, speaker)
            cluster.mentions += 1
            claims += made
            sentences = [c.sentence[0].upper() + c.sentence[1:] for c in made]
            sentences.insert(rng.randrange(len(sentences) + 1), rng.choice(FILLERS))
            paragraphs.append(" ".join(sentences))
        title = f"Exodus update from {outlet}"
        text = f"{title}\n\n" + "\n\n".join(paragraphs) + "\n"
        (folder / "sources" / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        lines = ["document:", f"  id: {doc_id}", f"  title: {title}",
                 f"  text: sources/{doc_id}.txt", f"  publisher: {outlet}",
                 f"  published: {published.isoformat()}", "", "claims:"]
        for i, claim in enumerate(claims):
            lines += [f"  - id: {doc_id}-{i + 1}", f'    quote: "{claim.quote}"']
            if claim.by:
                lines.append(f"    by: {claim.by}")
            if claim.as_of:
                lines.append(f"    as_of: {claim.as_of.isoformat()}")
            lines += [f"    quantity: {claim.quantity}", f"    value: {claim.value}"]
        (folder / f"{doc_id}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
        self.stats.claims += len(claims)
        self.stats.documents += 1
        self.stats.files += 1

    def _mention(self, cluster: Cluster, as_of: dt.date, published: dt.date,
                 speaker: str | None) -> list[Claim]:
        """What one report says of one region: a few counts at one date."""
        rng = self.rng
        said = f"{speaker} said" if speaker else "According to the report,"
        out: list[Claim] = []
        day = f"{MONTHS[as_of.month]} {as_of.day}"
        wanted = rng.randrange(2, 6)
        subjects = [cluster.region] * 2 + cluster.places
        tries = 0
        while len(out) < wanted and tries < 12:
            tries += 1
            place = rng.choice(subjects)
            measure = rng.choice(["departed", "departed", "remaining", "population", "share"])
            claim = self._count(place, measure, as_of, day, said, speaker)
            if claim is not None and all(c.quantity != claim.quantity for c in out):
                out.append(claim)
        if not out:
            out.append(self._count(cluster.region, "population", as_of, day, said, speaker)
                       or self._count(cluster.region, "departed", as_of, day, said, speaker))
        if cluster.conflict and cluster.mentions == 0:
            out += self._contradiction(cluster, as_of, day, said, speaker)
        if cluster.evacuation and cluster.mentions == 0:
            out += self._evacuation(cluster, published, speaker)
        return [c for c in out if c is not None]

    def _count(self, place: Place, measure: str, as_of: dt.date, day: str, said: str,
               speaker: str | None) -> Claim | None:
        rng = self.rng
        name = place.name
        if measure == "share":
            departed, population = place.departed(as_of), place.population
            fitting = [s for s in SHARES if s[1] * population <= departed < s[2] * population
                       and (s[0] != "more than half" or departed > population // 2)]
            if not fitting:
                return None
            words = fitting[0][0]
            quote = f"{words} of the residents of {name} have fled"
            return Claim(f"{place.id}.departed / {place.id}.population", words, quote,
                         f"{said} {quote} by {day}.", speaker, as_of)
        if measure == "population":
            value, words = count_phrase(place.population, rng, "population") or (None, None)
            if value is None or value.startswith(("nearly", "over", "more", "at least")):
                return None
            quote = f"home to {words} people"
            sentence = f"{name} was {quote} before the fighting."
            return Claim(f"{place.id}.population", value, quote, sentence, speaker, None)
        truth = place.departed(as_of) if measure == "departed" else place.remaining(as_of)
        phrase = count_phrase(truth, rng, measure)
        if phrase is None:
            return None
        value, words = phrase
        if measure == "departed":
            quote = f"{words} people had left {name}"
            sentence = rng.choice([f"{said} {quote} by {day}.",
                                   f"By {day}, {quote}, the report said."])
        else:
            quote = f"{words} people remained in {name}"
            sentence = f"{said} {quote} on {day}."
        return Claim(f"{place.id}.{measure}", value, quote, sentence, speaker, as_of)

    def _contradiction(self, cluster: Cluster, as_of: dt.date, day: str, said: str,
                       speaker: str | None) -> list[Claim]:
        region = cluster.region
        truth = region.departed(as_of)
        name = region.name
        if cluster.conflict == "typo" and truth * 10 > region.population * 2:
            wrong = _floor2(truth) * 10  # a slipped zero
            return [Claim(f"{region.id}.departed", f"over {_n(wrong)} people",
                          f"over {_n(wrong)} had fled {name}",
                          f"In all, over {_n(wrong)} had fled {name} by {day}.",
                          speaker, as_of)]
        if cluster.conflict == "falling" and truth >= 100:
            # a first estimate the day before, later revised far down
            early = as_of - dt.timedelta(days=1)
            high = _floor2(truth * 5 // 4)
            low = _ceil2(truth) + _unit(truth)
            early_day = f"{MONTHS[early.month]} {early.day}"
            return [
                Claim(f"{region.id}.departed", f"at least {_n(high)} people",
                      f"at least {_n(high)} people had crossed from {name}",
                      f"At least {_n(high)} people had crossed from {name} by "
                      f"{early_day}, officials first said.", "first estimates", early),
                Claim(f"{region.id}.departed", f"fewer than {_n(low)} people",
                      f"fewer than {_n(low)} had crossed from {name}",
                      f"A day later, the count said fewer than {_n(low)} had crossed from "
                      f"{name}.", speaker, as_of)]
        if truth < 100:
            return []
        # two sources on one count on one day
        high = _floor2(truth * 13 // 10)
        low = _ceil2(truth) + _unit(truth)
        return [Claim(f"{region.id}.departed", f"more than {_n(high)} people",
                      f"more than {_n(high)} people have left {name}",
                      f"Aid workers say more than {_n(high)} people have left {name}.",
                      "aid workers", as_of),
                Claim(f"{region.id}.departed", f"fewer than {_n(low)} people",
                      f"fewer than {_n(low)} people have left {name}",
                      f"The government insists fewer than {_n(low)} people have left "
                      f"{name}.", "the government", as_of)]

    def _evacuation(self, cluster: Cluster, published: dt.date,
                    speaker: str | None) -> list[Claim]:
        begin, end = cluster.evacuation
        if end > published:
            end = published
        if end <= begin:
            return []
        self.stats.groups += 1  # start, end and duration: a group of their own
        event = f"evacuation_{cluster.index}"
        days = (end - begin).days
        name = cluster.region.name
        begin_text, end_text = _day_text(begin), _day_text(end)
        length = (f"{ONES[days]} days", f"{ONES[days]} days") if days < len(ONES) \
            else (f"{days} days", f"{days} days")
        return [
            Claim(f"{event}.start", begin_text,
                  f"the evacuation of {name} began on {begin_text}",
                  f"Officials said the evacuation of {name} began on {begin_text}.",
                  speaker, None),
            Claim(f"{event}.end", end_text, f"the last convoy left on {end_text}",
                  f"The last convoy left on {end_text}.", speaker, None),
            Claim(f"{event}.duration", length[0], f"after {length[1]} of departures",
                  f"The roads fell quiet after {length[1]} of departures.", speaker, None)]


# ---------------------------------------------------------------- the older, simple layout

ARTICLE = ("Officials said over {dep} people had left {place} by {day} September, "
           "of an estimated {pop} residents; fewer than {rem} remained.")


def _region_block(r: int, rng: random.Random, conflict: bool) -> tuple[list[str], list[str], str]:
    """Claims, relations and article text for one region and its two towns."""
    places = [f"region_{r}", f"town_{r}_a", f"town_{r}_b"]
    sizes = [rng.randrange(200, 400) * 1000, rng.randrange(30, 90) * 1000,
             rng.randrange(30, 90) * 1000]
    claims, relations, sentences = [], [], []
    for place, size in zip(places, sizes):
        day = rng.randrange(20, 29)
        dep = size // 2000 * 1000
        rem = size // 10
        if conflict and place == places[0]:
            dep = size * 2 // 1000 * 1000
        sentence = ARTICLE.format(dep=f"{dep:,}", place=place, day=day, pop=f"{size:,}",
                                  rem=f"{rem:,}")
        sentences.append(sentence)
        claims += [
            _simple_claim(f"{place}-dep", f"over {dep:,} people had left {place}", place,
                          "departed", f"over {dep:,} people", f"2023-09-{day}"),
            _simple_claim(f"{place}-pop", f"an estimated {size:,} residents", place,
                          "population", f"estimated {size:,} people", None),
            _simple_claim(f"{place}-rem", f"fewer than {rem:,} remained", place, "remaining",
                          f"fewer than {rem:,} people", f"2023-09-{day}"),
        ]
        relations.append(
            f"  - id: {place}-accounting\n"
            f"    holds: {place}.departed + {place}.remaining <= {place}.population\n")
    return claims, relations, " ".join(sentences)


def _simple_claim(cid, quote, place, measure, value, as_of) -> str:
    lines = [f"  - id: {cid}", f'    quote: "{quote}"', "    by: officials",
             f"    quantity: {place}.{measure}", f"    value: {value}"]
    if as_of:
        lines.insert(3, f"    as_of: {as_of}")
    return "\n".join(lines) + "\n"


def _simple(out: Path, claims: int, conflicts_every: int, seed: int) -> Generated:
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    (out / "sources").mkdir(exist_ok=True)
    regions = max(1, claims // 9)
    per_file = 20
    files = 0
    for start in range(0, regions, per_file):
        blocks = [_region_block(r, rng, conflicts_every and r % conflicts_every == 5)
                  for r in range(start, min(regions, start + per_file))]
        name = f"doc-{start // per_file:05d}"
        text = "\n\n".join(b[2] for b in blocks) + "\n"
        (out / "sources" / f"{name}.txt").write_text(text, encoding="utf-8")
        places = "".join(
            f"  region_{r}: {{name: Region {r}}}\n"
            f"  town_{r}_a: {{name: Town {r}A, within: region_{r}}}\n"
            f"  town_{r}_b: {{name: Town {r}B, within: region_{r}}}\n"
            for r in range(start, min(regions, start + per_file)))
        body = (f"document:\n  id: {name}\n  title: Synthetic report {name}\n"
                f"  text: sources/{name}.txt\n  published: 2023-10-03\n\n"
                f"places:\n{places}\nclaims:\n" + "".join(c for b in blocks for c in b[0])
                + "\nrelations:\n" + "".join(r for b in blocks for r in b[1]))
        (out / f"{name}.yaml").write_text(body, encoding="utf-8")
        files += 1
    return Generated(regions * 9, regions, files, files)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--claims", type=int, default=1000)
    parser.add_argument("--conflicts", type=int, default=10,
                        help="one region in this many is contradicted (0: none)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--layout", choices=["varied", "simple"], default="varied")
    args = parser.parse_args()
    made = generate_registry(args.out, args.claims, args.conflicts, args.seed, args.layout)
    print(f"{made.claims} claims, {made.groups} groups, {made.documents} documents, "
          f"{made.files} files")


if __name__ == "__main__":
    main()
