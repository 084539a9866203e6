"""How a command fails: a message on stderr and a contract exit code. Every stage's
UsageError (an unreadable registry, configuration, baseline, revision, article) is
exit 2 with its message, handled here, once, for every command."""

from __future__ import annotations

from contextlib import contextmanager

import typer

from ..findings import UsageError


def fail(message: str, code: int = 2) -> None:
    typer.echo(f"factcheck: {message}", err=True)
    raise typer.Exit(code)


@contextmanager
def usage_errors():
    try:
        yield
    except UsageError as error:
        hint = f" ({error.hint})" if error.hint else ""
        fail(f"{error.message}{hint}")
