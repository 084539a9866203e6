"""`factcheck extract`: numeric mentions of article text, found with the same phrase
table and number reader `verify` uses, drafted as registry claims."""

from .finder import find_mentions
from .mention import UNPARSED, Mention

__all__ = ["Mention", "UNPARSED", "find_mentions"]
