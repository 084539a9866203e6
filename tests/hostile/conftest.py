"""Hostile inputs and faults of issue 14, run through the real command line. The
tests import `hostile_support.py`, next to this file."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
