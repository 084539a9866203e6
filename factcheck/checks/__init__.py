"""Every rule factcheck reports is a registered check (checks.base): its id, its
default severity, and a docstring that is its documentation page.

Importing this package registers them all, in the order reports list them.
"""

# Registered in the pipeline's order (reading, names, quotes, claims, the solution,
# coverage), which is the order of the SARIF catalogue and the rule docs.
from . import loading  # noqa: F401, I001  (they register, in this order)
from . import names  # noqa: F401
from . import quotes  # noqa: F401
from . import claims  # noqa: F401
from . import consistency  # noqa: F401
from . import coverage  # noqa: F401  (registers last: it reads the whole registry)
from .base import CHECKS, Check, Context, check, per_claim_findings, run, settle

__all__ = ["CHECKS", "Check", "Context", "check", "per_claim_findings", "rule", "run",
           "settle"]


def rule(rule_id: str) -> Check | None:
    """The registered check of a rule id (None: not a rule of ours)."""
    return CHECKS.get(rule_id)
