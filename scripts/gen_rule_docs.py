"""Write one documentation page per rule to docs/rules/, from the registered checks.

    python scripts/gen_rule_docs.py          # rewrite docs/rules/
    python scripts/gen_rule_docs.py --check  # exit 1 when a page is stale or extra

Each page is `factcheck.report.rule_docs.page` of a check (its docstring's sections);
docs/rules/README.md lists them all, and so does the README's table under "Checks"
(between its rules markers).
"""

from __future__ import annotations

import sys
from pathlib import Path

from factcheck.checks import CHECKS
from factcheck.report.rule_docs import index, page

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs" / "rules"
README = ROOT / "README.md"
START, END = "<!-- rules:start -->", "<!-- rules:end -->"


def readme_with_table() -> str:
    """The README with the rule table (from docs/rules/) between its markers."""
    readme = README.read_text("utf-8")
    if readme.count(START) != 1 or readme.count(END) != 1:
        raise SystemExit(f"{README}: needs one {START} and one {END} marker")
    rows = ["| rule | severity | what a finding says |", "|---|---|---|"]
    rows += [f"| [`{rule_id}`](docs/rules/{rule_id}.md) | {check.severity} | {check.short} |"
             for rule_id, check in CHECKS.items()]
    head, rest = readme.split(START)
    _, tail = rest.split(END)
    return head + START + "\n" + "\n".join(rows) + "\n" + END + tail


def wanted() -> dict[str, str]:
    pages = {f"{rule_id}.md": page(check) for rule_id, check in CHECKS.items()}
    return {"README.md": index(), **pages}


def main(argv: list[str]) -> int:
    pages = wanted()
    present = {path.name for path in DOCS.glob("*.md")} if DOCS.is_dir() else set()
    stale = sorted(name for name, text in pages.items()
                   if not (DOCS / name).is_file()
                   or (DOCS / name).read_text("utf-8") != text)
    extra = sorted(present - pages.keys())
    readme = readme_with_table()
    if readme != README.read_text("utf-8"):
        stale.append("README.md's rule table")
    if "--check" in argv:
        if stale or extra:
            print(f"docs/rules is stale ({', '.join(stale + extra)}): run "
                  "python scripts/gen_rule_docs.py", file=sys.stderr)
            return 1
        return 0
    DOCS.mkdir(parents=True, exist_ok=True)
    README.write_text(readme, "utf-8")
    for name in stale:
        if name in pages:
            (DOCS / name).write_text(pages[name], "utf-8")
    for name in extra:  # a rule that no longer exists
        (DOCS / name).unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
