"""The command line: thin glue over the library (parse options, run, print, exit).

Exit codes: 0 no errors (warnings allowed unless --strict); 1 errors found; 2 usage
error or input that cannot be read at all; 3 internal error.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Optional

import typer
from typer.core import TyperCommand

from .failing import fail as _fail
from .failing import usage_errors

from ..report.formats import FORMATS

# rich_markup_mode=None: help and usage errors in click's plain text; typer's rich
# rendering imports rich (most of a start-up) for every `--help` and typo.
app = typer.Typer(add_completion=True, no_args_is_help=True, pretty_exceptions_enable=False,
                  rich_markup_mode=None,
                  help="Keep the numeric claims of news reporting in a YAML registry and "
                       "check that they agree.")

FORMAT_NAMES = ["auto", *FORMATS]
DISTRIBUTION = "factcheck-registry"  # the name pip knows; the command is factcheck


def _show_version(value: bool) -> None:
    if value:
        from .. import __version__

        typer.echo(f"factcheck {__version__} ({DISTRIBUTION})")
        raise typer.Exit(0)


@app.callback()
def _main_options(
    version: bool = typer.Option(False, "--version", is_eager=True,
                                 callback=_show_version,
                                 help="Print the version and exit."),
) -> None:
    # Options before the command; the group's help is the Typer's `help` above.
    pass


def _check_format(name: str) -> str:
    if name not in FORMAT_NAMES:
        import difflib

        close = difflib.get_close_matches(name, FORMAT_NAMES, n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        _fail(f"unknown format {name!r}{hint}; choose one of {', '.join(FORMAT_NAMES)}")
    return name


def _complete_format(incomplete: str) -> list[str]:
    """Shell completion of --format (see --install-completion)."""
    return [name for name in FORMAT_NAMES if name.startswith(incomplete)]


def _emit(text: str, output: Optional[Path]) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    from ..safewrite import write_atomic

    try:
        write_atomic(output, text)
    except OSError as error:
        _fail(f"cannot write {output}: {error.strerror or error}")


def spread_files(args: list[str]) -> list[str]:
    """`--files A B C` as `--files A --files B --files C`: --files takes every
    argument up to the next option, as pre-commit passes the changed files after it."""
    out: list[str] = []
    greedy, previous = False, None
    for arg in args:
        if greedy and not arg.startswith("-") and previous != "--files":
            out.append("--files")
        elif arg.startswith("-"):
            greedy = arg == "--files" or arg.startswith("--files=")
        out.append(arg)
        previous = arg
    return out


class _FilesCommand(TyperCommand):
    def parse_args(self, ctx, args: list[str]) -> list[str]:
        return super().parse_args(ctx, spread_files(args))


def _config():
    from ..config import load

    with usage_errors():
        return load()


# Formats that print no implied ranges: the engine need not find them.
WITHOUT_RANGES = frozenset({"github", "sarif", "junit", "markdown"})


def _report(paths: Optional[list[Path]], config, files: Optional[list[str]] = None,
            min_coverage: Optional[float] = None, cache: bool = True,
            ranges: bool = True):
    """Verify the registry (the paths, else the configured one, else claims/)."""
    from ..verify import verify_paths

    with usage_errors():
        return verify_paths(_registry(paths, config), only_files=files, config=config,
                            min_coverage=min_coverage, cache=cache, ranges=ranges)


def _quick(paths: Optional[list[Path]], config, min_coverage: Optional[float], name: str,
           quiet: bool, files: Optional[list[str]]):
    """(text, errors, warnings) of a report made from the last run's pieces, else
    None or False (verify.quick_report, verify.quick_files)."""
    from ..verify import quick_files, quick_report

    with usage_errors():
        if files:
            return quick_files(_registry(paths, config), files, config, min_coverage, name,
                               quiet)
        return quick_report(_registry(paths, config), config, min_coverage, name, quiet)


def _registry(paths: Optional[list[Path]], config) -> list[Path]:
    return paths or [config.registry or Path("claims")]


def _compare(report, paths, config, files, baseline: Optional[Path],
             since: Optional[str]) -> None:
    """--since: keep the findings new since a revision; --baseline: drop recorded ones."""
    with usage_errors():
        if since is not None:
            from ..report.since import compare
            from ..verify import verify_paths

            compare(report, _registry(paths, config), since,
                    lambda old: verify_paths(old, only_files=files, config=config))
        if baseline is not None:
            from ..report.baseline import apply

            apply(report, baseline)


def _check_files_exist(files: Optional[list[str]]) -> None:
    """--files names files of the registry: a typo would silently report nothing."""
    missing = [name for name in files or () if not os.path.lexists(name)]
    if missing:
        _fail(f"--files {', '.join(missing)}: no such file"
              f"{'s' * (len(missing) > 1)}; give the paths of the registry's YAML files")


def _step_summary(report) -> None:
    """In GitHub Actions the github format also appends the full Markdown report to
    the job's step summary."""
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if not target:
        return
    from ..report.formats.markdown import render

    try:
        with open(target, "a", encoding="utf-8") as handle:
            handle.write(render(report, max_rows=500) + "\n")
    except OSError as error:
        typer.echo(f"factcheck: cannot write the step summary {target}: "
                   f"{error.strerror or error}", err=True)


