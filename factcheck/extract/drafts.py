"""Draft registry claims from mentions: quote, value phrase, suggested quantity. The
value phrase is written as draft_values.py says."""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path

from ..grammar.clauses import future_date_in
from ..registry.model import unique_id
from .asof import as_of
from .other_quakes import numbered_magnitude
from .place_lists import including_part, place_has_item, place_item, place_part
from .change import Change, change_of, factor_mentions
from .clocks import clock_only
from .mention import UNPARSED, Mention
from .metadata import inside, metadata_spans
from .amounts import AGE_WORDS, an_age
from .declared import declared_only
from .draft_values import below_zero, value_for, value_note
from .facilities import facility_count
from .forecasts import scenario
from .ordinals import one_of_several
from .periods import at_peak
from .owned import apposed_age, owned
from .places import Places, snake
from .clauses import SHARES
from .quantity import Namer
from .disagreeing import set_apart
from .each import each_place
from .other_events import other_events
from .stories import story_of
from .restated import bracketed, conversion, of_which, one_count
from .anaphora import referred
from .quote import distinct_quotes, quote_for, quote_from_sentence_start
from .readings import of_a_magnitude
from .share_names import denied_share
from .speaker import Speakers
from .speaker_days import statement_day
from .speaker_phrases import counts_speakers
from .text import Sentences, title_end

MAX_SLUG = 40


@dataclass(frozen=True)
class Draft:
    id: str
    quote: str
    quantity: str
    value: str | dict
    span: tuple[int, int]
    note: str | None = None  # why the value is written out rather than quoted
    by: str | None = None  # the speaker; None for the document's own voice
    as_of: str | None = None  # ISO date or date-time, only from an as-of frame
    # the places the quantity names that the registry does not declare yet, as
    # (id, name, aliases): written under `places:` so that the names exist
    places: tuple = ()


@dataclass(frozen=True)
class Context:
    """What a registry tells the drafter (`extract --into`): its places (name or
    alias in snake_case -> id), its speakers (name or alias key -> name), the
    quantity names it already has, and the ids in use."""
    places: dict = field(default_factory=dict)
    speakers: dict = field(default_factory=dict)
    quantities: frozenset = frozenset()
    ids: frozenset = frozenset()
    published: dt.date | None = None  # the --into file's document.published
    # quantity name -> the dates of its claims (None: a claim of no known date), and
    # an event's `X.start` -> the intervals its claims give: which event a name is of
    dates: dict = field(default_factory=dict)
    starts: dict = field(default_factory=dict)
    event_places: dict = field(default_factory=dict)  # event -> where its articles count
    parents: dict = field(default_factory=dict)  # place -> the place it is within
    # each document's text and the documents each name is claimed in: a place's count
    # in articles of another story is another event's (stories.py)
    texts: dict = field(default_factory=dict)
    documents_of: dict = field(default_factory=dict)


def document_id(path: Path) -> str:
    name = path.name.removesuffix(".txt") if path.name.endswith(".txt") else path.stem
    slug = re.sub(r"[^a-z0-9_-]+", "-", name.lower()).strip("-_")
    return slug or "document"


def document_block(path: Path, yaml_dir: Path, published: dt.date | None) -> dict:
    block = {"id": document_id(path),
             "text": Path(os.path.relpath(Path(path).resolve(), Path(yaml_dir).resolve()))
             .as_posix()}
    if published is not None:
        block["published"] = published
    return block


