"""The command line: thin glue over the library."""

from .app import app, main, run

__all__ = ["app", "main", "run"]
