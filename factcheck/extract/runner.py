"""Reading articles and extracting from one or many of them, in input order.

An article must be a UTF-8 text file of at most MAX_BYTES (5 MiB, the limit of a
document text in the registry: a long report is well under 1 MiB; above the cap the
file is refused with a message rather than read whole, and a caller may split it). Binary files (a NUL byte near the
start) and other encodings are refused with the line of the first bad byte.
With several files the work runs in worker processes, one per core unless `workers`
says otherwise (1: none); results still come back in input order, each as soon as it
and all before it are done, and are the same as those of a serial run.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path

from ..files import MAX_TEXT_BYTES, read_regular_file
from ..findings import UsageError
from ..workers import cores, ordered_map

MAX_BYTES = MAX_TEXT_BYTES
BINARY_PROBE = 8192


class Unreadable(UsageError):
    """The file cannot be used as an article: exit code 2."""


@dataclass(frozen=True)
class Job:
    path: Path
    published: dt.date | None
    format: str  # json | yaml
    yaml_dir: Path  # where the YAML will live (document.text is relative to it)
    single: bool = True  # the only file: JSON is the bare list
    language: str | None = None  # how the text groups digits (None: English)
    names: bool = False  # list mentions of kind "name" too (`--all`)
    table: object | None = None  # the phrase table factcheck.toml extends; None: shipped
    context: object | None = None  # drafts.Context of the --into registry


@dataclass
class Result:
    path: Path
    output: str = ""
    code: int = 0
    error: str | None = None
    document: dict | None = None
    drafts: list = field(default_factory=list)
    mentions: int = 0
    text: str | None = None  # the article, for merging into hand-written claims


def read_article(path: Path) -> str:
    path = Path(path)
    try:
        if path.is_dir():
            raise Unreadable(f"{path} is a folder, not a text file")
        # not read_bytes(): a named pipe would block for ever, a device never end
        data = read_regular_file(path, MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            size = path.stat().st_size
            raise Unreadable(f"{path} is {size / 1024 / 1024:.1f} MiB; articles above "
                             f"{MAX_BYTES:,} bytes are refused (split the text)")
    except OSError as error:
        raise Unreadable(f"cannot read {path}: {error.strerror or error}") from None
    if b"\x00" in data[:BINARY_PROBE]:
        raise Unreadable(f"{path} looks like a binary file, not text")
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        line = data[:error.start].count(b"\n") + 1
        raise Unreadable(f"{path} is not UTF-8 (first bad byte at line {line}); convert "
                         "it, e.g. `iconv -f latin1 -t utf-8`") from None


def process(job: Job) -> Result:
    """Extract from one file; every failure comes back as a Result, never raised."""
    try:
        return _process(job)
    except Unreadable as error:
        return Result(job.path, code=2, error=str(error))
    except Exception as error:  # noqa: BLE001 - an internal error, reported per file
        return Result(job.path, code=3, error=f"internal error on {job.path}: "
                      f"{type(error).__name__}: {error}")


def _process(job: Job) -> Result:
    from . import find_mentions
    from .docdate import document_date
    from .drafts import document_block, draft_claims

    text = read_article(job.path)
    published = job.published or document_date(text, job.table)
    mentions = find_mentions(text, published, table=job.table, language=job.language,
                             names=job.names and job.format == "json")
    result = Result(job.path, mentions=len(mentions))
    if job.format == "json":
        listing = [m.to_json() for m in mentions]
        if job.single:
            result.output = json.dumps(listing, ensure_ascii=False, indent=2) + "\n"
        else:
            result.output = json.dumps({"file": str(job.path), "mentions": listing},
                                       ensure_ascii=False) + "\n"
        return result
    document = document_block(job.path, job.yaml_dir, published)
    result.document = document
    result.text = text
    result.drafts = draft_claims(text, mentions, document["id"], published,
                                 context=job.context)
    from ..grammar.days import NO_ANCHOR
    from .yamlio import render

    unparsed = [f"{m.text!r} at [{m.start}, {m.end}]" for m in mentions if m.kind == "unparsed"]
    if published is None and any(m.kind == "unparsed" and m.note and NO_ANCHOR in m.note
                                 for m in mentions):
        unparsed.insert(0, "(days and dates told from the publication date need it: give "
                           "--published YYYY-MM-DD, or put 'Published: YYYY-MM-DD' at the "
                           "top of the text)")
    result.output = render(document, result.drafts, unparsed)
    return result


def run(jobs: list[Job], workers: int = 0):
    """Results in input order, streamed. `workers`: processes for several files;
    0 means one per core, 1 means none."""
    workers = min(workers or cores(), len(jobs))
    if workers > 1:
        _warm()
    yield from ordered_map(process, jobs, workers)


def _warm() -> None:
    """Import the extractor and load its tables once, before the workers start: a
    forked worker inherits them instead of loading its own."""
    from . import drafts, find_mentions, yamlio  # noqa: F401

    find_mentions("On 3 October 2023 about 5 people left.")