def draft_claims(text: str, mentions: list[Mention], doc_id: str,
                 published: dt.date | None, taken: set[str] | None = None,
                 context: Context | None = None) -> list[Draft]:
    """One draft per interpreted mention outside the metadata, in text order, with
    ids not in `taken` (nor in the context's registry)."""
    context = context or Context()
    sentences = Sentences(text)
    skip = metadata_spans(text)
    sentences.break_at(span.end for span in skip)  # a dateline opens the story's sentence
    taken = set(taken or ()) | set(context.ids)
    speakers = Speakers(text, sentences, known=dict(context.speakers))
    namer = Namer(text, mentions, Places(text, context.places, skip), snake(doc_id),
                  existing=set(context.quantities),
                  year=published.year if published is not None else None)
    drafts = []
    new_places = _new_places(namer.places, context)
    framing = _framing_dates(text, sentences, mentions)
    changes = {k: c for k, c in ((k, change_of(text, sentences.around(m.start), m, mentions,
                                                published))
                                 for k, m in enumerate(mentions) if m.kind in CHANGE_KINDS)
               if c is not None}
    framing |= {span for c in changes.values() for span in c.dates}
    factors = _factor_changes(text, sentences, skip, mentions, published)
    framing |= {span for _, c in factors for span in c.dates}
    for index, mention in enumerate(mentions, start=1):
        if mention.kind == UNPARSED or inside(skip, mention.start) \
                or conversion(text, mentions, index - 1):
            continue  # metadata, or "260 km/h (161 mph)": the same number again
        sentence = sentences.around(mention.start)
        if counts_speakers(text, mention.end) and mention.kind == "count":
            continue  # "two survivors said": who speaks, no claim
        if (mention.start, mention.end) in framing or (
                mention.kind == "date" and statement_day(text, sentence, mention.start, mention.end)):
            continue  # the when of another number or of a statement: no claim of its own
        quote = quote_for(text, sentences, mention.start, mention.end)
        if mention.future and published is not None and not future_date_in(
                quote, mention.interval, published):  # keep the clause's "will"
            quote = quote_from_sentence_start(text, sentences, mention.start, mention.end, (
                lambda q: future_date_in(q, mention.interval, published))) or quote
        claim_id = unique_id(f"{doc_id}-{slug(mention.text)}", taken)
        value = value_for(mention, published, quote)
        frame = as_of(text, sentence, mention, mentions) \
            or clock_only(text, sentence, mention, published)
        if frame is not None and of_a_magnitude(text, sentence, mention):
            frame = None  # the day a magnitude was revised dates no count
        if frame is not None and published is not None \
                and frame.when[:10] > published.isoformat():
            frame = None  # a day after the story is a misread date: no claim counts to it
        quantity = scenario(text, sentence, namer.name(index, mention, sentence, frame))
        if mention.kind in SHARES and denied_share(text, sentence.start, mention):
            quantity = namer.placeholder(index)  # ("had not counted all vehicles")
        quantity = one_of_several(text, sentence, mention.start, at_peak(text, mention, quantity))
        quantity = place_part(text, mention.start, mention.end, sentence, namer.places, drafts) \
            or place_item(text, mention.start, mention.end, sentence, namer.places, drafts) \
            or place_has_item(text, mention.start, mention.end, sentence, namer.places, drafts) \
            or including_part(text, mention.start, sentence, quantity, drafts)  # "Zamfara (524)", "; 89 in Conjola Park": its part of the whole
        quantity = numbered_magnitude(text, mention.start, sentence, quantity, drafts)
        by = speakers.of(mention.start, mention.end, mention.kind) or None
        quantity = facility_count(text, by, quantity, mention.start)  # "The SKMCH has reported"
        age = apposed_age(text, mention, namer.places)
        if age is not None:  # "said Abdul Ghafar, 45, standing in ...": the outlet's
            quantity, by = age, None
        elif quantity.startswith("unnamed_"):  # a tenure, a relative's age, what lasted
            quantity = owned(text, mention, sentence, namer.places, by or "") or quantity
        if quantity.startswith("unnamed_") and _CALENDAR_FRAME.fullmatch(mention.text):
            continue  # "Last year, 1,705 people died": the when of the count, no claim
        bare = re.fullmatch(rf"((?:[A-Za-z]+\s+){{0,2}}(?:\d{{1,3}}|{AGE_WORDS})"
                            rf"(?:\s+(?:to|and)\s+\d{{1,3}})?)(?:\s+people)?", value) \
            if isinstance(value, str) else None
        if bare and not value.startswith("aged ") and (
                quantity.endswith(".age") or an_age(text, mention)):
            # "her daughter, 8", "a woman of about 50": an age, a floor ("8 years" would
            # read as a span of time, [7.5, 8.5])
            value = f"{bare.group(1)} years old"
        note = value_note(value, mention)
        if mention.kind == "count" and mention.interval.low is not None \
                and mention.interval.low < 0:  # "temperatures dropped to -14": no count
            value, note = below_zero(mention, mentions)
            if value is None:
                continue  # no unit the story gives its temperatures: nothing to write
        change = changes.get(index - 1)
        if change is not None:
            quantity, value, note = _changed(namer, index, mention, sentence, change, quantity)
        draft = Draft(claim_id, quote, quantity, value, (mention.start, mention.end), note, by,
                      frame.when if frame else None, _named(quantity, new_places))
        drafts += each_place(draft, text, sentence, taken, partial(_named, new_places=new_places),
                             drafts)
    for mention, change in factors:
        sentence = sentences.around(mention.start)
        quantity, value, note = _changed(namer, 0, mention, sentence, change, "")
        if not quantity:
            continue  # no place or measure to say what doubled: a person's call
        drafts.append(Draft(unique_id(f"{doc_id}-{slug(mention.text)}", taken),
                            quote_for(text, sentences, mention.start, mention.end),
                            quantity, value, (mention.start, mention.end), note,
                            speakers.of(mention.start, mention.end, "ratio") or None,
                            None, _named(quantity, new_places)))
    # the story's place, and a part of a place told by a compass point ("in eastern
    # Chad"): vaguer than a site the text names
    parts = {p.key for p in namer.places.found if p.whole}
    general = {namer.places.main, namer.document} - {None} | parts
    places_of = partial(_named, new_places=new_places)
    drafts = bracketed(text, _totals(text, sorted(drafts, key=lambda d: d.span)), places_of)
    drafts = of_which(text, one_count(text, drafts, general, places_of, parts))
    drafts = referred(text, drafts, {(m.start, m.end): m for m in mentions}, sentences,
                      title_end(text))
    index_of = {(m.start, m.end): k for k, m in enumerate(mentions, start=1)}
    def placeholder(draft):
        return namer.placeholder(index_of.get(draft.span, len(mentions) + 1))

    drafts = set_apart(distinct_quotes(text, sentences, drafts), published, placeholder, text,
                       title_end(text))
    return declared_only(other_events(drafts, published, context, placeholder,
                                      story_of(text) if context.texts else None, text,
                                      namer.places.main), context, placeholder)