@app.command(cls=_FilesCommand)
def verify(
    paths: Optional[list[Path]] = typer.Argument(
        None, metavar="[PATHS]...",
        help="Registry folders or files (default: `registry` of the configuration, "
             "else claims/). Give them before --files."),
    format: str = typer.Option(
        "auto", "--format", "-f", metavar="FORMAT", autocompletion=_complete_format,
        help="auto, rich, text, json, markdown, github, sarif, junit or html (auto: "
             "github in GitHub Actions, rich on a terminal, text otherwise; html: one "
             "self-contained page, best with --output)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", metavar="FILE",
                                          help="Write the report to this file (atomically)."),
    strict: bool = typer.Option(False, "--strict", help="Warnings fail the run too."),
    exit_zero: bool = typer.Option(False, "--exit-zero",
                                   help="Exit 0 even when errors are found."),
    files: Optional[list[str]] = typer.Option(
        None, "--files", metavar="FILE...", help="Report only findings that touch these files (placed in "
                              "them, or naming a claim written there); the whole registry "
                              "is still loaded. Takes every argument up to the next option."),
    baseline: Optional[Path] = typer.Option(
        None, "--baseline", metavar="FILE", help="Do not report the findings recorded in this file by "
                                 "`factcheck baseline write`."),
    since: Optional[str] = typer.Option(
        None, "--since", metavar="REV",
        help="Compare with the registry at this git revision: report only new findings "
             "and name the claims the edit touched."),
    quiet: bool = typer.Option(False, "--quiet", "-q",
                               help="Print the findings and the summary only (the "
                                    "rich and text reports)."),
    min_coverage: Optional[float] = typer.Option(
        None, "--min-coverage", metavar="PERCENT", min=0, max=100,
        help="An error (rule coverage) when fewer than PERCENT of the claims are "
             "checked against another claim, relation or rule."),
    no_cache: bool = typer.Option(
        False, "--no-cache", help="Read and solve everything anew, without the cache in "
                                  "the registry's .factcheck-cache/ (the same report)."),
) -> None:
    """Load the registry, run every check, print a report; exit 0, 1 or 2."""
    from ..report.formats import pick, render

    _check_format(format)
    _check_files_exist(files)
    config = _config()
    terminal = False if output is not None else None
    name = pick(format, terminal)
    # (a github run with a step summary writes the Markdown report too: the full run)
    plain = not (no_cache or baseline or since or (
        name == "github" and os.environ.get("GITHUB_STEP_SUMMARY")))
    quick = _quick(paths, config, min_coverage, name, quiet, files) if plain else None
    if quick:  # (the same text, from the last run's pieces)
        text, errors, warnings = quick
        _emit(text, output)
        raise typer.Exit(0 if exit_zero or not (errors or (strict and warnings)) else 1)
    report = _report(paths, config, files, min_coverage, cache=not no_cache,
                     ranges=name not in WITHOUT_RANGES)
    _compare(report, paths, config, files, baseline, since)
    text = render(report, format, terminal=terminal, quiet=quiet)
    _emit(text, output)
    if plain and report.keep_json is not None:  # (kept for the next run's quick path)
        report.keep_json(text if name == "json" else render(report, "json"))
    if name == "github":
        _step_summary(report)
    raise typer.Exit(0 if exit_zero else report.exit_code(strict))


@app.command()
def explain(
    target: str = typer.Argument(..., metavar="ID", help="A claim id or a quantity name."),
    paths: Optional[list[Path]] = typer.Argument(
        None, metavar="[PATHS]...", help="Registry (default: `registry` of the configuration, else claims/)."),
) -> None:
    """Show one claim or quantity: its claims, their intervals, what the registry implies."""
    from ..report.explain_text import explain_text

    text = explain_text(_report(paths, _config()), target)
    if text is None:
        _fail(f"no claim or quantity called {target!r} in the registry")
    sys.stdout.write(text)


