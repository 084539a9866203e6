"""Fuzzing and hostile-input tests (issue 6, "Trust under hostile input and at scale").

The property tests import their strategies and checks from `fuzz_support.py`, next to
this file (scripts/fuzz.py runs the same properties with many more examples). At the
end of a run the terminal summary lists, for each property, how many inputs it ran
and the slowest one.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fuzz_support  # noqa: E402


def pytest_terminal_summary(terminalreporter):
    lines = fuzz_support.timing_summary()
    if lines:
        terminalreporter.write_sep("-", "fuzz: inputs run and slowest input per property")
        for line in lines:
            terminalreporter.write_line(line)
