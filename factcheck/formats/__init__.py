"""Output formats: small pure functions from a Report to text, picked by name."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from ..report import Report


def _text(report: Report) -> str:
    from .text import render

    return render(report)


def _json(report: Report) -> str:
    from .json_format import render

    return render(report)


def _rich(report: Report) -> str:
    from .rich_format import render

    return render(report, color=_color_wanted())


FORMATS: dict[str, Callable[[Report], str]] = {
    "text": _text,
    "json": _json,
    "rich": _rich,
}


def _color_wanted() -> bool:
    return sys.stdout.isatty() and "NO_COLOR" not in os.environ


def pick(name: str) -> str:
    """`auto` is rich on a terminal and text otherwise."""
    if name != "auto":
        return name
    return "rich" if sys.stdout.isatty() else "text"


def render(report: Report, name: str) -> str:
    return FORMATS[pick(name)](report)
