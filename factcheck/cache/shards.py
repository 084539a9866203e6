"""One mapping of content keys (sha256 hex digests) to entries, kept as SHARDS
cache entries by the key's first digits: each is read once per run and written
again only when the keys it holds changed, so an edit that changes a key or two
rewrites a shard or two, not the whole mapping."""

from __future__ import annotations

SHARDS = 32


def shard_of(key: str) -> int:
    return int(key[:2], 16) * SHARDS // 256


class Sharded:
    """The mapping stored as `kind-00` ... `kind-31` in a cache.Store."""

    def __init__(self, store, kind: str):
        self.store = store
        self.kind = kind
        self.shards: list[dict | None] = [self._read(number) for number in range(SHARDS)]
        self.entries = {key: entry for shard in self.shards if shard
                        for key, entry in shard.items()}

    def _read(self, number: int) -> dict | None:
        """The shard (None: absent, or not one of ours)."""
        shard = self.store.get(self.kind, f"{number:02d}")
        # a shard holds only the keys that belong to it: anything else is not ours
        if isinstance(shard, dict) and all(
                isinstance(key, str) and len(key) == 64 and shard_of(key) == number
                for key in shard):
            return shard
        return None

    def replace(self, fresh: dict) -> None:
        """Keep `fresh` (key -> entry) as the whole mapping; an entry under a key
        kept before is the same (keys digest content), so only the keys compare."""
        new: list[dict] = [{} for _ in range(SHARDS)]
        for key, entry in fresh.items():
            new[shard_of(key)][key] = entry
        for number, (old, shard) in enumerate(zip(self.shards, new)):
            if old is None or old.keys() != shard.keys():
                self.store.put(self.kind, f"{number:02d}", shard)
