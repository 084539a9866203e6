"""The `factcheck extract` command: thin glue over `factcheck.extract`.

Top-level imports stay light (typer, pathlib, typing): the CLI imports this module
at start-up. Exit codes: 0 ok; 2 usage error or unreadable input; 3 internal error.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer


def extract(
    files: list[Path] = typer.Argument(..., help="Article text files (UTF-8)."),
    published: Optional[str] = typer.Option(
        None, "--published", help="Publication date (YYYY-MM-DD) that relative dates "
                                  "count from; default: the date the text gives itself."),
    format: str = typer.Option("yaml", "--format", "-f",
                               help="yaml (draft claims, the default) or json (mentions)."),
    into: Optional[Path] = typer.Option(
        None, "--into", help="Merge the draft claims into this registry file: only new "
                             "mentions are added, comments and edits are kept."),
    language: Optional[str] = typer.Option(
        None, "--language", help="The article's language (an IETF tag: en, de, fr ...), "
                                 "which says how digits are grouped: 100.000 and 2,5 in "
                                 "German. Default: English."),
    all_mentions: bool = typer.Option(
        False, "--all", help="With --format json, list also the numbers that are names "
                             "(kind \"name\": iPhone 11, COVID-19, phone numbers), so "
                             "that every digit of the text is accounted for."),
    jobs: int = typer.Option(
        0, "--jobs", "-j", min=0, show_default=False,
        help="Worker processes when there are several files: 0 (the default) one per "
             "core, 1 none (one file after another). Output is the same either way."),
) -> None:
    """Draft claims from article text: every number in it accounted for."""
    from .extract_run import main

    raise typer.Exit(main(files, published, format, into, jobs, language, all_mentions))
