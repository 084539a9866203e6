"""`factcheck init`, `factcheck schema` and `factcheck rules`: the first steps of a
new registry, and the documentation of each rule.

Top-level imports stay light (typer, pathlib): the CLI imports this module at
start-up. Exit codes: 0 ok; 2 the skeleton cannot be written, or no such rule.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

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
    from ..registry.skeleton import write_skeleton
    from .app import usage_errors

    with usage_errors():
        written = write_skeleton(folder)
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


def rules(
    rule_id: Optional[str] = typer.Argument(
        None, metavar="[ID]", help="A rule id, as findings print it (e.g. quote-number)."),
) -> None:
    """List the rules, or print one rule's page.

    What the rule checks, why it matters, an example that fails and how to fix it.
    """
    from ..checks import CHECKS
    from ..report.rule_docs import listing, page

    if rule_id is None:
        sys.stdout.write(listing())
        return
    if rule_id not in CHECKS:
        import difflib

        from ..findings import UsageError
        from .app import usage_errors

        close = difflib.get_close_matches(rule_id, list(CHECKS), n=1)
        with usage_errors():
            raise UsageError(f"no rule {rule_id!r}"
                             + (f" (did you mean {close[0]!r}?)" if close else ""),
                             hint="`factcheck rules` lists them")
    sys.stdout.write(page(CHECKS[rule_id]))
