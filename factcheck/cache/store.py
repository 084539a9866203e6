"""The on-disk store under a registry's `.factcheck-cache/`: entries by key, each
written atomically and signed, so that nothing read back is trusted blindly.

- One folder per tool build (`v-<tag>`): the tag digests the version, the Python
  version and every source and data file of the package, so an upgrade, or an edit
  to the tool itself, never reads what another build wrote.
- Each entry is `MAGIC + HMAC + pickle`. The HMAC's key lives outside the registry
  (the user's cache folder, readable by the user alone): a cache copied in from
  elsewhere, committed by a pull request or simply corrupted fails the check and is
  rebuilt, never unpickled. Without a usable key there is no cache at all.
- Writes go to a temporary file renamed over the entry: concurrent runs may write
  the same entry (the same bytes, keyed by content), a reader sees the old entry or
  the new one, never half of one.
- Any failure to read or write is a miss, never an error: the cache is safe to
  delete, to make read-only, or to lose.
"""

from __future__ import annotations

import copyreg
import hashlib
import hmac
import io
import os
import pickle
import secrets
import shutil
import sys
from fractions import Fraction
from functools import cache
from pathlib import Path

from ..workers import reduce_fraction

FOLDER = ".factcheck-cache"
MAGIC = b"FCC1"
_MAC_SIZE = 32
_IGNORE = "# written by factcheck: a cache, safe to delete\n*\n"


class Store:
    """Entries of one tool build under `root/.factcheck-cache/`."""

    def __init__(self, folder: Path, secret: bytes, tag: str):
        self.folder = folder  # the build's own folder
        self.secret = secret
        self.tag = tag
        self.hits = 0
        self.misses = 0
        self.writes = 0

    def _mac(self, name: str, payload: bytes) -> bytes:
        # (hmac.digest: one call into OpenSSL; hmac.new with a hashlib constructor
        # sets up in Python, which cost more than the digest itself per entry)
        return hmac.digest(self.secret, self.tag.encode() + b"\0" + name.encode("ascii")
                           + b"\0" + payload, "sha256")

    def get(self, kind: str, key: str):
        """The value stored under (kind, key), or None (absent, foreign, corrupt)."""
        name = f"{kind}-{key}"
        try:
            with open(self.folder / name, "rb") as handle:
                data = handle.read()
        except OSError:
            self.misses += 1
            return None
        head, mac, payload = data[:4], data[4:4 + _MAC_SIZE], data[4 + _MAC_SIZE:]
        if head != MAGIC or not hmac.compare_digest(mac, self._mac(name, payload)):
            self.misses += 1
            return None
        try:
            value = pickle.loads(payload)
        except Exception:  # signed by us, yet unreadable: a build's bug; rebuild
            self.misses += 1
            return None
        self.hits += 1
        return value

    def put(self, kind: str, key: str, value) -> None:
        name = f"{kind}-{key}"
        try:
            payload = dumps(value)
        except Exception:  # something that does not pickle: simply not cached
            return
        data = MAGIC + self._mac(name, payload) + payload
        temporary = self.folder / f".tmp-{secrets.token_hex(8)}"
        try:
            handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            try:
                with os.fdopen(handle, "wb") as out:
                    out.write(data)
                os.replace(temporary, self.folder / name)
            except BaseException:
                _remove(temporary)
                raise
        except OSError:
            return
        self.writes += 1


def dumps(value) -> bytes:
    out = io.BytesIO()
    pickler = pickle.Pickler(out, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = _DISPATCH
    pickler.dump(value)
    return out.getvalue()


# Fractions as their two integers (workers.reduce_fraction): the standard pickle of
# a Fraction is its text, parsed again on loading (a cached reading holds
# thousands: most of the time spent unpickling it). A dispatch table, not
# reducer_override: looked up by type in C, it calls Python for Fractions only.
# (Entries are only read back when signed by us, never from elsewhere.)
_DISPATCH = {**copyreg.dispatch_table, Fraction: reduce_fraction}


def open_store(root: Path) -> Store | None:
    """The store of this build under `root` (made when missing), or None when no
    cache can be used there (a read-only registry, no key, a symbolic link)."""
    secret = _secret()
    if secret is None:
        return None
    tag = build_tag()
    top = root / FOLDER
    own = top / f"v-{tag}"
    try:
        if top.is_symlink() or own.is_symlink():
            return None  # planted: a link must not make factcheck write elsewhere
        if not top.is_dir():
            top.mkdir(exist_ok=True)
            (top / ".gitignore").write_text(_IGNORE, encoding="utf-8")
        if not own.is_dir():
            own.mkdir(exist_ok=True)
            _drop_other_builds(top, own.name)
        if not (_real_folder(top) and _real_folder(own)):
            return None
    except OSError:
        return None
    return Store(own, secret, tag)


def _real_folder(path: Path) -> bool:
    """A folder, not a symbolic link to one: a link planted in the registry must not
    make factcheck write elsewhere."""
    return path.is_dir() and not path.is_symlink()


def _drop_other_builds(top: Path, keep: str) -> None:
    """Another build's entries are never read again: free their space."""
    for entry in top.iterdir():
        if entry.name.startswith("v-") and entry.name != keep and _real_folder(entry):
            shutil.rmtree(entry, ignore_errors=True)


def _remove(path: Path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


@cache
def build_tag() -> str:
    """A digest of this build of factcheck: version, Python, every package file's
    name, size and modification time (an edited source is another build)."""
    from .. import __version__

    package = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256(f"{__version__}\0{sys.version}\0".encode())
    for folder, dirs, files in os.walk(package):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(files):
            if name.endswith((".py", ".toml", ".json")):
                stat = os.stat(os.path.join(folder, name))
                digest.update(f"{folder}/{name}\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode(
                    "utf-8", "surrogateescape"))
    return digest.hexdigest()[:16]


def _secret() -> bytes | None:
    """The user's cache key (32 random bytes, made on first use, mode 0600)."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    path = Path(base) / "factcheck" / "cache-key"
    try:
        return _read_key(path)
    except FileNotFoundError:
        pass
    except OSError:
        return None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(handle, "wb") as out:
            out.write(secrets.token_bytes(32))
    except FileExistsError:
        pass  # another run made it meanwhile
    except OSError:
        return None
    try:
        return _read_key(path)
    except OSError:
        return None


def _read_key(path: Path) -> bytes | None:
    with open(path, "rb") as handle:
        key = handle.read(64)
    return key if len(key) == 32 else None
