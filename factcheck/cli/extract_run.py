"""What `factcheck extract` does once its options are parsed: check them, run the
files, print or merge, and choose the exit code."""

from __future__ import annotations

import datetime as dt
import itertools
import sys
from pathlib import Path

from ..extract.runner import Job, Result, run
from ..findings import UsageError

FORMATS = ("yaml", "json")


def main(files: list[Path], published: str | None, format: str, into: Path | None,
         jobs: int, language: str | None = None, names: bool = False) -> int:
    try:
        anchor = parse_published(published)
        _check(files, format, into)
        _check_listing(format, into, language, names)
        table = _phrase_table()
    except UsageError as error:
        return _fail(error.message, 2)
    yaml_dir = into.parent if into is not None else Path.cwd()
    single = len(files) == 1
    job_list = [Job(Path(f), anchor, "yaml" if into else format, yaml_dir, single,
                    language, names, table) for f in files]
    code = 0
    for result in _with_progress(run(job_list, jobs), len(job_list)):
        code = max(code, _deliver(result, into, single))
    return code


def parse_published(text: str | None) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(text.strip()).date()
    except ValueError:
        raise UsageError(f"--published {text!r} is not a date; write it as YYYY-MM-DD "
                    "(e.g. 2023-10-03)") from None


def _phrase_table():
    """The phrase table of factcheck.toml (`phrases`, `tolerance`), as verify reads
    values with it; None: the shipped one. A ConfigError is a UsageError (exit 2)."""
    from ..config import load

    return load().table


def _check(files: list[Path], format: str, into: Path | None) -> None:
    if format not in FORMATS:
        raise UsageError(f"unknown format {format!r}; choose yaml or json")
    if into is not None and len(files) != 1:
        raise UsageError("--into merges one article into one registry file; give one file")
    if into is not None and into.exists() and not into.is_file():
        raise UsageError(f"--into {into} is not a file")


def _check_listing(format: str, into: Path | None, language: str | None,
                   names: bool) -> None:
    if names and (format != "json" or into is not None):
        raise UsageError("--all lists every mention, names too: use it with --format json")
    if language is not None:
        from ..findings import FactcheckError
        from ..grammar.table import default_table

        try:
            default_table().decimal_mark(language)
        except FactcheckError as error:
            raise UsageError(f"--language: {error.message}; {error.hint}") from None


def _deliver(result: Result, into: Path | None, single: bool) -> int:
    if result.error is not None:
        return _fail(result.error, result.code)
    if into is None:
        if not single and result.output.startswith("document:"):
            sys.stdout.write(f"--- # {result.path}\n")
        sys.stdout.write(result.output)
        sys.stdout.flush()
        if result.mentions == 0:
            print(f"factcheck: no numbers found in {result.path}", file=sys.stderr)
        return 0
    return _merge(result, into)


def _merge(result: Result, into: Path) -> int:
    from ..extract.yamlio import NotARegistry, merge

    try:
        added = merge(into, result.document, result.drafts)
    except NotARegistry as error:
        hint = f" ({error.hint})" if error.hint else ""
        return _fail(f"{error.message}{hint}; nothing was written", 2)
    except OSError as error:
        return _fail(f"cannot write {into}: {error.strerror or error}", 2)
    print(f"factcheck: {added} new claim(s) from {result.path} added to {into}",
          file=sys.stderr)
    return 0


def _fail(message: str, code: int) -> int:
    print(f"factcheck: {message}", file=sys.stderr)
    return code


def _with_progress(results, total: int):
    """A progress bar on stderr, only when stderr is a terminal and there are several
    files; results pass through unchanged."""
    if total < 2 or not sys.stderr.isatty():
        yield from results
        return
    from rich.console import Console
    from rich.progress import Progress

    results = iter(results)
    first = next(results)  # the worker processes start before the bar's thread does
    with Progress(console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("extracting", total=total)
        for result in itertools.chain([first], results):
            yield result
            progress.advance(task)
