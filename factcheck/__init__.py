"""factcheck: keep the numeric claims of news reporting in a YAML registry and check
that they agree with each other."""

__version__ = "0.1.0"
