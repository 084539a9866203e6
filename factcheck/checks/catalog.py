"""Every rule id factcheck reports, with what it means: the one list the SARIF
rule catalogue, the configuration (`severity`, `disable`) and the docs read."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    id: str
    short: str  # one line: what a finding of this rule says
    full: str  # a paragraph: when it fires
    help: str  # what to do about it
    severity: str = "error"  # the usual severity (findings carry their own)


_RULES = [
    Rule("yaml", "A registry file is not safe, valid YAML.",
         "YAML syntax errors, duplicate keys, anchors, aliases and tags, and files "
         "past the size and depth limits.",
         "Fix the YAML at the position shown; write plain mappings, lists and scalars."),
    Rule("schema", "A registry entry has a missing, mistyped or unknown field.",
         "Missing or mistyped fields, unknown keys (with a did-you-mean), quantity and "
         "relation expressions that cannot be parsed, places within unknown places.",
         "Correct the field as the message says; unknown keys are usually typos."),
    Rule("unit", "A unit cannot be read, or units do not match.",
         "An unknown unit word, or arithmetic that mixes dimensions (people plus hours).",
         "Use a unit factcheck knows, or declare the quantity's unit under `quantities:`."),
    Rule("value", "A value phrase cannot be read, or cannot be right.",
         "A value phrase the grammar does not know (it is never read as another "
         "number), or a count or duration below zero.",
         "Write the value as in the article, e.g. 'over 100,000 people', or as "
         "{low, high, unit}."),
    Rule("text", "A document's article text cannot be read.",
         "The text file is missing, not UTF-8, too large, absolute, or outside the "
         "registry folder.",
         "Keep the article as a UTF-8 file under the registry, e.g. sources/, and give "
         "its path relative to the YAML file."),
    Rule("quote", "A claim's quote is not in its document's text.",
         "The quote does not occur in the article, after normalising whitespace, curly "
         "quotes and case; '...' stands for omitted text.",
         "Copy the quote from the article; the hint shows the closest passage."),
    Rule("quote-number", "A claim's value restates no number of its quote.",
         "The number in `value` is not one of the numbers of the quote, in digits or "
         "words.",
         "Make the value restate the quote's number, or fix the quote."),
    Rule("inconsistency", "The source contradicts itself.",
         "A minimal set of claims from one document and one speaker (with relations "
         "and built-in rules) cannot all be true.",
         "Check each claim of the set against the article; the hint gives the nearest "
         "value of each claim that would make the set agree."),
    Rule("disagreement", "Sources disagree.",
         "A minimal set of claims from several documents or speakers (or an article "
         "against a reference fact) cannot all be true.",
         "Decide which source is right, or record the disagreement; the hint gives the "
         "nearest agreeing values.", "warning"),
    Rule("duplicate", "An id is used twice, or a claim is entered twice.",
         "Ids are unique across the registry; the same document saying the same thing "
         "about the same quantity on the same date is one claim.",
         "Rename one id, or remove the repeated claim."),
    Rule("date", "A claim's date is missing or impossible.",
         "A claim on a time-indexed quantity has no date, or is dated after its "
         "document was published.",
         "Add or correct `as_of:` on the claim, or `published:` on its document."),
    Rule("trend", "A count that only moves one way moves the other.",
         "Claims on a quantity with a declared trend (non-decreasing, non-increasing) "
         "cannot be ordered by their dates.",
         "Check the dates (`as_of`) and values of the claims named."),
    Rule("unknown-quantity", "A name refers to a quantity or place nothing declares.",
         "A relation, a `within`, a `quantities:` entry or a ratio in a claim's "
         "`quantity` names a quantity no claim or `quantities:` entry declares, or a "
         "place not under `places:`; a typo would otherwise remove a check silently.",
         "Correct the name (the message gives the closest known names), or declare it."),
    Rule("rounding", "Claims agree only within rounding.",
         "The set agrees only because bare numbers are read with their implied "
         "precision; read exactly, the numbers cannot all be true.",
         "Usually fine; check the exact arithmetic shown if precision matters.",
         "warning"),
]

RULES: dict[str, Rule] = {rule.id: rule for rule in _RULES}


def rule(rule_id: str) -> Rule:
    """The catalogue entry; an unknown id (a new rule not catalogued yet) gets a
    plain one rather than failing a report."""
    return RULES.get(rule_id) or Rule(rule_id, f"factcheck rule {rule_id}.",
                                      f"factcheck rule {rule_id}.", "See the message.")
