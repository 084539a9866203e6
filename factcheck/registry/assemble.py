"""One file's entries into the registry: documents with their article text, places,
quantities, claims with their values read, relations with their expressions parsed.

Values and expressions repeat across a registry ("over 1,000 people" dated by one
document, `x.departed` in many files): inside `reading_once` each is read once.
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path

from .. import expr as expr_mod
from ..files import MAX_TEXT_BYTES, read_regular_file
from ..findings import FactcheckError, Finding, Location, problem
from ..interval import Interval
from . import schema
from .discover import Resolver, real_path
from .model import Claim, Document, Place, QuantityInfo, Registry, Relation, Speaker


@dataclass
class Loaded:
    registry: Registry
    findings: list[Finding] = field(default_factory=list)
    table: object | None = None  # the phrase table values are read with; None: shipped
    # The per-claim checks, when workers ran them while reading (check -> findings).
    checked: dict[str, list[Finding]] | None = None


@contextmanager
def reading_once():
    """Within it, each value and expression text is read once, and each folder of
    article texts resolved once."""
    global _READ, _RESOLVE
    saved, _READ = _READ, {}
    saved_resolve, _RESOLVE = _RESOLVE, Resolver()
    try:
        yield
    finally:
        _READ, _RESOLVE = saved, saved_resolve


_READ: dict | None = None  # (reader, text, anchor, language) -> result, or its error
# The real paths of article texts: a whole real_path per text costs a system call
# per folder of its path (some 17,000 at 100,000 claims), a Resolver one per text.
_RESOLVE: Resolver | None = None
_ANY_ANCHOR = "any"  # in a key: the reading did not ask for its anchor


def _remembered(reader, text: str, anchor=None, **options):
    """reader(text, ...) once per load for each text (and anchor): the value
    grammar and the expression parser are pure functions of what they read. A
    value whose reading never asked for its anchor (most: "over 1,000 people", not
    "three weeks ago") is read once whatever its document's date."""
    if _READ is None:
        return _unpacked(_read(reader, text, anchor, options))
    language = options.get("language")
    found = None if anchor is None else _READ.get((reader, text, _ANY_ANCHOR, language))
    if found is None:
        key = (reader, text, anchor, language)
        found = _READ.get(key)
        if found is None:
            days = _grammar().days
            asked = days.anchor_reads
            found = _READ[key] = _read(reader, text, anchor, options)
            if anchor is not None and days.anchor_reads == asked:
                _READ[(reader, text, _ANY_ANCHOR, language)] = found
    return _unpacked(found)


_GRAMMAR = None  # the grammar package, once a value is read


def _grammar():
    """The grammar, imported when first needed (a run whose files all come from the
    cache reads no value) and then kept: an import statement in a function costs
    a lookup on every call, and this runs for every claim."""
    global _GRAMMAR
    if _GRAMMAR is None:
        from .. import grammar
        from ..grammar import clauses, days  # noqa: F401  (grammar.days: anchor_reads)

        _GRAMMAR = grammar
    return _GRAMMAR


def _read(reader, text: str, anchor, options: dict) -> tuple:
    """(True, what reader(text) gives) or (False, the FactcheckError it raised)."""
    try:
        return True, reader(text, **options) if anchor is None else reader(
            text, anchor=anchor, **options)
    except FactcheckError as error:
        return False, error


def _unpacked(found: tuple):
    ok, result = found
    if ok:
        return result
    raise result.with_traceback(None)  # the same error again, its own type included


_TEXTS: list | None = None  # while recording: the (folder, relative) text paths read


@contextmanager
def recording_texts():
    """Within it, the text files assembly reads are listed (the cache keys a file's
    reading by them too): yields the list."""
    global _TEXTS
    saved, _TEXTS = _TEXTS, []
    try:
        yield _TEXTS
    finally:
        _TEXTS = saved


def as_duplicates(findings: list[Finding]) -> list[Finding]:
    return [problem("duplicate", f.message, f.location, f.claims, f.hint)
            for f in findings]


