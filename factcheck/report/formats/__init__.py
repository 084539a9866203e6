"""Output formats: small pure functions from a Report to text, picked by name."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable

from ..value import Report


def _text(report: Report, quiet: bool = False) -> str:
    from .text import render

    return render(report, quiet=quiet)


def _json(report: Report) -> str:
    from .json_format import render

    return render(report)


def _rich(report: Report, terminal: bool | None = None, quiet: bool = False) -> str:
    from .rich_format import render

    # On a terminal, fit its width; elsewhere (a file, a pipe) a fixed 140 columns.
    width = shutil.get_terminal_size((140, 24)).columns if _on_terminal(terminal) else None
    return render(report, color=_color_wanted(terminal), width=width, quiet=quiet)


def _markdown(report: Report) -> str:
    from .markdown import render

    return render(report)


def _github(report: Report) -> str:
    from .github import render

    return render(report)


def _sarif(report: Report) -> str:
    from .sarif import render

    return render(report)


def _junit(report: Report) -> str:
    from .junit import render

    return render(report)


def _html(report: Report) -> str:
    from .html import render

    return render(report)


FORMATS: dict[str, Callable[[Report], str]] = {
    "text": _text,
    "json": _json,
    "rich": _rich,
    "markdown": _markdown,
    "github": _github,
    "sarif": _sarif,
    "junit": _junit,
    "html": _html,
}


def _on_terminal(terminal: bool | None) -> bool:
    return sys.stdout.isatty() if terminal is None else terminal


def _color_wanted(terminal: bool | None = None) -> bool:
    return _on_terminal(terminal) and "NO_COLOR" not in os.environ


def pick(name: str, terminal: bool | None = None) -> str:
    """`auto` is github in GitHub Actions (GITHUB_ACTIONS=true), else rich on a
    terminal and text otherwise."""
    if name != "auto":
        return name
    if os.environ.get("GITHUB_ACTIONS") == "true":
        return "github"
    return "rich" if _on_terminal(terminal) else "text"


def render(report: Report, name: str, terminal: bool | None = None,
           quiet: bool = False) -> str:
    """`terminal`: whether the report goes to a terminal (default: is stdout one).
    A report written to a file is not, whatever stdout is: no colour codes in it.
    `quiet`: the rich and text reports print the findings and the summary only."""
    name = pick(name, terminal)
    if name == "rich":
        return _rich(report, terminal, quiet)
    if name == "text":
        return _text(report, quiet)
    return FORMATS[name](report)