# a month or year told from the publication date ("this year", "last month")
_CALENDAR_FRAME = re.compile(r"(?:(?:earlier|later)\s+)?(?:last|this|next)\s+(?:year|month)", re.I)


def _factor_changes(text, sentences, skip, mentions, published) -> list:
    """The number-less changes ("doubled in a week") whose two dates the sentence
    gives, with the change each states."""
    found = []
    for mention in factor_mentions(text, skip):
        change = change_of(text, sentences.around(mention.start), mention, mentions, published)
        if change is not None:
            found.append((mention, change))
    return found


_TOTAL = re.compile(r"(?:--|[—–,;:(])\s*(?:a|the)?\s*total\s+of\s+$", re.I)
_SIMPLE = re.compile(r"([a-z][a-z0-9_]*)\.([a-z][a-z0-9_]*)")
# no part of a count's total: a placeholder, or a day or a span ("during the same time
# period in 2014 (January to March), a total of 761 refugees": the when of the 761)
_NO_PART = re.compile(r"^unnamed_|\.(?:start|end|date|duration)$")


# "reported 1,005 new suspected cases in the past week, bringing the total this year
# to more than 16,000": the running total of what the count before it adds to
_RUNNING = re.compile(r"\b(?:bringing|taking|pushing|raising|brings|takes|pushes|raises|"
                      r"brought|took|pushed|raised)\s+(?:the|its|their)\s+(?:overall\s+|"
                      r"cumulative\s+)?(?:total|tally|number|count)\b[^,;.\d]{0,30}?\bto\s+$")


