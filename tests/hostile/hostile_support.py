"""Running the real entry point on a hostile registry, as a user's shell would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

FACTCHECK = Path(sys.executable).parent / "factcheck"


def run(*args, cwd: Path, env: dict | None = None,
        timeout: float = 60) -> subprocess.CompletedProcess:
    """`factcheck ARGS` in `cwd`, bytes out; arguments may be bytes (file names that
    are not UTF-8)."""
    environment = {k: v for k, v in os.environ.items()
                   if k not in ("FACTCHECK_DEBUG", "NO_COLOR", "GITHUB_ACTIONS",
                                "GITHUB_STEP_SUMMARY")}
    environment.update(env or {})
    return subprocess.run([os.fsencode(FACTCHECK), *map(os.fsencode, args)], cwd=cwd,
                          env=environment, capture_output=True, timeout=timeout)


def assert_clean(result: subprocess.CompletedProcess, codes=(0, 1, 2)) -> None:
    """A contract exit code and no traceback."""
    err = result.stderr.decode("utf-8", "replace")
    assert result.returncode in codes, (result.returncode, err)
    assert "Traceback" not in err and "internal error" not in err, err
