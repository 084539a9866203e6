"""The value grammar: phrases like "over 100,000 people" or "three weeks ago" as
Intervals (README, "What a number means"), driven by the phrase table in
`factcheck/data/phrases.toml`."""

from .numbers import NumberMatch, find_numbers
from .parse import Matcher, match_at, parse_value
from .table import PhraseTable, default_table, load_table

__all__ = ["Matcher", "NumberMatch", "PhraseTable", "default_table", "find_numbers",
           "load_table", "match_at", "parse_value"]
