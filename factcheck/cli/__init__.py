"""The command line: thin glue over the library."""

from .app import app, main

__all__ = ["app", "main"]
