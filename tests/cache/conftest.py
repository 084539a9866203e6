"""The cache tests keep the cache's key in their own folder, never the user's."""

import pytest


@pytest.fixture(autouse=True)
def own_cache_key(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("xdg")))
