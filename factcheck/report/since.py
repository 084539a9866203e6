"""`verify --since REV`: what an edit broke.

The registry is checked as it was at a git revision (`git archive REV <registry>`
into a temporary folder laid out like the repository) and as it is now. Findings
are matched by fingerprint: new ones stay the report's findings (and decide the exit
code), gone and unchanged ones are counted in its notes, and the claims and
relations the edit added, removed or changed are named.
"""

from __future__ import annotations

import io
import os
import subprocess
import tarfile
import tempfile
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

from ..findings import Finding, UsageError
from .fingerprint import fingerprint, split
from ..registry.model import Registry
from .value import Report


class SinceError(UsageError):
    """No such repository or revision: exit 2 with this message."""


def compare(report: Report, paths: list[Path], revision: str,
            run: Callable[[list[Path]], Report]) -> None:
    """Reduce `report` to the findings new since `revision`; `run(paths)` verifies a
    registry the way `report` was made (same configuration and --files)."""
    repo = _git_root()
    commit = _commit(repo, revision)
    old = _old_report(repo, commit, paths, run)
    new, unchanged = split(report.findings, [fingerprint(f) for f in old.findings])
    gone, _ = split(old.findings, [fingerprint(f) for f in report.findings])
    touched = touched_items(old.registry, report.registry)
    report.findings = new
    report.since = {"revision": revision, "commit": commit, "touched": touched,
                    "new": len(new), "gone": [f.to_json() for f in gone],
                    "unchanged": len(unchanged)}
    report.notes.extend(_notes(revision, touched, new, gone, unchanged))


# ---------------------------------------------------------------- git

def _git(repo: Path | None, *args: str) -> subprocess.CompletedProcess:
    command = ["git", *(["-C", str(repo)] if repo else []), *args]
    try:
        return subprocess.run(command, capture_output=True, check=False)
    except OSError as error:
        raise SinceError(f"--since needs git: {error.strerror or error}") from None


def _git_root() -> Path:
    done = _git(None, "rev-parse", "--show-toplevel")
    if done.returncode:
        said = done.stderr.decode(errors="replace").strip().splitlines()
        why = f" (git: {said[0]})" if said and "not a git repository" not in said[0] else ""
        raise SinceError(f"--since: {Path.cwd()} is not inside a git repository{why}; "
                         "run verify from the repository that holds the registry")
    return Path(done.stdout.decode().strip()).resolve()


def _commit(repo: Path, revision: str) -> str:
    if revision.startswith("-"):
        raise SinceError(f"--since: unknown revision {revision!r}")
    done = _git(repo, "rev-parse", "--verify", "--quiet", "--end-of-options",
                f"{revision}^{{commit}}")
    if done.returncode:
        raise SinceError(f"--since: unknown revision {revision!r} in {repo}")
    return done.stdout.decode().strip()


def _in_repo(repo: Path, path: Path) -> str:
    real = path.resolve()
    if not real.is_relative_to(repo):
        raise SinceError(f"--since: {path} is not in the git repository {repo}")
    return real.relative_to(repo).as_posix()


def _exists(repo: Path, commit: str, folder: str) -> bool:
    return folder == "." or _git(repo, "cat-file", "-e", f"{commit}:{folder}").returncode == 0


def _extract(repo: Path, commit: str, folders: list[str], target: Path) -> list[str]:
    """Write the folders as they were at `commit` under `target`; those that existed."""
    there = [f for f in folders if _exists(repo, commit, f)]
    if not there:
        return []
    done = _git(repo, "archive", "--format=tar", commit, "--", *there)
    if done.returncode:
        raise SinceError(f"--since: git archive failed: {done.stderr.decode().strip()}")
    try:
        with tarfile.open(fileobj=io.BytesIO(done.stdout)) as archive:
            _unpack(archive, target)
    except (tarfile.TarError, OSError) as error:
        raise SinceError(f"--since: cannot unpack the registry at {commit[:12]}: "
                         f"{error}") from None
    return there