baseline_app = typer.Typer(no_args_is_help=True, rich_markup_mode=None,
                           help="Record today's findings, so that `verify --baseline` "
                                "reports only new ones.")
app.add_typer(baseline_app, name="baseline")


@baseline_app.command("write")
def baseline_write(
    file: Path = typer.Argument(..., metavar="FILE",
                                help="The baseline file to write (JSON)."),
    paths: Optional[list[Path]] = typer.Argument(
        None, metavar="[PATHS]...", help="Registry (default: `registry` of the configuration, else claims/)."),
) -> None:
    """Record the registry's findings today in FILE (written atomically)."""
    from ..report.baseline import write

    report = _report(paths, _config())
    try:
        write(file, report)
    except OSError as error:
        _fail(f"cannot write {file}: {error.strerror or error}")
    count = len(report.findings)
    typer.echo(f"factcheck: recorded {count} finding{'s' * (count != 1)} in {file}",
               err=True)


from .extract_command import extract  # noqa: E402  (a light module: typer only)

app.command(name="extract")(extract)

from .suggest_command import suggest  # noqa: E402  (a light module: typer only)

app.command(name="suggest")(suggest)

export_app = typer.Typer(no_args_is_help=True, rich_markup_mode=None,
                         help="Publish the registry's verdicts in other formats.")
app.add_typer(export_app, name="export")


@export_app.command("claimreview")
def claimreview(
    paths: Optional[list[Path]] = typer.Argument(
        None, metavar="[PATHS]...",
        help="Registry (default: `registry` of the configuration, else claims/)."),
    org: str = typer.Option(..., "--org", metavar="NAME",
                            help="The fact-checking organisation that reviewed the claims."),
    url_base: str = typer.Option(..., "--url-base", metavar="URL",
                                 help="The page the reviews are published on; each review "
                                      "is its anchor #claim-ID."),
    date: Optional[str] = typer.Option(None, "--date", metavar="YYYY-MM-DD",
                                       help="The reviews' publication date (default: today)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", metavar="FILE",
                                          help="Write the JSON-LD to this file (atomically)."),
) -> None:
    """One ClaimReview (JSON-LD) per claim marked `status: reviewed`, rated by the
    registry's verdict; an unchecked claim is rated "Not checked"."""
    import datetime as dt
    import json

    from ..report.claimreview import claim_reviews

    if not url_base.startswith(("https://", "http://")):
        _fail(f"--url-base {url_base!r} is not a web address; give the page the reviews "
              "are published on, e.g. https://example.org/checks/karabakh")
    try:
        reviewed_on = dt.date.fromisoformat(date) if date else dt.date.today()
    except ValueError:
        _fail(f"--date {date!r} is not a date; write it as YYYY-MM-DD")
    report = _report(paths, _config())
    reviews = claim_reviews(report, org, url_base, set(report.unchecked), reviewed_on)
    if not reviews:
        typer.echo("factcheck: no claim is marked `status: reviewed`; nothing to export",
                   err=True)
    _emit(json.dumps(reviews, ensure_ascii=False, indent=2) + "\n", output)


from .start_commands import init, rules, schema  # noqa: E402  (typer only)

app.command(name="init")(init)
app.command(name="schema")(schema)
app.command(name="rules")(rules)


def run() -> None:
    """The `factcheck` command: main(), then out of the process at once.

    Freeing every object a run made (a registry's claims, their readings, the
    solved groups) one by one as the interpreter shuts down costs a tenth of a
    cached run's time at 10,000 claims, and more the larger the registry: the
    output is flushed, then the process ends without that. Anything unusual (an
    exit message, output that cannot be flushed) leaves as Python would."""
    try:
        main()
        code = 0
    except SystemExit as stop:
        code = stop.code
        if not (code is None or isinstance(code, int)):
            raise
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):  # a closed pipe: Python's own exit says so
        raise SystemExit(code) from None
    os._exit(code or 0)


def main() -> None:
    """Entry point: typer's app, with internal errors turned into exit 3."""
    try:
        app(standalone_mode=True)
    except SystemExit:
        raise
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as error:  # an internal error: short message, no traceback
        if os.environ.get("FACTCHECK_DEBUG"):
            raise
        typer.echo(f"factcheck: internal error: {type(error).__name__}: {error}. "
                   "Please report it (set FACTCHECK_DEBUG=1 for the traceback).", err=True)
        sys.exit(3)
