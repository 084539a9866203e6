"""The engine tests import their helpers and shared registries from
`engine_helpers.py`, next to this file."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
