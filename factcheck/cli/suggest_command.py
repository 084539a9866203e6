"""The `factcheck suggest` command: the relations and trends the registry's names
imply and lack (factcheck.registry.suggest), printed as YAML to paste into a
registry file or merged into one with --into (comments and entries kept, ids never
reused). Exit codes: 0 ok (also when there is nothing to suggest); 2 usage error or
a registry or --into file that cannot be read."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer


def suggest(
    paths: Optional[list[Path]] = typer.Argument(
        None, help="Registry files or folders (default: claims/)."),
    into: Optional[Path] = typer.Option(
        None, "--into", help="Merge the suggestions into this registry file instead of "
                             "printing them: only what it lacks is added."),
) -> None:
    """Suggest the relations and trends the registry's quantity names imply."""
    from ..registry.load import RegistryUnreadable, load
    from ..registry.suggest import suggest as find

    try:
        loaded = load(list(paths or [Path("claims")]))
    except RegistryUnreadable as error:
        _fail(str(error))
    found = find(loaded.registry)
    if into is None:
        typer.echo(render(found), nl=False)
        if not found:
            typer.echo("factcheck: nothing to suggest", err=True)
        return
    added = merge(into, found)
    typer.echo(f"factcheck: {added} suggestion(s) added to {into}", err=True)


def render(found) -> str:
    from ..extract.yamlio import dump
    from ruamel.yaml.comments import CommentedMap

    return dump(_sections(CommentedMap(), found)[0]) if found else ""


def _sections(data, found) -> tuple[object, int]:
    """Add the suggestions `data` lacks; (data, how many were added)."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    added = 0
    if found.trends:
        quantities = data.setdefault("quantities", CommentedMap())
        for name, trend in found.trends.items():
            if name not in quantities:
                entry = CommentedMap(trend=trend)
                entry.fa.set_flow_style()
                quantities[name] = entry
                added += 1
    if found.relations:
        relations = data.setdefault("relations", CommentedSeq())
        if relations is None:
            relations = data["relations"] = CommentedSeq()
        taken = {str(r.get("id")) for r in relations if isinstance(r, dict)}
        held = {" ".join(str(r.get("holds", "")).split()) for r in relations
                if isinstance(r, dict)}
        for relation in found.relations:
            if relation["id"] in taken or relation["holds"] in held:
                continue
            relations.append(CommentedMap(relation))
            added += 1
    return data, added


def merge(into: Path, found) -> int:
    from ..extract.yamlio import NotARegistry, dump, load_checked
    from ..safewrite import write_atomic
    from ruamel.yaml.comments import CommentedMap

    if into.exists() and not into.is_file():
        _fail(f"--into {into} is not a file")
    try:
        data = load_checked(into) if into.exists() else CommentedMap()
    except NotARegistry as error:
        _fail(f"{error.message}; nothing was written")
    data, added = _sections(data, found)
    if added:
        try:
            write_atomic(into, dump(data))
        except OSError as error:
            _fail(f"cannot write {into}: {error.strerror or error}")
    return added


def _fail(message: str) -> None:
    typer.echo(f"factcheck: {message}", err=True)
    raise typer.Exit(2)
