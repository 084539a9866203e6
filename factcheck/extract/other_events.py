"""Names the registry already gives to another event's numbers (`extract --into`).

A quantity name says a place and a measure (`iran.killed`), or an event and what it
has (`earthquake.start`); neither says which event. Inside one article that is
plain; in a registry of many articles, two quakes' tolls drafted under one name would
be read as sources disagreeing about one toll, and `suggest` would hold them to a
trend. So, when drafting into a registry:
- an event (a subject that is no place) whose start this article dates at least two
  days away from every start the registry gives it, or whose claims in the registry
  are all more than four months from this article, is another event: its quantities
  take this article's year (`earthquake_2021.start`, `earthquake_2021.magnitude`);
  an event named by its kind, by its kind and a year (`heatwave_2015`), or in common
  words only ("national mourning") is another event too where the registry counts it
  only in other places than this article does;
- a place's count whose claims in the registry are all dated more than four months
  from the draft's date is another event's count: `iran.killed_2005`; so is one
  whose every article in the registry tells a story this one's is told apart from
  (stories.py: a cold wave's deaths in Poland and a mine's, weeks apart).
When the name with the year is taken by yet another event, the draft is left
unnamed. Every renamed draft carries a note naming the registry's quantity, for a
person who knows it is one event to give the name back.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from .ages import DESCRIBED_NOUNS
from .disagreeing import _reading
from .lexicon import lexicon
from .stories import Story, other_story, story_of
from .vehicles import SCENE_KINDS

# a disaster's toll is news for weeks, and a long crisis is counted every month or
# so: a name whose every claim in the registry is further away than this is of
# another event (a desk that keeps a long crisis with a claim every few months keeps
# linking it: the nearest claim counts)
APART = dt.timedelta(days=120)
START_SLACK = 2  # days between two reports of one start: a time zone, a night
_NAME = re.compile(r"\b([a-z_][a-z0-9_]*)\.([a-z_][a-z0-9_]*)\b")
_WITH_YEAR = re.compile(r"_(?:1[5-9]|20)\d\d$")
# what names an event by its kind, beside the lexicon's events: such a name is any
# event of that kind, where "katrina" or "quake_2003" is one event at any time
KINDS = frozenset("""quake cyclone typhoon hurricane tsunami sinking capsizing capsize
shipwreck derailment collapse crash attack stampede disaster incident accident
heat_wave mudslide""".split())


def other_events(drafts: list, published: dt.date | None, context, placeholder,
                 story: Story | None = None, text: str = "", home: str | None = None) -> list:
    """`drafts` with the names the registry gives to other events' numbers changed;
    `context`: the registry's (drafts.Context); `placeholder(draft)`: its unnamed
    quantity; `story`: the story this article tells (stories.py); `home`: its main
    place."""
    if not context.dates:
        return drafts
    places = set(context.places.values()) | {p[0] for d in drafts for p in d.places}
    renames = _event_renames(drafts, published, context, places, text, home)
    result = []
    for draft in drafts:
        when = _date(draft, published)
        new, notes = draft.quantity, []
        for match in _NAME.finditer(draft.quantity):
            subject, measure = match.groups()
            name = match.group(0)
            if subject in renames:
                to, why = renames[subject]
                new = _swap(new, name, f"{to}.{measure}" if to else None)
                notes.append(why)
            elif subject in places and _far(context.dates.get(name), when):
                to = f"{name}_{when.year}"
                new = _swap(new, name, None if _far(context.dates.get(to), when)
                            or _told_apart(to, story, context) else to)
                notes.append(f"the registry's {name} is dated more than four months from "
                             f"{when.isoformat()}: another event's count? If it is the "
                             f"same, name this {name}")
            elif measure == "age" and _someone_described(subject) \
                    and _in_other_articles(name, text, context):
                new = _swap(new, name, None)  # two articles' "a 9-year-old girl"
                notes.append(f"the registry's {name} is someone in another article: if it "
                             f"is the same person, name this {name}")
            elif subject in places and when is not None and _told_apart(name, story, context):
                # (a cold wave's deaths and a mine's, in one country within weeks)
                to = f"{name}_{when.year}"
                new = _swap(new, name, None if _told_apart(to, story, context) else to)
                notes.append(f"the registry's {name} is counted in articles about another "
                             f"event: if it is the same, name this {name}")
        if notes:
            quantity = placeholder(draft) if new is None else new
            note = "; ".join(dict.fromkeys(notes))
            result.append(replace(draft, quantity=quantity,
                                  note=f"{draft.note}; {note}" if draft.note else note))
        else:
            result.append(draft)
    return result


def _someone_described(subject: str) -> bool:
    """An age's subject that describes rather than names: `girl`, `kalinga_boy`."""
    return subject.rpartition("_")[2] in DESCRIBED_NOUNS or subject.endswith("_victim")


