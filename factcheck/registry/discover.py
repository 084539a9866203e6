"""Which files make the registry: the YAML files under the given paths, in a stable
order, and the folders their texts must stay inside.

A YAML file that is a symbolic link out of the registry (or a link loop) is not read:
it becomes a finding, so a claim file from a hostile pull request cannot make
factcheck read, or print, a file elsewhere.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from ..findings import Finding, Location, UsageError, problem

MAX_FILES = 100_000


class RegistryUnreadable(UsageError):
    """Nothing to check at all: exit code 2."""


def discover(paths: list[Path], problems: list[Finding] | None = None,
             resolve: Resolver | None = None) -> list[Path]:
    """The registry's YAML files, in a stable order; RegistryUnreadable if none. A
    folder inside that cannot be read is a finding added to `problems`: its claims
    would otherwise go unchecked without a word. `resolve`: a Resolver the caller
    resolves the files with again (None: one of its own)."""
    found: list[Path] = []
    problems = [] if problems is None else problems
    for path in paths:
        _refuse_a_link_out(path)
        if path.is_file():
            found.append(path)
        elif path.is_dir():
            found.extend(_yaml_files(path, problems))
        else:
            raise RegistryUnreadable(f"{path}: no such file or folder; give the registry "
                                     "folder (default: claims/)")
    if not found and problems:
        raise RegistryUnreadable(problems[0].message)
    if not found:
        shown = ", ".join(str(p) for p in paths)
        raise RegistryUnreadable(f"{shown}: no *.yaml claim files here; start a registry "
                                 "with `factcheck init` or give the registry folder")
    # `verify claims claims/a.yaml` names a.yaml twice: load it once, or every id in
    # it would be a duplicate of itself.
    unique: dict[Path, Path] = {}
    resolve = resolve or Resolver()  # (each folder once: a system call per level)
    for path in found:
        unique.setdefault(resolve(path) or path.absolute(), path)
    return list(unique.values())


def _refuse_a_link_out(path: Path) -> None:
    """A registry named by a relative path inside the working folder (`claims`, as a
    CI workflow names it) must stay there: a pull request may have made it, or a
    folder above it, a symbolic link to elsewhere on the machine. A path that leaves
    the working folder as written (`../other/claims`, `/srv/claims`) is the user's
    own choice and is followed."""
    if path.is_absolute():
        return
    here = Path.cwd()
    written = Path(os.path.normpath(here / path))
    real = real_path(path)
    if not written.is_relative_to(here) or real is None:
        return
    if not real.is_relative_to(real_path(here) or here):
        raise RegistryUnreadable(
            f"{path}: a symbolic link to a folder outside the working folder; factcheck "
            "does not follow it (give the registry's real path if it is meant)")


def real_path(path: Path) -> Path | None:
    """The path with every symlink resolved; None when that fails (a symlink loop,
    a NUL byte or an unencodable character in the path)."""
    try:
        return path.resolve()
    except (OSError, RuntimeError, ValueError):  # RuntimeError: a loop, Python < 3.13
        return None


class Resolver:
    """real_path for many files in few folders, as one run reads them: each folder
    resolved once (a call per folder of its path), each file checked for a link of
    its own. For one run only: a link may change between runs."""

    def __init__(self):
        self.folders: dict[Path, Path | None] = {}
        self.folder_texts: dict[str, str | None] = {}  # the same, for text()
        self.here: Path | None = None  # the working folder's real path, once needed
        # Each file's answer: a file is found (discover), checked for a link out
        # (link_problem) and named (self.name), one system call for all three.
        self.files: dict[Path, Path | None] = {}

    def __call__(self, path: Path) -> Path | None:
        try:
            return self.files[path]
        except KeyError:
            real = self.files[path] = self._real(path)
            return real

    def _real(self, path: Path) -> Path | None:
        if path.name in ("", ".", ".."):
            return real_path(path)
        try:
            if stat.S_ISLNK(os.lstat(path).st_mode):
                return real_path(path)
        except (OSError, ValueError):  # missing, unreadable: as resolve() says
            return real_path(path)
        parent = path.parent
        if parent not in self.folders:
            self.folders[parent] = real_path(parent)
        folder = self.folders[parent]
        return None if folder is None else folder / path.name

    def text(self, path: str) -> str | None:
        """str(self(Path(path))), from text to text: the same real path without
        making Path objects (a cached run asks for every file and article text
        of the registry, some 16,000 at 100,000 claims)."""
        head, name = os.path.split(path)
        if name in ("", ".", ".."):
            return _as_text(real_path(Path(path)))
        try:
            if stat.S_ISLNK(os.lstat(path).st_mode):
                return _as_text(real_path(Path(path)))
        except (OSError, ValueError):  # missing, unreadable: as resolve() says
            return _as_text(real_path(Path(path)))
        if head not in self.folder_texts:
            self.folder_texts[head] = _as_text(real_path(Path(head or ".")))
        folder = self.folder_texts[head]
        return None if folder is None else os.path.join(folder, name)

    def name(self, path: Path, real: Path | None) -> str:
        """display_name(path), from its real path (self(path)) already found."""
        if self.here is None:
            self.here = real_path(Path.cwd())
        try:
            return str(real.relative_to(self.here))
        except (TypeError, ValueError, AttributeError):  # no real path, or outside
            return display_name(path)


def _as_text(path: Path | None) -> str | None:
    return None if path is None else str(path)


def _yaml_files(folder: Path, problems: list[Finding]) -> list[Path]:
    out = []

    def unreadable(error: OSError) -> None:
        name = display_name(Path(error.filename)) if error.filename else str(folder)
        problems.append(Finding(
            "yaml", "error", f"cannot read the folder {name}: "
            f"{error.strerror or error}; the claim files in it are not checked",
            Location(name), hint="give factcheck permission to read it, or move the "
            "folder out of the registry"))

    # followlinks=False: a symlink loop in the registry cannot make the walk endless.
    for current, dirs, files in os.walk(folder, onerror=unreadable, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        out.extend(Path(current) / f for f in sorted(files)
                   if f.endswith((".yaml", ".yml")) and not f.startswith("."))
        if len(out) > MAX_FILES:
            raise RegistryUnreadable(f"{folder}: more than {MAX_FILES:,} YAML files")
    return out


def display_name(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except (OSError, RuntimeError, ValueError):
        return str(path)


def _unresolved_name(path: Path) -> str:
    """The name of the link itself, never of what it points to."""
    try:
        return str(path.absolute().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def link_problem(path: Path, root: list[Path], resolve=real_path) -> Finding | None:
    """A registry file must be a file inside the registry: a symlink leading out of
    it (to /etc/passwd, to a secret) or round in a loop is not read. `resolve`: how
    to find its real path (a Resolver, for many files)."""
    real = resolve(path)
    if real is None:
        return problem("yaml", "cannot read this file: its symbolic links "
                       "loop or its name cannot be used", Location(_unresolved_name(path)),
                       hint="replace the link by the file itself")
    if not any(real.is_relative_to(allowed) for allowed in root):
        return problem("yaml", "this file is a symbolic link to a file outside "
                       "the registry folder; factcheck does not read it",
                       Location(_unresolved_name(path)),
                       hint="copy the file into the registry instead")
    return None


def registry_roots(paths: list[Path]) -> list[Path]:
    """The folders document texts must stay inside: each given folder (a given file's
    own folder). Not their common parent: for `verify claims /tmp/x.yaml` that is /."""
    return [p.resolve() if p.is_dir() else p.resolve().parent for p in paths]


def registry_root(paths: list[Path]) -> Path:
    """The common folder of the paths (the registry's `root`, for display)."""
    return Path(os.path.commonpath(registry_roots(paths)))
