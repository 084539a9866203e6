"""`factcheck init`: a registry skeleton that verifies clean, from package data.

The templates are the files under data/init/ (a commented factcheck.toml, one
registry file, its article under sources/); beside them goes the JSON Schema of a
registry file, which the template's yaml-language-server line points at. Nothing
is ever overwritten: when any target exists, no file is written at all.
"""

from __future__ import annotations

import json
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path, PurePosixPath

from ..findings import UsageError

SCHEMA_FILE = "factcheck.schema.json"


class SkeletonError(UsageError):
    """The skeleton cannot be written here: exit 2 with this message."""


def templates() -> dict[PurePosixPath, str]:
    """Relative path -> text of every file `init` writes."""
    root = resources.files("factcheck").joinpath("data/init")
    files = dict(_walk(root, PurePosixPath()))
    files[PurePosixPath(SCHEMA_FILE)] = schema_text()
    return files


def schema_text() -> str:
    from .schema.json_schema import registry_schema

    return json.dumps(registry_schema(), indent=2, ensure_ascii=False) + "\n"


def _walk(folder: Traversable, relative: PurePosixPath):
    for entry in sorted(folder.iterdir(), key=lambda item: item.name):
        if entry.name.startswith((".", "__")):  # __pycache__, editor droppings
            continue
        if entry.is_dir():
            yield from _walk(entry, relative / entry.name)
        else:
            yield relative / entry.name, entry.read_text("utf-8")


def write_skeleton(target: Path) -> list[Path]:
    """Write the skeleton under `target` (created when missing); the files written."""
    if target.exists() and not target.is_dir():
        raise SkeletonError(f"{target} is a file, not a folder")
    files = {target.joinpath(*relative.parts): text
             for relative, text in templates().items()}
    existing = [path for path in files if path.exists() or path.is_symlink()]
    if existing:
        names = ", ".join(str(path) for path in existing)
        raise SkeletonError(f"not writing the skeleton: {names} already "
                            f"exist{'s' * (len(existing) == 1)}; factcheck init never "
                            "overwrites a file (choose an empty folder: factcheck init DIR)")
    written = []
    for path, text in files.items():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with open(path, "x", encoding="utf-8", newline="") as handle:  # x: never replace
                handle.write(text)
        except OSError as error:
            raise SkeletonError(f"cannot write {path}: {error.strerror or error}") from None
        written.append(path)
    return written