def _in_other_articles(name: str, text: str, context) -> bool:
    return any(context.texts.get(d) != text for d in context.documents_of.get(name, ()))


def _told_apart(name: str, story: Story | None, context) -> bool:
    """Every article of the registry that claims `name` tells a story this one's is
    told apart from (and there are some)."""
    documents = context.documents_of.get(name)
    return bool(documents) and all(other_story(story, _story(context.texts.get(d)))
                                   for d in documents)


def _story(text: str | None) -> Story | None:
    return story_of(text) if text else None


def _swap(expression: str | None, name: str, to: str | None) -> str | None:
    """`expression` with `name` replaced by `to`; None (unnamed) when `to` is."""
    if expression is None or to is None:
        return None
    return re.sub(rf"\b{re.escape(name)}\b", to, expression)


def _event_renames(drafts, published, context, places, text: str = "",
                   home: str | None = None) -> dict:
    """Event subject -> (its new subject or None for unnamed, why)."""
    renames = {}
    subjects = {m.group(1) for d in drafts for m in _NAME.finditer(d.quantity)} - places
    by_subject: dict[str, list] = {}
    for name in context.dates:
        if name.partition(".")[0] in subjects or _WITH_YEAR.search(name.partition(".")[0]):
            by_subject.setdefault(name.partition(".")[0], []).append(name)
    for subject in sorted(subjects):
        start = _own_start(drafts, subject, published)
        why = _another(subject, start, drafts, places, context, published, by_subject,
                       kind=_common(subject, text), home=home)
        if why is None:
            continue
        year = _year_of(start) if start is not None else None
        year = year or (published.year if published else None)
        to = f"{subject}_{year}" if year and not _WITH_YEAR.search(subject) else None
        if to is not None and _another(to, start, drafts, places, context, published,
                                       by_subject, kind=True, home=home):
            to = None  # that year's name is yet another event's
        renames[subject] = (to, why)
    return renames


def _another(subject, start, drafts, places, context, published, by_subject,
             kind: bool = False, home: str | None = None) -> str | None:
    """Why the registry's `subject` is another event than this article's, or None:
    it starts on another day; or, named by its kind (`kind`: a kind's name with a
    year), it is counted in other places, or only more than APART away."""
    theirs = by_subject.get(subject)
    if not theirs:
        return None
    registry_starts = context.starts.get(f"{subject}.start", ())
    if start is not None and registry_starts:
        if all(_start_apart(start, other) for other in registry_starts):
            return (f"the registry's {subject}.start is another day: another event? If it "
                    f"is the same, name this {subject}")
        if start.high is not None and start.high - start.low <= START_SLACK:
            return None  # the same day: the same event
        # ("in 2011" holds the registry's 22 February 2011 and another quake's day alike)
    of_a_year = _WITH_YEAR.search(subject) is not None and _a_kind(_WITH_YEAR.sub("", subject))
    if not (kind or of_a_year or _a_kind(subject)):
        return None
    # (a kind's year is named apart by where it was: Karachi's 2015 heatwave and
    # Telangana's are two; the four months' rule does not hold a year's name)
    if _elsewhere(subject, drafts, places, context, home):
        return (f"the registry's {subject} is counted in other places than this "
                f"article's: another event? If it is the same, name this {subject}")
    if (kind or not of_a_year) and published is not None \
            and all(_far(context.dates[n], published) for n in theirs):
        return (f"the registry's {subject} is dated more than four months from "
                f"{published.isoformat()}: another event? If it is the same, name this "
                f"{subject}")
    return None


