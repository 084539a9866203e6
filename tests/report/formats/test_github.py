"""formats/github: workflow commands, exact lines, escaping, the runner's limits,
`auto` in GitHub Actions and the step summary."""

from __future__ import annotations

from factcheck.findings import Finding, Location
from factcheck.report.formats import pick, render
from factcheck.report.formats.github import escape_data, escape_property
from factcheck.registry.model import Registry
from factcheck.report.value import Report

FLED = "value: over 100,000 people"


def report_of(*findings: Finding, claims: int = 0) -> Report:
    registry = Registry(root=".")
    registry.claims.extend([None] * claims)  # the summary line only counts them
    report = Report(registry, list(findings))
    report.unchecked = []  # the placeholders are all checked
    return report


def test_escaping():
    assert escape_data("100% sure\r\nnext: a,b") == "100%25 sure%0D%0Anext: a,b"
    assert escape_property("a:b,c%d\ne") == "a%3Ab%2Cc%25d%0Ae"


def test_exact_lines_with_escaping():
    error = Finding("quote-number", "error", "claim 'fled': '110,000' is 10% off",
                    Location("claims/a,b:c.yaml", 12, 7), ("fled",),
                    "fix one\nor the other", ("detail: x",))
    warning = Finding("disagreement", "warning", "sources disagree",
                      Location("claims/b.yaml", 3, 0), ("a", "b"))
    info = Finding("duplicate", "info", "no position", Location("claims/c.yaml"))
    nowhere = Finding("inconsistency", "error", "m", Location("<registry>"))
    assert render(report_of(info, warning, error, nowhere, claims=2), "github") == (
        "::error file=claims/a%2Cb%3Ac.yaml,line=12,col=7,endLine=12,endColumn=7,"
        "title=factcheck quote-number::claim 'fled': '110,000' is 10%25 off"
        "%0Adetail: x%0Ahint: fix one%0Aor the other\n"
        "::error title=factcheck inconsistency::m\n"
        "::warning file=claims/b.yaml,line=3,endLine=3,title=factcheck disagreement"
        "::sources disagree\n"
        "::notice file=claims/c.yaml,title=factcheck duplicate::no position\n"
        "factcheck: 2 of 2 claims checked, 2 errors, 1 warning\n")


def test_at_most_ten_per_level_errors_first_then_one_notice():
    def many(severity, n):
        return [Finding("value", severity, f"{severity} {i}", Location("a.yaml", i + 1, 1))
                for i in range(n)]
    report = report_of(*many("warning", 13), *many("info", 10), *many("error", 12))
    lines = render(report, "github").splitlines()
    kinds = [line.split(" ", 1)[0] for line in lines]
    assert kinds == ["::error"] * 10 + ["::warning"] * 10 + ["::notice"] * 10 + ["factcheck:"]
    assert lines[0].endswith("::error 0") and lines[10].endswith("::warning 0")
    assert lines[29] == ("::notice title=factcheck::6 more findings not shown as "
                         "annotations (2 errors, 3 warnings, 1 info); the step summary "
                         "or `factcheck verify` lists them all")


def test_no_more_notice_when_everything_fits():
    report = report_of(*[Finding("value", "error", "m", Location("a.yaml", 1, 1))] * 10)
    assert "more findings" not in render(report, "github")


def test_auto_is_github_in_github_actions(monkeypatch):
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    assert pick("auto", terminal=True) == "github"
    assert pick("text") == "text"
    monkeypatch.setenv("GITHUB_ACTIONS", "false")
    assert pick("auto", terminal=False) == "text"


def test_broken_claim_in_github_actions(shipped, cli, workdir, position):
    path = shipped / "karabakh-exodus.yaml"
    text = path.read_text("utf-8")
    path.write_text(text.replace(FLED, "value: over 140,000 people"), "utf-8")
    line, column = position(text, "over 100,000 people", after=FLED[:6] + " over")
    summary = workdir / "summary.md"
    summary.write_text("earlier step\n")
    run = cli("verify", env={"GITHUB_ACTIONS": "true",
                             "GITHUB_STEP_SUMMARY": str(summary)})
    assert run.code == 1, run
    errors = [line for line in run.stdout.splitlines() if line.startswith("::error ")]
    assert (f"::error file=claims/karabakh-exodus.yaml,line={line},col={column},"
            f"endLine={line},endColumn={column},title=factcheck inconsistency::the source "
            "contradicts itself (Armenian government") in "\n".join(errors)
    assert run.stdout.splitlines()[-1].startswith("factcheck: 14 of 30 claims checked, 2 errors, ")
    written = summary.read_text("utf-8")
    assert written.startswith("earlier step\n### factcheck: 14 of 30 claims checked, 2 errors")
    assert "| `inconsistency` |" in written


def test_unwritable_step_summary_warns_but_reports(shipped, cli, workdir):
    run = cli("verify", "--format", "github",
              env={"GITHUB_STEP_SUMMARY": str(workdir / "no" / "summary.md")})
    assert run.code == 0
    assert "cannot write the step summary" in run.stderr
    assert run.stdout.endswith("factcheck: 14 of 30 claims checked, 0 errors, 1 warning\n")
