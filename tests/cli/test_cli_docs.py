"""The README's command reference is current, and every command and option has help."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import typer.main

from factcheck.cli.app import app

MAIN = Path(__file__).resolve().parents[2]
SCRIPT = MAIN / "scripts" / "gen_cli_docs.py"


def test_readme_reference_is_current():
    done = subprocess.run([sys.executable, str(SCRIPT), "--check"], capture_output=True,
                          text=True)
    assert done.returncode == 0, (done.stderr + "\nrun: python scripts/gen_cli_docs.py")


def commands(group, prefix=()):
    for name, command in group.commands.items():
        if hasattr(command, "commands"):
            yield from commands(command, (*prefix, name))
        else:
            yield (*prefix, name), command


def test_every_command_and_option_has_help():
    found = dict(commands(typer.main.get_command(app)))
    assert {"init", "verify", "explain", "extract", "baseline write", "schema",
                                                  "rules"} \
        <= {" ".join(k) for k in found}
    for name, command in found.items():
        assert (command.help or "").strip(), name
        for param in command.params:
            if param.name == "help":
                continue
            assert (getattr(param, "help", None) or "").strip(), (name, param.name)


def test_reference_lists_every_command():
    readme = (MAIN / "README.md").read_text("utf-8")
    block = readme.split("<!-- cli-reference:start -->")[1].split("<!-- cli-reference:end -->")[0]
    assert "### factcheck\n" in block and "--install-completion" in block
    for title in ("init", "verify", "explain", "extract", "baseline write", "schema",
                  "rules"):
        assert f"### factcheck {title}\n" in block
        assert f"Usage: factcheck {title} [OPTIONS]" in block
    assert "--since REV" in block and "--baseline FILE" in block