def assemble(loaded: Loaded, path: Path, raw, root: list[Path],
              has_document_key: bool = True) -> None:
    registry = loaded.registry
    document = None
    if raw.document is not None:
        document = _document(loaded, path, raw.document, root)
        registry.documents.setdefault(document.id, document)
    for place in raw.places:
        registry.places.setdefault(place.id, Place(
            place.id, place.location, place.name, place.within,
            place.locations.get("within"), tuple(place.aliases)))
    for speaker in raw.speakers:
        registry.speakers.setdefault(speaker.id, Speaker(
            speaker.id, speaker.location, speaker.name, tuple(speaker.aliases)))
    for quantity in raw.quantities:
        registry.quantities.setdefault(quantity.name, QuantityInfo(
            quantity.name, quantity.location, quantity.trend,
            _declared_unit(loaded, quantity)))
    if raw.claims and document is None:
        if has_document_key:  # a `document:` the schema refused; else schema said so
            loaded.findings.append(problem("schema", "the claims of this file are not checked: its "
                "`document:` section is empty or could not be read",
                raw.claims[0].location, (),
                "fix the document section (id, title, text, published) first"))
        return
    for raw_claim in raw.claims:
        registry.claims.append(_claim(loaded, raw_claim, document))
    for raw_relation in raw.relations:
        registry.relations.append(_relation(loaded, raw_relation))


def _declared_unit(loaded: Loaded, quantity) -> str | None:
    """A quantity's declared unit; an unknown one is a `unit` error, read as absent."""
    from .. import units

    if quantity.unit is None:
        return None
    try:  # a few units ("people") declared by every quantity: each resolved once
        _remembered(units.resolve, quantity.unit)
    except FactcheckError as error:
        loaded.findings.append(problem("unit", f"quantity {quantity.name!r}: {error.message}",
            quantity.where("unit"), (), error.hint))
        return None
    return quantity.unit


def _document(loaded: Loaded, path: Path, raw, root: list[Path]) -> Document:
    document = Document(raw.id, raw.location, raw.title, raw.text, None,
                        _published_date(raw.published), raw.url,
                        _language(loaded, raw), raw.timezone, raw.outlet)
    if raw.text:
        document.text = _read_text(loaded, path.parent, raw.text, root, raw.where("text"))
    return document


def _language(loaded: Loaded, raw) -> str | None:
    """The document's `language`; one whose digits the grammar cannot read is an
    error (ignored, it would misread "100.000"), and the document is read as English."""
    from ..grammar.table import default_table

    language = getattr(raw, "language", None)
    if language is None:
        return None
    try:
        (loaded.table or default_table()).decimal_mark(language)
    except FactcheckError as error:
        loaded.findings.append(problem("schema", f"document {raw.id!r}: {error.message}",
                                       raw.where("language"), (), error.hint))
        return None
    return language


def _published_date(value):
    return value.date() if hasattr(value, "date") and callable(value.date) else value


def _read_text(loaded: Loaded, folder: Path, relative: str, root: list[Path],
               where: Location) -> str | None:
    def refuse(message: str, hint: str) -> None:
        loaded.findings.append(problem("text", message, where, (), hint))

    if os.path.isabs(relative):
        refuse(f"the text path {relative!r} is absolute",
                "give it relative to this file, inside the registry folder")
        return None
    if _TEXTS is not None:
        _TEXTS.append((str(folder), relative))
    target = (_RESOLVE or real_path)(folder / relative)
    if target is None:
        refuse(f"cannot read the text file {relative!r}: its symbolic links loop or "
                "its name cannot be used", "check the path (it is relative to this YAML file)")
        return None
    if not any(target.is_relative_to(allowed) for allowed in root):
        refuse(f"the text path {relative!r} leads outside the registry folder",
                "keep article texts inside the registry, e.g. under sources/")
        return None
    try:
        data = read_regular_file(target, MAX_TEXT_BYTES + 1)
    except OSError as error:
        refuse(f"cannot read the text file {relative!r}: {error.strerror or error}",
                "check the path (it is relative to this YAML file)")
        return None
    if len(data) > MAX_TEXT_BYTES:
        refuse(f"the text file {relative!r} is larger than {MAX_TEXT_BYTES:,} bytes",
                "keep only the article's own text, or split it into several documents")
        return None
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        refuse(f"the text file {relative!r} is not UTF-8 (first bad byte at line {line})",
                "convert it to UTF-8, e.g. with `iconv -f latin1 -t utf-8`")
        return None