def _unpack(archive: tarfile.TarFile, target: Path) -> None:
    """Files and folders through the "data" filter (no odd modes, nothing outside
    `target`); symbolic links made last, as links, wherever they point: nothing is
    written through them, and the loader refuses a claim file that links out of the
    registry with the same finding it gives today (refusing the whole archive made
    --since exit 2 whenever the base commit held such a link)."""
    links: list[tarfile.TarInfo] = []

    def keep(member: tarfile.TarInfo, path: str):
        if member.issym():
            links.append(member)
            return None
        return tarfile.data_filter(member, path)

    archive.extractall(target, filter=keep)
    root = target.resolve()
    for member in links:
        place = target / member.name
        parent = place.parent.resolve()
        if parent.is_relative_to(root) and not os.path.lexists(place):
            os.symlink(member.linkname, place)


# ---------------------------------------------------------------- the old registry

def _old_report(repo: Path, commit: str, paths: list[Path], run) -> Report:
    here = _in_repo(repo, Path.cwd())
    relative = [_in_repo(repo, p) for p in paths]
    folders = sorted({r if (repo / r).is_dir() else os.path.dirname(r) or "."
                      for r in relative})
    with tempfile.TemporaryDirectory(prefix="factcheck-since-") as temp:
        tree = Path(temp)
        existed = _extract(repo, commit, folders, tree)
        old_paths = [tree / r for r in relative if (tree / r).exists()]
        if not existed or not old_paths:
            return Report(Registry(root=str(tree)))
        workdir = tree / here
        workdir.mkdir(parents=True, exist_ok=True)
        with _working_folder(workdir):
            return _run_old(run, old_paths, tree)


def _run_old(run, old_paths: list[Path], tree: Path) -> Report:
    from ..registry.load import RegistryUnreadable

    try:
        return run(old_paths)
    except RegistryUnreadable:  # no YAML there yet: nothing was found then
        return Report(Registry(root=str(tree)))


@contextmanager
def _working_folder(folder: Path):
    """Verify the old registry from the same relative place, so findings name files
    as they are named now (claims/a.yaml, not /tmp/.../claims/a.yaml)."""
    saved = Path.cwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(saved)


# ---------------------------------------------------------------- what changed

def _claim_key(claim) -> tuple:
    return (claim.document.id, claim.document.published, claim.quantity,
            claim.value_text, claim.quote, claim.by, claim.as_of, claim.status)


def _relation_key(relation) -> tuple:
    return (relation.holds,)


def _diff(old: dict, new: dict) -> dict[str, list[str]]:
    return {"added": sorted(new.keys() - old.keys()),
            "removed": sorted(old.keys() - new.keys()),
            "changed": sorted(k for k in old.keys() & new.keys() if old[k] != new[k])}


def touched_items(old: Registry, new: Registry) -> dict[str, dict[str, list[str]]]:
    """The claims and relations an edit added, removed or changed, by id."""
    return {
        "claims": _diff({c.id: _claim_key(c) for c in old.claims},
                        {c.id: _claim_key(c) for c in new.claims}),
        "relations": _diff({r.id: _relation_key(r) for r in old.relations},
                           {r.id: _relation_key(r) for r in new.relations}),
    }


def _touched_text(touched: dict) -> str:
    parts = [f"{kind[:-1]} {item} ({how})" for kind, hows in touched.items()
             for how, items in hows.items() for item in items]
    return ", ".join(parts) if parts else "no claim or relation"


def _notes(revision: str, touched: dict, new: list[Finding], gone: list[Finding],
           unchanged: list[Finding]) -> list[str]:
    def count(items, word):
        return f"{len(items)} {word}"

    lines = [f"Since {revision}: the edit touched {_touched_text(touched)}.",
             f"Since {revision}: {count(new, 'new')}, {count(gone, 'gone')}, "
             f"{count(unchanged, 'unchanged')} (only new findings are listed)."]
    lines += [f"Gone since {revision}: {f.location}: {f.severity} [{f.rule}] {f.message}"
              for f in gone]
    return lines