def _totals(text: str, drafts: list[Draft]) -> list[Draft]:
    """"8,649 confirmed dead and 13,262 listed as missing -- a total of 21,911": the
    total is the sum of the two counts before it, when they are of one place."""
    result = _running(text, drafts)
    for k in range(2, len(result)):
        draft = result[k]
        if not _TOTAL.search(text[max(0, draft.span[0] - 40):draft.span[0]]):
            continue
        first, second = result[k - 2], result[k - 1]
        parts = [_SIMPLE.fullmatch(d.quantity) for d in (first, second)]
        if not all(parts) or re.search(r"\n|[.;!?]\s", text[first.span[0]:draft.span[0]]):
            continue  # (the parts of another sentence's total are not this one's)
        if parts[0].group(1) == parts[1].group(1) and parts[0].group(2) != parts[1].group(2) \
                and not any(_NO_PART.search(d.quantity) for d in (first, second)):
            result[k] = replace(draft, quantity=f"{first.quantity} + {second.quantity}")
    return result


def _running(text: str, drafts: list[Draft]) -> list[Draft]:
    """A running total ("bringing the total to") is the total of the count before it
    in its sentence, no longer of one day or new."""
    result = list(drafts)
    for k, draft in enumerate(result):
        running = _RUNNING.search(text, max(0, draft.span[0] - 60), draft.span[0])
        if running is None or "population" in running[0] or not (
                # ("bringing the total number to 24" is no population: its noun is gone)
                draft.quantity.startswith("unnamed_") or draft.quantity.endswith(".population")):
            continue
        before = next((d for d in reversed(result[:k]) if _SIMPLE.fullmatch(d.quantity)
                       and not d.quantity.startswith("unnamed_")), None)
        if before is not None and not re.search(r"[.;\n]", text[before.span[1]:draft.span[0]]):
            whole = re.sub(r"\.new_", ".", re.sub(r"_(?:daily|weekly)$", "", before.quantity))
            result[k] = replace(draft, quantity=whole)
    return result


CHANGE_KINDS = frozenset({"count", "percent", "fraction", "ratio"})


def _changed(namer: Namer, index: int, mention: Mention, sentence, change: Change,
             plain: str) -> tuple[str, str, str | None]:
    """(quantity, value, note) of a change between two dates: the quantity that
    changed, at both dates; the value the quote's words."""
    base = namer.name(index, replace(mention, kind="count", change=None), sentence, None)
    if not re.fullmatch(r"[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*", base) or base.startswith("unnamed_"):
        return plain, value_for(mention, None), value_note(value_for(mention, None), mention)
    base = re.sub(r"_daily$", "", base)
    # a difference is a count ("5,000 people"); a factor the change's own words
    if change.op == "-":
        return change.expression(base), value_for(mention, None), None
    return change.expression(base), change.words, (
        f"a change between {change.first} and {change.second}: the value is the quote's "
        f"words, the later value over the earlier")


def _framing_dates(text: str, sentences: Sentences, mentions: list[Mention]) -> set:
    """The spans of the dates that serve as another number's `as_of` ("fewer than 1,500
    left as of Monday evening"): that number's claim carries them."""
    spans = set()
    for mention in mentions:
        frame = as_of(text, sentences.around(mention.start), mention, mentions)
        if frame is not None and frame.date:
            spans.add(frame.date)
    # "On Monday (Dec. 15), 17 bodies were found": the bracket restates the framing day
    return spans | {(m.start, m.end) for m in mentions if m.kind == "date" and any(
        re.fullmatch(r"\s*\(\s*", text[end:m.start]) for _, end in spans if end <= m.start)}


def _new_places(places: Places, context: Context) -> dict[str, tuple]:
    """Place id -> (id, name, aliases) for the places the text names that the
    registry does not declare."""
    declared = set(context.places.values())
    return {key: (key, names[0], tuple(names[1:]))
            for key, names in places.names().items() if key not in declared}


def _named(quantity: str, new_places: dict[str, tuple]) -> tuple:
    subjects = re.findall(r"(?<![\w.])([a-z][a-z0-9_]*)\.[a-z]", quantity)
    return tuple(new_places[s] for s in dict.fromkeys(subjects) if s in new_places)


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:MAX_SLUG].strip("-") or "n"