def _elsewhere(subject: str, drafts, places, context, home: str | None = None) -> bool:
    """The articles of the registry's event by this kind count in places none of which
    this article counts in or is about (`home`), nor holds or is held by ("the
    earthquake" of a Peru story and of a Utah one; the `ferry` of a Philippine story
    and of a Tanzanian one, whose counts are the ferry's)."""
    theirs = _with_parents(context.event_places.get(subject, ()), context.parents)
    ours = _with_parents({m.group(1) for d in drafts for m in _NAME.finditer(d.quantity)}
                         & places | ({home} if home else set()), context.parents)
    if not theirs or not ours:
        return False
    return not theirs & ours


def _with_parents(found, parents: dict) -> set:
    result = set(found)
    for place in found:
        seen = 0
        while place in parents and seen < 20:  # a `within` cycle is verify's to report
            place, seen = parents[place], seen + 1
            result.add(place)
    return result


def _common(subject: str, text: str) -> bool:
    """An event the article names in common words only ("three days of national
    mourning"), no proper name: any such event, as a kind's name is."""
    phrase = r"\s+".join(map(re.escape, subject.split("_")))
    found = [m.group() for m in re.finditer(rf"\b{phrase}\b", text, re.I)] if phrase else []
    return bool(found) and not any(word[:1].isupper() for word in found)


def _a_kind(subject: str) -> bool:
    """A name of an event by its kind alone (`earthquake`, `boat_capsizing`), not by
    its own name or year (`katrina`, `quake_2003`)."""
    if _WITH_YEAR.search(subject):
        return False
    kinds = KINDS | SCENE_KINDS | set(lexicon().tables.get("events", {}))
    # ("earthquake_aftermath", "typhoon_record": a part of such an event; a record's
    # window, "the worst flooding in ten years", is told from its article's day)
    return subject in kinds or bool(set(subject.split("_")) & kinds) \
        or subject.endswith("_record")


def _own_start(drafts, subject: str, published):
    """The interval of this article's first plain `subject.start` date, or None."""
    for draft in drafts:
        if draft.quantity == f"{subject}.start":
            reading = _reading(draft, published)
            if reading is not None and reading.kind == "date" and reading.low is not None:
                return reading
    return None


def _start_apart(a, b) -> bool:
    """Two start dates that cannot be two reports of one start."""
    if a.low is None or b.low is None or a.high is None or b.high is None:
        return False
    if a.high - a.low > 1 or b.high - b.low > 1:
        # a month or a year is a span: two spans that do not meet are two starts ("In
        # January 2009" and "a day in February" (2009): two fires)
        return a.low > b.high or b.low > a.high
    return a.low - b.high > START_SLACK or b.low - a.high > START_SLACK  # a time zone, a night


def _year_of(reading) -> int | None:
    if reading.low is None or not 1 <= int(reading.low) <= dt.date.max.toordinal():
        return None
    return dt.date.fromordinal(int(reading.low)).year


def _date(draft, published: dt.date | None) -> dt.date | None:
    if draft.as_of:
        try:
            return dt.date.fromisoformat(str(draft.as_of)[:10])
        except ValueError:
            return published
    return published


def _far(dates, when: dt.date | None) -> bool:
    """Every date of a name in the registry is more than APART from `when` (and
    there are some, and all are known)."""
    if not dates or when is None or None in dates:
        return False
    return all(abs(d - when) > APART for d in dates)
