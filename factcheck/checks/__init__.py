"""Every rule factcheck reports is a registered check (checks.base): its id, its
default severity, and a docstring that is its documentation page.

Importing this package registers them all, in the order reports list them.
"""

from . import claims, consistency, loading, quotes  # noqa: F401  (they register)
from . import coverage  # noqa: F401  (registers last: it reads the whole registry)
from .base import CHECKS, Check, Context, check, per_claim_findings, run, settle

__all__ = ["CHECKS", "Check", "Context", "check", "per_claim_findings", "rule", "run",
           "settle"]


def rule(rule_id: str) -> Check | None:
    """The registered check of a rule id (None: not a rule of ours)."""
    return CHECKS.get(rule_id)