def _claim(loaded: Loaded, raw, document: Document) -> Claim:
    value_text = raw.value.as_text() if isinstance(raw.value, schema.ExplicitValue) \
        else raw.value
    claim = Claim(raw.id, raw.location, document, raw.quantity, value_text,
                  quote=raw.quote, by=raw.by, as_of=raw.as_of, status=raw.status,
                  value_location=raw.where("value"), quantity_location=raw.where("quantity"),
                  quote_location=raw.where("quote"))
    claim.expr = _parse(loaded, expr_mod.parse_expression, raw.quantity, claim.quantity_location,
                        raw.id, "schema")
    try:
        claim.interval = _interval(raw.value, document, raw.as_of, loaded.table, raw.quote)
    except FactcheckError as error:
        loaded.findings.append(problem(error.rule or "value", f"cannot read the value: {error.message}",
                                       _shifted(claim.value_location, error.offset),
                                       (raw.id,), error.hint))
    return claim


def _interval(value, document: Document, as_of=None, table=None, quote=None) -> Interval:
    """The value's interval. A relative date ("three weeks ago") counts from the
    claim's `as_of` when it has one (the day the text speaks from), else from its
    document's `published`; a weekday or a day with no year is the first such day
    on or after that when the quote says it in a clause about the future."""
    if isinstance(value, schema.ExplicitValue):
        return _explicit(value)
    anchor = _published_date(as_of) if as_of is not None else document.published
    options = {"table": table}
    if document.language is not None:
        options["language"] = document.language
    interval = _remembered(_grammar().parse_value, value, anchor, **options)
    if interval.kind != "date" or not quote:
        return interval
    forward = _remembered(_read_forward, value, anchor, **options)
    if (forward.low, forward.high) != (interval.low, interval.high) and \
            _grammar().clauses.future_date_in(quote, forward, anchor, **options):
        return forward
    return interval


def _read_forward(text: str, **options) -> Interval:
    """The value read as a day to come (a reader of its own, remembered apart)."""
    return _grammar().parse_value(text, future=True, **options)


def _explicit(value) -> Interval:
    from .. import units

    if value.unit is not None:
        units.resolve(value.unit)  # raises for an unknown unit
    low = None if value.low is None else Fraction(str(value.low))
    high = None if value.high is None else Fraction(str(value.high))
    if low is not None and high is not None and low > high:
        raise FactcheckError(f"low ({value.low}) is above high ({value.high})",
                             hint="swap them")
    unit = value.unit
    dimension = units.resolve(unit).dimension if unit else None
    kind = ("count" if dimension in units.COUNTS
            else "duration" if dimension == units.TIME else "other")
    return Interval(low, high, value.low_open and low is not None,
                    value.high_open and high is not None, unit, kind)


def _parse(loaded: Loaded, parser, text: str, where: Location, owner: str, rule: str):
    try:
        return _remembered(parser, text)
    except FactcheckError as error:
        loaded.findings.append(problem(rule, error.message,
                                       _shifted(where, error.offset), (owner,), error.hint))
        return None


def _shifted(where: Location, offset: int) -> Location:
    """Point inside a one-line scalar: its start column plus the offset."""
    return Location(where.file, where.line, where.column + offset) if where.line else where


def _relation(loaded: Loaded, raw) -> Relation:
    relation = Relation(raw.id, raw.location, raw.holds, why=raw.why,
                        holds_location=raw.where("holds"))
    relation.comparison = _parse(loaded, expr_mod.parse_comparison, raw.holds,
                                 relation.holds_location, raw.id, "schema")
    return relation


