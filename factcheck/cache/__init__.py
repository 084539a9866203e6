"""The incremental cache under a registry's `.factcheck-cache/` (store.py). What is
kept, and by which key, is decided where the work is done: each file's reading in
registry/cached_load.py, each solved group in engine/group_cache.py."""
