"""The format tests import `html_dom.py`, next to this file (reading the HTML report
and a screenshot back)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
