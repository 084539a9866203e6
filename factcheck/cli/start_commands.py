"""`factcheck init` and `factcheck schema`: the first steps of a new registry.

Top-level imports stay light (typer, pathlib): the CLI imports this module at
start-up. Exit codes: 0 ok; 2 the skeleton cannot be written.
"""

from __future__ import annotations

import sys
from pathlib import Path

import typer


def init(
    folder: Path = typer.Argument(
        Path("."), metavar="[DIR]", show_default=False,
        help="Where to start the registry (default: the current folder; created "
             "when missing)."),
) -> None:
    """Start a registry that verifies clean.

    Writes factcheck.toml, claims/ with one document (its article under
    claims/sources/, two claims, a relation) and factcheck.schema.json for editors.
    Never overwrites a file.
    """
    from ..registry.skeleton import SkeletonError, write_skeleton

    try:
        written = write_skeleton(folder)
    except SkeletonError as error:
        typer.echo(f"factcheck: {error}", err=True)
        raise typer.Exit(2)
    for path in written:
        typer.echo(f"created {path}")
    go = "" if folder == Path(".") else f"cd {folder} && "
    typer.echo(f"next: {go}factcheck verify")


def schema() -> None:
    """Print the JSON Schema of a registry file.

    For editors: factcheck schema > factcheck.schema.json
    """
    from ..registry.skeleton import schema_text

    sys.stdout.write(schema_text())
