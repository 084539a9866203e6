"""The command line: thin glue over the library (parse options, run, print, exit).

Exit codes: 0 no errors (warnings allowed unless --strict); 1 errors found; 2 usage
error or input that cannot be read at all; 3 internal error.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Optional

import typer

from .formats import FORMATS

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Keep the numeric claims of news reporting in a YAML registry and "
                       "check that they agree.")

FORMAT_NAMES = ["auto", *FORMATS]


class UsageProblem(Exception):
    """Bad usage or unreadable input: exit 2 with this message."""


def _fail(message: str, code: int = 2) -> None:
    typer.echo(f"factcheck: {message}", err=True)
    raise typer.Exit(code)


def _check_format(name: str) -> str:
    if name not in FORMAT_NAMES:
        import difflib

        close = difflib.get_close_matches(name, FORMAT_NAMES, n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        _fail(f"unknown format {name!r}{hint}; choose one of {', '.join(FORMAT_NAMES)}")
    return name


def _emit(text: str, output: Optional[Path]) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    from .safewrite import write_atomic

    try:
        write_atomic(output, text)
    except OSError as error:
        _fail(f"cannot write {output}: {error.strerror or error}")


@app.command()
def verify(
    paths: Optional[list[Path]] = typer.Argument(
        None, help="Registry folders or files (default: claims/)."),
    format: str = typer.Option("auto", "--format", "-f",
                               help="auto, rich, text or json (auto: rich on a terminal, "
                                    "text otherwise)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o",
                                          help="Write the report to this file."),
    strict: bool = typer.Option(False, "--strict", help="Warnings fail the run too."),
    exit_zero: bool = typer.Option(False, "--exit-zero",
                                   help="Exit 0 even when errors are found."),
    files: Optional[list[str]] = typer.Option(
        None, "--files", help="Report only findings in these files (the whole registry "
                              "is still loaded)."),
) -> None:
    """Load the registry, run every check, print a report; exit 0, 1 or 2."""
    from .formats import render
    from .verify import RegistryUnreadable, verify_paths

    _check_format(format)
    try:
        report = verify_paths(paths or [Path("claims")], only_files=files)
    except RegistryUnreadable as error:
        _fail(str(error))
    _emit(render(report, format, terminal=False if output is not None else None), output)
    raise typer.Exit(0 if exit_zero else report.exit_code(strict))


@app.command()
def explain(
    target: str = typer.Argument(..., help="A claim id or a quantity name."),
    paths: Optional[list[Path]] = typer.Argument(None, help="Registry (default: claims/)."),
) -> None:
    """Show one claim or quantity: its claims, their intervals, what the registry implies."""
    from .explain_cmd import explain_text
    from .verify import RegistryUnreadable, verify_paths

    try:
        report = verify_paths(paths or [Path("claims")])
    except RegistryUnreadable as error:
        _fail(str(error))
    text = explain_text(report, target)
    if text is None:
        _fail(f"no claim or quantity called {target!r} in the registry")
    sys.stdout.write(text)


from .extract.command import extract  # noqa: E402  (a light module: typer only)

app.command(name="extract")(extract)


def main() -> None:
    """Entry point: typer's app, with internal errors turned into exit 3."""
    try:
        app(standalone_mode=True)
    except SystemExit:
        raise
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as error:  # an internal error: short message, no traceback
        if os.environ.get("FACTCHECK_DEBUG"):
            raise
        typer.echo(f"factcheck: internal error: {type(error).__name__}: {error}. "
                   "Please report it (set FACTCHECK_DEBUG=1 for the traceback).", err=True)
        sys.exit(3)
