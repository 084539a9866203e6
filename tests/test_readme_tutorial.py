"""The README's tutorial runs as written, and prints what the README shows.

Code blocks fenced ```sh tutorial are the commands, run in order by bash in an empty
folder with the installed `factcheck` first on PATH (stopping at the first command
that fails); blocks fenced ```text tutorial-output are output the README shows:
each of their lines must be a line of what the commands printed, in order. The
README's error example on the shipped registry names the line the tool prints.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text("utf-8")
FENCE = re.compile(r"^```(\S+)(?: (\S+))?\n(.*?)^```$", re.S | re.M)


def blocks(marker: str) -> list[str]:
    return [body for language, mark, body in FENCE.findall(README) if mark == marker]


def test_the_tutorial_runs_and_prints_what_the_readme_shows(tmp_path):
    commands = blocks("tutorial")
    assert len(commands) >= 5, "the tutorial's ```sh tutorial blocks are missing"
    script = "set -e\n" + "\n".join(commands)
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}"
                                 f"{os.environ.get('PATH', '')}",
           "NO_COLOR": "1", "COLUMNS": "200"}
    env.pop("GITHUB_ACTIONS", None)  # --format auto must be text, as for a reader
    done = subprocess.run(["bash", "-c", script], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    printed = [line.rstrip() for line in done.stdout.splitlines()]
    position = 0
    for shown in blocks("tutorial-output"):
        for line in shown.splitlines():
            if not line.strip():
                continue
            assert line.rstrip() in printed[position:], (line, done.stdout)
            position = printed.index(line.rstrip(), position) + 1
    claims = tmp_path / "newsroom" / "claims"
    assert "more than 800 people" in (claims / "harbour-fire.yaml").read_text("utf-8")
    assert not (claims / "harbour-fire.yaml.bak").exists()  # step 6 is undone
    page = (tmp_path / "newsroom" / "report.html").read_text("utf-8")  # step 7
    assert 'id="claim-in-shelters"' in page


def test_the_shipped_registry_example_names_the_line_the_tool_prints(tmp_path):
    # "Change the fled claim to over 140,000 people": the line of fled's value
    shutil.copytree(ROOT / "claims", tmp_path / "claims")
    path = tmp_path / "claims" / "karabakh-exodus.yaml"
    text = path.read_text("utf-8")
    path.write_text(text.replace("value: over 100,000 people",
                                 "value: over 140,000 people"), encoding="utf-8")
    done = subprocess.run([Path(sys.executable).parent / "factcheck", "verify",
                           "--format", "text"], cwd=tmp_path, capture_output=True,
                          text=True)
    [printed] = re.findall(r"claims/karabakh-exodus\.yaml:\d+:\d+: error \[inconsistency\]",
                           done.stdout)
    assert printed in README
