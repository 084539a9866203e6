"""A non-editable install works: the wheel carries the templates, the schema
declaration, the phrase table and the entry point a user's `factcheck` needs.

The checkout is copied and built into a wheel (pip's isolated build), installed
without dependencies into a fresh virtual environment that borrows this one's
packages through a .pth file, and its `factcheck` runs from an unrelated folder,
so nothing can come from the checkout. About 20 s, most of it pip.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SKIP = shutil.ignore_patterns(".git", ".venv", "build", "dist", "*.egg-info",
                              "__pycache__", ".hypothesis", ".pytest_cache", "tests")


def test_a_wheel_of_the_checkout_installs_a_working_factcheck(tmp_path):
    source = tmp_path / "source"
    shutil.copytree(ROOT, source, ignore=SKIP)
    pip = [sys.executable, "-m", "pip"]
    subprocess.run([*pip, "wheel", "-q", "--no-deps", "-w", tmp_path / "wheel", source],
                   check=True, capture_output=True, timeout=300)
    [wheel] = (tmp_path / "wheel").glob("factcheck_registry-*.whl")

    env_dir = tmp_path / "env"
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    site = subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_paths()"
                           "['purelib'])"], check=True, capture_output=True, text=True)
    Path(site.stdout.strip(), "borrowed.pth").write_text(
        sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    subprocess.run([*pip, "--python", python, "install", "-q", "--no-deps", wheel],
                   check=True, capture_output=True, timeout=300)
    factcheck = env_dir / "bin" / "factcheck"
    work = tmp_path / "work"
    work.mkdir()

    def run(*args, cwd=work):
        return subprocess.run([factcheck, *args], cwd=cwd, capture_output=True,
                              text=True, timeout=120, env={**os.environ, "NO_COLOR": "1"})

    assert run("--version").stdout.startswith("factcheck ")
    assert run("init", "reg").returncode == 0
    verified = run("verify", "--format", "json", cwd=work / "reg")
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert json.loads(verified.stdout)["findings"] == []
    schema = json.loads(run("schema").stdout)
    assert schema["$defs"]["claim"]["additionalProperties"] is False
    missing = run("verify", "--files", "claims/nope.yaml", cwd=work / "reg")
    assert missing.returncode == 2 and "claims/nope.yaml: no such file" in missing.stderr
    # the module ran from the wheel, not from the checkout
    where = subprocess.run([python, "-c", "import factcheck; print(factcheck.__file__)"],
                           cwd=work, capture_output=True, text=True, check=True)
    assert str(env_dir) in where.stdout
