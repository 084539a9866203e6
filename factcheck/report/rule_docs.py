"""Each rule's documentation page, in Markdown, from its registered check's docstring.

One source, three readers: `scripts/gen_rule_docs.py` writes the pages to
docs/rules/ (checked in CI), `factcheck rules ID` prints one, and SARIF carries
each in its rule's `help.markdown`, so a code-scanning alert shows the page even
where no link can be followed. `helpUri` links the published page when the
distribution declares where its rule pages live (the `Rule documentation` project
URL of pyproject.toml).
"""

from __future__ import annotations

import re

from ..checks import CHECKS, Check
from ..checks.base import SECTIONS

PROJECT_URL_LABEL = "Rule documentation"
_FILE_MARK = re.compile(r"^--- (\S+)$", re.M)  # "--- a.yaml" starts a file of an example
_SEVERITY_WORDS = {"error": "an error (the run fails)",
                   "warning": "a warning (the run fails only with --strict)",
                   "info": "a note (never fails the run)"}


def page(check: Check) -> str:
    """The rule's page: its one-line summary, severity and the docstring sections."""
    doc = check.doc
    other = "warning" if check.severity == "error" else "error"
    lines = [f"# `{check.id}`: {check.short}", "",
             f"A finding of this rule is {_SEVERITY_WORDS[check.severity]} unless the "
             f"configuration says otherwise (`[severity]` in factcheck.toml: "
             f"`{check.id} = \"{other}\"`; `disable = [\"{check.id}\"]` drops it).", ""]
    for section in SECTIONS:
        body = doc.get(section, "").strip("\n")
        if not body:
            continue
        lines += [f"## {section}", ""]
        if section in ("Example that fails", "Fixed"):
            lines += _example(body)
        else:
            lines += [_paragraphs(body), ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def index() -> str:
    """docs/rules/README.md: every rule, its severity and its summary."""
    lines = ["# factcheck's rules", "",
             "Every finding names its rule. Each page says what the rule checks, why it "
             "matters, an example registry that fails it and the same example fixed. "
             "Generated from the checks by `scripts/gen_rule_docs.py`; do not edit by "
             "hand. `factcheck rules ID` prints a page in the terminal.", "",
             "| rule | severity | what a finding says |", "|---|---|---|"]
    for check in CHECKS.values():
        lines.append(f"| [`{check.id}`]({check.id}.md) | {check.severity} | {check.short} |")
    return "\n".join(lines) + "\n"


def listing() -> str:
    """`factcheck rules`: one line per rule."""
    width = max(len(rule_id) for rule_id in CHECKS)
    return "".join(f"{check.id:<{width}}  {check.severity:<7}  {check.short}\n"
                   for check in CHECKS.values())


def help_uri(rule_id: str) -> str | None:
    """The published page of a rule, when the distribution says where pages live."""
    base = _docs_base()
    return f"{base.rstrip('/')}/{rule_id}.md" if base else None


def _docs_base() -> str | None:
    from importlib import metadata

    try:
        urls = metadata.metadata("factcheck-registry").get_all("Project-URL") or []
    except metadata.PackageNotFoundError:  # run from a source tree, not installed
        return None
    for entry in urls:
        label, _, url = entry.partition(",")
        if label.strip() == PROJECT_URL_LABEL and url.strip():
            return url.strip()
    return None


def _paragraphs(body: str) -> str:
    """Docstring text reflowed: one line per paragraph, lists kept."""
    paragraphs = re.split(r"\n\s*\n", body.strip())
    return "\n\n".join(" ".join(part.split()) for part in paragraphs)


def _example(body: str) -> list[str]:
    """An example registry as YAML blocks, one per file when it names several."""
    parts = _FILE_MARK.split(body)
    if len(parts) == 1:
        return ["```yaml", body, "```", ""]
    lines: list[str] = []
    for name, text in zip(parts[1::2], parts[2::2]):
        lines += [f"`{name}`:", "", "```yaml", text.strip("\n"), "```", ""]
    return lines
